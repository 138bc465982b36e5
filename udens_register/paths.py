"""Where the shipped ``migrations/`` and ``resources/`` are, and where registers live.

One place answers for a source checkout, an installed wheel (the folders are packed under
``udens_register/_data``) and a PyInstaller bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "UdensRegister"
APP_AUTHOR = "UdensCollege"
DB_NAME = "register.db"
KEYFILE_NAME = "register.keys"
OBJECTS_NAME = "objects"  # the evidence objects' folder in the register folder


def _candidates(name: str) -> list[Path]:
    here = Path(__file__).resolve().parent
    found = [here / "_data" / name, here.parent / name]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.insert(0, Path(bundle) / name)
    return found


def shipped_dir(name: str) -> Path:
    """The shipped folder ``name`` (``migrations`` or ``resources``)."""
    for candidate in _candidates(name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"{name} folder not found next to the package")


def migrations_dir() -> Path:
    """The Alembic script folder."""
    return shipped_dir("migrations")


def resources_dir() -> Path:
    """Fonts, icons, translations and the protocol text."""
    return shipped_dir("resources")


def default_data_dir() -> Path:
    """The user's data folder for the register (not created here)."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_config_dir() -> Path:
    """The user's config folder for non-sensitive settings."""
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
