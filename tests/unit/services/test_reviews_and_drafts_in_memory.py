"""ReviewService and DraftService against repositories in memory: a director's review checked
before anything (the signed page too) is stored, its measures as actions, the file it answers,
corrections; drafts kept per coordinator, kind and scope. On a real register file:
tests/integration/test_reviews.py, test_drafts.py."""

from __future__ import annotations

import io
from datetime import UTC
from datetime import date
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image

from tests.unit.services.fakes import FakeUnitOfWork
from udens_register.domain.enums import Category
from udens_register.domain.errors import ValidationError
from udens_register.domain.events import EventKind
from udens_register.domain.model import IncidentDraft
from udens_register.services.drafts import DraftService
from udens_register.services.dto import MeasureDraft
from udens_register.services.dto import ReviewDraft
from udens_register.services.evidence import EvidenceService
from udens_register.services.incidents import IncidentService
from udens_register.services.reviews import ReviewService
from udens_register.storage.models import Disclosure
from udens_register.storage.objects import ObjectStore

NOW = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)


def _reviews(tmp_path: Path) -> tuple[FakeUnitOfWork, ReviewService, int]:
    fake = FakeUnitOfWork()
    case = IncidentService(fake, 2, lambda: NOW).create(
        IncidentDraft("Foto", Category.OTHER, date(2026, 3, 2))
    )
    evidence = EvidenceService(fake, 2, "M. de Vries", lambda: NOW, ObjectStore(tmp_path))
    return fake, ReviewService(fake, 2, lambda: NOW, evidence), case.id


def _draft(**more: object) -> ReviewDraft:
    values: dict[str, object] = {
        "reviewer_name": " J. Smit ",
        "reviewer_role": "directeur",
        "reviewed_on": date(2026, 3, 13),
        "decision": "Akkoord met de maatregelen.",
        **more,
    }
    return ReviewDraft(**values)  # type: ignore[arg-type]


def _page() -> bytes:
    out = io.BytesIO()
    Image.new("L", (40, 60), 250).save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (_draft(reviewer_name=" "), "reviewer_name"),
        (_draft(reviewed_on=date(2026, 3, 17)), "reviewed_on"),
        (_draft(decision=""), "decision"),
        (_draft(measures=(MeasureDraft("Gesprek", "", date(2026, 3, 20)),)), "responsible"),
        (_draft(measures=(MeasureDraft("Gesprek", "mentor", date(2026, 3, 12)),)), "due_date"),
    ],
)
def test_a_review_breaking_a_rule_stores_nothing_not_even_its_page(
    tmp_path: Path, draft: ReviewDraft, field: str
) -> None:
    fake, reviews, case = _reviews(tmp_path)
    with pytest.raises(ValidationError) as refused:
        reviews.record(
            case, ReviewDraft(**{**draft.__dict__, "paper": _page(), "paper_name": "getekend.png"})
        )
    assert refused.value.field == field
    assert not fake.evidence.rows and not fake.reviews.rows
    assert not (tmp_path / "objects").exists() or not list((tmp_path / "objects").iterdir())


def test_a_review_keeps_its_page_answers_the_latest_directie_file_and_opens_its_measures(
    tmp_path: Path,
) -> None:
    fake, reviews, case = _reviews(tmp_path)
    issued = Disclosure(id=9, incident_id=case, at=NOW, sha256="ab" * 32)
    fake.reviews.directie_files[case] = issued
    row = reviews.record(
        case,
        _draft(
            measures=(MeasureDraft(" Gesprek met ouders ", " mentor ", date(2026, 3, 20)),),
            paper=_page(),
            paper_name="getekend.png",
            paper_note="getekende pagina",
        ),
    )
    assert (row.reviewer_name, row.file_issued_at, row.file_sha256) == ("J. Smit", NOW, "ab" * 32)
    assert row.paper_filename == "getekend.png" and row.paper_evidence_id is not None
    assert [(m.kind, m.description, m.responsible) for m in row.measures] == [
        ("measure", "Gesprek met ouders", "mentor")
    ]
    kinds = [e.kind for e in fake.events.committed if e.incident_id == case]
    assert kinds[-3:] == [EventKind.EVIDENCE_ADDED, EventKind.REVIEW_RECORDED, EventKind.ACTION_CREATED]
    assert fake.events.committed[-2].detail["evidence_id"] == row.paper_evidence_id
    assert [r.id for r in reviews.reviews(case)] == [row.id]


def test_a_review_is_corrected_with_a_reason_and_only_what_changed_is_recorded(tmp_path: Path) -> None:
    fake, reviews, case = _reviews(tmp_path)
    row = reviews.record(case, _draft())
    with pytest.raises(ValidationError):
        reviews.correct(row.id, {"decision": "Anders"}, " ")
    with pytest.raises(ValidationError) as unknown:
        reviews.correct(row.id, {"incident_id": 3}, "fout")
    assert unknown.value.field == "incident_id"
    with pytest.raises(ValidationError) as future:
        reviews.correct(row.id, {"reviewed_on": date(2026, 3, 18)}, "fout")
    assert future.value.field == "reviewed_on"
    recorded = len(fake.events.committed)
    reviews.correct(row.id, {"reviewer_role": "directeur"}, "niets")
    assert len(fake.events.committed) == recorded
    corrected = reviews.correct(row.id, {"reviewer_role": " adjunct-directeur "}, "verkeerde functie")
    assert corrected.reviewer_role == "adjunct-directeur"
    assert fake.events.committed[-1].detail == {
        "entity": "review",
        "review_id": row.id,
        "changes": {"reviewer_role": ["directeur", "adjunct-directeur"]},
        "reason": "verkeerde functie",
    }


def test_drafts_are_kept_per_coordinator_kind_and_scope() -> None:
    fake = FakeUnitOfWork()
    mine = DraftService(fake, 2, lambda: NOW)
    theirs = DraftService(fake, 3, lambda: NOW)
    with pytest.raises(ValidationError):
        mine.save("poem", "new", {})
    with pytest.raises(ValidationError):
        mine.save("incident_form", "case 7", {})
    with pytest.raises(ValidationError):
        mine.save("incident_form", "new", {"text": "x" * 1_000_001})
    mine.save("incident_form", "new", {"title": "Foto"})
    mine.save("incident_form", "new", {"title": "Foto gedeeld"})
    mine.save("close_case", "7", {"rationale": "klaar"})
    loaded = mine.load("incident_form", "new")
    assert loaded is not None and (loaded.payload, loaded.saved_at) == ({"title": "Foto gedeeld"}, NOW)
    assert theirs.load("incident_form", "new") is None
    mine.discard("incident_form", "new")
    mine.discard("incident_form", "new")  # nothing left: nothing happens
    assert mine.load("incident_form", "new") is None
    assert mine.load("close_case", "7") is not None
