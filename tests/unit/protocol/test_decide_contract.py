"""decide() against the decision contract's second edition, line by line, with scenarios of our own:
bad input names the field, lists keep their stated order, inform/consent at 18, the sharer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from udens_register.protocol import FactsError
from udens_register.protocol import decide

COPY = Path(__file__).resolve().parents[2] / "data" / "protocol-scenarios.json"
# The shared folder beside the clone (../shared), or beside a folder the clone sits in (a worktree
# under ../wt), when there is one.
SHARED = next(
    (
        found
        for up in Path(__file__).resolve().parents[3].parents
        if (found := up / "shared" / "protocol" / "scenarios.json").exists()
    ),
    Path("/nonexistent/shared/protocol/scenarios.json"),
)


def p(pid: str, kind: str, *roles: str, age: Any = "absent") -> dict[str, Any]:
    person: dict[str, Any] = {"id": pid, "kind": kind, "roles": list(roles)}
    if age != "absent":
        person["age"] = age
    return person


@pytest.mark.skipif(not SHARED.exists(), reason="the shared folder is not beside this clone")
def test_the_projects_copy_equals_the_shared_scenarios() -> None:
    assert json.loads(COPY.read_text(encoding="utf-8")) == json.loads(SHARED.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("facts", "field"),
    [
        ({"persons": [], "protocol_violation": True, "extra": 1}, "extra"),
        ({"protocol_violation": True}, "persons"),
        ({"persons": []}, "protocol_violation"),
        ({"persons": {}, "protocol_violation": True}, "persons"),
        ({"persons": [], "protocol_violation": 1}, "protocol_violation"),
        ({"persons": [], "protocol_violation": True, "sexual_intimidation": 0}, "sexual_intimidation"),
        ({"persons": [], "protocol_violation": True, "immediate_danger": None}, "immediate_danger"),
        ({"persons": [], "protocol_violation": True, "threat_of_violence": "physical"}, "threat_of_violence"),
        ({"persons": [], "protocol_violation": True, "threat_of_violence": ["verbal"]}, "threat_of_violence[0]"),
        ({"persons": [], "protocol_violation": True, "threat_of_violence": ["material", "material"]},
         "threat_of_violence[1]"),
        ({"persons": [p("a", "pupil", "victim"), p("a", "pupil", "author")], "protocol_violation": True},
         "persons[1].id"),
        ({"persons": [p("", "pupil", "victim")], "protocol_violation": True}, "persons[0].id"),
        ({"persons": [p("a", "teacher", "victim")], "protocol_violation": True}, "persons[0].kind"),
        ({"persons": [p("a", "pupil")], "protocol_violation": True}, "persons[0].roles"),
        ({"persons": [p("a", "pupil", "spreader")], "protocol_violation": True}, "persons[0].roles[0]"),
        ({"persons": [p("a", "pupil", "sharer", "sharer")], "protocol_violation": True}, "persons[0].roles[1]"),
        ({"persons": [p("a", "pupil", "victim", age=True)], "protocol_violation": True}, "persons[0].age"),
        ({"persons": [p("a", "pupil", "victim", age=14.0)], "protocol_violation": True}, "persons[0].age"),
        ({"persons": [p("a", "pupil", "victim", age=121)], "protocol_violation": True}, "persons[0].age"),
        ({"persons": [p("a", "pupil", "victim", age=-1)], "protocol_violation": True}, "persons[0].age"),
        ({"persons": [{"id": "a", "kind": "pupil", "roles": ["victim"], "name": "x"}],
          "protocol_violation": True}, "persons[0].name"),
        ({"persons": [{"kind": "pupil", "roles": ["victim"]}], "protocol_violation": True}, "persons[0].id"),
        ({"persons": ["a"], "protocol_violation": True}, "persons[0]"),
    ],
)  # fmt: skip
def test_bad_input_names_the_field(facts: dict[str, Any], field: str) -> None:
    with pytest.raises(FactsError) as info:
        decide(facts)
    assert isinstance(info.value, ValueError)
    assert str(info.value).startswith(f"{field}: "), str(info.value)


def test_the_sharer_counts_like_the_author_and_lists_keep_the_order_of_persons() -> None:
    facts = {
        "persons": [
            p("w", "pupil", "witness", age=15),
            p("s", "pupil", "sharer", age=18),
            p("v2", "staff", "victim"),
            p("r", "pupil", "reporter", "sharer"),
            p("v1", "pupil", "victim", age=17),
            p("par", "parent", "sharer"),
            p("o", "other", "victim", age=None),
        ],
        "protocol_violation": False,
        "threat_of_violence": ["material", "physical"],
        "accusation_of_sexual_intimidation": True,
        "sexual_intimidation": True,
    }
    assert decide(facts).to_dict() == {
        "violation": True,
        "parents": [
            {"person": "s", "mode": "consent"},
            {"person": "r", "mode": "inform"},
            {"person": "v1", "mode": "inform"},
        ],
        "police": {"involve": True, "grounds": ["4a", "4b", "4c"], "urgent": False},
        "victim_guidance": ["v2", "v1", "o"],
        "rules": ["3", "4", "5"],
    }


def test_no_violation_no_parents_but_guidance_and_acute_danger_alone_brings_the_police() -> None:
    facts = {
        "persons": [p("v", "pupil", "victim", age=12), p("s", "pupil", "sharer", age=12)],
        "protocol_violation": False,
        "immediate_danger": True,
    }
    assert decide(facts).to_dict() == {
        "violation": False,
        "parents": [],
        "police": {"involve": True, "grounds": [], "urgent": True},
        "victim_guidance": ["v"],
        "rules": ["4", "5"],
    }


def test_age_17_informs_18_asks_consent_and_equal_facts_give_equal_decisions() -> None:
    facts = {"persons": [p("a", "pupil", "sharer", age=17), p("b", "pupil", "sharer", age=18)],
             "protocol_violation": True}  # fmt: skip
    first = decide(facts).to_dict()
    assert first["parents"] == [{"person": "a", "mode": "inform"}, {"person": "b", "mode": "consent"}]
    assert first["rules"] == ["3"] and first["victim_guidance"] == []
    assert decide(json.loads(json.dumps(facts))).to_dict() == first
