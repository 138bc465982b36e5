"""The inzage PDF for one pupil names no one else: two pupils share a surname, the other one is
mentioned inflected, accented, by handle and in an evidence file name."""

from __future__ import annotations

import io
import re
from datetime import date

from PIL import Image
from pypdf import PdfReader

from udens_register.domain.enums import Category, PersonKind, Role
from udens_register.domain.model import IncidentDraft, PersonDraft
from udens_register.paths import resources_dir
from udens_register.reporting.case_pdf import CaseFileRenderer
from udens_register.services.dto import EvidenceMeta


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
