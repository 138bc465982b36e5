"""Data safety: the audit trail, backups and restore, retention and purge.

A backup is one self-contained file: the key slots at backup time and a consistent copy of
the encrypted database (SQLite backup API, same key). It opens only with a passphrase or
recovery key that was valid when it was made. Restoring never overwrites a register without
being told to, and then keeps the replaced files as a safety copy.
"""

from __future__ import annotations

import os
import secrets
import struct
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, delete, exists, select

from udens_register.domain.errors import RegisterDamaged, RegisterExists, ValidationError
from udens_register.paths import DB_NAME, KEYFILE_NAME
from udens_register.services.clock import Clock, local_today
from udens_register.storage import audit
from udens_register.storage.engine import apply_key, copy_database, known_errors, maintenance
from udens_register.storage.models import Action, Incident, Involvement, Person
from udens_register.storage.uow import UnitOfWork
from udens_register.vault.keyfile import KeyFile, atomic_write, fsync_dir

BACKUP_MAGIC = b"UDRBACKUP\x00"
BACKUP_VERSION = 1
_HEADER = struct.Struct(">HI")
KEEP_AUTOMATIC = 10


class AuditService:
    """Appends to and checks the hash-chained audit trail."""

    def __init__(self, engine: Engine, coordinator_label: str) -> None:
        self._engine = engine
        self._label = coordinator_label

    def record(self, action: str, target: str = "") -> None:
        """One entry: who (the coordinator's label), what (a code), which case (its number)."""
        with UnitOfWork(self._engine) as uow:
            audit.append(uow.session, action, self._label, target)
            uow.commit()

    def verify(self) -> audit.ChainProblem | None:
        """The first broken entry, or None."""
        with UnitOfWork(self._engine) as uow:
            return audit.verify_chain(uow.session)


# -- backups -------------------------------------------------------------------------------


def make_backup(db_path: Path, keyfile: KeyFile, data_key: bytes, target: Path) -> int:
    """Write a backup file to ``target`` atomically; returns its size.

    Raises:
        DiskFull, CannotWrite: nothing was written and an earlier file at ``target`` is intact.
    """
    scratch = target.with_name(f".{target.name}.{secrets.token_hex(4)}.db.tmp")
    try:
        with known_errors():
            copy_database(db_path, data_key, scratch)
            database = scratch.read_bytes()
        keys = keyfile.to_bytes()
        data = BACKUP_MAGIC + _HEADER.pack(BACKUP_VERSION, len(keys)) + keys + database
        atomic_write(target, data)
        return len(data)
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{scratch}{suffix}").unlink(missing_ok=True)


@dataclass(frozen=True)
class BackupContents:
    """A parsed backup file."""

    keyfile: KeyFile
    database: bytes


def read_backup(path: Path) -> BackupContents:
    """Parse a backup file; ``RegisterDamaged`` when it is not a whole backup."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RegisterDamaged(f"cannot read {path.name}") from exc
    if not raw.startswith(BACKUP_MAGIC):
        raise RegisterDamaged("not an Udens Register backup")
    offset = len(BACKUP_MAGIC)
    try:
        version, key_len = _HEADER.unpack_from(raw, offset)
    except struct.error as exc:
        raise RegisterDamaged("backup truncated") from exc
    if version != BACKUP_VERSION:
        raise RegisterDamaged("unknown backup version")
    offset += _HEADER.size
    keyfile = KeyFile.from_bytes(raw[offset : offset + key_len])
    database = raw[offset + key_len :]
    if len(database) < 1024:
        raise RegisterDamaged("backup truncated")
    return BackupContents(keyfile, database)


def restore_backup(path: Path, folder: Path, secret: str, *, replace_existing: bool = False) -> Path | None:
    """Restore ``path`` into ``folder``; returns the safety copy of a replaced register, if any.

    The secret is checked against the backup's own key slots before anything is written.

    Raises:
        WrongPassphrase, RegisterDamaged, RegisterExists (a register is there and
        ``replace_existing`` is false).
    """
    contents = read_backup(path)
    unlocked = contents.keyfile.unlock(secret)
    db, keys = folder / DB_NAME, folder / KEYFILE_NAME
    safety: Path | None = None
    if db.exists() or keys.exists():
        if not replace_existing:
            raise RegisterExists(str(folder))
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        safety = folder / f"replaced-{stamp}"
        safety.mkdir(mode=0o700)
        for name in os.listdir(folder):
            if name.startswith(DB_NAME) or name == KEYFILE_NAME:
                os.replace(folder / name, safety / name)
        fsync_dir(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    atomic_write(db, contents.database)
    check = sqlcipher.connect(str(db))
    try:
        apply_key(check, unlocked.data_key)
        if check.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise RegisterDamaged("the database in the backup is damaged")
    except sqlcipher.DatabaseError as exc:
        raise RegisterDamaged("the database in the backup is damaged") from exc
    finally:
        check.close()
    atomic_write(keys, contents.keyfile.to_bytes())
    return safety


def automatic_backup_folder(register_folder: Path) -> Path:
    """Where rotating backups go by default: beside the register, not inside it."""
    return register_folder.parent / f"{register_folder.name}-backups"


def rotate(folder: Path, keep: int = KEEP_AUTOMATIC) -> list[Path]:
    """Delete all but the newest ``keep`` automatic backups; returns what was removed."""
    backups = sorted(folder.glob("udens-register-*.backup"))
    removed = backups[:-keep] if len(backups) > keep else []
    for old in removed:
        old.unlink(missing_ok=True)
    return removed


def backup_name(now: datetime) -> str:
    """The file name of a backup made at ``now``."""
    return f"udens-register-{now.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}.backup"


def newest_backup(folder: Path) -> Path | None:
    """The newest automatic backup in ``folder``."""
    backups = sorted(folder.glob("udens-register-*.backup")) if folder.is_dir() else []
    return backups[-1] if backups else None


# -- retention -----------------------------------------------------------------------------


@dataclass(frozen=True)
class DueCase:
    """A closed case whose retention term has passed."""

    incident_id: int
    case_number: str
    closed_on: date
    held: bool


class RetentionService:
    """Lists cases due for deletion and purges them for good, leaving a proof without content."""

    def __init__(self, engine: Engine, coordinator_label: str, clock: Clock, years: int = 2) -> None:
        self._engine = engine
        self._label = coordinator_label
        self._clock = clock
        self.years = years

    def cutoff(self) -> date:
        """Cases closed before this day are due."""
        today = local_today(self._clock)
        try:
            return today.replace(year=today.year - self.years)
        except ValueError:  # 29 February
            return today.replace(year=today.year - self.years, day=28)

    def due(self) -> list[DueCase]:
        """Closed cases past the term; held ones (legal hold, open police action) are marked."""
        cutoff = datetime.combine(self.cutoff(), datetime.min.time(), tzinfo=UTC)
        with UnitOfWork(self._engine) as uow:
            police_open = exists().where(
                Action.incident_id == Incident.id, Action.kind == "police", Action.status == "open"
            )
            rows = uow.session.execute(
                select(
                    Incident.id, Incident.case_number, Incident.closed_at, Incident.legal_hold, police_open
                )
                .where(
                    Incident.status == "closed", Incident.closed_at.is_not(None), Incident.closed_at < cutoff
                )
                .order_by(Incident.closed_at)
            ).all()
            return [
                DueCase(r[0], r[1], r[2].astimezone().date(), bool(r[3]) or bool(r[4]))
                for r in rows
                if r[2] is not None
            ]

    def set_hold(self, incident_id: int, held: bool, reason: str) -> None:
        """Put a case on legal hold (a police case is pending) or release it."""
        if not reason.strip():
            raise ValidationError("reason", "required")
        with UnitOfWork(self._engine) as uow:
            incident = uow.session.get(Incident, incident_id)
            if incident is None:
                raise ValidationError("incident", f"no incident {incident_id}")
            incident.legal_hold = held
            audit.append(
                uow.session, "legal_hold_on" if held else "legal_hold_off", self._label, incident.case_number
            )
            uow.commit()

    def purge(self, incident_ids: list[int]) -> list[str]:
        """Delete due, unheld cases permanently; returns their case numbers.

        Secure delete is on, so freed pages are zeroed; the WAL is checkpointed and the file
        vacuumed so nothing of the cases remains on disk. The audit trail keeps, per case, the
        case number and the fact of deletion: a proof without content.
        """
        due = {d.incident_id: d for d in self.due() if not d.held}
        unknown = [i for i in incident_ids if i not in due]
        if unknown:
            raise ValidationError("incident", "not due for deletion or on hold")
        purged: list[str] = []
        with UnitOfWork(self._engine) as uow:
            s = uow.session
            for incident_id in incident_ids:
                incident = s.get(Incident, incident_id)
                assert incident is not None
                purged.append(incident.case_number)
                person_ids = set(
                    s.scalars(select(Involvement.person_id).where(Involvement.incident_id == incident_id))
                )
                s.delete(incident)
                s.flush()
                audit.append(s, "case_purged", self._label, incident.case_number)
                for pid in person_ids:
                    still = s.scalar(select(exists().where(Involvement.person_id == pid)))
                    if not still:
                        # Persons known only from purged cases go too; pupils from the
                        # administration's import stay until the next import.
                        s.execute(delete(Person).where(Person.id == pid, Person.student_number.is_(None)))
            uow.commit()
        maintenance(
            self._engine, "PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)"
        )
        return purged
