"""First-run wizard and the unlock screen, driven like a user would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.conftest import PASSPHRASE
from tests.gui.press import click
from udens_register.services.register import open_register
from udens_register.ui.setup_wizard import SetupWizard
from udens_register.ui.unlock import UnlockWidget
from udens_register.ui.unlock import failure_delay


def test_setup_wizard_creates_register_only_on_finish(qtbot, gateway) -> None:  # type: ignore[no-untyped-def]
    wizard = SetupWizard(gateway)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentPage() is wizard.intro
    wizard.next()
    page = wizard.passphrase_page
    assert not page.isComplete()
    page.label.setText("Zorgcoördinator — T. Test")  # QTest types ASCII only
    qtbot.keyClicks(page.passphrase, "short")
    qtbot.keyClicks(page.repeat, "short")
    wizard.next()
    assert wizard.currentPage() is page, "a short passphrase is refused"
    assert "12" in page.problem.text()
    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE + "x")
    wizard.next()
    assert wizard.currentPage() is page, "a mismatch is refused"
    page.repeat.setText(PASSPHRASE)
    assert page.meter.value() >= 3
    wizard.next()
    recovery = wizard.recovery_page
    assert wizard.currentPage() is recovery
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled(), "must tick that the recovery key is stored"
    assert not gateway.exists(), "nothing persisted before Finish"
    recovery.stored.setChecked(True)
    assert finish.isEnabled()
    with qtbot.waitSignal(wizard.accepted, timeout=20000):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.created and gateway.exists()
    # Opened with the passphrase typed twice: the main window starts unlocked (issue 24).
    opened = wizard.register
    assert opened is not None and opened.is_open
    assert opened.coordinator.label == "Zorgcoördinator — T. Test"
    opened.close()
    with open_register(gateway.folder, recovery.recovery_key) as register:
        assert register.coordinator.by_recovery_key
    with open_register(gateway.folder, PASSPHRASE) as register:
        assert register.coordinator.label == "Zorgcoördinator — T. Test"


def test_recovery_key_sheet_saves_as_pdf(qtbot, gateway, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    wizard = SetupWizard(gateway)
    qtbot.addWidget(wizard)
    target = tmp_path / "herstelsleutel.pdf"
    wizard.recovery_page.write_pdf(str(target))
    text = PdfReader(target).pages[0].extract_text()
    assert wizard.recovery_page.recovery_key in text.replace(" ", "").replace("\n", "") or (
        wizard.recovery_page.recovery_key.split("-")[0] in text
    )


def test_unlock_wrong_then_right(qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    gateway, _ = filled
    widget = UnlockWidget(gateway.open, str(gateway.folder))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.keyClicks(widget.secret, "not the passphrase")
    qtbot.keyClick(widget.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: widget.message.isVisible(), timeout=10000)
    assert "onjuist" in widget.message.text() or "Wrong" in widget.message.text()
    widget.secret.setText(PASSPHRASE)
    with qtbot.waitSignal(widget.unlocked, timeout=10000) as blocker:
        qtbot.mouseClick(widget.button, Qt.MouseButton.LeftButton)
    register = blocker.args[0]
    assert register.coordinator.label == "Zorgcoördinator — M. de Vries"
    assert widget.secret.text() == ""
    register.close()


def test_unlock_with_recovery_key(qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    gateway, recovery = filled
    widget = UnlockWidget(gateway.open, str(gateway.folder))
    qtbot.addWidget(widget)
    widget.secret.setText(recovery.lower())
    with qtbot.waitSignal(widget.unlocked, timeout=10000) as blocker:
        click(qtbot, widget.button)
    assert blocker.args[0].coordinator.by_recovery_key
    blocker.args[0].close()


def test_repeated_failures_impose_an_increasing_capped_delay(qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    assert [failure_delay(n) for n in range(1, 9)] == [0, 1, 2, 4, 8, 16, 30, 30]
    gateway, _ = filled
    widget = UnlockWidget(gateway.open, str(gateway.folder))
    qtbot.addWidget(widget)
    widget.show()
    for _ in range(2):
        widget.secret.setText("wrong wrong wrong")
        click(qtbot, widget.button)
        qtbot.waitUntil(lambda: not widget.is_busy, timeout=10000)
    assert widget.message.isVisible()
    assert not widget.button.isEnabled(), "second failure: wait before the next try"
    qtbot.keyClick(widget.secret, Qt.Key.Key_Return)  # Enter in the field: the only way left to try
    assert not widget.is_busy, "a try during the wait is ignored"
    qtbot.waitUntil(lambda: widget.button.isEnabled(), timeout=5000)
