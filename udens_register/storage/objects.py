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
import threading
import time
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from udens_register.domain.errors import RegisterDamaged
from udens_register.vault.files import fsync_dir

OBJECTS_DIR = "objects"
SUFFIX = ".obj"
TEMP_PREFIX = ".tmp-"
MAGIC = b"UDNOBJ1\n"
CHUNK_SIZE = 1024 * 1024
TAG_SIZE = 16
KEY_SIZE = 32
HEADER = struct.Struct(">8sI")  # magic, chunk size
NAME_RE = re.compile(r"^[0-9a-f]{32}$")


class ObjectDamaged(RegisterDamaged):
    """An object that cannot be read back whole; ``problem`` is a code, ``chunk`` where it broke."""

    def __init__(self, name: str, problem: str, chunk: int | None = None) -> None:
        where = f" at chunk {chunk}" if chunk is not None else ""
        super().__init__(f"evidence object {name}: {problem}{where}")
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
        self._together = threading.local()  # per thread: another thread's objects keep their own fsync

    def path(self, name: str) -> Path:
        """The file of object ``name``."""
        if not NAME_RE.match(name):
            raise ValueError("not an object name")
        return self.folder / f"{name}{SUFFIX}"

    # -- writing -------------------------------------------------------------------------

    @contextlib.contextmanager
    def durable_together(self) -> Iterator[None]:
        """Objects committed in this block (by this thread) are durable together when it ends.

        Each file is still fsynced as it is committed; the folder, which makes their renames
        durable, once at the end instead of once per object. The block ends before any row
        naming them commits, so the write order stays: objects durable, then the row.
        """
        depth = getattr(self._together, "depth", 0)
        self._together.depth = depth + 1
        renamed = False
        try:
            yield
        finally:
            self._together.depth = depth
            if depth == 0:
                renamed = getattr(self._together, "renamed", False)
                self._together.renamed = False
        if renamed:  # not after an error: the caller's rows will not commit then
            fsync_dir(self.folder)

    def note_rename(self) -> None:
        """After an object's rename: fsync the folder now, or at the end of the durable block."""
        if getattr(self._together, "depth", 0):
            self._together.renamed = True
        else:
            fsync_dir(self.folder)

    def writer(self, *, chunk_size: int = CHUNK_SIZE, limit: int | None = None) -> ObjectWriter:
        """A new object written like a file; ``commit()`` makes it durable and returns it.

        Use it as a context manager: leaving without ``commit()`` (an error) removes the
        temporary file, so nothing is left behind.
        """
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        return ObjectWriter(self, chunk_size=chunk_size, limit=limit)

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
        with self.writer(chunk_size=chunk_size, limit=limit) as out:
            while chunk := _read_full(stream, chunk_size):
                if on_chunk is not None:
                    on_chunk(chunk)
                out.write(chunk)
            return out.commit()

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
            fsync_dir(self.folder)
        return gone

    def sweep(self, known: set[str], *, older_than: float = 0.0) -> list[str]:
        """Remove orphans (objects not in ``known``, temporary files); the names removed.

        Args:
            known: the names the database refers to, read *before* the folder is listed.
            older_than: seconds; younger files are left alone, because another process on
                the register (the app while the command line opens it) may be between an
                object's rename and its row's commit.
        """
        limit = time.time() - older_than

        def old(path: Path) -> bool:
            try:
                return older_than <= 0 or path.stat().st_mtime < limit
            except FileNotFoundError:
                return False

        orphans = sorted(n for n in self.names() - known if old(self.path(n)))
        for tmp in self.temp_files():
            if old(tmp):
                with contextlib.suppress(FileNotFoundError):
                    tmp.unlink()
        self.delete(orphans)
        return orphans


class ObjectWriter(io.RawIOBase):
    """Plaintext in, sealed chunks out; a chunk is sealed once the next byte shows it is not the last."""

    def __init__(self, store: ObjectStore, *, chunk_size: int, limit: int | None) -> None:
        super().__init__()
        self._store = store
        self.name = new_name()
        self._key = secrets.token_bytes(KEY_SIZE)
        self._aead = AESGCM(self._key)
        self._chunk_size = chunk_size
        self._limit = limit
        self._header = HEADER.pack(MAGIC, chunk_size)
        self._digest = hashlib.sha256()
        self._pending = bytearray()
        self._index = 0
        self.size = 0
        self._tmp = store.folder / f"{TEMP_PREFIX}{self.name}"
        fd = os.open(self._tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        self._out = os.fdopen(fd, "wb")
        self._out.write(self._header)
        self._done: StoredObject | None = None

    def writable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.size  # writers such as pypdf's note offsets as they go

    def _seal(self, chunk: bytes, final: bool) -> None:
        nonce = _nonce(self._index, final)
        self._out.write(self._aead.encrypt(nonce, chunk, _aad(self._header, self._index, final)))
        self._index += 1

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        if self._done is not None or self.closed:
            raise ValueError("object already written")
        n = len(data)
        self.size += n
        if self._limit is not None and self.size > self._limit:
            raise ValueError("limit")
        self._digest.update(data)
        self._pending += data
        # Keep the last full chunk back: only the next byte shows it is not the final one.
        while len(self._pending) > self._chunk_size:
            self._seal(bytes(self._pending[: self._chunk_size]), final=False)
            del self._pending[: self._chunk_size]
        return n

    def commit(self) -> StoredObject:
        """Seal the last chunk, fsync, rename into place, fsync the folder: the object exists."""
        if self._done is not None:
            return self._done
        self._seal(bytes(self._pending), final=True)
        self._pending.clear()
        self._out.flush()
        os.fsync(self._out.fileno())
        self._out.close()
        os.replace(self._tmp, self._store.path(self.name))
        self._store.note_rename()
        self._done = StoredObject(
            name=self.name,
            key=self._key,
            size=self.size,
            chunk_size=self._chunk_size,
            sha256=self._digest.hexdigest(),
        )
        return self._done

    def close(self) -> None:
        """Without a commit, the half-written object is removed."""
        if not self.closed:
            if not self._out.closed:
                self._out.close()
            if self._done is None:
                with contextlib.suppress(OSError):
                    self._tmp.unlink()
        super().close()

    def __exit__(self, *exc: object) -> None:
        self.close()


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
