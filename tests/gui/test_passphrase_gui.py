"""The app's passphrase dialogs keep the same rule as the command line, with a suggestion."""

from __future__ import annotations

from tests.conftest import PASSPHRASE
from tests.gui.press import ok
from udens_register.ui.safety import NewPassphraseDialog
from udens_register.ui.setup_wizard import SetupWizard


def test_setup_wizard_refuses_wachtwoord12_with_four_words(qtbot, gateway) -> None:  # type: ignore[no-untyped-def]
    wizard = SetupWizard(gateway)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.passphrase_page
    page.label.setText("Zorgcoördinator — T. Test")
    qtbot.keyClicks(page.passphrase, "wachtwoord12")
    qtbot.keyClicks(page.repeat, "wachtwoord12")
    wizard.next()
    assert wizard.currentPage() is page, "a weak passphrase is refused"
    assert "te makkelijk te raden" in page.problem.text() or "too easy" in page.problem.text()
    suggestion = page.problem.text().rsplit(" ", 1)[-1]
    assert len(suggestion.split("-")) == 4
    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE)
    wizard.next()
    assert wizard.currentPage() is wizard.recovery_page
    assert not gateway.exists()


def test_add_coordinator_and_change_passphrase_refuse_weak_ones(qtbot) -> None:  # type: ignore[no-untyped-def]
    for with_label in (True, False):
        dialog = NewPassphraseDialog("Nieuw", with_label)
        qtbot.addWidget(dialog)
        dialog.label.setText("Mentor — K. Appel")
        dialog.first.setText("wachtwoord12")
        dialog.second.setText("wachtwoord12")
        ok(qtbot, dialog)
        assert dialog.result() == 0 and "-" in dialog.problem.text()
        dialog.first.setText(PASSPHRASE)
        dialog.second.setText(PASSPHRASE)
        ok(qtbot, dialog)
        assert dialog.result() == 1
