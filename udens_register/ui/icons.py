"""SVG icons from ``resources/icons`` (crisp at any DPI)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from udens_register.paths import resources_dir


def icon(name: str) -> QIcon:
    """The icon ``name`` (file ``resources/icons/<name>.svg``); an empty icon if missing."""
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
