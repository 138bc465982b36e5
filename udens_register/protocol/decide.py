"""``decide(facts)``: rules 3-5 of the protocol turned into a decision.

Pure and deterministic: no I/O, no Qt, no database. Bad input raises
:class:`FactsError` (a ``ValueError``) whose message starts with the offending field.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

PROTOCOL_VERSION = "Social Media Protocol Udens College, bestuur 19-03-2012"

KINDS: tuple[str, ...] = ("pupil", "staff", "parent", "other")
ROLES: tuple[str, ...] = ("victim", "author", "sharer", "witness", "reporter")
THREATS: tuple[str, ...] = ("physical", "psychological", "material")
# Spreading a violating post is itself taking part in the violation (contract, second edition),
# so a `sharer` counts as an `author`: for rule 3, for measures and for the routes outside the
# protocol. Stated here only; ask :func:`counts_as_author`.
AUTHOR_ROLES: frozenset[str] = frozenset({"author", "sharer"})
# Rule 3: the pupils whose parents are brought in.
RULE3_ROLES: frozenset[str] = frozenset({"victim"}) | AUTHOR_ROLES

_TOP_KEYS = (
    "persons",
    "protocol_violation",
    "threat_of_violence",
    "sexual_intimidation",
    "accusation_of_sexual_intimidation",
    "immediate_danger",
)
_PERSON_KEYS = ("id", "kind", "roles", "age")
# The age of majority: from it on a pupil's parents are brought in only with the pupil's consent
# (rule 3), and a victim is no longer a minor (the board route). Ask :func:`is_adult`.
ADULT_AGE = 18


def counts_as_author(roles: Iterable[str]) -> bool:
    """Whether a person in ``roles`` took part in making or spreading the violation."""
    return not AUTHOR_ROLES.isdisjoint(roles)


def is_adult(age: int | None) -> bool:
    """Whether a person of ``age`` is of age; an unknown age counts as a minor."""
    return age is not None and age >= ADULT_AGE


class FactsError(ValueError):
    """Malformed facts; ``field`` names the offending field (e.g. ``persons[1].kind``)."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


@dataclass(frozen=True)
class Person:
    """One validated person of the facts."""

    id: str
    kind: str
    roles: tuple[str, ...]
    age: int | None


@dataclass(frozen=True)
class Facts:
    """Validated facts, defaults filled in."""

    persons: tuple[Person, ...]
    protocol_violation: bool
    threat_of_violence: tuple[str, ...]
    sexual_intimidation: bool
    accusation_of_sexual_intimidation: bool
    immediate_danger: bool


@dataclass(frozen=True)
class ParentContact:
    """Rule 3: the parents of ``person`` are informed, or asked about with consent."""

    person: str
    mode: str  # "inform" | "consent"

    def to_dict(self) -> dict[str, str]:
        """JSON-compatible form."""
        return {"person": self.person, "mode": self.mode}


@dataclass(frozen=True)
class Police:
    """Rule 4: whether, on which grounds and how urgently the police are brought in."""

    involve: bool
    grounds: tuple[str, ...]
    urgent: bool

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible form."""
        return {"involve": self.involve, "grounds": list(self.grounds), "urgent": self.urgent}


@dataclass(frozen=True)
class Decision:
    """The outcome of :func:`decide`, shaped as the decision contract says."""

    violation: bool
    parents: tuple[ParentContact, ...]
    police: Police
    victim_guidance: tuple[str, ...]
    rules: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible form, exactly the contract's output shape."""
        return {
            "violation": self.violation,
            "parents": [p.to_dict() for p in self.parents],
            "police": self.police.to_dict(),
            "victim_guidance": list(self.victim_guidance),
            "rules": list(self.rules),
        }


def _is_bool(value: object) -> bool:
    return isinstance(value, bool)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _one_of(values: Sequence[str]) -> str:
    return ", ".join(values)


def _bool_field(facts: Mapping[str, Any], key: str, *, required: bool) -> bool:
    if key not in facts:
        if required:
            raise FactsError(key, "is required")
        return False
    value = facts[key]
    if not _is_bool(value):
        raise FactsError(key, f"{value!r} is not a bool")
    return bool(value)


def _string_set(value: object, field: str, allowed: Sequence[str], *, non_empty: bool) -> tuple[str, ...]:
    if not isinstance(value, list | tuple):
        raise FactsError(field, f"{value!r} is not a list")
    if non_empty and not value:
        raise FactsError(field, "must not be empty")
    seen: list[str] = []
    for index, item in enumerate(value):
        if not isinstance(item, str) or item not in allowed:
            raise FactsError(f"{field}[{index}]", f"{item!r} is not one of {_one_of(allowed)}")
        if item in seen:
            raise FactsError(f"{field}[{index}]", f"{item!r} is repeated")
        seen.append(item)
    return tuple(seen)


def _person(raw: object, index: int, seen_ids: set[str]) -> Person:
    field = f"persons[{index}]"
    if not isinstance(raw, Mapping):
        raise FactsError(field, f"{raw!r} is not an object")
    for key in raw:
        if key not in _PERSON_KEYS:
            raise FactsError(f"{field}.{key}", "is not a known field")
    for key in ("id", "kind", "roles"):
        if key not in raw:
            raise FactsError(f"{field}.{key}", "is required")
    pid = raw["id"]
    if not isinstance(pid, str) or not pid:
        raise FactsError(f"{field}.id", f"{pid!r} is not a non-empty string")
    if pid in seen_ids:
        raise FactsError(f"{field}.id", f"{pid!r} is repeated")
    seen_ids.add(pid)
    kind = raw["kind"]
    if not isinstance(kind, str) or kind not in KINDS:
        raise FactsError(f"{field}.kind", f"{kind!r} is not one of {_one_of(KINDS)}")
    roles = _string_set(raw["roles"], f"{field}.roles", ROLES, non_empty=True)
    age = raw.get("age")
    if age is not None:
        if not _is_int(age):
            raise FactsError(f"{field}.age", f"{age!r} is not an integer")
        if not 0 <= age <= 120:
            raise FactsError(f"{field}.age", f"{age!r} is not between 0 and 120")
    return Person(id=pid, kind=kind, roles=roles, age=age)


def validate_facts(facts: Mapping[str, Any]) -> Facts:
    """Check ``facts`` against the contract and fill in defaults.

    Raises:
        FactsError: naming the first offending field.
    """
    if not isinstance(facts, Mapping):
        raise FactsError("facts", f"{facts!r} is not an object")
    for key in facts:
        if key not in _TOP_KEYS:
            raise FactsError(str(key), "is not a known field")
    if "persons" not in facts:
        raise FactsError("persons", "is required")
    raw_persons = facts["persons"]
    if not isinstance(raw_persons, list | tuple):
        raise FactsError("persons", f"{raw_persons!r} is not a list")
    seen_ids: set[str] = set()
    persons = tuple(_person(raw, i, seen_ids) for i, raw in enumerate(raw_persons))
    violation = _bool_field(facts, "protocol_violation", required=True)
    threats: tuple[str, ...] = ()
    if "threat_of_violence" in facts:
        threats = _string_set(facts["threat_of_violence"], "threat_of_violence", THREATS, non_empty=False)
    return Facts(
        persons=persons,
        protocol_violation=violation,
        threat_of_violence=threats,
        sexual_intimidation=_bool_field(facts, "sexual_intimidation", required=False),
        accusation_of_sexual_intimidation=_bool_field(
            facts, "accusation_of_sexual_intimidation", required=False
        ),
        immediate_danger=_bool_field(facts, "immediate_danger", required=False),
    )


def decide(facts: Mapping[str, Any]) -> Decision:
    """Apply rules 3, 4 and 5 of the protocol to ``facts``.

    Args:
        facts: a JSON-compatible mapping shaped as the decision contract states.

    Returns:
        The decision; equal facts give equal decisions.

    Raises:
        FactsError: (a ``ValueError``) naming the offending field on bad input.
    """
    f = validate_facts(facts)
    grounds = tuple(
        code
        for code, present in (
            ("4a", bool(f.threat_of_violence)),
            ("4b", f.sexual_intimidation),
            ("4c", f.accusation_of_sexual_intimidation),
        )
        if present
    )
    violation = f.protocol_violation or bool(grounds)
    parents: tuple[ParentContact, ...] = ()
    if violation:
        parents = tuple(
            ParentContact(
                person=p.id,
                mode="consent" if is_adult(p.age) else "inform",
            )
            for p in f.persons
            if p.kind == "pupil" and RULE3_ROLES & set(p.roles)
        )
    police = Police(involve=bool(grounds) or f.immediate_danger, grounds=grounds, urgent=f.immediate_danger)
    guidance = tuple(p.id for p in f.persons if "victim" in p.roles)
    rules = tuple(
        rule
        for rule, applies in (("3", bool(parents)), ("4", police.involve), ("5", bool(guidance)))
        if applies
    )
    return Decision(
        violation=violation, parents=parents, police=police, victim_guidance=guidance, rules=rules
    )
