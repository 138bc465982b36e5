"""Where to propose a file that must not stay on the laptop: a USB stick or external disk.

A backup on the register's own disk is lost or stolen with the laptop, and the recovery key's
sheet says not to keep it on the laptop. So the save dialogs for both open on a removable medium
when one is plugged in; when none is, the coordinator is told why that matters first and may
plug one in and look again, or choose a folder anyway (issue 24 point 5).

Found without Qt and without asking anything of the system that could change it: on Linux the
mount points under ``/media/$USER`` and ``/run/media/$USER``; on macOS the volumes under
``/Volumes`` other than the start disk; on Windows the drive letters Windows calls removable.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from collections.abc import Callable


def _t(text: str) -> str:
    return QCoreApplication.translate("Removable", text)


def _mounted_under(roots: list[Path], is_mount: Callable[[str], bool]) -> list[Path]:
    found: list[Path] = []
    for root in roots:
        try:
            found += sorted(p for p in root.iterdir() if p.is_dir() and is_mount(str(p)))
        except OSError:
            continue  # no such folder, or not ours to read
    return found


def _windows_removable() -> list[Path]:  # pragma: no cover - Windows only
    if sys.platform != "win32":
        return []
    import ctypes  # noqa: PLC0415 - Windows only

    kernel32 = ctypes.windll.kernel32
    mask = kernel32.GetLogicalDrives()
    drive_removable = 2
    drives = [f"{chr(65 + i)}:\\" for i in range(26) if mask & (1 << i)]
    return [Path(d) for d in drives if kernel32.GetDriveTypeW(d) == drive_removable and os.path.isdir(d)]


def candidates() -> list[Path]:
    """The removable media mounted now, as this system names them."""
    if sys.platform == "win32":
        return _windows_removable()
    if sys.platform == "darwin":
        volumes = _mounted_under([Path("/Volumes")], os.path.ismount)
        return [v for v in volumes if os.path.realpath(v) != "/"]  # the start disk is linked there
    user = getpass.getuser()
    return _mounted_under([Path("/media") / user, Path("/run/media") / user], os.path.ismount)


def removable_media(avoid: Path | None = None) -> list[Path]:
    """Writable removable media, leaving out the one that holds ``avoid`` (the register itself)."""
    media = []
    for medium in candidates():
        if not os.access(medium, os.W_OK):
            continue
        if avoid is not None and (avoid == medium or medium in avoid.resolve().parents):
            continue
        media.append(medium)
    return media


def off_laptop_folder(
    parent: QWidget, title: str, why: str, fallback: Path, avoid: Path | None = None
) -> Path | None:
    """The folder to propose in a save dialog: a removable medium, else ``fallback``; ``None``
    when the coordinator cancels.

    With no medium plugged in, ``why`` is said first: the coordinator may plug one in and look
    again, or choose a folder anyway (the dialog then opens on ``fallback``).
    """
    while True:
        media = removable_media(avoid)
        if media:
            return media[0]
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(title)
        box.setText(_t("No USB stick or external disk was found."))
        box.setInformativeText(why)
        again = box.addButton(_t("&Look again"), QMessageBox.ButtonRole.ActionRole)
        anyway = box.addButton(_t("&Choose a folder anyway…"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(again)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is anyway:
            return fallback
        if clicked is not again:
            return None
