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


@dataclass(frozen=True)
class DomainEvent:
    """One thing that happened: its kind, when (the use case's clock), by which coordinator, in
    which case (if any) and its detail (JSON: the values before and after, a reason ...)."""

    kind: EventKind
    at: datetime
    coordinator_id: int | None
    incident_id: int | None = None
    detail: Mapping[str, Any] = field(default_factory=dict)
