"""A unit of work in memory, for testing what services decide (cosmicpython's FakeUnitOfWork and
FakeRepository): its repositories keep the ORM's rows in dictionaries, so a service's logic runs
in milliseconds; what the SQL does (queries, the audit's hash chain, SQLCipher) is tested in the
storage and integration tests on real register files.

``session`` still fails the test: a service that reaches for it was not written against the
repositories. Rows are kept as soon as they are added (there is no rollback in memory); events are
dropped when a unit of work ends without commit."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Sequence
from datetime import UTC
from datetime import date
from datetime import datetime
from types import TracebackType
from typing import Any
from typing import Generic
from typing import TypeVar

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from udens_register.domain.decisions import ActionStatus
from udens_register.domain.events import AuditNote
from udens_register.domain.events import DomainEvent
from udens_register.domain.model import IncidentFilter
from udens_register.storage.models import Action
from udens_register.storage.models import Base
from udens_register.storage.models import CaseNote
from udens_register.storage.models import Communication
from udens_register.storage.models import DecisionRecord
from udens_register.storage.models import Disclosure
from udens_register.storage.models import Draft
from udens_register.storage.models import Event
from udens_register.storage.models import Evidence
from udens_register.storage.models import Guardianship
from udens_register.storage.models import Incident
from udens_register.storage.models import IncidentCategory
from udens_register.storage.models import Involvement
from udens_register.storage.models import Measure
from udens_register.storage.models import Person
from udens_register.storage.models import Review
from udens_register.storage.models import SigningKey
from udens_register.storage.objects import ObjectStore
from udens_register.storage.objects import StoredObject
from udens_register.storage.uow import UnitOfWorkFactory

Row = TypeVar("Row", bound=Base)
STORED_AT = datetime(2000, 1, 1, tzinfo=UTC)  # what a column's ``default=utcnow`` gives in memory


def stored(row: Base, ident: int) -> None:
    """Give ``row`` the id and the column defaults that an INSERT would give it."""
    for prop in inspect(type(row)).column_attrs:
        column = prop.columns[0]
        if getattr(row, prop.key) is not None or column.default is None:
            continue
        default = column.default
        if getattr(default, "is_scalar", False):
            setattr(row, prop.key, default.arg)
        elif getattr(default, "is_callable", False):
            value = default.arg(None)  # SQLAlchemy passes a context
            setattr(row, prop.key, STORED_AT if isinstance(value, datetime) else value)
    if getattr(row, "id", None) is None:
        row.id = ident  # type: ignore[attr-defined]


class FakeRepository(Generic[Row]):
    """Rows by id."""

    def __init__(self) -> None:
        self.rows: dict[int, Row] = {}

    def add(self, row: Row) -> None:
        stored(row, max(self.rows, default=0) + 1)
        self.rows[row.id] = row  # type: ignore[attr-defined]

    def get(self, ident: int) -> Row | None:
        return self.rows.get(ident)


class FakePersonRepository(FakeRepository[Person]):
    """Persons; ``guardianships`` are the parent links a test sets."""

    def __init__(self) -> None:
        super().__init__()
        self.guardianships: list[Guardianship] = []
        self.incidents: FakeIncidentRepository | None = None
        self.log: FakeEventLog | None = None

    def by_student_number(self, number: str) -> Person | None:
        return next((p for p in self.rows.values() if p.student_number == number), None)

    def pupils_by_number(self) -> dict[str, Person]:
        return {p.student_number: p for p in self.rows.values() if p.student_number is not None}

    def find(self, text: str = "", limit: int | None = None, kind: str | None = None) -> Sequence[Person]:
        needle = text.strip().lower()
        found = [
            p
            for p in self.rows.values()
            if (kind is None or p.kind == kind)
            and (
                not needle
                or any(
                    needle in (v or "").lower()
                    for v in (p.first_name, p.last_name, p.student_number, p.class_name)
                )
            )
        ]
        found.sort(key=lambda p: (p.last_name, p.first_name, p.id))
        return found[:limit] if limit is not None else found

    def incidents_of(self, person_id: int) -> list[tuple[Incident, Involvement]]:
        assert self.incidents is not None
        pairs = [
            (i, v) for i in self.incidents.rows.values() for v in i.involvements if v.person_id == person_id
        ]
        pairs.sort(key=lambda pair: (pair[0].reported_at, pair[0].id), reverse=True)
        return pairs

    def _family(self, ids: list[int]) -> Sequence[Person]:
        return sorted((self.rows[i] for i in ids), key=lambda p: (p.last_name, p.first_name))

    def parents_of(self, child_id: int) -> Sequence[Person]:
        return self._family([g.parent_id for g in self.guardianships if g.child_id == child_id])

    def children_of(self, parent_id: int) -> Sequence[Person]:
        return self._family([g.child_id for g in self.guardianships if g.parent_id == parent_id])

    def pupils_left_before(self, cutoff: date) -> Sequence[Person]:
        left = [
            p
            for p in self.rows.values()
            if p.kind == "pupil" and p.left_on is not None and p.left_on < cutoff
        ]
        return sorted(left, key=lambda p: (p.left_on or cutoff, p.id))

    def is_referenced(self, person_id: int) -> bool:
        assert self.incidents is not None and self.incidents.actions is not None
        return (
            any(v.person_id == person_id for i in self.incidents.rows.values() for v in i.involvements)
            or any(a.person_id == person_id for a in self.incidents.actions.rows.values())
            or any(m.person_id == person_id for m in self.incidents.measures_kept)
        )

    def children_links(self, parent_id: int) -> Sequence[tuple[Guardianship, Person]]:
        pairs = [(g, self.rows[g.child_id]) for g in self.guardianships if g.parent_id == parent_id]
        return sorted(pairs, key=lambda pair: (pair[1].last_name, pair[1].first_name, pair[1].id))

    def link(self, parent_id: int, child_id: int) -> Guardianship | None:
        return next(
            (g for g in self.guardianships if (g.parent_id, g.child_id) == (parent_id, child_id)), None
        )

    def add_link(self, link: Guardianship) -> None:
        stored(link, len(self.guardianships) + 1)
        self.guardianships.append(link)

    def remove_link(self, link: Guardianship) -> None:
        self.guardianships.remove(link)

    def same_parent(self, first_name: str, last_name: str, phone: str, email: str) -> Person | None:
        if not phone and not email:
            return None
        return next(
            (
                p
                for p in self.rows.values()
                if p.kind == "parent"
                and (p.first_name.lower(), p.last_name.lower()) == (first_name.lower(), last_name.lower())
                and ((phone and p.phone == phone) or (email and (p.email or "").lower() == email.lower()))
            ),
            None,
        )

    def links_of(self, child_ids: Iterable[int]) -> Sequence[tuple[Guardianship, Person]]:
        wanted = set(child_ids)
        pairs = [(g, self.rows[g.parent_id]) for g in self.guardianships if g.child_id in wanted]
        return sorted(
            pairs, key=lambda pair: (pair[0].child_id, pair[1].last_name, pair[1].first_name, pair[1].id)
        )

    def events(self, person_id: int) -> Sequence[Event]:
        assert self.log is not None
        return [
            e
            for e in self.log.rows
            if e.incident_id is None and person_id in (e.detail.get("person_id"), e.detail.get("parent_id"))
        ]


class FakeIncidentRepository(FakeRepository[Incident]):
    """Cases and their parts. A test sets what other services would have made: ``files`` (stored
    evidence per case), ``reviewed`` and ``awaiting`` (case ids)."""

    def __init__(self, persons: FakePersonRepository) -> None:
        super().__init__()
        self._persons = persons
        self.actions: FakeActionRepository | None = None
        self.evidence: FakeEvidenceRepository | None = None
        self.measures_kept: list[Measure] = []
        self.communications_kept: list[Communication] = []
        self.files: dict[int, list[Evidence]] = {}
        self.reviewed: set[int] = set()
        self.awaiting: set[int] = set()

    def full(self, incident_id: int) -> Incident | None:
        return self.get(incident_id)

    def ids_by_number(self, case_numbers: Sequence[str]) -> dict[str, int]:
        return {i.case_number: i.id for i in self.rows.values() if i.case_number in case_numbers}

    def next_sequence(self, year: int) -> int:
        return max((i.case_seq for i in self.rows.values() if i.case_year == year), default=0) + 1

    def set_further_categories(self, incident_id: int, categories: Sequence[str]) -> None:
        self.rows[incident_id].further_categories = [
            IncidentCategory(incident_id=incident_id, category=c, position=n)
            for n, c in enumerate(categories)
        ]

    def involvement(self, incident_id: int, person_id: int) -> Involvement | None:
        incident = self.rows.get(incident_id)
        return (
            next((v for v in incident.involvements if v.person_id == person_id), None) if incident else None
        )

    def add_involvement(self, involvement: Involvement) -> None:
        stored(involvement, sum(len(i.involvements) for i in self.rows.values()) + 1)
        person = self._persons.get(involvement.person_id)
        assert person is not None, "the service checks the person first"
        involvement.person = person
        involvement.incident = self.rows[involvement.incident_id]  # joins incident.involvements

    def stored_files(self, incident_id: int) -> Sequence[Evidence]:
        assert self.evidence is not None
        kept = [
            e
            for e in self.evidence.rows.values()
            if e.incident_id == incident_id
            and e.kind == "file"
            and e.destroyed_at is None
            and self.evidence.objects.get(e.id)
        ]
        return [*self.files.get(incident_id, []), *kept]

    def flagged_holding_files(self) -> list[tuple[int, str, int]]:
        flagged = [(i, len(self.stored_files(i.id))) for i in self.rows.values() if i.sexual_images_minor]
        return [
            (i.id, i.case_number, n)
            for i, n in sorted(flagged, key=lambda f: (f[0].case_year, f[0].case_seq))
            if n
        ]

    def closed_before(self, cutoff: datetime) -> Sequence[tuple[int, str, datetime | None, bool, bool]]:
        assert self.actions is not None
        closed = [
            i for i in self.rows.values() if i.status == "closed" and i.closed_at and i.closed_at < cutoff
        ]
        return [
            (
                i.id,
                i.case_number,
                i.closed_at,
                i.legal_hold,
                any(
                    a.incident_id == i.id and a.kind == "police" and a.status == ActionStatus.OPEN
                    for a in self.actions.rows.values()
                ),
            )
            for i in sorted(closed, key=lambda i: i.closed_at or STORED_AT)
        ]

    def unfinished_actions(self, incident_id: int) -> int:
        assert self.actions is not None
        return sum(
            1
            for a in self.actions.rows.values()
            if a.incident_id == incident_id and a.status == ActionStatus.OPEN
        )

    def has_review(self, incident_id: int) -> bool:
        return incident_id in self.reviewed

    def is_awaiting_review(self, incident_id: int) -> bool:
        return incident_id in self.awaiting

    def add_measure(self, measure: Measure) -> None:
        stored(measure, len(self.measures_kept) + 1)
        if measure.person_id is not None:
            measure.person = self._persons.rows[measure.person_id]
        self.measures_kept.append(measure)

    def measures(self, incident_id: int) -> Sequence[Measure]:
        return [m for m in self.measures_kept if m.incident_id == incident_id]

    def add_communication(self, item: Communication) -> None:
        stored(item, len(self.communications_kept) + 1)
        self.communications_kept.append(item)

    def communications(self, incident_id: int) -> Sequence[Communication]:
        return [c for c in self.communications_kept if c.incident_id == incident_id]

    def _matching(self, flt: IncidentFilter) -> list[Incident]:
        unsupported = (flt.text.strip(), flt.role, flt.platform, flt.class_name, flt.awaiting_review)
        if any(unsupported) or flt.date_from or flt.date_to:
            raise NotImplementedError("this filter is the SQL's: tested on a register file")
        found = [
            i
            for i in self.rows.values()
            if (not flt.status or i.status == flt.status)
            and (
                not flt.category or flt.category in [i.category, *(c.category for c in i.further_categories)]
            )
            and (
                flt.person_id is None
                or any(v.person_id == flt.person_id and v.removed_at is None for v in i.involvements)
            )
        ]
        return sorted(found, key=lambda i: (i.reported_at, i.id), reverse=True)

    def page(
        self, flt: IncidentFilter, *, after: tuple[date, int] | None, limit: int
    ) -> list[tuple[Incident, int]]:
        found = self._matching(flt)
        if after is not None:
            found = [i for i in found if (i.reported_at, i.id) < after]
        return [(i, self.unfinished_actions(i.id)) for i in found[:limit]]

    def search_page(self, flt: IncidentFilter, *, offset: int, limit: int) -> list[tuple[Incident, int]]:
        raise NotImplementedError("full-text search is SQLite's FTS5: tested on a register file")

    def snippets(self, text: str, incident_ids: Sequence[int]) -> dict[int, str]:
        raise NotImplementedError("full-text search is SQLite's FTS5: tested on a register file")

    def count(self, flt: IncidentFilter) -> int:
        return len(self._matching(flt))


class FakeNoteRepository(FakeRepository[CaseNote]):
    """Case notes."""

    def of_incident(self, incident_id: int) -> Sequence[CaseNote]:
        return sorted(
            (n for n in self.rows.values() if n.incident_id == incident_id), key=lambda n: (n.at, n.id)
        )


class FakeEvidenceRepository(FakeRepository[Evidence]):
    """Evidence; ``objects`` are the rows of their objects (by evidence id, then role)."""

    def __init__(self, incidents: FakeIncidentRepository) -> None:
        super().__init__()
        self._incidents = incidents
        self.objects: dict[int, dict[str, StoredObject]] = {}

    def add(self, row: Evidence) -> None:
        super().add(row)
        self._incidents.rows[row.incident_id].evidence.append(row)

    def pictures(self, incident_id: int) -> dict[int, StoredObject]:
        found: dict[int, StoredObject] = {}
        for e in self.of_incident(incident_id):
            roles = self.objects.get(e.id, {})
            obj = roles.get("working") or roles.get("original")
            if e.mime in ("image/png", "image/jpeg") and obj is not None:
                found[e.id] = obj
        return found

    def of_incident(self, incident_id: int, *, include_removed: bool = True) -> Sequence[Evidence]:
        return [
            e
            for e in self.rows.values()
            if e.incident_id == incident_id and (include_removed or e.removed_at is None)
        ]

    def same_file(self, incident_id: int, sha256: str) -> int | None:
        return next(
            (
                e.id
                for e in self.rows.values()
                if e.incident_id == incident_id and e.sha256 == sha256 and e.removed_at is None
            ),
            None,
        )

    def add_object(self, evidence_id: int, role: str, obj: StoredObject) -> None:
        self.objects.setdefault(evidence_id, {})[role] = obj

    def object_of(self, evidence_id: int, role: str) -> StoredObject | None:
        roles = self.objects.get(evidence_id, {})
        return roles.get(role) or (roles.get("original") if role == "working" else None)

    def drop_objects(self, evidence_id: int) -> list[str]:
        return [o.name for o in self.objects.pop(evidence_id, {}).values()]

    def thumbnails(self, store: ObjectStore, incident_id: int) -> dict[int, bytes]:
        found: dict[int, bytes] = {}
        for e in self.of_incident(incident_id):
            obj = self.objects.get(e.id, {}).get("thumbnail")
            if obj is not None:
                with store.open(obj) as reader:
                    found[e.id] = reader.readall()
        return found


class FakeReviewRepository(FakeRepository[Review]):
    """Reviews; ``directie_files`` are the directie case files issued (by case) a test sets."""

    def __init__(self, evidence: FakeEvidenceRepository) -> None:
        super().__init__()
        self._evidence = evidence
        self.directie_files: dict[int, Disclosure] = {}

    def add(self, row: Review) -> None:
        super().add(row)
        row.evidence = self._evidence.rows[row.evidence_id] if row.evidence_id is not None else None
        row.disclosure = self.directie_files.get(row.incident_id) if row.disclosure_id is not None else None

    def of_incident(self, incident_id: int) -> Sequence[Review]:
        found = [r for r in self.rows.values() if r.incident_id == incident_id]
        return sorted(found, key=lambda r: (r.created_at, r.id))

    def latest_directie_file(self, incident_id: int) -> Disclosure | None:
        return self.directie_files.get(incident_id)


class FakeDraftRepository:
    """Drafts by (owner, kind, scope)."""

    def __init__(self) -> None:
        self.rows: dict[tuple[int, str, str], Draft] = {}

    def get(self, owner: int, kind: str, scope: str) -> Draft | None:
        return self.rows.get((owner, kind, scope))

    def put(
        self,
        owner: int,
        kind: str,
        scope: str,
        payload: dict[str, Any],
        at: datetime,
        incident_id: int | None,
    ) -> None:
        self.rows[(owner, kind, scope)] = Draft(
            coordinator_key=owner,
            kind=kind,
            scope=scope,
            payload=payload,
            saved_at=at,
            incident_id=incident_id,
        )

    def remove(self, owner: int, kind: str, scope: str) -> None:
        self.rows.pop((owner, kind, scope), None)


class FakeDisclosureRepository(FakeRepository[Disclosure]):
    """The disclosure log and the signing keys."""

    def __init__(self) -> None:
        super().__init__()
        self.keys: list[SigningKey] = []

    def listed(self, incident_id: int | None = None, *, newest_first: bool = False) -> Sequence[Disclosure]:
        found = [d for d in self.rows.values() if incident_id is None or d.incident_id == incident_id]
        return sorted(found, key=lambda d: (d.at, d.id), reverse=newest_first)

    def by_sha256(self, sha256: str) -> Disclosure | None:
        return next((d for d in self.rows.values() if d.sha256 == sha256.lower()), None)

    def signing_key(self) -> SigningKey | None:
        return self.keys[-1] if self.keys else None

    def add_signing_key(self, key: SigningKey) -> None:
        stored(key, len(self.keys) + 1)
        self.keys.append(key)

    def certificates(self) -> list[bytes]:
        return [k.certificate for k in reversed(self.keys)]


class FakeDecisionRepository(FakeRepository[DecisionRecord]):
    """Protocol decisions."""

    def of_incident(self, incident_id: int) -> Sequence[DecisionRecord]:
        return [d for d in self.rows.values() if d.incident_id == incident_id]


class FakeActionRepository(FakeRepository[Action]):
    """Follow-up actions, each with its case and person."""

    def __init__(self, incidents: FakeIncidentRepository, persons: FakePersonRepository) -> None:
        super().__init__()
        self._incidents = incidents
        self._persons = persons

    def add(self, row: Action) -> None:
        super().add(row)
        row.incident = self._incidents.rows[row.incident_id]
        row.person = self._persons.rows[row.person_id] if row.person_id is not None else None

    def listed(
        self,
        incident_id: int | None,
        *,
        open_only: bool,
        responsible: str | None = None,
        due_from: date | None = None,
        due_to: date | None = None,
    ) -> Sequence[Action]:
        found = [
            a
            for a in self.rows.values()
            if (incident_id is None or a.incident_id == incident_id)
            and (not open_only or a.status == ActionStatus.OPEN)
            and (responsible is None or a.responsible.lower() == responsible.strip().lower())
            and (due_from is None or a.due_date >= due_from)
            and (due_to is None or a.due_date <= due_to)
        ]
        return sorted(found, key=lambda a: (a.status != ActionStatus.OPEN, a.due_date, a.id))

    def overdue(self, today: date) -> int:
        return sum(1 for a in self.rows.values() if a.status == ActionStatus.OPEN and a.due_date < today)


class FakeEventLog:
    """Events added wait for the commit; then they are ``committed`` (and, as timeline rows,
    ``rows``, each in its case's ``events``); entries of the audit trail alone go to ``audit``."""

    def __init__(self, incidents: FakeIncidentRepository) -> None:
        self._incidents = incidents
        self.pending: list[DomainEvent | AuditNote] = []
        self.committed: list[DomainEvent] = []
        self.audit: list[AuditNote] = []
        self.rows: list[Event] = []

    def add(self, event: DomainEvent | AuditNote) -> None:
        self.pending.append(event)

    def write(self) -> None:
        for event in self.pending:
            if isinstance(event, AuditNote):
                self.audit.append(event)
                continue
            row = Event(
                id=len(self.rows) + 1,
                kind=event.kind.value,
                at=event.at,
                coordinator_id=event.coordinator_id,
                incident_id=event.incident_id,
                detail=dict(event.detail),
            )
            if event.incident_id is not None:
                row.incident = self._incidents.rows[event.incident_id]  # joins incident.events
            self.rows.append(row)
            self.committed.append(event)
        self.pending.clear()

    def kinds(self) -> list[str]:
        """The kinds committed, in order."""
        return [e.kind.value for e in self.committed]


class FakeUnitOfWork:
    """A unit of work and its factory in one; counts what a use case asks of it. Its repositories
    keep their rows across units of work (the register of one test); events are written at
    :meth:`commit` and dropped when a unit of work ends without one."""

    def __init__(self) -> None:
        self.opened = 0
        self.committed = 0
        self.persons = FakePersonRepository()
        self.incidents = FakeIncidentRepository(self.persons)
        self.notes = FakeNoteRepository()
        self.evidence = FakeEvidenceRepository(self.incidents)
        self.incidents.evidence = self.evidence
        self.decisions = FakeDecisionRepository()
        self.reviews = FakeReviewRepository(self.evidence)
        self.drafts = FakeDraftRepository()
        self.disclosures = FakeDisclosureRepository()
        self.actions = FakeActionRepository(self.incidents, self.persons)
        self.incidents.actions = self.actions
        self.events = FakeEventLog(self.incidents)
        self.persons.incidents = self.incidents
        self.persons.log = self.events
        self.maintained: list[str] = []

    def __call__(self, *, read_only: bool = False) -> FakeUnitOfWork:
        return self

    def __enter__(self) -> FakeUnitOfWork:
        self.opened += 1
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.events.pending.clear()  # rolled back

    @property
    def session(self) -> Session:
        raise AssertionError("this use case should not have touched the database")

    def commit(self) -> None:
        self.events.write()
        self.committed += 1

    def refresh(self, row: object) -> None:
        return None

    def maintenance(self, *statements: str) -> None:
        self.maintained.extend(statements)


def _is_a_unit_of_work_factory(fake: FakeUnitOfWork) -> UnitOfWorkFactory:
    return fake  # mypy checks here that the fake offers what services ask of a unit of work
