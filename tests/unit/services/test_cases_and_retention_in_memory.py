"""CaseService and RetentionService against repositories in memory: a case opened as one view
with its viewing in the audit trail (not on a read-only register); which cases and pupils are due,
which are held, legal hold, and purges refused for what is not due before anything is deleted.
The purge itself deletes on a real register file: tests/integration/test_safety.py,
test_left_pupils_retention.py, test_purge_gone.py."""

from __future__ import annotations

from datetime import UTC
from datetime import date
from datetime import datetime

import pytest

from tests.unit.services.fakes import FakeUnitOfWork
from udens_register.domain.decisions import ActionStatus
from udens_register.domain.enums import Category
from udens_register.domain.enums import MeasureKind
from udens_register.domain.enums import NoteKind
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.enums import Status
from udens_register.domain.errors import ValidationError
from udens_register.domain.events import AuditNote
from udens_register.domain.model import IncidentDraft
from udens_register.services.cases import CaseService
from udens_register.services.dto import NoteDraft
from udens_register.services.incidents import IncidentService
from udens_register.services.notes import NoteService
from udens_register.services.retention import RetentionService
from udens_register.storage.models import Action
from udens_register.storage.models import Person

MONDAY = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)


def test_a_case_is_opened_as_one_view_and_its_viewing_is_audited() -> None:
    fake = FakeUnitOfWork()
    fake.persons.add(Person(kind=PersonKind.PUPIL.value, first_name="Bram", infix="", last_name="Kuipers"))
    incidents = IncidentService(fake, 1, lambda: MONDAY)
    case = incidents.create(IncidentDraft("Foto", Category.OTHER, date(2026, 3, 2)), [(1, (Role.AUTHOR,))])
    incidents.add_measure(case.id, MeasureKind.SUSPENSION, date(2026, 3, 16), person_id=1)
    NoteService(fake, 1, lambda: MONDAY).add(
        case.id, NoteDraft(NoteKind.PHONE_CALL, MONDAY, "moeder", "gebeld")
    )
    view = CaseService(fake, "Zorg", lambda: MONDAY).open_case(case.id)
    assert (view.detail.case_number, view.today) == ("2026-0001", date(2026, 3, 16))
    assert [m.person_name for m in view.measures] == ["Bram Kuipers"]
    assert [n.text for n in view.notes] == ["gebeld"]
    assert (view.decisions, view.evidence, view.thumbnails, view.images_to_destroy) == ((), (), {}, ())
    assert fake.events.audit == [AuditNote("case_viewed", "Zorg", "2026-0001")]
    CaseService(fake, "Zorg", lambda: MONDAY, read_only=True).open_case(case.id)
    assert len(fake.events.audit) == 1  # a write-protected register cannot take the entry
    with pytest.raises(ValidationError):
        CaseService(fake, "Zorg", lambda: MONDAY).open_case(99)


def _closed_cases(fake: FakeUnitOfWork, when: datetime, n: int) -> list[int]:
    incidents = IncidentService(fake, 1, lambda: when)
    ids = []
    for _ in range(n):
        case = incidents.create(IncidentDraft("Oud", Category.OTHER, when.date()))
        incidents.set_status(case.id, Status.CLOSED, "klaar")
        ids.append(case.id)
    return ids


def test_cases_closed_before_the_term_are_due_and_held_ones_are_marked() -> None:
    fake = FakeUnitOfWork()
    old = _closed_cases(fake, datetime(2023, 6, 1, 10, 0, tzinfo=UTC), 3)
    recent = _closed_cases(fake, datetime(2025, 6, 1, 10, 0, tzinfo=UTC), 1)
    fake.actions.add(
        Action(incident_id=old[2], kind="police", status=ActionStatus.OPEN.value, due_date=date(2023, 6, 2))
    )
    retention = RetentionService(fake, "Zorg", lambda: MONDAY)
    assert retention.cutoff() == date(2024, 3, 16)
    with pytest.raises(ValidationError):
        retention.set_hold(old[1], True, " ")
    retention.set_hold(old[1], True, "politiezaak loopt")
    due = retention.due()
    assert [(d.incident_id, d.held) for d in due] == [(old[0], False), (old[1], True), (old[2], True)]
    assert recent[0] not in [d.incident_id for d in due]
    assert fake.events.audit[-1] == AuditNote("legal_hold_on", "Zorg", "2023-0002")
    with pytest.raises(ValidationError):  # held: refused before anything is deleted
        retention.purge([old[0], old[1]])
    with pytest.raises(ValidationError):
        retention.purge([recent[0]])
    assert len(fake.incidents.rows) == 4


def test_pupils_who_left_before_the_term_are_due_unless_a_kept_case_names_them() -> None:
    fake = FakeUnitOfWork()
    for first, left in (("Bram", date(2023, 7, 1)), ("Noor", date(2023, 8, 1)), ("Sem", date(2025, 7, 1))):
        fake.persons.add(Person(kind=PersonKind.PUPIL.value, first_name=first, infix="", last_name="Kuipers",
                                student_number=first, left_on=left))  # fmt: skip
    IncidentService(fake, 1, lambda: MONDAY).create(
        IncidentDraft("Foto", Category.OTHER, date(2026, 3, 2)), [(2, (Role.VICTIM,))]
    )
    retention = RetentionService(fake, "Zorg", lambda: MONDAY)
    assert [(p.name, p.held) for p in retention.pupils_due()] == [
        ("Bram Kuipers", False),
        ("Noor Kuipers", True),
    ]
    with pytest.raises(ValidationError):
        retention.purge_pupils([1, 2])
    assert retention.purge_pupils([]).persons == 0
    assert len(fake.persons.rows) == 3
