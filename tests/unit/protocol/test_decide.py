"""decide(): the shared scenarios, our own cases, and properties over generated facts."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from udens_register.protocol import KINDS
from udens_register.protocol import ROLES
from udens_register.protocol import THREATS
from udens_register.protocol import FactsError
from udens_register.protocol import decide

# The project's own copy of the contract's worked scenarios (second edition, with `sharer`).
SCENARIOS_FILE = Path(__file__).resolve().parents[2] / "data" / "protocol-scenarios.json"


def _scenarios() -> list[dict[str, Any]]:
    return json.loads(SCENARIOS_FILE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("scenario", _scenarios(), ids=lambda s: s["name"])
def test_shared_scenario(scenario: dict[str, Any]) -> None:
    if scenario.get("error"):
        with pytest.raises(ValueError):
            decide(scenario["facts"])
    else:
        assert decide(scenario["facts"]).to_dict() == scenario["expected"]


def test_shared_scenarios_are_present() -> None:
    assert len(_scenarios()) >= 10


def pupil(pid: str, *roles: str, age: int | None = None) -> dict[str, Any]:
    person: dict[str, Any] = {"id": pid, "kind": "pupil", "roles": list(roles)}
    if age is not None:
        person["age"] = age
    return person


def test_accusation_alone_is_a_violation_and_brings_police_and_parents() -> None:
    d = decide(
        {
            "persons": [pupil("a", "author", age=16), {"id": "t", "kind": "staff", "roles": ["victim"]}],
            "protocol_violation": False,
            "accusation_of_sexual_intimidation": True,
        }
    ).to_dict()
    assert d["violation"] is True
    assert d["police"] == {"involve": True, "grounds": ["4c"], "urgent": False}
    assert d["parents"] == [{"person": "a", "mode": "inform"}]
    assert d["rules"] == ["3", "4", "5"]


def test_no_violation_no_parents_but_victims_still_guided() -> None:
    d = decide({"persons": [pupil("v", "victim", age=12)], "protocol_violation": False}).to_dict()
    assert d["parents"] == []
    assert d["victim_guidance"] == ["v"]
    assert d["rules"] == ["5"]


def test_unknown_age_means_inform_and_exactly_18_means_consent() -> None:
    d = decide(
        {"persons": [pupil("x", "victim"), pupil("y", "author", age=18)], "protocol_violation": True}
    ).to_dict()
    assert d["parents"] == [{"person": "x", "mode": "inform"}, {"person": "y", "mode": "consent"}]


def test_null_age_is_unknown() -> None:
    d = decide({"persons": [{**pupil("x", "victim"), "age": None}], "protocol_violation": True})
    assert d.parents[0].mode == "inform"


def test_grounds_in_fixed_order_whatever_the_input_order() -> None:
    d = decide(
        {
            "persons": [],
            "protocol_violation": False,
            "accusation_of_sexual_intimidation": True,
            "sexual_intimidation": True,
            "threat_of_violence": ["material", "physical"],
            "immediate_danger": True,
        }
    )
    assert d.police.grounds == ("4a", "4b", "4c")
    assert d.police.urgent is True
    assert d.rules == ("4",)


def test_parents_only_for_pupils_who_are_victim_or_author() -> None:
    d = decide(
        {
            "persons": [
                {"id": "w", "kind": "pupil", "roles": ["witness", "reporter"], "age": 13},
                {"id": "p", "kind": "parent", "roles": ["victim"]},
                pupil("b", "reporter", "author", age=15),
            ],
            "protocol_violation": True,
        }
    )
    assert [p.person for p in d.parents] == ["b"]
    assert d.victim_guidance == ("p",)


BAD_INPUTS: list[tuple[dict[str, Any], str]] = [
    ({"persons": [], "protocol_violation": True, "extra": 1}, "extra"),
    ({"protocol_violation": True}, "persons"),
    ({"persons": {}, "protocol_violation": True}, "persons"),
    ({"persons": [], "protocol_violation": 1}, "protocol_violation"),
    ({"persons": [], "protocol_violation": "yes"}, "protocol_violation"),
    ({"persons": [], "protocol_violation": True, "sexual_intimidation": 0}, "sexual_intimidation"),
    ({"persons": [], "protocol_violation": True, "immediate_danger": None}, "immediate_danger"),
    ({"persons": [], "protocol_violation": True, "accusation_of_sexual_intimidation": "no"},
     "accusation_of_sexual_intimidation"),
    ({"persons": [], "protocol_violation": True, "threat_of_violence": "physical"}, "threat_of_violence"),
    ({"persons": [], "protocol_violation": True, "threat_of_violence": ["verbal"]}, "threat_of_violence[0]"),
    ({"persons": [], "protocol_violation": True, "threat_of_violence": ["material", "material"]},
     "threat_of_violence[1]"),
    ({"persons": [pupil("a", "victim"), {"id": "b", "kind": "teacher", "roles": ["victim"]}],
      "protocol_violation": True}, "persons[1].kind"),
    ({"persons": [pupil("a", "victim"), pupil("a", "author")], "protocol_violation": True}, "persons[1].id"),
    ({"persons": [{"id": "", "kind": "pupil", "roles": ["victim"]}], "protocol_violation": True}, "persons[0].id"),
    ({"persons": [{"id": 3, "kind": "pupil", "roles": ["victim"]}], "protocol_violation": True}, "persons[0].id"),
    ({"persons": [{"id": "a", "kind": "pupil", "roles": []}], "protocol_violation": True}, "persons[0].roles"),
    ({"persons": [{"id": "a", "kind": "pupil", "roles": ["victim", "victim"]}], "protocol_violation": True},
     "persons[0].roles[1]"),
    ({"persons": [{"id": "a", "kind": "pupil", "roles": ["bully"]}], "protocol_violation": True},
     "persons[0].roles[0]"),
    ({"persons": [{"id": "a", "kind": "pupil"}], "protocol_violation": True}, "persons[0].roles"),
    ({"persons": [{"kind": "pupil", "roles": ["victim"]}], "protocol_violation": True}, "persons[0].id"),
    ({"persons": [{**pupil("a", "victim"), "age": True}], "protocol_violation": True}, "persons[0].age"),
    ({"persons": [{**pupil("a", "victim"), "age": 14.0}], "protocol_violation": True}, "persons[0].age"),
    ({"persons": [{**pupil("a", "victim"), "age": 121}], "protocol_violation": True}, "persons[0].age"),
    ({"persons": [{**pupil("a", "victim"), "age": -1}], "protocol_violation": True}, "persons[0].age"),
    ({"persons": [{**pupil("a", "victim"), "name": "Jan"}], "protocol_violation": True}, "persons[0].name"),
    ({"persons": ["a"], "protocol_violation": True}, "persons[0]"),
]  # fmt: skip


@pytest.mark.parametrize(("facts", "field"), BAD_INPUTS)
def test_bad_input_names_the_field(facts: dict[str, Any], field: str) -> None:
    with pytest.raises(ValueError, match=r"^" + field.replace("[", r"\[").replace("]", r"\]") + ":"):
        decide(facts)


def test_bad_input_is_a_value_error_subclass_with_field() -> None:
    with pytest.raises(FactsError) as info:
        decide({"persons": [{"id": "b", "kind": "teacher", "roles": ["victim"]}], "protocol_violation": True})
    assert info.value.field == "persons[0].kind"
    assert "'teacher' is not one of pupil, staff, parent, other" in str(info.value)


# -- properties -------------------------------------------------------------------------

persons_st = st.lists(
    st.fixed_dictionaries(
        {
            "kind": st.sampled_from(KINDS),
            "roles": st.lists(st.sampled_from(ROLES), min_size=1, max_size=4, unique=True),
        },
        optional={"age": st.one_of(st.none(), st.integers(0, 120))},
    ),
    max_size=8,
).map(lambda ps: [{"id": f"p{i}", **p} for i, p in enumerate(ps)])

facts_st = st.fixed_dictionaries(
    {"persons": persons_st, "protocol_violation": st.booleans()},
    optional={
        "threat_of_violence": st.lists(st.sampled_from(THREATS), unique=True, max_size=3),
        "sexual_intimidation": st.booleans(),
        "accusation_of_sexual_intimidation": st.booleans(),
        "immediate_danger": st.booleans(),
    },
)


@settings(max_examples=300, deadline=None)
@given(facts_st)
def test_total_deterministic_and_ordered(facts: dict[str, Any]) -> None:
    before = copy.deepcopy(facts)
    first = decide(facts).to_dict()
    assert facts == before, "decide must not change its input"
    assert decide(copy.deepcopy(facts)).to_dict() == first
    order = [p["id"] for p in facts["persons"]]
    assert first["victim_guidance"] == [p["id"] for p in facts["persons"] if "victim" in p["roles"]]
    parent_ids = [p["person"] for p in first["parents"]]
    assert parent_ids == sorted(parent_ids, key=order.index)
    assert first["police"]["grounds"] == sorted(first["police"]["grounds"])
    assert first["rules"] == sorted(first["rules"])
    assert first["police"]["urgent"] == facts.get("immediate_danger", False)
    any_ground = bool(first["police"]["grounds"])
    assert first["violation"] == (facts["protocol_violation"] or any_ground)
    if not first["violation"]:
        assert first["parents"] == []
    json.dumps(first)  # JSON-compatible


@settings(max_examples=200, deadline=None)
@given(
    facts_st,
    st.sampled_from(
        ["persons", "protocol_violation", "threat_of_violence", "sexual_intimidation", "immediate_danger"]
    ),
    st.one_of(st.integers(), st.text(max_size=3), st.none(), st.floats(allow_nan=False)),
)
def test_malformed_top_level_value_names_its_field(facts: dict[str, Any], key: str, junk: object) -> None:
    facts = {**facts, key: junk}
    with pytest.raises(ValueError, match=rf"^{key}"):
        decide(facts)


@settings(max_examples=200, deadline=None)
@given(facts_st.filter(lambda f: f["persons"]), st.sampled_from(["id", "kind", "roles", "age"]), st.data())
def test_malformed_person_field_names_it(facts: dict[str, Any], key: str, data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(facts["persons"]) - 1))
    junk = {"id": 7, "kind": "teacher", "roles": ["victim", "victim"], "age": True}[key]
    facts["persons"][index][key] = junk
    with pytest.raises(ValueError, match=rf"^persons\[{index}\]\.{key}"):
        decide(facts)
