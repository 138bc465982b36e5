"""The routes outside the protocol as tracked steps, and the review moments of victim guidance.

When the decision's facts lead to a route (a staff member suspected of a sexual offence against
a minor pupil, the Meldcode, sexual images of minors), recording the decision opens the route on
the case: each step becomes a follow-up action with its own outcome fields and a due date that
follows the law's words where the law has them (*onverwijld*: the same day). Pure: stdlib only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from datetime import datetime
from enum import StrEnum
from typing import Any

from udens_register.domain.errors import ValidationError


class FieldType(StrEnum):
    """How an outcome field is entered and checked."""

    TEXT = "text"  # one line
    LONG = "long"  # several lines
    DATE = "date"  # ISO date
    MOMENT = "moment"  # ISO date and time (the law's "onverwijld" is about hours, not days)
    YESNO = "yesno"  # "yes" / "no"
    CHOICE = "choice"  # one of ``choices``


@dataclass(frozen=True)
class OutcomeField:
    """One outcome field of a step; ``required`` when the step is marked done."""

    code: str
    type: FieldType
    required: bool = False
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class StepSpec:
    """One step of a route (or a review moment): its action kind, fields and default term.

    ``days`` is the default term in school days after the decision; ``same_day_by_law`` marks
    the steps whose term is the law's own *onverwijld* (never later than the same day).
    """

    kind: str
    fields: tuple[OutcomeField, ...]
    days: int = 0
    same_day_by_law: bool = False


def _f(code: str, type_: FieldType, required: bool = False, choices: tuple[str, ...] = ()) -> OutcomeField:
    return OutcomeField(code, type_, required, choices)


T, L, D, M, YN, C = (
    FieldType.TEXT,
    FieldType.LONG,
    FieldType.DATE,
    FieldType.MOMENT,
    FieldType.YESNO,
    FieldType.CHOICE,
)

YES, NO = "yes", "no"
MELDCODE_DECISIONS = (
    "report_veilig_thuis",
    "organise_help",
    "not_needed",
)  # melden / hulp organiseren / niet nodig
BOARD_DECISIONS = ("report", "no_report")  # aangifte / geen aangifte
AFWEGING_QUESTIONS = ("q1", "q2", "q3", "q4", "q5")

#: The steps of each route, in order (keys are :class:`~udens_register.domain.decisions.Route` values).
ROUTE_STEPS: dict[str, tuple[StepSpec, ...]] = {
    # Wet op het voortgezet onderwijs: meld-, overleg- en aangifteplicht bij zedenmisdrijven.
    "board_inspector": (
        StepSpec("staff_board", (_f("told_at", M, True), _f("told_by", T, True)), 0, True),
        StepSpec(
            "staff_inspector",
            (
                _f("consulted_at", M, True),
                _f("reasonable_suspicion", YN, True),
                _f("inspector_advice", L),
            ),
            0,
            True,
        ),
        StepSpec(
            "staff_report",
            (
                _f("board_decision", C, True, BOARD_DECISIONS),
                _f("decision_reason", L, True),
                _f("reported_at", M),
            ),
            0,
            True,
        ),
        StepSpec("staff_informed", (_f("informed", T, True), _f("informed_at", M, True)), 0, True),
    ),
    # Wet verplichte meldcode huiselijk geweld en kindermishandeling, afwegingskader 2019.
    # The law sets no terms for the steps: these are the register's defaults.
    "meldcode": (
        StepSpec("mc_signals", (_f("signals", L, True), _f("mapped_on", D)), 0),
        StepSpec(
            "mc_consult",
            (_f("colleague", T, True), _f("veilig_thuis", YN), _f("advice", L), _f("consulted_on", D)),
            2,
        ),
        StepSpec("mc_talk", (_f("with_whom", T, True), _f("talked_on", D, True), _f("summary", L)), 5),
        StepSpec(
            "mc_weigh",
            tuple(f for q in AFWEGING_QUESTIONS for f in (_f(q, YN), _f(f"{q}_reason", L))),
            10,
        ),
        StepSpec(
            "mc_decide",
            (
                _f("decision", C, True, MELDCODE_DECISIONS),
                _f("decision_reason", L, True),
                _f("decided_on", D),
            ),
            10,
        ),
    ),
    # Guidance on sexting and sextortion: never copy, forward or keep; talk; police; removal.
    "sexual_images": (
        StepSpec("si_not_kept", (_f("confirmed", YN, True), _f("note", L)), 0),
        StepSpec("si_talk_victim", (_f("with_whom", T, True), _f("talked_on", D, True), _f("summary", L)), 0),
        StepSpec("si_talk_makers", (_f("with_whom", T, True), _f("talked_on", D, True), _f("summary", L)), 1),
        StepSpec(
            "si_police",
            (_f("date", D, True), _f("station", T), _f("registration_number", T)),
            0,
        ),
        StepSpec(
            "si_removal",
            (_f("platforms", T, True), _f("requested_on", D, True), _f("removed", YN)),
            0,
        ),
        StepSpec("si_stop_spread", (_f("measures_taken", L, True),), 0),
        StepSpec("si_brief_team", (_f("briefed_on", D, True), _f("note", L)), 2),
    ),
}

#: The source each route rests on, by name (Dutch proper names: the law and the code themselves).
ROUTE_LAW: dict[str, str] = {
    "board_inspector": "Wet op het voortgezet onderwijs: meld-, overleg- en aangifteplicht bij "
    "zedenmisdrijven (vertrouwensinspecteur 0900-111 3111)",
    "meldcode": "Wet verplichte meldcode huiselijk geweld en kindermishandeling, afwegingskader 2019",
    "sexual_images": "Handreiking sexting en sextortion; Wetboek van Strafrecht",
}

GUIDANCE_REVIEW = StepSpec(
    "guidance_review", (_f("held_on", D, True), _f("findings", L, True), _f("next_step", L))
)

STEP_SPECS: dict[str, StepSpec] = {s.kind: s for steps in ROUTE_STEPS.values() for s in steps} | {
    GUIDANCE_REVIEW.kind: GUIDANCE_REVIEW
}
STEP_ROUTE: dict[str, str] = {s.kind: route for route, steps in ROUTE_STEPS.items() for s in steps}


def route_of(kind: str) -> str | None:
    """The route an action kind is a step of, or ``None``."""
    return STEP_ROUTE.get(kind)


def afweging_points_to(outcome: Mapping[str, Any]) -> str | None:
    """What the afwegingskader's answers point to: ``report_veilig_thuis``, ``organise_help`` or
    ``not_needed``; ``None`` while the answers it needs are missing.

    Question 1 *no*: no suspicion, nothing to report. Question 2 *yes* (acute or structural
    danger): report. Questions 3-5 *no* (cannot help, help refused, help does not work): report.
    All answered *yes* but question 2: organise help (and keep watching).
    """
    a = {q: outcome.get(q) for q in AFWEGING_QUESTIONS}
    if a["q1"] is None:
        return None
    if a["q1"] == NO:
        return "not_needed"
    if a["q2"] is None:
        return None
    if a["q2"] == YES:
        return "report_veilig_thuis"
    for q in ("q3", "q4", "q5"):
        if a[q] is None:
            return None
        if a[q] == NO:
            return "report_veilig_thuis"
    return "organise_help"


def _answered_questions(outcome: Mapping[str, Any]) -> tuple[str, ...]:
    """The questions the afwegingskader asks for these answers (it stops where it concludes)."""
    asked: list[str] = []
    for q in AFWEGING_QUESTIONS:
        asked.append(q)
        value = outcome.get(q)
        if value is None:
            break
        if (
            (q == "q1" and value == NO)
            or (q == "q2" and value == YES)
            or (q in ("q3", "q4", "q5") and value == NO)
        ):
            break
    return tuple(asked)


def validate_step_outcome(kind: str, done: bool, outcome: Mapping[str, Any]) -> dict[str, Any]:
    """Check the outcome of a route step or review; returns the cleaned outcome.

    Raises:
        ValidationError: naming the field that is unknown, malformed, or missing to mark it done.
    """
    spec = STEP_SPECS[kind]
    by_code = {f.code: f for f in spec.fields}
    unknown = set(outcome) - set(by_code)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "is not a field of this action")
    cleaned: dict[str, Any] = {}
    for code, value in outcome.items():
        if isinstance(value, str):
            value = value.strip()
        if value in ("", None, []):
            continue
        field = by_code[code]
        if not isinstance(value, str):
            raise ValidationError(code, f"{value!r} is not text")
        if field.type is FieldType.DATE:
            try:
                date.fromisoformat(value)
            except ValueError as exc:
                raise ValidationError(code, f"{value!r} is not a date") from exc
        elif field.type is FieldType.MOMENT:
            try:
                datetime.fromisoformat(value)
            except ValueError as exc:
                raise ValidationError(code, f"{value!r} is not a date and time") from exc
        elif field.type is FieldType.YESNO and value not in (YES, NO):
            raise ValidationError(code, f"{value!r} is not yes or no")
        elif field.type is FieldType.CHOICE and value not in field.choices:
            raise ValidationError(code, f"{value!r} is not one of {', '.join(field.choices)}")
        cleaned[code] = value
    if done:
        required = [f.code for f in spec.fields if f.required]
        if kind == "mc_weigh":
            # Every question the afwegingskader reaches needs an answer and its reasoning.
            required = [c for q in _answered_questions(cleaned) for c in (q, f"{q}_reason")]
        for code in required:
            if code not in cleaned:
                raise ValidationError(code, "required to mark the action done")
    return cleaned
