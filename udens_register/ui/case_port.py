"""What editing a case needs of the incident service: the port the case pane and the correction
dialog both take (the service, or a fake in a test)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any
from typing import Protocol

if TYPE_CHECKING:
    from datetime import date

    from udens_register.domain.enums import MeasureKind
    from udens_register.domain.enums import Role
    from udens_register.services.dto import CommunicationRow
    from udens_register.services.dto import IncidentDetail
    from udens_register.services.dto import MeasureRow


class CasePort(Protocol):
    """What case editing needs of the incident service."""

    def get(self, incident_id: int) -> IncidentDetail: ...
    def correct(self, incident_id: int, changes: dict[str, Any], reason: str) -> IncidentDetail: ...
    def involve(self, incident_id: int, person_id: int, roles: tuple[Role, ...]) -> IncidentDetail: ...
    def change_roles(
        self, incident_id: int, person_id: int, roles: tuple[Role, ...], reason: str
    ) -> IncidentDetail: ...
    def remove_person(self, incident_id: int, person_id: int, reason: str) -> IncidentDetail: ...
    def add_measure(
        self,
        incident_id: int,
        kind: MeasureKind,
        taken_on: date,
        note: str = "",
        person_id: int | None = None,
    ) -> MeasureRow: ...
    def add_communication(
        self, incident_id: int, informed: str, what: str, informed_on: date
    ) -> CommunicationRow: ...
    def measures(self, incident_id: int) -> list[MeasureRow]: ...
    def communications(self, incident_id: int) -> list[CommunicationRow]: ...
