"""Case-file PDFs read back with pypdf: texts, footer, rules, redaction, metadata, protection, speed."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from datetime import UTC
from datetime import date
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select

from tests.conftest import PASSPHRASE
from udens_register.domain.decisions import ActionKind
from udens_register.domain.enums import Category
from udens_register.domain.enums import MeasureKind
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.errors import ValidationError
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import PersonDraft
from udens_register.paths import resources_dir
from udens_register.reporting.case_pdf import CaseFileRenderer
from udens_register.reporting.pdf import protect
from udens_register.reporting.period_pdf import render_period_report
from udens_register.services.dto import Answers
from udens_register.services.dto import Deviation
from udens_register.services.dto import EvidenceMeta
from udens_register.services.dto import LineKey
from udens_register.services.register import open_register
from udens_register.storage.models import AuditEntry
from udens_register.storage.uow import UnitOfWork

NOW = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)
FONTS = resources_dir() / "fonts"


def text_of(pdf: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    if password is not None:
        reader.decrypt(password)
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _threat_case(reg):  # type: ignore[no-untyped-def]
    author = reg.persons.create(PersonDraft(PersonKind.PUPIL, "Thijs", "Verhoeven", student_number="31337",
                                            class_name="3H2", date_of_birth=date(2011, 4, 1)))  # fmt: skip
    victim = reg.persons.create(PersonDraft(PersonKind.PUPIL, "Noëlle", "Ëlberink", student_number="31338",
                                            class_name="2V1", date_of_birth=date(2012, 9, 9)))  # fmt: skip
    teacher = reg.persons.create(PersonDraft(PersonKind.STAFF, "Ingrid", "Aarts"))
    incident = reg.incidents.create(
        IncidentDraft(title="Dreigbericht aan Noëlle via TikTok", category=Category.THREAT_OF_VIOLENCE,
                      reported_at=date(2026, 3, 13), occurred_at=date(2026, 3, 12), platform="TikTok",
                      description="Thijs Verhoeven schreef dat Noëlle 'na school' wat zou overkomen. Kosten € 0."),
        [(author.id, (Role.AUTHOR,)), (victim.id, (Role.VICTIM,)), (teacher.id, (Role.REPORTER,))],
    )  # fmt: skip
    answers = Answers(protocol_violation=True, threat_of_violence=("physical",))
    prepared = reg.decisions.prepare(incident.id)
    outcome = reg.decisions.preview(prepared, answers)
    deviation = Deviation(
        LineKey(ActionKind.PARENTS, victim.id),
        "Ouders van Thijs Verhoeven zijn al geïnformeerd door de mentor.",
    )
    reg.decisions.record(
        incident.id, answers, [deviation], reg.decisions.planned_actions(outcome, [deviation])
    )
    reg.incidents.add_measure(
        incident.id, MeasureKind.CONVERSATION, date(2026, 3, 14), "Gesprek met Thijs", author.id
    )
    png = io.BytesIO()
    Image.new("RGB", (300, 200), (230, 230, 230)).save(png, "PNG")
    reg.evidence.intake(
        incident.id, "tiktok.png", png.getvalue(), EvidenceMeta(platform="TikTok", profile="@thijs_v")
    )
    return incident, author, victim, teacher


def test_directie_case_file_has_everything_a_director_needs(reg) -> None:  # type: ignore[no-untyped-def]
    incident, *_ = _threat_case(reg)
    bundle = reg.casefiles.case_file(incident.id, "directie")
    pdf = CaseFileRenderer(FONTS, "nl").render(bundle)
    text = text_of(pdf)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert incident.case_number in text and "Vertrouwelijk" in text and "VERTROUWELIJK" in text
    assert f"pagina 1 van {pages}" in text and f"pagina {pages} van {pages}" in text
    assert "Regel 4a — dreiging met geweld, in fysieke, psychische of materiële zin" in text
    assert "Regel 3 —" in text and "Regel 5 —" in text
    assert "Afgeweken" in text and "al geïnformeerd door de mentor" in text
    assert "Noëlle" in text and "€" in text, "embedded fonts keep accents and the euro sign"
    assert "Beoordeling en ondertekening" in text and "Handtekening" in text
    assert "SHA-256" in text and "Gesprek met Thijs" in text


def test_metadata_holds_no_names(reg) -> None:  # type: ignore[no-untyped-def]
    incident, *_ = _threat_case(reg)
    pdf = CaseFileRenderer(FONTS, "nl").render(reg.casefiles.case_file(incident.id, "directie"))
    meta = PdfReader(io.BytesIO(pdf)).metadata
    values = " ".join(str(v) for v in (meta or {}).values())
    assert incident.case_number in values
    for name in ("Thijs", "Verhoeven", "Noëlle", "Aarts", "Vries", "Zorgco"):
        assert name not in values


def test_police_version_has_facts_and_evidence_but_no_deliberation(reg) -> None:  # type: ignore[no-untyped-def]
    incident, *_ = _threat_case(reg)
    text = text_of(CaseFileRenderer(FONTS, "nl").render(reg.casefiles.case_file(incident.id, "politie")))
    assert "Thijs Verhoeven" in text and "SHA-256" in text and "@thijs_v" in text
    for internal in ("Afgeweken", "al geïnformeerd door de mentor", "Vervolgacties", "Gesprek met Thijs",
                     "Beoordeling en ondertekening"):  # fmt: skip
        assert internal not in text


def test_access_version_replaces_other_pupils_everywhere(reg) -> None:  # type: ignore[no-untyped-def]
    incident, _author, victim, _teacher = _threat_case(reg)
    bundle = reg.casefiles.case_file(incident.id, "inzage", person_id=victim.id)
    text = text_of(CaseFileRenderer(FONTS, "nl").render(bundle))
    assert "Noëlle" in text, "the subject is named"
    for other in ("Thijs", "Verhoeven", "31337", "3H2"):
        assert other not in text, other
    assert "Leerling A" in text
    assert "Inzage" in text
    # Staff are named by role in an inzage unless the coordinator chooses to name them.
    assert "Ingrid Aarts" not in text and "Medewerker A" in text
    named = reg.casefiles.case_file(incident.id, "inzage", person_id=victim.id, name_staff=True)
    text = text_of(CaseFileRenderer(FONTS, "nl").render(named))
    assert "Ingrid Aarts" in text, "staff are not pupils and stay named when chosen"
    for other in ("Thijs", "Verhoeven", "31337", "3H2"):
        assert other not in text, other


def test_access_export_covers_all_incidents_of_the_person(reg) -> None:  # type: ignore[no-untyped-def]
    incident, author, victim, _ = _threat_case(reg)
    second = reg.incidents.create(
        IncidentDraft(
            title="Tweede voorval met Thijs",
            category=Category.INSULT_DEFAMATION,
            reported_at=date(2026, 3, 14),
        ),
        [(victim.id, (Role.WITNESS,)), (author.id, (Role.AUTHOR,))],
    )
    bundle = reg.casefiles.access_export(victim.id)
    assert [f.case_number for f in bundle.files] == [incident.case_number, second.case_number]
    text = text_of(CaseFileRenderer(FONTS, "nl").render(bundle))
    assert "Thijs" not in text and "Tweede voorval met Leerling A" in text
    with pytest.raises(ValidationError):
        reg.casefiles.case_file(incident.id, "inzage")


def test_protection_is_aes_256_revision_6(reg) -> None:  # type: ignore[no-untyped-def]
    incident, *_ = _threat_case(reg)
    pdf = protect(
        CaseFileRenderer(FONTS, "nl").render(reg.casefiles.case_file(incident.id)), "geheim-wachtwoord"
    )
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.is_encrypted
    encrypt = reader.trailer["/Encrypt"]
    assert encrypt["/R"] == 6 and encrypt["/V"] == 5
    assert not reader.decrypt("verkeerd wachtwoord")
    assert b"Verhoeven" not in pdf and "Verhoeven" in text_of(pdf, "geheim-wachtwoord")


def test_english_version(reg) -> None:  # type: ignore[no-untyped-def]
    incident, *_ = _threat_case(reg)
    text = text_of(CaseFileRenderer(FONTS, "en").render(reg.casefiles.case_file(incident.id)))
    assert "Confidential" in text and "page 1 of" in text and "Rule 4a" in text


def test_period_report_is_anonymous(reg) -> None:  # type: ignore[no-untyped-def]
    _threat_case(reg)
    report = reg.casefiles.period_report(date(2026, 1, 1), date(2026, 3, 31))
    assert report.total == 1 and dict(report.rules_applied) == {"3": 1, "4": 1, "5": 1}
    assert [m for m, _ in report.per_month] == ["2026-01", "2026-02", "2026-03"]
    text = text_of(render_period_report(report, FONTS, "nl"))
    assert "Periodeoverzicht" in text and "pagina 1 van" in text
    for secret in ("Thijs", "Verhoeven", "Noëlle", "Dreigbericht", "na school"):
        assert secret not in text


@pytest.mark.slow
def test_case_with_ten_screenshots_and_hundred_entries_renders_quickly(reg) -> None:  # type: ignore[no-untyped-def]
    incident, *_ = _threat_case(reg)
    for n in range(10):
        png = io.BytesIO()
        Image.new("RGB", (1170, 2532), (n * 20, 100, 150)).save(png, "PNG")
        reg.evidence.intake(incident.id, f"scherm{n}.png", png.getvalue(), EvidenceMeta(platform="Instagram"))
    for n in range(85):
        reg.incidents.add_communication(incident.id, f"Team {n}", "Informatie", date(2026, 3, 15))
    bundle = reg.casefiles.case_file(incident.id)
    assert len(bundle.files[0].timeline) >= 100
    start = time.perf_counter()
    pdf = CaseFileRenderer(FONTS, "nl").render(bundle)
    elapsed = time.perf_counter() - start
    print(
        f"case file with 11 images and {len(bundle.files[0].timeline)} timeline entries: {elapsed * 1000:.0f} ms"
    )
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 5


@pytest.mark.slow
def test_cli_export_pdf_and_report(tmp_path: Path) -> None:
    folder = tmp_path / "D"
    env = {
        **os.environ,
        "UDENS_REGISTER_PASSPHRASE": PASSPHRASE,
        "UDENS_REGISTER_KDF_SECONDS": "0.01",
        "LANG": "nl_NL.UTF-8",
    }
    run = lambda *a, **kw: subprocess.run([sys.executable, "-m", "udens_register", "--data-dir", str(folder), *a],  # noqa: E731
                                          env={**env, **kw}, capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert run("demo").returncode == 0
    out = tmp_path / "zaak.pdf"
    case = "2025-0001"
    result = run("export-pdf", case, "-o", str(out))
    if result.returncode != 0:  # the demo spreads cases over two years; take the first listed
        case = next(
            line.split('"')[3]
            for line in run("export-json", "-o", "-").stdout.splitlines()
            if '"case_number"' in line
        )
        result = run("export-pdf", case, "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = text_of(out.read_bytes())
    assert case in text and "Vertrouwelijk" in text and "pagina 1 van" in text
    protected = tmp_path / "beveiligd.pdf"
    result = run(
        "export-pdf", case, "-o", str(protected), "--protect", UDENS_REGISTER_PDF_PASSWORD="wachtwoord123"
    )
    assert result.returncode == 0, result.stderr
    reader = PdfReader(protected)
    assert (
        reader.is_encrypted
        and reader.trailer["/Encrypt"]["/R"] == 6
        and not reader.decrypt("fout-wachtwoord")
    )
    # the command line records each case it exports as viewed, as the app's case pane does
    with open_register(folder, PASSPHRASE) as register, UnitOfWork(register.engine) as uow:
        viewed = list(
            uow.session.scalars(select(AuditEntry.target).where(AuditEntry.action == "case_viewed"))
        )
    assert viewed == [case, case]
    assert run("export-pdf", "1999-0001", "-o", str(tmp_path / "x.pdf")).returncode == 2
    assert not (tmp_path / "x.pdf").exists()
    assert run("export-pdf", case, "-o", str(tmp_path / "x.pdf"), "--audience", "inzage").returncode == 2
    report = tmp_path / "rapport.pdf"
    assert run("report", "--from", "01-01-2024", "--to", "31-12-2026", "-o", str(report)).returncode == 0
    assert "Periodeoverzicht" in text_of(report.read_bytes())
    assert run("report", "--from", "31-02-2026", "--to", "31-12-2026", "-o", str(report)).returncode == 2
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert not leftovers
