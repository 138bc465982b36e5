"""What services ask of storage: one repository per kind of record, reached from the unit of work
(``uow.incidents``, ``uow.persons``, ``uow.notes``, ``uow.events``), as cosmicpython's chapters 2
and 6 have it. The SQLAlchemy implementations are in :mod:`udens_register.storage.sql_repositories`;
the tests of services' logic give in-memory ones (tests/unit/services/fakes.py).

A repository hands out and takes the ORM's rows (plain objects until a session holds them), so a
fake can keep them in memory; the queries themselves are the SQL implementation's business."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Sequence
from datetime import date
from datetime import datetime
from types import TracebackType
from typing import Any
from typing import Protocol
from typing import Self
from typing import TypeVar

from sqlalchemy.orm import Session

from udens_register.domain.events import AuditNote
from udens_register.domain.events import DomainEvent
from udens_register.domain.model import IncidentFilter
from udens_register.storage.models import Action
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

Row = TypeVar("Row")


class Repository(Protocol[Row]):
    """Rows of one kind by id."""

    def add(self, row: Row) -> None:
        """Keep a new row; it has its id on return."""

    def get(self, ident: int) -> Row | None:
        """The row with ``ident``, or None."""


class IncidentRepository(Repository[Incident], Protocol):
    """Cases, with the parts that belong to one case (involvements, measures, communications)."""

    def full(self, incident_id: int) -> Incident | None:
        """A case with its involved persons, timeline and further categories loaded."""

    def next_sequence(self, year: int) -> int:
        """The next free sequence number of the case numbers of ``year``."""

    def ids_by_number(self, case_numbers: Sequence[str]) -> dict[str, int]:
        """The ids of the cases with these numbers (unknown numbers are left out)."""

    def set_further_categories(self, incident_id: int, categories: Sequence[str]) -> None:
        """Replace the further categories of a case, in the order given."""

    def involvement(self, incident_id: int, person_id: int) -> Involvement | None:
        """The link between a person and a case, removed or not."""

    def add_involvement(self, involvement: Involvement) -> None:
        """Link a person to a case."""

    def stored_files(self, incident_id: int) -> Sequence[Evidence]:
        """The files of a case whose bytes are still in the register."""

    def flagged_holding_files(self) -> list[tuple[int, str, int]]:
        """(id, case number, files) of the cases flagged as sexual images of a minor that still
        hold stored files, in case-number order."""

    def unfinished_actions(self, incident_id: int) -> int:
        """How many actions of the case are open."""

    def closed_before(self, cutoff: datetime) -> Sequence[tuple[int, str, datetime | None, bool, bool]]:
        """(id, case number, closed at, legal hold, an open police action) of the cases closed
        before ``cutoff``, oldest closing first."""

    def has_review(self, incident_id: int) -> bool:
        """Whether a director's review of the case was recorded."""

    def is_awaiting_review(self, incident_id: int) -> bool:
        """Whether a directie file of the case waits on a (new) review."""

    def add_measure(self, measure: Measure) -> None:
        """Keep a measure (it has its id on return)."""

    def measures(self, incident_id: int) -> Sequence[Measure]:
        """The measures of a case, in order."""

    def add_communication(self, item: Communication) -> None:
        """Keep a communication (it has its id on return)."""

    def communications(self, incident_id: int) -> Sequence[Communication]:
        """The communications of a case, in order."""

    def page(
        self, flt: IncidentFilter, *, after: tuple[date, int] | None, limit: int
    ) -> list[tuple[Incident, int]]:
        """Newest first after the key ``after``, each with its number of open actions."""

    def search_page(self, flt: IncidentFilter, *, offset: int, limit: int) -> list[tuple[Incident, int]]:
        """The cases matching ``flt.text``, best first, each with its number of open actions."""

    def snippets(self, text: str, incident_ids: Sequence[int]) -> dict[int, str]:
        """The words around what matched, for each of ``incident_ids``."""

    def count(self, flt: IncidentFilter) -> int:
        """How many cases match."""


class PersonRepository(Repository[Person], Protocol):
    """Pupils, parents, staff and others."""

    def by_student_number(self, number: str) -> Person | None:
        """The pupil with this student number."""

    def pupils_by_number(self) -> dict[str, Person]:
        """Every person with a student number, by that number."""

    def find(self, text: str = "", limit: int | None = None, kind: str | None = None) -> Sequence[Person]:
        """By name, optionally of one kind, matching ``text`` in names, number or class."""

    def incidents_of(self, person_id: int) -> list[tuple[Incident, Involvement]]:
        """Every case the person is or was in, newest first."""

    def parents_of(self, child_id: int) -> Sequence[Person]:
        """The parents linked to a pupil, by name."""

    def children_of(self, parent_id: int) -> Sequence[Person]:
        """The pupils linked to a parent, by name."""

    def events(self, person_id: int) -> Sequence[Event]:
        """The events about a person outside any case, oldest first."""

    def links_of(self, child_ids: Iterable[int]) -> Sequence[tuple[Guardianship, Person]]:
        """The parent links of the pupils ``child_ids`` with each parent, by pupil, then by name."""

    def children_links(self, parent_id: int) -> Sequence[tuple[Guardianship, Person]]:
        """The links of one parent with each pupil, by the pupil's name."""

    def link(self, parent_id: int, child_id: int) -> Guardianship | None:
        """The link between a parent and a pupil, if recorded."""

    def add_link(self, link: Guardianship) -> None:
        """Record a parent link."""

    def remove_link(self, link: Guardianship) -> None:
        """Delete a parent link."""

    def same_parent(self, first_name: str, last_name: str, phone: str, email: str) -> Person | None:
        """A parent already recorded under this name (any case) with this phone or e-mail."""

    def pupils_left_before(self, cutoff: date) -> Sequence[Person]:
        """Pupils who left the school before ``cutoff``, oldest leaving first."""

    def is_referenced(self, person_id: int) -> bool:
        """Whether a case still in the register names the person (involved, responsible, measured)."""


class NoteRepository(Repository[CaseNote], Protocol):
    """Case notes."""

    def of_incident(self, incident_id: int) -> Sequence[CaseNote]:
        """The notes of a case in the order they happened (removed ones too)."""


class EvidenceRepository(Repository[Evidence], Protocol):
    """Evidence items and the keys of their objects (the encrypted files in the object store)."""

    def of_incident(self, incident_id: int, *, include_removed: bool = True) -> Sequence[Evidence]:
        """The evidence of a case, oldest first."""

    def same_file(self, incident_id: int, sha256: str) -> int | None:
        """The id of current evidence of the case with exactly these bytes."""

    def add_object(self, evidence_id: int, role: str, obj: StoredObject) -> None:
        """The row of an object just written (``original``, ``working`` or ``thumbnail``)."""

    def object_of(self, evidence_id: int, role: str) -> StoredObject | None:
        """The object of one role (a missing ``working`` copy is the original)."""

    def drop_objects(self, evidence_id: int) -> list[str]:
        """Forget an item's objects (their keys go with the commit); their names, to delete."""

    def thumbnails(self, store: ObjectStore, incident_id: int) -> dict[int, bytes]:
        """Every thumbnail of a case, read from the store."""

    def pictures(self, incident_id: int) -> dict[int, StoredObject]:
        """The working copy (the original where it is its own) of every PNG or JPEG of a case."""


class ReviewRepository(Repository[Review], Protocol):
    """The director's reviews of cases."""

    def of_incident(self, incident_id: int) -> Sequence[Review]:
        """The reviews of a case, oldest first, with who recorded them and the file they answer."""

    def latest_directie_file(self, incident_id: int) -> Disclosure | None:
        """The newest directie case file issued for the case, if any."""


class DraftRepository(Protocol):
    """Drafts of forms, one per coordinator, kind and scope."""

    def get(self, owner: int, kind: str, scope: str) -> Draft | None:
        """The draft, if any."""

    def put(
        self,
        owner: int,
        kind: str,
        scope: str,
        payload: dict[str, Any],
        at: datetime,
        incident_id: int | None,
    ) -> None:
        """Insert or replace the draft."""

    def remove(self, owner: int, kind: str, scope: str) -> None:
        """Delete the draft (nothing when there is none)."""


class DisclosureRepository(Repository[Disclosure], Protocol):
    """The log of every file that left the register, and the register's signing keys."""

    def listed(self, incident_id: int | None = None, *, newest_first: bool = False) -> Sequence[Disclosure]:
        """The log (one case's when ``incident_id`` is given), oldest first unless asked."""

    def by_sha256(self, sha256: str) -> Disclosure | None:
        """The first disclosure of the file with this SHA-256."""

    def signing_key(self) -> SigningKey | None:
        """The register's current signing key."""

    def add_signing_key(self, key: SigningKey) -> None:
        """Keep a new signing key."""

    def certificates(self) -> list[bytes]:
        """Every certificate the register has signed with (DER), newest first."""


class DecisionRepository(Repository[DecisionRecord], Protocol):
    """Protocol decisions (never changed once recorded)."""

    def of_incident(self, incident_id: int) -> Sequence[DecisionRecord]:
        """Every decision of a case, oldest first."""


class ActionRepository(Repository[Action], Protocol):
    """Follow-up actions (with their case and person)."""

    def listed(
        self,
        incident_id: int | None,
        *,
        open_only: bool,
        responsible: str | None = None,
        due_from: date | None = None,
        due_to: date | None = None,
    ) -> Sequence[Action]:
        """Of one case or of all: open first, then by due date; narrowed by who (exact, any case)
        and the due range (inclusive)."""

    def overdue(self, today: date) -> int:
        """How many open actions are past their due date."""


class EventLog(Protocol):
    """The timeline and the audit trail: events are collected and written once, at commit."""

    def add(self, event: DomainEvent | AuditNote) -> None:
        """Record ``event`` with the unit of work (written at its commit, in the order added): a
        timeline event with its audit entry, or an audit entry alone."""


class AbstractUnitOfWork(Protocol):
    """One use case's transaction and its repositories."""

    @property
    def incidents(self) -> IncidentRepository: ...

    @property
    def persons(self) -> PersonRepository: ...

    @property
    def notes(self) -> NoteRepository: ...

    @property
    def evidence(self) -> EvidenceRepository: ...

    @property
    def decisions(self) -> DecisionRepository: ...

    @property
    def reviews(self) -> ReviewRepository: ...

    @property
    def drafts(self) -> DraftRepository: ...

    @property
    def disclosures(self) -> DisclosureRepository: ...

    @property
    def actions(self) -> ActionRepository: ...

    @property
    def events(self) -> EventLog: ...

    @property
    def session(self) -> Session:
        """The ORM session, for the services not yet written against repositories."""

    def __enter__(self) -> Self: ...

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...

    def commit(self) -> None:
        """Write the collected events and make the use case's changes durable."""

    def refresh(self, row: object) -> None:
        """Read a row again as stored (its defaults and relations after commit)."""

    def maintenance(self, *statements: str) -> None:
        """Pragmas outside any transaction (``VACUUM``)."""
