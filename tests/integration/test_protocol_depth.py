"""Protocol depth on a real register: the sharer role, routes as tracked steps, guidance reviews,
the images-of-minors guard over stored files, and more than one category."""

from __future__ import annotations

import hashlib
import io
import json
from datetime import date

import pytest
from PIL import Image

from udens_register.domain.decisions import ActionKind
from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.enums import Status
from udens_register.domain.errors import ValidationError
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import IncidentFilter
from udens_register.domain.model import PersonDraft
from udens_register.services.dto import Answers
from udens_register.services.dto import EvidenceMeta

MONDAY = date(2026, 3, 16)  # the ``reg`` fixture's clock


def _png(seed: int) -> bytes:
    image = Image.new("RGB", (40, 30), (seed * 40 % 256, 90, 200))
    for x in range(40):
        image.putpixel((x, seed % 30), (255, 255, 0))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def staff_case(reg):  # type: ignore[no-untyped-def]
    """A teacher suspected of sexual intimidation of a 14-year-old pupil."""
    pupil = reg.persons.create(
        PersonDraft(PersonKind.PUPIL, "Lotte", "Smits", date_of_birth=date(2011, 9, 1))
    )
    teacher = reg.persons.create(PersonDraft(PersonKind.STAFF, "Karel", "Dijk", infix="van"))
    incident = reg.incidents.create(
        IncidentDraft(title="Berichten van docent", category=Category.SEXUAL_INTIMIDATION,
                      reported_at=date(2026, 3, 13), occurred_at=date(2026, 3, 12))
        , [(pupil.id, (Role.VICTIM,)), (teacher.id, (Role.AUTHOR,))],
    )  # fmt: skip
    return incident, pupil, teacher


def record(reg, incident_id: int, answers: Answers):  # type: ignore[no-untyped-def]
    view = reg.decisions.preview(reg.decisions.prepare(incident_id), answers)
    return reg.decisions.record(incident_id, answers, [], reg.decisions.planned_actions(view, []))


def test_staff_route_opens_with_same_day_steps_and_holds_the_case_open(reg) -> None:  # type: ignore[no-untyped-def]
    incident, _pupil, _teacher = staff_case(reg)
    record(reg, incident.id, Answers(protocol_violation=True, sexual_intimidation=True))
    actions = reg.decisions.actions(incident.id)
    steps = [a for a in actions if a.kind.startswith("staff_")]
    assert [a.kind for a in steps] == ["staff_board", "staff_inspector", "staff_report", "staff_informed"]
    assert {a.due_date for a in steps} == {MONDAY}  # onverwijld: the same day
    reviews = [a for a in actions if a.kind == "guidance_review"]
    assert [(a.person_name, a.due_date) for a in reviews] == [
        ("Lotte Smits", date(2026, 3, 30)),
        ("Lotte Smits", date(2026, 4, 27)),
    ]
    events = [e.kind for e in reg.incidents.get(incident.id).events]
    assert "route_opened" in events
    for a in actions:
        if not a.kind.startswith("staff_"):
            reg.decisions.update_action(a.id, status="not_needed", reason="Elders al geregeld.")
    with pytest.raises(ValidationError):
        reg.incidents.set_status(incident.id, Status.CLOSED, "Afgerond")
    board = steps[0]
    with pytest.raises(ValidationError) as missing:
        reg.decisions.update_action(board.id, status="done", outcome={"told_by": "M. de Vries"})
    assert missing.value.field == "told_at"
    with pytest.raises(ValidationError) as bad:
        reg.decisions.update_action(board.id, status="done", outcome={"told_at": "morgen", "told_by": "X"})
    assert bad.value.field == "told_at"
    reg.decisions.update_action(
        board.id, status="done", outcome={"told_at": "2026-03-16T10:05", "told_by": "M. de Vries"}
    )
    with pytest.raises(ValidationError) as no_reason:
        reg.decisions.update_action(steps[1].id, status="not_needed")
    assert no_reason.value.field == "status_reason"
    reg.decisions.update_action(
        steps[1].id,
        status="done",
        outcome={
            "consulted_at": "2026-03-16T11:00",
            "reasonable_suspicion": "yes",
            "inspector_advice": "Aangifte",
        },
    )
    reg.decisions.update_action(
        steps[2].id,
        status="done",
        outcome={
            "board_decision": "report",
            "decision_reason": "Redelijk vermoeden",
            "reported_at": "2026-03-16T15:00",
        },
    )
    with pytest.raises(ValidationError):
        reg.incidents.set_status(incident.id, Status.CLOSED, "Afgerond")
    reg.decisions.update_action(steps[3].id, status="not_needed", reason="Door het bestuur gedaan.")
    assert reg.incidents.set_status(incident.id, Status.CLOSED, "Afgerond").status == "closed"
    exported = json.loads(reg.export_json())["incidents"][0]
    assert exported["routes"][0]["route"] == "board_inspector"
    assert "Wet op het voortgezet onderwijs" in exported["routes"][0]["source"]
    assert [a["route"] for a in exported["actions"] if a["kind"] == "staff_board"] == ["board_inspector"]


def test_meldcode_weighing_needs_each_question_it_reaches(reg) -> None:  # type: ignore[no-untyped-def]
    incident, _pupil, _teacher = staff_case(reg)
    record(reg, incident.id, Answers(protocol_violation=False, domestic_violence_signals=True))
    weigh = next(a for a in reg.decisions.actions(incident.id) if a.kind == "mc_weigh")
    with pytest.raises(ValidationError) as missing:
        reg.decisions.update_action(
            weigh.id, status="done", outcome={"q1": "yes", "q1_reason": "Blauwe plekken"}
        )
    assert missing.value.field == "q2"
    with pytest.raises(ValidationError) as bad:
        reg.decisions.update_action(weigh.id, status="done", outcome={"q1": "misschien"})
    assert bad.value.field == "q1"
    # Question 2 "yes" (acute danger) concludes: report; questions 3-5 are not asked.
    done = reg.decisions.update_action(
        weigh.id,
        status="done",
        outcome={"q1": "yes", "q1_reason": "Blauwe plekken", "q2": "yes", "q2_reason": "Dreiging thuis"},
    )
    assert done.status == "done"
    decide_step = next(a for a in reg.decisions.actions(incident.id) if a.kind == "mc_decide")
    with pytest.raises(ValidationError) as choice:
        reg.decisions.update_action(
            decide_step.id, status="done", outcome={"decision": "later", "decision_reason": "x"}
        )
    assert choice.value.field == "decision"


def test_sharer_filter_and_parents_under_rule_3(reg) -> None:  # type: ignore[no-untyped-def]
    victim = reg.persons.create(
        PersonDraft(PersonKind.PUPIL, "Noor", "Bakker", date_of_birth=date(2011, 1, 1))
    )
    sharer = reg.persons.create(
        PersonDraft(PersonKind.PUPIL, "Sem", "Wit", infix="de", date_of_birth=date(2011, 2, 2))
    )
    incident = reg.incidents.create(
        IncidentDraft(title="Doorgestuurde foto", category=Category.ONLINE_BULLYING, reported_at=date(2026, 3, 13),
                      further_categories=(Category.DISCRIMINATION,)),
        [(victim.id, (Role.VICTIM,)), (sharer.id, (Role.SHARER,))],
    )  # fmt: skip
    other = reg.incidents.create(
        IncidentDraft(title="Ander geval", category=Category.OTHER, reported_at=date(2026, 3, 13)),
        [(victim.id, (Role.VICTIM,))],
    )
    view = reg.decisions.preview(reg.decisions.prepare(incident.id), Answers(protocol_violation=True))
    parents = [line.person.id for line in view.of_kind(ActionKind.PARENTS) if line.person]
    assert parents == [victim.id, sharer.id]
    ids = [r.id for r in reg.incidents.page(IncidentFilter(role="sharer")).rows]
    assert ids == [incident.id]
    assert [r.id for r in reg.incidents.page(IncidentFilter(category="discrimination")).rows] == [incident.id]
    assert {r.id for r in reg.incidents.page(IncidentFilter(category="other")).rows} == {other.id}
    report = reg.casefiles.period_report(date(2026, 3, 1), date(2026, 3, 31))
    assert dict(report.per_category) == {"online_bullying": 1, "discrimination": 1, "other": 1}
    assert dict(report.per_group)["bullying"] == 1 and dict(report.per_group)["discrimination"] == 1
    assert dict(report.per_role)["sharer"] == 1 and dict(report.per_role)["victim"] == 2
    exported = json.loads(reg.export_json())["incidents"]
    assert exported[0]["further_categories"] == ["discrimination"]
    assert exported[0]["involvements"][1]["roles"] == ["sharer"]
    with pytest.raises(ValidationError) as repeated:
        reg.incidents.create(IncidentDraft(title="x", category=Category.OTHER, reported_at=date(2026, 3, 13),
                                           further_categories=(Category.OTHER,)))  # fmt: skip
    assert repeated.value.field == "further_categories[0]"
    corrected = reg.incidents.correct(
        incident.id, {"further_categories": [Category.SEXUAL_INTIMIDATION]}, "Ook seksueel getint"
    )
    assert corrected.further_categories == ("sexual_intimidation",)


def test_flagging_a_case_with_stored_files_needs_them_destroyed_first(reg) -> None:  # type: ignore[no-untyped-def]
    incident, _pupil, _teacher = staff_case(reg)
    shots = [_png(1), _png(2)]
    rows = [
        reg.evidence.intake(
            incident.id, f"shot{i}.png", data, EvidenceMeta(platform="Snapchat", description=f"Foto {i}")
        )
        for i, data in enumerate(shots)
    ]
    answers = Answers(protocol_violation=True, sexual_images_of_minor=True)
    with pytest.raises(ValidationError) as refused:
        record(reg, incident.id, answers)
    assert refused.value.field == "evidence"
    with pytest.raises(ValidationError):
        reg.incidents.correct(incident.id, {"sexual_images_minor": True}, "Het gaat om naaktfoto's")
    assert [f.evidence_id for f in reg.evidence.stored_files(incident.id)] == [r.id for r in rows]
    with pytest.raises(ValidationError) as no_reason:
        reg.evidence.destroy(rows[0].id, "")
    assert no_reason.value.field == "reason"
    reg.evidence.destroy(rows[0].id, "Seksuele beelden van een minderjarige")
    with pytest.raises(ValidationError):
        record(reg, incident.id, answers)
    reg.evidence.destroy(rows[1].id, "Seksuele beelden van een minderjarige", "Naaktfoto, doorgestuurd")
    decision = record(reg, incident.id, answers)
    assert decision.answers.sexual_images_of_minor
    kept = reg.evidence.list(incident.id)
    assert [(e.sha256, e.size, e.meta.platform) for e in kept] == [
        (hashlib.sha256(d).hexdigest(), len(d), "Snapchat") for d in shots
    ]
    assert [e.meta.description for e in kept] == ["Foto 0", "Naaktfoto, doorgestuurd"]
    assert all(e.destroyed_at is not None for e in kept)
    with pytest.raises(ValidationError):
        reg.evidence.content(rows[0].id, "original")
    steps = {a.kind for a in reg.decisions.actions(incident.id) if a.kind.startswith("si_")}
    # No police line in the decision (no ground of rule 4): the checklist keeps its own police step.
    assert steps == {"si_not_kept", "si_talk_victim", "si_talk_makers", "si_police", "si_removal",
                     "si_stop_spread", "si_brief_team"}  # fmt: skip
