"""Automatic backup on close, clipboard clearing, and coordinators' keys through the widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE
from udens_register.services.keys import KeyService
from udens_register.services.settings import Settings
from udens_register.ui.main_window import MainWindow
from udens_register.ui.safety import KeysDialog
from udens_register.ui.safety import NewPassphraseDialog


def _window(qtbot, gateway, tmp_path):  # type: ignore[no-untyped-def]
    win = MainWindow(gateway, Settings(backup_folder=str(tmp_path / "backups")))
    qtbot.addWidget(win)
    win.show()
    win.unlock_widget.secret.setText(PASSPHRASE)
    win.unlock_widget.try_unlock()
    qtbot.waitUntil(lambda: win.incident_list.model.rowCount() > 0, timeout=15000)
    return win


def test_closing_makes_a_rotating_backup(qtbot, filled, tmp_path) -> None:  # type: ignore[no-untyped-def]
    gateway, _ = filled
    win = _window(qtbot, gateway, tmp_path)
    win.close()
    backups = list((tmp_path / "backups").glob("udens-register-*.backup"))
    assert len(backups) == 1 and backups[0].stat().st_size > 4096
    assert gateway.newest_backup(str(tmp_path / "backups")) == backups[0]


def test_clipboard_is_cleared_on_lock(qtbot, filled, tmp_path) -> None:  # type: ignore[no-untyped-def]
    gateway, _ = filled
    win = _window(qtbot, gateway, tmp_path)
    clipboard = QApplication.clipboard()
    win.activateWindow()
    qtbot.waitUntil(
        lambda: QApplication.applicationState() == Qt.ApplicationState.ApplicationActive, timeout=2000
    )
    clipboard.setText("Fenna Zwanenburg")
    qtbot.waitUntil(win.clipboard_timer.isActive, timeout=2000)
    assert win.clipboard_timer.interval() == 30_000
    win.lock()
    assert clipboard.text() == ""
    clipboard.setText("iets van elders")
    win.clear_clipboard()
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
        new.accept()
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
    win.toggle_hold()
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
    win.toggle_hold()
    assert not win.register.incidents.get(incident_id).legal_hold
    win.lock()
