"""Create, unlock, open and close a register: the folder with the database and key file."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import Engine
from sqlalchemy import text

from udens_register.domain.decisions import DuePolicy
from udens_register.domain.errors import NoRegister
from udens_register.domain.errors import ReadOnlyRegister
from udens_register.domain.errors import RegisterDamaged
from udens_register.domain.errors import RegisterExists
from udens_register.domain.events import AuditAction
from udens_register.domain.events import EventKind
from udens_register.domain.events import failed_unlocks
from udens_register.paths import DB_NAME
from udens_register.paths import KEYFILE_NAME
from udens_register.services import backup_reach
from udens_register.services import making
from udens_register.services import safety_copies
from udens_register.services import snapshots
from udens_register.services.audit import AuditService
from udens_register.services.backup_file import Written
from udens_register.services.backup_file import write_backup_file
from udens_register.services.casefile import CaseFileService
from udens_register.services.cases import CaseService
from udens_register.services.clock import Clock
from udens_register.services.clock import system_clock
from udens_register.services.decisions import DecisionService
from udens_register.services.drafts import DraftService
from udens_register.services.dto import CoordinatorInfo
from udens_register.services.evidence import EvidenceService
from udens_register.services.evidence_upkeep import OPEN_GRACE_SECONDS
from udens_register.services.evidence_upkeep import Progress
from udens_register.services.evidence_upkeep import move_first_edition
from udens_register.services.evidence_upkeep import sweep_orphans
from udens_register.services.export import export_json_bytes
from udens_register.services.export import export_zip
from udens_register.services.family import FamilyService
from udens_register.services.importer import PupilImporter
from udens_register.services.incidents import IncidentService
from udens_register.services.issuing import IssuingService
from udens_register.services.notes import NoteService
from udens_register.services.parent_import import ParentImporter
from udens_register.services.passphrase import require_strong
from udens_register.services.persons import PersonService
from udens_register.services.recording import Stamp
from udens_register.services.register_import import RegisterImporter
from udens_register.services.retention import RetentionService
from udens_register.services.reviews import ReviewService
from udens_register.services.signing import DisclosureService
from udens_register.storage import backup_records
from udens_register.storage import meta
from udens_register.storage import migrate
from udens_register.storage import repositories as repo
from udens_register.storage.engine import identity_of
from udens_register.storage.engine import known_errors
from udens_register.storage.engine import make_engine
from udens_register.storage.models import Coordinator
from udens_register.storage.objects import ObjectStore
from udens_register.storage.uow import UnitOfWork
from udens_register.storage.uow import unit_of_work_factory
from udens_register.vault.files import is_read_only
from udens_register.vault.keyfile import DEFAULT_TARGET_SECONDS
from udens_register.vault.keyfile import KeyFile
from udens_register.vault.keyfile import Unlocked
from udens_register.vault.keyfile import check_passphrase
from udens_register.vault.recovery import new_recovery_key

RECOVERY_LABEL = "recovery"


@dataclass(frozen=True)
class Location:
    """The files of a register folder."""

    folder: Path

    @property
    def db_path(self) -> Path:
        """The SQLCipher database."""
        return self.folder / DB_NAME

    @property
    def keyfile_path(self) -> Path:
        """The key slots."""
        return self.folder / KEYFILE_NAME

    def exists(self) -> bool:
        """Whether anything of a register is there."""
        return self.keyfile_path.exists() or self.db_path.exists()


@dataclass(frozen=True)
class Created:
    """A new register and its recovery key, to be shown once."""

    location: Location
    recovery_key: str


def create_register(
    folder: Path,
    passphrase: str,
    label: str,
    *,
    kdf_seconds: float = DEFAULT_TARGET_SECONDS,
    clock: Clock = system_clock,
    recovery_key: str | None = None,
    fill: Callable[[OpenRegister], object] | None = None,
) -> Created:
    """Make a new register in ``folder``, atomically (see :mod:`udens_register.services.making`).

    The register is built whole in a staging folder (and filled there by ``fill``, the demo's
    cases) and moved in, its key file last: a kill at any moment leaves no register, a whole
    one, or an unfinished one that :func:`making.discard_unfinished` removes.

    Raises:
        RegisterExists: the folder already holds a register (or an unfinished one).
        WeakPassphrase: the passphrase is too short.
    """
    check_passphrase(passphrase)
    require_strong(passphrase, context=(label,))  # before the staging folder: a refusal writes nothing
    if not label.strip():
        raise ValueError("label required")
    if Location(folder).exists() or making.is_unfinished(folder):
        raise RegisterExists(str(folder))
    with known_errors():
        place = making.staging(folder)
    try:
        created = build_register(
            place, passphrase, label, kdf_seconds=kdf_seconds, clock=clock, recovery_key=recovery_key
        )
        if fill is not None:
            with open_register(place, passphrase, clock=clock) as register:
                fill(register)
        with known_errors():
            making.move_in(place, folder)
    except BaseException:
        if not Location(folder).keyfile_path.exists():
            making.discard_unfinished(folder)
            shutil.rmtree(place, ignore_errors=True)
        raise
    return Created(location=Location(folder), recovery_key=created.recovery_key)


def build_register(
    folder: Path,
    passphrase: str,
    label: str,
    *,
    kdf_seconds: float = DEFAULT_TARGET_SECONDS,
    clock: Clock = system_clock,
    recovery_key: str | None = None,
) -> Created:
    """Build a new register in the empty folder ``folder`` (the staging folder of :func:`create_register`).

    The database is built first; the key file, written last, is the commit point.

    The passphrase and label were checked by :func:`create_register`, its only caller, before
    the staging folder existed.

    Raises:
        RegisterExists: the folder already holds a register.
    """
    location = Location(folder)
    if location.exists():
        raise RegisterExists(str(folder))
    with known_errors():
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    with known_errors():
        # Owner-only from the first byte; SQLite gives -wal and -shm the same mode.
        os.close(os.open(location.db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    recovery_key = recovery_key or new_recovery_key()
    keyfile, data_key = KeyFile.create(passphrase, recovery_key, target_seconds=kdf_seconds)
    migrate.upgrade(location.db_path, data_key, create=True)
    engine = make_engine(location.db_path, data_key)
    try:
        with UnitOfWork(engine) as uow:
            slot = keyfile.passphrase_slots()[0]
            coordinator = Coordinator(slot_id=slot.id, label=label.strip(), created_at=clock())
            uow.session.add(coordinator)
            uow.session.flush()
            uow.events.add(Stamp(coordinator.id, clock)(EventKind.REGISTER_CREATED))
            uow.session.execute(
                text("UPDATE register_meta SET register_id = :rid WHERE id = 1"), {"rid": keyfile.register_id}
            )
            uow.commit()
    finally:
        engine.dispose()
    keyfile.save(location.keyfile_path)
    return Created(location=location, recovery_key=recovery_key)


# SQLCipher writes whole pages; a database file of any other length was cut short.
PAGE_SIZE = 4096


def check_database_file(db_path: Path) -> None:
    """Refuse a missing, empty or truncated database before anything opens (and so writes to) it.

    Raises:
        RegisterDamaged: the register's database is not there as a whole.
    """
    try:
        size = db_path.stat().st_size
    except FileNotFoundError as exc:
        raise RegisterDamaged("database file missing") from exc
    if size == 0:
        raise RegisterDamaged("the database file is empty")
    if size % PAGE_SIZE:
        raise RegisterDamaged("the database file is cut short")


def check_identity(db_path: Path, keyfile: KeyFile, data_key: bytes) -> None:
    """Refuse a database that belongs to another register than the key file beside it (read only).

    Raises:
        RegisterDamaged: a foreign database, or one that cannot be read.
    """
    with known_errors(db_path.parent):
        identity = identity_of(db_path, data_key)
    if identity is not None and identity.register_id not in (None, keyfile.register_id):
        raise RegisterDamaged("the database belongs to another register")


def unlock(folder: Path, secret: str) -> tuple[KeyFile, Unlocked]:
    """Check ``secret`` against the key slots without touching the database.

    Raises:
        NoRegister, WrongPassphrase, RegisterDamaged.
    """
    location = Location(folder)
    keyfile = KeyFile.load(location.keyfile_path)
    check_database_file(location.db_path)
    return keyfile, keyfile.unlock(secret)


class OpenRegister:
    """An unlocked register: its use cases, until :meth:`close` drops the key."""

    def __init__(
        self,
        location: Location,
        keyfile: KeyFile,
        unlocked: Unlocked,
        engine: Engine,
        clock: Clock,
        policy: DuePolicy | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        self.location = location
        #: On a medium that cannot be written: everything reads, nothing is recorded or changed.
        self.read_only = read_only
        self.keyfile = keyfile
        self._unlocked: Unlocked | None = unlocked
        self._engine: Engine | None = engine
        self.clock = clock
        with UnitOfWork(engine) as uow:
            row = repo.coordinator_by_slot(uow.session, unlocked.slot_id)
            self.coordinator = CoordinatorInfo(
                id=row.id if row else None,
                label=row.label if row else RECOVERY_LABEL,
                slot_id=unlocked.slot_id,
                by_recovery_key=unlocked.slot_kind == "recovery",
            )
        units = unit_of_work_factory(engine)
        self.units = units
        self.store = ObjectStore(location.folder)
        prepared_by = self.coordinator.label if row else ""
        label = self.coordinator.label if not self.coordinator.by_recovery_key else "recovery key"
        self.incidents = IncidentService(units, self.coordinator.id, clock)
        self.decisions = DecisionService(
            units, self.coordinator.id, prepared_by, clock, policy or DuePolicy()
        )
        self.persons = PersonService(units, self.coordinator.id, clock)
        self.family = FamilyService(units, self.coordinator.id, clock)
        self.notes = NoteService(units, self.coordinator.id, clock)
        self.evidence = EvidenceService(units, self.coordinator.id, prepared_by, clock, self.store)
        self.drafts = DraftService(units, self.coordinator.id, clock)
        self.importer = PupilImporter(units, self.coordinator.id, clock)
        self.parent_importer = ParentImporter(units, self.coordinator.id, clock)
        self.register_importer = RegisterImporter(units, self.coordinator.id, label, clock, self.store)
        self.audit = AuditService(units, label, read_only=read_only)
        self.retention = RetentionService(units, label, clock, folder=location.folder)
        self.cases = CaseService(units, label, clock, self.store, read_only=read_only)
        self.casefiles = CaseFileService(units, clock, prepared_by, self.coordinator.id, self.store)
        self.disclosures = DisclosureService(units, clock, self.coordinator.id)
        self.issuing = IssuingService(self.casefiles, self.cases, self.disclosures, units)
        self.reviews = ReviewService(units, self.coordinator.id, clock, self.evidence)

    @property
    def engine(self) -> Engine:
        """The database engine; an error once closed."""
        if self._engine is None:
            raise RuntimeError("register is closed")
        return self._engine

    @property
    def data_key(self) -> bytes:
        """The data key (for backups and slot changes); an error once closed."""
        if self._unlocked is None:
            raise RuntimeError("register is closed")
        return self._unlocked.data_key

    def backup(self, target: Path, progress: snapshots.Progress | None = None) -> Written:
        """The one-file backup for handing over at ``target`` (recorded in the audit trail)."""
        written = write_backup_file(
            self.location.db_path,
            KeyFile.load(self.location.keyfile_path),
            self.data_key,
            target,
            self.clock(),
            progress=progress,
        )
        self._record_backup("file", target, "")
        return written

    def automatic_backup(
        self, folder: Path, keep: int = snapshots.KEEP, progress: snapshots.Progress | None = None
    ) -> snapshots.Made:
        """An incremental snapshot in the backup folder ``folder`` (the newest ``keep`` are kept)."""
        made = snapshots.make_snapshot(
            self.location.db_path,
            KeyFile.load(self.location.keyfile_path),
            self.data_key,
            folder,
            self.clock(),
            keep=keep,
            progress=progress,
        )
        self._record_backup("folder", folder, made.snapshot.name)
        return made

    def backups_holding(self, case_numbers: list[str], automatic_folder: Path) -> list[backup_reach.Holding]:
        """The snapshots (in the automatic backup folder and the other backup folders this register
        made backups in that can be reached now) that still hold any of ``case_numbers``."""
        folders = [automatic_folder]
        with UnitOfWork(self.engine, read_only=True) as uow:
            for record in backup_records.backups_since(uow.session, None):
                where = Path(record.location)
                if record.kind == "folder" and where not in folders and where.is_dir():
                    folders.append(where)
        return backup_reach.backups_holding(folders, self.data_key, self.keyfile.register_id, case_numbers)

    def remove_backups_holding(self, holding: list[backup_reach.Holding], automatic_folder: Path) -> int:
        """Remove the snapshots that still hold purged cases, after a new one without them."""
        if holding:
            self.automatic_backup(automatic_folder)
        removed = backup_reach.remove_holding(holding)
        self.audit.record(AuditAction.BACKUPS_REMOVED_AFTER_PURGE)
        return removed

    def _record_backup(self, kind: str, where: Path, name: str) -> None:
        with UnitOfWork(self.engine) as uow:
            backup_records.record_backup(uow.session, kind, str(where.resolve()), name, self.clock())
            uow.commit()
        self.audit.record(AuditAction.BACKUP)

    def export_json(self) -> bytes:
        """The AVG data-portability export of the whole register."""
        return export_json_bytes(UnitOfWork(self.engine, read_only=True), self.clock)

    def export_zip(self, out: BinaryIO) -> int:
        """The export with its evidence files, as a ZIP streamed to ``out``; the number of files."""
        return export_zip(UnitOfWork(self.engine, read_only=True), self.clock, self.store, out)

    @property
    def is_open(self) -> bool:
        """False after :meth:`close`."""
        return self._engine is not None

    def close(self) -> None:
        """Dispose the engine (checkpointing the WAL) and drop the data key."""
        engine, self._engine = self._engine, None
        self._unlocked = None
        if engine is not None:
            engine.dispose()

    def __enter__(self) -> OpenRegister:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_register(
    folder: Path,
    secret: str,
    *,
    migrate_schema: bool = True,
    clock: Clock = system_clock,
    failed_attempts: int = 0,
    progress: Progress | None = None,
) -> OpenRegister:
    """Unlock and open the register in ``folder``, migrating it to the newest schema.

    ``progress(done, total)`` is called while a first-edition register's evidence moves out
    of the database into the object store (once, at its first open).

    Raises:
        NoRegister, WrongPassphrase, RegisterDamaged, RegisterLocked, DiskFull.
    """
    location = Location(folder)
    if not location.keyfile_path.exists():
        raise NoRegister(str(folder))
    keyfile, unlocked = unlock(folder, secret)
    return open_with_key(
        location,
        keyfile,
        unlocked,
        migrate_schema=migrate_schema,
        clock=clock,
        failed_attempts=failed_attempts,
        progress=progress,
    )


def open_with_key(
    location: Location,
    keyfile: KeyFile,
    unlocked: Unlocked,
    *,
    migrate_schema: bool = True,
    clock: Clock = system_clock,
    failed_attempts: int = 0,
    progress: Progress | None = None,
) -> OpenRegister:
    """Open a register whose key slot was already unlocked (migrating it first, then moving a
    first-edition register's evidence into the object store and removing orphaned objects).

    A database of another register is refused before anything is written (not even the safety
    copy a migration makes); one from before the register id existed adopts the key file's.
    """
    check_identity(location.db_path, keyfile, unlocked.data_key)
    read_only = is_read_only(location.folder)
    if read_only:
        # A write-protected stick: read as it is, or not at all if only an upgrade could read it.
        if migrate.current_revision(location.db_path, unlocked.data_key) != migrate.head_revision():
            raise ReadOnlyRegister("older schema")
    elif migrate_schema:
        migrate.upgrade(location.db_path, unlocked.data_key)
        # Safety copies have a short term of their own (see services/safety_copies.py).
        safety_copies.remove(safety_copies.expired(location.folder, clock()))
    engine = make_engine(location.db_path, unlocked.data_key, read_only=read_only)
    try:
        if not read_only:
            with known_errors(location.folder), engine.begin() as conn:
                raw = conn.connection.driver_connection
                if meta.read_identity(raw) is not None:
                    meta.set_register_id(raw, keyfile.register_id)
        register = OpenRegister(location, keyfile, unlocked, engine, clock, read_only=read_only)
        if migrate_schema and not read_only:
            sweep_orphans(register.units, register.store, older_than=OPEN_GRACE_SECONDS)
            move_first_edition(register.units, register.store, progress)
        if failed_attempts:
            register.audit.record(failed_unlocks(failed_attempts))
        register.audit.record(AuditAction.UNLOCK)
        return register
    except BaseException:
        engine.dispose()
        raise


def folder_is_read_only(folder: Path) -> bool:
    """Whether the register folder cannot be written (it then opens read-only)."""
    return is_read_only(folder)


def is_register(folder: Path) -> bool:
    """Whether ``folder`` holds a register's key file."""
    return Location(folder).keyfile_path.exists()


def register_files(folder: Path) -> list[Path]:
    """Every file in the folder (for checks that nothing else was written)."""
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []


__all__ = [
    "Created",
    "Location",
    "OpenRegister",
    "create_register",
    "is_register",
    "open_register",
    "register_files",
    "unlock",
]
