"""Queries for the protocol's depth: stored files of a case (the images-of-minors guard), further
categories, and the figures the period report counts by category group and role."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy import and_
from sqlalchemy import delete
from sqlalchemy import exists
from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy.orm import Session

from udens_register.storage.models import Action
from udens_register.storage.models import Evidence
from udens_register.storage.models import EvidenceObject
from udens_register.storage.models import Incident
from udens_register.storage.models import IncidentCategory
from udens_register.storage.models import Involvement
from udens_register.storage.models import Person


def _stored() -> ColumnElement[bool]:
    """An evidence row whose bytes are still in the register: an object in the store (a file
    removed in the first edition kept its bytes, moved out at open since; today a removal drops the
    objects), or a first-edition blob not yet moved, even a working copy or thumbnail alone (still a
    picture of the image)."""
    has_object = exists().where(EvidenceObject.evidence_id == Evidence.id)
    has_blob = (
        Evidence.original.is_not(None) | Evidence.working.is_not(None) | Evidence.thumbnail.is_not(None)
    )
    return and_(Evidence.kind == "file", Evidence.destroyed_at.is_(None), has_object | has_blob)


def stored_files(session: Session, incident_id: int) -> Sequence[Evidence]:
    """Every file of a case whose bytes are still in the register, oldest first, whether or not it
    is still part of the case (see :func:`_stored`)."""
    return session.scalars(
        select(Evidence).where(Evidence.incident_id == incident_id, _stored()).order_by(Evidence.id)
    ).all()


def flagged_holding_files(session: Session) -> list[tuple[int, str, int]]:
    """Cases flagged as sexual images of a minor that still hold stored files (also files removed
    from the case but still stored): ``(incident id, case number, files)``, in case-number order.

    Flagged before the guard existed (the first-edition wizard), or brought in flagged with their
    files (a migrated old register, a restored old backup): keeping the files is an offence."""
    rows = session.execute(
        select(Incident.id, Incident.case_number, func.count(Evidence.id))
        .join(Evidence, Evidence.incident_id == Incident.id)
        .where(Incident.sexual_images_minor.is_(True), _stored())
        .group_by(Incident.id, Incident.case_number, Incident.case_year, Incident.case_seq)
        .order_by(Incident.case_year, Incident.case_seq)
    )
    return [(int(i), str(number), int(n)) for i, number, n in rows]


def set_further_categories(session: Session, incident_id: int, categories: Sequence[str]) -> None:
    """Replace the further categories of an incident, in the order given."""
    session.execute(delete(IncidentCategory).where(IncidentCategory.incident_id == incident_id))
    for position, category in enumerate(categories):
        session.add(IncidentCategory(incident_id=incident_id, category=category, position=position))


def further_categories_of(session: Session, incident_ids: Sequence[int]) -> dict[int, list[str]]:
    """The further categories of many incidents in one query."""
    found: dict[int, list[str]] = {}
    if not incident_ids:
        return found
    for incident_id, category in session.execute(
        select(IncidentCategory.incident_id, IncidentCategory.category)
        .where(IncidentCategory.incident_id.in_(incident_ids))
        .order_by(IncidentCategory.incident_id, IncidentCategory.position)
    ):
        found.setdefault(int(incident_id), []).append(str(category))
    return found


def roles_of_incidents(session: Session, incident_ids: Sequence[int]) -> Sequence[Any]:
    """The role lists of the current involvements of many incidents."""
    if not incident_ids:
        return []
    return session.scalars(
        select(Involvement.roles).where(
            Involvement.incident_id.in_(incident_ids), Involvement.removed_at.is_(None)
        )
    ).all()


def involved_of_incidents(session: Session, incident_ids: Sequence[int]) -> Sequence[Any]:
    """(incident id, roles, person kind, class) of the current involvements of many incidents."""
    if not incident_ids:
        return []
    return session.execute(
        select(Involvement.incident_id, Involvement.roles, Person.kind, Person.class_name)
        .join(Person, Person.id == Involvement.person_id)
        .where(Involvement.incident_id.in_(incident_ids), Involvement.removed_at.is_(None))
    ).all()


def action_facts_of(session: Session, incident_ids: Sequence[int]) -> Sequence[Any]:
    """(incident id, kind, status, due date) of every action of many incidents."""
    if not incident_ids:
        return []
    return session.execute(
        select(Action.incident_id, Action.kind, Action.status, Action.due_date).where(
            Action.incident_id.in_(incident_ids)
        )
    ).all()
