"""ORM rows to DTOs; kept in one place so every use case hands out the same shapes."""

from __future__ import annotations

from datetime import date
from datetime import datetime

from udens_register.services.dto import EventRow
from udens_register.services.dto import IncidentDetail
from udens_register.services.dto import IncidentRow
from udens_register.services.dto import InvolvementRow
from udens_register.services.dto import PersonRow
from udens_register.storage.models import Event
from udens_register.storage.models import Incident
from udens_register.storage.models import Person


def person_row(p: Person) -> PersonRow:
    """A person DTO."""
    return PersonRow(
        id=p.id,
        kind=p.kind,
        first_name=p.first_name,
        infix=p.infix,
        last_name=p.last_name,
        student_number=p.student_number or "",
        class_name=p.class_name,
        date_of_birth=p.date_of_birth,
        phone=p.phone or "",
        email=p.email or "",
        left_on=p.left_on,
    )


def event_row(e: Event) -> EventRow:
    """A timeline DTO."""
    return EventRow(
        at=e.at,
        kind=e.kind,
        coordinator=e.coordinator.label if e.coordinator else "",
        detail=dict(e.detail or {}),
    )


def incident_row(i: Incident, open_actions: int = 0) -> IncidentRow:
    """A list-line DTO."""
    return IncidentRow(
        id=i.id,
        case_number=i.case_number,
        reported_at=i.reported_at,
        title=i.title,
        category=i.category,
        status=i.status,
        open_actions=open_actions,
    )


def incident_detail(i: Incident) -> IncidentDetail:
    """A full case DTO (involvements and events must be loaded)."""
    return IncidentDetail(
        id=i.id,
        case_number=i.case_number,
        reported_at=i.reported_at,
        occurred_at=i.occurred_at,
        platform=i.platform,
        category=i.category,
        title=i.title,
        description=i.description,
        status=i.status,
        closing_rationale=i.closing_rationale,
        closed_at=i.closed_at,
        created_at=i.created_at,
        involvements=tuple(
            InvolvementRow(person_row(v.person), v.roles, v.removed_at is not None, v.removed_reason)
            for v in i.involvements
        ),
        events=tuple(event_row(e) for e in i.events),
        sexual_images_minor=i.sexual_images_minor,
        manager_consulted=i.manager_consulted,
        manager_consulted_on=i.manager_consulted_on,
        legal_hold=i.legal_hold,
        further_categories=tuple(c.category for c in i.further_categories),
    )


def plain_value(value: object) -> object:
    """A field value as the correction history stores it (dates as ISO text)."""
    return value.isoformat() if isinstance(value, date | datetime) else value
