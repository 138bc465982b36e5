"""CaseFileService's versions of a case file against repositories in memory: what the director,
the police and a pupil's right of access each get, the other pupil gone from the access version,
and the export noted in the case's timeline. The PDFs themselves, on a real register file:
tests/integration/test_inzage_redaction.py, test_pdf.py."""

from __future__ import annotations

import io
import re
from datetime import UTC
from datetime import date
from datetime import datetime
from pathlib import Path

from PIL import Image

from tests.unit.services.fakes import FakeUnitOfWork
from udens_register.domain.decisions import DuePolicy
from udens_register.domain.enums import Category
from udens_register.domain.enums import MeasureKind
from udens_register.domain.enums import NoteKind
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.events import EventKind
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import PersonDraft
from udens_register.services.casefile import CaseFileService
from udens_register.services.decisions import DecisionService
from udens_register.services.dto import Answers
from udens_register.services.dto import EvidenceMeta
from udens_register.services.dto import NoteDraft
from udens_register.services.evidence import EvidenceService
from udens_register.services.incidents import IncidentService
from udens_register.services.notes import NoteService
from udens_register.services.persons import PersonService
from udens_register.storage.objects import ObjectStore

MONDAY = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)


def _case(tmp_path: Path) -> tuple[FakeUnitOfWork, CaseFileService, int, int]:
    fake = FakeUnitOfWork()
    clock = lambda: MONDAY  # noqa: E731
    persons = PersonService(fake, 1, clock)
    anouk = persons.create(PersonDraft(PersonKind.PUPIL, "Anouk", "Dijk", infix="van", student_number="41001",
                                       class_name="2V1", date_of_birth=date(2012, 1, 5)))  # fmt: skip
    daan = persons.create(PersonDraft(PersonKind.PUPIL, "Daan", "Dijk", infix="van", student_number="41002",
                                      class_name="3H2", date_of_birth=date(2011, 6, 1)))  # fmt: skip
    mentor = persons.create(PersonDraft(PersonKind.STAFF, "Ingrid", "Aarts"))
    incidents = IncidentService(fake, 1, clock)
    case = incidents.create(
        IncidentDraft(
            title="Daans bericht over Anouk van Dijk",
            category=Category.PRIVACY_VIOLATION,
            reported_at=date(2026, 3, 13),
            platform="Instagram",
            description="Dáán van Dijk (3H2, leerlingnummer 41002) plaatste als @daan_vdijk een story. "
            "Anouk van Dijk meldde het zelf bij Ingrid Aarts.",
        ),
        [(daan.id, (Role.AUTHOR,)), (anouk.id, (Role.VICTIM,)), (mentor.id, (Role.REPORTER,))],
    )
    store = ObjectStore(tmp_path)
    png = io.BytesIO()
    Image.new("RGB", (60, 40), (200, 200, 200)).save(png, "PNG")
    EvidenceService(fake, 1, "M. de Vries", clock, store).intake(
        case.id, "Daan_van_Dijk_story.png", png.getvalue(), EvidenceMeta(profile="@daan_vdijk")
    )
    incidents.add_measure(case.id, MeasureKind.SUSPENSION, date(2026, 3, 16), "een dag", person_id=daan.id)
    NoteService(fake, 1, clock).add(
        case.id, NoteDraft(NoteKind.PHONE_CALL, MONDAY, "moeder van Daan", "gebeld")
    )
    decisions = DecisionService(fake, 1, "M. de Vries", clock, DuePolicy())
    answers = Answers(protocol_violation=True)
    prepared = decisions.prepare(case.id)
    decisions.record(
        case.id, answers, [], decisions.planned_actions(decisions.preview(prepared, answers), [])
    )
    return fake, CaseFileService(fake, clock, "M. de Vries", 1, store), case.id, anouk.id


def test_the_director_gets_everything_and_the_police_the_reporting_only(tmp_path: Path) -> None:
    _, casefiles, case, _ = _case(tmp_path)
    assert casefiles.incident_id(" 2026-0001 ") == case
    [director] = casefiles.case_file(case, "directie").files
    assert [p.label for p in director.persons] == ["Daan van Dijk", "Anouk van Dijk", "Ingrid Aarts"]
    assert (len(director.decisions), len(director.measures), len(director.notes)) == (1, 1, 1)
    assert director.timeline and director.actions
    [evidence] = director.evidence
    assert evidence.filename == "Daan_van_Dijk_story.png"
    [police] = casefiles.case_file(case, "politie").files
    assert (police.decisions, police.measures, police.notes, police.timeline) == ((), (), (), ())
    [with_notes] = casefiles.case_file(case, "politie", include_notes=True).files
    assert [n.text for n in with_notes.notes] == ["gebeld"]


def test_the_access_version_names_the_subject_and_no_other_pupil(tmp_path: Path) -> None:
    _, casefiles, case, anouk = _case(tmp_path)
    bundle = casefiles.case_file(case, "inzage", person_id=anouk)
    [file] = bundle.files
    assert bundle.subject == "Anouk van Dijk"
    assert sorted(p.label for p in file.persons) == ["Anouk van Dijk", "Leerling A", "Medewerker A"]
    words = " ".join(
        [
            file.title,
            file.description,
            *(e.filename for e in file.evidence),
            *(e.meta.profile for e in file.evidence),
        ]
    )
    assert "Anouk van Dijk" in words
    assert not re.search(r"(?i)d[aá]{2}n", words), words
    for other in ("41002", "3H2", "daan_vdijk", "Ingrid", "Aarts"):
        assert other not in words, other
    assert all(e.picture is None for e in file.evidence)  # no pictures in an access version


def test_an_export_is_noted_in_the_cases_timeline(tmp_path: Path) -> None:
    fake, casefiles, case, _ = _case(tmp_path)
    bundle = casefiles.case_file(case, "politie")
    casefiles.record_export(bundle, True, "Politie Uden", "ab" * 32)
    last = fake.events.committed[-1]
    assert (last.kind, last.incident_id) == (EventKind.CASE_EXPORTED, case)
    assert last.detail == {
        "audience": "politie",
        "protected": True,
        "recipient": "Politie Uden",
        "sha256": "ab" * 32,
    }
