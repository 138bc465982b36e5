"""Drafts: a form's unsaved input kept inside the encrypted register (never in a settings file or
anywhere else), per coordinator, form and case, until it is saved or discarded."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from udens_register.domain.errors import ValidationError
from udens_register.services.clock import Clock
from udens_register.storage.uow import UnitOfWorkFactory

KINDS = ("incident_form", "person_dialog", "decision_wizard", "close_case")
MAX_BYTES = 1_000_000  # a form's text; anything larger is not a draft


@dataclass(frozen=True)
class DraftRow:
    """A kept draft: the form's values and when they were kept."""

    kind: str
    scope: str
    payload: dict[str, Any]
    saved_at: datetime


class DraftService:
    """Keep, find and remove drafts of one coordinator."""

    def __init__(self, units: UnitOfWorkFactory, coordinator_id: int | None, clock: Clock) -> None:
        self._uow = units
        self._owner = coordinator_id or 0
        self._clock = clock

    @staticmethod
    def _check(kind: str, scope: str) -> int | None:
        if kind not in KINDS:
            raise ValidationError("kind", f"{kind!r} is not a kind of draft")
        if scope == "new":
            return None
        if not scope.isdigit():
            raise ValidationError("scope", "an incident id or 'new'")
        return int(scope)

    def save(self, kind: str, scope: str, payload: dict[str, Any]) -> None:
        """Keep ``payload`` (JSON-compatible) as the draft of ``kind`` for ``scope``."""
        incident_id = self._check(kind, scope)
        if len(json.dumps(payload)) > MAX_BYTES:
            raise ValidationError("draft", "too large")
        with self._uow() as uow:
            uow.drafts.put(self._owner, kind, scope, payload, self._clock(), incident_id)
            uow.commit()

    def load(self, kind: str, scope: str) -> DraftRow | None:
        """The kept draft, if any."""
        self._check(kind, scope)
        with self._uow(read_only=True) as uow:
            row = uow.drafts.get(self._owner, kind, scope)
            if row is None:
                return None
            return DraftRow(row.kind, row.scope, dict(row.payload), row.saved_at)

    def discard(self, kind: str, scope: str) -> None:
        """Remove the draft (saved for real, or thrown away on purpose)."""
        self._check(kind, scope)
        with self._uow() as uow:
            uow.drafts.remove(self._owner, kind, scope)
            uow.commit()
