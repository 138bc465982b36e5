"""Queries over the ORM tables; services call these inside a unit of work."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from datetime import datetime
from typing import Any
from typing import cast

from sqlalchemy import CursorResult
from sqlalchemy import Select
from sqlalchemy import Text
from sqlalchemy import delete
from sqlalchemy import exists
from sqlalchemy import func
from sqlalchemy import literal_column
from sqlalchemy import or_
from sqlalchemy import select
from sqlalchemy import text
from sqlalchemy import type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.orm import selectinload

from udens_register.domain.decisions import ActionKind
from udens_register.domain.decisions import ActionStatus
from udens_register.domain.enums import Status
from udens_register.domain.model import IncidentFilter
from udens_register.storage import audit
from udens_register.storage import reviews
from udens_register.storage.models import Action
from udens_register.storage.models import CaseNote
from udens_register.storage.models import Communication
from udens_register.storage.models import Coordinator
from udens_register.storage.models import DecisionRecord
from udens_register.storage.models import Disclosure
from udens_register.storage.models import Event
from udens_register.storage.models import Evidence
from udens_register.storage.models import Guardianship
from udens_register.storage.models import Incident
from udens_register.storage.models import IncidentCategory
from udens_register.storage.models import Involvement
from udens_register.storage.models import Measure
from udens_register.storage.models import Person
from udens_register.storage.models import Review
from udens_register.storage.search import SEARCH_TABLE
from udens_register.storage.search import match_query
from udens_register.storage.search import snippets as search_snippets_of


def _filtered(stmt: Select[Any], flt: IncidentFilter) -> Select[Any]:
    """Structured filters; the text filter is applied by :func:`search_page` through FTS5."""
    if flt.awaiting_review:
        stmt = stmt.where(reviews.awaiting_review())
    if flt.status:
        stmt = stmt.where(Incident.status == flt.status)
    if flt.category:
        # The main category or any further one.
        stmt = stmt.where(
            or_(
                Incident.category == flt.category,
                exists().where(
                    IncidentCategory.incident_id == Incident.id, IncidentCategory.category == flt.category
                ),
            )
        )
    if flt.role:
        stmt = stmt.where(
            exists().where(
                Involvement.incident_id == Incident.id,
                Involvement.removed_at.is_(None),
                type_coerce(Involvement.roles, Text).contains(f'"{flt.role}"'),  # a code in the JSON list
            )
        )
    if flt.platform:
        stmt = stmt.where(Incident.platform == flt.platform)
    if flt.date_from:
        stmt = stmt.where(Incident.reported_at >= flt.date_from)
    if flt.date_to:
        stmt = stmt.where(Incident.reported_at <= flt.date_to)
    if flt.person_id is not None:
        stmt = stmt.where(
            exists().where(
                Involvement.incident_id == Incident.id,
                Involvement.person_id == flt.person_id,
                Involvement.removed_at.is_(None),
            )
        )
    if flt.class_name:
        stmt = stmt.where(
            exists().where(
                Involvement.incident_id == Incident.id,
                Involvement.removed_at.is_(None),
                Involvement.person_id == Person.id,
                Person.class_name == flt.class_name,
            )
        )
    return stmt


def _open_actions_column() -> Any:
    return (
        select(func.count(Action.id))
        .where(Action.incident_id == Incident.id, Action.status == ActionStatus.OPEN)
        .correlate(Incident)
        .scalar_subquery()
    )


def search_page(
    session: Session, flt: IncidentFilter, *, offset: int, limit: int
) -> list[tuple[Incident, int]]:
    """Incidents matching ``flt.text`` by FTS5, best first (bm25), with the other filters applied."""
    query = match_query(flt.text)
    if not query:
        return []
    hits = (
        select(literal_column("rowid").label("incident_id"), literal_column("rank").label("rank"))
        .select_from(text(SEARCH_TABLE))
        .where(text(f"{SEARCH_TABLE} MATCH :q"))
        .subquery()
    )
    # The page's ids first, sorted with only (id, rank, date): selecting whole incidents and their
    # open actions here made SQLite build every hit's row (22,761 for "mentor" among 100,000
    # incidents, descriptions and a count subquery each) before the sort kept 50 of them.
    page = (
        _filtered(
            select(
                Incident.id.label("id"), hits.c.rank.label("rank"), Incident.reported_at.label("day")
            ).join(hits, hits.c.incident_id == Incident.id),
            flt,
        )
        .order_by(hits.c.rank, Incident.reported_at.desc(), Incident.id.desc())
        .offset(offset)
        .limit(limit)
        .subquery()
    )
    stmt = (
        select(Incident, _open_actions_column())
        .join(page, page.c.id == Incident.id)
        .order_by(page.c.rank, page.c.day.desc(), page.c.id.desc())
    )
    return [(incident, int(count or 0)) for incident, count in session.execute(stmt, {"q": query}).all()]


def search_snippets(session: Session, text_query: str, incident_ids: Sequence[int]) -> dict[int, str]:
    """For each of ``incident_ids`` (one page of hits), the words around what matched, marked with
    :data:`MATCH_START`/:data:`MATCH_END` (see :func:`udens_register.storage.search.snippets`)."""
    return search_snippets_of(session, text_query, incident_ids)


def search_count(session: Session, flt: IncidentFilter) -> int:
    """How many incidents match the text and filters."""
    query = match_query(flt.text)
    if not query:
        return 0
    hits = (
        select(literal_column("rowid").label("incident_id"))
        .select_from(text(SEARCH_TABLE))
        .where(text(f"{SEARCH_TABLE} MATCH :q"))
        .subquery()
    )
    stmt = _filtered(select(func.count(Incident.id)).join(hits, hits.c.incident_id == Incident.id), flt)
    return int(session.execute(stmt, {"q": query}).scalar() or 0)


def next_case_sequence(session: Session, year: int) -> int:
    """The next free sequence number for ``year``."""
    current = session.scalar(select(func.max(Incident.case_seq)).where(Incident.case_year == year))
    return int(current or 0) + 1


def incident_page(
    session: Session, flt: IncidentFilter, *, after: tuple[date, int] | None, limit: int
) -> list[tuple[Incident, int]]:
    """Newest first, keyset-paged on (reported_at, id), each with its number of open actions."""
    stmt = _filtered(select(Incident, _open_actions_column()), flt)
    if after is not None:
        reported, ident = after
        stmt = stmt.where(
            or_(Incident.reported_at < reported, (Incident.reported_at == reported) & (Incident.id < ident))
        )
    stmt = stmt.order_by(Incident.reported_at.desc(), Incident.id.desc()).limit(limit)
    return [(incident, int(count or 0)) for incident, count in session.execute(stmt).all()]


def incident_count(session: Session, flt: IncidentFilter) -> int:
    """How many incidents match."""
    if flt.text.strip():
        return search_count(session, flt)
    return int(session.scalar(_filtered(select(func.count(Incident.id)), flt)) or 0)


def incident_full(session: Session, incident_id: int) -> Incident | None:
    """An incident with persons and timeline loaded in three queries."""
    stmt = (
        select(Incident)
        .where(Incident.id == incident_id)
        .options(
            selectinload(Incident.involvements).selectinload(Involvement.person),
            selectinload(Incident.events).selectinload(Event.coordinator),
            selectinload(Incident.further_categories),
        )
    )
    return session.scalars(stmt).first()


def all_incidents_full(session: Session) -> Sequence[Incident]:
    """Every incident with persons, timeline, decisions and actions, oldest first (for export)."""
    stmt = (
        select(Incident)
        .order_by(Incident.case_year, Incident.case_seq)
        .options(
            selectinload(Incident.involvements).selectinload(Involvement.person),
            selectinload(Incident.events).selectinload(Event.coordinator),
            selectinload(Incident.decisions).selectinload(DecisionRecord.coordinator),
            selectinload(Incident.actions),
            selectinload(Incident.evidence),
            selectinload(Incident.measures),
            selectinload(Incident.communications),
            selectinload(Incident.notes).selectinload(CaseNote.coordinator),
            selectinload(Incident.further_categories),
            selectinload(Incident.reviews).selectinload(Review.evidence),
        )
    )
    return session.scalars(stmt).all()


def persons(
    session: Session, text: str = "", limit: int | None = None, kind: str | None = None
) -> Sequence[Person]:
    """Persons by name, optionally of one ``kind`` and matching ``text`` in names, number or class."""
    stmt = select(Person).order_by(Person.last_name, Person.first_name, Person.id)
    if kind is not None:
        stmt = stmt.where(Person.kind == kind)
    if text.strip():
        like = f"%{text.strip()}%"
        stmt = stmt.where(
            or_(
                Person.first_name.ilike(like),
                Person.last_name.ilike(like),
                Person.student_number.ilike(like),
                Person.class_name.ilike(like),
            )
        )
    if limit is not None:
        stmt = stmt.limit(limit)
    return session.scalars(stmt).all()


def coordinator_by_slot(session: Session, slot_id: str) -> Coordinator | None:
    """The coordinator whose passphrase slot is ``slot_id``."""
    return session.scalars(select(Coordinator).where(Coordinator.slot_id == slot_id)).first()


def add_event(
    session: Session,
    kind: str,
    *,
    coordinator_id: int | None,
    incident_id: int | None = None,
    detail: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> Event:
    """Append one timeline/audit entry (at ``at``, or now). Services record events through the unit
    of work's ``events`` (:class:`udens_register.storage.sql_repositories.SqlEventLog`), which
    writes them here at commit."""
    event = Event(
        kind=kind,
        coordinator_id=coordinator_id,
        incident_id=incident_id,
        detail=dict(detail or {}),
    )
    if at is not None:
        event.at = at
    session.add(event)
    coordinator = session.get(Coordinator, coordinator_id) if coordinator_id is not None else None
    case = session.get(Incident, incident_id) if incident_id is not None else None
    audit.append(
        session,
        kind,
        coordinator.label if coordinator else "",
        case.case_number if case else "",
    )
    return event


def person_by_student_number(session: Session, number: str) -> Person | None:
    """The pupil with this student number."""
    return session.scalars(select(Person).where(Person.student_number == number)).first()


def actions(
    session: Session,
    incident_id: int | None,
    *,
    open_only: bool,
    responsible: str | None = None,
    due_from: date | None = None,
    due_to: date | None = None,
) -> Sequence[Action]:
    """Actions with their incident and person; open first, then by due date. ``responsible``
    (exact, case-insensitive) and the due range (inclusive) narrow them down."""
    stmt = select(Action).options(selectinload(Action.incident), selectinload(Action.person))
    if incident_id is not None:
        stmt = stmt.where(Action.incident_id == incident_id)
    if open_only:
        stmt = stmt.where(Action.status == ActionStatus.OPEN)
    if responsible is not None:
        stmt = stmt.where(func.lower(Action.responsible) == responsible.strip().lower())
    if due_from is not None:
        stmt = stmt.where(Action.due_date >= due_from)
    if due_to is not None:
        stmt = stmt.where(Action.due_date <= due_to)
    stmt = stmt.order_by((Action.status != ActionStatus.OPEN), Action.due_date, Action.id)
    return session.scalars(stmt).all()


def overdue_actions(session: Session, today: date) -> int:
    """How many open actions are past their due date."""
    stmt = select(func.count(Action.id)).where(Action.status == ActionStatus.OPEN, Action.due_date < today)
    return int(session.scalar(stmt) or 0)


def unfinished_actions(session: Session, incident_id: int) -> int:
    """Open actions of one incident."""
    stmt = select(func.count(Action.id)).where(
        Action.incident_id == incident_id, Action.status == ActionStatus.OPEN
    )
    return int(session.scalar(stmt) or 0)


def involvement(session: Session, incident_id: int, person_id: int) -> Involvement | None:
    """The link between a person and an incident, removed or not."""
    return session.scalars(
        select(Involvement).where(Involvement.incident_id == incident_id, Involvement.person_id == person_id)
    ).first()


def incidents_of_person(session: Session, person_id: int) -> list[tuple[Incident, Involvement]]:
    """Every incident a person is or was in, newest first."""
    stmt = (
        select(Incident, Involvement)
        .join(Involvement, Involvement.incident_id == Incident.id)
        .where(Involvement.person_id == person_id)
        .order_by(Incident.reported_at.desc(), Incident.id.desc())
    )
    return [(i, v) for i, v in session.execute(stmt).all()]


# -- the parts of one case (each an ordered list; one query each) ----------------------------


def decisions_of(session: Session, incident_id: int) -> Sequence[DecisionRecord]:
    """Every decision of an incident, oldest first (the history stays)."""
    stmt = select(DecisionRecord).where(DecisionRecord.incident_id == incident_id).order_by(DecisionRecord.id)
    return session.scalars(stmt).all()


def evidence_of(session: Session, incident_id: int, *, include_removed: bool = True) -> Sequence[Evidence]:
    """Evidence of an incident, oldest first (bytes stay deferred)."""
    stmt = select(Evidence).where(Evidence.incident_id == incident_id).order_by(Evidence.id)
    if not include_removed:
        stmt = stmt.where(Evidence.removed_at.is_(None))
    return session.scalars(stmt).all()


def measures_of(session: Session, incident_id: int) -> Sequence[Measure]:
    """Measures of an incident, in order."""
    return session.scalars(
        select(Measure).where(Measure.incident_id == incident_id).order_by(Measure.id)
    ).all()


def communications_of(session: Session, incident_id: int) -> Sequence[Communication]:
    """Communications of an incident, in order."""
    stmt = select(Communication).where(Communication.incident_id == incident_id).order_by(Communication.id)
    return session.scalars(stmt).all()


def notes_of(session: Session, incident_id: int) -> Sequence[CaseNote]:
    """Case notes of an incident in the order they happened (removed ones too), with their authors."""
    stmt = (
        select(CaseNote)
        .where(CaseNote.incident_id == incident_id)
        .options(selectinload(CaseNote.coordinator))
        .order_by(CaseNote.at, CaseNote.id)
    )
    return session.scalars(stmt).all()


# -- persons and families -------------------------------------------------------------------


def guardianship(session: Session, parent_id: int, child_id: int) -> Guardianship | None:
    """The link between a parent and a child, if recorded."""
    stmt = select(Guardianship).where(Guardianship.parent_id == parent_id, Guardianship.child_id == child_id)
    return session.scalars(stmt).first()


def guardianships(session: Session) -> Sequence[Guardianship]:
    """Every parent-child link."""
    return session.scalars(select(Guardianship)).all()


def _family(session: Session, person_id: int, *, parents: bool) -> Sequence[Person]:
    """The parents of a pupil (``parents``) or the pupils of a parent, by name."""
    them, given = (Guardianship.parent_id, Guardianship.child_id) if parents else (
        Guardianship.child_id, Guardianship.parent_id)  # fmt: skip
    stmt = select(Person).join(Guardianship, them == Person.id).where(given == person_id)
    return session.scalars(stmt.order_by(Person.last_name, Person.first_name)).all()


def parents_of(session: Session, child_id: int) -> Sequence[Person]:
    """The parents linked to a pupil, by name."""
    return _family(session, child_id, parents=True)


def children_of(session: Session, parent_id: int) -> Sequence[Person]:
    """The pupils linked to a parent, by name."""
    return _family(session, parent_id, parents=False)


def person_events(session: Session, person_id: int) -> Sequence[Event]:
    """The events about a person outside any case (created, corrected, linked), oldest first."""
    stmt = (
        select(Event)
        .options(selectinload(Event.coordinator))
        .where(
            Event.incident_id.is_(None),
            or_(
                *(
                    func.json_extract(Event.detail, f"$.{key}") == person_id
                    for key in ("person_id", "parent_id")
                )
            ),
        )
        .order_by(Event.id)
    )
    return session.scalars(stmt).all()


def register_events(session: Session, *, exclude: Sequence[str] = ()) -> Sequence[Event]:
    """The events outside any case (persons created, corrected, imported, linked), oldest first."""
    stmt = (
        select(Event)
        .options(selectinload(Event.coordinator))
        .where(Event.incident_id.is_(None), Event.kind.not_in(list(exclude)))
        .order_by(Event.id)
    )
    return session.scalars(stmt).all()


def holds_no_data(session: Session, key_events: Sequence[str]) -> bool:
    """No persons, incidents or disclosures, and no events but those about the register's own keys."""
    for stmt in (
        select(Person.id).limit(1),
        select(Incident.id).limit(1),
        select(Disclosure.id).limit(1),
        select(Event.id).where(Event.kind.not_in(list(key_events))).limit(1),
    ):
        if session.scalars(stmt).first() is not None:
            return False
    return True


def coordinators(session: Session) -> Sequence[Coordinator]:
    """Every coordinator ever recorded, removed ones too."""
    return session.scalars(select(Coordinator).order_by(Coordinator.id)).all()


def pupils_by_number(session: Session) -> dict[str, Person]:
    """Every person with a student number, by that number."""
    stmt = select(Person).where(Person.student_number.is_not(None))
    return {p.student_number: p for p in session.scalars(stmt) if p.student_number is not None}


def involved_person_ids(session: Session, incident_id: int) -> set[int]:
    """The persons involved in an incident."""
    return set(session.scalars(select(Involvement.person_id).where(Involvement.incident_id == incident_id)))


def is_involved_anywhere(session: Session, person_id: int) -> bool:
    """Whether a person is involved in any incident still in the register."""
    return bool(session.scalar(select(exists().where(Involvement.person_id == person_id))))


# -- evidence and cases by number ---------------------------------------------------------


def incident_id_by_number(session: Session, case_number: str) -> int | None:
    """The id of the case with ``case_number``."""
    found = session.scalar(select(Incident.id).where(Incident.case_number == case_number.strip()))
    return int(found) if found is not None else None


def incident_ids_by_number(session: Session, case_numbers: Sequence[str]) -> dict[str, int]:
    """Ids of several cases by their numbers."""
    rows = session.execute(
        select(Incident.case_number, Incident.id).where(Incident.case_number.in_(case_numbers))
    )
    return {str(number): int(i) for number, i in rows}


# -- reports and retention -----------------------------------------------------------------


def incidents_reported_between(session: Session, date_from: date, date_to: date) -> Sequence[Any]:
    """(id, reported_at, category, platform, closed_at) of the incidents reported in a period."""
    stmt = select(Incident.id, Incident.reported_at, Incident.category, Incident.platform, Incident.closed_at)
    return session.execute(
        stmt.where(Incident.reported_at >= date_from, Incident.reported_at <= date_to)
    ).all()


def latest_decision_outcomes(session: Session, incident_ids: Sequence[int]) -> Sequence[Any]:
    """The stored outcome of the latest decision of each incident."""
    if not incident_ids:
        return []
    latest = (
        select(func.max(DecisionRecord.id))
        .where(DecisionRecord.incident_id.in_(incident_ids))
        .group_by(DecisionRecord.incident_id)
    )
    return session.scalars(select(DecisionRecord.outcome).where(DecisionRecord.id.in_(latest))).all()


def overdue_actions_of(session: Session, incident_ids: Sequence[int], today: date) -> int:
    """Open actions past their due date among the given incidents."""
    if not incident_ids:
        return 0
    stmt = select(func.count(Action.id)).where(
        Action.incident_id.in_(incident_ids), Action.status == ActionStatus.OPEN, Action.due_date < today
    )
    return int(session.scalar(stmt) or 0)


def closed_before(session: Session, cutoff: Any) -> Sequence[Any]:
    """(id, case number, closed at, legal hold, open police action) of cases closed before ``cutoff``."""
    police_open = exists().where(
        Action.incident_id == Incident.id,
        Action.kind == ActionKind.POLICE,
        Action.status == ActionStatus.OPEN,
    )
    stmt = (
        select(Incident.id, Incident.case_number, Incident.closed_at, Incident.legal_hold, police_open)
        .where(Incident.status == Status.CLOSED, Incident.closed_at.is_not(None), Incident.closed_at < cutoff)
        .order_by(Incident.closed_at)
    )
    return session.execute(stmt).all()


# -- purge ---------------------------------------------------------------------------------


def is_referenced_elsewhere(session: Session, person_id: int) -> bool:
    """Whether a case still in the register names the person (involved, responsible, measured)."""
    return bool(
        session.scalar(
            select(
                or_(
                    exists().where(Involvement.person_id == person_id),
                    exists().where(Action.person_id == person_id),
                    exists().where(Measure.person_id == person_id),
                )
            )
        )
    )


def delete_person_events(session: Session, person_ids: Sequence[int]) -> int:
    """Delete the timeline entries that carry a person's values (creation, corrections with old
    and new values, parent links) for ``person_ids``; returns how many went."""
    if not person_ids:
        return 0
    detail_ids = [
        func.json_extract(Event.detail, f"$.{field}").in_(list(person_ids))
        for field in ("person_id", "parent_id", "child_id")
    ]
    result = session.execute(delete(Event).where(Event.incident_id.is_(None), or_(*detail_ids)))
    return int(cast("CursorResult[Any]", result).rowcount or 0)


def delete_case_person(session: Session, person_id: int) -> bool:
    """Delete a person known only from cases (no student number: not from the pupil import)."""
    if is_referenced_elsewhere(session, person_id):
        return False
    result = session.execute(delete(Person).where(Person.id == person_id, Person.student_number.is_(None)))
    return bool(cast("CursorResult[Any]", result).rowcount)


def optimize_search(session: Session) -> None:
    """Merge the search index into one segment: FTS5 keeps a deleted row's words in older
    segments (behind a delete marker) until they are merged."""
    session.execute(text(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('optimize')"))
