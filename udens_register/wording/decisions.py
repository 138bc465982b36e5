"""A decision's lines and routes in words (from the wording catalogue): the one place they are composed.

The wizard, the case pane and the case-file PDF all call :func:`line_words`, so a line reads
the same on screen and on paper. The protocol's own rule wording is quoted in Dutch in every
language (it is the school's text, :mod:`udens_register.wording.rules`).

This is the lowest layer: it knows a decision's lines by their shape (:class:`Line`), not by the
services' classes, and their kinds, modes, grounds and routes by their values (the domain's
enums are ``StrEnum``\\ s: ``ActionKind.PARENTS == "parents"``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from typing import Protocol

from udens_register.wording import label
from udens_register.wording.rules import rule_text


class Person(Protocol):
    """Whom a line concerns (``services.decision_view.PersonRef``)."""

    @property
    def id(self) -> int: ...

    @property
    def name(self) -> str: ...


class Line(Protocol):
    """One line of a decision (``services.decision_view.DecisionLine``)."""

    @property
    def kind(self) -> str: ...

    @property
    def person(self) -> Person | None: ...

    @property
    def mode(self) -> str | None: ...

    @property
    def grounds(self) -> Sequence[str]: ...

    @property
    def urgent(self) -> bool: ...

    @property
    def adult_age(self) -> int: ...


class Kind(Protocol):
    """What an action is for (``domain.decisions.ActionKind``)."""

    @property
    def is_step(self) -> bool: ...


class Plan(Protocol):
    """An action a decision will create (``services.dto.PlannedAction``)."""

    @property
    def item(self) -> Any: ...

    @property
    def kind(self) -> Kind: ...

    @property
    def person_id(self) -> int | None: ...

    @property
    def seq(self) -> int: ...


class View(Protocol):
    """A decision as every reader sees it (``services.decision_view.DecisionView``)."""

    @property
    def violation(self) -> bool: ...

    @property
    def lines(self) -> Sequence[Line]: ...

    def line(self, key: Any) -> Line: ...


def words(key: str, lang: str, **values: object) -> str:
    """The decision text ``key`` from the wording catalogue, in ``lang``."""
    text = label("decision", key, lang)
    return text.format(**values) if values else text


def line_words(line: Line, lang: str) -> str:
    """What one line of a decision says, citing its rule; the same on every screen and page."""
    name = line.person.name if line.person and line.person.name else words("nobody", lang)
    if line.kind == "parents":
        key = "parents_consent" if line.mode == "consent" else "parents_inform"
        return words(key, lang, name=name, age=line.adult_age)
    if line.kind == "guidance":
        return words("guidance", lang, name=name)
    text = words("police", lang)
    if line.grounds:
        text += " (" + "; ".join(f"{g}: {rule_text(str(g))}" for g in line.grounds) + ")"
    if line.urgent:
        text += " — " + words("urgent", lang)
    return text


def why_not_words(view: View, lang: str) -> list[str]:
    """Why rules 3-5 bring in nobody with these facts, one sentence for each rule that asks for no
    action: the wizard shows them under the decision's lines and the case file prints them there."""
    kinds = {str(x.kind) for x in view.lines}
    reasons = []
    if not view.violation:
        reasons.append(words("why_not_violation", lang))
    elif "parents" not in kinds:
        reasons.append(words("why_not_parents", lang))
    if "police" not in kinds:
        reasons.append(words("why_not_police", lang))
    if "guidance" not in kinds:
        reasons.append(words("why_not_guidance", lang))
    return reasons


def plan_words(plan: Plan, view: View, lang: str) -> str:
    """What a planned action is: a decision line's words, or a route step or review moment."""
    if not plan.kind.is_step:
        return line_words(view.line(plan.item), lang)
    text = label("action", str(plan.kind), lang)
    if plan.seq:
        text += f" ({plan.seq})"
    if plan.person_id is not None:
        names = {x.person.id: x.person.name for x in view.lines if x.person}
        text += f" — {names.get(plan.person_id) or words('nobody', lang)}"
    return text


def route_source(route: str, lang: str) -> str:
    """The law or code a route rests on, in short and in its own words where they matter."""
    return label("route_source", str(route), lang)


def deviation_words(reason: str, lang: str) -> str:
    """The note beside a line the coordinator deviated from."""
    return words("deviation", lang, reason=reason)


def route_title(route: str, lang: str) -> str:
    """A route outside the protocol, announced as such."""
    return words("outside", lang, title=label("route_title", str(route), lang))


def route_advice(route: str, lang: str) -> str:
    """What the school must do on a route outside the protocol."""
    return label("route_advice", str(route), lang)
