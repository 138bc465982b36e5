"""The case file says why a rule of the protocol brings in nobody, in the words the wizard shows:
both come from one place (decision_words.why_not_words)."""

from __future__ import annotations

import io
from datetime import UTC
from datetime import date
from datetime import datetime
from pathlib import Path

import pytest
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
from udens_register.services.dto import Answers
from udens_register.services.register import create_register
from udens_register.services.register import open_register

NOW = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("lang", "reasons"),
    [
        (
            "nl",
            [
                "Geen grond uit regel 4 en geen acuut gevaar: de politie wordt niet ingeschakeld.",
                "Er is geen slachtoffer vastgelegd: regel 5 vraagt geen begeleiding.",
            ],
        ),
        (
            "en",
            [
                "No ground from rule 4 and no acute danger: the police are not brought in.",
                "No victim is recorded: rule 5 asks no guidance.",
            ],
        ),
    ],
)
def test_the_case_file_says_why_rules_4_and_5_bring_in_nobody(
    tmp_path: Path, lang: str, reasons: list[str]
) -> None:
    folder = tmp_path / "R"
    create_register(folder, PASSPHRASE, "Zorgcoördinator — M. de Vries", kdf_seconds=FAST_KDF)
    reg = open_register(folder, PASSPHRASE, clock=lambda: NOW)
    try:
        author = reg.persons.create(
            PersonDraft(
                PersonKind.PUPIL, "Thijs", "Verhoeven", class_name="3H2", date_of_birth=date(2011, 4, 1)
            )
        )
        incident = reg.incidents.create(
            IncidentDraft(
                title="Gemene meme",
                category=Category.PRIVACY_VIOLATION,
                reported_at=date(2026, 3, 13),
                description="Een meme over een docent.",
            ),
            [(author.id, (Role.AUTHOR,))],
        )
        answers = Answers(protocol_violation=True)
        preview = reg.decisions.preview(reg.decisions.prepare(incident.id), answers)
        reg.decisions.record(incident.id, answers, [], reg.decisions.planned_actions(preview, []))
        pdf = CaseFileRenderer(resources_dir() / "fonts", lang).render(reg.casefiles.case_file(incident.id))
    finally:
        reg.close()
    flat = " ".join("\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages).split())
    for reason in reasons:
        assert reason in flat, reason
    (tmp_path / f"why-not-{lang}.pdf").write_bytes(pdf)
