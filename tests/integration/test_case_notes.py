"""Case notes on a real SQLCipher register: dated, in the chronology, searchable, corrected with
history, in the director's PDF and the JSON export, in the police version only when chosen."""

from __future__ import annotations

import io
import json
from datetime import UTC
from datetime import date
from datetime import datetime
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import MONDAY
from udens_register.domain.enums import Category
from udens_register.domain.enums import NoteKind
from udens_register.domain.errors import ValidationError
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import IncidentFilter
from udens_register.paths import resources_dir
from udens_register.reporting.case_pdf import CaseFileRenderer
from udens_register.services.chronology import chronology
from udens_register.services.dto import NoteDraft
from udens_register.services.dto import NoteRow

CALL = "Moeder gebeld: zij herkent het Snapchataccount van de klasgenoot."


@pytest.fixture
def case(reg):  # type: ignore[no-untyped-def]
    detail = reg.incidents.create(
        IncidentDraft(
            title="Dreigbericht", category=Category.THREAT_OF_VIOLENCE, reported_at=date(2026, 3, 13)
        )
    )
    return detail.id


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_a_note_stands_in_the_chronology_at_its_own_moment(reg, case) -> None:  # type: ignore[no-untyped-def]
    earlier = MONDAY - timedelta(days=3, hours=2)  # the call was on Friday, written down on Monday
    note = reg.notes.add(case, NoteDraft(NoteKind.PHONE_CALL, earlier, "moeder van Daan", CALL))
    assert note.at == earlier and note.coordinator == "Zorgcoördinator — M. de Vries"
    view = reg.cases.open_case(case)
    assert [n.text for n in view.notes] == [CALL]
    entries = chronology(view.detail.events, view.notes)
    assert isinstance(entries[0], NoteRow)  # before the incident was even recorded on Monday
    assert all(getattr(e, "kind", "") != "note_added" for e in entries)
    assert "note_added" in [e.kind for e in view.detail.events]  # the timeline still has it


def test_bad_notes_are_refused_and_nothing_is_written(reg, case) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as exc:
        reg.notes.add(case, NoteDraft(NoteKind.CONVERSATION, MONDAY + timedelta(days=1), "", "morgen"))
    assert exc.value.field == "at"
    with pytest.raises(ValidationError) as exc:
        reg.notes.add(case, NoteDraft(NoteKind.CONVERSATION, MONDAY, "mentor", "   "))
    assert exc.value.field == "text"
    with pytest.raises(ValidationError) as exc:
        reg.notes.add(case, NoteDraft(NoteKind.CONVERSATION, MONDAY, "mentor", "tekst\u202egespiegeld"))
    assert reg.notes.notes(case) == []


def test_a_correction_keeps_the_old_text_who_when_and_why(reg, case) -> None:  # type: ignore[no-untyped-def]
    note = reg.notes.add(case, NoteDraft(NoteKind.PHONE_CALL, MONDAY, "vader", CALL))
    draft = NoteDraft(NoteKind.CONVERSATION, MONDAY, "moeder", CALL + " Afspraak op donderdag.")
    with pytest.raises(ValidationError) as exc:
        reg.notes.correct(note.id, draft, "  ")
    assert exc.value.field == "reason"
    fixed = reg.notes.correct(note.id, draft, "Het was de moeder, niet de vader.")
    assert fixed.with_whom == "moeder" and fixed.kind == "conversation"
    corrected = [e for e in reg.incidents.get(case).events if e.kind == "corrected"]
    assert len(corrected) == 1
    detail = corrected[0].detail
    assert detail["entity"] == "note" and detail["reason"] == "Het was de moeder, niet de vader."
    assert detail["changes"]["with_whom"] == ["vader", "moeder"]
    assert detail["changes"]["note_kind"] == ["phone_call", "conversation"]
    assert detail["changes"]["text"][0] == CALL
    removed = reg.notes.remove(note.id, "In de verkeerde zaak genoteerd.")
    assert removed.removed_at is not None
    assert reg.incidents.get(case).events[-1].kind == "note_removed"
    with pytest.raises(ValidationError):
        reg.notes.correct(note.id, draft, "nog eens")


def test_notes_are_found_by_search_and_in_the_export(reg, case) -> None:  # type: ignore[no-untyped-def]
    reg.notes.add(case, NoteDraft(NoteKind.OBSERVATION, MONDAY, "", "Gezien bij de fietsenstalling."))
    page = reg.incidents.page(IncidentFilter(text="fietsenstalling"))
    assert [r.id for r in page.rows] == [case]
    doc = json.loads(reg.export_json())
    notes = doc["incidents"][0]["notes"]
    assert notes[0]["kind"] == "observation" and notes[0]["text"] == "Gezien bij de fietsenstalling."
    assert notes[0]["at"] == MONDAY.isoformat()


def test_director_pdf_has_the_notes_police_only_when_chosen(reg, case) -> None:  # type: ignore[no-untyped-def]
    reg.notes.add(
        case, NoteDraft(NoteKind.PHONE_CALL, datetime(2026, 3, 13, 15, 5, tzinfo=UTC), "moeder", CALL)
    )
    renderer = CaseFileRenderer(resources_dir() / "fonts", "nl")
    directie = _pdf_text(renderer.render(reg.casefiles.case_file(case, "directie")))
    assert "Telefoongesprek — moeder" in directie and "Snapchataccount" in directie
    politie = _pdf_text(renderer.render(reg.casefiles.case_file(case, "politie")))
    assert "Snapchataccount" not in politie
    chosen = _pdf_text(renderer.render(reg.casefiles.case_file(case, "politie", include_notes=True)))
    assert "Notities" in chosen and "Snapchataccount" in chosen


@pytest.mark.slow
def test_cli_police_version_takes_notes_with_the_flag(tmp_path: Path) -> None:
    from tests.conftest import PASSPHRASE
    from tests.integration.test_cli import run
    from udens_register.services.register import create_register
    from udens_register.services.register import open_register

    folder = tmp_path / "R"
    create_register(folder, PASSPHRASE, "Zorgcoördinator", kdf_seconds=0.01)
    with open_register(folder, PASSPHRASE) as register:
        detail = register.incidents.create(
            IncidentDraft(title="Dreigbericht", category=Category.OTHER, reported_at=date.today())
        )
        register.notes.add(detail.id, NoteDraft(NoteKind.PHONE_CALL, register.clock(), "wijkagent", CALL))
    plain, with_notes = tmp_path / "p.pdf", tmp_path / "pn.pdf"
    args = ("--data-dir", str(folder), "export-pdf", detail.case_number, "--audience", "politie")
    assert run(*args, "-o", str(plain), "--recipient", "politie").returncode == 0
    result = run(*args, "-o", str(with_notes), "--recipient", "politie", "--with-notes")
    assert result.returncode == 0, result.stderr
    assert "Snapchataccount" not in _pdf_text(plain.read_bytes())
    assert "Snapchataccount" in _pdf_text(with_notes.read_bytes())
