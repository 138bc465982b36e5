"""Coordinator key slots: list, add, remove, change a passphrase, renew the recovery key.

Every change writes the key file atomically, the new slot before the old one goes, so a
crash in between leaves a working slot. Labels live in the encrypted database.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from udens_register.domain.errors import LastSlot
from udens_register.domain.errors import ValidationError
from udens_register.domain.events import DomainEvent
from udens_register.domain.events import EventKind
from udens_register.services.backup_reach import SlotRemoval
from udens_register.services.backup_reach import remove_slot_from_backups
from udens_register.services.passphrase import require_strong
from udens_register.services.recording import Stamp
from udens_register.services.register import OpenRegister
from udens_register.storage import repositories as repo
from udens_register.storage.models import Coordinator
from udens_register.storage.uow import UnitOfWork
from udens_register.storage.uow import unit_of_work_factory
from udens_register.vault.keyfile import DEFAULT_TARGET_SECONDS
from udens_register.vault.keyfile import KIND_RECOVERY
from udens_register.vault.keyfile import KeyFile
from udens_register.vault.keyfile import check_passphrase
from udens_register.vault.recovery import new_recovery_key


@dataclass(frozen=True)
class SlotInfo:
    """A key slot as listed for the coordinator."""

    slot_id: str
    kind: str
    label: str
    is_current: bool


class KeyService:
    """Slot management for an open register."""

    def __init__(
        self,
        register: OpenRegister,
        *,
        kdf_seconds: float = DEFAULT_TARGET_SECONDS,
        backup_folder: Path | None = None,
    ) -> None:
        """``backup_folder``: the automatic backup folder, whose snapshots lose a removed slot too."""
        self._register = register
        self._kdf_seconds = kdf_seconds
        self._backup_folder = backup_folder

    def _event(self, kind: EventKind, detail: dict[str, object] | None = None) -> DomainEvent:
        return Stamp(self._register.coordinator.id, self._register.clock)(kind, detail=detail)

    def _keyfile(self) -> KeyFile:
        return KeyFile.load(self._register.location.keyfile_path)

    def _save(self, keyfile: KeyFile) -> None:
        keyfile.save(self._register.location.keyfile_path)
        self._register.keyfile = keyfile

    def list(self) -> list[SlotInfo]:
        """Every slot with its label (the recovery slot is labelled ``recovery``)."""
        keyfile = self._keyfile()
        with UnitOfWork(self._register.engine) as uow:
            labels = {c.slot_id: c.label for c in uow.session.query(Coordinator).all()}
        return [
            SlotInfo(
                slot_id=s.id,
                kind=s.kind,
                label="recovery" if s.kind == KIND_RECOVERY else labels.get(s.id, "?"),
                is_current=s.id == self._register.coordinator.slot_id,
            )
            for s in keyfile.slots
        ]

    def add(self, passphrase: str, label: str) -> SlotInfo:
        """A new coordinator slot with its own passphrase and label."""
        check_passphrase(passphrase)
        require_strong(passphrase, context=(label,))
        if not label.strip():
            raise ValidationError("label", "required")
        keyfile, slot = self._keyfile().with_passphrase_slot(
            self._register.data_key, passphrase, target_seconds=self._kdf_seconds
        )
        self._save(keyfile)
        with UnitOfWork(self._register.engine) as uow:
            uow.session.add(
                Coordinator(slot_id=slot.id, label=label.strip(), created_at=self._register.clock())
            )
            uow.events.add(self._event(EventKind.KEY_ADDED, detail={"slot": slot.id}))
            uow.commit()
        return SlotInfo(slot.id, slot.kind, label.strip(), False)

    def remove(self, slot_id: str) -> SlotRemoval:
        """Remove a coordinator's slot (never the last passphrase slot), then from the backups:
        every snapshot in the automatic backup folder and in other backup folders it can reach;
        the result says how many backups elsewhere it could not reach."""
        keyfile = self._keyfile()
        if not any(s.id == slot_id for s in keyfile.slots):
            raise ValidationError("slot", f"no slot {slot_id}")
        if any(s.id == slot_id and s.kind == KIND_RECOVERY for s in keyfile.slots):
            raise ValidationError("slot", "the recovery slot is replaced, not removed")
        self._save(keyfile.without_slot(slot_id))
        with UnitOfWork(self._register.engine) as uow:
            row = repo.coordinator_by_slot(uow.session, slot_id)
            since = row.created_at if row is not None else None
            if row is not None:
                row.removed_at = self._register.clock()
            uow.events.add(self._event(EventKind.KEY_REMOVED, detail={"slot": slot_id}))
            uow.commit()
        if self._backup_folder is None:
            return SlotRemoval(0, 0)
        return remove_slot_from_backups(
            unit_of_work_factory(self._register.engine),
            keyfile.register_id,
            slot_id,
            self._backup_folder,
            since,
        )

    def change_passphrase(self, new_passphrase: str) -> SlotInfo:
        """Replace the current coordinator's passphrase: new slot first, then the old one goes."""
        current = self._register.coordinator
        if current.by_recovery_key:
            raise LastSlot("unlocked with the recovery key: add a coordinator instead")
        check_passphrase(new_passphrase)
        require_strong(new_passphrase, context=(current.label,))
        keyfile, slot = self._keyfile().with_passphrase_slot(
            self._register.data_key, new_passphrase, target_seconds=self._kdf_seconds
        )
        self._save(keyfile)
        self._save(keyfile.without_slot(current.slot_id))
        with UnitOfWork(self._register.engine) as uow:
            row = repo.coordinator_by_slot(uow.session, current.slot_id)
            if row is not None:
                row.slot_id = slot.id
            uow.events.add(Stamp(current.id, self._register.clock)(EventKind.PASSPHRASE_CHANGED))
            uow.commit()
        self._register.coordinator = type(current)(current.id, current.label, slot.id, False)
        return SlotInfo(slot.id, slot.kind, current.label, True)

    def renew_recovery_key(self) -> str:
        """A new recovery key; the old one stops working. Shown once to the caller."""
        recovery_key = new_recovery_key()
        self._save(self._keyfile().with_recovery_key(self._register.data_key, recovery_key))
        with UnitOfWork(self._register.engine) as uow:
            uow.events.add(self._event(EventKind.RECOVERY_KEY_RENEWED))
            uow.commit()
        return recovery_key
