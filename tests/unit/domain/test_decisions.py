"""domain.decisions: school days, due dates, routes outside the protocol and action outcomes."""

from __future__ import annotations

from datetime import date

import pytest

from udens_register.domain.decisions import ActionKind
from udens_register.domain.decisions import ActionStatus
from udens_register.domain.decisions import DuePolicy
from udens_register.domain.decisions import Route
from udens_register.domain.decisions import add_school_days
from udens_register.domain.decisions import routes_for
from udens_register.domain.decisions import validate_outcome
from udens_register.domain.errors import ValidationError

FRIDAY = date(2026, 3, 13)


def test_school_days_skip_the_weekend() -> None:
    assert add_school_days(FRIDAY, 0) == FRIDAY
    assert add_school_days(FRIDAY, 1) == date(2026, 3, 16)
    assert add_school_days(date(2026, 3, 14), 0) == date(2026, 3, 16)  # Saturday: next Monday
    assert add_school_days(FRIDAY, 5) == date(2026, 3, 20)


def test_due_policy_follows_urgency() -> None:
    policy = DuePolicy()
    assert policy.due(ActionKind.PARENTS, FRIDAY) == FRIDAY
    assert policy.due(ActionKind.POLICE, FRIDAY) == date(2026, 3, 17)
    assert policy.due(ActionKind.POLICE, FRIDAY, urgent=True) == FRIDAY
    assert policy.due(ActionKind.GUIDANCE, FRIDAY) == date(2026, 3, 20)


def _routes(persons: list[dict[str, object]], **facts: bool) -> tuple[Route, ...]:
    base = {"sexual_intimidation": False, "accusation": False, "domestic_violence_signals": False,
            "sexual_images_of_minor": False}  # fmt: skip
    return routes_for(persons, **{**base, **facts})


def test_routes_outside_the_protocol() -> None:
    staff = {"kind": "staff", "roles": ["author"]}
    minor = {"kind": "pupil", "roles": ["victim"], "age": 14}
    adult = {"kind": "pupil", "roles": ["victim"], "age": 18}
    assert _routes([staff, minor], sexual_intimidation=True) == (Route.BOARD_INSPECTOR,)
    assert _routes([staff, minor], accusation=True) == (Route.BOARD_INSPECTOR,)
    assert _routes([staff, adult], sexual_intimidation=True) == ()
    assert _routes([staff, minor]) == ()
    assert _routes([minor], domestic_violence_signals=True, sexual_images_of_minor=True) == (
        Route.MELDCODE,
        Route.SEXUAL_IMAGES,
    )


def test_outcomes_are_checked_per_kind_and_status() -> None:
    done = validate_outcome(ActionKind.PARENTS, ActionStatus.DONE, "",
                            {"contacted": " moeder ", "how": "phone", "when": "2026-03-14", "reaction": ""})  # fmt: skip
    assert done == {"contacted": "moeder", "how": "phone", "when": "2026-03-14"}
    bad = [
        (ActionKind.PARENTS, ActionStatus.OPEN, "", {"station": "x"}, "station"),
        (ActionKind.PARENTS, ActionStatus.OPEN, "", {"how": "pigeon"}, "how"),
        (ActionKind.POLICE, ActionStatus.OPEN, "", {"report_type": "gossip"}, "report_type"),
        (ActionKind.POLICE, ActionStatus.OPEN, "", {"date": "14-03-2026"}, "date"),
        (ActionKind.GUIDANCE, ActionStatus.OPEN, "", {"follow_up_dates": ["2026-02-30"]}, "follow_up_dates"),
        (ActionKind.GUIDANCE, ActionStatus.NOT_NEEDED, " ", {}, "status_reason"),
        (ActionKind.POLICE, ActionStatus.DONE, "", {"date": "2026-03-14"}, "report_type"),
    ]
    for kind, status, reason, outcome, field in bad:
        with pytest.raises(ValidationError) as caught:
            validate_outcome(kind, status, reason, outcome)
        assert caught.value.field == field, field
