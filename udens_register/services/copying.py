"""Copying files so a crash never leaves half a file under its final name, one or many at a time.

A copy goes to a temporary sibling (``.<name>.<hex>.tmp``), is fsynced, then renamed; the
caller fsyncs the folder (once for many files). :func:`copy_files` does the same for many
files in batches: a batch is written whole, then made durable with one ``syncfs`` (Linux; an
fsync per file elsewhere) and renamed. An fsync per file costs a journal commit and a disk
flush each, which made a first backup of thousands of objects take four times as long as
``cp`` followed by ``sync``. The bytes are copied by the
kernel (``copy_file_range``) where it can, so they never pass through Python.
"""

from __future__ import annotations

import ctypes
import errno
import os
import secrets
import sys
from collections.abc import Callable
from collections.abc import Iterable
from concurrent.futures import Future
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import IO
from typing import NoReturn
from typing import cast

from udens_register.domain.errors import DiskFull
from udens_register.vault.files import remove_quietly

CHUNK = 1 << 20
KERNEL_CHUNK = 8 << 20
SYNCFS_FILES = 16  # a batch of at least this many files is made durable with one syncfs
BATCH_BYTES = 128 << 20  # written, then fsynced together: bounded, so dirty pages stay bounded

OnBytes = Callable[[int], None]


def copy_stream(src: IO[bytes], dst: IO[bytes], on_bytes: OnBytes | None = None) -> int:
    """Copy ``src`` to ``dst`` a megabyte at a time; bytes copied."""
    total = 0
    while chunk := src.read(CHUNK):
        dst.write(chunk)
        total += len(chunk)
        if on_bytes is not None:
            on_bytes(len(chunk))
    return total


def _copy_fds(src: IO[bytes], dst: IO[bytes], on_bytes: OnBytes | None) -> int:
    copy_range = getattr(os, "copy_file_range", None)
    total = 0
    if copy_range is not None:
        try:
            while n := copy_range(src.fileno(), dst.fileno(), KERNEL_CHUNK):
                total += n
                if on_bytes is not None:
                    on_bytes(n)
            return total
        except OSError as exc:
            if total or exc.errno not in (errno.EXDEV, errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
                raise
    return copy_stream(src, dst, on_bytes)


def _temp_for(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")


def _write(source: Path, tmp: Path, on_bytes: OnBytes | None, *, sync: bool) -> int:
    with (
        source.open("rb") as src,
        open(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as dst,
    ):
        size = _copy_fds(src, dst, on_bytes)
        if sync:
            os.fsync(dst.fileno())
    return size


def fsync_file(path: Path) -> None:
    """Make a file written earlier (or by someone else, such as SQLite) durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _syncfs() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.syncfs
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_int]
    fn.restype = ctypes.c_int
    return cast(Callable[[int], int], fn)


_SYNCFS = _syncfs()


def sync_filesystem(path: Path) -> bool:
    """Write back and flush everything dirty on the filesystem holding ``path`` and wait for it
    (Linux ``syncfs``): one journal commit and one disk flush for a whole batch of new files,
    where an ``fsync`` per file costs a commit and a flush each. ``False`` where it is not
    available (the caller then fsyncs file by file)."""
    if _SYNCFS is None:
        return False
    fd = os.open(path, os.O_RDONLY)
    try:
        if _SYNCFS(fd) != 0:
            raise OSError(ctypes.get_errno(), "syncfs failed", str(path))
        return True
    finally:
        os.close(fd)


def _raise_known(exc: OSError, target: Path) -> NoReturn:
    """A full disk as the known error; anything else as it is (a missing source stays a
    ``FileNotFoundError`` for the caller, which names the object; a write error is mapped where
    the copy is called, inside ``known_errors``)."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        raise DiskFull(str(target)) from exc
    raise exc


def copy_file(source: Path, target: Path, on_bytes: OnBytes | None = None) -> int:
    """Copy ``source`` to ``target``: a temporary sibling, fsync, rename. The caller fsyncs the
    folder (once for many files). Bytes copied."""
    tmp = _temp_for(target)
    try:
        size = _write(source, tmp, on_bytes, sync=True)
        os.replace(tmp, target)
        return size
    except OSError as exc:
        remove_quietly(tmp)
        _raise_known(exc, target)


def _settle(batch: list[tuple[Path, Path]]) -> None:
    """Make a written batch durable, then put each file under its final name; on an error the
    batch's temporary files go."""
    try:
        # syncfs waits for everything dirty on the disk, others' writes too: worth it for many
        # files, not for the few of an incremental backup.
        if not (len(batch) >= SYNCFS_FILES and sync_filesystem(batch[0][0])):
            for tmp, _ in batch:
                fsync_file(tmp)
        for tmp, target in batch:
            os.replace(tmp, target)
    except OSError:
        for tmp, _ in batch:
            remove_quietly(tmp)
        raise


def copy_files(pairs: Iterable[tuple[Path, Path]], on_bytes: OnBytes | None = None) -> int:
    """Copy every ``(source, target)`` as :func:`copy_file` does, in batches of about 128 MB:
    each file is under its final name only once it is fsynced. The caller fsyncs the target
    folders. Bytes copied; on an error the temporary files are removed.

    A batch is made durable on a second thread while the next one is copied, so the disk
    writes back one batch while the kernel copies the next (waiting for each batch's sync
    before copying on made a first backup about half as fast as ``cp`` then ``sync``). At most
    one batch waits for its sync, so dirty pages stay bounded."""
    batch: list[tuple[Path, Path]] = []
    pending = total = 0
    target = Path()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="settle") as settler:
        syncing: Future[None] | None = None
        try:
            for source, target in pairs:
                tmp = _temp_for(target)
                batch.append((tmp, target))
                size = _write(source, tmp, on_bytes, sync=False)
                pending += size
                total += size
                if pending >= BATCH_BYTES:
                    if syncing is not None:
                        syncing.result()
                    syncing, batch, pending = settler.submit(_settle, batch), [], 0
            if syncing is not None:
                syncing.result()
                syncing = None
            if batch:
                _settle(batch)
            return total
        except OSError as exc:
            for tmp, _ in batch:
                remove_quietly(tmp)
            if syncing is not None:
                syncing.exception()  # let it finish: it removes its own files on an error
            _raise_known(exc, target)
