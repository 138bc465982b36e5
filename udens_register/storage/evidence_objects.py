"""Queries on ``evidence_objects``: which encrypted objects the database refers to, and their keys."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete
from sqlalchemy import select
from sqlalchemy.orm import Session

from udens_register.storage.models import Evidence
from udens_register.storage.models import EvidenceObject
from udens_register.storage.models import Incident
from udens_register.storage.objects import ObjectStore
from udens_register.storage.objects import StoredObject

ROLES = ("original", "working", "thumbnail")


def stored(row: EvidenceObject) -> StoredObject:
    """The store's view of a row (name, key, size, chunk size, sha256)."""
    return StoredObject(
        name=row.name, key=bytes(row.key), size=row.size, chunk_size=row.chunk_size, sha256=row.sha256
    )


def object_names(session: Session) -> set[str]:
    """Every object the database refers to (what a snapshot of it needs)."""
    return set(session.scalars(select(EvidenceObject.name)))


def add_object(session: Session, evidence_id: int, role: str, obj: StoredObject) -> EvidenceObject:
    """The row of an object just written (commit it only after the write returned)."""
    if role not in ROLES:
        raise ValueError(role)
    row = EvidenceObject(
        name=obj.name,
        evidence_id=evidence_id,
        role=role,
        key=obj.key,
        size=obj.size,
        chunk_size=obj.chunk_size,
        sha256=obj.sha256,
    )
    session.add(row)
    return row


def object_of(session: Session, evidence_id: int, role: str) -> StoredObject | None:
    """The object of one role; a missing ``working`` copy is the original itself (kept once)."""
    rows = {
        r.role: r
        for r in session.scalars(select(EvidenceObject).where(EvidenceObject.evidence_id == evidence_id))
    }
    row = rows.get(role) or (rows.get("original") if role == "working" else None)
    return stored(row) if row is not None else None


def originals(session: Session) -> dict[int, StoredObject]:
    """The original object of every evidence item that still has one (for the export)."""
    rows = session.scalars(select(EvidenceObject).where(EvidenceObject.role == "original"))
    return {r.evidence_id: stored(r) for r in rows}


def thumbnail_objects(session: Session, incident_id: int) -> dict[int, StoredObject]:
    """The thumbnail object of every evidence item of an incident, in one query."""
    rows = session.scalars(
        select(EvidenceObject)
        .join(Evidence, Evidence.id == EvidenceObject.evidence_id)
        .where(Evidence.incident_id == incident_id, EvidenceObject.role == "thumbnail")
    )
    return {r.evidence_id: stored(r) for r in rows}


def picture_objects(session: Session, incident_id: int) -> dict[int, StoredObject]:
    """The working copy (the original where it is its own) of every PNG or JPEG of an incident."""
    rows = session.scalars(
        select(EvidenceObject)
        .join(Evidence, Evidence.id == EvidenceObject.evidence_id)
        .where(
            Evidence.incident_id == incident_id,
            Evidence.mime.in_(("image/png", "image/jpeg")),
            EvidenceObject.role.in_(("working", "original")),
        )
    )
    found: dict[int, StoredObject] = {}
    for r in rows:
        if r.role == "working" or r.evidence_id not in found:
            found[r.evidence_id] = stored(r)
    return found


def read_thumbnails(session: Session, store: ObjectStore | None, incident_id: int) -> dict[int, bytes]:
    """Every thumbnail of an incident (small JPEGs), read from their objects."""
    if store is None:
        return {}
    out: dict[int, bytes] = {}
    for evidence_id, obj in thumbnail_objects(session, incident_id).items():
        with store.open(obj) as reader:
            out[evidence_id] = reader.readall()
    return out


def names_of_evidence(session: Session, evidence_ids: Iterable[int]) -> list[str]:
    """The objects of some evidence items (to delete their files after the rows went)."""
    ids = list(evidence_ids)
    if not ids:
        return []
    return list(session.scalars(select(EvidenceObject.name).where(EvidenceObject.evidence_id.in_(ids))))


def names_of_incidents(session: Session, incident_ids: Iterable[int]) -> list[str]:
    """The objects of every evidence item of some incidents (a purge deletes their files after)."""
    ids = list(incident_ids)
    if not ids:
        return []
    return list(
        session.scalars(
            select(EvidenceObject.name)
            .join(Evidence, Evidence.id == EvidenceObject.evidence_id)
            .where(Evidence.incident_id.in_(ids))
        )
    )


def drop_objects(session: Session, evidence_id: int) -> list[str]:
    """Delete the rows (and so the keys) of an evidence item's objects; the names, for the files."""
    names = names_of_evidence(session, [evidence_id])
    session.execute(delete(EvidenceObject).where(EvidenceObject.evidence_id == evidence_id))
    return names


def every_object(session: Session) -> list[tuple[StoredObject, int, str, str, str]]:
    """Every object with what names it to a person: (object, evidence id, role, file name, case number)."""
    rows = session.execute(
        select(EvidenceObject, Evidence.filename, Incident.case_number)
        .join(Evidence, Evidence.id == EvidenceObject.evidence_id)
        .join(Incident, Incident.id == Evidence.incident_id)
        .order_by(Incident.case_number, Evidence.id, EvidenceObject.role)
    ).all()
    return [(stored(o), o.evidence_id, o.role, filename, case) for o, filename, case in rows]


def same_file_in_case(session: Session, incident_id: int, sha256: str) -> int | None:
    """The id of current evidence of the case with exactly these bytes (``None``: there is none)."""
    return session.scalar(
        select(Evidence.id).where(
            Evidence.incident_id == incident_id, Evidence.sha256 == sha256, Evidence.removed_at.is_(None)
        )
    )
