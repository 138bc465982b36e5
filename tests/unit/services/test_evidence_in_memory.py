"""EvidenceService against repositories in memory and an object store in a temporary folder:
intake refused for a flagged case or the same bytes twice, description-only evidence, corrections,
removal and destruction with their events. On a real register file: tests/integration/
test_evidence_store.py, test_stored_files.py, test_images_category.py."""

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
from udens_register.domain.enums import Status
from udens_register.domain.errors import ValidationError
from udens_register.domain.events import EventKind
from udens_register.domain.model import IncidentDraft
from udens_register.services.dto import EvidenceMeta
from udens_register.services.evidence import EvidenceService
from udens_register.services.evidence_files import EvidenceRefused
from udens_register.services.incidents import IncidentService
from udens_register.storage.objects import ObjectStore

NOW = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)


def _png(shade: int = 200) -> bytes:
    out = io.BytesIO()
    Image.new("L", (64, 48), shade).save(out, "PNG")
    return out.getvalue()


def _setup(tmp_path: Path) -> tuple[FakeUnitOfWork, EvidenceService, IncidentService, int]:
    fake = FakeUnitOfWork()
    incidents = IncidentService(fake, 7, lambda: NOW)
    case = incidents.create(
        IncidentDraft("Foto", Category.ONLINE_BULLYING, date(2026, 3, 13), platform="Snapchat")
    )
    return (
        fake,
        EvidenceService(fake, 7, "M. de Vries", lambda: NOW, ObjectStore(tmp_path)),
        incidents,
        case.id,
    )


def test_a_screenshot_is_kept_once_with_the_cases_platform_and_its_thumbnail(tmp_path: Path) -> None:
    fake, evidence, _, case = _setup(tmp_path)
    kept = evidence.intake(case, "scherm.png", _png(), EvidenceMeta())
    assert (kept.filename, kept.meta.platform, kept.meta.captured_by, kept.meta.captured_at) == (
        "scherm.png",
        "Snapchat",
        "M. de Vries",
        NOW,
    )
    assert evidence.content(kept.id, "original") == _png()
    assert list(evidence.thumbnails(case)) == [kept.id]
    with pytest.raises(EvidenceRefused) as twice:
        evidence.intake(case, "nogmaals.png", _png(), EvidenceMeta())
    assert twice.value.reason == "duplicate"
    with pytest.raises(EvidenceRefused) as text:
        evidence.intake(case, "notitie.txt", b"geen plaatje", EvidenceMeta())
    assert text.value.reason == "type"
    assert [e.kind for e in fake.events.committed][-1] is EventKind.EVIDENCE_ADDED
    assert fake.events.committed[-1].detail == {
        "evidence_id": kept.id,
        "sha256": kept.sha256,
        "filename": "scherm.png",
    }
    assert len(list((tmp_path / "objects").iterdir())) == len(fake.evidence.objects[kept.id])  # no orphans


def test_a_case_about_sexual_images_of_a_minor_keeps_descriptions_only(tmp_path: Path) -> None:
    _, evidence, incidents, case = _setup(tmp_path)
    incidents.correct(case, {"sexual_images_minor": True}, "het zijn beelden")
    with pytest.raises(EvidenceRefused) as refused:
        evidence.intake(case, "beeld.png", _png(), EvidenceMeta())
    assert refused.value.reason == "sexual_images"
    with pytest.raises(ValidationError):
        evidence.describe(case, EvidenceMeta(description="  "))
    described = evidence.describe(case, EvidenceMeta(description="Naaktfoto van een leerling, doorgestuurd"))
    assert (described.kind, described.meta.platform) == ("description", "Snapchat")
    assert not (tmp_path / "objects").exists() or not list((tmp_path / "objects").iterdir())


def test_a_message_dated_after_its_capture_is_refused(tmp_path: Path) -> None:
    _, evidence, _, case = _setup(tmp_path)
    with pytest.raises(ValidationError) as late:
        evidence.describe(
            case, EvidenceMeta(description="bericht", posted_at=datetime(2026, 3, 17, tzinfo=UTC))
        )
    assert late.value.field == "posted_at"


def test_corrections_removal_and_destruction_are_recorded(tmp_path: Path) -> None:
    fake, evidence, incidents, case = _setup(tmp_path)
    kept = evidence.intake(case, "scherm.png", _png(), EvidenceMeta())
    other = evidence.intake(case, "ander.png", _png(90), EvidenceMeta())
    with pytest.raises(ValidationError):
        evidence.correct(kept.id, EvidenceMeta(description="x"), " ")
    same = evidence.correct(kept.id, kept.meta, "niets")
    assert same == kept and fake.events.committed[-1].kind is EventKind.EVIDENCE_ADDED
    corrected = evidence.correct(
        kept.id, EvidenceMeta(**{**kept.meta.__dict__, "profile": "@bram"}), "profiel vergeten"
    )
    assert corrected.meta.profile == "@bram"
    assert fake.events.committed[-1].detail["changes"] == {"profile": ["", "@bram"]}
    removed = evidence.remove(other.id, "hoort bij een andere zaak")
    assert removed.removed_reason == "hoort bij een andere zaak"
    with pytest.raises(ValidationError):
        evidence.remove(other.id, "nog eens")
    assert [f.evidence_id for f in evidence.stored_files(case)] == [kept.id]
    with pytest.raises(ValidationError) as describe_first:
        evidence.destroy(kept.id, "beelden van een minderjarige")
    assert describe_first.value.field == "description"
    destroyed = evidence.destroy(
        kept.id, "beelden van een minderjarige", "Foto van een leerling in ondergoed"
    )
    assert destroyed.meta.description == "Foto van een leerling in ondergoed"
    assert evidence.stored_files(case) == ()
    assert not list((tmp_path / "objects").iterdir())  # every object file went with its key
    assert fake.maintained[-2] == "VACUUM"
    with pytest.raises(ValidationError):
        evidence.content(kept.id)
    assert incidents.set_status(case, Status.CLOSED, "afgehandeld").status == "closed"
    kinds = [e.kind.value for e in fake.events.committed if e.kind.value.startswith("evidence")]
    assert kinds == ["evidence_added", "evidence_added", "evidence_removed", "evidence_destroyed"]
