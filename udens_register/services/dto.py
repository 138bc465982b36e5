"""Frozen data objects handed to the UI, the command line and the PDF layer."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from typing import TYPE_CHECKING
from typing import Any

from udens_register.domain.errors import ValidationError
from udens_register.domain.model import display_name
from udens_register.domain.text import MATCH_END
from udens_register.domain.text import MATCH_START
from udens_register.services.decision_view import DecisionView
from udens_register.services.decision_view import Deviation
from udens_register.services.decision_view import LineKey
from udens_register.wording import POSTED_AFTER_CAPTURE

if TYPE_CHECKING:
    import io
    from collections.abc import Callable
    from datetime import date
    from datetime import datetime
    from pathlib import Path

    from udens_register.domain.decisions import ActionKind
    from udens_register.domain.enums import NoteKind
    from udens_register.services.dto_family import ParentContact

# Re-exported: callers build deviations beside the other DTOs and read snippets by their marks.
__all__ = ["MATCH_END", "MATCH_START", "Deviation", "LineKey"]


@dataclass(frozen=True)
class CoordinatorInfo:
    """Who unlocked the register."""

    id: int | None
    label: str
    slot_id: str
    by_recovery_key: bool


@dataclass(frozen=True)
class PersonRow:
    """A person as listed."""

    id: int
    kind: str
    first_name: str
    infix: str
    last_name: str
    student_number: str
    class_name: str
    date_of_birth: date | None
    phone: str = ""
    email: str = ""
    left_on: date | None = None  # a pupil no longer at the school (uitgeschreven) since this day

    @property
    def name(self) -> str:
        """Display name in Dutch order."""
        return display_name(self.first_name, self.infix, self.last_name)


@dataclass(frozen=True)
class InvolvementRow:
    """A person's part in one incident; a removed one stays visible with its reason."""

    person: PersonRow
    roles: tuple[str, ...]
    removed: bool = False
    removed_reason: str = ""


@dataclass(frozen=True)
class EventRow:
    """One entry of a case's timeline."""

    at: datetime
    kind: str
    coordinator: str
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class IncidentRow:
    """One line of the incident list."""

    id: int
    case_number: str
    reported_at: date
    title: str
    category: str
    status: str
    open_actions: int = 0
    snippet: str = ""  # a search hit: the words around the match, marked with MATCH_START / MATCH_END


@dataclass(frozen=True)
class IncidentDetail:
    """Everything recorded about one incident."""

    id: int
    case_number: str
    reported_at: date
    occurred_at: date | None
    platform: str
    category: str
    title: str
    description: str
    status: str
    closing_rationale: str
    closed_at: datetime | None
    created_at: datetime
    involvements: tuple[InvolvementRow, ...]
    events: tuple[EventRow, ...]
    sexual_images_minor: bool = False
    manager_consulted: str = ""
    manager_consulted_on: date | None = None
    legal_hold: bool = False
    further_categories: tuple[str, ...] = ()

    @property
    def categories(self) -> tuple[str, ...]:
        """The main category first, then the further ones."""
        return (self.category, *self.further_categories)

    @property
    def active_involvements(self) -> tuple[InvolvementRow, ...]:
        """The persons currently in the case."""
        return tuple(i for i in self.involvements if not i.removed)


Cursor = tuple[Any, ...]


@dataclass(frozen=True)
class Page:
    """A page of the incident list; ``next_key`` (opaque) is ``None`` on the last page."""

    rows: tuple[IncidentRow, ...]
    next_key: Cursor | None


@dataclass(frozen=True)
class PreparedPerson:
    """A person of the incident as the decision wizard sees them."""

    person_id: int
    name: str
    kind: str
    roles: tuple[str, ...]
    age: int | None


@dataclass(frozen=True)
class Prepared:
    """The incident's persons turned into decision facts (ages on the incident date)."""

    incident_id: int
    case_number: str
    incident_date: date
    persons: tuple[PreparedPerson, ...]
    contacts: dict[int, tuple[ParentContact, ...]] = field(default_factory=dict)  # by pupil
    sexual_images_minor: bool = False  # as answered when the incident was recorded (or corrected)


@dataclass(frozen=True)
class Answers:
    """The coordinator's answers to the wizard's questions."""

    protocol_violation: bool
    threat_of_violence: tuple[str, ...] = ()
    sexual_intimidation: bool = False
    accusation_of_sexual_intimidation: bool = False
    immediate_danger: bool = False
    domestic_violence_signals: bool = False
    sexual_images_of_minor: bool = False


@dataclass(frozen=True)
class StoredFile:
    """A file kept in a case (bytes still in the register), as the images-of-minors guard lists it."""

    evidence_id: int
    filename: str
    size: int
    sha256: str
    platform: str
    description: str
    removed: bool


@dataclass(frozen=True)
class PlannedAction:
    """An action the decision will create."""

    item: LineKey
    kind: ActionKind
    person_id: int | None
    responsible: str
    due_date: date
    urgent: bool = False
    seq: int = 0  # review moments: 1, 2, ... of the same guidance


@dataclass(frozen=True)
class ActionRow:
    """A follow-up action as listed and edited."""

    id: int
    incident_id: int
    case_number: str
    kind: str
    person_name: str
    responsible: str
    due_date: date
    urgent: bool
    status: str
    status_reason: str
    outcome: dict[str, Any]
    overdue: bool
    created_at: datetime | None = None
    review_id: int | None = None  # a further measure of this director's review
    description: str = ""  # what the measure is (review measures only)
    person_id: int | None = None
    contacts: tuple[ParentContact, ...] = ()  # rule 3: the pupil's parents, how to reach them


@dataclass(frozen=True)
class ActionView:
    """A view over the register's actions: *mijn acties* (``responsible`` is the coordinator's
    label), *te laat* (open, due before today), *deze week* (due Monday to Sunday of this week)."""

    responsible: str = ""
    overdue: bool = False
    this_week: bool = False


@dataclass(frozen=True)
class DecisionRow:
    """A stored, immutable decision record."""

    id: int
    incident_id: int
    created_at: datetime
    coordinator: str
    protocol_version: str
    answers: Answers
    persons: tuple[PreparedPerson, ...]  # as the protocol read them, names as on that day
    view: DecisionView

    @property
    def deviations(self) -> tuple[Deviation, ...]:
        """The lines the coordinator deviated from, with the written reasons."""
        return self.view.deviations


@dataclass(frozen=True)
class EvidenceMeta:
    """What the coordinator records about a piece of evidence."""

    platform: str = ""
    post_url: str = ""
    profile: str = ""
    posted_at: datetime | None = None
    captured_at: datetime | None = None
    captured_by: str = ""
    description: str = ""

    def check_times(self, now: datetime) -> None:
        """Refuse a message dated after the moment it was captured (no capture time: ``now``,
        as the intake stores it): :class:`ValidationError` on ``posted_at``."""
        if self.posted_at is not None and self.posted_at > (self.captured_at or now):
            raise ValidationError("posted_at", POSTED_AFTER_CAPTURE)


@dataclass(frozen=True)
class EvidenceRow:
    """A piece of evidence without its bytes."""

    id: int
    incident_id: int
    kind: str  # file | description
    filename: str
    mime: str
    size: int
    sha256: str
    meta: EvidenceMeta
    created_at: datetime
    removed_at: datetime | None
    removed_reason: str
    has_thumbnail: bool
    destroyed_at: datetime | None = None
    duration_ms: int | None = None  # a video's, where the file says it
    is_video: bool = False


@dataclass(frozen=True)
class MeasureRow:
    """A measure taken against an author."""

    id: int
    incident_id: int
    person_name: str
    kind: str
    taken_on: date
    note: str


@dataclass(frozen=True)
class CommunicationRow:
    """Who was informed of what, and when."""

    id: int
    incident_id: int
    informed: str
    what: str
    informed_on: date


@dataclass(frozen=True)
class PersonIncident:
    """One incident of a person, with their roles in it (for the person view)."""

    incident: IncidentRow
    roles: tuple[str, ...]
    removed: bool


@dataclass(frozen=True)
class CaseFilePerson:
    """A person as the case file shows them (a pseudonym in a redacted version)."""

    key: int
    label: str
    kind: str
    roles: tuple[str, ...]
    class_name: str
    removed: bool = False
    # Under 18 on the incident's date; a pupil whose birth date is unknown counts as a minor.
    minor: bool = False


@dataclass(frozen=True)
class Picture:
    """A picture to embed, read only when it is drawn: ``open()`` gives a stream of its working copy."""

    open: Callable[[], io.RawIOBase]


@dataclass(frozen=True)
class CaseFileEvidence:
    """Evidence as the case file shows it; ``picture`` (the working copy) is left out where
    images may show others."""

    kind: str
    filename: str
    mime: str
    size: int
    sha256: str
    meta: EvidenceMeta
    removed_reason: str
    thumbnail: bytes | None = field(default=None, repr=False)
    destroyed_at: datetime | None = None
    picture: Picture | None = field(default=None, repr=False)


@dataclass(frozen=True)
class CaseFile:
    """Everything one version of a case file holds, already redacted for its reader."""

    audience: str  # directie | politie | inzage
    case_number: str
    title: str
    category: str
    platform: str
    status: str
    reported_at: date
    occurred_at: date | None
    description: str
    closing_rationale: str
    closed_at: datetime | None
    sexual_images_minor: bool
    manager_consulted: str
    further_categories: tuple[str, ...]
    persons: tuple[CaseFilePerson, ...]
    evidence: tuple[CaseFileEvidence, ...]
    decisions: tuple[DecisionRow, ...]
    actions: tuple[ActionRow, ...]
    measures: tuple[MeasureRow, ...]
    communications: tuple[CommunicationRow, ...]
    timeline: tuple[EventRow, ...]
    person_labels: dict[int, str]
    notes: tuple[NoteRow, ...] = ()
    reviews: tuple[ReviewRow, ...] = ()
    contacts: tuple[ParentContact, ...] = ()  # the parents of ``contact_pupils``, with phone and e-mail
    contact_pupils: tuple[int, ...] = ()  # the pupils whose parents the file shows (rule 3)


@dataclass(frozen=True)
class CaseFileBundle:
    """One or more case files with what the cover needs."""

    audience: str
    files: tuple[CaseFile, ...]
    prepared_by: str
    generated_at: datetime
    school: str = "Udens College"
    subject: str = ""  # inzage: whose right of access this answers
    recipient: str = ""  # to whom this copy is issued (the disclosure log's recipient)
    signature_id: str = ""  # short fingerprint of the register's signing certificate
    disclosures: tuple[
        tuple[str, str, str, str], ...
    ] = ()  # earlier copies: (when, version, recipient, sha256)


@dataclass(frozen=True)
class PeriodReport:
    """Anonymous figures for a period: no names, no case descriptions."""

    date_from: date
    date_to: date
    generated_at: datetime
    total: int
    per_month: tuple[tuple[str, int], ...]
    per_category: tuple[tuple[str, int], ...]
    per_platform: tuple[tuple[str, int], ...]
    rules_applied: tuple[tuple[str, int], ...]
    closed: int
    median_days_to_close: float | None
    overdue_actions: int
    school: str = "Udens College"
    per_group: tuple[tuple[str, int], ...] = ()  # the yearly incident analysis' groups
    per_role: tuple[tuple[str, int], ...] = ()  # persons involved per role
    recipient: str = ""  # to whom this copy is issued (the disclosure log's recipient)
    signature_id: str = ""  # short fingerprint of the register's signing certificate
    per_class_year: tuple[tuple[str, int], ...] = ()  # incidents per class year of the pupils in them
    per_victim_kind: tuple[tuple[str, int], ...] = ()  # incidents with a pupil / a staff member as victim
    police_involved: int = 0  # incidents with a police action
    open_actions: int = 0
    days_to_close: tuple[int, ...] = ()  # per closed incident, for the spreadsheet's distribution


@dataclass(frozen=True)
class NoteRow:
    """A dated case note: a phone call, a conversation or an observation, with whom, and what."""

    id: int
    incident_id: int
    kind: str
    at: datetime
    with_whom: str
    text: str
    coordinator: str
    created_at: datetime
    removed_at: datetime | None = None
    removed_reason: str = ""


@dataclass(frozen=True)
class NoteDraft:
    """A case note as the coordinator writes it down (``at``: when it happened, aware)."""

    kind: NoteKind
    at: datetime
    with_whom: str = ""
    text: str = ""


@dataclass(frozen=True)
class MeasureDraft:
    """A further measure the director asks for: it becomes a follow-up action."""

    description: str
    responsible: str
    due_date: date


@dataclass(frozen=True)
class ReviewDraft:
    """A director's review as the coordinator writes it down from the signed page."""

    reviewer_name: str
    reviewer_role: str
    reviewed_on: date
    decision: str
    measures: tuple[MeasureDraft, ...] = ()
    paper_path: Path | None = None  # the scan of the signed page (optional), streamed in
    paper_name: str = ""  # or its bytes, for callers that made them (tests, imports)
    paper: bytes = field(default=b"", repr=False)
    paper_note: str = ""  # the evidence description the scan is kept with


@dataclass(frozen=True)
class ReviewRow:
    """A recorded review with its measures (as actions) and what it answers."""

    id: int
    incident_id: int
    created_at: datetime
    coordinator: str
    reviewer_name: str
    reviewer_role: str
    reviewed_on: date
    decision: str
    measures: tuple[ActionRow, ...]
    file_issued_at: datetime | None  # the directie case file reviewed
    file_sha256: str
    paper_evidence_id: int | None
    paper_filename: str
    paper_sha256: str
