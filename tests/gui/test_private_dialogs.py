"""File dialogs leave nothing behind outside the register folder, the backups and the settings
file: no ``QtProject.conf`` with the folders used, no desktop recent files."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "udens_register" / "ui"
PUPIL_FOLDER = "Daan_van_Dijk_2B"

SCRIPT = """
import os, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
if sys.argv[1] == "private":
    from udens_register.ui.privacy import keep_dialogs_private
    keep_dialogs_private()
app = QApplication([])
folder = Path(sys.argv[2])
def answer():
    for w in app.topLevelWidgets():
        if isinstance(w, QFileDialog) and w.isVisible():
            w.selectFile(str(folder / "export.json")); w.accept()
QTimer.singleShot(300, answer)
print(QFileDialog.getSaveFileName(None, "Opslaan", str(folder / "export.json"))[0])
"""


@pytest.mark.parametrize("mode", ["plain", "private"])
def test_in_a_fresh_process_only_the_private_dialogs_leave_nothing(tmp_path: Path, mode: str) -> None:
    """As the app starts (keep_dialogs_private before the QApplication), a save dialog used in a
    pupil's folder leaves no file naming it; the control: Qt's plain dialog writes the folder
    into QtProject.conf."""
    home = tmp_path / "home"
    folder = tmp_path / PUPIL_FOLDER
    folder.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data"), "QT_QPA_PLATFORM": "offscreen"}  # fmt: skip
    result = subprocess.run([sys.executable, "-c", SCRIPT, mode, str(folder)], env=env,
                            capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert PUPIL_FOLDER in result.stdout
    leaks = [p.name for p in home.rglob("*") if p.is_file() and PUPIL_FOLDER.encode() in p.read_bytes()]
    assert leaks == (["QtProject.conf"] if mode == "plain" else [])


def test_every_file_dialog_of_the_app_is_one_of_those_tested() -> None:
    """Only Qt's static file dialogs are used, never a dialog object of the app's own: they all
    keep their history through the same QSettings that keep_dialogs_private points nowhere."""
    kinds = set()
    for source in UI.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        kinds |= set(re.findall(r"QFileDialog\.(get\w+)", text))
        assert "QFileDialog(" not in text, source
    assert kinds <= {"getSaveFileName", "getOpenFileName", "getOpenFileNames", "getExistingDirectory"}, kinds
