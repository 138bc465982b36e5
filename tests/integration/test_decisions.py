"""Decisions and follow-up actions on a real register."""

from __future__ import annotations

import json
from datetime import UTC
from datetime import date
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from tests.conftest import contract_of
from udens_register.domain.decisions import ActionKind
from udens_register.domain.decisions import Route
from udens_register.domain.decisions import add_school_days
from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.enums import Status
from udens_register.domain.errors import ValidationError
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import IncidentFilter
from udens_register.domain.model import PersonDraft
from udens_register.services.dto import Answers
from udens_register.services.dto import Deviation
from udens_register.services.dto import LineKey
from udens_register.services.register import create_register
from udens_register.services.register import open_register
from udens_register.storage import migrate
from udens_register.storage.engine import make_engine

MONDAY = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)


def _threat_case(reg, *, pupil_birth: date = date(2011, 1, 1)):  # type: ignore[no-untyped-def]
    pupil = reg.persons.create(PersonDraft(PersonKind.PUPIL, "Bram", "Kuipers", date_of_birth=pupil_birth))
    teacher = reg.persons.create(PersonDraft(PersonKind.STAFF, "Ingrid", "Leeuwen", infix="van"))
    incident = reg.incidents.create(
        IncidentDraft(title="Dreigbericht aan docent", category=Category.THREAT_OF_VIOLENCE,
                      reported_at=date(2026, 3, 13), occurred_at=date(2026, 3, 12))
        , [(pupil.id, (Role.AUTHOR,)), (teacher.id, (Role.VICTIM,))],
    )  # fmt: skip
    return incident, pupil, teacher


@pytest.mark.slow
def test_record_decision_creates_record_and_actions(reg) -> None:  # type: ignore[no-untyped-def]
    incident, pupil, teacher = _threat_case(reg)
    prepared = reg.decisions.prepare(incident.id)
    assert [(p.kind, p.roles, p.age) for p in prepared.persons] == [
        ("pupil", ("author",), 15),
        ("staff", ("victim",), None),
    ]
    answers = Answers(protocol_violation=True, threat_of_violence=("physical",))
    outcome = reg.decisions.preview(prepared, answers)
    assert contract_of(outcome)["rules"] == ["3", "4", "5"]
    assert [i.key for i in outcome.lines] == [
        LineKey(ActionKind.PARENTS, pupil.id),
        LineKey(ActionKind.POLICE),
        LineKey(ActionKind.GUIDANCE, teacher.id),
    ]
    plans = reg.decisions.planned_actions(outcome, [])
    assert [(p.kind, p.due_date) for p in plans] == [
        ("parents", date(2026, 3, 16)),
        ("police", date(2026, 3, 18)),
        ("guidance", date(2026, 3, 23)),
        ("guidance_review", date(2026, 3, 30)),  # reviews of the guidance after 2 and 6 weeks
        ("guidance_review", date(2026, 4, 27)),
    ]
    record = reg.decisions.record(incident.id, answers, [], plans)
    assert contract_of(record.view)["police"]["grounds"] == ["4a"]  # type: ignore[index]
    assert record.answers.threat_of_violence == ("physical",)
    assert record.coordinator == "Zorgcoördinator — M. de Vries"
    assert "Social Media Protocol" in record.protocol_version
    actions = reg.decisions.actions(incident.id)
    assert [(a.kind, a.person_name, a.status) for a in actions] == [
        ("parents", "Bram Kuipers", "open"),
        ("police", "", "open"),
        ("guidance", "Ingrid van Leeuwen", "open"),
        ("guidance_review", "Ingrid van Leeuwen", "open"),
        ("guidance_review", "Ingrid van Leeuwen", "open"),
    ]
    detail = reg.incidents.get(incident.id)
    assert detail.status == "in_progress"
    assert "decision_recorded" in [e.kind for e in detail.events]
    assert reg.incidents.page(IncidentFilter()).rows[0].open_actions == 5


def test_running_again_keeps_history(reg) -> None:  # type: ignore[no-untyped-def]
    incident, _, _ = _threat_case(reg)
    prepared = reg.decisions.prepare(incident.id)
    first = Answers(protocol_violation=True)
    reg.decisions.record(
        incident.id, first, [], reg.decisions.planned_actions(reg.decisions.preview(prepared, first), [])
    )
    second = Answers(protocol_violation=True, sexual_intimidation=True)
    reg.decisions.record(
        incident.id, second, [], reg.decisions.planned_actions(reg.decisions.preview(prepared, second), [])
    )
    history = reg.decisions.decisions(incident.id)
    assert [contract_of(d.view)["rules"] for d in history] == [["3", "5"], ["3", "4", "5"]]


def test_deviation_needs_a_reason_and_is_recorded(reg) -> None:  # type: ignore[no-untyped-def]
    incident, pupil, _ = _threat_case(reg)
    prepared = reg.decisions.prepare(incident.id)
    answers = Answers(protocol_violation=True)
    outcome = reg.decisions.preview(prepared, answers)
    item = LineKey(ActionKind.PARENTS, pupil.id)
    with pytest.raises(ValidationError):
        reg.decisions.record(incident.id, answers, [Deviation(item, "  ")], [])
    deviation = Deviation(item, "Ouders informeren brengt de leerling in gevaar (huiselijk geweld).")
    plans = reg.decisions.planned_actions(outcome, [deviation])
    assert item not in [p.item for p in plans]
    with pytest.raises(ValidationError):  # actions must match the decision minus deviations
        reg.decisions.record(incident.id, answers, [deviation], reg.decisions.planned_actions(outcome, []))
    record = reg.decisions.record(incident.id, answers, [deviation], plans)
    assert record.deviations == (Deviation(item, deviation.reason),)
    assert [a.kind for a in reg.decisions.actions(incident.id)] == ["guidance", *["guidance_review"] * 2]


def test_age_is_taken_on_the_incident_date(reg) -> None:  # type: ignore[no-untyped-def]
    incident, _pupil, _ = _threat_case(reg, pupil_birth=date(2008, 3, 12))  # 18 on the day it happened
    prepared = reg.decisions.prepare(incident.id)
    assert prepared.persons[0].age == 18
    outcome = reg.decisions.preview(prepared, Answers(protocol_violation=True))
    assert outcome.lines[0].mode == "consent"


def test_board_route_for_staff_suspected_of_sexual_offence(reg) -> None:  # type: ignore[no-untyped-def]
    pupil = reg.persons.create(PersonDraft(PersonKind.PUPIL, "Noor", "Bos", date_of_birth=date(2012, 2, 2)))
    teacher = reg.persons.create(PersonDraft(PersonKind.STAFF, "Henk", "Smit"))
    incident = reg.incidents.create(
        IncidentDraft(title="Berichten docent aan leerling", category=Category.SEXUAL_INTIMIDATION,
                      reported_at=date(2026, 3, 13)),
        [(teacher.id, (Role.AUTHOR,)), (pupil.id, (Role.VICTIM,))],
    )  # fmt: skip
    prepared = reg.decisions.prepare(incident.id)
    outcome = reg.decisions.preview(
        prepared, Answers(protocol_violation=True, sexual_intimidation=True, sexual_images_of_minor=True)
    )
    assert outcome.routes == (Route.BOARD_INSPECTOR, Route.SEXUAL_IMAGES)
    assert outcome.routes == ("board_inspector", "sexual_images")


def test_actions_progress_and_closing(reg) -> None:  # type: ignore[no-untyped-def]
    incident, _, _ = _threat_case(reg)
    prepared = reg.decisions.prepare(incident.id)
    answers = Answers(protocol_violation=True, threat_of_violence=("physical",))
    reg.decisions.record(
        incident.id, answers, [], reg.decisions.planned_actions(reg.decisions.preview(prepared, answers), [])
    )
    parents, police, guidance, *reviews = reg.decisions.actions(incident.id)
    with pytest.raises(ValidationError) as info:
        reg.decisions.update_action(parents.id, status="done", outcome={"contacted": "moeder"})
    assert info.value.field == "how"
    with pytest.raises(ValidationError):
        reg.decisions.update_action(police.id, status="not_needed", reason="")
    with pytest.raises(ValidationError):
        reg.incidents.set_status(incident.id, Status.CLOSED, "Klaar.")
    reg.decisions.update_action(parents.id, status="done", outcome={"contacted": "moeder", "how": "phone",
                                "when": "2026-03-16", "reaction": "geschrokken, werkt mee"})  # fmt: skip
    reg.decisions.update_action(police.id, status="done", outcome={"date": "2026-03-17", "station": "Uden",
                                "registration_number": "PL0500-2026123456", "report_type": "report"})  # fmt: skip
    updated = reg.decisions.update_action(
        guidance.id, status="not_needed", reason="Docent krijgt begeleiding via de arbodienst."
    )
    assert updated.status == "not_needed" and not updated.overdue
    for review in reviews:
        reg.decisions.update_action(review.id, status="not_needed", reason="Geen begeleiding door school.")
    closed = reg.incidents.set_status(incident.id, Status.CLOSED, "Alle acties afgerond.")
    assert closed.status == "closed"
    doc = json.loads(reg.export_json())
    case = doc["incidents"][0]
    assert case["decisions"][0]["decision"]["rules"] == ["3", "4", "5"]
    assert {a["status"] for a in case["actions"]} == {"done", "not_needed"}
    assert case["actions"][1]["outcome"]["registration_number"] == "PL0500-2026123456"
    assert "action_updated" in [e["kind"] for e in case["timeline"]]


@pytest.mark.slow
def test_overdue_count(tmp_path: Path) -> None:
    folder = tmp_path / "R"
    create_register(folder, PASSPHRASE, "Zorg", kdf_seconds=FAST_KDF)
    with open_register(folder, PASSPHRASE, clock=lambda: MONDAY) as reg:
        incident, _, _ = _threat_case(reg)
        prepared = reg.decisions.prepare(incident.id)
        answers = Answers(protocol_violation=True)
        reg.decisions.record(
            incident.id,
            answers,
            [],
            reg.decisions.planned_actions(reg.decisions.preview(prepared, answers), []),
        )
        assert reg.decisions.overdue_count() == 0
    later = datetime(2026, 3, 20, 9, 0, tzinfo=UTC)
    with open_register(folder, PASSPHRASE, clock=lambda: later) as reg:
        assert reg.decisions.overdue_count() == 1  # parents due on Monday
        assert [a.overdue for a in reg.decisions.actions(open_only=True)] == [True, False, False, False]


def test_school_days() -> None:
    friday = date(2026, 3, 20)
    assert add_school_days(friday, 0) == friday
    assert add_school_days(friday, 1) == date(2026, 3, 23)
    assert add_school_days(date(2026, 3, 21), 0) == date(2026, 3, 23)  # Saturday -> Monday
    assert add_school_days(friday, 5) == date(2026, 3, 27)


def test_upgrade_from_0001_keeps_data_and_makes_a_safety_copy(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    key = bytes(range(32))
    migrate.upgrade(db, key, target="0001", create=True)
    engine = make_engine(db, key)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO incidents (case_year, case_seq, case_number, reported_at, platform, category, title,"
            " description, status, closing_rationale, created_at, updated_at) VALUES (2026, 1, '2026-0001',"
            " '2026-01-05', '', 'other', 'Bewaard', '', 'open', '', '2026-01-05 10:00:00', '2026-01-05 10:00:00')"
        )
    engine.dispose()
    copy = migrate.upgrade(db, key)
    assert copy is not None and copy.exists()
    assert migrate.current_revision(db, key) == migrate.head_revision()
    assert migrate.current_revision(copy, key) == "0001"
    engine = make_engine(db, key)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT title FROM incidents").scalar_one() == "Bewaard"
        assert conn.exec_driver_sql("SELECT count(*) FROM actions").scalar_one() == 0
    engine.dispose()


def test_changing_recorded_action_values_needs_a_reason(reg) -> None:  # type: ignore[no-untyped-def]
    incident, _, _ = _threat_case(reg)
    prepared = reg.decisions.prepare(incident.id)
    answers = Answers(protocol_violation=True)
    reg.decisions.record(
        incident.id, answers, [], reg.decisions.planned_actions(reg.decisions.preview(prepared, answers), [])
    )
    action = reg.decisions.actions(incident.id)[0]
    reg.decisions.update_action(
        action.id, status="open", outcome={"contacted": "moeder"}
    )  # filling in: progress
    with pytest.raises(ValidationError) as info:
        reg.decisions.update_action(action.id, status="open", outcome={"contacted": "vader"})
    assert info.value.field == "change_reason"
    with pytest.raises(ValidationError):
        reg.decisions.update_action(
            action.id, status="open", outcome={"contacted": "moeder"}, responsible="Iemand anders"
        )
    updated = reg.decisions.update_action(
        action.id,
        status="open",
        outcome={"contacted": "vader"},
        change_reason="Het was de vader, niet de moeder",
    )
    assert updated.outcome["contacted"] == "vader"
    event = [e for e in reg.incidents.get(incident.id).events if e.kind == "action_updated"][-1]
    assert event.detail["before"]["outcome"]["contacted"] == "moeder"
    assert event.detail["reason"] == "Het was de vader, niet de moeder"
