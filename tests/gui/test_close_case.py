"""*Zaak afsluiten* with open actions: the dialog names them (what, who, by when) and the typed
reason survives the refusal (issue 14 point 4)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.gui.press import ok
from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import PersonDraft
from udens_register.services.dto import Answers
from udens_register.ui import guard
from udens_register.ui.case_close import CloseCaseDialog
from udens_register.ui.i18n import fmt_date

REASON = "Ouders geïnformeerd, bericht is verwijderd, begeleiding loopt via de mentor."


@pytest.fixture
def case(reg):  # type: ignore[no-untyped-def]
    """A threat with a decision: open actions for parents, police and guidance."""
    pupil = reg.persons.create(
        PersonDraft(PersonKind.PUPIL, "Bram", "Kuipers", date_of_birth=date(2011, 1, 1))
    )
    victim = reg.persons.create(
        PersonDraft(PersonKind.PUPIL, "Sem", "Visser", date_of_birth=date(2011, 6, 1))
    )
    incident = reg.incidents.create(
        IncidentDraft(title="Dreiging", category=Category.THREAT_OF_VIOLENCE, reported_at=date(2026, 3, 13)),
        [(pupil.id, (Role.AUTHOR,)), (victim.id, (Role.VICTIM,))],
    )
    answers = Answers(protocol_violation=True, threat_of_violence=("physical",))
    view = reg.decisions.preview(reg.decisions.prepare(incident.id), answers)
    reg.decisions.record(incident.id, answers, [], reg.decisions.planned_actions(view, []))
    return incident


def _dialog(qtbot, reg, case, **kwargs) -> CloseCaseDialog:  # type: ignore[no-untyped-def]
    dialog = CloseCaseDialog(reg.incidents, reg.decisions, case.id, drafts=reg.drafts, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_open_actions_are_named_and_the_reason_is_kept_when_closing_is_refused(
    qtbot, reg, case, dutch
) -> None:  # type: ignore[no-untyped-def]
    open_actions = reg.decisions.actions(case.id, open_only=True)
    assert len(open_actions) >= 3
    dialog = _dialog(qtbot, reg, case)
    listed = dialog.open_actions.text()
    assert dialog.open_area.isVisibleTo(dialog)
    for action in open_actions:
        assert action.responsible in listed and fmt_date(action.due_date) in listed
        if action.person_name:
            assert action.person_name in listed
    assert "Ouders" in listed and "Politie" in listed, "what each action is, in words"
    dialog.reason.setPlainText(REASON)
    ok(qtbot, dialog)
    assert dialog.isVisible() and not dialog.closed, "refused: the dialog stays open"
    assert dialog.reason.toPlainText() == REASON, "the typed reason is kept"
    assert f"{len(open_actions)} acties staan nog open" in dialog.problem.label.text()
    assert reg.incidents.get(case.id).status != "closed"


def test_after_the_actions_are_done_the_same_reason_closes_the_case(qtbot, reg, case) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, reg, case)
    dialog.reason.setPlainText(REASON)
    ok(qtbot, dialog)
    assert not dialog.closed
    for action in reg.decisions.actions(case.id, open_only=True):
        reg.decisions.update_action(action.id, status="not_needed", reason="Door de ouders zelf geregeld")
    ok(qtbot, dialog)
    assert dialog.closed and not dialog.isVisible()
    detail = reg.incidents.get(case.id)
    assert detail.status == "closed" and detail.closing_rationale == REASON


def test_cancelling_keeps_the_reason_as_a_draft_for_next_time(qtbot, reg, case, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, reg, case)
    dialog.reason.setPlainText(REASON)
    ok(qtbot, dialog)  # refused: actions open
    asked: list[bool] = []
    monkeypatch.setattr(
        guard, "ask_discard", lambda _p, with_draft: asked.append(with_draft) or guard.KEEP_DRAFT
    )
    dialog.reject()  # the coordinator goes to finish the actions first
    assert asked == [True] and not dialog.isVisible()
    monkeypatch.setattr(guard, "ask_restore", lambda _p, _draft: guard.USE)
    again = _dialog(qtbot, reg, case)
    assert again.reason.toPlainText() == REASON, "offered again when the case is closed later"


def test_no_reason_is_refused_inline_and_the_error_goes_when_typing(qtbot, reg, case) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, reg, case)
    ok(qtbot, dialog)
    assert dialog.problem.label.text() and dialog.isVisible()
    dialog.reason.setPlainText("A")
    assert dialog.problem.label.text() == ""


def test_a_case_without_open_actions_shows_no_list(qtbot, reg) -> None:  # type: ignore[no-untyped-def]
    incident = reg.incidents.create(
        IncidentDraft(title="Klein", category=Category.PROFANE_LANGUAGE, reported_at=date(2026, 3, 13))
    )
    dialog = _dialog(qtbot, reg, incident)
    assert not dialog.open_area.isVisibleTo(dialog)
    dialog.reason.setPlainText("Gesprek gevoerd, opgelost.")
    ok(qtbot, dialog)
    assert dialog.closed and reg.incidents.get(incident.id).status == "closed"
