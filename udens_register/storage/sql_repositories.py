"""The repositories of :mod:`udens_register.storage.ports` on one SQLAlchemy session (SQLCipher)."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Sequence
from datetime import date
from datetime import datetime
from typing import Any
from typing import Generic
from typing import TypeVar

from sqlalchemy.orm import Session

from udens_register.domain.events import AuditNote
from udens_register.domain.events import DomainEvent
from udens_register.domain.model import IncidentFilter
from udens_register.storage import audit
from udens_register.storage import case_facts
from udens_register.storage import disclosures
from udens_register.storage import drafts
from udens_register.storage import evidence_objects
from udens_register.storage import family
from udens_register.storage import repositories as queries
from udens_register.storage import reviews
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
from udens_register.storage.models import Involvement
from udens_register.storage.models import Measure
from udens_register.storage.models import Person
from udens_register.storage.models import Review
from udens_register.storage.models import SigningKey
from udens_register.storage.objects import ObjectStore
from udens_register.storage.objects import StoredObject

Row = TypeVar("Row", bound=Base)


class SqlRepository(Generic[Row]):
    """Rows of one ORM class in one session."""

    model: type[Row]

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, row: Row) -> None:
        """Add and flush, so the row has its id."""
        self._session.add(row)
        self._session.flush()

    def get(self, ident: int) -> Row | None:
        """By primary key."""
        return self._session.get(self.model, ident)


class SqlIncidentRepository(SqlRepository[Incident]):
    """Cases."""

    model = Incident

    def full(self, incident_id: int) -> Incident | None:
        """With persons, timeline and further categories loaded."""
        return queries.incident_full(self._session, incident_id)

    def next_sequence(self, year: int) -> int:
        """The next free sequence number of ``year``."""
        return queries.next_case_sequence(self._session, year)

    def ids_by_number(self, case_numbers: Sequence[str]) -> dict[str, int]:
        """Known numbers only."""
        return queries.incident_ids_by_number(self._session, case_numbers)

    def set_further_categories(self, incident_id: int, categories: Sequence[str]) -> None:
        """Replace the further categories."""
        case_facts.set_further_categories(self._session, incident_id, categories)

    def involvement(self, incident_id: int, person_id: int) -> Involvement | None:
        """The link of a person to a case, removed or not."""
        return queries.involvement(self._session, incident_id, person_id)

    def add_involvement(self, involvement: Involvement) -> None:
        """Link a person to a case (written at the next flush)."""
        self._session.add(involvement)

    def stored_files(self, incident_id: int) -> Sequence[Evidence]:
        """Files whose bytes are still in the register."""
        return case_facts.stored_files(self._session, incident_id)

    def flagged_holding_files(self) -> list[tuple[int, str, int]]:
        """Flagged cases still holding files."""
        return case_facts.flagged_holding_files(self._session)

    def closed_before(self, cutoff: datetime) -> Sequence[tuple[int, str, datetime | None, bool, bool]]:
        """Oldest closing first."""
        return [
            (r[0], r[1], r[2], bool(r[3]), bool(r[4])) for r in queries.closed_before(self._session, cutoff)
        ]

    def unfinished_actions(self, incident_id: int) -> int:
        """Open actions of the case."""
        return queries.unfinished_actions(self._session, incident_id)

    def has_review(self, incident_id: int) -> bool:
        """Whether a review was recorded."""
        return reviews.has_review(self._session, incident_id)

    def is_awaiting_review(self, incident_id: int) -> bool:
        """Whether a directie file waits on a review."""
        return reviews.is_awaiting_review(self._session, incident_id)

    def add_measure(self, measure: Measure) -> None:
        """Add and flush."""
        self._session.add(measure)
        self._session.flush()

    def measures(self, incident_id: int) -> Sequence[Measure]:
        """In order."""
        return queries.measures_of(self._session, incident_id)

    def add_communication(self, item: Communication) -> None:
        """Add and flush."""
        self._session.add(item)
        self._session.flush()

    def communications(self, incident_id: int) -> Sequence[Communication]:
        """In order."""
        return queries.communications_of(self._session, incident_id)

    def page(
        self, flt: IncidentFilter, *, after: tuple[date, int] | None, limit: int
    ) -> list[tuple[Incident, int]]:
        """Keyset-paged, newest first."""
        return queries.incident_page(self._session, flt, after=after, limit=limit)

    def search_page(self, flt: IncidentFilter, *, offset: int, limit: int) -> list[tuple[Incident, int]]:
        """FTS5, best first."""
        return queries.search_page(self._session, flt, offset=offset, limit=limit)

    def snippets(self, text: str, incident_ids: Sequence[int]) -> dict[int, str]:
        """The words around what matched."""
        return queries.search_snippets(self._session, text, incident_ids)

    def count(self, flt: IncidentFilter) -> int:
        """How many match."""
        return queries.incident_count(self._session, flt)


class SqlPersonRepository(SqlRepository[Person]):
    """Persons."""

    model = Person

    def by_student_number(self, number: str) -> Person | None:
        """The pupil with this number."""
        return queries.person_by_student_number(self._session, number)

    def pupils_by_number(self) -> dict[str, Person]:
        """By student number."""
        return queries.pupils_by_number(self._session)

    def find(self, text: str = "", limit: int | None = None, kind: str | None = None) -> Sequence[Person]:
        """By name."""
        return queries.persons(self._session, text, limit, kind)

    def incidents_of(self, person_id: int) -> list[tuple[Incident, Involvement]]:
        """Newest first."""
        return queries.incidents_of_person(self._session, person_id)

    def parents_of(self, child_id: int) -> Sequence[Person]:
        """By name."""
        return queries.parents_of(self._session, child_id)

    def children_of(self, parent_id: int) -> Sequence[Person]:
        """By name."""
        return queries.children_of(self._session, parent_id)

    def events(self, person_id: int) -> Sequence[Event]:
        """Oldest first."""
        return queries.person_events(self._session, person_id)

    def links_of(self, child_ids: Iterable[int]) -> Sequence[tuple[Guardianship, Person]]:
        """By pupil, then by name."""
        return family.links_of(self._session, child_ids)

    def children_links(self, parent_id: int) -> Sequence[tuple[Guardianship, Person]]:
        """By the pupil's name."""
        return family.children_links(self._session, parent_id)

    def link(self, parent_id: int, child_id: int) -> Guardianship | None:
        """If recorded."""
        return queries.guardianship(self._session, parent_id, child_id)

    def add_link(self, link: Guardianship) -> None:
        """Add and flush (the next query of the pupil's parents sees it)."""
        self._session.add(link)
        self._session.flush()

    def remove_link(self, link: Guardianship) -> None:
        """Deleted at the next flush."""
        self._session.delete(link)

    def same_parent(self, first_name: str, last_name: str, phone: str, email: str) -> Person | None:
        """By name and a contact."""
        return family.same_parent(self._session, first_name, last_name, phone, email)

    def pupils_left_before(self, cutoff: date) -> Sequence[Person]:
        """Oldest leaving first."""
        return family.pupils_left_before(self._session, cutoff)

    def is_referenced(self, person_id: int) -> bool:
        """Named by a case still in the register."""
        return queries.is_referenced_elsewhere(self._session, person_id)


class SqlNoteRepository(SqlRepository[CaseNote]):
    """Case notes."""

    model = CaseNote

    def of_incident(self, incident_id: int) -> Sequence[CaseNote]:
        """In the order they happened."""
        return queries.notes_of(self._session, incident_id)


class SqlEvidenceRepository(SqlRepository[Evidence]):
    """Evidence and its objects' rows."""

    model = Evidence

    def of_incident(self, incident_id: int, *, include_removed: bool = True) -> Sequence[Evidence]:
        """Oldest first (bytes stay deferred)."""
        return queries.evidence_of(self._session, incident_id, include_removed=include_removed)

    def same_file(self, incident_id: int, sha256: str) -> int | None:
        """Current evidence with these bytes."""
        return evidence_objects.same_file_in_case(self._session, incident_id, sha256)

    def add_object(self, evidence_id: int, role: str, obj: StoredObject) -> None:
        """Commit only after the object's write returned."""
        evidence_objects.add_object(self._session, evidence_id, role, obj)

    def object_of(self, evidence_id: int, role: str) -> StoredObject | None:
        """By role."""
        return evidence_objects.object_of(self._session, evidence_id, role)

    def drop_objects(self, evidence_id: int) -> list[str]:
        """The rows go; the names, for the files."""
        return evidence_objects.drop_objects(self._session, evidence_id)

    def thumbnails(self, store: ObjectStore, incident_id: int) -> dict[int, bytes]:
        """Small JPEGs by evidence id."""
        return evidence_objects.read_thumbnails(self._session, store, incident_id)

    def pictures(self, incident_id: int) -> dict[int, StoredObject]:
        """By evidence id."""
        return evidence_objects.picture_objects(self._session, incident_id)


class SqlReviewRepository(SqlRepository[Review]):
    """The director's reviews."""

    model = Review

    def of_incident(self, incident_id: int) -> Sequence[Review]:
        """Oldest first."""
        return reviews.reviews_of(self._session, incident_id)

    def latest_directie_file(self, incident_id: int) -> Disclosure | None:
        """If any."""
        return reviews.latest_directie_file(self._session, incident_id)


class SqlDraftRepository:
    """Drafts of forms."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, owner: int, kind: str, scope: str) -> Draft | None:
        """If any."""
        return drafts.get(self._session, owner, kind, scope)

    def put(
        self,
        owner: int,
        kind: str,
        scope: str,
        payload: dict[str, Any],
        at: datetime,
        incident_id: int | None,
    ) -> None:
        """Insert or replace."""
        drafts.put(self._session, owner, kind, scope, payload, at, incident_id)

    def remove(self, owner: int, kind: str, scope: str) -> None:
        """If there is one."""
        drafts.remove(self._session, owner, kind, scope)


class SqlDisclosureRepository(SqlRepository[Disclosure]):
    """The disclosure log and the signing keys."""

    model = Disclosure

    def listed(self, incident_id: int | None = None, *, newest_first: bool = False) -> Sequence[Disclosure]:
        """Oldest first unless asked."""
        return disclosures.disclosures(self._session, incident_id, newest_first=newest_first)

    def by_sha256(self, sha256: str) -> Disclosure | None:
        """The first with this hash."""
        return disclosures.disclosure_by_sha256(self._session, sha256)

    def signing_key(self) -> SigningKey | None:
        """The newest."""
        return disclosures.signing_key(self._session)

    def add_signing_key(self, key: SigningKey) -> None:
        """Written at the commit."""
        self._session.add(key)

    def certificates(self) -> list[bytes]:
        """Newest first."""
        return disclosures.signing_certificates(self._session)


class SqlDecisionRepository(SqlRepository[DecisionRecord]):
    """Protocol decisions."""

    model = DecisionRecord

    def of_incident(self, incident_id: int) -> Sequence[DecisionRecord]:
        """Oldest first."""
        return queries.decisions_of(self._session, incident_id)


class SqlActionRepository(SqlRepository[Action]):
    """Follow-up actions."""

    model = Action

    def listed(
        self,
        incident_id: int | None,
        *,
        open_only: bool,
        responsible: str | None = None,
        due_from: date | None = None,
        due_to: date | None = None,
    ) -> Sequence[Action]:
        """Open first, then by due date."""
        return queries.actions(
            self._session,
            incident_id,
            open_only=open_only,
            responsible=responsible,
            due_from=due_from,
            due_to=due_to,
        )

    def overdue(self, today: date) -> int:
        """Open and past due."""
        return queries.overdue_actions(self._session, today)


class SqlEventLog:
    """Events collected during a use case, written at commit: a timeline row and the audit chain's
    next link each, in the order they were added."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._pending: list[DomainEvent | AuditNote] = []

    def add(self, event: DomainEvent | AuditNote) -> None:
        """Collect ``event``."""
        self._pending.append(event)

    def write(self) -> None:
        """Write what was collected (the unit of work's commit calls this)."""
        pending, self._pending = self._pending, []
        for event in pending:
            if isinstance(event, AuditNote):
                audit.append(self._session, str(event.action), event.coordinator, event.target)
                continue
            queries.add_event(
                self._session,
                event.kind.value,
                at=event.at,
                coordinator_id=event.coordinator_id,
                incident_id=event.incident_id,
                detail=dict(event.detail),
            )
