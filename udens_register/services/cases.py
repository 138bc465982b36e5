"""Open a case: everything the case pane shows, in one call, and the view recorded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from udens_register.services.audit import AuditService
from udens_register.services.clock import Clock, local_today
from udens_register.services.decisions import DecisionService
from udens_register.services.dto import (
    ActionRow,
    CommunicationRow,
    DecisionRow,
    EvidenceRow,
    IncidentDetail,
    MeasureRow,
)
from udens_register.services.evidence import EvidenceService
from udens_register.services.incidents import IncidentService


@dataclass(frozen=True)
class CaseView:
    """One case as the case pane (and any other reader) shows it."""

    detail: IncidentDetail
    decisions: tuple[DecisionRow, ...]
    actions: tuple[ActionRow, ...]
    evidence: tuple[EvidenceRow, ...]
    thumbnails: dict[int, bytes]
    measures: tuple[MeasureRow, ...]
    communications: tuple[CommunicationRow, ...]
    today: date


class CaseService:
    """The *open case* use case, the same for the app and the command line."""

    def __init__(
        self,
        incidents: IncidentService,
        decisions: DecisionService,
        evidence: EvidenceService,
        audit: AuditService,
        clock: Clock,
    ) -> None:
        self._incidents = incidents
        self._decisions = decisions
        self._evidence = evidence
        self._audit = audit
        self._clock = clock

    def open_case(self, incident_id: int) -> CaseView:
        """Everything about one case, with ``case_viewed`` in the audit trail.

        Raises:
            ValidationError: no such incident.
        """
        detail = self._incidents.get(incident_id)
        view = CaseView(
            detail=detail,
            decisions=tuple(self._decisions.decisions(incident_id)),
            actions=tuple(self._decisions.actions(incident_id)),
            evidence=tuple(self._evidence.list(incident_id)),
            thumbnails=self._evidence.thumbnails(incident_id),
            measures=tuple(self._incidents.measures(incident_id)),
            communications=tuple(self._incidents.communications(incident_id)),
            today=local_today(self._clock),
        )
        self._audit.record("case_viewed", detail.case_number)
        return view
