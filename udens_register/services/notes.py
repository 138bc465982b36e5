"""Case notes: a dated phone call, conversation or observation, with whom and what was said.

A note has its own moment (when the call or the conversation happened, never in the future)
beside the moment it was written down. Changing a note is a correction like any other: the
old values, who, when and why go to the case's timeline; removing one needs a reason and
leaves it visible, struck through, in the history.
"""

from __future__ import annotations

from datetime import timedelta

from udens_register.domain.enums import NoteKind
from udens_register.domain.errors import ValidationError
from udens_register.domain.events import EventKind
from udens_register.services.convert import plain_value
from udens_register.services.dto import NoteDraft
from udens_register.services.dto import NoteRow
from udens_register.services.lookups import existing_incident
from udens_register.services.recording import CoordinatorService
from udens_register.services.recording import refuse_correction
from udens_register.storage.models import CaseNote

# A note dated a little ahead of the clock is a slow typist, not a note about the future.
FUTURE_SLACK = timedelta(minutes=5)
MAX_TEXT = 20_000


def note_row(n: CaseNote) -> NoteRow:
    """The DTO of a case note."""
    return NoteRow(
        id=n.id,
        incident_id=n.incident_id,
        kind=n.kind,
        at=n.at,
        with_whom=n.with_whom,
        text=n.text,
        coordinator=n.coordinator.label if n.coordinator else "",
        created_at=n.created_at,
        removed_at=n.removed_at,
        removed_reason=n.removed_reason,
    )


class NoteService(CoordinatorService):
    """Case notes of one open register, on behalf of one coordinator."""

    def _checked(self, draft: NoteDraft) -> NoteDraft:
        if draft.at.tzinfo is None:
            raise ValidationError("at", "a note's moment needs a time zone")
        if draft.at > self._clock() + FUTURE_SLACK:
            raise ValidationError("at", "in the future")
        text = draft.text.strip()
        if not text:
            raise ValidationError("text", "required")
        if len(text) > MAX_TEXT:
            raise ValidationError("text", f"longer than {MAX_TEXT} characters")
        return NoteDraft(NoteKind(draft.kind), draft.at, draft.with_whom.strip(), text)

    def add(self, incident_id: int, draft: NoteDraft) -> NoteRow:
        """Write down a note in the case.

        Raises:
            ValidationError: no text, a moment in the future, or no such case.
        """
        draft = self._checked(draft)
        now = self._clock()
        with self._uow() as uow:
            existing_incident(uow, incident_id)
            note = CaseNote(
                incident_id=incident_id,
                kind=draft.kind.value,
                at=draft.at,
                with_whom=draft.with_whom,
                text=draft.text,
                created_at=now,
                coordinator_id=self._coordinator_id,
            )
            uow.notes.add(note)
            uow.events.add(
                self._event(
                    EventKind.NOTE_ADDED,
                    incident_id=incident_id,
                    detail={"note_id": note.id, "note_kind": note.kind},
                )
            )
            uow.commit()
            uow.refresh(note)
            return note_row(note)

    def correct(self, note_id: int, draft: NoteDraft, reason: str) -> NoteRow:
        """Change a note; the previous values, who, when and why go to the timeline.

        Raises:
            ValidationError: no reason, no text, a moment in the future, or no such note.
        """
        refuse_correction(reason)
        draft = self._checked(draft)
        with self._uow() as uow:
            note = uow.notes.get(note_id)
            if note is None or note.removed_at is not None:
                raise ValidationError("note", f"no current note {note_id}")
            new = {
                "note_kind": draft.kind.value,
                "at": draft.at,
                "with_whom": draft.with_whom,
                "text": draft.text,
            }
            old = {"note_kind": note.kind, "at": note.at, "with_whom": note.with_whom, "text": note.text}
            changes = {k: [plain_value(old[k]), plain_value(new[k])] for k in new if old[k] != new[k]}
            if not changes:
                return note_row(note)
            note.kind, note.at, note.with_whom, note.text = (
                draft.kind.value,
                draft.at,
                draft.with_whom,
                draft.text,
            )
            uow.events.add(
                self._event(
                    EventKind.CORRECTED,
                    incident_id=note.incident_id,
                    detail={
                        "entity": "note",
                        "note_id": note.id,
                        "changes": changes,
                        "reason": reason.strip(),
                    },
                )
            )
            uow.commit()
            uow.refresh(note)
            return note_row(note)

    def remove(self, note_id: int, reason: str) -> NoteRow:
        """Take a note out of the case; it stays visible in the history with the reason."""
        if not reason.strip():
            raise ValidationError("reason", "a reason is required to remove a note")
        now = self._clock()
        with self._uow() as uow:
            note = uow.notes.get(note_id)
            if note is None or note.removed_at is not None:
                raise ValidationError("note", f"no current note {note_id}")
            note.removed_at = now
            note.removed_reason = reason.strip()
            uow.events.add(
                self._event(
                    EventKind.NOTE_REMOVED,
                    incident_id=note.incident_id,
                    detail={"note_id": note.id, "reason": reason.strip()},
                )
            )
            uow.commit()
            uow.refresh(note)
            return note_row(note)

    def notes(self, incident_id: int) -> list[NoteRow]:
        """The notes of a case in the order they happened, removed ones included."""
        with self._uow(read_only=True) as uow:
            return [note_row(n) for n in uow.notes.of_incident(incident_id)]
