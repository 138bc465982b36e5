"""DecisionService against repositories in memory: a decision and its actions recorded with their
events, deviations, progress and corrections of actions, the overdue count and the closing guard.
On a real register file: tests/integration/test_decisions.py."""

from __future__ import annotations

from datetime import UTC
from datetime import date
from datetime import datetime

import pytest

from tests.unit.services.fakes import FakeUnitOfWork
from udens_register.domain.decisions import ActionKind
from udens_register.domain.decisions import DuePolicy
from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.enums import Status
from udens_register.domain.errors import ValidationError
from udens_register.domain.events import EventKind
from udens_register.domain.model import IncidentDraft
from udens_register.services.decisions import DecisionService
from udens_register.services.dto import ActionView
from udens_register.services.dto import Answers
from udens_register.services.dto import Deviation
from udens_register.services.dto import LineKey
from udens_register.services.incidents import IncidentService
from udens_register.storage.models import Evidence
from udens_register.storage.models import Guardianship
from udens_register.storage.models import Person

MONDAY = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)
THREAT = Answers(protocol_violation=True, threat_of_violence=("physical",))


def _threat_case(clock: datetime = MONDAY) -> tuple[FakeUnitOfWork, DecisionService, IncidentService, int]:
    fake = FakeUnitOfWork()
    fake.persons.add(Person(kind=PersonKind.PUPIL.value, first_name="Bram", infix="", last_name="Kuipers",
                            date_of_birth=date(2011, 1, 1)))  # fmt: skip
    fake.persons.add(
        Person(kind=PersonKind.STAFF.value, first_name="Ingrid", infix="van", last_name="Leeuwen")
    )
    fake.persons.add(Person(kind=PersonKind.PARENT.value, first_name="Anja", infix="", last_name="Kuipers",
                            phone="06-12345678"))  # fmt: skip
    fake.persons.guardianships.append(Guardianship(parent_id=3, child_id=1, relation="mother"))
    incidents = IncidentService(fake, 5, lambda: clock)
    case = incidents.create(
        IncidentDraft(
            "Dreigbericht aan docent", Category.THREAT_OF_VIOLENCE, date(2026, 3, 13), date(2026, 3, 12)
        ),
        [(1, (Role.AUTHOR,)), (2, (Role.VICTIM,))],
    )
    return fake, DecisionService(fake, 5, "M. de Vries", lambda: clock, DuePolicy()), incidents, case.id


def _record(decisions: DecisionService, incident_id: int, answers: Answers = THREAT) -> None:
    prepared = decisions.prepare(incident_id)
    decisions.record(
        incident_id, answers, [], decisions.planned_actions(decisions.preview(prepared, answers), [])
    )


def test_a_decision_records_its_actions_and_events_and_puts_the_case_in_progress() -> None:
    fake, decisions, incidents, case = _threat_case()
    prepared = decisions.prepare(case)
    assert [(p.kind, p.roles, p.age) for p in prepared.persons] == [
        ("pupil", ("author",), 15),
        ("staff", ("victim",), None),
    ]
    assert {k: [c.name for c in v] for k, v in prepared.contacts.items()} == {1: ["Anja Kuipers"]}
    _record(decisions, case)
    [record] = decisions.decisions(case)
    assert record.answers.threat_of_violence == ("physical",)
    actions = decisions.actions(case)
    assert [(a.kind, a.person_name, a.due_date) for a in actions] == [
        ("parents", "Bram Kuipers", date(2026, 3, 16)),
        ("police", "", date(2026, 3, 18)),
        ("guidance", "Ingrid van Leeuwen", date(2026, 3, 23)),
        ("guidance_review", "Ingrid van Leeuwen", date(2026, 3, 30)),
        ("guidance_review", "Ingrid van Leeuwen", date(2026, 4, 27)),
    ]
    assert [c.phone for c in actions[0].contacts] == ["06-12345678"]  # whom to call for the parents' action
    recorded = [
        e for e in fake.events.committed if e.incident_id == case and e.kind is not EventKind.PERSON_INVOLVED
    ]
    assert [e.kind.value for e in recorded] == [
        "incident_created",
        "decision_recorded",
        *["action_created"] * 5,
    ]
    assert recorded[1].detail["rules"] == ["3", "4", "5"]
    assert incidents.get(case).status == Status.IN_PROGRESS


def test_a_deviation_needs_a_reason_and_the_actions_must_match() -> None:
    fake, decisions, _, case = _threat_case()
    prepared = decisions.prepare(case)
    answers = Answers(protocol_violation=True)
    outcome = decisions.preview(prepared, answers)
    item = LineKey(ActionKind.PARENTS, 1)
    with pytest.raises(ValidationError):
        decisions.record(case, answers, [Deviation(item, "  ")], [])
    deviation = Deviation(item, "Ouders informeren brengt de leerling in gevaar (huiselijk geweld).")
    with pytest.raises(ValidationError):
        decisions.record(case, answers, [deviation], decisions.planned_actions(outcome, []))
    assert decisions.decisions(case) == [] and len(fake.actions.rows) == 0
    record = decisions.record(case, answers, [deviation], decisions.planned_actions(outcome, [deviation]))
    assert record.deviations == (deviation,)
    assert [a.kind for a in decisions.actions(case)] == ["guidance", *["guidance_review"] * 2]


def test_the_images_signal_waits_for_the_stored_files_and_then_flags_the_case() -> None:
    fake, decisions, incidents, case = _threat_case()
    answers = Answers(protocol_violation=True, sexual_images_of_minor=True)
    fake.incidents.files[case] = [Evidence(id=1, incident_id=case, kind="file")]
    with pytest.raises(ValidationError) as raised:
        _record(decisions, case, answers)
    assert raised.value.field == "evidence"
    fake.incidents.files[case] = []
    _record(decisions, case, answers)
    assert incidents.get(case).sexual_images_minor
    assert EventKind.ROUTE_OPENED in [e.kind for e in fake.events.committed]


def test_actions_progress_corrections_and_closing() -> None:
    fake, decisions, incidents, case = _threat_case()
    _record(decisions, case)
    parents, police, guidance, *reviews = decisions.actions(case)
    with pytest.raises(ValidationError) as how:
        decisions.update_action(parents.id, status="done", outcome={"contacted": "moeder"})
    assert how.value.field == "how"
    with pytest.raises(ValidationError):
        decisions.update_action(police.id, status="not_needed", reason="")
    with pytest.raises(ValidationError):
        incidents.set_status(case, Status.CLOSED, "Klaar.")
    decisions.update_action(parents.id, status="done", outcome={"contacted": "moeder", "how": "phone",
                            "when": "2026-03-16", "reaction": "geschrokken, werkt mee"})  # fmt: skip
    with pytest.raises(ValidationError) as correction:
        decisions.update_action(police.id, status="open", responsible="J. Jansen")
    assert correction.value.field == "change_reason"
    moved = decisions.update_action(
        police.id, status="open", responsible="J. Jansen", change_reason="vervanging"
    )
    assert moved.responsible == "J. Jansen"
    assert fake.events.committed[-1].detail["changes"] == {"responsible": ["M. de Vries", "J. Jansen"]}
    decisions.update_action(police.id, status="done", outcome={"date": "2026-03-17", "station": "Uden",
                            "registration_number": "PL0500-2026123456", "report_type": "report"})  # fmt: skip
    for action in (guidance, *reviews):
        done = decisions.update_action(
            action.id, status="not_needed", reason="Begeleiding via de arbodienst."
        )
        assert done.status == "not_needed" and not done.overdue
    assert incidents.set_status(case, Status.CLOSED, "Alle acties afgerond.").status == "closed"
    assert [e.kind for e in fake.events.committed].count(EventKind.ACTION_UPDATED) == 6


def test_overdue_actions_and_the_views_of_the_list() -> None:
    fake, decisions, _, case = _threat_case()
    _record(decisions, case, Answers(protocol_violation=True))
    assert decisions.overdue_count() == 0
    friday = datetime(2026, 3, 20, 9, 0, tzinfo=UTC)
    later = DecisionService(fake, 5, "M. de Vries", lambda: friday, DuePolicy())
    assert later.overdue_count() == 1  # the parents were due on Monday
    assert [a.overdue for a in later.actions(open_only=True)] == [True, False, False, False]
    assert [a.kind for a in later.actions(view=ActionView(overdue=True))] == ["parents"]
    assert later.actions(view=ActionView(responsible="niemand")) == []
