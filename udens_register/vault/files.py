"""Files that a crash leaves whole: a temporary sibling, fsync, rename, fsync of the folder."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from udens_register.domain.errors import CannotWrite
from udens_register.domain.errors import DiskFull
from udens_register.domain.errors import NotAFile
from udens_register.domain.errors import RegisterError
from udens_register.paths import DB_NAME


def ensure_plain_target(path: Path) -> None:
    """Refuse an output that exists and is not a plain file (a device such as ``/dev/full``, a
    pipe, a folder, a symbolic link): the rename that makes a write atomic would replace it.

    Raises:
        NotAFile: nothing was written.
    """
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise NotAFile(str(path))


def write_error(path: Path, exc: OSError) -> RegisterError:
    """The known error for a failed write of ``path``: a full disk, or why it could not be written."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(str(path))
    return CannotWrite(f"{path}: {exc.strerror or exc}")


def remove_quietly(path: Path) -> None:
    """Remove a temporary file if it is there; a medium that refuses even that (read-only, gone)
    must not hide the error that brought us here."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file."""
    ensure_plain_target(path)
    remove_stale_temps(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        remove_quietly(tmp)
        raise write_error(path, exc) from exc


WRITE_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS}


def remove_stale_temps(path: Path) -> None:
    """Remove what a killed write to ``path`` left beside it (``.<name>.<8 hex>.tmp``): its random
    name means no later write would replace it, and a target is often a user's folder or stick."""
    pattern = re.compile(rf"\.{re.escape(path.name)}\.[0-9a-f]{{8}}\.tmp")
    try:
        with os.scandir(path.parent) as entries:
            stale = [
                e.path for e in entries if pattern.fullmatch(e.name) and e.is_file(follow_symlinks=False)
            ]
    except OSError:
        return
    for name in stale:
        remove_quietly(Path(name))


@contextlib.contextmanager
def atomic_stream(path: Path, *, readable: bool = False) -> Iterator[BinaryIO]:
    """A file to stream into that replaces ``path`` only when the block ends without error
    (a temporary sibling, owner-only, fsynced, renamed, the folder fsynced); otherwise it goes.
    ``readable``: the file can be read back too (a PDF signed in place once written). What an
    earlier, killed write to ``path`` left beside it is removed first.

    Raises:
        NotAFile, DiskFull, CannotWrite: ``path`` is as it was (a full or read-only disk met while
        the block writes is one of these too).
    """
    ensure_plain_target(path)
    remove_stale_temps(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        try:
            access = os.O_RDWR if readable else os.O_WRONLY
            fd = os.open(tmp, access | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        except OSError as exc:
            raise write_error(path, exc) from exc
        try:
            with os.fdopen(fd, "w+b" if readable else "wb") as out:
                yield out
                out.flush()
                os.fsync(out.fileno())
        except OSError as exc:
            if exc.errno in WRITE_ERRNOS:  # the target's disk, not a source the block reads
                raise write_error(path, exc) from exc
            raise
        try:
            os.replace(tmp, path)
            fsync_dir(path.parent)
        except OSError as exc:
            raise write_error(path, exc) from exc
    finally:
        remove_quietly(tmp)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (not possible on Windows, where it is skipped)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def is_read_only(folder: Path) -> bool:
    """Whether nothing can be written in ``folder``: a read-only mount (a write-protected stick,
    found by the file system's own flag, for root too) or no permission to write there."""
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
    except (OSError, AttributeError):
        pass
    db = folder / DB_NAME
    return folder.is_dir() and (
        not os.access(folder, os.W_OK) or (db.exists() and not os.access(db, os.W_OK))
    )
