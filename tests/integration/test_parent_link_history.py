"""A link between a parent and a pupil is made one way, whether by hand or by a parents import: the
history of the parent (and of the pupil) names whom they are linked to and how; a relation an
import corrects is a correction in both histories."""

from __future__ import annotations

from udens_register.domain.enums import PersonKind
from udens_register.domain.model import PersonDraft
from udens_register.services.family import ParentDraft
from udens_register.services.importer import ImportOptions

HEADER = "Stamnummer;Voornaam;Achternaam;Relatie;Telefoon\n"


def _linked(reg, person_id: int) -> list[tuple[str, str, str, str]]:  # type: ignore[no-untyped-def]
    return [
        (e.kind, str(e.detail.get("parent")), str(e.detail.get("child")), str(e.detail.get("relation")))
        for e in reg.persons.history(person_id)
        if e.kind in ("parent_linked", "parent_link_corrected")
    ]


def test_a_parents_import_names_the_pupil_and_the_relation_in_the_parents_history(reg) -> None:  # type: ignore[no-untyped-def]
    fenna = reg.persons.create(PersonDraft(PersonKind.PUPIL, "Fenna", "Zwanenburg", student_number="4711"))
    daan = reg.persons.create(PersonDraft(PersonKind.PUPIL, "Daan", "Zwanenburg", student_number="4712"))
    raw = HEADER + "4711;Ineke;Zwanenburg;moeder;06-11112222\n4712;Ineke;Zwanenburg;verzorger;06-11112222\n"
    reg.parent_importer.apply(raw.encode(), ImportOptions("ouders.csv"))
    (ineke,) = reg.persons.find(kind="parent")
    assert _linked(reg, ineke.id) == [
        ("parent_linked", "Ineke Zwanenburg", "Fenna Zwanenburg", "mother"),
        ("parent_linked", "Ineke Zwanenburg", "Daan Zwanenburg", "guardian"),
    ]
    assert _linked(reg, fenna.id) == [("parent_linked", "Ineke Zwanenburg", "Fenna Zwanenburg", "mother")]
    linked = [e for e in reg.persons.history(ineke.id) if e.kind == "parent_linked"]
    assert all("ouders.csv" in str(e.detail.get("reason")) for e in linked)
    # the same list again, one relation corrected: a correction in the histories, not a silent change
    raw = HEADER + "4711;Ineke;Zwanenburg;moeder;06-11112222\n4712;Ineke;Zwanenburg;moeder;06-11112222\n"
    reg.parent_importer.apply(raw.encode(), ImportOptions("ouders.csv"))
    corrected = [e for e in reg.persons.history(daan.id) if e.kind == "parent_link_corrected"]
    assert [(e.detail["child"], e.detail["changes"]) for e in corrected] == [
        ("Daan Zwanenburg", {"relation": ["guardian", "mother"]})
    ]
    assert [(c.name, c.relation) for c in reg.family.contacts([daan.id])[daan.id]] == [
        ("Ineke Zwanenburg", "mother")
    ]


def test_a_link_made_by_hand_names_the_pupil_and_the_relation_in_both_histories(reg) -> None:  # type: ignore[no-untyped-def]
    fenna = reg.persons.create(PersonDraft(PersonKind.PUPIL, "Fenna", "Zwanenburg", student_number="4711"))
    joost = reg.family.create_parent(ParentDraft("Joost", "Zwanenburg", phone="06-33334444"))
    reg.family.link(joost.id, fenna.id, "father")
    expected = [("parent_linked", "Joost Zwanenburg", "Fenna Zwanenburg", "father")]
    assert _linked(reg, joost.id) == expected and _linked(reg, fenna.id) == expected
    # the old second way of linking (without the pupil in the parent's history) is gone
    assert not hasattr(reg.persons, "link_parent")


def test_a_link_recorded_before_entries_named_the_persons_is_named_from_the_register(reg) -> None:  # type: ignore[no-untyped-def]
    from udens_register.storage import repositories as repo
    from udens_register.storage.models import Guardianship

    fenna = reg.persons.create(PersonDraft(PersonKind.PUPIL, "Fenna", "Zwanenburg", student_number="4711"))
    joost = reg.family.create_parent(ParentDraft("Joost", "Zwanenburg", phone="06-33334444"))
    with reg.units() as uow:  # as the old PersonService.link_parent wrote it
        uow.session.add(Guardianship(parent_id=joost.id, child_id=fenna.id))
        repo.add_event(uow.session, "parent_linked", coordinator_id=None,
                       detail={"parent_id": joost.id, "child_id": fenna.id})  # fmt: skip
        uow.commit()
    assert _linked(reg, joost.id) == [("parent_linked", "Joost Zwanenburg", "Fenna Zwanenburg", "None")]
