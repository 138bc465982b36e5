"""The inzage PDF for one pupil names no one else: two pupils share a surname, the other one is
mentioned inflected, accented, by handle and in an evidence file name."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import PersonDraft
from udens_register.paths import resources_dir
from udens_register.reporting.case_pdf import CaseFileRenderer
from udens_register.services.dto import EvidenceMeta
from udens_register.services.register import create_register
from udens_register.services.register import open_register


def test_the_other_pupil_is_gone_in_every_form_and_the_subject_is_intact(reg) -> None:  # type: ignore[no-untyped-def]
    anouk = reg.persons.create(PersonDraft(PersonKind.PUPIL, "Anouk", "Dijk", infix="van", student_number="41001",
                                           class_name="2V1", date_of_birth=date(2012, 1, 5)))  # fmt: skip
    daan = reg.persons.create(PersonDraft(PersonKind.PUPIL, "Daan", "Dijk", infix="van", student_number="41002",
                                          class_name="3H2", date_of_birth=date(2011, 6, 1)))  # fmt: skip
    mentor = reg.persons.create(PersonDraft(PersonKind.STAFF, "Ingrid", "Aarts"))
    incident = reg.incidents.create(
        IncidentDraft(
            title="Daans bericht over Anouk van Dijk",
            category=Category.PRIVACY_VIOLATION,
            reported_at=date(2026, 3, 13),
            platform="Instagram",
            description="Dáán van Dijk (3H2, leerlingnummer 41002) plaatste als @daan_vdijk een story. "
            "Daan's vrienden deelden hem; van Dijk zegt dat het een grap was. Anouk van Dijk meldde het "
            "zelf bij Ingrid Aarts.",
        ),
        [(daan.id, (Role.AUTHOR,)), (anouk.id, (Role.VICTIM,)), (mentor.id, (Role.REPORTER,))],
    )
    png = io.BytesIO()
    Image.new("RGB", (60, 40), (200, 200, 200)).save(png, "PNG")
    reg.evidence.intake(incident.id, "Daan_van_Dijk_story.png", png.getvalue(),
                        EvidenceMeta(platform="Instagram", profile="@daan_vdijk",
                                     post_url="https://instagram.com/daan_vdijk/1"))  # fmt: skip
    bundle = reg.casefiles.case_file(incident.id, "inzage", person_id=anouk.id)
    pdf = CaseFileRenderer(resources_dir() / "fonts", "nl").render(bundle)
    text = " ".join("\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "Anouk van Dijk" in text  # the subject's own name is never altered
    assert not re.search(r"(?i)d[aá]{2}n", text), "no form of Daan"
    for other in ("41002", "3H2", "daan_vdijk", "Ingrid", "Aarts"):
        assert other not in text, other
    without_subject = text.replace("Anouk van Dijk", "")
    assert "Dijk" not in without_subject, "the shared surname alone is left out"
    assert "[weggelaten]" in text and "Leerling A" in text and "Medewerker A" in text


def test_text_marked_in_the_review_is_absent_from_the_pdf(reg) -> None:  # type: ignore[no-untyped-def]
    anouk = reg.persons.create(PersonDraft(PersonKind.PUPIL, "Anouk", "Dijk", infix="van"))
    daan = reg.persons.create(PersonDraft(PersonKind.PUPIL, "Daan", "Dijk", infix="van"))
    incident = reg.incidents.create(
        IncidentDraft(title="Bericht", category=Category.PRIVACY_VIOLATION, reported_at=date(2026, 3, 13),
                      description="Daans vrienden van de voetbalclub Kerkwijk deelden het bericht."),
        [(daan.id, (Role.AUTHOR,)), (anouk.id, (Role.VICTIM,))],
    )  # fmt: skip
    review = reg.casefiles.access_review(anouk.id, [incident.id])
    assert any(
        r.original == "Daans" and r.replacement == "Leerling A" for x in review for r in x.replacements
    )
    for x in review:
        for r in x.replacements:
            assert x.text[r.start : r.end] == r.replacement, "spans point into the redacted text"
    bundle = reg.casefiles.case_file(incident.id, "inzage", anouk.id, withheld=("voetbalclub Kerkwijk",))
    pdf = CaseFileRenderer(resources_dir() / "fonts", "nl").render(bundle)
    text = " ".join("\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "Kerkwijk" not in text and "voetbalclub" not in text and "de [weggelaten] deelden" in text


@pytest.mark.slow
def test_cli_export_pdf_inzage_redacts_and_can_name_staff(tmp_path: Path) -> None:
    folder = tmp_path / "C"
    create_register(folder, PASSPHRASE, "Zorgcoördinator — M. de Vries", kdf_seconds=FAST_KDF)
    with open_register(folder, PASSPHRASE) as register:
        anouk = register.persons.create(PersonDraft(PersonKind.PUPIL, "Anouk", "Dijk", infix="van"))
        daan = register.persons.create(PersonDraft(PersonKind.PUPIL, "Daan", "Dijk", infix="van"))
        staff = register.persons.create(PersonDraft(PersonKind.STAFF, "Ingrid", "Aarts"))
        incident = register.incidents.create(
            IncidentDraft(title="Daans story", category=Category.PRIVACY_VIOLATION, reported_at=date(2026, 3, 13),
                          description="Dáán (@daan_vdijk) schreef over Anouk van Dijk; Ingrid Aarts meldde het."),
            [(daan.id, (Role.AUTHOR,)), (anouk.id, (Role.VICTIM,)), (staff.id, (Role.REPORTER,))],
        )  # fmt: skip
    env = {**os.environ, "UDENS_REGISTER_PASSPHRASE": PASSPHRASE, "LANG": "nl_NL.UTF-8"}
    texts = []
    for extra in ((), ("--name-staff",)):
        out = tmp_path / f"inzage{len(extra)}.pdf"
        result = subprocess.run(
            [sys.executable, "-m", "udens_register", "--data-dir", str(folder), "export-pdf", "--recipient", "Anouk van Dijk (inzage)",
             incident.case_number, "-o", str(out), "--audience", "inzage", "--person", str(anouk.id), *extra],
            env=env, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        texts.append(" ".join("\n".join(p.extract_text() or "" for p in PdfReader(out).pages).split()))
    for text in texts:
        assert "Anouk van Dijk" in text and not re.search(r"(?i)d[aá]{2}n", text)
    assert "Aarts" not in texts[0] and "Ingrid Aarts" in texts[1]
