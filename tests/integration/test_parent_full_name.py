"""A parents list whose names are in one column (*Naam ouder*, *Naam verzorger*): the names are split
into first name, infix and last name and linked as any parents list; an empty name is refused with
its line; a list with separate name columns keeps using those."""

from __future__ import annotations

import pytest

from udens_register.domain.enums import PersonKind
from udens_register.domain.model import PersonDraft
from udens_register.services.importer import ImportOptions
from udens_register.services.importer import ImportRefused
from udens_register.wording import problem_words


def _pupils(reg) -> None:  # type: ignore[no-untyped-def]
    reg.persons.create(PersonDraft(PersonKind.PUPIL, "Fenna", "Zwanenburg", student_number="4711"))
    reg.persons.create(PersonDraft(PersonKind.PUPIL, "Daan", "Dijk", infix="van", student_number="4712"))


@pytest.mark.parametrize("column", ["Naam ouder", "Naam verzorger", "Naam ouder/verzorger", "Naam"])
def test_a_whole_name_column_is_split_and_linked(reg, column: str) -> None:  # type: ignore[no-untyped-def]
    _pupils(reg)
    raw = f"Stamnummer;{column};Relatie;Telefoon\n4711;Ineke van der Zwanenburg;moeder;06-11112222\n" \
          "4712;Dijk, Kees van;vader;06-33334444\n"  # fmt: skip
    plan = reg.parent_importer.apply(raw.encode(), ImportOptions("ouders.csv"))
    assert (len(plan.new), plan.links, plan.unused) == (2, 2, ())
    parents = sorted((p.first_name, p.infix, p.last_name, p.phone) for p in reg.persons.find(kind="parent"))
    assert parents == [
        ("Ineke", "van der", "Zwanenburg", "06-11112222"),
        ("Kees", "van", "Dijk", "06-33334444"),
    ]
    again = reg.parent_importer.plan(raw.encode(), ImportOptions("ouders.csv"))
    assert (len(again.new), again.links, len(again.changed), again.unchanged) == (0, 0, 0, 2)


def test_an_empty_whole_name_is_refused_with_its_line(reg) -> None:  # type: ignore[no-untyped-def]
    _pupils(reg)
    raw = b"Stamnummer;Naam ouder;Relatie\n4711;Ineke Zwanenburg;moeder\n4712; ;vader\n"
    with pytest.raises(ImportRefused) as caught:
        reg.parent_importer.apply(raw)
    assert [(p.line, problem_words(p.code, "nl", p.params())) for p in caught.value.problems] == [
        (3, "Naam ouder leeg")
    ]
    assert reg.persons.find(kind="parent") == []


def test_separate_name_columns_go_before_a_whole_name_column(reg) -> None:  # type: ignore[no-untyped-def]
    _pupils(reg)
    raw = b"Stamnummer;Naam;Voornaam;Achternaam\n4711;Mevr. I. Zwanenburg;Ineke;Zwanenburg\n"
    plan = reg.parent_importer.apply(raw)
    assert plan.unused == ("Naam",)
    assert [(p.first_name, p.last_name) for p in reg.persons.find(kind="parent")] == [("Ineke", "Zwanenburg")]


def test_a_name_column_in_a_pupil_list_is_named_unused_not_taken_for_a_parents_list(reg) -> None:  # type: ignore[no-untyped-def]
    plan = reg.importer.plan(b"Stamnr;Roepnaam;Achternaam;Naam\n1;Anna;Smit;Anna Smit\n")
    assert plan.unused == ("Naam",) and len(plan.new) == 1
