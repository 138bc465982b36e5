"""No silent loss: Escape, Annuleren or closing with changed input asks first; the incident form,
the person dialog and the decision wizard keep drafts inside the encrypted register, offered
again when the same case opens, and kept across a lock (which closes dialogs without asking)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

from tests.conftest import PASSPHRASE
from tests.gui.press import ok
from tests.gui.press import trigger
from tests.gui.press import unlock as press_unlock
from udens_register.services.settings import Settings
from udens_register.ui import guard
from udens_register.ui.dialogs import ReasonDialog
from udens_register.ui.incident_form import IncidentForm
from udens_register.ui.main_window import MainWindow


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Stand-ins for the two questions: each pops its next answer and records that it was asked."""
    script: dict[str, list[str]] = {"discard": [], "restore": [], "asked": []}

    def discard(_parent, with_draft: bool) -> str:  # type: ignore[no-untyped-def]
        script["asked"].append(f"discard(with_draft={with_draft})")
        return script["discard"].pop(0)

    def restore(_parent, draft) -> str:  # type: ignore[no-untyped-def]
        script["asked"].append("restore")
        return script["restore"].pop(0)

    monkeypatch.setattr(guard, "ask_discard", discard)
    monkeypatch.setattr(guard, "ask_restore", restore)
    return script


def _form(qtbot, reg) -> IncidentForm:  # type: ignore[no-untyped-def]
    form = IncidentForm(reg.incidents, reg.persons, date(2026, 3, 16), drafts=reg.drafts)
    qtbot.addWidget(form)
    form.show()
    return form


def test_escape_on_a_filled_incident_form_asks_before_discarding(qtbot, reg, answers) -> None:  # type: ignore[no-untyped-def]
    form = _form(qtbot, reg)
    qtbot.keyClicks(form.title, "Dreigend bericht in de groepsapp")
    answers["discard"] = [guard.GO_ON]
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert answers["asked"] == ["discard(with_draft=True)"]
    assert form.isVisible() and form.title.text() == "Dreigend bericht in de groepsapp"
    answers["discard"] = [guard.DISCARD]
    form.close()  # the window's close button asks too
    assert not form.isVisible()
    assert reg.drafts.load("incident_form", "new") is None, "thrown away on purpose: no draft"


def test_an_untouched_form_closes_without_a_question(qtbot, reg, answers) -> None:  # type: ignore[no-untyped-def]
    form = _form(qtbot, reg)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible() and answers["asked"] == []


def test_a_kept_draft_is_offered_again_with_its_persons(qtbot, reg, answers) -> None:  # type: ignore[no-untyped-def]
    from udens_register.domain.enums import PersonKind
    from udens_register.domain.enums import Role
    from udens_register.domain.model import PersonDraft

    pupil = reg.persons.create(PersonDraft(PersonKind.PUPIL, "Fenna", "Zwanenburg", class_name="2H1"))
    form = _form(qtbot, reg)
    form.title.setText("Foto doorgestuurd")
    form.description.setPlainText("De foto ging 's avonds rond in 2H1.")
    form.add_involvement(pupil, (Role.VICTIM,))
    form.category.setCurrentIndex(form.category.findData("online_bullying"))
    form.images.no.setChecked(True)
    answers["discard"] = [guard.KEEP_DRAFT]
    form.reject()
    assert not form.isVisible()
    answers["restore"] = [guard.USE]
    again = _form(qtbot, reg)
    assert answers["asked"][-1] == "restore"
    assert again.title.text() == "Foto doorgestuurd"
    assert again.description.toPlainText() == "De foto ging 's avonds rond in 2H1."
    assert [(p.id, r) for p, r in again.involved] == [(pupil.id, (Role.VICTIM,))]
    assert again.images.no.isChecked()
    assert again.category.currentData() == "online_bullying"
    ok(qtbot, again)
    assert again.created is not None
    assert reg.drafts.load("incident_form", "new") is None, "saved: the draft is gone"


def test_other_editing_dialogs_ask_too(qtbot, answers) -> None:  # type: ignore[no-untyped-def]
    dialog = ReasonDialog("Reden", "Waarom?")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.reason, "Verkeerde klas")
    answers["discard"] = [guard.GO_ON]
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)
    assert dialog.isVisible() and answers["asked"] == ["discard(with_draft=False)"]


def test_a_wizard_draft_survives_a_lock_and_is_offered_again(qtbot, filled, answers) -> None:  # type: ignore[no-untyped-def]
    gateway, _ = filled
    window = MainWindow(gateway, Settings(idle_lock_minutes=5))
    qtbot.addWidget(window)
    window.show()

    def unlock() -> None:
        press_unlock(qtbot, window, PASSPHRASE)
        qtbot.waitUntil(lambda: window.incident_list.model.rowCount() > 0, timeout=15000)
        window.incident_list.table.selectRow(0)
        qtbot.waitUntil(lambda: window.current_incident_id() is not None, timeout=5000)

    unlock()
    case = window.current_incident_id()
    seen: dict[str, object] = {}

    def answer_then_lock() -> None:
        wizard = next(d for d in window.findChildren(QDialog) if d.isVisible())
        wizard.next()
        page = wizard.questions_page
        page.violation.yes.setChecked(True)
        page.threats["physical"].setChecked(True)
        for widget in (page.sexual, page.accusation, page.danger, page.domestic, page.images):
            widget.no.setChecked(True)
        wizard.next()  # on to the decision page
        seen["page"] = wizard.currentId()
        trigger(window, "lock_action")  # as Ctrl+L or the idle timer do, in the middle of the wizard

    QTimer.singleShot(100, window, answer_then_lock)
    trigger(window, "decide_action")  # returns when the lock closed the wizard
    assert window.register is None and answers["asked"] == [], "the lock asks nothing"
    unlock()
    assert window.current_incident_id() == case
    answers["restore"] = [guard.USE]

    def look() -> None:
        wizard = next(d for d in window.findChildren(QDialog) if d.isVisible())
        page = wizard.questions_page
        seen["answers"] = page.answers()
        seen["back_on"] = wizard.currentId()
        answers["discard"] = [guard.KEEP_DRAFT]
        wizard.reject()

    QTimer.singleShot(100, window, look)
    trigger(window, "decide_action")
    assert answers["asked"][0] == "restore"
    assert seen["back_on"] == seen["page"]
    restored = seen["answers"]
    assert restored.protocol_violation and restored.threat_of_violence == ("physical",)  # type: ignore[attr-defined]
    assert window.register is not None
    assert window.register.drafts.load("decision_wizard", str(case)) is not None
    trigger(window, "lock_action")


def test_only_turning_a_wizard_page_is_not_input(qtbot, filled, answers) -> None:  # type: ignore[no-untyped-def]
    """Volgende without answering, then Escape: nothing was typed or chosen, so no question."""
    gateway, _ = filled
    window = MainWindow(gateway, Settings(idle_lock_minutes=5))
    qtbot.addWidget(window)
    window.show()
    press_unlock(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.incident_list.model.rowCount() > 0, timeout=15000)
    window.incident_list.table.selectRow(0)
    qtbot.waitUntil(lambda: window.current_incident_id() is not None, timeout=5000)
    seen: dict[str, object] = {}

    def turn_then_escape() -> None:
        wizard = next(d for d in window.findChildren(QDialog) if d.isVisible())
        wizard.next()
        seen["page"] = wizard.currentId()
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
        seen["open"] = wizard.isVisible()

    QTimer.singleShot(100, window, turn_then_escape)
    trigger(window, "decide_action")
    assert seen["page"] != 0 and seen["open"] is False
    assert answers["asked"] == []
    trigger(window, "lock_action")
