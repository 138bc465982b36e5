"""Finding the record a use case acts on, refused in one way when it is not there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from udens_register.domain.errors import ValidationError

if TYPE_CHECKING:
    from udens_register.storage.models import Incident
    from udens_register.storage.ports import AbstractUnitOfWork


def existing_incident(uow: AbstractUnitOfWork, incident_id: int, *, full: bool = False) -> Incident:
    """The incident ``incident_id`` (loaded with everything about it when ``full``).

    Raises:
        ValidationError: there is no such incident.
    """
    incident = uow.incidents.full(incident_id) if full else uow.incidents.get(incident_id)
    if incident is None:
        raise ValidationError("incident", f"no incident {incident_id}")
    return incident
