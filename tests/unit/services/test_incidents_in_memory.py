"""IncidentService's rules against repositories in memory (tests/unit/services/fakes.py): case
numbers, involvements, corrections, closing guards and the events each use case records. The same
use cases on a real register file: tests/integration/test_register.py, test_case_depth.py."""

from __future__ import annotations

from datetime import UTC
from datetime import date
from datetime import datetime

import pytest

from tests.unit.services.fakes import FakeUnitOfWork
from udens_register.domain.decisions import ActionStatus
from udens_register.domain.enums import Category
from udens_register.domain.enums import MeasureKind
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.enums import Status
from udens_register.domain.errors import ValidationError
from udens_register.domain.events import EventKind
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import IncidentFilter
from udens_register.services.incidents import IncidentService
from udens_register.storage.models import Action
from udens_register.storage.models import Evidence
from udens_register.storage.models import Person

NOW = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)
COORDINATOR = 4


def _service() -> tuple[FakeUnitOfWork, IncidentService]:
    fake = FakeUnitOfWork()
    for first, last in (("Bram", "Kuipers"), ("Noor", "Bakker")):
        fake.persons.add(Person(kind=PersonKind.PUPIL.value, first_name=first, infix="", last_name=last))
    return fake, IncidentService(fake, COORDINATOR, lambda: NOW)


def _draft(reported: date = date(2026, 3, 13), **more: object) -> IncidentDraft:
    return IncidentDraft(
        title=" Foto gedeeld ", category=Category.ONLINE_BULLYING, reported_at=reported, **more
    )  # type: ignore[arg-type]


def test_a_new_case_gets_the_next_number_of_its_year_and_its_events_at_the_clocks_time() -> None:
    fake, service = _service()
    first = service.create(_draft())
    second = service.create(_draft(), [(1, (Role.AUTHOR,)), (2, (Role.WITNESS, Role.VICTIM))])
    older = service.create(_draft(date(2025, 12, 1)))
    assert (first.case_number, second.case_number, older.case_number) == (
        "2026-0001",
        "2026-0002",
        "2025-0001",
    )
    assert second.title == "Foto gedeeld"
    assert [(v.person.first_name, v.roles) for v in second.involvements] == [
        ("Bram", ("author",)),
        ("Noor", ("victim", "witness")),  # in the order of Role, not of the request
    ]
    assert fake.events.kinds() == ["incident_created", "incident_created", "person_involved", "person_involved",
                                   "incident_created"]  # fmt: skip
    assert {(e.at, e.coordinator_id) for e in fake.events.committed} == {(NOW, COORDINATOR)}
    assert [e.kind for e in second.events] == ["incident_created", "person_involved", "person_involved"]


def test_a_case_with_an_unknown_person_is_not_recorded() -> None:
    fake, service = _service()
    with pytest.raises(ValidationError) as raised:
        service.create(_draft(), [(99, (Role.AUTHOR,))])
    assert raised.value.field == "person"
    assert fake.committed == 0 and fake.events.committed == []


def test_the_images_category_flags_the_case() -> None:
    _, service = _service()
    case = service.create(_draft(further_categories=(Category.SEXUAL_IMAGES_MINOR,)))
    assert case.sexual_images_minor
    assert case.further_categories == ("sexual_images_minor",)


def test_a_person_is_involved_once_and_comes_back_after_removal_with_a_new_entry() -> None:
    fake, service = _service()
    case = service.create(_draft(), [(1, (Role.AUTHOR,))])
    with pytest.raises(ValidationError):
        service.involve(case.id, 1, (Role.VICTIM,))
    with pytest.raises(ValidationError):
        service.remove_person(case.id, 1, "  ")
    removed = service.remove_person(case.id, 1, "verkeerde leerling")
    assert [(v.removed, v.removed_reason) for v in removed.involvements] == [(True, "verkeerde leerling")]
    back = service.involve(case.id, 1, (Role.SHARER,))
    assert [(v.removed, v.roles) for v in back.involvements] == [(False, ("sharer",))]
    assert fake.events.kinds()[-2:] == ["person_removed", "person_involved"]
    assert fake.events.committed[-2].detail == {
        "person_id": 1,
        "roles": ["author"],
        "reason": "verkeerde leerling",
    }


def test_changing_roles_to_the_same_records_nothing() -> None:
    fake, service = _service()
    case = service.create(_draft(), [(1, (Role.AUTHOR,))])
    service.change_roles(case.id, 1, (Role.AUTHOR,), "nagekeken")
    assert fake.events.kinds()[-1] == "person_involved"
    service.change_roles(case.id, 1, (Role.AUTHOR, Role.SHARER), "ook gedeeld")
    last = fake.events.committed[-1]
    assert last.kind is EventKind.CORRECTED
    assert last.detail["changes"] == {"roles": [["author"], ["author", "sharer"]]}


def test_a_correction_keeps_the_old_values_and_refuses_what_breaks_a_rule() -> None:
    fake, service = _service()
    case = service.create(_draft())
    with pytest.raises(ValidationError):
        service.correct(case.id, {"title": "Anders"}, " ")
    with pytest.raises(ValidationError) as unknown:
        service.correct(case.id, {"case_number": "2026-0100"}, "typfout")
    assert unknown.value.field == "case_number"
    with pytest.raises(ValidationError) as moved:
        service.correct(case.id, {"reported_at": date(2025, 12, 31)}, "typfout")
    assert moved.value.field == "reported_at"
    unchanged = len(fake.events.committed)
    service.correct(case.id, {"title": "Foto gedeeld"}, "niets")
    assert len(fake.events.committed) == unchanged
    corrected = service.correct(
        case.id, {"title": "Foto gedeeld in groep", "reported_at": date(2026, 3, 12)}, "typfout"
    )
    assert corrected.title == "Foto gedeeld in groep"
    assert fake.events.committed[-1].detail == {
        "entity": "incident",
        "changes": {
            "title": ["Foto gedeeld", "Foto gedeeld in groep"],
            "reported_at": ["2026-03-13", "2026-03-12"],
        },
        "reason": "typfout",
    }


def test_flagging_by_correction_waits_until_the_stored_files_are_gone() -> None:
    fake, service = _service()
    case = service.create(_draft())
    fake.incidents.files[case.id] = [Evidence(id=1, incident_id=case.id, kind="file")]
    with pytest.raises(ValidationError) as raised:
        service.correct(case.id, {"category": Category.SEXUAL_IMAGES_MINOR}, "het zijn beelden")
    assert raised.value.field == "evidence"
    fake.incidents.files[case.id] = []
    flagged = service.correct(case.id, {"category": Category.SEXUAL_IMAGES_MINOR}, "het zijn beelden")
    assert flagged.sexual_images_minor and flagged.category == "sexual_images_minor"
    with pytest.raises(ValidationError) as unflag:
        service.correct(case.id, {"sexual_images_minor": False}, "toch niet")
    assert unflag.value.field == "sexual_images_minor"


def test_closing_asks_a_rationale_done_actions_no_images_and_if_required_a_review() -> None:
    fake, service = _service()
    case = service.create(_draft())
    with pytest.raises(ValidationError):
        service.set_status(case.id, Status.CLOSED, " ")
    action = Action(
        incident_id=case.id, kind="police", status=ActionStatus.OPEN.value, due_date=date(2026, 3, 20)
    )
    fake.actions.add(action)
    with pytest.raises(ValidationError) as open_action:
        service.set_status(case.id, Status.CLOSED, "afgehandeld")
    assert open_action.value.field == "actions"
    action.status = ActionStatus.DONE.value
    with pytest.raises(ValidationError) as review:
        service.set_status(case.id, Status.CLOSED, "afgehandeld", require_review=True)
    assert review.value.field == "review"
    fake.incidents.reviewed.add(case.id)
    fake.incidents.awaiting.add(case.id)
    with pytest.raises(ValidationError):
        service.set_status(case.id, Status.CLOSED, "afgehandeld", require_review=True)
    fake.incidents.awaiting.clear()
    closed = service.set_status(case.id, Status.CLOSED, " afgehandeld ", require_review=True)
    assert (closed.status, closed.closing_rationale, closed.closed_at) == ("closed", "afgehandeld", NOW)
    reopened = service.set_status(case.id, Status.OPEN)
    assert (reopened.status, reopened.closed_at) == ("open", None)
    assert [e.detail["to"] for e in fake.events.committed if e.kind is EventKind.STATUS_CHANGED] == [
        "closed",
        "open",
    ]


def test_a_flagged_case_with_stored_files_does_not_close() -> None:
    fake, service = _service()
    case = service.create(_draft(sexual_images_minor=True))
    fake.incidents.files[case.id] = [Evidence(id=1, incident_id=case.id, kind="file")]
    with pytest.raises(ValidationError) as raised:
        service.set_status(case.id, Status.CLOSED, "afgehandeld")
    assert raised.value.field == "evidence"


def test_measures_and_communications_are_dated_not_in_the_future() -> None:
    fake, service = _service()
    case = service.create(_draft())
    with pytest.raises(ValidationError):
        service.add_measure(case.id, MeasureKind.SUSPENSION, date(2026, 3, 17))
    with pytest.raises(ValidationError):
        service.add_measure(99, MeasureKind.SUSPENSION, date(2026, 3, 16))
    measure = service.add_measure(
        case.id, MeasureKind.SUSPENSION, date(2026, 3, 16), " een dag ", person_id=1
    )
    assert (measure.person_name, measure.note) == ("Bram Kuipers", "een dag")
    with pytest.raises(ValidationError):
        service.add_communication(case.id, " ", "brief", date(2026, 3, 16))
    told = service.add_communication(case.id, "ouders", "gebeld", date(2026, 3, 16))
    assert service.measures(case.id) == [measure]
    assert service.communications(case.id) == [told]
    assert fake.events.kinds()[-2:] == ["measure_taken", "communication_recorded"]
    assert fake.events.committed[-1].detail == {"communication_id": told.id}


def test_the_list_pages_newest_first_and_counts_by_filter() -> None:
    _, service = _service()
    days = [date(2026, 3, d) for d in (2, 9, 5, 9)]
    ids = [service.create(_draft(day)).id for day in days]
    service.set_status(ids[0], Status.CLOSED, "klaar")
    first = service.page(IncidentFilter(), limit=2)
    assert [r.id for r in first.rows] == [ids[3], ids[1]]
    assert first.next_key is not None
    rest = service.page(IncidentFilter(), first.next_key, limit=2)
    assert [r.id for r in rest.rows] == [ids[2], ids[0]] and rest.next_key is None
    assert service.count(IncidentFilter(status="closed")) == 1
    assert service.count(IncidentFilter(category="online_bullying")) == 4
