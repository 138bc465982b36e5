"""Making a register atomically: built whole in a staging folder, then moved in, key file last.

``init``, ``demo`` and the setup wizard build the database and the key file (and the demo its
cases) inside ``<folder>/.init-staging/``; only a whole register is moved into the folder, its
key file last (the key file is what makes a folder a register). The staging folder sits inside
the register folder, not beside it, because the register folder may be a USB stick's root or
already hold the app's instance lock, and a rename only stays atomic on one file system.

A process killed at any moment leaves either no register (a leftover staging folder that the
next ``init`` clears) or a whole one, or, between moving the database and the key file, an
*unfinished* register: recognised by the staging folder still holding the key file, holding
nothing but an empty new register, and offered for removal.
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC
from datetime import datetime
from pathlib import Path

from udens_register.paths import DB_NAME
from udens_register.paths import KEYFILE_NAME
from udens_register.paths import OBJECTS_NAME
from udens_register.vault.files import fsync_dir
from udens_register.wording.dates import fmt_stamp

INIT_STAGING = ".init-staging"
RESTORE_STAGING = ".restore-staging"  # a restore's checked backup, before it moves in
_MOVING = "moving.txt"  # what is being moved in, so an unfinished register can be removed whole


def staging(folder: Path) -> Path:
    """A fresh, empty staging folder inside ``folder`` (a leftover one holds no register)."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    place = folder / INIT_STAGING
    shutil.rmtree(place, ignore_errors=True)
    place.mkdir(mode=0o700)
    return place


def move_in(place: Path, folder: Path) -> None:
    """Move the whole register built in ``place`` into ``folder``: everything else, then the key file."""
    names = sorted(n for n in os.listdir(place) if n not in (KEYFILE_NAME, _MOVING))
    manifest = place / _MOVING
    manifest.write_text("\n".join(names), encoding="utf-8")
    with manifest.open("rb") as handle:
        os.fsync(handle.fileno())
    fsync_dir(place)
    for name in names:
        os.replace(place / name, folder / name)
    fsync_dir(folder)
    os.replace(place / KEYFILE_NAME, folder / KEYFILE_NAME)  # the commit point
    fsync_dir(folder)
    shutil.rmtree(place, ignore_errors=True)


def is_unfinished(folder: Path) -> bool:
    """Whether ``folder`` holds a register whose making was cut short before its key file moved in."""
    place = folder / INIT_STAGING
    return (
        not (folder / KEYFILE_NAME).exists()
        and (place / KEYFILE_NAME).exists()
        and (place / _MOVING).exists()
    )


def discard_unfinished(folder: Path) -> bool:
    """Remove an unfinished register (it holds no cases yet); True if there was one."""
    if not is_unfinished(folder):
        return False
    place = folder / INIT_STAGING
    manifest = place / _MOVING
    names = manifest.read_text(encoding="utf-8").split("\n") if manifest.exists() else []
    for name in filter(None, names):
        target = folder / name
        if target.is_dir():
            shutil.rmtree(target, ignore_errors=True)
        else:
            for companion in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
                companion.unlink(missing_ok=True)
    shutil.rmtree(place, ignore_errors=True)
    fsync_dir(folder)
    return True


def tidy(folder: Path) -> None:
    """Clear a staging folder left behind by a making that finished or never began to move in.

    Only where no other process can be making the register (``init`` itself, the app holding the
    instance lock).
    """
    place = folder / INIT_STAGING
    if place.is_dir() and not is_unfinished(folder):
        shutil.rmtree(place, ignore_errors=True)


def finish_interrupted_restore(folder: Path) -> bool:
    """Complete a restore that was cut short after its backup was checked (the staging folder
    holds a whole database and key file, and the register has no key file); True if it did.

    The staged objects folder moves in before the staged database: while the staged database is
    still in staging, an objects folder in the register that is not the staged one is the old one.
    """
    staging = folder / RESTORE_STAGING
    staged_db, staged_keys, staged_objects = staging / DB_NAME, staging / KEYFILE_NAME, staging / OBJECTS_NAME
    if (folder / KEYFILE_NAME).exists() or not staged_keys.exists():
        return False
    if staged_db.exists():
        leftovers = [n for n in os.listdir(folder) if n.startswith(DB_NAME)]
        if staged_objects.exists() and (folder / OBJECTS_NAME).exists():
            leftovers.append(OBJECTS_NAME)
        if leftovers:  # cut short while the old register was being moved aside: keep it too
            aside = folder / f"replaced-{fmt_stamp(datetime.now(UTC))}-rest"
            aside.mkdir(mode=0o700, exist_ok=True)
            for name in leftovers:
                os.replace(folder / name, aside / name)
        if staged_objects.exists():
            os.replace(staged_objects, folder / OBJECTS_NAME)
        os.replace(staged_db, folder / DB_NAME)
    os.replace(staged_keys, folder / KEYFILE_NAME)
    fsync_dir(folder)
    shutil.rmtree(staging, ignore_errors=True)
    return True
