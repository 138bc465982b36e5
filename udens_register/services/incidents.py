"""Use cases on incidents: record, list page by page, read, change status, link persons."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from udens_register.domain.enums import Category
from udens_register.domain.enums import MeasureKind
from udens_register.domain.enums import Role
from udens_register.domain.enums import Status
from udens_register.domain.enums import images_category
from udens_register.domain.enums import role_order
from udens_register.domain.errors import ValidationError
from udens_register.domain.events import EventKind
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import IncidentFilter
from udens_register.domain.model import display_name
from udens_register.domain.model import format_case_number
from udens_register.domain.model import validate_roles
from udens_register.services.clock import local_today
from udens_register.services.convert import incident_detail
from udens_register.services.convert import incident_row
from udens_register.services.convert import plain_value
from udens_register.services.dto import CommunicationRow
from udens_register.services.dto import Cursor
from udens_register.services.dto import IncidentDetail
from udens_register.services.dto import IncidentRow
from udens_register.services.dto import MeasureRow
from udens_register.services.dto import Page
from udens_register.services.lookups import existing_incident
from udens_register.services.recording import CoordinatorService
from udens_register.services.recording import refuse_correction
from udens_register.storage.models import Communication
from udens_register.storage.models import Incident
from udens_register.storage.models import Involvement
from udens_register.storage.models import Measure
from udens_register.storage.ports import AbstractUnitOfWork

PAGE_SIZE = 200
# A search's page is shorter: every row of it gets the words that matched (a snippet), and the
# best 50 are what a coordinator reads; the next ones come as the list scrolls.
SEARCH_PAGE_SIZE = 50

__all__ = ["IncidentFilter", "IncidentService"]


class IncidentService(CoordinatorService):
    """Incidents of one open register, on behalf of one coordinator."""

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
            year = draft.reported_at.year
            seq = uow.incidents.next_sequence(year)
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
                sexual_images_minor=draft.sexual_images_minor
                or images_category(draft.category, draft.further_categories),
            )
            uow.incidents.add(incident)
            uow.incidents.set_further_categories(
                incident.id, [Category(c).value for c in draft.further_categories]
            )
            uow.events.add(self._event(EventKind.INCIDENT_CREATED, incident_id=incident.id))
            for person_id, roles in involvements or []:
                self._involve(uow, incident, person_id, roles)
            uow.commit()
            return self._detail(incident.id)

    def _involve(
        self, uow: AbstractUnitOfWork, incident: Incident, person_id: int, roles: tuple[Role, ...]
    ) -> None:
        person = uow.persons.get(person_id)
        if person is None:
            raise ValidationError("person", f"no person {person_id}")
        ordered = tuple(r.value for r in role_order(roles))
        uow.incidents.add_involvement(
            Involvement(incident_id=incident.id, person_id=person_id, roles=ordered)
        )
        uow.events.add(
            self._event(
                EventKind.PERSON_INVOLVED,
                incident_id=incident.id,
                detail={"person_id": person_id, "roles": list(ordered)},
            )
        )

    def involve(self, incident_id: int, person_id: int, roles: tuple[Role, ...]) -> IncidentDetail:
        """Link a person to an incident with roles."""
        validate_roles(roles)
        with self._uow() as uow:
            incident = existing_incident(uow, incident_id)
            existing = uow.incidents.involvement(incident_id, person_id)
            if existing is not None and existing.removed_at is None:
                raise ValidationError("person", "already involved in this incident")
            if existing is not None:  # brought back into the case: a new entry in the history
                existing.removed_at = None
                existing.removed_reason = ""
                existing.roles = tuple(r.value for r in role_order(roles))
                uow.events.add(
                    self._event(
                        EventKind.PERSON_INVOLVED,
                        incident_id=incident_id,
                        detail={"person_id": person_id, "roles": [r.value for r in role_order(roles)]},
                    )
                )
                uow.commit()
                return self._detail(incident_id)
            self._involve(uow, incident, person_id, roles)
            uow.commit()
        return self._detail(incident_id)

    CORRECTABLE = (
        "title",
        "description",
        "platform",
        "category",
        "reported_at",
        "occurred_at",
        "sexual_images_minor",
        "manager_consulted",
        "manager_consulted_on",
        "further_categories",
    )

    def correct(self, incident_id: int, changes: dict[str, Any], reason: str) -> IncidentDetail:
        """Change recorded facts of an incident; the previous values, who, when and why are kept.

        Raises:
            ValidationError: no reason, an unknown field, or a value that breaks a rule.
        """
        refuse_correction(reason, changes, self.CORRECTABLE)
        now = self._clock()
        with self._uow() as uow:
            incident = existing_incident(uow, incident_id)
            if "category" in changes:
                changes["category"] = Category(changes["category"]).value
            current_further = [c.category for c in incident.further_categories]
            if "further_categories" in changes:
                changes["further_categories"] = [Category(c).value for c in changes["further_categories"]]
            draft = IncidentDraft(
                title=str(changes.get("title", incident.title)).strip(),
                category=Category(changes.get("category", incident.category)),
                reported_at=changes.get("reported_at", incident.reported_at),
                occurred_at=changes.get("occurred_at", incident.occurred_at),
                further_categories=tuple(
                    Category(c) for c in changes.get("further_categories", current_further)
                ),
            )
            draft.validate(local_today(self._clock))
            if images_category(draft.category, draft.further_categories):
                # The category says sexual images of a minor: the case is flagged with it, and
                # the flag's guard below applies (its stored files go first).
                if changes.get("sexual_images_minor") is False:
                    raise ValidationError("sexual_images_minor", "the category is sexual images of a minor")
                if not incident.sexual_images_minor:
                    changes["sexual_images_minor"] = True

            def before(key: str) -> Any:
                return current_further if key == "further_categories" else getattr(incident, key)

            diff = {
                key: [plain_value(before(key)), plain_value(value)]
                for key, value in changes.items()
                if before(key) != value
            }
            if not diff:
                return self._detail_in(uow, incident_id)
            if "reported_at" in diff and changes["reported_at"].year != incident.case_year:
                raise ValidationError("reported_at", "a correction cannot move a case to another year")
            if changes.get("sexual_images_minor") is True and uow.incidents.stored_files(incident_id):
                # Flagged by correction: the stored files go first (see EvidenceService.destroy).
                raise ValidationError("evidence", "destroy every stored file of this case first")
            for key in diff:
                if key == "further_categories":
                    uow.incidents.set_further_categories(incident_id, changes[key])
                    continue
                setattr(incident, key, changes[key])
            incident.updated_at = now
            uow.events.add(
                self._event(
                    EventKind.CORRECTED,
                    incident_id=incident_id,
                    detail={"entity": "incident", "changes": diff, "reason": reason.strip()},
                )
            )
            uow.commit()
        return self._detail(incident_id)

    def _detail_in(self, uow: AbstractUnitOfWork, incident_id: int) -> IncidentDetail:
        incident = uow.incidents.full(incident_id)
        assert incident is not None
        return incident_detail(incident)

    def change_roles(
        self, incident_id: int, person_id: int, roles: tuple[Role, ...], reason: str
    ) -> IncidentDetail:
        """Correct a person's roles in the case (reason required; the old roles are kept)."""
        validate_roles(roles)
        refuse_correction(reason)
        with self._uow() as uow:
            inv = uow.incidents.involvement(incident_id, person_id)
            if inv is None or inv.removed_at is not None:
                raise ValidationError("person", "not in this incident")
            ordered = tuple(r.value for r in role_order(roles))
            if ordered != inv.roles:
                uow.events.add(
                    self._event(
                        EventKind.CORRECTED,
                        incident_id=incident_id,
                        detail={
                            "entity": "involvement",
                            "person_id": person_id,
                            "changes": {"roles": [list(inv.roles), list(ordered)]},
                            "reason": reason.strip(),
                        },
                    )
                )
                inv.roles = ordered
                uow.commit()
        return self._detail(incident_id)

    def remove_person(self, incident_id: int, person_id: int, reason: str) -> IncidentDetail:
        """Take a person out of the case; it stays visible in the history with the reason."""
        if not reason.strip():
            raise ValidationError("reason", "a reason is required to remove a person from a case")
        now = self._clock()
        with self._uow() as uow:
            inv = uow.incidents.involvement(incident_id, person_id)
            if inv is None or inv.removed_at is not None:
                raise ValidationError("person", "not in this incident")
            inv.removed_at = now
            inv.removed_reason = reason.strip()
            uow.events.add(
                self._event(
                    EventKind.PERSON_REMOVED,
                    incident_id=incident_id,
                    detail={"person_id": person_id, "roles": list(inv.roles), "reason": reason.strip()},
                )
            )
            uow.commit()
        return self._detail(incident_id)

    def add_measure(
        self,
        incident_id: int,
        kind: MeasureKind,
        taken_on: date,
        note: str = "",
        person_id: int | None = None,
    ) -> MeasureRow:
        """Record a measure taken against an author (guideline 10)."""
        if taken_on > local_today(self._clock):
            raise ValidationError("taken_on", "in the future")
        now = self._clock()
        with self._uow() as uow:
            existing_incident(uow, incident_id)
            measure = Measure(
                incident_id=incident_id,
                person_id=person_id,
                kind=MeasureKind(kind).value,
                taken_on=taken_on,
                note=note.strip(),
                created_at=now,
            )
            uow.incidents.add_measure(measure)
            uow.events.add(
                self._event(
                    EventKind.MEASURE_TAKEN,
                    incident_id=incident_id,
                    detail={"measure_id": measure.id, "kind": measure.kind, "person_id": person_id},
                )
            )
            uow.commit()
            uow.refresh(measure)
            return measure_row(measure)

    def add_communication(
        self, incident_id: int, informed: str, what: str, informed_on: date
    ) -> CommunicationRow:
        """Record who was informed of what, and when (guidelines 9 and 10)."""
        if not informed.strip():
            raise ValidationError("informed", "required")
        if informed_on > local_today(self._clock):
            raise ValidationError("informed_on", "in the future")
        now = self._clock()
        with self._uow() as uow:
            existing_incident(uow, incident_id)
            item = Communication(
                incident_id=incident_id, informed=informed.strip(), what=what.strip(), informed_on=informed_on,
                created_at=now,
            )  # fmt: skip
            uow.incidents.add_communication(item)
            uow.events.add(
                self._event(
                    EventKind.COMMUNICATION_RECORDED,
                    incident_id=incident_id,
                    detail={"communication_id": item.id},
                )
            )
            uow.commit()
            return CommunicationRow(item.id, incident_id, item.informed, item.what, item.informed_on)

    def measures(self, incident_id: int) -> list[MeasureRow]:
        """Measures of an incident, in order."""
        with self._uow(read_only=True) as uow:
            return [measure_row(m) for m in uow.incidents.measures(incident_id)]

    def communications(self, incident_id: int) -> list[CommunicationRow]:
        """Communications of an incident, in order."""
        with self._uow(read_only=True) as uow:
            return [communication_row(c) for c in uow.incidents.communications(incident_id)]

    def set_status(
        self, incident_id: int, status: Status, rationale: str = "", *, require_review: bool = False
    ) -> IncidentDetail:
        """Move a case to another status; closing needs a rationale (and, with ``require_review``,
        a recorded director's review that no later directie file waits on)."""
        if status == Status.CLOSED and not rationale.strip():
            raise ValidationError("closing_rationale", "required to close a case")
        now = self._clock()
        with self._uow() as uow:
            incident = existing_incident(uow, incident_id)
            if status == Status.CLOSED and uow.incidents.unfinished_actions(incident_id):
                raise ValidationError("actions", "every action must be done, or not needed with a reason")
            if (
                status == Status.CLOSED
                and incident.sexual_images_minor
                and uow.incidents.stored_files(incident_id)
            ):
                # Keeping sexual images of a minor is an offence: the files go before the case closes.
                raise ValidationError("evidence", "destroy every stored file of this case first")
            if status == Status.CLOSED and require_review:
                if not uow.incidents.has_review(incident_id) or uow.incidents.is_awaiting_review(incident_id):
                    raise ValidationError("review", "a recorded review of the director is required")
            previous = incident.status
            incident.status = status.value
            incident.updated_at = now
            if status == Status.CLOSED:
                incident.closing_rationale = rationale.strip()
                incident.closed_at = now
            else:
                incident.closed_at = None
            uow.events.add(
                self._event(
                    EventKind.STATUS_CHANGED,
                    incident_id=incident_id,
                    detail={"from": previous, "to": status.value, "rationale": rationale.strip()},
                )
            )
            uow.commit()
        return self._detail(incident_id)

    def page(self, flt: IncidentFilter, after: Cursor | None = None, limit: int = PAGE_SIZE) -> Page:
        """One page of the list: newest first, or best match first when ``flt.text`` is set (then at
        most :data:`SEARCH_PAGE_SIZE` rows, each with its snippet)."""
        searching = bool(flt.text.strip())
        if searching:
            limit = min(limit, SEARCH_PAGE_SIZE)
        offset = int(after[1]) if searching and after else 0
        with self._uow(read_only=True) as uow:
            snippets: dict[int, str] = {}
            if searching:
                rows = uow.incidents.search_page(flt, offset=offset, limit=limit + 1)
                snippets = uow.incidents.snippets(flt.text, [i.id for i, _ in rows[:limit]])
            else:
                key = (after[0], int(after[1])) if after else None
                rows = uow.incidents.page(flt, after=key, limit=limit + 1)
            more = len(rows) > limit
            result: tuple[IncidentRow, ...] = tuple(
                replace(incident_row(i, n), snippet=snippets.get(i.id, "")) for i, n in rows[:limit]
            )
        next_key: Cursor | None = None
        if more and result:
            next_key = ("rank", offset + limit) if searching else (result[-1].reported_at, result[-1].id)
        return Page(rows=result, next_key=next_key)

    def count(self, flt: IncidentFilter) -> int:
        """How many incidents match the filter."""
        with self._uow(read_only=True) as uow:
            return uow.incidents.count(flt)

    def get(self, incident_id: int) -> IncidentDetail:
        """Everything about one incident."""
        return self._detail(incident_id)

    def _detail(self, incident_id: int) -> IncidentDetail:
        with self._uow(read_only=True) as uow:
            return detail_of(uow, incident_id)


def detail_of(uow: AbstractUnitOfWork, incident_id: int) -> IncidentDetail:
    """Everything about one incident, within the caller's unit of work."""
    incident = existing_incident(uow, incident_id, full=True)
    return incident_detail(incident)


def communication_row(c: Communication) -> CommunicationRow:
    """The DTO of a communication."""
    return CommunicationRow(c.id, c.incident_id, c.informed, c.what, c.informed_on)


def measure_row(m: Measure) -> MeasureRow:
    """The DTO of a measure."""
    name = ""
    if m.person is not None:
        name = display_name(m.person.first_name, m.person.infix, m.person.last_name)
    return MeasureRow(m.id, m.incident_id, name, m.kind, m.taken_on, m.note)
