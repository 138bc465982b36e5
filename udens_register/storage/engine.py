"""The SQLCipher engine: a raw 256-bit key, WAL, full sync, foreign keys, temp in memory.

The ``sqlite+pysqlcipher`` URL mangles passwords and always sends ``PRAGMA key``, so a plain
``sqlite://`` engine is built on the ``sqlcipher3`` module with a connect listener that
keys each new connection before anything else touches the file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine
from sqlalchemy import create_engine
from sqlalchemy import event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from udens_register.domain.errors import CannotWrite
from udens_register.domain.errors import DiskFull
from udens_register.domain.errors import ReadOnlyRegister
from udens_register.domain.errors import RegisterDamaged
from udens_register.domain.errors import RegisterError
from udens_register.domain.errors import RegisterLocked
from udens_register.domain.errors import UnsupportedCipher
from udens_register.storage.meta import Identity
from udens_register.storage.meta import install_change_counter
from udens_register.storage.meta import read_identity
from udens_register.vault.files import is_read_only

MIN_CIPHER_MAJOR = 4
BUSY_TIMEOUT_MS = 3000
CACHE_PAGES = -32768  # 32 MiB of page cache per connection


def key_pragma(data_key: bytes) -> str:
    """``PRAGMA key`` for a raw key: SQLCipher skips its own KDF."""
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def apply_key(dbapi_conn: Any, data_key: bytes) -> None:
    """Key a fresh DB-API connection and prove the key by reading the schema."""
    cur = dbapi_conn.cursor()
    try:
        cur.execute("PRAGMA cipher_log_level = NONE")
        cur.execute(key_pragma(data_key))
        cur.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        cur.close()


def check_cipher(dbapi_conn: Any) -> None:
    """Refuse to run on a SQLCipher older than 4 or one that may write temp files."""
    cur = dbapi_conn.cursor()
    try:
        row = cur.execute("PRAGMA cipher_version").fetchone()
        version = row[0] if row else ""
        match = re.match(r"(\d+)\.", version or "")
        if not match or int(match.group(1)) < MIN_CIPHER_MAJOR:
            raise UnsupportedCipher(f"SQLCipher {version or 'missing'}")
        temp_store = cur.execute("PRAGMA temp_store").fetchone()[0]
        options = {r[0] for r in cur.execute("PRAGMA compile_options").fetchall()}
        if temp_store != 2 and not ({"TEMP_STORE=2", "TEMP_STORE=3"} & options):
            raise UnsupportedCipher("temporary files are not kept in memory")
    finally:
        cur.close()


# Execution option marking a unit of work that only reads (see ``_on_begin``).
READ_ONLY = "udens_read_only"


def make_engine(
    db_path: Path, data_key: bytes, *, foreign_keys: bool = True, read_only: bool | None = None
) -> Engine:
    """An engine on the encrypted file ``db_path``.

    Args:
        db_path: the database file (created on first connect).
        data_key: the 32-byte data key from a key slot.
        foreign_keys: off only for migrations (batch rebuilds would cascade deletes).
        read_only: open without ever writing (found from the folder when ``None``). SQLite
            cannot open a WAL database read-only without its ``-shm`` file, which a
            write-protected medium cannot hold, so the file is opened ``immutable``: nothing
            else can change it there either.
    """
    key = bytes(data_key)
    if read_only is None:
        read_only = is_read_only(db_path.parent)
    url = (
        f"sqlite:///file:{quote(str(db_path))}?immutable=1&uri=true" if read_only else f"sqlite:///{db_path}"
    )
    engine = create_engine(
        url,
        module=sqlcipher,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take transactions into our own hands (SQLAlchemy's pysqlite recipe) so pragmas
        # run outside a transaction and DDL is transactional.
        dbapi_conn.isolation_level = None
        apply_key(dbapi_conn, key)
        cur = dbapi_conn.cursor()
        try:
            cur.execute("PRAGMA temp_store = MEMORY")
            check_cipher(dbapi_conn)
            if not read_only:
                cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = FULL")
            cur.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
            cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cur.execute(f"PRAGMA cache_size = {CACHE_PAGES}")
            cur.execute("PRAGMA secure_delete = ON")
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A deferred BEGIN that reads first and writes later fails at once (SQLITE_BUSY, no
        # busy wait) when another connection committed in between: the case pane opens cases
        # on a worker thread while the coordinator edits. Writers therefore take the write
        # lock up front (and wait their turn); read-only units of work keep a plain snapshot.
        reading = read_only or conn.get_execution_options().get(READ_ONLY, False)
        conn.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")

    install_change_counter(engine, READ_ONLY)
    return engine


# Less room than this where the register lives means a write failed for want of space (SQLite
# reports a full disk as "disk I/O error" when the WAL index or journal cannot be made).
NEARLY_FULL_BYTES = 256 * 1024


def disk_is_full(where: Path) -> bool:
    """Whether the file system holding ``where`` has (next to) no room left."""
    place = where
    while not place.exists() and place.parent != place:
        place = place.parent
    try:
        st = os.statvfs(place)
    except (OSError, AttributeError):  # no statvfs on Windows: see shutil below
        try:
            return shutil.disk_usage(place).free < NEARLY_FULL_BYTES
        except OSError:
            return False
    return st.f_bavail * st.f_frsize < NEARLY_FULL_BYTES


def map_error(exc: BaseException, where: Path | None = None) -> RegisterError | None:
    """The known error a driver or OS error stands for, or ``None`` for a bug.

    ``where``: the register folder, to tell a full disk from other write errors.
    """
    mapped = _map_error(exc)
    if isinstance(mapped, CannotWrite) and where is not None:
        if disk_is_full(where):
            return DiskFull(mapped.detail)
        if is_read_only(where):
            return ReadOnlyRegister(mapped.detail)
    return mapped


def _map_error(exc: BaseException) -> RegisterError | None:
    if isinstance(exc, RegisterError):
        return exc
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return DiskFull(str(exc))
        return CannotWrite(str(exc.strerror or exc))
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if isinstance(original, RegisterError):
        return original
    if not isinstance(original, sqlcipher.Error):
        return None
    message = str(original).lower()
    if "locked" in message or "busy" in message:
        return RegisterLocked(message)
    if "full" in message:
        return DiskFull(message)
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return RegisterDamaged(message)
    if "readonly" in message or "read-only" in message:
        return ReadOnlyRegister(message)
    if "disk i/o" in message or "unable to open" in message:
        return CannotWrite(message)
    if type(original) is sqlcipher.DatabaseError:
        return RegisterDamaged(message)
    return None


@contextlib.contextmanager
def known_errors(where: Path | None = None) -> Iterator[None]:
    """Turn driver and OS errors into the register's known errors (``where``: see :func:`map_error`)."""
    try:
        yield
    except (DBAPIError, sqlcipher.Error, OSError) as exc:
        mapped = map_error(exc, where)
        if mapped is None or mapped is exc:
            raise
        raise mapped from exc


def maintenance(engine: Engine, *statements: str) -> None:
    """Run pragmas such as ``wal_checkpoint`` or ``VACUUM`` outside any transaction."""
    raw = engine.raw_connection()
    try:
        with known_errors():
            for statement in statements:
                raw.driver_connection.execute(statement).fetchall()  # type: ignore[union-attr]
    finally:
        raw.close()


def connect_file(db_path: Path) -> Any:
    """A raw DB-API connection to ``db_path``; ``immutable`` on a read-only medium (see :func:`make_engine`)."""
    if is_read_only(db_path.parent):
        return sqlcipher.connect(f"file:{quote(str(db_path))}?immutable=1", uri=True, check_same_thread=False)
    return sqlcipher.connect(str(db_path))


def copy_database(db_path: Path, data_key: bytes, target: Path) -> None:
    """A consistent encrypted copy of ``db_path`` at ``target`` (SQLite backup API, same key).

    ``target`` is created owner-only before SQLite opens it.
    """
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    src = connect_file(db_path)
    dst = sqlcipher.connect(str(target))
    try:
        apply_key(src, data_key)
        apply_key(dst, data_key)
        src.backup(dst)
        # One self-contained file (no -wal beside it): a copy is moved, checked or read as is.
        dst.execute("PRAGMA journal_mode = DELETE").fetchall()
    finally:
        dst.close()
        src.close()


def snapshot_copy(db_path: Path, data_key: bytes, target: Path, chunk: int = 1 << 20) -> None:
    """A consistent one-file copy of ``db_path`` at ``target`` at the speed of the disk.

    The WAL is checkpointed into the database file and a read transaction then holds the file
    still: in WAL mode no checkpoint can move a frame into the file past an open reader's
    snapshot, and writers only append to the WAL. The file's encrypted bytes are then copied as
    they are (the SQLite backup API would decrypt and encrypt every page again, about twenty
    times slower). When the WAL cannot be emptied (another program is reading), the backup API
    does the copy instead. ``target`` ends as a single file without a WAL.
    """
    conn = sqlcipher.connect(str(db_path), isolation_level=None, timeout=1.0)
    copied = False
    try:
        apply_key(conn, data_key)
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the read snapshot starts here
        wal = Path(f"{db_path}-wal")
        if not busy and (not wal.exists() or wal.stat().st_size == 0):
            with (
                db_path.open("rb") as src,
                open(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as dst,
            ):
                while data := src.read(chunk):
                    dst.write(data)
                dst.flush()
                os.fsync(dst.fileno())
            copied = True
        conn.execute("COMMIT")
    finally:
        conn.close()
    if not copied:
        copy_database(db_path, data_key, target)
        return
    dst_conn = sqlcipher.connect(str(target))
    try:
        apply_key(dst_conn, data_key)
        dst_conn.execute("PRAGMA journal_mode = DELETE").fetchall()
    finally:
        dst_conn.close()


def identity_of(db_path: Path, data_key: bytes) -> Identity | None:
    """The identity of the database file ``db_path`` (only read; SQLite removes its -wal and -shm
    again on close, where a read-only connection would leave them behind)."""
    conn = connect_file(db_path)
    try:
        apply_key(conn, data_key)
        return read_identity(conn)
    finally:
        conn.close()
