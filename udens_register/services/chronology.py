"""A case's chronology: the timeline's entries and the case notes, each at its own moment.

A note stands at the moment the call or conversation happened, not when it was typed; the
timeline's own *note written down* entry is then left out (the note names its author), while
its corrections and its removal stay in as every other correction does.
"""

from __future__ import annotations

from collections.abc import Iterable

from udens_register.services.dto import EventRow
from udens_register.services.dto import NoteRow

Entry = EventRow | NoteRow


def chronology(events: Iterable[EventRow], notes: Iterable[NoteRow]) -> list[Entry]:
    """Events and notes merged in the order they happened (stable for equal moments)."""
    entries: list[Entry] = [e for e in events if e.kind != "note_added"]
    entries += list(notes)
    return sorted(entries, key=lambda x: x.at)
