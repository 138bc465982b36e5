"""The typed decision view: built once from the protocol's Decision, stored and read back unchanged."""

from __future__ import annotations

from datetime import date

import pytest

from udens_register.domain.decisions import ActionKind
from udens_register.domain.decisions import DuePolicy
from udens_register.domain.decisions import Ground
from udens_register.domain.decisions import ParentMode
from udens_register.domain.decisions import Route
from udens_register.domain.errors import ValidationError
from udens_register.services.decision_view import DecisionView
from udens_register.services.decision_view import Deviation
from udens_register.services.decision_view import LineKey
from udens_register.services.decision_view import PersonRef
from udens_register.services.decision_view import view_of
from udens_register.services.decisions import facts_from
from udens_register.services.decisions import planned_actions
from udens_register.services.decisions import preview
from udens_register.services.dto import Answers
from udens_register.services.dto import Prepared
from udens_register.services.dto import PreparedPerson

PREPARED = Prepared(
    incident_id=1,
    case_number="2026-0001",
    incident_date=date(2026, 3, 12),
    persons=(
        PreparedPerson(person_id=12, name="Bram Kuipers", kind="pupil", roles=("author",), age=15),
        PreparedPerson(person_id=7, name="Sem Visser", kind="pupil", roles=("victim",), age=18),
        PreparedPerson(person_id=30, name="Ingrid Aarts", kind="staff", roles=("sharer",), age=None),
    ),
)
ANSWERS = Answers(
    protocol_violation=True,
    threat_of_violence=("physical",),
    sexual_intimidation=True,
    immediate_danger=True,
    domestic_violence_signals=True,
)


def test_facts_name_persons_by_string_and_map_them_back_through_a_dict() -> None:
    facts, who = facts_from(PREPARED, ANSWERS)
    assert all(isinstance(p["id"], str) for p in facts["persons"])
    assert {who[p["id"]].id for p in facts["persons"]} == {12, 7, 30}
    assert who[facts["persons"][0]["id"]] == PersonRef(12, "Bram Kuipers")


def test_preview_is_typed_line_by_line() -> None:
    view = preview(PREPARED, ANSWERS)
    assert [(x.kind, x.person, x.mode, x.grounds, x.urgent, x.rule) for x in view.lines] == [
        (ActionKind.PARENTS, PersonRef(12, "Bram Kuipers"), ParentMode.INFORM, (), False, "3"),
        (ActionKind.PARENTS, PersonRef(7, "Sem Visser"), ParentMode.CONSENT, (), False, "3"),
        (
            ActionKind.POLICE,
            None,
            None,
            (Ground.THREAT_OF_VIOLENCE, Ground.SEXUAL_INTIMIDATION),
            True,
            "4a,4b",
        ),
        (ActionKind.GUIDANCE, PersonRef(7, "Sem Visser"), None, (), False, "5"),
    ]
    assert view.rules == ("3", "4", "5")
    assert view.cited == ("3", "4", "4a", "4b", "5")
    assert view.routes == (Route.MELDCODE,)
    assert view.deviations == ()


def test_only_acute_danger_cites_rule_4_itself() -> None:
    view = preview(PREPARED, Answers(protocol_violation=False, immediate_danger=True))
    (police,) = view.of_kind(ActionKind.POLICE)
    assert police.rule == "4" and police.urgent and view.cited == ("4", "5")


def test_deviations_sit_on_their_lines_and_survive_storage() -> None:
    view = preview(PREPARED, ANSWERS)
    deviation = Deviation(LineKey(ActionKind.PARENTS, 12), "Ouders zijn al door de mentor gebeld.")
    decided = view.with_deviations([deviation])
    assert decided.line(LineKey(ActionKind.PARENTS, 12)).deviation == deviation.reason
    assert decided.deviations == (deviation,)
    names = {p.person_id: p.name for p in PREPARED.persons}
    stored = DecisionView.from_json(decided.to_json(), names, [r.value for r in view.routes], [deviation])
    assert stored == decided
    assert all(isinstance(x.get("person_id"), int | None) for x in decided.to_json()["lines"])


def test_a_deviation_from_a_line_the_decision_lacks_is_refused() -> None:
    view = preview(PREPARED, ANSWERS)
    with pytest.raises(ValidationError):
        view.with_deviations(
            [Deviation(LineKey(ActionKind.GUIDANCE, 12), "Geen slachtoffer, toch begeleiding.")]
        )
    with pytest.raises(KeyError):
        view.line(LineKey(ActionKind.GUIDANCE, 12))


def test_planned_actions_skip_deviated_lines_and_carry_person_ids() -> None:
    view = preview(PREPARED, ANSWERS)
    deviation = Deviation(LineKey(ActionKind.PARENTS, 12), "Ouders zijn al door de mentor gebeld.")
    plans = planned_actions(view, [deviation], date(2026, 3, 16), "Zorg", DuePolicy())
    assert [(p.item, p.kind, p.person_id, p.urgent) for p in plans[:3]] == [
        (LineKey(ActionKind.PARENTS, 7), ActionKind.PARENTS, 7, False),
        (LineKey(ActionKind.POLICE), ActionKind.POLICE, None, True),
        (LineKey(ActionKind.GUIDANCE, 7), ActionKind.GUIDANCE, 7, False),
    ]
    # Then the Meldcode's five steps (acute danger: all today) and the guidance's two reviews.
    steps = [ActionKind.MC_SIGNALS, ActionKind.MC_CONSULT, ActionKind.MC_TALK, ActionKind.MC_WEIGH]
    assert [p.kind for p in plans[3:8]] == [*steps, ActionKind.MC_DECIDE]
    assert {p.due_date for p in plans[3:8]} == {date(2026, 3, 16)}
    reviews = plans[8:]
    assert [(p.kind, p.person_id, p.seq, p.due_date) for p in reviews] == [
        (ActionKind.GUIDANCE_REVIEW, 7, 1, date(2026, 3, 30)),
        (ActionKind.GUIDANCE_REVIEW, 7, 2, date(2026, 4, 27)),
    ]


def test_view_of_needs_every_person_the_protocol_names() -> None:
    facts, who = facts_from(PREPARED, ANSWERS)
    from udens_register.protocol import decide

    with pytest.raises(KeyError):
        view_of(decide(facts), {}, ())
    assert view_of(decide(facts), who, ()).routes == ()
