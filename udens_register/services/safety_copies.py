"""The safety copies inside a register folder and their short term.

Two steps keep the register as it was beside the new one: a schema upgrade
(``register.before-<rev>-<time>.db``) and a restore over a register (``replaced-<time>/``).
They are copies of the whole register, so they hold every case the register held then. They
are kept for :data:`SAFETY_COPY_DAYS` days (removed at the next opening after that), and a
purge removes every one of them at once: each was made before the purge and may hold the
purged cases. Files are overwritten with zeros before they are unlinked.
"""

from __future__ import annotations

import os
import re
import shutil
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from pathlib import Path

from udens_register.paths import DB_NAME
from udens_register.wording.dates import read_stamp

SAFETY_COPY_DAYS = 30
_STAMP = re.compile(r"(\d{8}T\d{6}Z)")
_STEM = DB_NAME.removesuffix(".db")


def safety_copies(folder: Path) -> list[Path]:
    """The safety copies in ``folder`` (files and ``replaced-*`` folders), oldest name first."""
    if not folder.is_dir():
        return []
    found = [
        p
        for p in folder.iterdir()
        if (p.is_dir() and p.name.startswith("replaced-"))
        or (p.is_file() and p.name.startswith(f"{_STEM}.before-"))
    ]
    return sorted(found, key=lambda p: p.name)


def made_at(copy: Path) -> datetime:
    """When a safety copy was made: the time in its name, else the file's modification time."""
    match = _STAMP.search(copy.name)
    if match:
        return read_stamp(match.group(1))
    return datetime.fromtimestamp(copy.stat().st_mtime, UTC)


def expired(folder: Path, now: datetime, days: int = SAFETY_COPY_DAYS) -> list[Path]:
    """Safety copies older than ``days``."""
    return [c for c in safety_copies(folder) if now - made_at(c) > timedelta(days=days)]


def _shred(path: Path) -> None:
    """Overwrite a file with zeros, then unlink it."""
    try:
        size = path.stat().st_size
        with path.open("r+b", buffering=0) as handle:
            block = b"\0" * 65536
            left = size
            while left > 0:
                left -= handle.write(block[: min(left, len(block))]) or 0
            os.fsync(handle.fileno())
    except OSError:
        pass  # unlinking still takes the name away; the content is encrypted anyway
    path.unlink(missing_ok=True)


def remove(copies: list[Path]) -> int:
    """Remove safety copies (each file zeroed first); returns how many went."""
    count = 0
    for copy in copies:
        if copy.is_dir():
            for inner in sorted(copy.rglob("*")):
                if inner.is_file():
                    _shred(inner)
            shutil.rmtree(copy, ignore_errors=True)
        else:
            for companion in (Path(f"{copy}{s}") for s in ("-wal", "-shm", "-journal")):
                if companion.exists():
                    _shred(companion)
            _shred(copy)
        count += 1
    return count
