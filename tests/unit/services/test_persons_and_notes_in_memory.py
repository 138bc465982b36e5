"""PersonService and NoteService against repositories in memory: unique student numbers, the
correction history, a person's cases, and case notes' moments, corrections and removal. On a real
register file: tests/integration/test_register.py, test_case_notes.py."""

from __future__ import annotations

from datetime import UTC
from datetime import date
from datetime import datetime
from datetime import timedelta

import pytest

from tests.unit.services.fakes import FakeUnitOfWork
from udens_register.domain.enums import Category
from udens_register.domain.enums import NoteKind
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.errors import ValidationError
from udens_register.domain.events import EventKind
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import PersonDraft
from udens_register.services.dto import NoteDraft
from udens_register.services.incidents import IncidentService
from udens_register.services.notes import NoteService
from udens_register.services.persons import PersonService
from udens_register.storage.models import Guardianship
from udens_register.storage.models import Person

NOW = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)


def _pupil(first: str, last: str, number: str = "", **more: object) -> PersonDraft:
    return PersonDraft(PersonKind.PUPIL, f" {first} ", f" {last} ", student_number=number, **more)  # type: ignore[arg-type]


def test_a_student_number_is_unique_when_recorded_and_when_corrected() -> None:
    fake = FakeUnitOfWork()
    persons = PersonService(fake, 2, lambda: NOW)
    bram = persons.create(_pupil("Bram", "Kuipers", "1001", class_name="2b"))
    assert (bram.first_name, bram.last_name, bram.student_number) == ("Bram", "Kuipers", "1001")
    with pytest.raises(ValidationError) as twice:
        persons.create(_pupil("Noor", "Bakker", "1001"))
    assert twice.value.field == "student_number"
    noor = persons.create(_pupil("Noor", "Bakker", "1002"))
    with pytest.raises(ValidationError):
        persons.correct(noor.id, {"student_number": "1001"}, "typfout")
    assert [e.kind for e in fake.events.committed] == [EventKind.PERSON_CREATED] * 2
    assert fake.events.committed[0].detail == {"person_id": bram.id}
    assert fake.events.committed[0].coordinator_id == 2


def test_a_correction_records_only_what_changed_and_checks_contacts() -> None:
    fake = FakeUnitOfWork()
    persons = PersonService(fake, 2, lambda: NOW)
    bram = persons.create(_pupil("Bram", "Kuipers", "1001"))
    with pytest.raises(ValidationError):
        persons.correct(bram.id, {"class_name": "3a"}, "")
    with pytest.raises(ValidationError) as unknown:
        persons.correct(bram.id, {"kind": "parent"}, "fout")
    assert unknown.value.field == "kind"
    with pytest.raises(ValidationError) as mail:
        persons.correct(bram.id, {"email": "geen adres"}, "fout")
    assert mail.value.field == "email"
    same = persons.correct(bram.id, {"first_name": "Bram"}, "niets")
    assert same == bram and len(fake.events.committed) == 1
    moved = persons.correct(bram.id, {"class_name": "3a", "date_of_birth": date(2012, 5, 1)}, "overgegaan")
    assert (moved.class_name, moved.date_of_birth) == ("3a", date(2012, 5, 1))
    last = fake.events.committed[-1]
    assert (last.kind, last.at) == (EventKind.CORRECTED, NOW)
    assert last.detail == {
        "entity": "person",
        "person_id": bram.id,
        "changes": {"class_name": ["", "3a"], "date_of_birth": [None, "2012-05-01"]},
        "reason": "overgegaan",
    }
    assert [(r.kind, r.detail["person_id"]) for r in persons.history(bram.id)] == [
        ("person_created", bram.id),
        ("corrected", bram.id),
    ]


def test_find_and_a_persons_cases_and_family() -> None:
    fake = FakeUnitOfWork()
    persons = PersonService(fake, 2, lambda: NOW)
    bram = persons.create(_pupil("Bram", "Kuipers", "1001", class_name="2b"))
    noor = persons.create(_pupil("Noor", "Bakker", "1002"))
    assert [p.first_name for p in persons.find()] == ["Noor", "Bram"]  # by last name
    assert [p.first_name for p in persons.find("2B")] == ["Bram"]
    incidents = IncidentService(fake, 2, lambda: NOW)
    first = incidents.create(
        IncidentDraft("Foto", Category.ONLINE_BULLYING, date(2026, 3, 2)), [(bram.id, (Role.AUTHOR,))]
    )
    later = incidents.create(
        IncidentDraft("Bericht", Category.OTHER, date(2026, 3, 9)), [(bram.id, (Role.VICTIM,))]
    )
    incidents.remove_person(first.id, bram.id, "vergissing")
    assert [(c.incident.id, c.roles, c.removed) for c in persons.incidents_of(bram.id)] == [
        (later.id, ("victim",), False),
        (first.id, ("author",), True),
    ]
    fake.persons.add(Person(kind=PersonKind.PARENT.value, first_name="Anja", infix="", last_name="Kuipers"))
    fake.persons.guardianships.append(Guardianship(parent_id=3, child_id=bram.id, relation="mother"))
    assert [p.first_name for p in persons.parents_of(bram.id)] == ["Anja"]
    assert [p.first_name for p in persons.children_of(3)] == ["Bram"]
    assert persons.children_of(noor.id) == []


def _note(at: datetime = NOW - timedelta(hours=1), text: str = " Moeder gebeld ") -> NoteDraft:
    return NoteDraft(NoteKind.PHONE_CALL, at, " moeder ", text)


def test_a_note_needs_text_a_time_zone_no_future_and_a_case() -> None:
    fake = FakeUnitOfWork()
    notes = NoteService(fake, 2, lambda: NOW)
    case = IncidentService(fake, 2, lambda: NOW).create(
        IncidentDraft("Foto", Category.OTHER, date(2026, 3, 2))
    )
    for draft in (
        _note(text="  "),
        _note(at=NOW.replace(tzinfo=None)),
        _note(at=NOW + timedelta(minutes=6)),
        _note(text="x" * 20_001),
    ):
        with pytest.raises(ValidationError):
            notes.add(case.id, draft)
    with pytest.raises(ValidationError) as no_case:
        notes.add(99, _note())
    assert no_case.value.field == "incident"
    slow_typist = notes.add(case.id, _note(at=NOW + timedelta(minutes=4)))
    assert (slow_typist.text, slow_typist.with_whom, slow_typist.created_at) == (
        "Moeder gebeld",
        "moeder",
        NOW,
    )
    assert fake.events.committed[-1].detail == {"note_id": slow_typist.id, "note_kind": "phone_call"}


def test_notes_are_corrected_and_removed_with_a_reason_and_listed_in_the_order_they_happened() -> None:
    fake = FakeUnitOfWork()
    notes = NoteService(fake, 2, lambda: NOW)
    case = IncidentService(fake, 2, lambda: NOW).create(
        IncidentDraft("Foto", Category.OTHER, date(2026, 3, 2))
    )
    late = notes.add(case.id, _note(at=NOW - timedelta(hours=1)))
    early = notes.add(case.id, _note(at=NOW - timedelta(days=1), text="Gesprek met mentor"))
    with pytest.raises(ValidationError):
        notes.correct(late.id, _note(text="Vader gebeld"), " ")
    unchanged = len(fake.events.committed)
    notes.correct(late.id, _note(), "niets")
    assert len(fake.events.committed) == unchanged
    corrected = notes.correct(late.id, _note(text="Vader gebeld"), "verkeerde ouder")
    assert corrected.text == "Vader gebeld"
    assert fake.events.committed[-1].detail == {
        "entity": "note",
        "note_id": late.id,
        "changes": {"text": ["Moeder gebeld", "Vader gebeld"]},
        "reason": "verkeerde ouder",
    }
    with pytest.raises(ValidationError):
        notes.remove(early.id, "")
    removed = notes.remove(early.id, " dubbel ")
    assert (removed.removed_at, removed.removed_reason) == (NOW, "dubbel")
    with pytest.raises(ValidationError):
        notes.correct(early.id, _note(), "te laat")
    assert [n.id for n in notes.notes(case.id)] == [early.id, late.id]
    assert [e.kind.value for e in fake.events.committed][-2:] == ["corrected", "note_removed"]
