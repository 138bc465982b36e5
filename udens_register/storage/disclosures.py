"""Queries of the signing key and the disclosure log (*verstrekkingen*)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from udens_register.storage.models import Disclosure
from udens_register.storage.models import Incident
from udens_register.storage.models import SigningKey


def disclosures(
    s: Session, incident_id: int | None = None, *, newest_first: bool = False
) -> Sequence[Disclosure]:
    """The disclosure log (one case's when ``incident_id`` is given), oldest first unless asked."""
    order = (Disclosure.at.desc(), Disclosure.id.desc()) if newest_first else (Disclosure.at, Disclosure.id)
    query = select(Disclosure).order_by(*order)
    if incident_id is not None:
        query = query.where(Disclosure.incident_id == incident_id)
    return s.scalars(query).all()


def disclosure_by_sha256(s: Session, sha256: str) -> Disclosure | None:
    """The first disclosure of the file with this SHA-256."""
    return s.scalars(
        select(Disclosure).where(Disclosure.sha256 == sha256.lower()).order_by(Disclosure.id).limit(1)
    ).first()


def signing_key(s: Session) -> SigningKey | None:
    """The register's current signing key."""
    return s.scalars(select(SigningKey).order_by(SigningKey.id.desc()).limit(1)).first()


def signing_certificates(s: Session) -> list[bytes]:
    """Every certificate the register has signed with (DER), newest first."""
    return list(s.scalars(select(SigningKey.certificate).order_by(SigningKey.id.desc())))


def incident_ids(s: Session, case_numbers: Sequence[str]) -> dict[str, int]:
    """Case number -> incident id for the numbers that exist."""
    rows = s.execute(select(Incident.case_number, Incident.id).where(Incident.case_number.in_(case_numbers)))
    return {number: incident_id for number, incident_id in rows}
