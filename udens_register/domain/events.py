"""What a case's timeline and the audit trail record: the kinds of event, and one event as a use
case records it (cosmicpython's domain events). The unit of work collects them and writes them
once, at commit, each with its link in the audit's hash chain."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from datetime import datetime
from enum import StrEnum
from typing import Any


class EventKind(StrEnum):
    """The code stored in ``events.kind`` and ``audit.action`` (the wording catalogue names each
    one under ``event.<code>``)."""

    REGISTER_CREATED = "register_created"
    INCIDENT_CREATED = "incident_created"
    PERSON_INVOLVED = "person_involved"
    PERSON_REMOVED = "person_removed"
    STATUS_CHANGED = "status_changed"
    DECISION_RECORDED = "decision_recorded"
    ACTION_CREATED = "action_created"
    ACTION_UPDATED = "action_updated"
    CORRECTED = "corrected"
    EVIDENCE_ADDED = "evidence_added"
    EVIDENCE_DESCRIBED = "evidence_described"
    EVIDENCE_SAVED = "evidence_saved"
    EVIDENCE_REMOVED = "evidence_removed"
    EVIDENCE_DESTROYED = "evidence_destroyed"
    MEASURE_TAKEN = "measure_taken"
    COMMUNICATION_RECORDED = "communication_recorded"
    CASE_EXPORTED = "case_exported"
    REVIEW_RECORDED = "review_recorded"
    NOTE_ADDED = "note_added"
    NOTE_REMOVED = "note_removed"
    PERSON_CREATED = "person_created"
    KEY_ADDED = "key_added"
    KEY_REMOVED = "key_removed"
    PASSPHRASE_CHANGED = "passphrase_changed"
    RECOVERY_KEY_RENEWED = "recovery_key_renewed"
    PARENT_LINKED = "parent_linked"
    PARENT_LINK_CORRECTED = "parent_link_corrected"
    PARENT_UNLINKED = "parent_unlinked"
    PERSONS_IMPORTED = "persons_imported"
    ROUTE_OPENED = "route_opened"


class AuditAction(StrEnum):
    """The codes of the audit trail's own entries, which no case timeline shows (who opened the
    register, viewed a case, made a backup, purged): ``audit.action``."""

    UNLOCK = "unlock"
    BACKUP = "backup"
    BACKUPS_REMOVED_AFTER_PURGE = "backups_removed_after_purge"
    CASE_VIEWED = "case_viewed"
    LEGAL_HOLD_ON = "legal_hold_on"
    LEGAL_HOLD_OFF = "legal_hold_off"
    CASE_PURGED = "case_purged"
    PUPILS_PURGED = "pupils_purged"
    PURGE_DONE = "purge_done"
    REGISTER_IMPORTED = "register_imported"
    KEY_ADDED = "key_added"


def failed_unlocks(attempts: int) -> str:
    """The audit code of the failed attempts before an unlock (``failed_unlock_x3``; at most 999)."""
    return f"failed_unlock_x{min(attempts, 999)}"


@dataclass(frozen=True)
class AuditNote:
    """An entry of the audit trail alone: what (a code), by whom (the coordinator's label), about
    what (a case number, or figures). Written, like events, at the unit of work's commit."""

    action: str
    coordinator: str
    target: str = ""


@dataclass(frozen=True)
class DomainEvent:
    """One thing that happened: its kind, when (the use case's clock), by which coordinator, in
    which case (if any) and its detail (JSON: the values before and after, a reason ...)."""

    kind: EventKind
    at: datetime
    coordinator_id: int | None
    incident_id: int | None = None
    detail: Mapping[str, Any] = field(default_factory=dict)
