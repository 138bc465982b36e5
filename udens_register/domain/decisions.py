"""Follow-up actions after a protocol decision, due dates in school days, and the Dutch routes
outside the protocol that the facts can point to."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from datetime import timedelta
from enum import StrEnum
from typing import Any

from udens_register.domain.errors import ValidationError
from udens_register.domain.routes import validate_step_outcome
from udens_register.protocol import counts_as_author
from udens_register.protocol import is_adult


class ActionKind(StrEnum):
    """What a follow-up action is for."""

    PARENTS = "parents"  # rule 3
    POLICE = "police"  # rule 4
    GUIDANCE = "guidance"  # rule 5
    GUIDANCE_REVIEW = "guidance_review"  # rule 5: a review moment of a victim's guidance
    # Staff member suspected of a sexual offence against a minor pupil (WVO):
    STAFF_BOARD = "staff_board"  # the board is told
    STAFF_INSPECTOR = "staff_inspector"  # the board consults the confidential inspector
    STAFF_REPORT = "staff_report"  # the board decides on reporting to the police
    STAFF_INFORMED = "staff_informed"  # those involved are informed
    # Meldcode huiselijk geweld en kindermishandeling, its five steps:
    MC_SIGNALS = "mc_signals"
    MC_CONSULT = "mc_consult"
    MC_TALK = "mc_talk"
    MC_WEIGH = "mc_weigh"
    MC_DECIDE = "mc_decide"
    # Sexual images of minors, the checklist:
    SI_NOT_KEPT = "si_not_kept"
    SI_TALK_VICTIM = "si_talk_victim"
    SI_TALK_MAKERS = "si_talk_makers"
    SI_POLICE = "si_police"
    SI_REMOVAL = "si_removal"
    SI_STOP_SPREAD = "si_stop_spread"
    SI_BRIEF_TEAM = "si_brief_team"
    MEASURE = "measure"  # a further measure the director's review asked for

    @property
    def is_step(self) -> bool:
        """A step of a route or a review moment (not a line of the protocol's decision)."""
        return self not in (ActionKind.PARENTS, ActionKind.POLICE, ActionKind.GUIDANCE, ActionKind.MEASURE)


class ActionStatus(StrEnum):
    """Where a follow-up action stands."""

    OPEN = "open"
    DONE = "done"
    NOT_NEEDED = "not_needed"


class ParentMode(StrEnum):
    """Rule 3: how the parents of a pupil are brought in."""

    INFORM = "inform"
    CONSENT = "consent"  # the pupil is of age (protocol.is_adult): only with the pupil's consent


class Ground(StrEnum):
    """Rule 4's grounds for bringing in the police, valued by the protocol's own codes."""

    THREAT_OF_VIOLENCE = "4a"
    SEXUAL_INTIMIDATION = "4b"
    ACCUSATION = "4c"


class Route(StrEnum):
    """Routes outside the school's protocol that Dutch law or practice prescribes."""

    BOARD_INSPECTOR = "board_inspector"  # staff suspected of a sexual offence against a minor pupil
    MELDCODE = "meldcode"  # signals of domestic violence or child abuse: the Meldcode's five steps
    SEXUAL_IMAGES = "sexual_images"  # sexual images of minors: never copy or keep; report to police


@dataclass(frozen=True)
class DuePolicy:
    """Default due dates in school days (Monday to Friday) after the decision."""

    parents_days: int = 0
    police_days: int = 2
    police_urgent_days: int = 0
    guidance_days: int = 5
    review_weeks: tuple[int, ...] = (2, 6)  # review moments of a victim's guidance

    def review_dates(self, decided_on: date) -> tuple[date, ...]:
        """The review moments of a guidance: weeks after the decision, on a school day."""
        return tuple(add_school_days(decided_on + timedelta(weeks=w), 0) for w in self.review_weeks)

    def step_due(self, days: int, decided_on: date, *, urgent: bool = False) -> date:
        """The due date of a route step ``days`` school days after the decision (today when urgent)."""
        return add_school_days(decided_on, 0 if urgent else days)

    def due(self, kind: ActionKind, decided_on: date, *, urgent: bool = False) -> date:
        """The default due date of an action of ``kind``."""
        days = {
            ActionKind.PARENTS: self.parents_days,
            ActionKind.POLICE: self.police_urgent_days if urgent else self.police_days,
            ActionKind.GUIDANCE: self.guidance_days,
            ActionKind.MEASURE: self.guidance_days,
        }[kind]
        return add_school_days(decided_on, days)


def add_school_days(start: date, days: int) -> date:
    """``start`` plus ``days`` school days; 0 means today, or the next school day at a weekend."""
    current = start
    while current.weekday() >= 5:
        current += timedelta(days=1)
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            remaining -= 1
    return current


def routes_for(
    persons: list[Mapping[str, Any]],
    *,
    sexual_intimidation: bool,
    accusation: bool,
    domestic_violence_signals: bool,
    sexual_images_of_minor: bool,
) -> tuple[Route, ...]:
    """The routes outside the protocol the facts point to, in a fixed order.

    ``persons`` are fact persons (``kind``, ``roles``, optional ``age``).
    """
    # Spreading sexual content about a pupil is as much a suspected offence as making it.
    staff_author = any(p["kind"] == "staff" and counts_as_author(p["roles"]) for p in persons)
    minor_pupil_victim = any(
        p["kind"] == "pupil" and "victim" in p["roles"] and not is_adult(p.get("age")) for p in persons
    )
    found: list[Route] = []
    if staff_author and minor_pupil_victim and (sexual_intimidation or accusation):
        found.append(Route.BOARD_INSPECTOR)
    if domestic_violence_signals:
        found.append(Route.MELDCODE)
    if sexual_images_of_minor:
        found.append(Route.SEXUAL_IMAGES)
    return tuple(found)


PARENT_CONTACT_WAYS = ("phone", "meeting", "email", "other")
POLICE_REPORT_TYPES = ("report", "notification")  # aangifte, melding

OUTCOME_FIELDS: dict[ActionKind, tuple[str, ...]] = {
    ActionKind.PARENTS: ("contacted", "how", "when", "reaction"),
    ActionKind.POLICE: ("date", "station", "registration_number", "report_type"),
    ActionKind.GUIDANCE: ("guide", "plan", "follow_up_dates", "ended_on"),
    ActionKind.MEASURE: ("done_on", "note"),
}
REQUIRED_WHEN_DONE: dict[ActionKind, tuple[str, ...]] = {
    ActionKind.PARENTS: ("contacted", "how", "when"),
    ActionKind.POLICE: ("date", "report_type"),
    ActionKind.GUIDANCE: ("guide", "plan"),
    ActionKind.MEASURE: ("done_on",),
}


def _check_date(field: str, value: Any) -> None:
    if value in (None, ""):
        return
    try:
        date.fromisoformat(str(value))
    except ValueError as exc:
        raise ValidationError(field, f"{value!r} is not a date") from exc


def validate_outcome(
    kind: ActionKind, status: ActionStatus, reason: str, outcome: Mapping[str, Any]
) -> dict[str, Any]:
    """Check an action's outcome fields for its kind and status; returns the cleaned outcome."""
    if kind.is_step:
        if status == ActionStatus.NOT_NEEDED and not reason.strip():
            raise ValidationError("status_reason", "a reason is required when an action is not needed")
        return validate_step_outcome(kind.value, status == ActionStatus.DONE, outcome)
    unknown = set(outcome) - set(OUTCOME_FIELDS[kind])
    if unknown:
        raise ValidationError(sorted(unknown)[0], "is not a field of this action")
    cleaned: dict[str, Any] = {}
    for key, value in outcome.items():
        if isinstance(value, str):
            value = value.strip()
        if value in ("", None, []):
            continue
        cleaned[key] = value
    if kind == ActionKind.PARENTS and cleaned.get("how") not in (None, *PARENT_CONTACT_WAYS):
        raise ValidationError("how", "is not phone, meeting, email or other")
    if kind == ActionKind.POLICE and cleaned.get("report_type") not in (None, *POLICE_REPORT_TYPES):
        raise ValidationError("report_type", "is not report or notification")
    for field in ("when", "date", "ended_on", "done_on"):
        _check_date(field, cleaned.get(field))
    for value in cleaned.get("follow_up_dates", []) or []:
        _check_date("follow_up_dates", value)
    if status == ActionStatus.NOT_NEEDED and not reason.strip():
        raise ValidationError("status_reason", "a reason is required when an action is not needed")
    if status == ActionStatus.DONE:
        for field in REQUIRED_WHEN_DONE[kind]:
            if field not in cleaned:
                raise ValidationError(field, "required to mark the action done")
    return cleaned
