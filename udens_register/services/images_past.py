"""The images-of-minors guard for the past: cases already flagged as sexual images of a minor that
still hold stored files (flagged before the guard existed, or brought in flagged with their files by
a migration, an import or a restored backup). Keeping the files is an offence, so they are surfaced
everywhere (the case, the main window, ``verify``) until each is destroyed for good, and such a case
does not close."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from udens_register.services.dto import StoredFile
from udens_register.storage.models import Evidence
from udens_register.storage.ports import AbstractUnitOfWork
from udens_register.storage.uow import UnitOfWorkFactory


@dataclass(frozen=True)
class FlaggedCase:
    """A case flagged as sexual images of a minor that still holds ``files`` stored files."""

    incident_id: int
    case_number: str
    files: int


def stored_file(e: Evidence) -> StoredFile:
    """The guard's row of one stored file."""
    return StoredFile(e.id, e.filename, e.size, e.sha256, e.platform, e.description, e.removed_at is not None)


def stored_files_of(uow: AbstractUnitOfWork, incident_id: int) -> tuple[StoredFile, ...]:
    """Every file of a case whose bytes are still in the register (also removed from the case)."""
    return tuple(stored_file(e) for e in uow.incidents.stored_files(incident_id))


def flagged_cases(uow: UnitOfWorkFactory) -> tuple[FlaggedCase, ...]:
    """Every flagged case that still holds stored files, in case-number order."""
    with uow(read_only=True) as u:
        return _rows(u.incidents.flagged_holding_files())


def _rows(rows: Iterable[tuple[int, str, int]]) -> tuple[FlaggedCase, ...]:
    return tuple(FlaggedCase(i, number, n) for i, number, n in rows)
