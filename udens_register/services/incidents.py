"""Use cases on incidents: record, list page by page, read, change status, link persons."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from udens_register.domain.enums import Category, Role, Status
from udens_register.domain.errors import ValidationError
from udens_register.domain.model import IncidentDraft, IncidentFilter, format_case_number, validate_roles
from udens_register.services.clock import Clock, local_today
from udens_register.services.convert import incident_detail, incident_row
from udens_register.services.dto import Cursor, IncidentDetail, IncidentRow, Page
from udens_register.storage import repositories as repo
from udens_register.storage.models import Incident, Involvement, Person
from udens_register.storage.uow import UnitOfWork

PAGE_SIZE = 200

__all__ = ["IncidentFilter", "IncidentService"]


class IncidentService:
    """Incidents of one open register, on behalf of one coordinator."""

    def __init__(self, engine: Engine, coordinator_id: int | None, clock: Clock) -> None:
        self._engine = engine
        self._coordinator_id = coordinator_id
        self._clock = clock

    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self._engine)

    def create(
        self, draft: IncidentDraft, involvements: list[tuple[int, tuple[Role, ...]]] | None = None
    ) -> IncidentDetail:
        """Record a new incident with the next case number of its reporting year.

        Raises:
            ValidationError: naming the first field that breaks a rule.
        """
        today = local_today(self._clock)
        draft = replace(draft, title=draft.title.strip(), platform=draft.platform.strip())
        draft.validate(today)
        for _, roles in involvements or []:
            validate_roles(roles)
        now = self._clock()
        with self._uow() as uow:
            s = uow.session
            year = draft.reported_at.year
            seq = repo.next_case_sequence(s, year)
            incident = Incident(
                case_year=year,
                case_seq=seq,
                case_number=format_case_number(year, seq),
                reported_at=draft.reported_at,
                occurred_at=draft.occurred_at,
                platform=draft.platform,
                category=Category(draft.category).value,
                title=draft.title,
                description=draft.description,
                status=Status(draft.status).value,
                closing_rationale=draft.closing_rationale,
                closed_at=now if draft.status == Status.CLOSED else None,
                created_at=now,
                updated_at=now,
            )
            s.add(incident)
            s.flush()
            repo.add_event(
                s, "incident_created", coordinator_id=self._coordinator_id, incident_id=incident.id
            ).at = now
            for person_id, roles in involvements or []:
                self._involve(uow.session, incident, person_id, roles)
            uow.commit()
            return self._detail(incident.id)

    def _involve(self, session: Session, incident: Incident, person_id: int, roles: tuple[Role, ...]) -> None:
        person = session.get(Person, person_id)
        if person is None:
            raise ValidationError("person", f"no person {person_id}")
        ordered = [r.value for r in Role if r in roles]
        session.add(Involvement(incident_id=incident.id, person_id=person_id, roles=",".join(ordered)))
        repo.add_event(
            session,
            "person_involved",
            coordinator_id=self._coordinator_id,
            incident_id=incident.id,
            detail={"person_id": person_id, "roles": ordered},
        ).at = self._clock()

    def involve(self, incident_id: int, person_id: int, roles: tuple[Role, ...]) -> IncidentDetail:
        """Link a person to an incident with roles."""
        validate_roles(roles)
        with self._uow() as uow:
            incident = uow.session.get(Incident, incident_id)
            if incident is None:
                raise ValidationError("incident", f"no incident {incident_id}")
            if any(v.person_id == person_id for v in incident.involvements):
                raise ValidationError("person", "already involved in this incident")
            self._involve(uow.session, incident, person_id, roles)
            uow.commit()
        return self._detail(incident_id)

    def set_status(self, incident_id: int, status: Status, rationale: str = "") -> IncidentDetail:
        """Move a case to another status; closing needs a rationale."""
        if status == Status.CLOSED and not rationale.strip():
            raise ValidationError("closing_rationale", "required to close a case")
        now = self._clock()
        with self._uow() as uow:
            incident = uow.session.get(Incident, incident_id)
            if incident is None:
                raise ValidationError("incident", f"no incident {incident_id}")
            if status == Status.CLOSED and repo.unfinished_actions(uow.session, incident_id):
                raise ValidationError("actions", "every action must be done, or not needed with a reason")
            previous = incident.status
            incident.status = status.value
            incident.updated_at = now
            if status == Status.CLOSED:
                incident.closing_rationale = rationale.strip()
                incident.closed_at = now
            else:
                incident.closed_at = None
            repo.add_event(
                uow.session,
                "status_changed",
                coordinator_id=self._coordinator_id,
                incident_id=incident_id,
                detail={"from": previous, "to": status.value, "rationale": rationale.strip()},
            ).at = now
            uow.commit()
        return self._detail(incident_id)

    def page(self, flt: IncidentFilter, after: Cursor | None = None, limit: int = PAGE_SIZE) -> Page:
        """One page of the list: newest first, or best match first when ``flt.text`` is set."""
        searching = bool(flt.text.strip())
        offset = int(after[1]) if searching and after else 0
        with self._uow() as uow:
            if searching:
                rows = repo.search_page(uow.session, flt, offset=offset, limit=limit + 1)
            else:
                key = (after[0], int(after[1])) if after else None
                rows = repo.incident_page(uow.session, flt, after=key, limit=limit + 1)
            more = len(rows) > limit
            result: tuple[IncidentRow, ...] = tuple(incident_row(i, n) for i, n in rows[:limit])
        next_key: Cursor | None = None
        if more and result:
            next_key = ("rank", offset + limit) if searching else (result[-1].reported_at, result[-1].id)
        return Page(rows=result, next_key=next_key)

    def count(self, flt: IncidentFilter) -> int:
        """How many incidents match the filter."""
        with self._uow() as uow:
            return repo.incident_count(uow.session, flt)

    def get(self, incident_id: int) -> IncidentDetail:
        """Everything about one incident."""
        return self._detail(incident_id)

    def _detail(self, incident_id: int) -> IncidentDetail:
        with self._uow() as uow:
            incident = repo.incident_full(uow.session, incident_id)
            if incident is None:
                raise ValidationError("incident", f"no incident {incident_id}")
            return incident_detail(incident)
