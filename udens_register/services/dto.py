"""Frozen data objects handed to the UI, the command line and the PDF layer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class CoordinatorInfo:
    """Who unlocked the register."""

    id: int | None
    label: str
    slot_id: str
    by_recovery_key: bool


@dataclass(frozen=True)
class PersonRow:
    """A person as listed."""

    id: int
    kind: str
    first_name: str
    infix: str
    last_name: str
    student_number: str
    class_name: str
    date_of_birth: date | None

    @property
    def name(self) -> str:
        """Display name in Dutch order."""
        return " ".join(p for p in (self.first_name, self.infix, self.last_name) if p)


@dataclass(frozen=True)
class InvolvementRow:
    """A person's part in one incident."""

    person: PersonRow
    roles: tuple[str, ...]


@dataclass(frozen=True)
class EventRow:
    """One entry of a case's timeline."""

    at: datetime
    kind: str
    coordinator: str
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class IncidentRow:
    """One line of the incident list."""

    id: int
    case_number: str
    reported_at: date
    title: str
    category: str
    status: str
    open_actions: int = 0


@dataclass(frozen=True)
class IncidentDetail:
    """Everything recorded about one incident."""

    id: int
    case_number: str
    reported_at: date
    occurred_at: date | None
    platform: str
    category: str
    title: str
    description: str
    status: str
    closing_rationale: str
    closed_at: datetime | None
    created_at: datetime
    involvements: tuple[InvolvementRow, ...]
    events: tuple[EventRow, ...]


@dataclass(frozen=True)
class Page:
    """A page of the incident list; ``next_key`` is ``None`` on the last page."""

    rows: tuple[IncidentRow, ...]
    next_key: tuple[date, int] | None
