"""The cover's note says "about minors" only when a person of the case file is one.

A sentence of fact in a document that leaves the laptop follows from what the register holds:
a case of two staff members is not about minors; a pupil of 19 (birth date known) is not a
minor; a pupil whose birth date is unknown is taken to be one (a secondary-school pupil).
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import PersonDraft
from udens_register.paths import resources_dir
from udens_register.reporting.case_pdf import CaseFileRenderer

MINORS = "gevoelige persoonsgegevens over minderjarigen"
PLAIN = "Dit document bevat gevoelige persoonsgegevens. Niet kopiëren"


def _cover(reg, persons: list[PersonDraft], audience: str = "directie") -> str:  # type: ignore[no-untyped-def]
    ids = [reg.persons.create(p).id for p in persons]
    incident = reg.incidents.create(
        IncidentDraft(title="Bericht op Instagram", category=Category.OTHER, reported_at=date(2026, 3, 2)),
        [(ids[0], (Role.VICTIM,)), *[(i, (Role.AUTHOR,)) for i in ids[1:]]],
    )
    subject = ids[0] if audience == "inzage" else None
    pdf = CaseFileRenderer(resources_dir() / "fonts", "nl").render(
        reg.casefiles.case_file(incident.id, audience, subject)
    )
    return " ".join((PdfReader(io.BytesIO(pdf)).pages[0].extract_text() or "").split())


@pytest.mark.parametrize("audience", ["directie", "politie", "inzage"])
def test_a_case_of_staff_members_is_not_said_to_be_about_minors(reg, audience: str) -> None:  # type: ignore[no-untyped-def]
    text = _cover(
        reg,
        [PersonDraft(PersonKind.STAFF, "Henk", "de Wit"), PersonDraft(PersonKind.STAFF, "Ria", "Bos")],
        audience,
    )
    assert MINORS not in text
    assert PLAIN in text


def test_a_pupil_of_nineteen_is_no_minor(reg) -> None:  # type: ignore[no-untyped-def]
    adult = PersonDraft(PersonKind.PUPIL, "Sem", "Kok", date_of_birth=date(2006, 1, 5))
    text = _cover(reg, [adult, PersonDraft(PersonKind.STAFF, "Ria", "Bos")])
    assert MINORS not in text and PLAIN in text


def test_a_pupil_of_fourteen_or_of_unknown_age_is_a_minor(reg) -> None:  # type: ignore[no-untyped-def]
    young = PersonDraft(PersonKind.PUPIL, "Fenna", "Zwanenburg", date_of_birth=date(2012, 5, 4))
    assert MINORS in _cover(reg, [young])
    unknown = PersonDraft(PersonKind.PUPIL, "Daan", "van den Berg")
    assert MINORS in _cover(reg, [PersonDraft(PersonKind.STAFF, "Karel", "Appel"), unknown])
