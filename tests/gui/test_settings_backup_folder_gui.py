"""Settings: the folder for automatic backups is chosen with its own Bladeren…, starting on a
USB stick.

The closing backup went to a folder beside the register, on the laptop's own disk, and the
settings offered no way to browse for another (a reviewer's finding): the settings now have a
browse button that proposes removable media first, and say why the laptop's disk is a poor place.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton

from tests.gui.press import click
from udens_register.services.settings import Settings
from udens_register.ui import removable
from udens_register.ui.settings_dialog import SettingsDialog


def _backup_browse(dialog: SettingsDialog) -> QPushButton:
    found = [
        b
        for b in dialog.findChildren(QPushButton)
        if b.accessibleName() == "Map voor automatische back-ups kiezen"
    ]
    assert len(found) == 1
    return found[0]


def test_browsing_for_the_backup_folder_starts_on_the_usb_stick(
    qtbot, dutch, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    stick = tmp_path / "media" / "STICK"
    stick.mkdir(parents=True)
    monkeypatch.setattr(removable, "candidates", lambda: [stick])
    started: list[str] = []

    def choose(_parent, _title, start, *_a, **_k):  # type: ignore[no-untyped-def]
        started.append(start)
        return str(stick / "backups")

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(choose))
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    assert any("USB-stick" in label.text() for label in dialog.findChildren(QLabel))
    button = _backup_browse(dialog)
    assert button.text() == "Bla&deren…"
    click(qtbot, button)
    assert started == [str(stick)]
    assert dialog.backup_folder.text() == str(stick / "backups")


def test_without_a_stick_it_says_why_and_a_folder_can_be_chosen_anyway(
    qtbot, dutch, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(removable, "candidates", lambda: [])
    said: list[str] = []

    def exec_box(box: QMessageBox) -> int:
        said.append(box.text())
        anyway = next(b for b in box.buttons() if "Toch een map kiezen" in b.text().replace("&", ""))
        anyway.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    started: list[str] = []

    def choose(_parent, _title, start, *_a, **_k):  # type: ignore[no-untyped-def]
        started.append(start)
        return ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(choose))
    dialog = SettingsDialog(Settings(backup_folder=str(tmp_path / "oud")))
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, _backup_browse(dialog))
    assert said and "USB-stick" in said[0]
    assert started == [str(tmp_path / "oud")]
    assert dialog.backup_folder.text() == str(tmp_path / "oud")  # cancelled: unchanged
