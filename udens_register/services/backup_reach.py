"""What the register's backups still hold, and reaching them again: a removed coordinator's key
slot taken out of every snapshot it can reach, and the backups that still hold purged cases."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from udens_register.domain.errors import RegisterError
from udens_register.services import snapshots as snap
from udens_register.storage import backup_records
from udens_register.storage.uow import UnitOfWorkFactory
from udens_register.vault.files import atomic_write
from udens_register.vault.files import fsync_dir
from udens_register.vault.keyfile import KeyFile

_LEGACY_HEADER = len(snap.LEGACY_MAGIC) + 6  # magic, version u16, key file length u32


@dataclass(frozen=True)
class SlotRemoval:
    """Where a removed coordinator's slot was taken out, and how many backups it could not reach."""

    rewritten: int  # snapshots and backup files that no longer hold the slot
    unreachable: int  # backups recorded elsewhere (a stick not plugged in, a file handed over)


def _without(keyfile: KeyFile, slot_id: str) -> KeyFile:
    # Unlike KeyFile.without_slot, the last passphrase slot may go: an old backup made when the
    # removed coordinator was the only one then opens with the recovery key alone, as it should.
    return replace(keyfile, slots=tuple(s for s in keyfile.slots if s.id != slot_id))


def _rewrite_snapshot(path: Path, register_id: str, slot_id: str) -> bool:
    keys = path / snap.KEYS
    try:
        keyfile = KeyFile.load(keys)
    except RegisterError:
        return False
    if keyfile.register_id != register_id or not any(s.id == slot_id for s in keyfile.slots):
        return False
    atomic_write(keys, _without(keyfile, slot_id).to_bytes())  # one file, atomically
    return True


def _rewrite_legacy(path: Path, register_id: str, slot_id: str) -> bool:
    """An earlier one-file backup (key slots at its head): streamed into a new file, renamed over."""
    with path.open("rb") as src:
        head = src.read(_LEGACY_HEADER)
        key_len = int.from_bytes(head[-4:], "big")
        keyfile = KeyFile.from_bytes(src.read(key_len))
        if keyfile.register_id != register_id or not any(s.id == slot_id for s in keyfile.slots):
            return False
        keys = _without(keyfile, slot_id).to_bytes()
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            with open(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as dst:
                dst.write(head[:-4] + len(keys).to_bytes(4, "big") + keys)
                while chunk := src.read(snap.CHUNK):
                    dst.write(chunk)
                dst.flush()
                os.fsync(dst.fileno())
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
    fsync_dir(path.parent)
    return True


def remove_slot_from_folder(folder: Path, register_id: str, slot_id: str) -> int:
    """Take ``slot_id`` out of every snapshot (and earlier one-file backup) in ``folder``."""
    if not folder.is_dir():
        return 0
    count = 0
    with snap.folder_lock(folder):
        for path in sorted(folder.glob(f"{snap.SNAPSHOT_PREFIX}*")):
            count += path.is_dir() and _rewrite_snapshot(path, register_id, slot_id)
        for path in sorted(folder.glob(snap.LEGACY_GLOB)):
            count += _rewrite_legacy(path, register_id, slot_id)
    return count


def remove_slot_from_backups(
    units: UnitOfWorkFactory,
    register_id: str,
    slot_id: str,
    automatic_folder: Path,
    since: datetime | None,
) -> SlotRemoval:
    """Remove ``slot_id`` from the automatic backup folder and from every other backup folder the
    register made a backup in since ``since`` (the slot's creation) that can be reached now; count
    the rest: folders not there (a stick elsewhere) and one-file backups (handed over)."""
    home = automatic_folder.resolve()
    rewritten = remove_slot_from_folder(automatic_folder, register_id, slot_id)
    with units(read_only=True) as uow:
        records = [(r.kind, r.location, r.name) for r in backup_records.backups_since(uow.session, since)]
    unreachable = 0
    folders_done: set[Path] = {home}
    for kind, location, _name in records:
        where = Path(location)
        if kind == "file":
            unreachable += 1
        elif where in folders_done:
            continue
        elif where.is_dir():
            folders_done.add(where)
            rewritten += remove_slot_from_folder(where, register_id, slot_id)
        else:
            unreachable += 1
    return SlotRemoval(rewritten, unreachable)


@dataclass(frozen=True)
class Holding:
    """A snapshot that still holds some of the given cases."""

    snapshot: snap.Snapshot
    cases: tuple[str, ...]


def backups_holding(
    folders: Iterable[Path], data_key: bytes, register_id: str, case_numbers: list[str]
) -> list[Holding]:
    """The snapshots in ``folders`` that still hold any of ``case_numbers`` (read only)."""
    found = []
    for folder in folders:
        for snapshot in snap.list_snapshots(folder):
            if snapshot.register_id != register_id:
                continue
            with snap.open_snapshot_database(snapshot, data_key) as conn:
                cases = backup_records.cases_present(conn, case_numbers)
            if cases:
                found.append(Holding(snapshot, tuple(sorted(cases))))
    return found


def remove_holding(holding: list[Holding]) -> int:
    """Remove the snapshots listed (after a purge, on the coordinator's word); how many went."""
    by_folder: dict[Path, list[str]] = {}
    for h in holding:
        by_folder.setdefault(h.snapshot.folder, []).append(h.snapshot.name)
    return sum(len(snap.remove_snapshots(folder, names)) for folder, names in by_folder.items())
