"""The case file's parts for the routes outside the protocol: each route with the source it rests
on and its steps with their outcomes, the review moments of victim guidance, and (for the police
version) the reporting alone."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak
from reportlab.platypus import Paragraph
from reportlab.platypus import Spacer

from udens_register.domain.decisions import ActionKind
from udens_register.domain.decisions import Route
from udens_register.domain.routes import ROUTE_STEPS
from udens_register.domain.routes import afweging_points_to
from udens_register.services.dto import ActionRow
from udens_register.services.dto import CaseFile
from udens_register.wording import fmt_date
from udens_register.wording import label
from udens_register.wording import outcome_lines
from udens_register.wording import text as t
from udens_register.wording.decisions import route_source

Table = Callable[[list[list[Any]], list[float]], Any]


def _p(text: str, style: Any) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def is_step(action: ActionRow) -> bool:
    """A route step or a review moment (shown in the parts below, not among the protocol's actions)."""
    return ActionKind(action.kind).is_step


def opened_routes(case: CaseFile) -> tuple[Route, ...]:
    """Every route the case's decisions opened, once each, in the order they were opened."""
    seen: list[Route] = []
    for d in case.decisions:
        for route in d.view.routes:
            if route not in seen:
                seen.append(route)
    return tuple(seen)


def _outcome(a: ActionRow, lang: str) -> str:
    lines = outcome_lines(a.outcome, lang)
    if a.status_reason:  # said what it is: a director reads "not needed" and wants to know why
        key = "not_needed_because" if a.status == "not_needed" else "reason_given"
        lines.append(t(key, lang, reason=a.status_reason))
    return "\n".join(lines) or "—"


def _progress(steps: list[ActionRow], lang: str) -> str:
    """Where the route stands: how many steps are settled, and which are still open by when."""
    still = [a for a in steps if a.status == "open"]
    if not still:
        return t("route_complete", lang)
    named = "; ".join(
        t("step_due", lang, step=label("action", a.kind, lang), due=fmt_date(a.due_date, "—"))
        + (f" ({t('overdue', lang)})" if a.overdue else "")
        for a in still
    )
    return t("route_open", lang, done=len(steps) - len(still), total=len(steps), steps=named)


def _status(a: ActionRow, lang: str) -> str:
    return label("action_status", a.status, lang) + (f" ({t('overdue', lang)})" if a.overdue else "")


def routes_story(case: CaseFile, lang: str, s: Any, width: float, table: Table) -> list[Any]:
    """Each route opened on the case: its title, its source quoted, its steps with outcomes."""
    routes = opened_routes(case)
    if not routes:
        return []
    story: list[Any] = [CondPageBreak(40 * mm), _p(t("routes", lang), s["h2"])]
    by_kind: dict[str, list[ActionRow]] = {}
    for a in case.actions:
        by_kind.setdefault(a.kind, []).append(a)
    for route in routes:
        story.append(_p(label("route_title", route.value, lang), s["h3"]))
        story.append(_p(f"{t('route_source', lang)}: {route_source(route, lang)}", s["quote"]))
        header = [
            t("step", lang),
            t("responsible", lang),
            t("due", lang),
            t("status", lang),
            t("outcome", lang),
        ]
        rows: list[list[Any]] = [header]
        steps = [a for step in ROUTE_STEPS[route.value] for a in by_kind.get(step.kind, [])]
        if steps:
            story += [Spacer(1, 1.5 * mm), _p(_progress(steps, lang), s["body"]), Spacer(1, 1.5 * mm)]
        for step in ROUTE_STEPS[route.value]:
            for a in by_kind.get(step.kind, []):
                rows.append(
                    [
                        _p(label("action", a.kind, lang), s["body"]),
                        _p(a.responsible, s["body"]),
                        fmt_date(a.due_date, "—"),
                        _status(a, lang),
                        _p(_outcome(a, lang), s["small"]),
                    ]
                )
                if a.kind == ActionKind.MC_WEIGH:
                    points = afweging_points_to(a.outcome)
                    if points is not None:
                        words = label("outcome_value", points, lang)
                        rows.append(
                            ["", "", "", "", _p(t("afweging_points", lang, decision=words), s["body"])]
                        )
        if len(rows) > 1:
            story.append(table(rows, [44 * mm, 33 * mm, 19 * mm, 17 * mm, width - 113 * mm]))
    return story


def reviews_story(case: CaseFile, lang: str, s: Any, width: float, table: Table) -> list[Any]:
    """The review moments of every victim's guidance, with their outcomes."""
    reviews = [a for a in case.actions if a.kind == ActionKind.GUIDANCE_REVIEW]
    if not reviews:
        return []
    rows: list[list[Any]] = [[t("who", lang), t("due", lang), t("status", lang), t("outcome", lang)]]
    for a in sorted(reviews, key=lambda x: (x.person_name, x.due_date)):
        rows.append(
            [_p(a.person_name or "—", s["body"]), fmt_date(a.due_date, "—"), _status(a, lang),
             _p(_outcome(a, lang), s["small"])]
        )  # fmt: skip
    return [
        CondPageBreak(30 * mm),
        _p(t("reviews", lang), s["h2"]),
        table(rows, [45 * mm, 22 * mm, 25 * mm, width - 92 * mm]),
    ]


def action_cell(what: str, action: ActionRow, lang: str, style: Any) -> Paragraph:
    """An action's words, with its urgency in red when the decision made it urgent (acute danger):
    the urgency the wizard gave it ("SPOED: bel nu 112") stays with it in the file."""
    if not action.urgent:
        return _p(what, style)
    urgency = label("urgency", "open" if action.status == "open" else "settled", lang)
    return Paragraph(f'{escape(what)}<br/><font color="#b00020"><b>{escape(urgency)}</b></font>', style)


def reporting_story(case: CaseFile, lang: str, s: Any, width: float, table: Table) -> list[Any]:
    """The police version's reporting: who reported what, when; never the deliberation behind it."""
    story: list[Any] = [CondPageBreak(30 * mm), _p(t("reporting", lang), s["h2"])]
    if not case.actions:
        return [*story, _p(t("no_reporting", lang), s["body"])]
    rows: list[list[Any]] = [[t("action", lang), t("status", lang), t("outcome", lang)]]
    for a in case.actions:
        outcome = "\n".join(outcome_lines(a.outcome, lang)) or "—"
        what = action_cell(label("action", a.kind, lang), a, lang, s["body"])
        rows.append([what, _status(a, lang), _p(outcome, s["small"])])
    story.append(table(rows, [60 * mm, 25 * mm, width - 85 * mm]))
    return story
