"""The case file speaks words, not keys: outcomes of every kind of action and corrections, in all
three versions and both languages, with dates as dd-mm-jjjj."""

from __future__ import annotations

import io
import re
from datetime import UTC
from datetime import date
from datetime import datetime

import pytest
from pypdf import PdfReader

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from udens_register.domain.decisions import ActionKind
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
RAW_KEY = re.compile(r"\b[a-z]+_[a-z_]+:|\b[a-z_]+: [^\n]*;")
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
OUTCOMES = {
    ActionKind.PARENTS: {
        "contacted": "moeder",
        "how": "phone",
        "when": "2026-03-14",
        "reaction": "geschrokken",
    },
    ActionKind.POLICE: {
        "date": "2026-03-15",
        "station": "Bureau Centrum",
        "registration_number": "PL0912",
        "report_type": "report",
    },
    ActionKind.GUIDANCE: {
        "guide": "mentor",
        "plan": "wekelijks gesprek",
        "follow_up_dates": ["2026-03-20", "2026-04-03"],
        "ended_on": "2026-04-10",
    },
    ActionKind.GUIDANCE_REVIEW: {"held_on": "2026-03-30", "findings": "gaat beter", "next_step": "stoppen"},
}


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("wording") / "R"
    create_register(folder, PASSPHRASE, "Zorgcoördinator — M. de Vries", kdf_seconds=FAST_KDF)
    reg = open_register(folder, PASSPHRASE, clock=lambda: NOW)
    author = reg.persons.create(PersonDraft(PersonKind.PUPIL, "Thijs", "Verhoeven", student_number="31337",
                                            class_name="3H2", date_of_birth=date(2011, 4, 1)))  # fmt: skip
    victim = reg.persons.create(PersonDraft(PersonKind.PUPIL, "Noëlle", "Elberink", student_number="31338",
                                            class_name="2V1", date_of_birth=date(2012, 9, 9)))  # fmt: skip
    incident = reg.incidents.create(
        IncidentDraft(title="Dreigbericht via TikTok", category=Category.THREAT_OF_VIOLENCE,
                      reported_at=date(2026, 3, 13), occurred_at=date(2026, 3, 12), platform="TikTok",
                      description="Een dreigend bericht na school."),
        [(author.id, (Role.AUTHOR,)), (victim.id, (Role.VICTIM,))],
    )  # fmt: skip
    answers = Answers(protocol_violation=True, threat_of_violence=("physical",))
    preview = reg.decisions.preview(reg.decisions.prepare(incident.id), answers)
    reg.decisions.record(incident.id, answers, [], reg.decisions.planned_actions(preview, []))
    actions = reg.decisions.actions(incident.id)
    assert {a.kind for a in actions} == {
        ActionKind.PARENTS,
        ActionKind.POLICE,
        ActionKind.GUIDANCE,
        ActionKind.GUIDANCE_REVIEW,
    }
    for a in actions:
        reg.decisions.update_action(a.id, status="done", outcome=OUTCOMES[ActionKind(a.kind)])
    parents = next(a for a in actions if a.kind == ActionKind.PARENTS)
    changed = {**OUTCOMES[ActionKind.PARENTS], "when": "2026-03-15", "how": "meeting"}
    reg.decisions.update_action(
        parents.id, status="done", outcome=changed, change_reason="Datum was verkeerd."
    )
    reg.persons.correct(victim.id, {"class_name": "2V2"}, "Klas gewijzigd na de herfstvakantie.")
    yield reg, incident, victim
    reg.close()


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("audience", ["directie", "politie", "inzage"])
def test_no_raw_key_and_no_iso_date(case, audience: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    reg, incident, victim = case
    person = victim.id if audience == "inzage" else None
    bundle = reg.casefiles.case_file(incident.id, audience, person)
    text = _text(CaseFileRenderer(resources_dir() / "fonts", lang).render(bundle))
    assert not RAW_KEY.findall(text), RAW_KEY.findall(text)
    assert not ISO_DATE.findall(text), ISO_DATE.findall(text)
    if audience != "politie" and lang == "nl":
        flat = " ".join(text.split())
        for words in ("Contact met: moeder", "Hoe: gesprek", "Wanneer: 15-03-2026", "Soort: aangifte",
                      "Registratienummer: PL0912", "Vervolg: 20-03-2026, 03-04-2026", "Beëindigd: 10-04-2026"):  # fmt: skip
            assert words in flat, words


def test_the_correction_reads_as_words_in_the_director_file(case) -> None:  # type: ignore[no-untyped-def]
    reg, incident, _victim = case
    flat = " ".join(_text(CaseFileRenderer(resources_dir() / "fonts", "nl").render(
        reg.casefiles.case_file(incident.id, "directie"))).split())  # fmt: skip
    assert "Wanneer: 14-03-2026 → 15-03-2026" in flat
    assert "Hoe: telefoon → gesprek" in flat
