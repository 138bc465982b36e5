"""Automatic backup on close, clipboard clearing, and coordinators' keys through the widgets."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMessageBox

from tests.conftest import PASSPHRASE
from tests.gui.press import activate
from tests.gui.press import ok
from tests.gui.press import trigger
from tests.gui.press import unlock as press_unlock
from udens_register.services.keys import KeyService
from udens_register.services.settings import Settings
from udens_register.services.snapshots import list_snapshots
from udens_register.ui.main_window import MainWindow
from udens_register.ui.safety import KeysDialog
from udens_register.ui.safety import NewPassphraseDialog


def _window(qtbot, gateway, tmp_path):  # type: ignore[no-untyped-def]
    win = MainWindow(gateway, Settings(backup_folder=str(tmp_path / "backups")))
    qtbot.addWidget(win)
    win.show()
    press_unlock(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: win.incident_list.model.rowCount() > 0, timeout=15000)
    return win


def test_closing_makes_a_rotating_backup(qtbot, filled, tmp_path) -> None:  # type: ignore[no-untyped-def]
    gateway, _ = filled
    win = _window(qtbot, gateway, tmp_path)
    win.close()
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=30000)
    backups = list_snapshots(tmp_path / "backups")
    assert len(backups) == 1 and backups[0].database_size > 4096
    assert gateway.newest_backup(str(tmp_path / "backups")) == backups[0].path


def test_the_window_stays_responsive_while_the_closing_backup_runs(  # type: ignore[no-untyped-def]
    qtbot, filled, tmp_path, monkeypatch
) -> None:
    gateway, _ = filled
    win = _window(qtbot, gateway, tmp_path)
    release = threading.Event()
    from udens_register.services.register import OpenRegister

    original = OpenRegister.automatic_backup

    def gated(self, folder, keep=10, progress=None):  # type: ignore[no-untyped-def]
        if progress is not None:
            progress(1 << 20, 4 << 20)
        assert release.wait(20)
        return original(self, folder, keep, progress)

    monkeypatch.setattr(OpenRegister, "automatic_backup", gated)
    win.close()
    assert win.isVisible(), "the window waits for its backup"
    qtbot.waitUntil(lambda: win.closing_backup is not None and win.closing_backup.isVisible(), timeout=5000)
    dialog = win.closing_backup
    qtbot.waitUntil(lambda: dialog.bar.maximum() == 4096 and dialog.bar.value() == 1024, timeout=5000)
    ticks = []
    QTimer.singleShot(50, win, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: bool(ticks), timeout=5000)  # the event loop runs: nothing is frozen
    win.close()  # a second Quit while it runs changes nothing
    dialog.reject()  # Escape does not cut the backup short
    assert win.isVisible() and dialog.running
    release.set()
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=30000)
    assert win.register is None and len(list_snapshots(tmp_path / "backups")) == 1


def test_a_failing_closing_backup_is_told_and_the_app_still_closes(  # type: ignore[no-untyped-def]
    qtbot, filled, tmp_path, monkeypatch
) -> None:
    gateway, _ = filled
    blocked = tmp_path / "backups"
    win = _window(qtbot, gateway, tmp_path)
    blocked.write_text("a file where the backup folder should be")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: told.append(text)))
    register = win.register
    win.close()
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=30000)
    assert (told and "niet" in told[0].lower()) or "not" in told[0].lower()
    assert register is not None and not register.is_open, "the register is closed (its key dropped)"


# Another application that copies ``sys.argv[1]`` and serves it until its input closes (on X11
# the clipboard's text stays with the program that copied it, which must keep running).
ELSEWHERE = """
import sys
from PySide6.QtCore import QSocketNotifier
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
app.clipboard().setText(sys.argv[1])
print("copied", flush=True)
told = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
told.activated.connect(app.quit)
QTimer.singleShot(60000, app.quit)
app.exec()
"""


@contextmanager
def copied_elsewhere(qtbot, text: str) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """``text`` copied by another program. On xcb a text the test sets itself is owned by this
    process, so the window would rightly take it for its own; offscreen the clipboard is this
    process's alone, so there the test sets it."""
    clipboard = QApplication.clipboard()
    if QGuiApplication.platformName() != "xcb":
        clipboard.setText(text)
        yield
        return
    with subprocess.Popen(
        [sys.executable, "-c", ELSEWHERE, text], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as other:
        assert other.stdin is not None and other.stdout is not None
        try:
            assert other.stdout.readline().strip() == "copied"
            qtbot.waitUntil(lambda: clipboard.text() == text, timeout=10000)
            yield
        finally:
            other.stdin.close()  # the other program quits
            other.wait(timeout=20)


def test_clipboard_is_cleared_on_lock(qtbot, filled, tmp_path) -> None:  # type: ignore[no-untyped-def]
    gateway, _ = filled
    win = _window(qtbot, gateway, tmp_path)
    clipboard = QApplication.clipboard()
    activate(qtbot, win)
    qtbot.waitUntil(
        lambda: QApplication.applicationState() == Qt.ApplicationState.ApplicationActive, timeout=2000
    )
    clipboard.setText("Fenna Zwanenburg")
    qtbot.waitUntil(win.clipboard_timer.isActive, timeout=2000)
    assert win.clipboard_timer.interval() == 30_000
    trigger(win, "lock_action")
    assert clipboard.text() == ""
    with copied_elsewhere(qtbot, "iets van elders"):
        assert not win.clipboard_timer.isActive(), "not the register's: no clearing planned"
        win.clipboard_timer.start(0)  # as if 30 s had passed
        qtbot.wait(100)
        assert clipboard.text() == "iets van elders", "only what came from the register is cleared"


def test_keys_dialog_adds_a_coordinator(qtbot, filled, tmp_path) -> None:  # type: ignore[no-untyped-def]
    gateway, _ = filled
    register = gateway.open(PASSPHRASE)
    try:
        dialog = KeysDialog(KeyService(register, kdf_seconds=0.01), register.audit)
        qtbot.addWidget(dialog)
        assert dialog.list.count() == 2
        new = NewPassphraseDialog("x", True)
        qtbot.addWidget(new)
        new.label.setText("Zorg — J. Bakker")
        new.first.setText("kort")
        new.second.setText("kort")
        ok(qtbot, new)
        assert new.result() == 0 and new.problem.text()
        dialog._run(
            lambda: (
                KeyService(register, kdf_seconds=0.01).add("tweede wachtwoordzin", "Zorg — J. Bakker")
                and None
            )
        )
        qtbot.waitUntil(lambda: dialog.list.count() == 3, timeout=10000)
    finally:
        register.close()
    with gateway.open("tweede wachtwoordzin") as other:
        assert other.coordinator.label == "Zorg — J. Bakker"


def test_legal_hold_from_the_case_menu(qtbot, filled, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import udens_register.ui.main_window.commands as main_window

    gateway, _ = filled
    win = _window(qtbot, gateway, tmp_path)
    win.incident_list.table.setCurrentIndex(win.incident_list.proxy.index(0, 0))
    monkeypatch.setattr(main_window, "ask_reason", lambda *a: "Aangifte loopt nog")
    trigger(win, "hold_action")
    incident_id = win.current_incident_id()
    assert win.register.incidents.get(incident_id).legal_hold
    # The change reloads the list and opens the case again (off the UI thread): the pane shows the hold.
    qtbot.waitUntil(
        lambda: (
            "police case" in win.case_pane.detail.toPlainText()
            or "politiezaak" in win.case_pane.detail.toPlainText()
        ),
        timeout=10000,
    )
    trigger(win, "hold_action")
    assert not win.register.incidents.get(incident_id).legal_hold
    trigger(win, "lock_action")


class _FakeRetention:
    years = 2

    def __init__(self) -> None:
        self.purged: list[int] = []
        self.pupils: list[object] = []
        self.pupils_purged: list[int] | None = None

    def due(self):  # type: ignore[no-untyped-def]
        from datetime import date

        from udens_register.services.retention import DueCase

        return [DueCase(7, "2023-0007", date(2023, 6, 1), False)]

    def purge(self, ids):  # type: ignore[no-untyped-def]
        from udens_register.services.retention import Purged

        self.purged = ids
        return Purged(["2023-0007"], 1, 0)

    def pupils_due(self):  # type: ignore[no-untyped-def]
        return self.pupils

    def purge_pupils(self, ids):  # type: ignore[no-untyped-def]
        from udens_register.services.retention import Purged

        self.pupils_purged = ids
        return Purged([], len(ids), 0)


class _FakeBackups:
    def __init__(self, tmp_path) -> None:  # type: ignore[no-untyped-def]
        from udens_register.services.backup_reach import Holding
        from udens_register.services.snapshots import Snapshot

        snapshot = Snapshot(
            tmp_path / "snapshot-20261130T120000Z", "r" * 32, 5, "l" * 32, "2026-11-30", 1, ()
        )
        self.found = [Holding(snapshot, ("2023-0007",))]
        self.asked: list[list[str]] = []
        self.removed: list[object] = []

    def holding(self, numbers):  # type: ignore[no-untyped-def]
        self.asked.append(numbers)
        return self.found

    def remove(self, holding):  # type: ignore[no-untyped-def]
        self.removed.append(holding)
        return len(holding)


@pytest.mark.parametrize("answer", ["yes", "no"])
def test_the_purge_wizard_offers_to_remove_the_backups_holding_the_cases(  # type: ignore[no-untyped-def]
    qtbot, tmp_path, monkeypatch, answer
) -> None:
    from udens_register.ui.safety import RetentionDialog

    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes if answer == "yes" else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    backups = _FakeBackups(tmp_path)
    dialog = RetentionDialog(_FakeRetention(), None, backups)
    qtbot.addWidget(dialog)
    dialog.confirm.setText("VERWIJDEREN")
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.result() == 1 and not dialog.worker.busy(), timeout=10000)
    assert backups.asked == [["2023-0007"]] and dialog.purged == ["2023-0007"]
    assert asked and "snapshot-20261130T120000Z" in asked[0] and "1 back" in asked[0]
    assert (backups.removed == [backups.found], dialog.removed_backups) == (
        (True, 1) if answer == "yes" else (False, 0)
    )


def test_the_purge_wizard_lists_pupils_who_left_with_their_leaving_day(qtbot) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from udens_register.services.retention import DuePupil
    from udens_register.ui.safety import RetentionDialog

    retention = _FakeRetention()
    retention.pupils = [
        DuePupil(11, "Vroeg Leerling", "1001", date(2024, 1, 10), False),
        DuePupil(12, "Open Leerling", "1005", date(2023, 7, 1), True),
    ]
    dialog = RetentionDialog(retention, None, None)
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert texts[1].startswith("Pupil Vroeg Leerling") and "10-01-2024" in texts[1]
    assert "still named" in texts[2] and not dialog.list.item(2).flags() & Qt.ItemFlag.ItemIsEnabled
    assert dialog.chosen_pupils() == [11]
    dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)  # only the pupil, not the case
    dialog.confirm.setText("VERWIJDEREN")
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.result() == 1 and not dialog.worker.busy(), timeout=10000)
    assert retention.purged == [] and retention.pupils_purged == [11]
