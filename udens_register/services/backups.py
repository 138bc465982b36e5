"""Backups and restore.

A backup is one self-contained file: the key slots at backup time and a consistent copy of
the encrypted database (SQLite backup API, same key). It opens only with a passphrase or
recovery key that was valid when it was made. Restoring never overwrites a register without
being told to, and then keeps the replaced files as a safety copy.
"""

from __future__ import annotations

import os
import secrets
import shutil
import struct
from dataclasses import dataclass
from datetime import UTC
from datetime import datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from udens_register.domain.errors import RegisterDamaged
from udens_register.domain.errors import RegisterExists
from udens_register.paths import DB_NAME
from udens_register.paths import KEYFILE_NAME
from udens_register.storage.engine import apply_key
from udens_register.storage.engine import copy_database
from udens_register.storage.engine import known_errors
from udens_register.vault.files import atomic_write
from udens_register.vault.files import fsync_dir
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


STAGING = ".restore-staging"


def restore_backup(path: Path, folder: Path, secret: str, *, replace_existing: bool = False) -> Path | None:
    """Restore ``path`` into ``folder``; returns the safety copy of a replaced register, if any.

    The backup is checked whole (the secret against its own key slots, the database's pages and
    integrity) in a staging folder beside the register before anything of the register moves;
    then the old files go to ``replaced-<time>/`` and the new ones take their place, the key file
    last. A restore cut short after that point is finished by :func:`finish_interrupted_restore`.

    Raises:
        WrongPassphrase, RegisterDamaged, RegisterExists (a register is there and
        ``replace_existing`` is false).
    """
    contents = read_backup(path)
    unlocked = contents.keyfile.unlock(secret)
    db, keys = folder / DB_NAME, folder / KEYFILE_NAME
    if (db.exists() or keys.exists()) and not replace_existing:
        raise RegisterExists(str(folder))
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    staging = folder / STAGING
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(mode=0o700)
    try:
        atomic_write(staging / DB_NAME, contents.database)
        check = sqlcipher.connect(str(staging / DB_NAME))
        try:
            apply_key(check, unlocked.data_key)
            if check.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise RegisterDamaged("the database in the backup is damaged")
        except sqlcipher.DatabaseError as exc:
            raise RegisterDamaged("the database in the backup is damaged") from exc
        finally:
            check.close()
        atomic_write(staging / KEYFILE_NAME, contents.keyfile.to_bytes())
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    safety: Path | None = None
    if db.exists() or keys.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        safety = folder / f"replaced-{stamp}"
        safety.mkdir(mode=0o700)
        # The key file first: a register without it is "not there", never half-replaced.
        for name in [KEYFILE_NAME, *sorted(n for n in os.listdir(folder) if n.startswith(DB_NAME))]:
            if (folder / name).exists():
                os.replace(folder / name, safety / name)
        fsync_dir(folder)
    finish_interrupted_restore(folder)
    return safety


def finish_interrupted_restore(folder: Path) -> bool:
    """Complete a restore that was cut short after its backup was checked (the staging folder
    holds a whole database and key file, and the register has no key file); True if it did."""
    staging = folder / STAGING
    staged_db, staged_keys = staging / DB_NAME, staging / KEYFILE_NAME
    if (folder / KEYFILE_NAME).exists() or not staged_keys.exists():
        return False
    if staged_db.exists():
        leftovers = [n for n in os.listdir(folder) if n.startswith(DB_NAME)]
        if leftovers:  # cut short while the old register was being moved aside: keep it too
            aside = folder / f"replaced-{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}-rest"
            aside.mkdir(mode=0o700, exist_ok=True)
            for name in leftovers:
                os.replace(folder / name, aside / name)
        os.replace(staged_db, folder / DB_NAME)
    os.replace(staged_keys, folder / KEYFILE_NAME)
    fsync_dir(folder)
    shutil.rmtree(staging, ignore_errors=True)
    return True


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
