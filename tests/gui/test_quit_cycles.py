"""Start, unlock, open and close every toolbar dialog, quit with Ctrl+Q: the process ends with exit
0 and says nothing on stderr, cycle after cycle (issue 24: a segmentation fault on quit after the
Persons dialog, "QObject: shared QObject was deleted directly").

Each cycle is a real ``udens-register`` process driven by Qt's input simulation from its own
event loop (``quit_drive.py``), so the exit code and stderr are the application's own. The 30-cycle
figure comes from ``quit_cycles.py`` (xdotool on a real X server), reported with the change.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE

DRIVER = Path(__file__).with_name("quit_drive.py")
CYCLES = 3


@pytest.mark.slow
def test_every_toolbar_dialog_then_ctrl_q_ends_cleanly(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "LANG": "nl_NL.UTF-8",
        "UDENS_REGISTER_KDF_SECONDS": "0.05",
        "UDENS_REGISTER_PASSPHRASE": PASSPHRASE,
    }
    env.pop("PYTHONWARNINGS", None)
    folder = tmp_path / "register"
    made = subprocess.run(
        [sys.executable, "-m", "udens_register", "--data-dir", str(folder), "demo"],
        env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    del env["UDENS_REGISTER_PASSPHRASE"]  # typed on the unlock screen instead
    env["QUIT_DRIVE_PASSPHRASE"] = PASSPHRASE
    for n in range(CYCLES):
        run = subprocess.run(
            [sys.executable, str(DRIVER), "--data-dir", str(folder)],
            env=env, capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
        assert (n, run.returncode, run.stderr) == (n, 0, "")


def test_a_closed_toolbar_dialog_does_not_stay_in_the_window(qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    """Each Ctrl+P made a Persons dialog that stayed a hidden child of the window until quit (and was
    then torn down in no set order by PySide: the crash). Closed, it is deleted."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtCore import QEvent
    from PySide6.QtCore import Qt
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from udens_register.services.settings import Settings
    from udens_register.ui.main_window import MainWindow
    from udens_register.ui.persons import PersonsView

    gateway, _ = filled
    win = MainWindow(gateway, Settings())
    qtbot.addWidget(win)
    win.show()
    qtbot.keyClicks(win.unlock_widget.secret, PASSPHRASE)
    qtbot.keyClick(win.unlock_widget.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.incident_list.model.rowCount() > 0, timeout=15000)
    table = win.incident_list.table
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(0, 1)).center()
    )
    qtbot.waitUntil(win.action_table["persons_action"].isEnabled, timeout=10000)
    button = win.action_table.toolbar.widgetForAction(win.action_table["persons_action"])
    seen: list[bool] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(isinstance(dialog, PersonsView))
        assert dialog is not None
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    for n in range(1, 4):
        QTimer.singleShot(200, close_it)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert seen == [True] * n
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert win.findChildren(PersonsView) == []
    win.lock()
