"""The hash-chained audit trail: each entry's hash covers its own fields and the previous hash,
so ``verify`` names the first entry that was altered, removed or reordered."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from udens_register.storage.models import AuditEntry
from udens_register.storage.models import utcnow

GENESIS = "0" * 64


def entry_hash(prev_hash: str, entry_id: int, at_iso: str, coordinator: str, action: str, target: str) -> str:
    """SHA-256 over the previous hash and the entry's fields."""
    payload = "\x1f".join((prev_hash, str(entry_id), at_iso, coordinator, action, target))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _iso(entry: AuditEntry) -> str:
    return entry.at.isoformat(timespec="microseconds")


def append(session: Session, action: str, coordinator: str, target: str = "") -> AuditEntry:
    """Add an entry at the end of the chain (inside the caller's transaction)."""
    last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).first()
    prev_hash = last.hash if last else GENESIS
    entry = AuditEntry(
        id=(last.id + 1) if last else 1,
        at=utcnow(),
        coordinator=coordinator,
        action=action,
        target=target,
        prev_hash=prev_hash,
        hash="",
    )
    entry.hash = entry_hash(prev_hash, entry.id, _iso(entry), coordinator, action, target)
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainProblem:
    """The first break in the chain."""

    entry_id: int
    kind: str  # altered | removed | reordered


def verify_chain(session: Session) -> ChainProblem | None:
    """The first entry that was altered, removed or reordered, or ``None`` when the chain is whole."""
    expected_id = 1
    prev_hash = GENESIS
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
        if entry.id != expected_id:
            return ChainProblem(expected_id, "removed")
        if entry.prev_hash != prev_hash:
            return ChainProblem(entry.id, "reordered" if entry.hash != entry_hash(
                entry.prev_hash, entry.id, _iso(entry), entry.coordinator, entry.action, entry.target
            ) else "removed")  # fmt: skip
        if entry.hash != entry_hash(
            prev_hash, entry.id, _iso(entry), entry.coordinator, entry.action, entry.target
        ):
            return ChainProblem(entry.id, "altered")
        prev_hash = entry.hash
        expected_id += 1
    return None
