"""What a signed case file says of reporting sexual images of a minor to the police follows the
police action's status (issue 24: the directie and inzage versions said in red "de beelden zijn bij
de politie gemeld" while the same file listed the police action as open)."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from tests.integration.test_images_past import flagged_case_with_two_screenshots
from udens_register.domain.decisions import ActionKind
from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import PersonDraft
from udens_register.paths import resources_dir
from udens_register.reporting.case_pdf import CaseFileRenderer
from udens_register.services.dto import Answers

FONTS = resources_dir() / "fonts"
REPORTED = "de beelden zijn bij de politie gemeld"
NOT_YET = "De beelden zijn nog niet bij de politie gemeld: de politieactie staat open (uiterlijk"


def _text(pdf: bytes) -> str:
    return " ".join("\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages).split())


def _images_case(reg):  # type: ignore[no-untyped-def]
    victim = reg.persons.create(PersonDraft(PersonKind.PUPIL, "Sanne", "Bos", date_of_birth=date(2012, 2, 2)))
    author = reg.persons.create(PersonDraft(PersonKind.PUPIL, "Joris", "Mol", date_of_birth=date(2011, 5, 5)))
    incident = reg.incidents.create(
        IncidentDraft(title="Naaktfoto doorgestuurd", category=Category.SEXUAL_IMAGES_MINOR,
                      reported_at=date(2026, 3, 13))
        , [(victim.id, (Role.VICTIM,)), (author.id, (Role.AUTHOR,))],
    )  # fmt: skip
    answers = Answers(protocol_violation=True, sexual_images_of_minor=True)
    outcome = reg.decisions.preview(reg.decisions.prepare(incident.id), answers)
    reg.decisions.record(incident.id, answers, [], reg.decisions.planned_actions(outcome, []))
    return incident, victim


def _versions(reg, incident_id: int, victim_id: int) -> dict[str, str]:  # type: ignore[no-untyped-def]
    renderer = CaseFileRenderer(FONTS, "nl")
    return {
        "directie": _text(renderer.render(reg.casefiles.case_file(incident_id, "directie"))),
        "inzage": _text(renderer.render(reg.casefiles.case_file(incident_id, "inzage", victim_id))),
    }


def test_open_police_action_then_done(reg) -> None:  # type: ignore[no-untyped-def]
    incident, victim = _images_case(reg)
    (police,) = [a for a in reg.decisions.actions(incident.id) if a.kind == ActionKind.SI_POLICE]
    assert police.status == "open"
    due = police.due_date.strftime("%d-%m-%Y")
    for version, text in _versions(reg, incident.id, victim.id).items():
        assert "er zijn geen beelden bewaard, alleen beschrijvingen." in text, version
        assert f"{NOT_YET} {due})." in text, version
        assert REPORTED not in text, version

    reg.decisions.update_action(police.id, status="done", outcome={"date": "2026-03-17", "station": "Uden",
                                "registration_number": "PL0500-2026123456"})  # fmt: skip
    for version, text in _versions(reg, incident.id, victim.id).items():
        assert "De politieactie is afgerond: de beelden zijn bij de politie gemeld." in text, version
        assert NOT_YET not in text, version


def test_no_police_action_recorded_says_so(reg) -> None:  # type: ignore[no-untyped-def]
    incident = reg.incidents.create(
        IncidentDraft(title="Foto", category=Category.SEXUAL_IMAGES_MINOR, reported_at=date(2026, 3, 13))
    )
    text = _text(CaseFileRenderer(FONTS, "nl").render(reg.casefiles.case_file(incident.id, "directie")))
    assert "Er is geen politieactie vastgelegd" in text and REPORTED not in text


def test_files_still_stored_are_not_called_kept_away(reg) -> None:  # type: ignore[no-untyped-def]
    """A case flagged after its screenshots were taken holds them until they are destroyed: the
    file does not say that no images are kept."""
    incident, _shots = flagged_case_with_two_screenshots(reg)
    text = _text(CaseFileRenderer(FONTS, "nl").render(reg.casefiles.case_file(incident.id, "directie")))
    assert (
        "er zijn nog bestanden van deze zaak in het register opgeslagen die vernietigd moeten worden" in text
    )
    assert "er zijn geen beelden bewaard" not in text
