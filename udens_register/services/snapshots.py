"""Incremental backups in a backup folder: database snapshots and the evidence objects they use.

Layout (every name valid on Windows, every file under the 4 GB FAT32 limit)::

    objects/<32 hex>.obj            each evidence object once, as it is in the register (encrypted)
    snapshot-20261201T153400Z/      one snapshot, built as .partial-... and renamed when whole
        register.db                 the database: SQLite backup API, same key, one file
        register.keys               the key slots at that moment
        manifest.json               register id, change counter, time, the objects it refers to
    .lock                           held while a backup, rotation or removal works on the folder

Objects are immutable, so a name already present is never copied again: a backup after a small
change costs the database and the new objects. A snapshot counts only once its folder carries
its final name; whatever a killed backup left behind is removed by the next one.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import sys
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from udens_register.domain.errors import CannotWrite
from udens_register.domain.errors import RegisterDamaged
from udens_register.domain.errors import RegisterLocked
from udens_register.paths import OBJECTS_NAME
from udens_register.services.copying import copy_files
from udens_register.services.copying import fsync_file
from udens_register.storage import backup_records
from udens_register.storage import meta
from udens_register.storage.engine import apply_key
from udens_register.storage.engine import known_errors
from udens_register.storage.engine import snapshot_copy
from udens_register.vault.files import atomic_write
from udens_register.vault.files import fsync_dir
from udens_register.vault.keyfile import KeyFile
from udens_register.wording.dates import fmt_stamp

OBJECTS = OBJECTS_NAME
OBJECT_SUFFIX = ".obj"
SNAPSHOT_PREFIX = "snapshot-"
DATABASE = "register.db"
KEYS = "register.keys"
MANIFEST = "manifest.json"
LOCK = ".lock"
FORMAT = "udens-register-snapshot"
KEEP = 10
CHUNK = 1 << 20
# FAT32 takes files up to 4 GiB - 1 byte; stay a little below it.
MAX_FILE_BYTES = 4 * 1024**3 - 16 * 1024**2
OBJECT_NAME = re.compile(r"^[0-9a-f]{32}$")

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ObjectRef:
    """An evidence object a snapshot refers to."""

    name: str
    size: int


@dataclass(frozen=True)
class Snapshot:
    """A whole snapshot in a backup folder, as its manifest describes it."""

    path: Path
    register_id: str
    change_counter: int
    lineage: str
    created: str  # ISO 8601, UTC
    database_size: int
    objects: tuple[ObjectRef, ...]

    @property
    def name(self) -> str:
        """The snapshot's folder name."""
        return self.path.name

    @property
    def folder(self) -> Path:
        """The backup folder it lives in."""
        return self.path.parent

    def object_path(self, name: str) -> Path:
        """Where the object ``name`` is kept in the backup folder."""
        return self.folder / OBJECTS / f"{name}{OBJECT_SUFFIX}"


@dataclass(frozen=True)
class Made:
    """What one backup into a folder did."""

    snapshot: Snapshot
    copied_bytes: int  # the database and the objects that were new to the folder
    removed: tuple[str, ...]  # snapshots rotated out


def _object_sizes(objects_dir: Path) -> dict[str, int]:
    """Name -> size of every object file in an objects folder (empty when there is none)."""
    sizes: dict[str, int] = {}
    try:
        entries = os.scandir(objects_dir)
    except FileNotFoundError:
        return sizes
    with entries:
        for entry in entries:
            if entry.name.endswith(OBJECT_SUFFIX):
                with contextlib.suppress(FileNotFoundError):
                    sizes[entry.name[: -len(OBJECT_SUFFIX)]] = entry.stat().st_size
    return sizes


def object_file(objects_dir: Path, name: str) -> Path:
    """The file of object ``name`` in an objects folder."""
    return objects_dir / f"{name}{OBJECT_SUFFIX}"


# -- the folder lock -----------------------------------------------------------------------
@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Exclusive use of a backup folder; the operating system lets go when the process dies."""
    with known_errors():
        fd = os.open(folder / LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            if sys.platform == "win32":
                import msvcrt  # noqa: PLC0415

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl  # noqa: PLC0415

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise RegisterLocked("another backup is working on this backup folder") from exc
        yield
    finally:
        os.close(fd)  # closing releases the lock


# -- reading a folder ----------------------------------------------------------------------
def read_snapshot(path: Path) -> Snapshot | None:
    """The snapshot in ``path``; ``None`` when it is not a whole snapshot."""
    try:
        doc = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
        if doc.get("format") != FORMAT:
            return None
        objects = tuple(ObjectRef(str(o["name"]), int(o["size"])) for o in doc["objects"])
        if not all(OBJECT_NAME.match(o.name) for o in objects):
            return None
        return Snapshot(
            path=path,
            register_id=str(doc["register_id"]),
            change_counter=int(doc["change_counter"]),
            lineage=str(doc.get("lineage", "")),
            created=str(doc["created"]),
            database_size=int(doc["database"]["size"]),
            objects=objects,
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _snapshot_dirs(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return [p for p in folder.iterdir() if p.name.startswith(SNAPSHOT_PREFIX) and p.is_dir()]


def list_snapshots(folder: Path) -> list[Snapshot]:
    """The whole snapshots in ``folder``, oldest first."""
    found = [s for s in (read_snapshot(p) for p in _snapshot_dirs(folder)) if s is not None]
    return sorted(found, key=lambda s: (s.created, s.name))


def find_snapshot(folder: Path, name: str) -> Snapshot | None:
    """The snapshot called ``name`` (with or without the ``snapshot-`` prefix)."""
    wanted = name if name.startswith(SNAPSHOT_PREFIX) else SNAPSHOT_PREFIX + name
    return next((s for s in list_snapshots(folder) if s.name == wanted), None)


def is_backup_folder(path: Path) -> bool:
    """Whether ``path`` holds at least one snapshot (whole or not)."""
    return bool(_snapshot_dirs(path))


# -- making a snapshot ---------------------------------------------------------------------
def referenced_objects(db_path: Path, data_key: bytes) -> tuple[meta.Identity | None, list[str]]:
    """The identity of a database copy and the evidence objects it refers to."""
    conn = sqlcipher.connect(str(db_path))
    try:
        apply_key(conn, data_key)
        return meta.read_identity(conn), backup_records.object_names(conn)
    finally:
        conn.close()


def snapshot_database(db_path: Path, data_key: bytes, target: Path) -> None:
    """A consistent one-file copy of the register's database, refused above the FAT32 limit."""
    with known_errors():
        snapshot_copy(db_path, data_key, target)
        fsync_file(target)
    if target.stat().st_size > MAX_FILE_BYTES:
        target.unlink()
        raise CannotWrite("the database is larger than a FAT32 or exFAT stick takes in one file (4 GB)")


def manifest_bytes(
    identity: meta.Identity, register_id: str, when: datetime, db_size: int, objects: list[ObjectRef]
) -> bytes:
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": 1,
        "register_id": register_id,
        "change_counter": identity.change_counter,
        "lineage": identity.lineage,
        "created": when.astimezone(UTC).isoformat(timespec="microseconds"),
        "database": {"file": DATABASE, "size": db_size},
        "keys": KEYS,
        "objects": [{"name": o.name, "size": o.size} for o in objects],
    }
    return json.dumps(doc, separators=(",", ":")).encode("utf-8")  # the C encoder: no indent


def clean_leftovers(folder: Path) -> None:
    """Remove what killed backups left (half snapshots, temporary files). Under the folder lock."""
    for path in folder.iterdir():
        if path.name.startswith((".partial-", ".removing-")):
            shutil.rmtree(path, ignore_errors=True)
        elif path.name.startswith(".") and path.name.endswith(".tmp"):
            path.unlink(missing_ok=True)
    objects = folder / OBJECTS
    if objects.is_dir():
        for path in objects.iterdir():
            if path.name.endswith(".tmp"):
                path.unlink(missing_ok=True)


def _snapshot_name(folder: Path, when: datetime) -> str:
    base = f"{SNAPSHOT_PREFIX}{fmt_stamp(when)}"
    name, n = base, 1
    while (folder / name).exists():
        n += 1
        name = f"{base}-{n}"
    return name


def make_snapshot(
    db_path: Path,
    keyfile: KeyFile,
    data_key: bytes,
    folder: Path,
    when: datetime,
    *,
    keep: int = KEEP,
    progress: Progress | None = None,
) -> Made:
    """A new snapshot of the register in ``folder``, then rotation (see :func:`rotate`).

    Raises:
        DiskFull, CannotWrite, RegisterLocked (another backup works on the folder),
        RegisterDamaged (an object the database refers to is missing from the register).
    """
    objects_src = db_path.parent / OBJECTS
    with known_errors():
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    with folder_lock(folder):
        with known_errors():
            clean_leftovers(folder)
            partial = folder / f".partial-{secrets.token_hex(6)}"
            partial.mkdir(mode=0o700)
        try:
            snapshot_database(db_path, data_key, partial / DATABASE)
            with known_errors():
                identity, names = referenced_objects(partial / DATABASE, data_key)
            if identity is None:
                raise RegisterDamaged("the database has no register identity")
            db_size = (partial / DATABASE).stat().st_size
            refs, new = [], []
            target_dir = folder / OBJECTS
            with known_errors():
                # Each folder listed once: a stat per object and folder, not a path built and
                # stat'ed three times per object (seconds at thousands of objects).
                have, present = _object_sizes(objects_src), _object_sizes(target_dir)
            for name in names:
                size = have.get(name)
                if size is None:
                    raise RegisterDamaged(f"evidence object {name} is missing from the register")
                refs.append(ObjectRef(name, size))
                if present.get(name) != size:
                    new.append((object_file(objects_src, name), object_file(target_dir, name), size))
            total = db_size + sum(size for _, _, size in new)
            done = [db_size]
            if progress is not None:
                progress(done[0], total)

            def advance(n: int) -> None:
                done[0] += n
                if progress is not None:
                    progress(done[0], total)

            with known_errors():
                if new:
                    target_dir.mkdir(exist_ok=True, mode=0o700)
                copy_files(((source, target) for source, target, _ in new), advance)
                if new:
                    fsync_dir(target_dir)
                atomic_write(partial / KEYS, keyfile.to_bytes())
                atomic_write(
                    partial / MANIFEST, manifest_bytes(identity, keyfile.register_id, when, db_size, refs)
                )
                final = folder / _snapshot_name(folder, when)
                os.replace(partial, final)  # the commit point: from here on the snapshot counts
                fsync_dir(folder)
        except BaseException:
            shutil.rmtree(partial, ignore_errors=True)
            raise
        snapshot = read_snapshot(final)
        assert snapshot is not None
        removed = rotate_locked(folder, keyfile.register_id, identity, keep)
        return Made(snapshot, total, tuple(removed))


# -- rotation and removal ------------------------------------------------------------------
def _remove_snapshot_dir(path: Path) -> None:
    aside = path.with_name(f".removing-{path.name}")
    os.replace(path, aside)  # no longer a snapshot from here on, even if the removal is cut short
    shutil.rmtree(aside, ignore_errors=True)


def collect_garbage(folder: Path) -> int:
    """Remove objects no whole snapshot refers to; returns how many. Under the folder lock.

    A snapshot folder whose manifest cannot be read stops the collection: its objects are unknown.
    """
    dirs = _snapshot_dirs(folder)
    snapshots = [read_snapshot(p) for p in dirs]
    if any(s is None for s in snapshots):
        return 0
    used = {o.name for s in snapshots if s is not None for o in s.objects}
    removed = 0
    objects = folder / OBJECTS
    if objects.is_dir():
        for path in objects.iterdir():
            if path.name.endswith(OBJECT_SUFFIX) and path.name[: -len(OBJECT_SUFFIX)] not in used:
                path.unlink(missing_ok=True)
                removed += 1
    return removed


def rotate_locked(folder: Path, register_id: str, state: meta.Identity, keep: int = KEEP) -> list[str]:
    """Keep the newest ``keep`` snapshots of the register; returns the names removed.

    Only a snapshot of the register's own past is removed: never one of a newer state (a higher
    change counter, or a line of history the register does not descend from because it was
    restored from an older backup since), nor one of another register.
    """
    mine = [s for s in list_snapshots(folder) if s.register_id == register_id]
    excess = mine[:-keep] if len(mine) > keep else []
    removed = []
    with known_errors():
        for old in excess:
            if state.descends_from(old.lineage, old.change_counter):
                _remove_snapshot_dir(old.path)
                removed.append(old.name)
        collect_garbage(folder)
        # One-file backups of the earlier automatic kind are older than any snapshot: they make
        # room first, so that together no more than ``keep`` remain.
        legacy = [p for p in sorted(folder.glob(LEGACY_GLOB)) if legacy_register_id(p) == register_id]
        room = max(0, keep - len(mine))
        for old_file in legacy[: max(0, len(legacy) - room)]:
            old_file.unlink(missing_ok=True)
            removed.append(old_file.name)
    return removed


LEGACY_GLOB = "udens-register-*.backup"
LEGACY_MAGIC = b"UDRBACKUP\x00"


def legacy_register_id(path: Path) -> str | None:
    """The register id in the key slots at the head of an earlier one-file backup (version 1)."""
    try:
        with path.open("rb") as f:
            head = f.read(len(LEGACY_MAGIC) + 6 + 8 + 2 + 16)
    except OSError:
        return None
    if not head.startswith(LEGACY_MAGIC) or head[len(LEGACY_MAGIC) : len(LEGACY_MAGIC) + 2] != b"\x00\x01":
        return None
    start = len(LEGACY_MAGIC) + 6 + 8 + 2  # header, key file magic, key file version
    return head[start : start + 16].hex()


def remove_snapshots(folder: Path, names: Iterable[str]) -> list[str]:
    """Remove the named snapshots (a deliberate act, e.g. after a purge) and their unused objects."""
    removed = []
    with folder_lock(folder), known_errors():
        for name in names:
            path = folder / name
            if name.startswith(SNAPSHOT_PREFIX) and path.is_dir():
                _remove_snapshot_dir(path)
                removed.append(name)
        collect_garbage(folder)
    return removed


# -- reading a snapshot's database ---------------------------------------------------------
@contextlib.contextmanager
def open_snapshot_database(snapshot: Snapshot, data_key: bytes) -> Iterator[Any]:
    """A read-only connection on a snapshot's database; nothing is written to the backup folder."""
    uri = (snapshot.path / DATABASE).resolve().as_uri() + "?immutable=1"
    with known_errors():
        conn = sqlcipher.connect(uri, uri=True)
    try:
        with known_errors():
            apply_key(conn, data_key)
        yield conn
    finally:
        conn.close()


def snapshot_keyfile(snapshot: Snapshot) -> KeyFile:
    """The key slots kept with a snapshot."""
    return KeyFile.load(snapshot.path / KEYS)
