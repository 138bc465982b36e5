"""Open a case: everything the case pane shows, from one snapshot, with the view recorded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from udens_register.domain.events import AuditAction
from udens_register.domain.events import AuditNote
from udens_register.services import dto
from udens_register.services import images_past
from udens_register.services.clock import Clock
from udens_register.services.clock import local_today
from udens_register.services.decisions import actions_of
from udens_register.services.decisions import decision_row
from udens_register.services.evidence import evidence_row
from udens_register.services.incidents import communication_row
from udens_register.services.incidents import detail_of
from udens_register.services.incidents import measure_row
from udens_register.services.notes import note_row
from udens_register.services.reviews import review_row
from udens_register.storage.objects import ObjectStore
from udens_register.storage.uow import UnitOfWorkFactory


@dataclass(frozen=True)
class CaseView:
    """One case as the case pane (and any other reader) shows it."""

    detail: dto.IncidentDetail
    decisions: tuple[dto.DecisionRow, ...]
    actions: tuple[dto.ActionRow, ...]
    evidence: tuple[dto.EvidenceRow, ...]
    thumbnails: dict[int, bytes]
    measures: tuple[dto.MeasureRow, ...]
    communications: tuple[dto.CommunicationRow, ...]
    today: date
    reviews: tuple[dto.ReviewRow, ...] = ()
    awaiting_review: bool = False  # a directie file was issued and no review recorded after it
    notes: tuple[dto.NoteRow, ...] = ()
    # Flagged as sexual images of a minor and still holding files: each must be destroyed.
    images_to_destroy: tuple[dto.StoredFile, ...] = ()


class CaseService:
    """The *open case* use case, the same for the app and the command line."""

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        coordinator_label: str,
        clock: Clock,
        store: ObjectStore | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        self._uow = uow
        self._store = store
        self._label = coordinator_label
        self._clock = clock
        self._read_only = read_only  # a write-protected medium: the view cannot be recorded

    def open_case(self, incident_id: int) -> CaseView:
        """Everything about one case from one transaction, with ``case_viewed`` in the audit trail
        of that same transaction (so what was shown and the record of showing it agree).

        Raises:
            ValidationError: no such incident.
        """
        today = local_today(self._clock)
        with self._uow() as uow:
            detail = detail_of(uow, incident_id)
            actions = tuple(actions_of(uow, incident_id, today))
            view = CaseView(
                detail=detail,
                decisions=tuple(decision_row(d) for d in uow.decisions.of_incident(incident_id)),
                actions=actions,
                evidence=tuple(evidence_row(e) for e in uow.evidence.of_incident(incident_id)),
                thumbnails=uow.evidence.thumbnails(self._store, incident_id)
                if self._store is not None
                else {},
                measures=tuple(measure_row(m) for m in uow.incidents.measures(incident_id)),
                communications=tuple(communication_row(c) for c in uow.incidents.communications(incident_id)),
                today=today,
                notes=tuple(note_row(n) for n in uow.notes.of_incident(incident_id)),
                reviews=tuple(review_row(r, actions) for r in uow.reviews.of_incident(incident_id)),
                awaiting_review=uow.incidents.is_awaiting_review(incident_id),
                images_to_destroy=images_past.stored_files_of(uow, incident_id)
                if detail.sexual_images_minor
                else (),
            )
            if not self._read_only:
                uow.events.add(AuditNote(AuditAction.CASE_VIEWED, self._label, detail.case_number))
                uow.commit()
        return view
