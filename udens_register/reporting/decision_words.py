"""A decision's lines and routes in words (from the wording catalogue): the one place they are composed.

The wizard, the case pane and the case-file PDF all call :func:`line_words`, so a line reads
the same on screen and on paper. The protocol's own rule wording is quoted in Dutch in every
language (it is the school's text). Pure Python: usable by ``ui`` and ``reporting`` alike.
"""

from __future__ import annotations

from udens_register.domain.decisions import ActionKind
from udens_register.domain.decisions import ParentMode
from udens_register.domain.decisions import Route
from udens_register.protocol import ADULT_AGE
from udens_register.protocol import rule_text
from udens_register.services.decision_view import DecisionLine
from udens_register.services.decision_view import DecisionView
from udens_register.services.dto import PlannedAction
from udens_register.wording import label


def words(key: str, lang: str, **values: object) -> str:
    """The decision text ``key`` from the wording catalogue, in ``lang``."""
    text = label("decision", key, lang)
    return text.format(**values) if values else text


def line_words(line: DecisionLine, lang: str) -> str:
    """What one line of a decision says, citing its rule; the same on every screen and page."""
    name = line.person.name if line.person and line.person.name else words("nobody", lang)
    if line.kind is ActionKind.PARENTS:
        key = "parents_consent" if line.mode is ParentMode.CONSENT else "parents_inform"
        return words(key, lang, name=name, age=ADULT_AGE)
    if line.kind is ActionKind.GUIDANCE:
        return words("guidance", lang, name=name)
    text = words("police", lang)
    if line.grounds:
        text += " (" + "; ".join(f"{g.value}: {rule_text(g.value)}" for g in line.grounds) + ")"
    if line.urgent:
        text += " — " + words("urgent", lang)
    return text


def plan_words(plan: PlannedAction, view: DecisionView, lang: str) -> str:
    """What a planned action is: a decision line's words, or a route step or review moment."""
    if not plan.kind.is_step:
        return line_words(view.line(plan.item), lang)
    text = label("action", plan.kind.value, lang)
    if plan.seq:
        text += f" ({plan.seq})"
    if plan.person_id is not None:
        names = {x.person.id: x.person.name for x in view.lines if x.person}
        text += f" — {names.get(plan.person_id) or words('nobody', lang)}"
    return text


def route_source(route: Route, lang: str) -> str:
    """The law or code a route rests on, in short and in its own words where they matter."""
    return label("route_source", route.value, lang)


def deviation_words(reason: str, lang: str) -> str:
    """The note beside a line the coordinator deviated from."""
    return words("deviation", lang, reason=reason)


def route_title(route: Route, lang: str) -> str:
    """A route outside the protocol, announced as such."""
    return words("outside", lang, title=label("route_title", route.value, lang))


def route_advice(route: Route, lang: str) -> str:
    """What the school must do on a route outside the protocol."""
    return label("route_advice", route.value, lang)
