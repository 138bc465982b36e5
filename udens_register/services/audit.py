"""The hash-chained audit trail: append an entry, check the chain."""

from __future__ import annotations

from udens_register.domain.events import AuditAction
from udens_register.domain.events import AuditNote
from udens_register.storage import audit
from udens_register.storage.uow import UnitOfWorkFactory


class AuditService:
    """Appends to and checks the hash-chained audit trail."""

    def __init__(self, uow: UnitOfWorkFactory, coordinator_label: str, *, read_only: bool = False) -> None:
        self._uow = uow
        self._label = coordinator_label
        self._read_only = read_only

    def record(self, action: AuditAction | str, target: str = "") -> None:
        """One entry: who (the coordinator's label), what (a code), which case (its number).

        Nothing on a read-only register (a write-protected medium cannot take the entry).
        """
        if self._read_only:
            return
        with self._uow() as uow:
            uow.events.add(AuditNote(str(action), self._label, target))
            uow.commit()

    def verify(self) -> audit.ChainProblem | None:
        """The first broken entry, or None."""
        with self._uow() as uow:
            return audit.verify_chain(uow.session)
