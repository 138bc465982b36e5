"""Time as a collaborator, so tests and the demo can fix it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from datetime import date
from datetime import datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """Now, aware, in UTC."""
    return datetime.now(UTC)


def local_today(clock: Clock) -> date:
    """Today's date on this machine for the clock's moment."""
    return clock().astimezone().date()
