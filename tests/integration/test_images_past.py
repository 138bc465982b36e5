"""The images-of-minors guard covers the past: a case flagged as sexual images of a minor while it
still holds stored files (the first-edition wizard flagged before the guard existed; a migrated old
register, an import or a restored backup brings such a case) is found by one query, reported by
``verify`` (one line per case, its number only), cannot close while it holds them, and is clean
once each is destroyed. ``import-json`` never takes such files in; ``add-evidence`` refuses them."""

from __future__ import annotations

import base64
import io
import json
import os
import zipfile
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from tests.integration.test_cli import run
from tests.integration.test_pdf_pictures import FONTS
from tests.integration.test_pdf_pictures import _images
from tests.integration.test_stored_files import _legacy_row
from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.enums import Status
from udens_register.domain.errors import ValidationError
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import PersonDraft
from udens_register.reporting.case_pdf import CaseFileRenderer
from udens_register.services.dto import EvidenceMeta
from udens_register.services.evidence_files import EvidenceRefused
from udens_register.services.export import evidence_path
from udens_register.services.register import create_register
from udens_register.services.register import open_register
from udens_register.services.register_import import zip_evidence
from udens_register.services.register_import_check import JsonRefused
from udens_register.services.verify import verify_register


def _png() -> bytes:
    image = Image.frombytes("RGB", (48, 36), os.urandom(48 * 36 * 3))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def flag_as_the_old_wizard_did(register, incident_id: int) -> None:  # type: ignore[no-untyped-def]
    """The first-edition wizard set the flag and kept the files (no guard yet): written directly."""
    with register.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE incidents SET sexual_images_minor = 1 WHERE id = ?", (incident_id,))


def flagged_case_with_two_screenshots(register):  # type: ignore[no-untyped-def]
    """A case with two screenshots, then flagged; and a second, unflagged case with a screenshot."""
    pupil = register.persons.create(
        PersonDraft(PersonKind.PUPIL, "Lotte", "Smits", date_of_birth=date(2011, 9, 1))
    )
    incident = register.incidents.create(
        IncidentDraft(title="Foto doorgestuurd", category=Category.OTHER, reported_at=date(2026, 3, 13)),
        [(pupil.id, (Role.VICTIM,))],
    )
    shots = [
        register.evidence.intake(
            incident.id, name, _png(), EvidenceMeta(platform="Snapchat", description=what)
        )
        for name, what in (("chat-1.png", "Chat met foto"), ("chat-2.png", "Doorgestuurd in groep"))
    ]
    other = register.incidents.create(
        IncidentDraft(title="Roddel", category=Category.OTHER, reported_at=date(2026, 3, 14))
    )
    register.evidence.intake(other.id, "roddel.png", _png(), EvidenceMeta())
    flag_as_the_old_wizard_did(register, incident.id)
    return incident, shots


def test_a_flagged_case_holding_files_is_found_reported_and_held_open_until_they_are_destroyed(reg) -> None:  # type: ignore[no-untyped-def]
    incident, shots = flagged_case_with_two_screenshots(reg)
    removed = _legacy_row(reg, incident.id, "oud.png", original=_png())  # removed from the case, still stored
    folder = reg.location.folder

    (found,) = reg.evidence.flagged_cases()
    assert (found.incident_id, found.case_number, found.files) == (incident.id, incident.case_number, 3)
    view = reg.cases.open_case(incident.id)
    assert [f.evidence_id for f in view.images_to_destroy] == [shots[0].id, shots[1].id, removed]
    assert view.images_to_destroy[2].removed

    report = verify_register(folder, PASSPHRASE)
    assert not report.healthy
    (line,) = [p for p in report.problems if p.startswith("images:")]
    assert incident.case_number in line and "Lotte" not in line and "Smits" not in line
    with pytest.raises(ValidationError) as refused:
        reg.incidents.set_status(incident.id, Status.CLOSED, "Afgehandeld met ouders")
    assert refused.value.field == "evidence"
    assert reg.incidents.get(incident.id).status != Status.CLOSED

    for f in view.images_to_destroy:
        reg.evidence.destroy(f.evidence_id, "Seksuele beelden van een minderjarige", f.description or "Foto")
    assert reg.evidence.flagged_cases() == ()
    assert reg.cases.open_case(incident.id).images_to_destroy == ()
    assert verify_register(folder, PASSPHRASE).healthy
    rows = {e.id: e for e in reg.evidence.list(incident.id)}
    assert [(rows[s.id].sha256, rows[s.id].meta.description) for s in shots] == [
        (s.sha256, s.meta.description) for s in shots
    ], "the hashes and descriptions stay"
    closed = reg.incidents.set_status(incident.id, Status.CLOSED, "Afgehandeld met ouders")
    assert closed.status == Status.CLOSED


def test_an_unflagged_case_with_files_is_no_finding(reg) -> None:  # type: ignore[no-untyped-def]
    incident = reg.incidents.create(
        IncidentDraft(title="Dreiging", category=Category.OTHER, reported_at=date(2026, 3, 13))
    )
    reg.evidence.intake(incident.id, "dreiging.png", _png(), EvidenceMeta())
    assert reg.evidence.flagged_cases() == ()
    assert reg.cases.open_case(incident.id).images_to_destroy == ()
    assert verify_register(reg.location.folder, PASSPHRASE).healthy


@pytest.fixture
def old_register(tmp_path: Path) -> Path:
    """A register of before the guard: one case flagged with two screenshots still stored."""
    folder = tmp_path / "oud"
    create_register(folder, PASSPHRASE, "Zorgcoördinator", kdf_seconds=FAST_KDF)
    with open_register(folder, PASSPHRASE) as register:
        flagged_case_with_two_screenshots(register)
    return folder


def test_verify_on_the_command_line_names_the_case_in_dutch_and_nothing_personal(old_register: Path) -> None:
    result = run("--data-dir", str(old_register), "verify")
    assert result.returncode == 1, result.stderr
    lines = [x for x in result.stderr.splitlines() if "2026-0001" in x]
    assert (
        len(lines) == 1
        and "seksuele beelden van een minderjarige" in lines[0]
        and "bestanden (2;" in lines[0]
    )
    assert "Lotte" not in result.stderr and "Smits" not in result.stderr and "chat-1" not in result.stderr
    assert "2026-0002" not in result.stderr, "the unflagged case with a file is no problem"


@pytest.mark.slow
def test_add_evidence_on_the_command_line_refuses_a_file_for_a_flagged_case(
    old_register: Path, tmp_path: Path
) -> None:
    shot = tmp_path / "nog-een.png"
    shot.write_bytes(_png())
    result = run("--data-dir", str(old_register), "add-evidence", "2026-0001", str(shot))
    assert result.returncode == 2, result.stderr
    assert (
        "Traceback" not in result.stderr and "seksueel beeldmateriaal van een minderjarige" in result.stderr
    )
    with open_register(old_register, PASSPHRASE) as register:
        (found,) = register.evidence.flagged_cases()
        assert found.files == 2, "nothing was added"


def old_export_with_the_images(folder: Path, export: Path) -> dict:  # type: ignore[type-arg]
    """``export-json --with-evidence`` as a version before the guard made it: with the bytes of the
    flagged case's files (this version leaves them out); its ``register.json``."""
    with open_register(folder, PASSPHRASE) as register:
        with export.open("wb") as out:
            register.export_zip(out)
        with zipfile.ZipFile(export) as archive:
            doc = json.loads(archive.read("register.json"))
            members = {n: archive.read(n) for n in archive.namelist() if n != "register.json"}
        for incident in doc["incidents"]:
            for e in incident["evidence"]:
                if e["kind"] == "file" and "file" not in e:
                    e["file"] = evidence_path(e["id"], e["filename"])
                    members[e["file"]] = register.evidence.content(e["id"], "original")
    with zipfile.ZipFile(export, "w") as archive:
        archive.writestr("register.json", json.dumps(doc))
        for name, data in members.items():
            archive.writestr(name, data)
    return doc


@pytest.mark.slow
def test_import_json_refuses_an_export_that_holds_files_of_a_flagged_case(
    old_register: Path, tmp_path: Path
) -> None:
    export = tmp_path / "export.zip"
    doc = old_export_with_the_images(old_register, export)
    new = tmp_path / "nieuw"
    create_register(new, PASSPHRASE, "Zorgcoördinator", kdf_seconds=FAST_KDF)
    with open_register(new, PASSPHRASE) as register, zipfile.ZipFile(export) as archive:
        with pytest.raises(JsonRefused) as refused:
            register.register_importer.load(doc, zip_evidence(archive))
        assert refused.value.code == "json_images_minor"
        assert refused.value.values == {"case": "2026-0001", "count": 2}
        assert register.register_importer.is_empty(), "nothing imported"
    assert [p for p in (new / "objects").rglob("*") if p.is_file()] == [], "no object written and left"

    result = run("--data-dir", str(tmp_path / "laptop"), "import-json", str(export))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    (line,) = [x for x in result.stderr.splitlines() if x.strip()]
    assert "niets geïmporteerd" in line and "2026-0001" in line and "Lotte" not in line


@pytest.mark.slow
def test_import_json_takes_a_flagged_case_whose_export_holds_no_bytes(
    old_register: Path, tmp_path: Path
) -> None:
    with open_register(old_register, PASSPHRASE) as register:
        doc = json.loads(register.export_json())  # without the files: hashes and descriptions only
    new = tmp_path / "nieuw"
    create_register(new, PASSPHRASE, "Zorgcoördinator", kdf_seconds=FAST_KDF)
    with open_register(new, PASSPHRASE) as register:
        loaded = register.register_importer.load(doc)
        assert loaded.incidents == 2 and loaded.evidence_files == 0
        assert register.evidence.flagged_cases() == ()
        flagged = next(i for i in doc["incidents"] if i["sexual_images_minor"])
        kept = register.evidence.list(int(flagged["id"]))
        assert [(e.sha256, e.meta.description) for e in kept] == [
            (e["sha256"], e["description"]) for e in flagged["evidence"]
        ], "the hashes and descriptions come along, the bytes do not"
    assert verify_register(new, PASSPHRASE).healthy


def test_no_copy_leaves_the_register_while_the_files_wait_to_be_destroyed(reg, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A case file (every version), export-json --with-evidence and Opslaan als hold no picture of a
    flagged case; the unflagged case keeps its picture in all three."""
    incident, shots = flagged_case_with_two_screenshots(reg)
    other_id = incident.id + 1  # the unflagged case, made right after it
    (other_row,) = reg.evidence.list(other_id)
    for audience in ("directie", "politie"):
        pdf = CaseFileRenderer(FONTS, "nl").render(reg.casefiles.case_file(incident.id, audience))
        assert _images(pdf) == [], f"the {audience} file shows no picture of the flagged case"
        text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).replace("\n", "")
        assert shots[0].sha256 in text, "its hash is listed instead"
    assert _images(CaseFileRenderer(FONTS, "nl").render(reg.casefiles.case_file(other_id, "directie")))

    export = tmp_path / "export.zip"
    with export.open("wb") as out:
        reg.export_zip(out)
    with zipfile.ZipFile(export) as archive:
        names = [n for n in archive.namelist() if n != "register.json"]
        doc = json.loads(archive.read("register.json"))
    assert names == [f"evidence/{other_row.id}/roddel.png"], "only the unflagged case's file"
    flagged = next(i for i in doc["incidents"] if i["sexual_images_minor"])
    assert [(e["sha256"], "file" in e) for e in flagged["evidence"]] == [(s.sha256, False) for s in shots]

    with pytest.raises(EvidenceRefused) as refused:
        reg.evidence.save_to(shots[0].id, tmp_path / "kopie.png")
    assert refused.value.reason == "sexual_images"
    assert not (tmp_path / "kopie.png").exists()
    reg.evidence.save_to(other_row.id, tmp_path / "roddel.png")  # another case's file still can


@pytest.mark.slow
def test_import_json_refuses_a_first_edition_json_export_with_the_images_in_base64(
    old_register: Path, tmp_path: Path
) -> None:
    with open_register(old_register, PASSPHRASE) as register:
        doc = json.loads(register.export_json())
        flagged = next(i for i in doc["incidents"] if i["sexual_images_minor"])
        for e in flagged["evidence"]:  # as export-json --with-evidence of the first edition wrote them
            e["content_base64"] = base64.b64encode(register.evidence.content(e["id"], "original")).decode()
    export = tmp_path / "export.json"
    export.write_text(json.dumps(doc), encoding="utf-8")
    result = run("--data-dir", str(tmp_path / "laptop"), "import-json", str(export))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "niets geïmporteerd" in result.stderr and "2 bestand(en)" in result.stderr
    assert not (tmp_path / "laptop").exists(), "refused before a register is made for it"
