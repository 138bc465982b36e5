"""The pupil import's preview and marking pupils as left (PupilImporter.plan and mark_left)
against repositories in memory: new, changed, unchanged and missing pupils, a parent's number
refused, the leaving day never in the future and each change a correction in the pupil's history.
Applying an import (bulk inserts) on a real register file: tests/integration/test_import_shapes.py,
test_left_pupils_retention.py."""

from __future__ import annotations

from datetime import UTC
from datetime import date
from datetime import datetime

import pytest

from tests.unit.services.fakes import FakeUnitOfWork
from udens_register.domain.enums import PersonKind
from udens_register.domain.errors import ValidationError
from udens_register.domain.events import EventKind
from udens_register.services.importer import PupilImporter
from udens_register.services.tabular import ImportRefused
from udens_register.storage.models import Person

MONDAY = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)


def test_pupils_are_marked_as_left_once_with_a_correction_each() -> None:
    fake = FakeUnitOfWork()
    for first in ("Bram", "Noor"):
        fake.persons.add(Person(kind=PersonKind.PUPIL.value, first_name=first, infix="", last_name="Kuipers",
                                student_number=first))  # fmt: skip
    fake.persons.add(Person(kind=PersonKind.PARENT.value, first_name="Anja", infix="", last_name="Kuipers"))
    importer = PupilImporter(fake, 4, lambda: MONDAY)
    with pytest.raises(ValidationError) as future:
        importer.mark_left([1], date(2026, 3, 17))
    assert future.value.field == "left_on"
    with pytest.raises(ValidationError) as parent:
        importer.mark_left([3], date(2026, 2, 1))
    assert parent.value.field == "person"
    assert importer.mark_left([1, 2], date(2026, 2, 1), "leerlingen.csv") == 2
    assert importer.mark_left([1, 2], date(2026, 2, 1)) == 0  # already marked on that day
    assert [p.left_on for p in fake.persons.rows.values()] == [date(2026, 2, 1), date(2026, 2, 1), None]
    assert [(e.kind, e.detail["person_id"]) for e in fake.events.committed] == [
        (EventKind.CORRECTED, 1),
        (EventKind.CORRECTED, 2),
    ]
    assert fake.events.committed[0].detail["changes"] == {"left_on": [None, "2026-02-01"]}
    assert "leerlingen.csv" in fake.events.committed[0].detail["reason"]


MAGISTER = (
    "Stamnr;Roepnaam;Tussenv;Achternaam;Klas;Geb.datum\r\n"
    "12345;Zoë;van der;Berg;2H1;03-04-2012\r\n"
    "12346;Chloë;;Jansen;3V2;5-3-2011\r\n"
    "12347;Renée;de;Wit;1A;2013-02-28\r\n"
)


def test_the_preview_compares_the_list_with_the_register_and_changes_nothing() -> None:
    fake = FakeUnitOfWork()
    known = {"12345": ("Zoë", "2H1", None), "12346": ("Chloë", "2V2", None), "12348": ("Sem", "1A", None),
             "12349": ("Lot", "1B", date(2025, 8, 1))}  # fmt: skip
    for number, (first, klass, left) in known.items():
        fake.persons.add(Person(kind=PersonKind.PUPIL.value, first_name=first, infix="van der" if first == "Zoë" else "",
                                last_name={"Zoë": "Berg", "Chloë": "Jansen"}.get(first, "Kuipers"), student_number=number,
                                class_name=klass, date_of_birth={"Zoë": date(2012, 4, 3), "Chloë": date(2011, 3, 5)}.get(first),
                                left_on=left))  # fmt: skip
    plan = PupilImporter(fake, 4, lambda: MONDAY).plan(MAGISTER.encode())
    assert [r.student_number for r in plan.new] == ["12347"]
    assert [(row.student_number, diff) for row, diff in plan.changed] == [
        ("12346", {"class_name": ("2V2", "3V2")})
    ]
    assert plan.unchanged == 1
    assert [p.student_number for p in plan.missing] == ["12348"]  # Lot left already: not missing again
    assert fake.committed == 0 and len(fake.persons.rows) == 4


def test_a_list_naming_a_parents_number_is_refused() -> None:
    fake = FakeUnitOfWork()
    fake.persons.add(Person(kind=PersonKind.PARENT.value, first_name="Anja", infix="", last_name="Berg",
                            student_number="12345"))  # fmt: skip
    with pytest.raises(ImportRefused) as refused:
        PupilImporter(fake, 4, lambda: MONDAY).plan(MAGISTER.encode())
    assert [(p.line, p.code) for p in refused.value.problems] == [(2, "non_pupil")]
