"""Restore, from a snapshot in a backup folder or from a one-file backup.

Nothing of the register moves before the backup is checked whole in a staging folder beside it:
the secret against the backup's own key slots, the database's pages and integrity, its register
id, the audit chain, and every evidence object it refers to (present and undamaged; a missing or
damaged one is named by case and evidence). Then the old files go to ``replaced-<time>/`` and the
new ones take their place, the key file last; a restore cut short after the check is finished by
:func:`~udens_register.services.making.finish_interrupted_restore` at the next start.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from datetime import UTC
from datetime import datetime
from pathlib import Path
from typing import IO

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy.orm import Session

from udens_register.domain.errors import BackupDamaged
from udens_register.domain.errors import BackupObjectDamaged
from udens_register.domain.errors import RegisterDamaged
from udens_register.domain.errors import RegisterExists
from udens_register.paths import DB_NAME
from udens_register.paths import KEYFILE_NAME
from udens_register.services import snapshots as snap
from udens_register.services.backup_file import BackupFileReader
from udens_register.services.backup_file import Member
from udens_register.services.copying import copy_file
from udens_register.services.copying import copy_files
from udens_register.services.making import RESTORE_STAGING as STAGING
from udens_register.services.making import finish_interrupted_restore
from udens_register.storage import backup_records
from udens_register.storage import meta
from udens_register.storage.audit import verify_chain
from udens_register.storage.engine import apply_key
from udens_register.storage.engine import known_errors
from udens_register.storage.engine import make_engine
from udens_register.storage.objects import ObjectStore
from udens_register.vault.files import atomic_write
from udens_register.vault.files import fsync_dir
from udens_register.vault.keyfile import KeyFile
from udens_register.vault.keyfile import Unlocked
from udens_register.wording.dates import fmt_datetime
from udens_register.wording.dates import fmt_stamp

OBJECTS = snap.OBJECTS
KEEP_AUTOMATIC = snap.KEEP
_OBJECT_MEMBER = re.compile(rf"^{OBJECTS}/([0-9a-f]{{32}})\{snap.OBJECT_SUFFIX}$")


def _write_stream(stream: IO[bytes], target: Path) -> None:
    with open(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as out:
        while chunk := stream.read(snap.CHUNK):
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())


def _stage_snapshot(snapshot: snap.Snapshot, staging: Path, data_key: bytes) -> None:
    """Copy a snapshot's database and the objects it refers to into ``staging``."""
    copy_file(snapshot.path / snap.DATABASE, staging / DB_NAME)
    with known_errors():
        _, names = snap.referenced_objects(staging / DB_NAME, data_key)
    pairs = [(snapshot.object_path(name), snap.object_file(staging / OBJECTS, name)) for name in names]
    # A missing one is named by the check, with its case.
    copy_files((source, target) for source, target in pairs if source.is_file())


def _unlock_file(members: Iterator[Member], secret: str) -> tuple[KeyFile, Unlocked]:
    """Read a one-file backup up to its key slots (they come first) and open them, so that a wrong
    secret stops the restore before anything is written or the database is read."""
    for member in members:
        if member.name == snap.MANIFEST:
            member.stream.read()
            continue
        if member.name != snap.KEYS:
            break
        keyfile = KeyFile.from_bytes(member.stream.read())
        return keyfile, keyfile.unlock(secret)
    raise BackupDamaged("the backup has no key slots")


def _stage_file(members: Iterator[Member], staging: Path) -> None:
    """Unpack the rest of a one-file backup (the database, the objects) into ``staging``."""
    for member in members:
        if member.name == snap.DATABASE:
            _write_stream(member.stream, staging / DB_NAME)
        elif match := _OBJECT_MEMBER.match(member.name):
            _write_stream(member.stream, snap.object_file(staging / OBJECTS, match.group(1)))
        else:
            raise BackupDamaged("unexpected entry in the backup")
    if not (staging / DB_NAME).exists():
        raise BackupDamaged("backup truncated")


def check_staged(staging: Path, keyfile: KeyFile, data_key: bytes) -> None:
    """Check a staged register whole; ``BackupDamaged`` names the first problem (an object by its
    case and evidence). Objects the database does not refer to are dropped from the staging."""
    db = staging / DB_NAME
    if db.stat().st_size < 1024:
        raise BackupDamaged("backup truncated")
    conn = sqlcipher.connect(str(db))
    try:
        apply_key(conn, data_key)
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise BackupDamaged("the database in the backup is damaged")
        identity = meta.read_identity(conn)
        if identity is not None and identity.register_id not in (None, keyfile.register_id):
            raise BackupDamaged("the database in the backup belongs to another register")
        owned = backup_records.owned_objects(conn)
        has_audit = backup_records.has_table(conn, "audit_log")
        meta.start_new_lineage(conn)  # the restored state's later backups are not its past
        conn.commit()
    except sqlcipher.DatabaseError as exc:
        raise BackupDamaged("the database in the backup is damaged") from exc
    finally:
        conn.close()
    if has_audit:
        engine = make_engine(db, data_key)
        try:
            with known_errors(), Session(engine) as session:
                problem = verify_chain(session)
        finally:
            engine.dispose()
        if problem is not None:
            raise BackupDamaged(f"audit trail of the backup: entry {problem.entry_id} {problem.kind}")
    store = ObjectStore(staging)
    problems = [(o, found[0]) for o in owned if (found := store.verify(o.obj))]
    if problems:
        first, what = problems[0]
        raise BackupObjectDamaged(first.case_number, first.evidence_id, first.role, what, len(problems))
    wanted = {o.obj.name for o in owned}
    for path in (staging / OBJECTS).iterdir():
        if path.name[: -len(snap.OBJECT_SUFFIX)] not in wanted:
            path.unlink()


def resolve_snapshot(path: Path, name: str | None = None) -> snap.Snapshot | None:
    """The snapshot a restore from ``path`` means: ``path`` itself, the named one in a backup
    folder, or its newest; ``None`` when ``path`` is a file (a one-file backup)."""
    if path.is_file():
        return None
    if (path / snap.MANIFEST).exists():
        found = snap.read_snapshot(path)
        if found is None:
            raise BackupDamaged("the snapshot is not whole")
        return found
    if name:
        found = snap.find_snapshot(path, name)
        if found is None:
            raise BackupDamaged(f"no snapshot {name} in the backup folder")
        return found
    snapshots = snap.list_snapshots(path)
    if not snapshots:
        raise BackupDamaged("no whole backup in the folder")
    return snapshots[-1]


def restore_backup(
    path: Path,
    folder: Path,
    secret: str,
    *,
    replace_existing: bool = False,
    snapshot: str | None = None,
) -> Path | None:
    """Restore ``path`` (a backup folder, a snapshot in one, or a one-file backup) into ``folder``;
    returns the safety copy of a replaced register, if any.

    Raises:
        WrongPassphrase, BackupDamaged, RegisterExists (a register is there and
        ``replace_existing`` is false).
    """
    try:
        return _restore(path, folder, secret, replace_existing, snapshot)
    except BackupDamaged:
        raise
    except RegisterDamaged as exc:  # e.g. the key slots in the backup: it is the backup that is damaged
        raise BackupDamaged(exc.detail) from exc


def _restore(
    path: Path,
    folder: Path,
    secret: str,
    replace_existing: bool,
    snapshot: str | None,
) -> Path | None:
    chosen = resolve_snapshot(path, snapshot)
    reader: BackupFileReader | None = None
    members: Iterator[Member] = iter(())
    if chosen is not None:
        keyfile = snap.snapshot_keyfile(chosen)
        unlocked = keyfile.unlock(secret)
    else:
        reader = BackupFileReader(path)
        members = reader.members()
    try:
        if reader is not None:
            keyfile, unlocked = _unlock_file(members, secret)
        db, keys = folder / DB_NAME, folder / KEYFILE_NAME
        if (db.exists() or keys.exists()) and not replace_existing:
            raise RegisterExists(str(folder))
        with known_errors():
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            staging = folder / STAGING
            shutil.rmtree(staging, ignore_errors=True)
            staging.mkdir(mode=0o700)
        try:
            with known_errors():
                (staging / OBJECTS).mkdir(mode=0o700)
                if chosen is not None:
                    _stage_snapshot(chosen, staging, unlocked.data_key)
                else:
                    _stage_file(members, staging)
                check_staged(staging, keyfile, unlocked.data_key)
                fsync_dir(staging / OBJECTS)
                atomic_write(staging / KEYFILE_NAME, keyfile.to_bytes())
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    finally:
        if reader is not None:
            reader.close()
    safety: Path | None = None
    if db.exists() or keys.exists():
        stamp = fmt_stamp(datetime.now(UTC))
        safety = folder / f"replaced-{stamp}"
        safety.mkdir(mode=0o700)
        # The key file first: a register without it is "not there", never half-replaced.
        names = [KEYFILE_NAME, *sorted(n for n in os.listdir(folder) if n.startswith(DB_NAME)), OBJECTS]
        for name in names:
            if (folder / name).exists():
                os.replace(folder / name, safety / name)
        fsync_dir(folder)
    finish_interrupted_restore(folder)
    return safety


def automatic_backup_folder(register_folder: Path) -> Path:
    """Where rotating backups go by default: beside the register, not inside it."""
    return register_folder.parent / f"{register_folder.name}-backups"


def backup_name(now: datetime) -> str:
    """The suggested file name of a one-file backup made at ``now``: the local date and time as
    the wording writes them, ``.`` for ``:`` (not allowed in a Windows file name)."""
    return f"Udens-backup {fmt_datetime(now).replace(':', '.')}.backup"


def newest_backup(folder: Path) -> Path | None:
    """The newest backup in ``folder``: its newest snapshot, else an earlier one-file backup."""
    snapshots = snap.list_snapshots(folder)
    if snapshots:
        return snapshots[-1].path
    legacy = sorted(folder.glob(snap.LEGACY_GLOB)) if folder.is_dir() else []
    return legacy[-1] if legacy else None
