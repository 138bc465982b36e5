"""Use cases on persons: record and find."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from udens_register.domain.enums import PersonKind
from udens_register.domain.errors import ValidationError
from udens_register.domain.events import EventKind
from udens_register.domain.model import PersonDraft
from udens_register.domain.text import check_text
from udens_register.services.clock import local_today
from udens_register.services.convert import event_row
from udens_register.services.convert import incident_row
from udens_register.services.convert import person_row
from udens_register.services.convert import plain_value
from udens_register.services.dto import EventRow
from udens_register.services.dto import PersonIncident
from udens_register.services.dto import PersonRow
from udens_register.services.family import link_names
from udens_register.services.importer import LIMITS
from udens_register.services.importer import contact_problem
from udens_register.services.recording import CoordinatorService
from udens_register.services.recording import refuse_correction
from udens_register.storage.models import Person


class PersonService(CoordinatorService):
    """Persons of one open register."""

    def create(self, draft: PersonDraft) -> PersonRow:
        """Record a person; a student number must be unique."""
        draft = replace(
            draft,
            first_name=draft.first_name.strip(),
            infix=draft.infix.strip(),
            last_name=draft.last_name.strip(),
            student_number=draft.student_number.strip(),
            class_name=draft.class_name.strip(),
        )
        draft.validate(local_today(self._clock))
        now = self._clock()
        with self._uow() as uow:
            if draft.student_number and uow.persons.by_student_number(draft.student_number):
                raise ValidationError("student_number", "already in the register")
            person = Person(
                kind=PersonKind(draft.kind).value,
                first_name=draft.first_name,
                infix=draft.infix,
                last_name=draft.last_name,
                student_number=draft.student_number or None,
                class_name=draft.class_name,
                date_of_birth=draft.date_of_birth,
                created_at=now,
                updated_at=now,
            )
            uow.persons.add(person)
            uow.events.add(self._event(EventKind.PERSON_CREATED, detail={"person_id": person.id}))
            uow.commit()
            return person_row(person)

    def get(self, person_id: int) -> PersonRow:
        """One person."""
        with self._uow() as uow:
            person = uow.persons.get(person_id)
            if person is None:
                raise ValidationError("person", f"no person {person_id}")
            return person_row(person)

    def incidents_of(self, person_id: int) -> list[PersonIncident]:
        """Every incident the person is or was in, with their roles, newest first (repeat patterns)."""
        with self._uow() as uow:
            return [
                PersonIncident(incident_row(i), v.roles, v.removed_at is not None)
                for i, v in uow.persons.incidents_of(person_id)
            ]

    def parents_of(self, child_id: int) -> list[PersonRow]:
        """The parents linked to a pupil."""
        with self._uow() as uow:
            return [person_row(p) for p in uow.persons.parents_of(child_id)]

    def children_of(self, parent_id: int) -> list[PersonRow]:
        """The pupils linked to a parent."""
        with self._uow() as uow:
            return [person_row(p) for p in uow.persons.children_of(parent_id)]

    def history(self, person_id: int) -> list[EventRow]:
        """What was recorded about the person outside cases: created, corrected (by hand or by an
        import, with its file and day), parents linked; oldest first."""
        with self._uow() as uow:
            rows = [event_row(e) for e in uow.persons.events(person_id)]
            for row in rows:  # a link recorded before its entry named the persons: named from the register
                if row.kind == "parent_linked" and "child" not in row.detail:
                    parent, child = (
                        uow.persons.get(int(row.detail.get(key) or 0)) for key in ("parent_id", "child_id")
                    )
                    row.detail.update(link_names(parent, child))
            return rows

    CORRECTABLE = ("first_name", "infix", "last_name", "student_number", "class_name", "date_of_birth",
                   "phone", "email")  # fmt: skip

    def correct(self, person_id: int, changes: dict[str, Any], reason: str) -> PersonRow:
        """Change a person's details; previous values, who, when and why are kept in the history."""
        refuse_correction(reason, changes, self.CORRECTABLE)
        now = self._clock()
        with self._uow() as uow:
            person = uow.persons.get(person_id)
            if person is None:
                raise ValidationError("person", f"no person {person_id}")
            current = person_row(person)
            merged = PersonDraft(
                kind=PersonKind(person.kind),
                first_name=str(changes.get("first_name", current.first_name)).strip(),
                infix=str(changes.get("infix", current.infix)).strip(),
                last_name=str(changes.get("last_name", current.last_name)).strip(),
                student_number=str(changes.get("student_number", current.student_number) or "").strip(),
                class_name=str(changes.get("class_name", current.class_name)).strip(),
                date_of_birth=changes.get("date_of_birth", current.date_of_birth),
            )
            merged.validate(local_today(self._clock))
            contact = {k: str(changes.get(k, getattr(current, k))).strip() for k in ("phone", "email")}
            for key, value in contact.items():
                check_text(key, value, multiline=False)
                if len(value) > LIMITS[key] or (value and contact_problem(key, value)):
                    raise ValidationError(
                        key, "not a phone number" if key == "phone" else "not an e-mail address"
                    )
            new_values = {
                **contact,
                "first_name": merged.first_name,
                "infix": merged.infix,
                "last_name": merged.last_name,
                "student_number": merged.student_number or None,
                "class_name": merged.class_name,
                "date_of_birth": merged.date_of_birth,
            }
            diff = {
                k: [plain_value(getattr(person, k)), plain_value(v)]
                for k, v in new_values.items()
                if k in changes and getattr(person, k) != v
            }
            if not diff:
                return current
            if "student_number" in diff and merged.student_number:
                other = uow.persons.by_student_number(merged.student_number)
                if other is not None and other.id != person_id:
                    raise ValidationError("student_number", "already in the register")
            for k in diff:
                setattr(person, k, new_values[k])
            person.updated_at = now
            uow.events.add(self._event(
                EventKind.CORRECTED,
                detail={"entity": "person", "person_id": person_id, "changes": diff, "reason": reason.strip()},
            ))  # fmt: skip
            uow.commit()
            return person_row(person)

    def find(self, text: str = "", limit: int | None = None, kind: str | None = None) -> list[PersonRow]:
        """Persons (of ``kind``, if given) whose name, student number or class contains ``text``."""
        with self._uow() as uow:
            return [person_row(p) for p in uow.persons.find(text, limit, kind)]
