"""Writing the files a coordinator asks for (exports, reports): atomically, or not at all."""

from __future__ import annotations

from pathlib import Path

from udens_register.vault.keyfile import atomic_write


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename.

    Raises:
        DiskFull, CannotWrite: nothing was written and any earlier file is intact.
    """
    atomic_write(path, data)
