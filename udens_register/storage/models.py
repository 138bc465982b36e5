"""ORM tables. Alembic migrations in the top-level ``migrations/`` must produce exactly this."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Sequence
from datetime import UTC
from datetime import date
from datetime import datetime
from typing import Any

from sqlalchemy import JSON
from sqlalchemy import Date
from sqlalchemy import DateTime
from sqlalchemy import ForeignKey
from sqlalchemy import Index
from sqlalchemy import Integer
from sqlalchemy import LargeBinary
from sqlalchemy import MetaData
from sqlalchemy import String
from sqlalchemy import Text
from sqlalchemy import TypeDecorator
from sqlalchemy import UniqueConstraint
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column
from sqlalchemy.orm import relationship

from udens_register.domain.enums import role_order

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes stored as naive UTC, returned aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class RoleList(TypeDecorator[tuple[str, ...]]):
    """A person's roles in an incident: stored as a JSON list of role codes in the order of
    :class:`~udens_register.domain.enums.Role`, read back as a tuple. The one place roles are
    encoded and decoded (migration 0015 brought the comma-joined text of earlier registers here)."""

    impl = JSON
    cache_ok = True

    def process_bind_param(self, value: Iterable[str] | None, dialect: Any) -> list[str] | None:
        if isinstance(value, str):  # one string would be read letter by letter
            raise TypeError("roles are a sequence of role codes, not one string")
        return None if value is None else [r.value for r in role_order(value)]

    def process_result_value(self, value: Sequence[str] | None, dialect: Any) -> tuple[str, ...] | None:
        return None if value is None else tuple(value)


def utcnow() -> datetime:
    """Now, aware, in UTC."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base with the naming convention Alembic batch mode needs."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Coordinator(Base):
    """A coordinator's passphrase slot, with the label kept here rather than in the key file."""

    __tablename__ = "coordinators"

    id: Mapped[int] = mapped_column(primary_key=True)
    slot_id: Mapped[str] = mapped_column(String(32), unique=True)
    label: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class Person(Base):
    """A pupil, staff member, parent or other person."""

    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    first_name: Mapped[str] = mapped_column(String(100), default="")
    infix: Mapped[str] = mapped_column(String(30), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    student_number: Mapped[str | None] = mapped_column(String(30), unique=True, nullable=True)
    class_name: Mapped[str] = mapped_column(String(30), default="")
    date_of_birth: Mapped[date | None] = mapped_column(Date(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    phone: Mapped[str] = mapped_column(String(40), default="", server_default="")
    email: Mapped[str] = mapped_column(String(254), default="", server_default="")
    # The day a pupil left the school (uitgeschreven): the start of their retention term.
    left_on: Mapped[date | None] = mapped_column(Date(), nullable=True)

    involvements: Mapped[list[Involvement]] = relationship(back_populates="person")


class Incident(Base):
    """One social-media incident, a case with its own number."""

    __tablename__ = "incidents"
    __table_args__ = (
        UniqueConstraint("case_year", "case_seq", name="uq_incidents_case_year_seq"),
        Index("ix_incidents_status_reported", "status", "reported_at"),
        Index("ix_incidents_category_reported", "category", "reported_at"),
        Index("ix_incidents_reported_id", "reported_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_year: Mapped[int] = mapped_column(Integer)
    case_seq: Mapped[int] = mapped_column(Integer)
    case_number: Mapped[str] = mapped_column(String(12), unique=True)
    reported_at: Mapped[date] = mapped_column(Date())
    occurred_at: Mapped[date | None] = mapped_column(Date(), nullable=True)
    platform: Mapped[str] = mapped_column(String(60), default="")
    category: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text(), default="")
    status: Mapped[str] = mapped_column(String(16))
    closing_rationale: Mapped[str] = mapped_column(Text(), default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    sexual_images_minor: Mapped[bool] = mapped_column(default=False, server_default="0")
    legal_hold: Mapped[bool] = mapped_column(default=False, server_default="0")
    manager_consulted: Mapped[str] = mapped_column(String(200), default="", server_default="")
    manager_consulted_on: Mapped[date | None] = mapped_column(Date(), nullable=True)

    involvements: Mapped[list[Involvement]] = relationship(
        back_populates="incident", cascade="all, delete-orphan", order_by="Involvement.id"
    )
    events: Mapped[list[Event]] = relationship(
        back_populates="incident", cascade="all, delete-orphan", order_by="Event.id"
    )
    evidence: Mapped[list[Evidence]] = relationship(
        cascade="all, delete-orphan", order_by="Evidence.id", overlaps="incident"
    )
    measures: Mapped[list[Measure]] = relationship(cascade="all, delete-orphan", order_by="Measure.id")
    communications: Mapped[list[Communication]] = relationship(
        cascade="all, delete-orphan", order_by="Communication.id"
    )
    decisions: Mapped[list[DecisionRecord]] = relationship(
        cascade="all, delete-orphan", order_by="DecisionRecord.id"
    )
    actions: Mapped[list[Action]] = relationship(
        cascade="all, delete-orphan", order_by="Action.id", overlaps="incident"
    )
    reviews: Mapped[list[Review]] = relationship(cascade="all, delete-orphan", order_by="Review.id")
    notes: Mapped[list[CaseNote]] = relationship(cascade="all, delete-orphan", order_by="CaseNote.at")
    further_categories: Mapped[list[IncidentCategory]] = relationship(
        cascade="all, delete-orphan", order_by="IncidentCategory.position"
    )


class IncidentCategory(Base):
    """A further category of an incident beside its main one (``Incident.category``)."""

    __tablename__ = "incident_categories"
    __table_args__ = (
        UniqueConstraint("incident_id", "category", name="uq_incident_categories_incident_category"),
        Index("ix_incident_categories_category", "category", "incident_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    category: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(Integer, default=0)


class Involvement(Base):
    """A person in an incident, with their roles (a :class:`RoleList`)."""

    __tablename__ = "involvements"
    __table_args__ = (UniqueConstraint("incident_id", "person_id", name="uq_involvements_incident_person"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="RESTRICT"), index=True)
    roles: Mapped[tuple[str, ...]] = mapped_column(RoleList())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    removed_reason: Mapped[str] = mapped_column(Text(), default="", server_default="")

    incident: Mapped[Incident] = relationship(back_populates="involvements")
    person: Mapped[Person] = relationship(back_populates="involvements")


class Event(Base):
    """The case timeline and audit: when, which coordinator, what (a code and JSON detail)."""

    __tablename__ = "events"
    __table_args__ = (Index("ix_events_incident_at", "incident_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    coordinator_id: Mapped[int | None] = mapped_column(
        ForeignKey("coordinators.id", ondelete="SET NULL"), nullable=True
    )
    incident_id: Mapped[int | None] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), nullable=True
    )
    kind: Mapped[str] = mapped_column(String(40))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON(), default=dict)

    incident: Mapped[Incident | None] = relationship(back_populates="events")
    coordinator: Mapped[Coordinator | None] = relationship()


class DecisionRecord(Base):
    """An immutable protocol decision: facts, outcome, deviations, who, when, which protocol."""

    __tablename__ = "decisions"
    __table_args__ = (Index("ix_decisions_incident", "incident_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    coordinator_id: Mapped[int | None] = mapped_column(
        ForeignKey("coordinators.id", ondelete="SET NULL"), nullable=True
    )
    protocol_version: Mapped[str] = mapped_column(String(120))
    # JSON, persons by register id (see services/decision_view.py for the shapes).
    facts: Mapped[dict[str, Any]] = mapped_column(JSON())
    outcome: Mapped[dict[str, Any]] = mapped_column(JSON())
    deviations: Mapped[list[dict[str, Any]]] = mapped_column(JSON(), default=list)
    routes: Mapped[dict[str, Any]] = mapped_column(
        JSON(), default=dict
    )  # {"routes": [...], "signals": {...}}
    person_map: Mapped[list[dict[str, Any]]] = mapped_column(JSON(), default=list)  # [{"id", "name"}]

    coordinator: Mapped[Coordinator | None] = relationship()


class Action(Base):
    """A follow-up step from a decision: inform parents, involve police, guide a victim."""

    __tablename__ = "actions"
    __table_args__ = (
        Index("ix_actions_incident_status", "incident_id", "status"),
        Index("ix_actions_status_due", "status", "due_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    decision_id: Mapped[int | None] = mapped_column(
        ForeignKey("decisions.id", ondelete="SET NULL"), nullable=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="RESTRICT"), nullable=True
    )
    responsible: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[date] = mapped_column(Date())
    urgent: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(String(16), default="open")
    status_reason: Mapped[str] = mapped_column(Text(), default="")
    outcome: Mapped[dict[str, Any]] = mapped_column(JSON(), default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # A further measure of a director's review: the review it came from and what it is.
    review_id: Mapped[int | None] = mapped_column(
        ForeignKey("reviews.id", ondelete="SET NULL"), nullable=True
    )
    description: Mapped[str] = mapped_column(Text(), default="", server_default="")

    person: Mapped[Person | None] = relationship()
    incident: Mapped[Incident] = relationship()


class Guardianship(Base):
    """A parent (or guardian) of a pupil: the contact for rule 3."""

    __tablename__ = "guardianships"
    __table_args__ = (UniqueConstraint("parent_id", "child_id", name="uq_guardianships_parent_child"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    child_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    relation: Mapped[str] = mapped_column(String(16), default="", server_default="")  # Relation code or ""


class Evidence(Base):
    """A screenshot or file kept inside the encrypted database, or a description instead of it."""

    __tablename__ = "evidence"
    __table_args__ = (Index("ix_evidence_incident", "incident_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # file | description
    filename: Mapped[str] = mapped_column(String(255), default="")
    mime: Mapped[str] = mapped_column(String(60), default="")
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    # First-edition blobs: evidence now lives in the object store (``evidence_objects``); a
    # register made before it has its blobs moved out at open, one item per commit, and these
    # columns emptied (they stay in the schema so a move cut short loses nothing).
    original: Mapped[bytes | None] = mapped_column(LargeBinary(), nullable=True, deferred=True)
    working: Mapped[bytes | None] = mapped_column(LargeBinary(), nullable=True, deferred=True)
    thumbnail: Mapped[bytes | None] = mapped_column(LargeBinary(), nullable=True, deferred=True)
    duration_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)  # a video's, when known
    platform: Mapped[str] = mapped_column(String(60), default="")
    post_url: Mapped[str] = mapped_column(Text(), default="")
    profile: Mapped[str] = mapped_column(String(300), default="")
    posted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    captured_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    captured_by: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text(), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    removed_reason: Mapped[str] = mapped_column(Text(), default="")
    # Destroyed for good (sexual images of a minor): the bytes are gone, hash, size, platform and
    # description stay with the reason (in ``removed_reason``).
    destroyed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    objects: Mapped[list[EvidenceObject]] = relationship(
        back_populates="evidence", passive_deletes=True, order_by="EvidenceObject.role"
    )


class EvidenceObject(Base):
    """One encrypted file in ``<register folder>/objects/<name>.obj`` and the key to read it.

    The key lives only here: deleting the row (with its evidence, on removal or purge) makes
    the file unreadable before it is deleted (crypto-shredding). A database snapshot refers to
    exactly the objects this table lists.
    """

    __tablename__ = "evidence_objects"
    __table_args__ = (UniqueConstraint("evidence_id", "role", name="uq_evidence_objects_evidence_role"),)

    name: Mapped[str] = mapped_column(String(32), primary_key=True)  # 32 random lowercase hex
    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(16))  # original | working | thumbnail
    key: Mapped[bytes] = mapped_column(LargeBinary())
    size: Mapped[int] = mapped_column(Integer)  # plaintext bytes
    chunk_size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))  # of the plaintext
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    evidence: Mapped[Evidence] = relationship(back_populates="objects")


class Measure(Base):
    """A measure taken against an author (guideline 10)."""

    __tablename__ = "measures"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="RESTRICT"), nullable=True
    )
    kind: Mapped[str] = mapped_column(String(30))
    taken_on: Mapped[date] = mapped_column(Date())
    note: Mapped[str] = mapped_column(Text(), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    person: Mapped[Person | None] = relationship()


class Communication(Base):
    """Who was informed of what, and when (guidelines 9 and 10)."""

    __tablename__ = "communications"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    informed: Mapped[str] = mapped_column(String(200))
    what: Mapped[str] = mapped_column(Text(), default="")
    informed_on: Mapped[date] = mapped_column(Date())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class AuditEntry(Base):
    """One hash-chained audit entry: who did what to which case, when; never case content."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    coordinator: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(40))
    target: Mapped[str] = mapped_column(String(40), default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class SigningKey(Base):
    """The register's own signing key and self-signed certificate for the case files it issues.

    The private key lives only here, inside the encrypted database: it never touches the disk
    unencrypted, and a backup carries it along with the register it vouches for.
    """

    __tablename__ = "signing_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    private_key: Mapped[bytes] = mapped_column(LargeBinary())  # PKCS#8 DER
    certificate: Mapped[bytes] = mapped_column(LargeBinary())  # X.509 DER
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)  # SHA-256 of the certificate, hex


class Disclosure(Base):
    """A *verstrekking*: which file of which case went to whom, when, and its SHA-256 as written."""

    __tablename__ = "disclosures"
    __table_args__ = (Index("ix_disclosures_sha256", "sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    incident_id: Mapped[int | None] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), nullable=True
    )
    case_numbers: Mapped[str] = mapped_column(String(400))  # "2026-0004" or several, comma-separated
    version: Mapped[str] = mapped_column(String(20))  # directie / politie / inzage / rapportage
    recipient: Mapped[str] = mapped_column(String(200))
    sha256: Mapped[str] = mapped_column(String(64))
    protected: Mapped[bool] = mapped_column(default=False)
    coordinator_id: Mapped[int | None] = mapped_column(
        ForeignKey("coordinators.id", ondelete="SET NULL"), nullable=True
    )


class CaseNote(Base):
    """A dated case note: a phone call, a conversation, an observation, with whom, and what.

    ``at`` is when it happened (the coordinator's own words for the moment), ``created_at``
    when it was written down; corrections go to the timeline as everything else's do.
    """

    __tablename__ = "case_notes"
    __table_args__ = (Index("ix_case_notes_incident_at", "incident_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    with_whom: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text(), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    coordinator_id: Mapped[int | None] = mapped_column(
        ForeignKey("coordinators.id", ondelete="SET NULL"), nullable=True
    )
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    removed_reason: Mapped[str] = mapped_column(Text(), default="")

    coordinator: Mapped[Coordinator | None] = relationship()


class RegisterMeta(Base):
    """The register's identity inside its database (one row): the register id it shares with its
    key file, a change counter bumped by every committed write, and its lineage: a random id that
    a restore renews, with the states it descends from (see ``storage.meta``)."""

    __tablename__ = "register_meta"

    id: Mapped[int] = mapped_column(primary_key=True)
    register_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    change_counter: Mapped[int] = mapped_column(Integer, default=0)
    lineage: Mapped[str | None] = mapped_column(String(32), nullable=True)
    ancestry: Mapped[str] = mapped_column(Text, default="{}")  # JSON: {lineage: last counter}


class BackupRecord(Base):
    """Where a backup was made (a snapshot in a backup folder, or a one-file backup), so that
    removing a coordinator can reach those backups again or say how many it could not."""

    __tablename__ = "backup_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    kind: Mapped[str] = mapped_column(String(10))  # folder | file
    location: Mapped[str] = mapped_column(Text)  # the backup folder or the file
    name: Mapped[str] = mapped_column(String(80), default="")  # the snapshot's name in a folder


class Draft(Base):
    """Unsaved input of a form (the new-incident form, the person dialog, the decision wizard), kept
    inside the encrypted register so a lock or a slip of Escape loses nothing; one per coordinator,
    form and case (``scope``: an incident id, or ``new``). Removed when saved or discarded."""

    __tablename__ = "drafts"
    __table_args__ = (
        UniqueConstraint("coordinator_key", "kind", "scope", name="uq_drafts_owner_kind_scope"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    coordinator_key: Mapped[int] = mapped_column(Integer, default=0)  # 0: opened with the recovery key
    kind: Mapped[str] = mapped_column(String(40))
    scope: Mapped[str] = mapped_column(String(40))
    incident_id: Mapped[int | None] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), nullable=True
    )
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Review(Base):
    """The director's review of a case: who, on which day, the decision; measures are actions."""

    __tablename__ = "reviews"
    __table_args__ = (Index("ix_reviews_incident_created", "incident_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    coordinator_id: Mapped[int | None] = mapped_column(
        ForeignKey("coordinators.id", ondelete="SET NULL"), nullable=True
    )
    reviewer_name: Mapped[str] = mapped_column(String(200))
    reviewer_role: Mapped[str] = mapped_column(String(200))
    reviewed_on: Mapped[date] = mapped_column(Date())
    decision: Mapped[str] = mapped_column(Text())
    # The directie case file the review answers (the newest issued when it was recorded).
    disclosure_id: Mapped[int | None] = mapped_column(
        ForeignKey("disclosures.id", ondelete="SET NULL"), nullable=True
    )
    # The signed paper page, kept as evidence of the case.
    evidence_id: Mapped[int | None] = mapped_column(
        ForeignKey("evidence.id", ondelete="SET NULL"), nullable=True
    )

    coordinator: Mapped[Coordinator | None] = relationship()
    disclosure: Mapped[Disclosure | None] = relationship()
    evidence: Mapped[Evidence | None] = relationship()
