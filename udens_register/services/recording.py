"""The one place where a use case's event gets its time and its coordinator."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Mapping
from typing import TYPE_CHECKING
from typing import Any

from udens_register.domain.errors import ValidationError
from udens_register.domain.events import DomainEvent
from udens_register.domain.events import EventKind
from udens_register.services.clock import Clock

if TYPE_CHECKING:
    from udens_register.storage.uow import UnitOfWorkFactory


class Stamp:
    """Makes the events of one service: who is the service's coordinator, when is its clock's now."""

    def __init__(self, coordinator_id: int | None, clock: Clock) -> None:
        self._coordinator_id = coordinator_id
        self._clock = clock

    def __call__(
        self, kind: EventKind, *, incident_id: int | None = None, detail: Mapping[str, Any] | None = None
    ) -> DomainEvent:
        """An event of ``kind`` now (give it to ``uow.events.add``: it is written at commit)."""
        return DomainEvent(
            kind=kind,
            at=self._clock(),
            coordinator_id=self._coordinator_id,
            incident_id=incident_id,
            detail=dict(detail or {}),
        )


class CoordinatorService:
    """A service acting on behalf of one coordinator: its units of work (``_uow``), its clock and
    the :class:`Stamp` that makes its events (``_event``)."""

    def __init__(self, uow: UnitOfWorkFactory, coordinator_id: int | None, clock: Clock) -> None:
        self._uow = uow
        self._coordinator_id = coordinator_id
        self._clock = clock
        self._event = Stamp(coordinator_id, clock)


def refuse_correction(reason: str, changes: Iterable[str] = (), correctable: Iterable[str] = ()) -> None:
    """Refuse a correction without a reason, or one of a field (a key of ``changes``) that is not
    ``correctable``."""
    if not reason.strip():
        raise ValidationError("reason", "a reason is required for a correction")
    unknown = set(changes) - set(correctable)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "cannot be corrected")
