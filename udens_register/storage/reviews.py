"""Queries of the director's reviews: one case's, the latest directie file issued, and which cases
wait for a review (a directie file issued and no review recorded after it)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import exists
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm import selectinload

from udens_register.domain.enums import Audience
from udens_register.storage.models import Disclosure
from udens_register.storage.models import Incident
from udens_register.storage.models import Review

DIRECTIE = Audience.DIRECTIE.value


def reviews_of(s: Session, incident_id: int) -> Sequence[Review]:
    """The reviews of one case, oldest first, with who recorded them and the file they answer."""
    return s.scalars(
        select(Review)
        .where(Review.incident_id == incident_id)
        .order_by(Review.created_at, Review.id)
        .options(
            selectinload(Review.coordinator), selectinload(Review.disclosure), selectinload(Review.evidence)
        )
    ).all()


def latest_directie_file(s: Session, incident_id: int) -> Disclosure | None:
    """The newest directie case file issued for this case, if any."""
    return s.scalars(
        select(Disclosure)
        .where(Disclosure.incident_id == incident_id, Disclosure.version == DIRECTIE)
        .order_by(Disclosure.at.desc(), Disclosure.id.desc())
        .limit(1)
    ).first()


def awaiting_review() -> Any:
    """A condition on :class:`Incident`: a directie file was issued and no review recorded after it."""
    later_review = exists().where(
        Review.incident_id == Disclosure.incident_id, Review.created_at > Disclosure.at
    )
    return exists().where(
        Disclosure.incident_id == Incident.id, Disclosure.version == DIRECTIE, ~later_review
    )


def is_awaiting_review(s: Session, incident_id: int) -> bool:
    """Whether this case waits for the director's review."""
    return bool(s.scalar(select(awaiting_review()).select_from(Incident).where(Incident.id == incident_id)))


def has_review(s: Session, incident_id: int) -> bool:
    """Whether any review of this case is recorded."""
    return bool(s.scalar(select(exists().where(Review.incident_id == incident_id))))
