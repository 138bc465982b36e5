"""One typed decision: the protocol's :class:`~udens_register.protocol.Decision` turned, once, into
lines that the wizard, the case pane, the PDF and the JSON export only display.

A line is one thing the protocol asks (inform these parents, bring in the police, guide this
victim), citing its rule; a coordinator may deviate from a line for a written reason. Persons
are register ids (``int``) with the name as it stood on the day of the decision; the protocol's
own string ids never leave :func:`view_of`.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import replace
from typing import Any

from udens_register.domain.decisions import ActionKind
from udens_register.domain.decisions import Ground
from udens_register.domain.decisions import ParentMode
from udens_register.domain.decisions import Route
from udens_register.domain.errors import ValidationError
from udens_register.protocol import ADULT_AGE
from udens_register.protocol import Decision


@dataclass(frozen=True)
class PersonRef:
    """A person a line concerns: the register's id and the name on the day of the decision."""

    id: int
    name: str


@dataclass(frozen=True)
class LineKey:
    """Which line of a decision: its kind and, for parents and guidance, the person."""

    kind: ActionKind
    person_id: int | None = None


@dataclass(frozen=True)
class Deviation:
    """The coordinator does not follow line ``item`` of the decision, for a written reason."""

    item: LineKey
    reason: str


@dataclass(frozen=True)
class DecisionLine:
    """One line of a decision: what the protocol asks, about whom, on which grounds.

    Attributes:
        kind: parents (rule 3), police (rule 4) or guidance (rule 5).
        person: whom the line concerns; ``None`` for the police.
        mode: parents only: inform them, or only with the pupil's consent.
        grounds: police only: the grounds of rule 4 (none when only acute danger brings them in).
        urgent: police only: acute danger, call 112 now.
        deviation: the coordinator's written reason for not following the line, if any.
    """

    kind: ActionKind
    person: PersonRef | None = None
    mode: ParentMode | None = None
    grounds: tuple[Ground, ...] = ()
    urgent: bool = False
    deviation: str | None = None

    @property
    def key(self) -> LineKey:
        """The line's identity within its decision."""
        return LineKey(self.kind, self.person.id if self.person else None)

    @property
    def adult_age(self) -> int:
        """The age from which only the pupil's consent brings the parents in (the protocol's)."""
        return ADULT_AGE

    @property
    def rule(self) -> str:
        """The rule the line rests on: ``"3"``, ``"4"`` or its grounds (``"4a,4b"``), ``"5"``."""
        if self.kind is ActionKind.PARENTS:
            return "3"
        if self.kind is ActionKind.POLICE:
            return ",".join(self.grounds) or "4"
        return "5"


@dataclass(frozen=True)
class DecisionView:
    """A decision as every reader sees it: the protocol's lines, routes outside it, deviations."""

    violation: bool
    rules: tuple[str, ...]
    lines: tuple[DecisionLine, ...]
    routes: tuple[Route, ...] = ()

    def line(self, key: LineKey) -> DecisionLine:
        """The line ``key``.

        Raises:
            KeyError: when the decision has no such line.
        """
        for line in self.lines:
            if line.key == key:
                return line
        raise KeyError(key)

    def of_kind(self, kind: ActionKind) -> tuple[DecisionLine, ...]:
        """The lines of one kind, in order."""
        return tuple(line for line in self.lines if line.kind is kind)

    @property
    def deviations(self) -> tuple[Deviation, ...]:
        """The lines deviated from, with their reasons, in line order."""
        return tuple(Deviation(x.key, x.deviation) for x in self.lines if x.deviation is not None)

    @property
    def cited(self) -> tuple[str, ...]:
        """The rules applied, each ground of rule 4 right after it (``3, 4, 4a, 5``)."""
        grounds = tuple(g.value for line in self.of_kind(ActionKind.POLICE) for g in line.grounds)
        cited: list[str] = []
        for rule in self.rules:
            cited.append(rule)
            if rule == "4":
                cited += grounds
        return tuple(cited)

    def with_deviations(self, deviations: Iterable[Deviation]) -> DecisionView:
        """This view with the coordinator's deviations set on their lines.

        Raises:
            ValidationError: a deviation from a line the decision does not have.
        """
        reasons = {d.item: d.reason for d in deviations}
        unknown = set(reasons) - {line.key for line in self.lines}
        if unknown:
            raise ValidationError("deviation", "a deviation names a line that is not part of the decision")
        return replace(
            self, lines=tuple(replace(x, deviation=reasons.get(x.key, x.deviation)) for x in self.lines)
        )

    def to_json(self) -> dict[str, Any]:
        """The stored form of the protocol's outcome: persons by id only; deviations are kept apart."""
        return {
            "violation": self.violation,
            "rules": list(self.rules),
            "lines": [
                {
                    "kind": x.kind.value,
                    "person_id": x.person.id if x.person else None,
                    "mode": x.mode.value if x.mode else None,
                    "grounds": [g.value for g in x.grounds],
                    "urgent": x.urgent,
                }
                for x in self.lines
            ],
        }

    @classmethod
    def from_json(
        cls,
        data: Mapping[str, Any],
        names: Mapping[int, str],
        routes: Iterable[str] = (),
        deviations: Iterable[Deviation] = (),
    ) -> DecisionView:
        """A stored outcome (see :meth:`to_json`) with names, routes and deviations put back."""
        lines = []
        for raw in data.get("lines", []):
            pid = raw.get("person_id")
            lines.append(
                DecisionLine(
                    kind=ActionKind(raw["kind"]),
                    person=PersonRef(int(pid), names.get(int(pid), "")) if pid is not None else None,
                    mode=ParentMode(raw["mode"]) if raw.get("mode") else None,
                    grounds=tuple(Ground(g) for g in raw.get("grounds", [])),
                    urgent=bool(raw.get("urgent", False)),
                )
            )
        view = cls(
            violation=bool(data.get("violation", False)),
            rules=tuple(str(r) for r in data.get("rules", [])),
            lines=tuple(lines),
            routes=tuple(Route(r) for r in routes),
        )
        return view.with_deviations(deviations)


def view_of(decision: Decision, persons: Mapping[str, PersonRef], routes: Iterable[Route]) -> DecisionView:
    """The typed view of the protocol's ``decision``, built once.

    Args:
        decision: what :func:`~udens_register.protocol.decide` returned.
        persons: the protocol's person ids (as :func:`facts_from` made them) to the persons.
        routes: the routes outside the protocol the facts point to.
    """
    lines = [
        DecisionLine(ActionKind.PARENTS, person=persons[p.person], mode=ParentMode(p.mode))
        for p in decision.parents
    ]
    police = decision.police
    if police.involve:
        lines.append(
            DecisionLine(
                ActionKind.POLICE, grounds=tuple(Ground(g) for g in police.grounds), urgent=police.urgent
            )
        )
    lines += [DecisionLine(ActionKind.GUIDANCE, person=persons[pid]) for pid in decision.victim_guidance]
    return DecisionView(
        violation=decision.violation, rules=decision.rules, lines=tuple(lines), routes=tuple(routes)
    )


def deviations_to_json(deviations: Iterable[Deviation]) -> list[dict[str, Any]]:
    """The stored form of deviations."""
    return [
        {"kind": d.item.kind.value, "person_id": d.item.person_id, "reason": d.reason} for d in deviations
    ]


def deviations_from_json(data: Iterable[Mapping[str, Any]]) -> tuple[Deviation, ...]:
    """Deviations from their stored form."""
    return tuple(
        Deviation(
            LineKey(ActionKind(x["kind"]), int(x["person_id"]) if x.get("person_id") is not None else None),
            str(x["reason"]),
        )
        for x in data
    )
