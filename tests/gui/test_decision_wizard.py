"""Walk through the decision wizard like a coordinator, and check what was stored."""

from __future__ import annotations

from datetime import UTC
from datetime import date
from datetime import datetime

from PySide6.QtWidgets import QWizard

from tests.conftest import contract_of
from tests.gui.press import ok
from udens_register.domain.decisions import ActionKind
from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import PersonDraft
from udens_register.services.decision_view import LineKey
from udens_register.ui.actions import ActionDialog
from udens_register.ui.actions import ActionsView
from udens_register.ui.decision import DecisionWizard

MONDAY = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)


def _case(reg, persons, category=Category.THREAT_OF_VIOLENCE):  # type: ignore[no-untyped-def]
    involved = []
    for kind, first, last, birth, roles in persons:
        p = reg.persons.create(PersonDraft(kind, first, last, date_of_birth=birth))
        involved.append((p.id, roles))
    incident = reg.incidents.create(
        IncidentDraft(
            title="Casus", category=category, reported_at=date(2026, 3, 13), occurred_at=date(2026, 3, 12)
        ),
        involved,
    )
    return incident, [pid for pid, _ in involved]


def _answer(
    wizard: DecisionWizard, *, violation: bool, threats=(), sexual=False, accusation=False, danger=False
):  # type: ignore[no-untyped-def]
    q = wizard.questions_page
    (q.violation.yes if violation else q.violation.no).setChecked(True)
    for kind in threats:
        q.threats[kind].setChecked(True)
    (q.sexual.yes if sexual else q.sexual.no).setChecked(True)
    (q.accusation.yes if accusation else q.accusation.no).setChecked(True)
    (q.danger.yes if danger else q.danger.no).setChecked(True)
    q.domestic.no.setChecked(True)
    q.images.no.setChecked(True)


def _open(qtbot, reg, incident_id):  # type: ignore[no-untyped-def]
    wizard = DecisionWizard(reg.decisions, incident_id)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentId() == DecisionWizard.PAGE_PERSONS
    wizard.next()
    assert wizard.currentId() == DecisionWizard.PAGE_QUESTIONS
    return wizard


def test_a_pupil_threatens_teacher(qtbot, reg) -> None:  # type: ignore[no-untyped-def]
    incident, (pupil, teacher) = _case(reg, [
        (PersonKind.PUPIL, "Bram", "Kuipers", date(2011, 1, 1), (Role.AUTHOR,)),
        (PersonKind.STAFF, "Ingrid", "Aarts", None, (Role.VICTIM,)),
    ])  # fmt: skip
    wizard = _open(qtbot, reg, incident.id)
    wizard.next()
    assert wizard.currentId() == DecisionWizard.PAGE_QUESTIONS, "unanswered questions block the way"
    assert wizard.questions_page.problem.text()
    _answer(wizard, violation=True, threats=("physical",))
    wizard.next()
    assert wizard.currentId() == DecisionWizard.PAGE_DECISION
    texts = list(wizard.decision_page.deviate)
    assert texts == [
        LineKey(ActionKind.PARENTS, pupil),
        LineKey(ActionKind.POLICE),
        LineKey(ActionKind.GUIDANCE, teacher),
    ]
    assert "4a" in wizard.decision_page.line_text(LineKey(ActionKind.POLICE))
    assert "fysieke" in wizard.decision_page.line_text(
        LineKey(ActionKind.POLICE)
    )  # the protocol's own wording
    assert not reg.decisions.decisions(incident.id), "nothing stored before Finish"
    wizard.next()
    assert wizard.currentId() == DecisionWizard.PAGE_ACTIONS
    assert wizard.actions_page.table.rowCount() == 5  # three lines, two reviews of the guidance
    review = wizard.actions_page.table.item(3, 0).text()
    assert ("Evaluatie" in review or "Review" in review) and "Ingrid Aarts" in review
    with qtbot.waitSignal(wizard.accepted):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    (record,) = reg.decisions.decisions(incident.id)
    assert contract_of(record.view) == {
        "violation": True,
        "parents": [{"person": pupil, "mode": "inform"}],
        "police": {"involve": True, "grounds": ["4a"], "urgent": False},
        "victim_guidance": [teacher],
        "rules": ["3", "4", "5"],
    }
    assert record.deviations == ()
    actions = reg.decisions.actions(incident.id)
    assert [(a.kind, a.due_date, a.responsible) for a in actions] == [
        ("parents", date(2026, 3, 16), "Zorgcoördinator — M. de Vries"),
        ("police", date(2026, 3, 18), "Zorgcoördinator — M. de Vries"),
        ("guidance", date(2026, 3, 23), "Zorgcoördinator — M. de Vries"),
        ("guidance_review", date(2026, 3, 30), "Zorgcoördinator — M. de Vries"),
        ("guidance_review", date(2026, 4, 27), "Zorgcoördinator — M. de Vries"),
    ]


def test_b_adult_pupil_needs_consent(qtbot, reg) -> None:  # type: ignore[no-untyped-def]
    incident, (pupil, teacher) = _case(reg, [
        (PersonKind.PUPIL, "Sem", "Visser", date(2007, 6, 1), (Role.AUTHOR,)),
        (PersonKind.STAFF, "Johan", "Hermans", None, (Role.VICTIM,)),
    ], Category.COMPROMISING_MEDIA)  # fmt: skip
    wizard = _open(qtbot, reg, incident.id)
    assert wizard.persons_page.table.item(0, 3).text() == "18"
    _answer(wizard, violation=True)
    wizard.next()
    assert "consent" in wizard.decision_page.line_text(
        LineKey(ActionKind.PARENTS, pupil)
    ) or "toestemming" in (wizard.decision_page.line_text(LineKey(ActionKind.PARENTS, pupil)))
    wizard.next()
    wizard.actions_page.editors[0][0].setText("Mentor — P. Peters")
    with qtbot.waitSignal(wizard.accepted):
        ok(qtbot, wizard)
    (record,) = reg.decisions.decisions(incident.id)
    assert contract_of(record.view)["parents"] == [{"person": pupil, "mode": "consent"}]
    assert record.persons[0].age == 18
    actions = reg.decisions.actions(incident.id)
    assert [(a.kind, a.responsible) for a in actions if a.kind != "guidance_review"] == [
        ("parents", "Mentor — P. Peters"),
        ("guidance", "Zorgcoördinator — M. de Vries"),
    ]
    del teacher


def test_c_acute_danger_without_rule_4_ground(qtbot, reg) -> None:  # type: ignore[no-untyped-def]
    incident, (pupil,) = _case(reg, [
        (PersonKind.PUPIL, "Lotte", "Smit", date(2012, 4, 4), (Role.VICTIM,)),
    ], Category.OTHER)  # fmt: skip
    wizard = _open(qtbot, reg, incident.id)
    _answer(wizard, violation=False, danger=True)
    wizard.next()
    police = wizard.decision_page.line_text(LineKey(ActionKind.POLICE))
    assert "112" in police
    wizard.next()
    with qtbot.waitSignal(wizard.accepted):
        ok(qtbot, wizard)
    (record,) = reg.decisions.decisions(incident.id)
    decision = contract_of(record.view)
    assert decision["police"] == {"involve": True, "grounds": [], "urgent": True}
    assert decision["parents"] == [] and decision["violation"] is False
    assert decision["rules"] == ["4", "5"]
    actions = reg.decisions.actions(incident.id)
    assert [(a.kind, a.urgent, a.due_date) for a in actions] == [
        ("police", True, date(2026, 3, 16)),
        ("guidance", False, date(2026, 3, 23)),
        ("guidance_review", False, date(2026, 3, 30)),
        ("guidance_review", False, date(2026, 4, 27)),
    ]
    del pupil


def test_d_deviation_with_reason(qtbot, reg) -> None:  # type: ignore[no-untyped-def]
    incident, (author, victim) = _case(reg, [
        (PersonKind.PUPIL, "Daan", "Bos", date(2011, 2, 2), (Role.AUTHOR,)),
        (PersonKind.PUPIL, "Iris", "Vos", date(2012, 3, 3), (Role.VICTIM,)),
    ], Category.INSULT_DEFAMATION)  # fmt: skip
    wizard = _open(qtbot, reg, incident.id)
    _answer(wizard, violation=True)
    wizard.next()
    check, reason = wizard.decision_page.deviate[LineKey(ActionKind.PARENTS, victim)]
    check.setChecked(True)
    reason.setText("kort")
    wizard.next()
    assert wizard.currentId() == DecisionWizard.PAGE_DECISION, "a deviation needs a real reason"
    assert wizard.decision_page.problem.text()
    reason.setText("Informeren van de ouders brengt de leerling in gevaar (signalen huiselijk geweld).")
    wizard.next()
    assert wizard.actions_page.table.rowCount() == 4  # parents, guidance, its two reviews
    with qtbot.waitSignal(wizard.accepted):
        ok(qtbot, wizard)
    (record,) = reg.decisions.decisions(incident.id)
    assert [(d.item, d.reason) for d in record.deviations] == [
        (
            LineKey(ActionKind.PARENTS, victim),
            "Informeren van de ouders brengt de leerling in gevaar (signalen huiselijk geweld).",
        )
    ]
    assert contract_of(record.view)["parents"] == [
        {"person": author, "mode": "inform"},
        {"person": victim, "mode": "inform"},
    ], "the decision keeps what the protocol asked; the deviation is recorded beside it"
    actions = reg.decisions.actions(incident.id)
    assert [(a.kind, a.person_name) for a in actions] == [
        ("parents", "Daan Bos"),
        ("guidance", "Iris Vos"),
        ("guidance_review", "Iris Vos"),
        ("guidance_review", "Iris Vos"),
    ]


def test_no_persons_no_actions_page(qtbot, reg) -> None:  # type: ignore[no-untyped-def]
    incident, _ = _case(reg, [])
    wizard = _open(qtbot, reg, incident.id)
    _answer(wizard, violation=True)
    wizard.next()
    assert wizard.decision_page.nextId() == -1
    with qtbot.waitSignal(wizard.accepted):
        ok(qtbot, wizard)
    assert reg.decisions.decisions(incident.id)[0].view.rules == ()


def test_actions_view_and_dialog(qtbot, reg) -> None:  # type: ignore[no-untyped-def]
    incident, _ = _case(reg, [(PersonKind.PUPIL, "Noor", "Meijer", date(2012, 1, 1), (Role.VICTIM,))])
    wizard = _open(qtbot, reg, incident.id)
    _answer(wizard, violation=True)
    wizard.next()
    wizard.next()
    ok(qtbot, wizard)
    view = ActionsView(reg.decisions, date(2026, 3, 30))
    qtbot.addWidget(view)
    assert view.table.rowCount() == 4  # parents, guidance and the guidance's two reviews
    dialog = ActionDialog(reg.decisions, view.rows[0], date(2026, 3, 30))
    qtbot.addWidget(dialog)
    dialog.status.setCurrentIndex(dialog.status.findData("done"))
    ok(qtbot, dialog)
    assert dialog.updated is None and dialog.problem.text(), "done needs the outcome fields"
    dialog.fields["contacted"].setText("vader")
    dialog.fields["how"].setCurrentIndex(dialog.fields["how"].findData("phone"))
    dialog.fields["when"].known.setChecked(True)
    ok(qtbot, dialog)
    assert dialog.updated is not None and dialog.updated.status == "done"
    assert dialog.updated.outcome["how"] == "phone"
    view.refresh()
    assert view.table.rowCount() == 3
