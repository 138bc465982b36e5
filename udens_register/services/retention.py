"""Retention: cases past their term, and the purge that deletes them for good."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC
from datetime import date
from datetime import datetime
from pathlib import Path
from typing import Any

from udens_register.domain.errors import ValidationError
from udens_register.domain.events import AuditAction
from udens_register.domain.events import AuditNote
from udens_register.domain.model import display_name
from udens_register.services import safety_copies
from udens_register.services.clock import Clock
from udens_register.services.clock import local_today
from udens_register.services.lookups import existing_incident
from udens_register.storage import evidence_objects as objects_repo
from udens_register.storage import family
from udens_register.storage import repositories as repo
from udens_register.storage.models import Incident
from udens_register.storage.models import Person
from udens_register.storage.objects import ObjectStore
from udens_register.storage.uow import UnitOfWorkFactory


@dataclass(frozen=True)
class DueCase:
    """A closed case whose retention term has passed."""

    incident_id: int
    case_number: str
    closed_on: date
    held: bool


@dataclass(frozen=True)
class DuePupil:
    """A pupil who left the school (uitgeschreven) before the term's start: their record is due.

    ``held`` when a case still in the register names them: they go with its purge."""

    person_id: int
    name: str
    student_number: str
    left_on: date
    held: bool


@dataclass(frozen=True)
class Purged:
    """What a purge deleted: the case numbers, the persons known only from them, the safety copies."""

    case_numbers: list[str]
    persons: int
    copies: int


class RetentionService:
    """Lists cases due for deletion and purges them for good, leaving a proof without content."""

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        coordinator_label: str,
        clock: Clock,
        years: int = 2,
        folder: Path | None = None,
    ) -> None:
        self._uow = uow
        self._folder = folder
        self._store = ObjectStore(folder) if folder is not None else None
        self._label = coordinator_label
        self._clock = clock
        self.years = years

    def cutoff(self) -> date:
        """Cases closed before this day are due."""
        today = local_today(self._clock)
        try:
            return today.replace(year=today.year - self.years)
        except ValueError:  # 29 February
            return today.replace(year=today.year - self.years, day=28)

    def due(self) -> list[DueCase]:
        """Closed cases past the term; held ones (legal hold, open police action) are marked."""
        cutoff = datetime.combine(self.cutoff(), datetime.min.time(), tzinfo=UTC)
        with self._uow() as uow:
            return [
                DueCase(ident, number, closed.astimezone().date(), hold or police_open)
                for ident, number, closed, hold, police_open in uow.incidents.closed_before(cutoff)
                if closed is not None
            ]

    def pupils_due(self) -> list[DuePupil]:
        """Pupils who left the school before the cutoff: the term counts from the day they left
        (the date given with ``--left`` or in the import dialog), as a case's counts from closing."""
        with self._uow(read_only=True) as uow:
            return [
                DuePupil(
                    p.id,
                    display_name(p.first_name, p.infix, p.last_name),
                    p.student_number or "",
                    p.left_on,
                    uow.persons.is_referenced(p.id),
                )
                for p in uow.persons.pupils_left_before(self.cutoff())
                if p.left_on is not None
            ]

    def purge_pupils(self, person_ids: list[int]) -> Purged:
        """Delete, for good, pupils past their term whom no kept case names, with their history
        (corrections, links) and the parents linked to no other pupil, and the safety copies that
        still hold them. The audit trail keeps only the counts."""
        due = {d.person_id for d in self.pupils_due() if not d.held}
        if any(pid not in due for pid in person_ids):
            raise ValidationError("person", "not due for deletion or still named in a case")
        if not person_ids:
            return Purged([], 0, 0)
        with self._uow() as uow:
            gone = self._delete_pupils(uow.session, person_ids)
            uow.commit()
        copies = self._remove_safety_copies()
        with self._uow() as uow:
            repo.optimize_search(uow.session)
            uow.events.add(AuditNote(AuditAction.PUPILS_PURGED, self._label,
                                     f"pupils={len(person_ids)} persons={len(gone)} copies={copies}"))  # fmt: skip
            uow.commit()
        self._uow().maintenance(
            "PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)"
        )
        return Purged([], len(gone), copies)

    @staticmethod
    def _delete_pupils(s: Any, person_ids: list[int]) -> list[int]:
        """Delete the pupils, then their parents who have no other pupil and no case; the ids gone."""
        parents = {p.id for pid in person_ids for p in repo.parents_of(s, pid)}
        for pid in person_ids:
            s.delete(s.get(Person, pid))
        s.flush()
        orphans = [
            pid for pid in family.parents_without_children(s, parents) if repo.delete_case_person(s, pid)
        ]
        gone = [*person_ids, *orphans]
        repo.delete_person_events(s, gone)
        return gone

    def set_hold(self, incident_id: int, held: bool, reason: str) -> None:
        """Put a case on legal hold (a police case is pending) or release it."""
        if not reason.strip():
            raise ValidationError("reason", "required")
        with self._uow() as uow:
            incident = existing_incident(uow, incident_id)
            incident.legal_hold = held
            action = AuditAction.LEGAL_HOLD_ON if held else AuditAction.LEGAL_HOLD_OFF
            uow.events.add(AuditNote(action, self._label, incident.case_number))
            uow.commit()

    def purge(self, incident_ids: list[int]) -> Purged:
        """Delete due, unheld cases permanently, with everything that carries their words.

        Gone are the cases' rows (timeline and corrections with their old and new values
        included), the persons known only from them with their own corrections and parent
        links, their search-index entries (the index is merged, so no deleted word stays in an
        older segment), and every safety copy in the register folder (each may hold the cases).
        Secure delete zeroes the freed pages; the WAL is checkpointed and the file vacuumed.
        The audit trail keeps, per case, the case number and, once, the counts: a proof without
        content, with who and when.
        """
        due = {d.incident_id: d for d in self.due() if not d.held}
        unknown = [i for i in incident_ids if i not in due]
        if unknown:
            raise ValidationError("incident", "not due for deletion or on hold")
        purged: list[str] = []
        persons: set[int] = set()
        with self._uow() as uow:
            s = uow.session
            # The keys of the cases' evidence objects go with the rows in this commit (the
            # files are unreadable from then on); the files themselves are deleted after it.
            names = objects_repo.names_of_incidents(s, incident_ids)
            for incident_id in incident_ids:
                incident = s.get(Incident, incident_id)
                assert incident is not None
                purged.append(incident.case_number)
                persons |= repo.involved_person_ids(s, incident_id)
                s.delete(incident)
                s.flush()
                uow.events.add(AuditNote(AuditAction.CASE_PURGED, self._label, incident.case_number))
            # Persons known only from purged cases go too; pupils from the administration's
            # import (with a student number) stay until the next import.
            gone = [pid for pid in sorted(persons) if repo.delete_case_person(s, pid)]
            # A pupil who left before the term's start goes with their last case.
            left = {p.id for p in family.pupils_left_before(s, self.cutoff())}
            leaving = [pid for pid in sorted(persons & left) if not repo.is_referenced_elsewhere(s, pid)]
            gone += self._delete_pupils(s, leaving) if leaving else []
            repo.delete_person_events(s, gone)
            uow.commit()
        if self._store is not None:
            self._store.delete(names)
        copies = self._remove_safety_copies()
        with self._uow() as uow:
            repo.optimize_search(uow.session)
            uow.events.add(
                AuditNote(
                    AuditAction.PURGE_DONE,
                    self._label,
                    f"cases={len(purged)} persons={len(gone)} copies={copies}",
                )
            )
            uow.commit()
        self._uow().maintenance(
            "PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)"
        )
        return Purged(purged, len(gone), copies)

    def _remove_safety_copies(self) -> int:
        if self._folder is None:
            return 0
        return safety_copies.remove(safety_copies.safety_copies(self._folder))
