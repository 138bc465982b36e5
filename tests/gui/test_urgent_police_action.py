"""An urgent police action (acute danger: "SPOED: bel nu 112" in the wizard) stays urgent in the
actions list, the case pane and every version of the case file (issue 24: the urgency was lost
after the wizard)."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from udens_register.domain.decisions import ActionKind
from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import PersonDraft
from udens_register.paths import resources_dir
from udens_register.reporting.case_pdf import CaseFileRenderer
from udens_register.services.dto import Answers
from udens_register.ui.actions import ActionsView
from udens_register.ui.actions import kind_text
from udens_register.ui.i18n import words

FONTS = resources_dir() / "fonts"
URGENT = "SPOED: bel nu 112"
SETTLED = "spoed (acuut gevaar)"


def _text(pdf: bytes, pages: slice = slice(None)) -> str:
    return " ".join(
        "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages[pages]).split()
    )


def _urgent_case(reg):  # type: ignore[no-untyped-def]
    pupil = reg.persons.create(PersonDraft(PersonKind.PUPIL, "Daan", "Wit", date_of_birth=date(2011, 4, 4)))
    incident = reg.incidents.create(
        IncidentDraft(title="Dreigt zichzelf iets aan te doen", category=Category.THREAT_OF_VIOLENCE,
                      reported_at=date(2026, 3, 13))
        , [(pupil.id, (Role.VICTIM,))],
    )  # fmt: skip
    answers = Answers(protocol_violation=True, threat_of_violence=("physical",), immediate_danger=True)
    outcome = reg.decisions.preview(reg.decisions.prepare(incident.id), answers)
    reg.decisions.record(incident.id, answers, [], reg.decisions.planned_actions(outcome, []))
    (police,) = [a for a in reg.decisions.actions(incident.id) if a.kind == ActionKind.POLICE]
    assert police.urgent
    return incident, police


def test_the_case_file_keeps_the_urgency(reg) -> None:  # type: ignore[no-untyped-def]
    incident, police = _urgent_case(reg)
    renderer = CaseFileRenderer(FONTS, "nl")
    directie = _text(renderer.render(reg.casefiles.case_file(incident.id, "directie")))
    assert directie.count(URGENT) == 2, "the decision's line, and the open action"
    politie = _text(renderer.render(reg.casefiles.case_file(incident.id, "politie")))
    assert URGENT in politie, "the police version's reporting (it has no decision section)"
    reg.decisions.update_action(police.id, status="done", outcome={"date": "2026-03-16", "station": "Uden",
                                "registration_number": "PL0500-2026000001", "report_type": "report"})  # fmt: skip
    directie = _text(renderer.render(reg.casefiles.case_file(incident.id, "directie")))
    assert SETTLED in directie, "done: what it was"
    assert directie.count(URGENT) == 1, "no longer 'call now' at the action, only in the decision's words"


def test_the_actions_list_shows_the_urgency(qtbot, reg) -> None:  # type: ignore[no-untyped-def]
    _incident, police = _urgent_case(reg)
    view = ActionsView(reg.decisions, date(2026, 3, 16))
    qtbot.addWidget(view)
    view.show()
    row = [r.id for r in view.rows].index(police.id)
    shown = view.table.item(row, 1)
    assert shown.text() == f"{kind_text(ActionKind.POLICE)} — {words('urgency', 'open')}"
    assert shown.foreground().color().name() == "#b00020" and shown.font().bold()


def test_the_cover_says_how_to_check_the_signature(reg) -> None:  # type: ignore[no-untyped-def]
    incident, _police = _urgent_case(reg)
    bundle = replace(reg.casefiles.case_file(incident.id, "directie"), signature_id="3DBB F9CE 71F7 D4F1")
    cover = _text(CaseFileRenderer(FONTS, "nl").render(bundle), slice(0, 1))
    assert "3DBB F9CE 71F7 D4F1" in cover
    assert "Zo controleert u dit dossier" in cover and "Dit dossier controleren" in cover


@pytest.mark.parametrize("audience", ["politie", "inzage"])
def test_the_police_and_inspection_covers_do_not_send_the_reader_to_the_school_manual(
    reg, audience: str
) -> None:  # type: ignore[no-untyped-def]
    """The police and a pupil's or parent's inspection have no school manual (a reviewer's finding)."""
    incident, _police = _urgent_case(reg)
    subject = next(p.key for p in reg.casefiles.case_file(incident.id, "directie").files[0].persons)
    bundle = replace(
        reg.casefiles.case_file(incident.id, audience, subject if audience == "inzage" else None),
        signature_id="3DBB F9CE 71F7 D4F1",
    )
    cover = _text(CaseFileRenderer(FONTS, "nl").render(bundle), slice(0, 1))
    assert "Zo controleert u dit dossier" in cover and "3DBB F9CE 71F7 D4F1" in cover
    assert "handleiding" not in cover and "Dit dossier controleren" not in cover
    assert "zorgcoördinator van de school" in cover
