"""The one-file backup for handing over: a streamed container of the key slots, a consistent
database copy and every evidence object, split into parts below the FAT32 limit when larger.

Layout: ``UDRBACKUP\\0`` + version 2 (u16, big-endian), then a tar stream (members
``manifest.json``, ``register.keys``, ``register.db``, ``objects/<name>.obj`` in that order, no
owner names, no times). Parts: ``FILE``, ``FILE.2``, ``FILE.3`` ... each written to a temporary
name and renamed at the end, the first part last, so an earlier file of that name stays whole
until the new one is. Version 1 files (key slots + database, from before) are still read.
"""

from __future__ import annotations

import io
import os
import secrets
import struct
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from udens_register.domain.errors import RegisterDamaged
from udens_register.services import snapshots as snap
from udens_register.storage.engine import known_errors
from udens_register.vault.files import ensure_plain_target
from udens_register.vault.files import fsync_dir
from udens_register.vault.files import remove_quietly
from udens_register.vault.files import write_error
from udens_register.vault.keyfile import KeyFile

MAGIC = b"UDRBACKUP\x00"
VERSION = 2
LEGACY_VERSION = 1
_VERSION = struct.Struct(">H")
_LEGACY = struct.Struct(">HI")


def part_path(first: Path, number: int) -> Path:
    """The ``number``-th part (1-based) of a one-file backup at ``first``."""
    return first if number == 1 else first.with_name(f"{first.name}.{number}")


class PartWriter(io.RawIOBase):
    """Writes a stream into parts of at most ``part_bytes`` each, under temporary names."""

    def __init__(self, first: Path, part_bytes: int) -> None:
        super().__init__()
        self._first = first
        self._part_bytes = part_bytes
        self.temps: list[Path] = []
        self._fd: int | None = None
        self._left = 0
        self.written = 0

    def writable(self) -> bool:
        return True

    def _next_part(self) -> None:
        self._close_part()
        final = part_path(self._first, len(self.temps) + 1)
        tmp = final.with_name(f".{final.name}.{secrets.token_hex(4)}.tmp")
        self._fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        self.temps.append(tmp)
        self._left = self._part_bytes

    def _close_part(self) -> None:
        if self._fd is not None:
            os.fsync(self._fd)
            os.close(self._fd)
            self._fd = None

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(data).cast("B")
        total = len(view)
        while view:
            if self._fd is None or self._left == 0:
                self._next_part()
            assert self._fd is not None
            n = os.write(self._fd, view[: self._left])
            view = view[n:]
            self._left -= n
            self.written += n
        return total

    def commit(self) -> int:
        """Give the parts their names (the first last) and remove later parts of an older file."""
        self._close_part()
        for number in range(len(self.temps), 0, -1):
            os.replace(self.temps[number - 1], part_path(self._first, number))
        stale = len(self.temps) + 1
        while part_path(self._first, stale).exists():
            part_path(self._first, stale).unlink()
            stale += 1
        fsync_dir(self._first.parent)
        return len(self.temps)

    def abandon(self) -> None:
        """Remove the temporary parts (the earlier file, if any, is untouched)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        for tmp in self.temps:
            remove_quietly(tmp)


class PartReader(io.RawIOBase):
    """Reads the parts of a one-file backup as one stream."""

    def __init__(self, first: Path) -> None:
        super().__init__()
        self._first = first
        self._number = 1
        self._file: IO[bytes] | None = first.open("rb")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while self._file is not None:
            n = self._file.readinto(buffer)  # type: ignore[attr-defined]
            if n:
                return int(n)
            self._file.close()
            self._number += 1
            nxt = part_path(self._first, self._number)
            self._file = nxt.open("rb") if nxt.exists() else None
        return 0

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        super().close()


def _member(name: str, size: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.mtime, info.uname, info.gname = size, 0o600, 0, "", ""
    return info


@dataclass(frozen=True)
class Written:
    """A one-file backup as written."""

    size: int
    parts: int


def write_backup_file(
    db_path: Path,
    keyfile: KeyFile,
    data_key: bytes,
    target: Path,
    when: datetime,
    *,
    part_bytes: int = snap.MAX_FILE_BYTES,
    progress: snap.Progress | None = None,
) -> Written:
    """Write the one-file backup at ``target`` (and ``target.2`` ... when it is larger than a part).

    Raises:
        DiskFull, CannotWrite: nothing was written and an earlier file at ``target`` is intact.
        RegisterDamaged: an object the database refers to is missing from the register.
    """
    ensure_plain_target(target)
    scratch = target.with_name(f".{target.name}.{secrets.token_hex(4)}.db.tmp")
    writer = PartWriter(target, part_bytes)
    try:
        snap.snapshot_database(db_path, data_key, scratch)
        with known_errors():
            identity, names = snap.referenced_objects(scratch, data_key)
        if identity is None:
            raise RegisterDamaged("the database has no register identity")
        objects_src = db_path.parent / snap.OBJECTS
        refs = []
        for name in names:
            try:
                refs.append(snap.ObjectRef(name, snap.object_file(objects_src, name).stat().st_size))
            except FileNotFoundError as exc:
                raise RegisterDamaged(f"evidence object {name} is missing from the register") from exc
        db_size = scratch.stat().st_size
        manifest = snap.manifest_bytes(identity, keyfile.register_id, when, db_size, refs)
        keys = keyfile.to_bytes()
        total, done = db_size + sum(r.size for r in refs), 0
        with known_errors():
            writer.write(MAGIC + _VERSION.pack(VERSION))
            with tarfile.open(fileobj=writer, mode="w|", format=tarfile.PAX_FORMAT) as tar:
                tar.addfile(_member(snap.MANIFEST, len(manifest)), io.BytesIO(manifest))
                tar.addfile(_member(snap.KEYS, len(keys)), io.BytesIO(keys))
                members = [(snap.DATABASE, scratch, db_size)]
                members += [
                    (
                        f"{snap.OBJECTS}/{r.name}{snap.OBJECT_SUFFIX}",
                        snap.object_file(objects_src, r.name),
                        r.size,
                    )
                    for r in refs
                ]
                for member, path, size in members:
                    with path.open("rb") as src:
                        tar.addfile(_member(member, size), src)
                    done += size
                    if progress is not None:
                        progress(done, total)
            parts = writer.commit()
        return Written(writer.written, parts)
    except BaseException as exc:
        writer.abandon()
        if isinstance(exc, OSError):
            raise write_error(target, exc) from exc
        raise
    finally:
        remove_quietly(scratch)


@dataclass(frozen=True)
class Member:
    """One member of a one-file backup, read in order."""

    name: str
    size: int
    stream: IO[bytes]


class BackupFileReader:
    """Reads a one-file backup (version 2 or 1) member by member, streaming."""

    def __init__(self, path: Path) -> None:
        try:
            self._raw = PartReader(path)
        except OSError as exc:
            raise RegisterDamaged(f"cannot read {path.name}") from exc
        self._stream = io.BufferedReader(self._raw, buffer_size=snap.CHUNK)
        head = self._stream.read(len(MAGIC) + _VERSION.size)
        if not head.startswith(MAGIC) or len(head) < len(MAGIC) + _VERSION.size:
            self.close()
            raise RegisterDamaged("not an Udens Register backup")
        (self.version,) = _VERSION.unpack_from(head, len(MAGIC))
        if self.version not in (VERSION, LEGACY_VERSION):
            self.close()
            raise RegisterDamaged("unknown backup version")

    def members(self) -> Iterator[Member]:
        """The members in order; a version 1 file yields its key slots, then its database."""
        try:
            if self.version == LEGACY_VERSION:
                rest = self._stream.read(_LEGACY.size - _VERSION.size)
                (key_len,) = struct.unpack(">I", rest)
                keys = self._stream.read(key_len)
                if len(keys) != key_len:
                    raise RegisterDamaged("backup truncated")
                yield Member(snap.KEYS, key_len, io.BytesIO(keys))
                yield Member(snap.DATABASE, -1, self._stream)
                return
            with tarfile.open(fileobj=self._stream, mode="r|") as tar:
                for info in tar:
                    stream = tar.extractfile(info) if info.isfile() else None
                    if stream is None:
                        raise RegisterDamaged("unexpected entry in the backup")
                    yield Member(info.name, info.size, stream)
        except (tarfile.TarError, struct.error, EOFError) as exc:
            raise RegisterDamaged("backup truncated or damaged") from exc

    def close(self) -> None:
        """Close the parts."""
        self._raw.close()

    def __enter__(self) -> BackupFileReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
