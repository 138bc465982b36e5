"""The parents import against repositories in memory: parents matched to pupils by student
number, the same parent of two pupils recorded once, contacts corrected on a later file, a file
naming an unknown pupil refused whole. The pupils' file and the CLI, on a real register file:
tests/integration/test_import_shapes.py."""

from __future__ import annotations

from datetime import UTC
from datetime import datetime

import pytest

from tests.unit.services.fakes import FakeUnitOfWork
from udens_register.domain.enums import PersonKind
from udens_register.domain.events import EventKind
from udens_register.services.importer import ImportOptions
from udens_register.services.parent_import import ParentImporter
from udens_register.services.persons import PersonService
from udens_register.services.tabular import ImportRefused
from udens_register.storage.models import Person

MONDAY = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)
PARENTS = (
    "Stamnummer;Roepnaam;Tussenvoegsel;Achternaam;Relatie;Telefoonnummer;E-mail\n"
    "12345;Petra;van der;Berg;Moeder;06-11223344;petra@example.org\n"
    "12346;Petra;van der;Berg;moeder;06-11223344;petra@example.org\n"  # the same mother of a second pupil
    "12345;Karim;;Berg;vader;;\n"
)


def _register() -> tuple[FakeUnitOfWork, ParentImporter, PersonService]:
    fake = FakeUnitOfWork()
    for number, first in (("12345", "Zoë"), ("12346", "Daan")):
        fake.persons.add(Person(kind=PersonKind.PUPIL.value, first_name=first, infix="van der", last_name="Berg",
                                student_number=number))  # fmt: skip
    return fake, ParentImporter(fake, 1, lambda: MONDAY), PersonService(fake, 1, lambda: MONDAY)


def test_a_plan_changes_nothing_and_applying_it_links_each_parent_once() -> None:
    fake, importer, persons = _register()
    plan = importer.plan(PARENTS.encode(), ImportOptions("ouders.csv"))
    assert (len(plan.new), plan.links) == (2, 3)
    assert persons.find(kind="parent") == [] and fake.events.committed == []
    applied = importer.apply(PARENTS.encode(), ImportOptions("ouders.csv"))
    assert (len(applied.new), applied.links) == (2, 3)
    assert [(p.first_name, p.phone) for p in persons.parents_of(2)] == [("Petra", "06-11223344")]
    assert sorted(p.first_name for p in persons.parents_of(1)) == ["Karim", "Petra"]
    assert [g.relation for g in fake.persons.guardianships] == ["mother", "mother", "father"]
    again = importer.apply(PARENTS.encode(), ImportOptions("ouders.csv"))
    assert (len(again.new), again.links, len(again.changed)) == (0, 0, 0)
    changed = importer.apply(
        PARENTS.replace("06-11223344", "06-99998888").encode(), ImportOptions("ouders-2.csv")
    )
    assert len(changed.changed) == 1 and persons.parents_of(2)[0].phone == "06-99998888"
    [corrected] = [e for e in fake.events.committed if e.kind is EventKind.CORRECTED]
    assert (corrected.kind, corrected.detail["changes"]) == (
        EventKind.CORRECTED,
        {"phone": ["06-11223344", "06-99998888"]},
    )
    assert corrected.detail["import"] == "ouders-2.csv"


def test_a_file_naming_an_unknown_pupil_is_refused_whole() -> None:
    fake, importer, persons = _register()
    with pytest.raises(ImportRefused) as info:
        importer.apply((PARENTS + "99999;Els;;Vos;verzorger;;\n").encode())
    assert [(p.line, p.code) for p in info.value.problems] == [(5, "child_unknown")]
    assert persons.find(kind="parent") == [] and fake.persons.guardianships == []
