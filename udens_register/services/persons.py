"""Use cases on persons: record and find."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import Engine

from udens_register.domain.enums import PersonKind
from udens_register.domain.errors import ValidationError
from udens_register.domain.model import PersonDraft
from udens_register.services.clock import Clock, local_today
from udens_register.services.convert import person_row
from udens_register.services.dto import PersonRow
from udens_register.storage import repositories as repo
from udens_register.storage.models import Person
from udens_register.storage.uow import UnitOfWork


class PersonService:
    """Persons of one open register."""

    def __init__(self, engine: Engine, coordinator_id: int | None, clock: Clock) -> None:
        self._engine = engine
        self._coordinator_id = coordinator_id
        self._clock = clock

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
        with UnitOfWork(self._engine) as uow:
            s = uow.session
            if draft.student_number and repo.person_by_student_number(s, draft.student_number):
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
            s.add(person)
            s.flush()
            repo.add_event(
                s, "person_created", coordinator_id=self._coordinator_id, detail={"person_id": person.id}
            ).at = now
            uow.commit()
            return person_row(person)

    def find(self, text: str = "", limit: int | None = None) -> list[PersonRow]:
        """Persons whose name, student number or class contains ``text``."""
        with UnitOfWork(self._engine) as uow:
            return [person_row(p) for p in repo.persons(uow.session, text, limit)]
