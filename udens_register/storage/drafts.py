"""Queries of the drafts table (kept apart from ``repositories``, which is at its size limit)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete
from sqlalchemy import select
from sqlalchemy.orm import Session

from udens_register.storage.models import Draft


def get(session: Session, owner: int, kind: str, scope: str) -> Draft | None:
    """The draft of ``kind`` for ``scope`` of one coordinator, if any."""
    return session.scalars(
        select(Draft).where(Draft.coordinator_key == owner, Draft.kind == kind, Draft.scope == scope)
    ).first()


def put(
    session: Session,
    owner: int,
    kind: str,
    scope: str,
    payload: dict[str, Any],
    at: datetime,
    incident_id: int | None,
) -> Draft:
    """Insert or replace the draft."""
    row = get(session, owner, kind, scope)
    if row is None:
        row = Draft(coordinator_key=owner, kind=kind, scope=scope, incident_id=incident_id)
        session.add(row)
    row.payload = payload
    row.saved_at = at
    return row


def remove(session: Session, owner: int, kind: str, scope: str) -> None:
    """Delete the draft (nothing when there is none)."""
    session.execute(
        delete(Draft).where(Draft.coordinator_key == owner, Draft.kind == kind, Draft.scope == scope)
    )
