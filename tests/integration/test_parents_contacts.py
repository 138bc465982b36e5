"""Parents and guardians on a real register: recorded with phone and e-mail and linked to pupils
with a relation, links corrected and removed with the history kept, their contacts offered to
rule 3 (the decision, the parents action) and printed in the director's and the police case files;
the inzage version shows only the subject's own parents, never other people's contacts."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader

from tests.conftest import MONDAY
from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.errors import ValidationError
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import PersonDraft
from udens_register.paths import resources_dir
from udens_register.reporting.case_pdf import CaseFileRenderer
from udens_register.services.dto import Answers
from udens_register.services.family import ParentDraft

TODAY = MONDAY.date()


@pytest.fixture
def case(reg):  # type: ignore[no-untyped-def]
    """A case with a victim who has two parents, an author with one, and a pupil witness with none."""
    victim = reg.persons.create(PersonDraft(PersonKind.PUPIL, "Fenna", "Zwanenburg", class_name="2H1"))
    author = reg.persons.create(PersonDraft(PersonKind.PUPIL, "Daan", "Dijk", infix="van", class_name="2H1"))
    witness = reg.persons.create(PersonDraft(PersonKind.PUPIL, "Sem", "Kort", class_name="2H2"))
    mother = reg.family.create_parent(
        ParentDraft("Ineke", "Zwanenburg", phone="06-11112222", email="ineke@voorbeeld.nl"),
        [victim.id],
        "mother",
    )
    father = reg.family.create_parent(
        ParentDraft("Joost", "Zwanenburg", phone="06-33334444"), [victim.id], "father"
    )
    carer = reg.family.create_parent(
        ParentDraft("Marga", "Dijk", infix="van", email="marga@voorbeeld.nl"), [author.id], "guardian"
    )
    incident = reg.incidents.create(
        IncidentDraft("Dreigbericht in klassenapp", Category.THREAT_OF_VIOLENCE, TODAY - timedelta(days=2)),
        [(victim.id, (Role.VICTIM,)), (author.id, (Role.AUTHOR,)), (witness.id, (Role.WITNESS,))],
    )
    return incident.id, victim, author, witness, mother, father, carer


def test_parents_are_recorded_linked_corrected_and_unlinked_with_history(reg, case) -> None:  # type: ignore[no-untyped-def]
    _incident, victim, author, _witness, mother, father, _carer = case
    contacts = reg.family.contacts([victim.id])[victim.id]
    assert [(c.name, c.relation, c.phone, c.email) for c in contacts] == [
        ("Ineke Zwanenburg", "mother", "06-11112222", "ineke@voorbeeld.nl"),
        ("Joost Zwanenburg", "father", "06-33334444", ""),
    ]
    reg.family.link(mother.id, author.id, "guardian")  # one parent, two pupils: one person
    assert [c.name for c, _r in [(p, r) for p, r in reg.family.children(mother.id)]] == [
        "Daan van Dijk", "Fenna Zwanenburg"
    ]  # fmt: skip
    with pytest.raises(ValidationError) as again:
        reg.family.link(mother.id, author.id, "mother")
    assert again.value.field == "link"
    with pytest.raises(ValidationError) as no_reason:
        reg.family.change_relation(mother.id, author.id, "mother", "  ")
    assert no_reason.value.field == "reason"
    assert reg.family.change_relation(mother.id, author.id, "mother", "Verkeerd genoteerd bij het koppelen.")
    reg.family.unlink(mother.id, author.id, "Geen ouder van Daan: verkeerde leerling gekozen.")
    assert [c.id for c in reg.persons.parents_of(author.id)] == [case[6].id]
    kinds = [(e.kind, e.detail.get("reason")) for e in reg.persons.history(author.id)]
    assert ("parent_link_corrected", "Verkeerd genoteerd bij het koppelen.") in kinds
    assert ("parent_unlinked", "Geen ouder van Daan: verkeerde leerling gekozen.") in kinds
    corrected = next(e for e in reg.persons.history(author.id) if e.kind == "parent_link_corrected")
    assert corrected.detail["changes"] == {"relation": ["guardian", "mother"]}
    assert corrected.detail["parent"] == "Ineke Zwanenburg"
    assert {e.kind for e in reg.persons.history(mother.id)} >= {
        "person_created",
        "parent_linked",
        "parent_unlinked",
    }
    # the parent's own details are corrected like anyone's, with the old value kept
    reg.persons.correct(father.id, {"phone": "06-55556666", "email": "joost@voorbeeld.nl"}, "Nieuw nummer")
    assert reg.family.contacts([victim.id])[victim.id][1].phone == "06-55556666"
    last = reg.persons.history(father.id)[-1]
    assert last.detail["changes"]["phone"] == ["06-33334444", "06-55556666"]


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (ParentDraft("", " "), "name"),
        (ParentDraft("Ans", "Bos", phone="bel me"), "phone"),
        (ParentDraft("Ans", "Bos", email="ans.voorbeeld.nl"), "email"),
        (ParentDraft("Ans\u202e", "Bos"), "first_name"),
        (ParentDraft("Ineke", "Zwanenburg", phone="06-11112222"), "parent"),  # already recorded
    ],
)
def test_bad_parent_input_is_refused_and_nothing_stored(reg, case, draft, field) -> None:  # type: ignore[no-untyped-def]
    before = len(reg.persons.find(kind="parent"))
    with pytest.raises(ValidationError) as refused:
        reg.family.create_parent(draft, [case[1].id], "mother")
    assert refused.value.field == field
    assert len(reg.persons.find(kind="parent")) == before
    with pytest.raises(ValidationError):
        reg.family.create_parent(ParentDraft("Ans", "Bos"), [case[4].id])  # a parent is no pupil
    with pytest.raises(ValidationError):
        reg.family.create_parent(ParentDraft("Ans", "Bos"), [case[1].id], "oom")
    assert len(reg.persons.find(kind="parent")) == before


def test_rule_three_sees_the_parents_and_says_when_none_is_recorded(reg, case) -> None:  # type: ignore[no-untyped-def]
    incident_id, victim, author, witness, *_ = case
    prepared = reg.decisions.prepare(incident_id)
    assert [c.name for c in prepared.contacts[victim.id]] == ["Ineke Zwanenburg", "Joost Zwanenburg"]
    assert [c.email for c in prepared.contacts[author.id]] == ["marga@voorbeeld.nl"]
    assert witness.id not in prepared.contacts
    answers = Answers(protocol_violation=True, threat_of_violence=("physical",))
    view = reg.decisions.preview(prepared, answers)
    reg.decisions.record(incident_id, answers, [], reg.decisions.planned_actions(view, []))
    parents = [a for a in reg.decisions.actions(incident_id) if a.kind == "parents"]
    by_pupil = {a.person_id: a for a in parents}
    assert [c.phone for c in by_pupil[victim.id].contacts] == ["06-11112222", "06-33334444"]
    assert [c.relation for c in by_pupil[author.id].contacts] == ["guardian"]


def _pdf_text(reg, bundle) -> str:  # type: ignore[no-untyped-def]
    pdf = CaseFileRenderer(resources_dir() / "fonts", "nl").render(bundle)
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)


def test_director_and_police_files_show_the_parents_contacts(reg, case) -> None:  # type: ignore[no-untyped-def]
    incident_id, *_ = case
    for audience in ("directie", "politie"):
        text = _pdf_text(reg, reg.casefiles.case_file(incident_id, audience))
        assert "Ouders en verzorgers" in text, audience
        for value in (
            "Ineke Zwanenburg",
            "06-11112222",
            "ineke@voorbeeld.nl",
            "06-33334444",
            "marga@voorbeeld.nl",
        ):
            assert value in text, (audience, value)
        assert "moeder" in text and "vader" in text and "verzorger" in text
        assert "geen ouder/verzorger vastgelegd" in text  # the witness Sem Kort


def test_the_inzage_version_never_shows_other_peoples_contacts(reg, case) -> None:  # type: ignore[no-untyped-def]
    incident_id, victim, author, witness, *_ = case
    own = _pdf_text(reg, reg.casefiles.case_file(incident_id, "inzage", person_id=victim.id))
    assert "Ineke Zwanenburg" in own and "06-11112222" in own  # the subject's own parents
    for other in ("Marga", "marga@voorbeeld.nl"):
        assert other not in own
    for subject in (author, witness):
        text = _pdf_text(reg, reg.casefiles.case_file(incident_id, "inzage", person_id=subject.id))
        for other in ("Ineke", "Joost", "06-11112222", "06-33334444", "ineke@voorbeeld.nl"):
            assert other not in text, (subject.name, other)
    author_text = _pdf_text(reg, reg.casefiles.case_file(incident_id, "inzage", person_id=author.id))
    assert "marga@voorbeeld.nl" in author_text
    witness_text = _pdf_text(reg, reg.casefiles.case_file(incident_id, "inzage", person_id=witness.id))
    assert "marga@voorbeeld.nl" not in witness_text and "geen ouder/verzorger vastgelegd" in witness_text
