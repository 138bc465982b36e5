"""Keeping the object store and the database in step: orphans, the first edition's blobs, checks.

- An object file without a row (a crash between the write and the commit) is an orphan:
  :func:`sweep_orphans` removes it at open and in ``verify --repair``.
- A register made before the object store kept its evidence as blobs inside the database.
  :func:`move_first_edition` moves them out at open, one evidence item per commit (objects
  written and fsynced first, then the row points at them and its blobs are emptied), so a
  move killed half-way resumes where it stopped and loses nothing.
- :func:`check_objects` reads every object back, chunk by chunk, and names what is wrong by
  case and evidence.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy import update
from sqlalchemy.orm import undefer

from udens_register.services.evidence_files import IMAGES
from udens_register.services.evidence_files import VIDEOS
from udens_register.services.evidence_files import EvidenceRefused
from udens_register.services.evidence_files import derivatives
from udens_register.services.evidence_files import pdf_working_copy
from udens_register.services.evidence_files import sniff
from udens_register.services.evidence_files import video_duration_ms
from udens_register.storage import evidence_objects as objects_repo
from udens_register.storage.models import Evidence
from udens_register.storage.models import EvidenceObject
from udens_register.storage.objects import ObjectStore
from udens_register.storage.objects import StoredObject
from udens_register.storage.uow import UnitOfWorkFactory

Progress = Callable[[int, int], None]


# At open, an orphan younger than this is left for a later open: another process on the same
# register may be between writing an object and committing its row.
OPEN_GRACE_SECONDS = 15 * 60


def sweep_orphans(units: UnitOfWorkFactory, store: ObjectStore, *, older_than: float = 0.0) -> list[str]:
    """Remove object files no row refers to (and half-written temporary files)."""
    with units(read_only=True) as uow:
        known = objects_repo.object_names(uow.session)
    return store.sweep(known, older_than=older_than)


def pending_moves(units: UnitOfWorkFactory) -> list[int]:
    """Evidence items whose bytes are still blobs inside the database."""
    with units(read_only=True) as uow:
        return list(
            uow.session.scalars(
                select(Evidence.id)
                .where(Evidence.kind == "file", Evidence.original.is_not(None))
                .order_by(Evidence.id)
            )
        )


def derive_objects(
    store: ObjectStore, kind: str, original: StoredObject
) -> tuple[dict[str, StoredObject], int | None]:
    """The ``working`` and ``thumbnail`` objects a kept original needs, and a video's duration.

    Read back from the stored original (streamed): a plain picture and a PDF without active
    content need no working copy, a video none at all. Objects made before an error are removed.

    Raises:
        EvidenceRefused: the picture or PDF cannot be read (``pixels``, ``damaged``, ``pdf_encrypted``).
    """
    made: dict[str, StoredObject] = {}
    try:
        with store.open(original) as raw, io.BufferedReader(raw, 1024 * 1024) as reader:
            if kind in IMAGES:
                working, thumb = derivatives(kind, reader)
                if working is not None:
                    made["working"] = store.write_bytes(working)
                made["thumbnail"] = store.write_bytes(thumb)
            elif kind == "pdf":
                with store.writer() as out:
                    if pdf_working_copy(reader, out):
                        made["working"] = out.commit()
            elif kind in VIDEOS:
                return made, video_duration_ms(kind, reader, original.size)
    except BaseException:
        store.delete(o.name for o in made.values())
        raise
    return made, None


def _derive_from(
    store: ObjectStore, original: StoredObject, head: bytes, legacy: Evidence
) -> dict[str, StoredObject]:
    """Working copy and thumbnail by today's rules (stored once where the original is plain)."""
    kind = sniff(head)
    try:
        return derive_objects(store, kind, original)[0] if kind is not None else {}
    except EvidenceRefused:
        # Kept by the first edition but not readable today: keep what it had, as it was.
        made = {}
        for role in ("working", "thumbnail"):
            data = getattr(legacy, role)
            if data and data != legacy.original:
                made[role] = store.write_bytes(bytes(data))
        return made


def move_one(units: UnitOfWorkFactory, store: ObjectStore, evidence_id: int) -> bool:
    """Move one item's blobs into objects; ``False`` when there was nothing (left) to move."""
    with units(read_only=True) as uow:
        legacy = uow.session.scalars(
            select(Evidence)
            .where(Evidence.id == evidence_id)
            .options(undefer(Evidence.original), undefer(Evidence.working), undefer(Evidence.thumbnail))
        ).first()
        if legacy is None or legacy.original is None:
            return False
        uow.session.expunge(legacy)
    data = bytes(legacy.original)
    written: dict[str, StoredObject] = {}
    try:
        with store.durable_together():  # one folder fsync for the item's objects, before the commit
            written["original"] = store.write_bytes(data)
            written |= _derive_from(store, written["original"], data[:64], legacy)
        del data
        with units() as uow:
            s = uow.session
            # Idempotent: a row already moved (or removed meanwhile) is left as it is.
            still = s.scalar(
                select(Evidence.id).where(Evidence.id == evidence_id, Evidence.original.is_not(None))
            )
            has_objects = s.scalar(
                select(EvidenceObject.name).where(EvidenceObject.evidence_id == evidence_id)
            )
            if still is None or has_objects is not None:
                return False
            for role, obj in written.items():
                objects_repo.add_object(s, evidence_id, role, obj)
            s.execute(
                update(Evidence)
                .where(Evidence.id == evidence_id)
                .values(original=None, working=None, thumbnail=None)
            )
            uow.commit()
            written = {}
            return True
    finally:
        store.delete(o.name for o in written.values())


def move_first_edition(units: UnitOfWorkFactory, store: ObjectStore, progress: Progress | None = None) -> int:
    """Move every first-edition blob into the object store; how many items moved.

    The database is vacuumed afterwards so the space the blobs took is given back.
    """
    pending = pending_moves(units)
    moved = 0
    if pending and progress is not None:
        progress(0, len(pending))  # before the first item, which may take a while
    for done, evidence_id in enumerate(pending, start=1):
        moved += move_one(units, store, evidence_id)
        if progress is not None:
            progress(done, len(pending))
    if moved:
        units().maintenance("PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)")
    return moved


@dataclass(frozen=True)
class ObjectProblem:
    """One object that cannot be read back whole, named for a person."""

    case_number: str
    evidence_id: int
    filename: str
    role: str
    problem: str  # missing | length | header | chunk N | sha256

    def __str__(self) -> str:
        return (
            f"evidence: case {self.case_number}, evidence {self.evidence_id} ({self.filename}), "
            f"{self.role}: {self.problem}"
        )


def check_objects(units: UnitOfWorkFactory, store: ObjectStore) -> tuple[int, list[ObjectProblem], list[str]]:
    """(objects checked, problems, orphans on disk): every object read back chunk by chunk."""
    with units(read_only=True) as uow:
        every = objects_repo.every_object(uow.session)
    problems = [
        ObjectProblem(case, evidence_id, filename, role, problem)
        for obj, evidence_id, role, filename, case in every
        for problem in store.verify(obj)
    ]
    orphans = sorted(store.names() - {obj.name for obj, *_ in every})
    return len(every), problems, orphans
