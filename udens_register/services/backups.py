"""Backups and restore.

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
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from udens_register.domain.errors import RegisterDamaged, RegisterExists
from udens_register.paths import DB_NAME, KEYFILE_NAME
from udens_register.storage.engine import apply_key, copy_database, known_errors
from udens_register.vault.files import atomic_write, fsync_dir
from udens_register.vault.keyfile import KeyFile

BACKUP_MAGIC = b"UDRBACKUP\x00"
BACKUP_VERSION = 1
_HEADER = struct.Struct(">HI")
KEEP_AUTOMATIC = 10


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
