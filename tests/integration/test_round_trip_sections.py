"""``export-json`` → ``import-json`` into a new folder → ``export-json`` is the same document, section
by section, on a demo register that also holds what the demo does not make: a director's review
(with its signed page, a further measure and a correction), a parent linked with a relation, a
person corrected, a disclosure of a directie file and a pupil who left the school."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from udens_register.domain.enums import PersonKind
from udens_register.domain.model import IncidentFilter
from udens_register.domain.model import PersonDraft
from udens_register.services.demo import fill_demo
from udens_register.services.dto import Answers
from udens_register.services.dto import MeasureDraft
from udens_register.services.dto import ReviewDraft
from udens_register.services.register import create_register
from udens_register.services.register import open_register
from udens_register.services.register_import import zip_evidence


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 210, 220)).save(out, "PNG")
    return out.getvalue()


def _export(register: Any, path: Path) -> dict[str, Any]:
    with path.open("wb") as out:
        register.export_zip(out)
    with zipfile.ZipFile(path) as archive:
        doc: dict[str, Any] = json.loads(archive.read("register.json"))
    doc.pop("exported_at")
    return doc


def _files(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist() if n != "register.json"}


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ZIP export of a demo register with a review, a parent link, a correction and a disclosure."""
    root = tmp_path_factory.mktemp("round")
    folder = root / "old"
    create_register(folder, PASSPHRASE, "Zorgcoördinator — M. de Vries", kdf_seconds=FAST_KDF)
    with open_register(folder, PASSPHRASE) as register:
        fill_demo(register)
        case = register.incidents.page(IncidentFilter(), limit=1).rows[0]
        detail = register.incidents.get(case.id)
        pupil = next(v.person for v in detail.involvements if v.person.kind == "pupil")
        mother = register.persons.create(PersonDraft(PersonKind.PARENT, "Ineke", "Bos"))
        register.family.link(mother.id, pupil.id)
        register.persons.correct(pupil.id, {"class_name": "3H2"}, "Klas gewijzigd na de kerst.")
        register.disclosures.record(
            [case.case_number], "directie", "afdelingsdirecteur", b"%PDF-1.7 x", False
        )
        today = register.clock().date()
        review = register.reviews.record(
            case.id,
            ReviewDraft(
                "J. de Vries", "afdelingsdirecteur", today, "Akkoord, met een gesprek met de ouders.",
                (MeasureDraft("Gesprek met de ouders van de dader", "mentor", today),),
                paper_name="beoordeling.png", paper=_png(), paper_note="Getekend blad",
            ),
        )  # fmt: skip
        register.reviews.correct(review.id, {"reviewer_role": "teamleider"}, "Verkeerde rol genoteerd.")
        signals = Answers(protocol_violation=False, domestic_violence_signals=True)  # the meldcode route
        view = register.decisions.preview(register.decisions.prepare(case.id), signals)
        register.decisions.record(case.id, signals, [], register.decisions.planned_actions(view, []))
        left = register.persons.find(kind="pupil")[-1]
        register.importer.mark_left([left.id], date(2025, 7, 1), "lijst.csv")
        _export(register, root / "export.zip")
    return root / "export.zip"


@pytest.fixture(scope="module")
def round_trip(exported: Path) -> tuple[dict[str, Any], dict[str, Any], Path]:
    folder = exported.parent / "new"
    create_register(folder, PASSPHRASE, "Zorgcoördinator — J. Janssen", kdf_seconds=FAST_KDF)
    with zipfile.ZipFile(exported) as archive:
        before = json.loads(archive.read("register.json"))
        before.pop("exported_at")
        with open_register(folder, PASSPHRASE) as register:
            raw = json.loads(archive.read("register.json"))
            register.register_importer.load(raw, zip_evidence(archive))
    with open_register(folder, PASSPHRASE) as register:  # opened again: what is stored, not cached
        again = _export(register, exported.parent / "again.zip")
    return before, again, exported.parent / "again.zip"


@pytest.mark.slow
def test_the_extra_records_are_in_the_export(round_trip: tuple[dict[str, Any], dict[str, Any], Path]) -> None:
    before, _again, _path = round_trip
    reviews = [r for i in before["incidents"] for r in i["reviews"]]
    assert len(reviews) == 1 and reviews[0]["reviewer_role"] == "teamleider" and reviews[0]["paper"]
    assert reviews[0]["measure_action_ids"] and reviews[0]["disclosure_id"] is not None
    assert any(p["parents"] for p in before["persons"])
    assert any(p["left_on"] == "2025-07-01" for p in before["persons"])
    assert any(i["notes"] for i in before["incidents"]) and any(i["routes"] for i in before["incidents"])
    assert any(a["kind"] == "guidance_review" for i in before["incidents"] for a in i["actions"])
    assert before["disclosures"] and before["history"]


@pytest.mark.parametrize("section", ["persons", "disclosures", "history", "format", "version"])
def test_each_top_section_comes_back(
    round_trip: tuple[dict[str, Any], dict[str, Any], Path], section: str
) -> None:
    before, again, _path = round_trip
    assert again[section] == before[section]


@pytest.mark.parametrize(
    "part",
    ["involvements", "evidence", "measures", "communications", "notes", "decisions", "actions", "routes",
     "reviews", "timeline"],
)  # fmt: skip
def test_each_part_of_every_case_comes_back(
    round_trip: tuple[dict[str, Any], dict[str, Any], Path], part: str
) -> None:
    before, again, _path = round_trip
    assert [i["case_number"] for i in again["incidents"]] == [i["case_number"] for i in before["incidents"]]
    for old, new in zip(before["incidents"], again["incidents"], strict=True):
        assert new[part] == old[part], old["case_number"]


def test_the_whole_document_and_the_files_come_back(
    round_trip: tuple[dict[str, Any], dict[str, Any], Path], exported: Path
) -> None:
    before, again, path = round_trip
    assert again == before
    assert _files(path) == _files(exported)
