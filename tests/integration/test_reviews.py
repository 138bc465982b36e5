"""The review service on a real register: rules, corrections with history, the signed page through
the evidence service, redaction in the inzage version, nothing in the police version."""

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
from udens_register.domain.model import IncidentFilter
from udens_register.domain.model import PersonDraft
from udens_register.paths import resources_dir
from udens_register.reporting.case_pdf import CaseFileRenderer
from udens_register.services.dto import MeasureDraft
from udens_register.services.dto import ReviewDraft
from udens_register.services.evidence import EvidenceRefused
from udens_register.storage.models import Action
from udens_register.storage.models import Evidence
from udens_register.storage.models import Review
from udens_register.storage.uow import UnitOfWork

TODAY = MONDAY.date()


@pytest.fixture
def case(reg):  # type: ignore[no-untyped-def]
    pupil = reg.persons.create(PersonDraft(PersonKind.PUPIL, "Fenna", "Zwanenburg", class_name="2H1"))
    author = reg.persons.create(PersonDraft(PersonKind.PUPIL, "Daan", "Dijk", infix="van", class_name="2H1"))
    incident = reg.incidents.create(
        IncidentDraft("Dreigbericht in klassenapp", Category.THREAT_OF_VIOLENCE, TODAY - timedelta(days=3)),
        [(pupil.id, (Role.VICTIM,)), (author.id, (Role.AUTHOR,))],
    )
    return incident.id, pupil.id, author.id


def _count(reg, model) -> int:  # type: ignore[no-untyped-def]
    with UnitOfWork(reg.engine) as uow:
        return len(uow.session.query(model).all())


def test_rules_refuse_and_store_nothing(reg, case) -> None:  # type: ignore[no-untyped-def]
    incident_id, *_ = case
    good = ReviewDraft("J. de Vries", "afdelingsdirecteur", TODAY, "Akkoord.")
    bad = {
        "reviewer_name": ReviewDraft(" ", "afdelingsdirecteur", TODAY, "Akkoord."),
        "reviewer_role": ReviewDraft("J. de Vries", "", TODAY, "Akkoord."),
        "reviewed_on": ReviewDraft("J. de Vries", "x", TODAY + timedelta(days=1), "Akkoord."),
        "decision": ReviewDraft("J. de Vries", "x", TODAY, "  "),
        "measure": ReviewDraft("J. de Vries", "x", TODAY, "A", (MeasureDraft("", "mentor", TODAY),)),
        "responsible": ReviewDraft("J. de Vries", "x", TODAY, "A", (MeasureDraft("Gesprek", " ", TODAY),)),
        "due_date": ReviewDraft(
            "J. de Vries", "x", TODAY, "A", (MeasureDraft("Gesprek", "mentor", TODAY - timedelta(days=1)),)
        ),
    }
    for field, draft in bad.items():
        with pytest.raises(ValidationError) as caught:
            reg.reviews.record(incident_id, draft)
        assert caught.value.field == field
    hidden = ReviewDraft(
        "J. de Vries", "x", TODAY, "Akkoord\u202e.", paper_name="blad.png", paper=b"\x89PNG\r\n\x1a\n"
    )
    with pytest.raises(ValidationError) as caught:
        reg.reviews.record(incident_id, hidden)  # refused before the page is taken in as evidence
    assert caught.value.field == "decision"
    not_an_image = ReviewDraft("J. de Vries", "x", TODAY, "A", paper_name="blad.pdf", paper=b"no pdf at all")
    with pytest.raises(EvidenceRefused):
        reg.reviews.record(incident_id, not_an_image)
    assert _count(reg, Review) == 0 and _count(reg, Action) == 0 and _count(reg, Evidence) == 0
    assert reg.reviews.record(incident_id, good).reviewer_name == "J. de Vries"


def test_correction_keeps_history_and_needs_a_reason(reg, case) -> None:  # type: ignore[no-untyped-def]
    incident_id, *_ = case
    review = reg.reviews.record(
        incident_id, ReviewDraft("J. de Vries", "afdelingsdirecteur", TODAY, "Akkoord.")
    )
    with pytest.raises(ValidationError) as caught:
        reg.reviews.correct(review.id, {"decision": "Niet akkoord."}, " ")
    assert caught.value.field == "reason"
    with pytest.raises(ValidationError):
        reg.reviews.correct(review.id, {"measures": []}, "x")
    fixed = reg.reviews.correct(
        review.id,
        {"decision": "Niet akkoord.", "reviewed_on": TODAY - timedelta(days=1)},
        "Verkeerd overgenomen",
    )
    assert fixed.decision == "Niet akkoord." and fixed.reviewed_on == TODAY - timedelta(days=1)
    (event,) = [e for e in reg.incidents.get(incident_id).events if e.kind == "corrected"]
    assert event.detail["entity"] == "review" and event.detail["reason"] == "Verkeerd overgenomen"
    assert event.detail["changes"]["decision"] == ["Akkoord.", "Niet akkoord."]
    assert event.detail["changes"]["reviewed_on"] == [
        TODAY.isoformat(),
        (TODAY - timedelta(days=1)).isoformat(),
    ]


def test_measures_become_actions_that_block_closing(reg, case) -> None:  # type: ignore[no-untyped-def]
    from udens_register.domain.enums import Status

    incident_id, *_ = case
    reg.reviews.record(
        incident_id,
        ReviewDraft(
            "J. de Vries",
            "afdelingsdirecteur",
            TODAY,
            "Gesprek.",
            (MeasureDraft("Gesprek ouders", "mentor", TODAY),),
        ),
    )
    (measure,) = reg.decisions.actions(incident_id)
    assert (measure.kind, measure.description, measure.responsible, measure.due_date) == (
        "measure",
        "Gesprek ouders",
        "mentor",
        TODAY,
    )
    with pytest.raises(ValidationError) as caught:
        reg.incidents.set_status(incident_id, Status.CLOSED, "klaar", require_review=True)
    assert caught.value.field == "actions"
    with pytest.raises(ValidationError) as caught:
        reg.decisions.update_action(measure.id, status="done")
    assert caught.value.field == "done_on"
    reg.decisions.update_action(
        measure.id, status="done", outcome={"done_on": TODAY.isoformat(), "note": "ok"}
    )
    assert (
        reg.incidents.set_status(incident_id, Status.CLOSED, "klaar", require_review=True).status == "closed"
    )


def test_awaiting_review_follows_the_files_issued(reg, case) -> None:  # type: ignore[no-untyped-def]
    incident_id, *_ = case
    awaiting = IncidentFilter(awaiting_review=True)
    assert reg.incidents.count(awaiting) == 0  # no directie file issued yet
    reg.disclosures.record([reg.incidents.get(incident_id).case_number], "politie", "politie", b"p", False)
    assert reg.incidents.count(awaiting) == 0  # a police copy is not for the director
    reg.disclosures.record(
        [reg.incidents.get(incident_id).case_number], "directie", "afdelingsdirecteur", b"d", False
    )
    assert reg.incidents.count(awaiting) == 1
    assert [r.id for r in reg.incidents.page(awaiting).rows] == [incident_id]
    later = MONDAY + timedelta(hours=2)
    reg.reviews._clock = lambda: later  # the review is recorded after the file was issued
    reg.reviews.record(incident_id, ReviewDraft("J. de Vries", "afdelingsdirecteur", TODAY, "Akkoord."))
    assert reg.incidents.count(awaiting) == 0


def test_inzage_names_the_director_by_role_and_police_gets_no_review(reg, case) -> None:  # type: ignore[no-untyped-def]
    incident_id, pupil_id, _author = case
    review = reg.reviews.record(
        incident_id,
        ReviewDraft(
            "J. de Vries",
            "afdelingsdirecteur",
            TODAY,
            "Daan van Dijk krijgt een schorsing.",
            (MeasureDraft("Gesprek met Daan", "mentor", TODAY),),
        ),
    )
    reg.reviews.correct(review.id, {"reviewer_name": "Johan de Vries"}, "voluit geschreven")
    renderer = CaseFileRenderer(resources_dir() / "fonts", "nl")
    inzage = renderer.render(reg.casefiles.case_file(incident_id, "inzage", pupil_id))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(inzage)).pages).split())
    assert "Beoordelingen door de directie" in text
    assert "J. de Vries" not in text and "Johan" not in text and "Daan" not in text
    assert "door afdelingsdirecteur (afdelingsdirecteur)" in text
    politie = renderer.render(reg.casefiles.case_file(incident_id, "politie"))
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(politie)).pages)
    assert "Beoordeling" not in text and "schorsing" not in text


def test_directie_file_without_review_keeps_a_blank_sign_off(reg, case) -> None:  # type: ignore[no-untyped-def]
    incident_id, *_ = case
    pdf = CaseFileRenderer(resources_dir() / "fonts", "nl").render(reg.casefiles.case_file(incident_id))
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Beoordeling en ondertekening" in text
    assert "Beoordelingen door de directie" not in text and "Laatst vastgelegde beoordeling" not in text
