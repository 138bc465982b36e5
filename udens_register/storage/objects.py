"""The evidence object store: one encrypted file per object in ``<register folder>/objects/``.

Each object is encrypted with its own random 256-bit key (kept only in the encrypted database,
table ``evidence_objects``) with AES-256-GCM in chunks of 1 MiB, so no operation needs more
than a chunk or two in memory and a damaged chunk is found and named. The nonce and the
associated data of a chunk carry its index and whether it is the last one, so chunks cannot be
reordered, dropped or cut off without the tag failing (the STREAM construction). File names
are random (never a hash of the content: a hash would let anyone holding a known picture test
whether the register keeps it).

Write order makes a crash safe: an object is written to a temporary file in the same folder,
fsynced, renamed to ``<32 hex>.obj`` and the folder fsynced *before* the row naming it
commits. An object file without a row is an orphan, removed by :meth:`ObjectStore.sweep`.
Objects are immutable once renamed into place and deleted only after no row refers to them.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import secrets
import struct
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

OBJECTS_DIR = "objects"
SUFFIX = ".obj"
TEMP_PREFIX = ".tmp-"
MAGIC = b"UDNOBJ1\n"
CHUNK_SIZE = 1024 * 1024
TAG_SIZE = 16
KEY_SIZE = 32
HEADER = struct.Struct(">8sI")  # magic, chunk size
NAME_RE = re.compile(r"^[0-9a-f]{32}$")


class ObjectDamaged(Exception):
    """An object that cannot be read back whole; ``problem`` is a code, ``chunk`` where it broke."""

    def __init__(self, name: str, problem: str, chunk: int | None = None) -> None:
        where = f" at chunk {chunk}" if chunk is not None else ""
        super().__init__(f"object {name}: {problem}{where}")
        self.name = name
        self.problem = problem
        self.chunk = chunk


@dataclass(frozen=True)
class StoredObject:
    """What the database keeps about an object (the row of ``evidence_objects``)."""

    name: str
    key: bytes
    size: int
    chunk_size: int
    sha256: str


def new_name() -> str:
    """A random object name: 128 bits, lowercase hex."""
    return secrets.token_hex(16)


def _nonce(index: int, final: bool) -> bytes:
    # 11 bytes of chunk index and one of the final flag; unique per chunk under a key used once.
    return index.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


def _aad(header: bytes, index: int, final: bool) -> bytes:
    return header + _nonce(index, final)


def ciphertext_size(size: int, chunk_size: int = CHUNK_SIZE) -> int:
    """The length of the file holding ``size`` plaintext bytes (an empty object is one empty chunk)."""
    chunks = max(1, -(-size // chunk_size))
    return HEADER.size + size + chunks * TAG_SIZE


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder for fsync; NTFS journals the rename
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _read_full(stream: BinaryIO, n: int) -> bytes:
    """Up to ``n`` bytes, fewer only at the end of the stream."""
    parts: list[bytes] = []
    got = 0
    while got < n:
        part = stream.read(n - got)
        if not part:
            break
        parts.append(part)
        got += len(part)
    return b"".join(parts)


class ObjectStore:
    """The object folder of one register (created on the first write)."""

    def __init__(self, root: Path) -> None:
        """``root``: the register folder (objects live in ``root/objects``)."""
        self.folder = root / OBJECTS_DIR

    def path(self, name: str) -> Path:
        """The file of object ``name``."""
        if not NAME_RE.match(name):
            raise ValueError("not an object name")
        return self.folder / f"{name}{SUFFIX}"

    # -- writing -------------------------------------------------------------------------

    def write(
        self,
        stream: BinaryIO,
        *,
        chunk_size: int = CHUNK_SIZE,
        limit: int | None = None,
        on_chunk: Callable[[bytes], None] | None = None,
    ) -> StoredObject:
        """Encrypt ``stream`` into a new object, durable on disk when this returns.

        Args:
            stream: read to its end, a chunk at a time.
            chunk_size: plaintext bytes per chunk.
            limit: refuse (``ValueError("limit")``, nothing left behind) a stream longer than this.
            on_chunk: called with each plaintext chunk (to sniff or count while streaming).
        """
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        name = new_name()
        key = secrets.token_bytes(KEY_SIZE)
        aead = AESGCM(key)
        header = HEADER.pack(MAGIC, chunk_size)
        digest = hashlib.sha256()
        tmp = self.folder / f"{TEMP_PREFIX}{name}"
        size = 0
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(header)
                index = 0
                chunk = _read_full(stream, chunk_size)
                while True:
                    following = _read_full(stream, chunk_size) if len(chunk) == chunk_size else b""
                    final = not following
                    size += len(chunk)
                    if limit is not None and size > limit:
                        raise ValueError("limit")
                    digest.update(chunk)
                    if on_chunk is not None and chunk:
                        on_chunk(chunk)
                    out.write(aead.encrypt(_nonce(index, final), chunk, _aad(header, index, final)))
                    if final:
                        break
                    chunk, index = following, index + 1
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.path(name))
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        _fsync_dir(self.folder)
        return StoredObject(name=name, key=key, size=size, chunk_size=chunk_size, sha256=digest.hexdigest())

    def write_bytes(self, data: bytes) -> StoredObject:
        """A small object (a thumbnail, a working copy made in memory)."""
        return self.write(io.BytesIO(data))

    # -- reading -------------------------------------------------------------------------

    def open(self, obj: StoredObject) -> ObjectReader:
        """A seekable reader of the plaintext, decrypting one chunk at a time.

        Raises:
            ObjectDamaged: the file is missing or its length does not fit the object.
        """
        return ObjectReader(self.path(obj.name), obj)

    def chunks(self, obj: StoredObject) -> Iterator[bytes]:
        """The plaintext chunk by chunk, every tag checked (``ObjectDamaged`` names the chunk)."""
        with self.open(obj) as reader:
            for index in range(reader.chunk_count):
                yield reader.chunk(index)

    def verify(self, obj: StoredObject) -> list[str]:
        """Problems of one object, read chunk by chunk: ``missing``, ``length``, ``header``,
        ``chunk N``, ``sha256``; an empty list for a healthy object."""
        digest = hashlib.sha256()
        try:
            for chunk in self.chunks(obj):
                digest.update(chunk)
        except ObjectDamaged as exc:
            return [exc.problem if exc.chunk is None else f"chunk {exc.chunk}"]
        if digest.hexdigest() != obj.sha256:
            return ["sha256"]
        return []

    # -- the folder ------------------------------------------------------------------------

    def names(self) -> set[str]:
        """Names of the objects on disk (temporary files left by a crash not included)."""
        if not self.folder.is_dir():
            return set()
        return {
            p.name[: -len(SUFFIX)]
            for p in self.folder.iterdir()
            if p.name.endswith(SUFFIX) and NAME_RE.match(p.name[: -len(SUFFIX)])
        }

    def temp_files(self) -> list[Path]:
        """Temporary files of writes that never finished."""
        if not self.folder.is_dir():
            return []
        return sorted(p for p in self.folder.iterdir() if p.name.startswith(TEMP_PREFIX))

    def delete(self, names: Iterable[str]) -> int:
        """Delete objects no row refers to any more (already gone is fine); how many went."""
        gone = 0
        for name in names:
            with contextlib.suppress(FileNotFoundError):
                self.path(name).unlink()
                gone += 1
        if gone:
            _fsync_dir(self.folder)
        return gone

    def sweep(self, known: set[str]) -> list[str]:
        """Remove orphans (objects not in ``known``, temporary files); the names removed.

        Only call this while no other process writes to the register (at open, under the
        register's instance lock, or in ``verify --repair``).
        """
        orphans = sorted(self.names() - known)
        for tmp in self.temp_files():
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        self.delete(orphans)
        return orphans


class ObjectReader(io.RawIOBase):
    """Plaintext of one object as a seekable binary stream (Pillow, zipfile and Qt read it)."""

    def __init__(self, path: Path, obj: StoredObject) -> None:
        super().__init__()
        self.obj = obj
        try:
            self._file = path.open("rb")
        except FileNotFoundError as exc:
            raise ObjectDamaged(obj.name, "missing") from exc
        try:
            length = os.fstat(self._file.fileno()).st_size
            self._header = self._file.read(HEADER.size)
            if length != ciphertext_size(obj.size, obj.chunk_size):
                raise ObjectDamaged(obj.name, "length")
            if self._header != HEADER.pack(MAGIC, obj.chunk_size):
                raise ObjectDamaged(obj.name, "header")
        except BaseException:
            self._file.close()
            raise
        self._aead = AESGCM(obj.key)
        self.chunk_count = max(1, -(-obj.size // obj.chunk_size))
        self._pos = 0
        self._cached: tuple[int, bytes] | None = None

    def chunk(self, index: int) -> bytes:
        """Plaintext chunk ``index``, its tag checked."""
        if self._cached is not None and self._cached[0] == index:
            return self._cached[1]
        size = self.obj.chunk_size
        final = index == self.chunk_count - 1
        plain_len = self.obj.size - index * size if final else size
        self._file.seek(HEADER.size + index * (size + TAG_SIZE))
        sealed = self._file.read(plain_len + TAG_SIZE)
        try:
            plain = self._aead.decrypt(_nonce(index, final), sealed, _aad(self._header, index, final))
        except InvalidTag as exc:
            raise ObjectDamaged(self.obj.name, "damaged", index) from exc
        self._cached = (index, plain)
        return plain

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self.obj.size}[whence]
        if base + offset < 0:
            raise ValueError("negative seek position")
        self._pos = base + offset
        return self._pos

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        # Fills the whole buffer (short only at the end): readers such as Pillow's take
        # ``read(n)`` at its word, even across a chunk boundary.
        view = memoryview(buffer).cast("B")
        done = 0
        while done < len(view) and self._pos < self.obj.size:
            index, within = divmod(self._pos, self.obj.chunk_size)
            chunk = self.chunk(index)
            n = min(len(view) - done, len(chunk) - within)
            view[done : done + n] = chunk[within : within + n]
            self._pos += n
            done += n
        return done

    def readall(self) -> bytes:
        parts: list[bytes] = []
        while True:
            part = self.read(self.obj.chunk_size)
            if not part:
                return b"".join(parts)
            parts.append(part)

    def close(self) -> None:
        if not self.closed:
            self._file.close()
            self._cached = None
        super().close()
