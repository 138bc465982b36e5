"""FamilyService against repositories in memory: parents recorded once, linked to pupils,
relations corrected and links removed with their history. On a real register file:
tests/integration/test_parents_contacts.py, test_parent_link_history.py."""

from __future__ import annotations

from datetime import UTC
from datetime import datetime

import pytest

from tests.unit.services.fakes import FakeUnitOfWork
from udens_register.domain.enums import PersonKind
from udens_register.domain.errors import ValidationError
from udens_register.domain.events import EventKind
from udens_register.domain.model import PersonDraft
from udens_register.services.family import FamilyService
from udens_register.services.family import ParentDraft
from udens_register.services.persons import PersonService

NOW = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)


def _family() -> tuple[FakeUnitOfWork, FamilyService, PersonService, int, int]:
    fake = FakeUnitOfWork()
    persons = PersonService(fake, 3, lambda: NOW)
    fenna = persons.create(PersonDraft(PersonKind.PUPIL, "Fenna", "Zwanenburg", student_number="1001"))
    daan = persons.create(PersonDraft(PersonKind.PUPIL, "Daan", "Dijk", infix="van", student_number="1002"))
    return fake, FamilyService(fake, 3, lambda: NOW), persons, fenna.id, daan.id


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (ParentDraft("", " "), "name"),
        (ParentDraft("Ans", "Bos", phone="bel me"), "phone"),
        (ParentDraft("Ans", "Bos", email="ans.voorbeeld.nl"), "email"),
        (ParentDraft("Ans\u202e", "Bos"), "first_name"),
        (ParentDraft("ineke", "ZWANENBURG", phone="06-11112222"), "parent"),  # already recorded
    ],
)
def test_a_bad_parent_is_refused_before_anything_is_stored(draft: ParentDraft, field: str) -> None:
    fake, family, persons, fenna, _ = _family()
    family.create_parent(ParentDraft("Ineke", "Zwanenburg", phone="06-11112222"), [fenna], "mother")
    committed = len(fake.events.committed)
    with pytest.raises(ValidationError) as refused:
        family.create_parent(draft, [fenna], "mother")
    assert refused.value.field == field
    with pytest.raises(ValidationError) as relation:
        family.create_parent(ParentDraft("Ans", "Bos"), [fenna], "oom")
    assert relation.value.field == "relation"
    assert len(persons.find(kind="parent")) == 1 and len(fake.events.committed) == committed


def test_a_parent_of_no_pupil_is_refused() -> None:
    _, family, _, _, _ = _family()
    ineke = family.create_parent(ParentDraft("Ineke", "Zwanenburg"))
    with pytest.raises(ValidationError) as child:
        family.create_parent(ParentDraft("Ans", "Bos"), [ineke.id])
    assert child.value.field == "child"
    with pytest.raises(ValidationError) as parent:
        family.link(1, 2)  # a pupil is no parent
    assert parent.value.field == "parent"


def test_parents_are_linked_corrected_and_unlinked_with_their_history() -> None:
    fake, family, persons, fenna, daan = _family()
    ineke = family.create_parent(
        ParentDraft("Ineke", "Zwanenburg", phone="06-11112222"), [fenna, fenna], "mother"
    )
    joost = family.create_parent(ParentDraft("Joost", "Zwanenburg", phone="06-33334444"), [fenna], "father")
    contacts = family.contacts([fenna, daan])
    assert list(contacts) == [fenna]
    assert [(c.name, c.relation, c.phone) for c in contacts[fenna]] == [
        ("Ineke Zwanenburg", "mother", "06-11112222"),
        ("Joost Zwanenburg", "father", "06-33334444"),
    ]
    family.link(ineke.id, daan, "guardian")
    assert [(p.first_name, r) for p, r in family.children(ineke.id)] == [
        ("Daan", "guardian"),
        ("Fenna", "mother"),
    ]
    with pytest.raises(ValidationError) as again:
        family.link(ineke.id, daan, "mother")
    assert again.value.field == "link"
    with pytest.raises(ValidationError) as no_reason:
        family.change_relation(ineke.id, daan, "mother", "  ")
    assert no_reason.value.field == "reason"
    assert not family.change_relation(ineke.id, daan, "guardian", "niets")
    assert family.change_relation(ineke.id, daan, "mother", "Verkeerd genoteerd.")
    family.unlink(ineke.id, daan, "Verkeerde leerling gekozen.")
    with pytest.raises(ValidationError):
        family.unlink(ineke.id, daan, "nog eens")
    assert [p.id for p in persons.parents_of(fenna)] == [ineke.id, joost.id]
    assert persons.parents_of(daan) == []
    history = persons.history(daan)
    assert [e.kind for e in history] == [
        "person_created",
        "parent_linked",
        "parent_link_corrected",
        "parent_unlinked",
    ]
    assert history[2].detail == {
        "person_id": daan,
        "parent_id": ineke.id,
        "child_id": daan,
        "parent": "Ineke Zwanenburg",
        "child": "Daan van Dijk",
        "changes": {"relation": ["guardian", "mother"]},
        "reason": "Verkeerd genoteerd.",
    }
    assert {e.kind for e in persons.history(ineke.id)} == {"person_created", "parent_linked", "parent_link_corrected",
                                                         "parent_unlinked"}  # fmt: skip
    assert all(e.at == NOW and e.coordinator_id == 3 for e in fake.events.committed)
    assert fake.events.committed[-1].kind is EventKind.PARENT_UNLINKED
