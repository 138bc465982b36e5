"""Forms that guide (issue 14 point 4): no default category, inline errors that name their field
and go as soon as it is fixed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.gui.press import ok
from udens_register.domain.enums import Category
from udens_register.domain.errors import ValidationError
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import IncidentFilter
from udens_register.ui.incident_form import IncidentForm
from udens_register.ui.incident_form import PersonDialog

TODAY = date(2026, 3, 16)


def _form(qtbot, reg) -> IncidentForm:  # type: ignore[no-untyped-def]
    form = IncidentForm(reg.incidents, reg.persons, TODAY)
    qtbot.addWidget(form)
    form.show()
    return form


def test_the_category_starts_empty_and_saving_without_one_is_refused(qtbot, reg, dutch) -> None:  # type: ignore[no-untyped-def]
    form = _form(qtbot, reg)
    assert form.category.currentIndex() == -1 and form.category.currentData() is None
    assert form.category.placeholderText() == "— kies een categorie —"
    qtbot.keyClicks(form.title, "Nepaccount met schoolfoto")
    form.images.no.setChecked(True)
    ok(qtbot, form)
    assert form.created is None and form.isVisible()
    assert form.errors["category"].isVisible()
    assert "categorie" in form.errors["category"].text()
    assert form.focusWidget() is form.category, "the error points at its field"
    assert reg.incidents.page(IncidentFilter()).rows == (), "nothing was saved"
    form.category.setCurrentIndex(form.category.findData(Category.PRIVACY_VIOLATION.value))
    assert not form.errors["category"].isVisible(), "cleared as soon as a category is chosen"
    ok(qtbot, form)
    assert form.created is not None and form.created.category == "privacy_violation"


def test_the_platform_starts_empty_and_an_overlooked_one_is_not_saved_as_whatsapp(qtbot, reg, dutch) -> None:  # type: ignore[no-untyped-def]
    form = _form(qtbot, reg)
    assert form.platform.currentText() == ""
    assert form.platform.lineEdit().placeholderText().startswith("Kies of typ het platform")
    qtbot.keyClicks(form.title, "Nepaccount met schoolfoto")
    form.category.setCurrentIndex(form.category.findData(Category.PRIVACY_VIOLATION.value))
    form.images.no.setChecked(True)
    ok(qtbot, form)
    assert form.created is not None
    assert reg.incidents.get(form.created.id).platform in ("", None), "nothing chosen, nothing saved"
    again = _form(qtbot, reg)
    again.platform.setCurrentIndex(again.platform.findText("Instagram"))
    qtbot.keyClicks(again.title, "Story met schoolfoto")
    again.category.setCurrentIndex(again.category.findData(Category.PRIVACY_VIOLATION.value))
    again.images.no.setChecked(True)
    ok(qtbot, again)
    assert reg.incidents.get(again.created.id).platform == "Instagram"


def test_the_service_refuses_an_incident_without_a_category(reg) -> None:  # type: ignore[no-untyped-def]
    draft = IncidentDraft(title="Zonder categorie", category="", reported_at=TODAY)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught:
        reg.incidents.create(draft)
    assert caught.value.field == "category"


@pytest.mark.parametrize(
    ("field", "break_it", "fix_it"),
    [
        ("title", lambda f: None, lambda f: f.title.setText("Dreigend bericht")),
        (
            "occurred_at",
            lambda f: (f.occurred_known.setChecked(True), f.reported.setDate(f.reported.date().addDays(-5))),
            lambda f: f.occurred_known.setChecked(False),
        ),
        ("sexual_images_minor", lambda f: None, lambda f: f.images.no.setChecked(True)),
    ],
)
def test_an_inline_error_goes_as_soon_as_its_field_is_fixed(qtbot, reg, field, break_it, fix_it) -> None:  # type: ignore[no-untyped-def]
    form = _form(qtbot, reg)
    form.category.setCurrentIndex(form.category.findData("threat_of_violence"))
    if field != "title":
        form.title.setText("Dreigend bericht")
    if field != "sexual_images_minor":
        form.images.no.setChecked(True)
    break_it(form)
    ok(qtbot, form)
    assert form.created is None
    assert form.errors[field].isVisible() and form.errors[field].text()
    fix_it(form)
    assert not form.errors[field].isVisible(), f"the error about {field} stayed after the fix"


def test_typing_in_the_title_clears_its_error_by_keyboard(qtbot, reg) -> None:  # type: ignore[no-untyped-def]
    form = _form(qtbot, reg)
    qtbot.keyClick(form, Qt.Key.Key_Return)  # Save with nothing filled in
    assert form.errors["title"].isVisible() and form.focusWidget() is form.title
    qtbot.keyClicks(form.title, "D")
    assert not form.errors["title"].isVisible()


def test_the_person_dialog_clears_its_error_when_a_role_is_ticked(qtbot, reg, dutch) -> None:  # type: ignore[no-untyped-def]
    dialog = PersonDialog(reg.persons, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    ok(qtbot, dialog)
    assert dialog.error.isVisible() and "rol" in dialog.error.text()
    dialog.search.setText("zzz")  # another field: the error about roles stays
    assert dialog.error.isVisible()
    next(iter(dialog.role_boxes.values())).setChecked(True)
    assert not dialog.error.isVisible()
    ok(qtbot, dialog)
    assert dialog.error.isVisible() and "persoon" in dialog.error.text()
    dialog.new_box.setChecked(True)
    assert not dialog.error.isVisible()


def _threat_case(reg):  # type: ignore[no-untyped-def]
    from udens_register.domain.enums import PersonKind
    from udens_register.domain.enums import Role
    from udens_register.domain.model import PersonDraft

    pupil = reg.persons.create(
        PersonDraft(PersonKind.PUPIL, "Bram", "Kuipers", date_of_birth=date(2011, 1, 1))
    )
    teacher = reg.persons.create(PersonDraft(PersonKind.STAFF, "Ingrid", "Aarts"))
    return reg.incidents.create(
        IncidentDraft(title="Dreiging", category=Category.THREAT_OF_VIOLENCE, reported_at=date(2026, 3, 13)),
        [(pupil.id, (Role.AUTHOR,)), (teacher.id, (Role.VICTIM,))],
    )


def _wizard(qtbot, reg):  # type: ignore[no-untyped-def]
    from udens_register.ui.decision import DecisionWizard

    wizard = DecisionWizard(reg.decisions, _threat_case(reg).id)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentId() == DecisionWizard.PAGE_QUESTIONS
    return wizard


def test_the_wizard_names_each_unanswered_question_and_marks_it(qtbot, reg, dutch) -> None:  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, reg)
    page = wizard.questions_page
    page.violation.yes.setChecked(True)
    page.domestic.no.setChecked(True)
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_QUESTIONS, "unanswered questions block the way"
    text = page.problem.text()
    words = {answer: question for answer, (question, _frame) in page.frames.items()}
    assert "Beantwoord" in text or "beantwoorden" in text
    for answer in (page.sexual, page.accusation, page.danger):
        assert words[answer] in text, f"not named: {words[answer]}"
        assert "#b00020" in page.frames[answer][1].styleSheet(), "the open question is marked"
    for answer in (page.violation, page.domestic, page.images):  # images: answered at intake
        assert words[answer] not in text and page.frames[answer][1].styleSheet() == ""
    assert wizard.focusWidget() is page.sexual.yes, "focus on the first open question"
    page.sexual.no.setChecked(True)
    assert words[page.sexual] not in page.problem.text(), "answered: no longer named"
    assert page.frames[page.sexual][1].styleSheet() == "", "answered: the mark goes at once"
    assert words[page.danger] in page.problem.text()
    for answer in (page.accusation, page.danger, page.images):
        answer.no.setChecked(True)
    assert page.problem.text() == "", "all answered: the error is gone before Next"
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_DECISION


@pytest.mark.parametrize("at_intake", [False, True])
def test_the_images_question_answered_at_intake_is_not_asked_again(qtbot, reg, at_intake: bool) -> None:  # type: ignore[no-untyped-def]
    from udens_register.ui.decision import DecisionWizard

    incident = _threat_case(reg)
    if at_intake:
        reg.incidents.correct(incident.id, {"sexual_images_minor": True}, "bij de melding: ja")
    wizard = DecisionWizard(reg.decisions, incident.id)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    images = wizard.questions_page.images
    assert images.answered() and images.value() is at_intake
    assert wizard.questions_page.frames[images][0] not in wizard.questions_page.unanswered()
    assert not wizard.is_changed(), "the intake's answer is not new input"


def _on_decision_page(qtbot, reg):  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, reg)
    q = wizard.questions_page
    q.violation.yes.setChecked(True)
    q.threats["physical"].setChecked(True)
    for answer in (q.sexual, q.accusation, q.danger, q.domestic, q.images):
        answer.no.setChecked(True)
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_DECISION
    return wizard


def test_each_deviation_box_has_a_placeholder_that_fits_its_line(qtbot, reg, dutch) -> None:  # type: ignore[no-untyped-def]
    from udens_register.domain.decisions import ActionKind

    wizard = _on_decision_page(qtbot, reg)
    boxes = {key.kind: reason for key, (_check, reason) in wizard.decision_page.deviate.items()}
    assert set(boxes) == {ActionKind.PARENTS, ActionKind.POLICE, ActionKind.GUIDANCE}
    texts = {kind: box.placeholderText() for kind, box in boxes.items()}
    assert len(set(texts.values())) == 3, "not the parents' example everywhere"
    assert "ouders" in texts[ActionKind.PARENTS]
    assert "politie" in texts[ActionKind.POLICE]
    assert "begeleiding" in texts[ActionKind.GUIDANCE]
    assert "politie" in boxes[ActionKind.POLICE].accessibleName().lower()


def test_the_deviation_error_goes_when_the_reason_is_written(qtbot, reg) -> None:  # type: ignore[no-untyped-def]
    wizard = _on_decision_page(qtbot, reg)
    page = wizard.decision_page
    check, reason = next(iter(page.deviate.values()))
    check.setChecked(True)
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_DECISION and page.problem.text()
    reason.setText("Te kort")
    assert page.problem.text(), "still too short: the error stays"
    reason.setText("Ouders zijn al op de hoogte via de mentor")
    assert page.problem.text() == ""


def test_the_reason_dialog_clears_its_refusal_once_the_reason_is_long_enough(qtbot) -> None:  # type: ignore[no-untyped-def]
    from udens_register.ui.dialogs import ReasonDialog

    dialog = ReasonDialog("Verwijderen", "Waarom?")
    qtbot.addWidget(dialog)
    dialog.show()
    ok(qtbot, dialog)
    assert dialog.problem.text()
    qtbot.keyClicks(dialog.reason, "Ve")
    assert dialog.problem.text(), "still too short"
    qtbot.keyClicks(dialog.reason, "rkeerde klas")
    assert dialog.problem.text() == ""
