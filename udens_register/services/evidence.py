"""Evidence: screenshots, documents and screen recordings, kept encrypted in the object store.

The original bytes are kept unchanged with their SHA-256 for their evidentiary value; a
picture gets a working copy without metadata (the original itself when it carries none, so a
screenshot is stored once) and a thumbnail; a PDF with active content gets a cleaned working
copy. Everything streams: a file is read, hashed and encrypted a chunk at a time. When an
incident concerns sexual images of a minor, no file is stored at all: only a description.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
from collections.abc import Iterator
from dataclasses import asdict
from dataclasses import fields
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any
from typing import BinaryIO

from udens_register.domain.errors import ValidationError
from udens_register.domain.events import EventKind
from udens_register.services import images_past
from udens_register.services.clock import Clock
from udens_register.services.dto import EvidenceMeta
from udens_register.services.dto import EvidenceRow
from udens_register.services.dto import StoredFile
from udens_register.services.evidence_files import HEAD_BYTES
from udens_register.services.evidence_files import MIME
from udens_register.services.evidence_files import VIDEOS
from udens_register.services.evidence_files import EvidenceRefused
from udens_register.services.evidence_files import sniff
from udens_register.services.evidence_upkeep import derive_objects
from udens_register.services.lookups import existing_incident
from udens_register.services.recording import CoordinatorService
from udens_register.services.recording import refuse_correction
from udens_register.storage.engine import known_errors
from udens_register.storage.models import Evidence
from udens_register.storage.objects import ObjectReader
from udens_register.storage.objects import ObjectStore
from udens_register.storage.objects import StoredObject
from udens_register.storage.uow import UnitOfWorkFactory
from udens_register.vault.files import atomic_stream

MAX_BYTES = 25 * 1024 * 1024  # a picture or PDF
MAX_VIDEO_BYTES = 1024 * 1024 * 1024  # a screen recording
COPY_CHUNK = 1024 * 1024

__all__ = ["MAX_BYTES", "MAX_VIDEO_BYTES", "EvidenceRefused", "EvidenceService", "evidence_row"]


def evidence_row(e: Evidence) -> EvidenceRow:
    """The DTO of an evidence row (no bytes, no extra query)."""
    return EvidenceRow(
        id=e.id,
        incident_id=e.incident_id,
        kind=e.kind,
        filename=e.filename,
        mime=e.mime,
        size=e.size,
        sha256=e.sha256,
        meta=EvidenceMeta(
            platform=e.platform,
            post_url=e.post_url,
            profile=e.profile,
            posted_at=e.posted_at,
            captured_at=e.captured_at,
            captured_by=e.captured_by,
            description=e.description,
        ),
        created_at=e.created_at,
        removed_at=e.removed_at,
        removed_reason=e.removed_reason,
        has_thumbnail=e.kind == "file"
        and e.mime in (MIME["png"], MIME["jpeg"])
        and e.removed_at is None
        and e.destroyed_at is None,
        destroyed_at=e.destroyed_at,
        duration_ms=e.duration_ms,
        is_video=e.mime.startswith("video/"),
    )


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


class EvidenceService(CoordinatorService):
    """Evidence of one open register."""

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        coordinator_id: int | None,
        coordinator_label: str,
        clock: Clock,
        store: ObjectStore,
    ) -> None:
        super().__init__(uow, coordinator_id, clock)
        self._label = coordinator_label
        self.store = store

    # -- intake ----------------------------------------------------------------------------

    def intake_file(self, incident_id: int, path: Path, meta: EvidenceMeta) -> EvidenceRow:
        """Keep the file at ``path`` (streamed; its size is checked before it is read).

        Raises:
            EvidenceRefused: as :meth:`intake`; ``unreadable`` when the file cannot be read.
        """
        try:
            if not path.is_file():  # before opening: a pipe or device would block or never end
                raise EvidenceRefused("unreadable", "not a file")
            stream = path.open("rb")
        except OSError as exc:
            raise EvidenceRefused("unreadable", type(exc).__name__) from exc
        with stream:
            size = os.fstat(stream.fileno()).st_size
            return self.intake_stream(incident_id, path.name, stream, size, meta)

    def intake(self, incident_id: int, filename: str, data: bytes, meta: EvidenceMeta) -> EvidenceRow:
        """Keep ``data`` (for callers that made the bytes themselves, such as the demo)."""
        return self.intake_stream(incident_id, filename, io.BytesIO(data), len(data), meta)

    def intake_stream(
        self, incident_id: int, filename: str, stream: BinaryIO, size: int, meta: EvidenceMeta
    ) -> EvidenceRow:
        """Keep a PNG, JPEG or PDF (at most 25 MB) or an MP4, MOV or WebM video (at most 1 GB).

        The original is hashed and encrypted while it streams in; the objects are durable on
        disk before the row naming them commits (a crash in between leaves an orphan that the
        next open removes, never a row without its file).

        Raises:
            EvidenceRefused: ``sexual_images`` (the incident concerns sexual images of a minor),
                ``type``, ``size``, ``empty``, ``pixels``, ``damaged``, ``pdf_encrypted`` or
                ``duplicate`` (the case holds these exact bytes already).
            ValidationError: ``posted_at`` when the message is dated after its capture.
        """
        now = self._clock()
        meta.check_times(now)
        with self._uow(read_only=True) as uow:
            incident = existing_incident(uow, incident_id)
            if incident.sexual_images_minor:
                raise EvidenceRefused("sexual_images")
            case_platform = incident.platform or ""  # the evidence's platform unless it names its own
        if size <= 0:
            raise EvidenceRefused("empty")
        head = stream.read(HEAD_BYTES)
        kind = sniff(head)
        if kind is None:
            raise EvidenceRefused("type")
        limit = MAX_VIDEO_BYTES if kind in VIDEOS else MAX_BYTES
        if size > limit:
            raise EvidenceRefused("size")
        written: list[StoredObject] = []
        try:
            with self.store.durable_together():  # one folder fsync for the item's objects
                with known_errors(), self.store.writer(limit=limit) as out:
                    out.write(head)
                    while block := stream.read(COPY_CHUNK):
                        out.write(block)
                    original = out.commit()
                written.append(original)
                made, duration = derive_objects(self.store, kind, original)
                written += made.values()
            meta = replace(
                meta,
                platform=meta.platform.strip() or case_platform,
                captured_by=meta.captured_by.strip() or self._label,
                captured_at=meta.captured_at or now,
            )
            with self._uow() as uow:
                existing_incident(uow, incident_id)
                if uow.evidence.same_file(incident_id, original.sha256) is not None:
                    raise EvidenceRefused("duplicate")  # the same bytes twice prove nothing more
                evidence = Evidence(
                    incident_id=incident_id,
                    kind="file",
                    filename=Path(filename).name[:255],
                    mime=MIME[kind],
                    size=original.size,
                    sha256=original.sha256,
                    duration_ms=duration,
                    created_at=now,
                    **{f.name: getattr(meta, f.name) for f in fields(EvidenceMeta)},
                )
                uow.evidence.add(evidence)
                for role, obj in {"original": original, **made}.items():
                    uow.evidence.add_object(evidence.id, role, obj)
                uow.events.add(
                    self._event(
                        EventKind.EVIDENCE_ADDED,
                        incident_id=incident_id,
                        detail={
                            "evidence_id": evidence.id,
                            "sha256": evidence.sha256,
                            "filename": evidence.filename,
                        },
                    )
                )
                uow.commit()
                written.clear()  # the rows own them now
                return evidence_row(evidence)
        except ValueError as exc:
            if str(exc) == "limit":  # the file grew while it was read
                raise EvidenceRefused("size") from exc
            raise
        finally:
            self.store.delete(o.name for o in written)

    def describe(self, incident_id: int, meta: EvidenceMeta) -> EvidenceRow:
        """Record evidence as a description only (always allowed; the only way for sexual images)."""
        if not meta.description.strip():
            raise ValidationError("description", "required")
        now = self._clock()
        meta.check_times(now)
        with self._uow() as uow:
            incident = existing_incident(uow, incident_id)
            meta = replace(
                meta,
                platform=meta.platform.strip() or incident.platform or "",
                captured_at=meta.captured_at or now,
            )
            evidence = Evidence(
                incident_id=incident_id,
                kind="description",
                created_at=now,
                **{f.name: getattr(meta, f.name) for f in fields(EvidenceMeta)},
            )
            evidence.captured_by = evidence.captured_by or self._label
            uow.evidence.add(evidence)
            uow.events.add(
                self._event(
                    EventKind.EVIDENCE_DESCRIBED, incident_id=incident_id, detail={"evidence_id": evidence.id}
                )
            )
            uow.commit()
            return evidence_row(evidence)

    # -- reading ---------------------------------------------------------------------------

    def list(self, incident_id: int, *, include_removed: bool = True) -> list[EvidenceRow]:
        """Evidence of an incident, oldest first, without bytes."""
        with self._uow(read_only=True) as uow:
            return [
                evidence_row(e)
                for e in uow.evidence.of_incident(incident_id, include_removed=include_removed)
            ]

    def thumbnails(self, incident_id: int) -> dict[int, bytes]:
        """Every thumbnail of an incident (small JPEGs, for the evidence list)."""
        with self._uow(read_only=True) as uow:
            return uow.evidence.thumbnails(self.store, incident_id)

    def _read_small(self, obj: StoredObject) -> bytes:
        with self.store.open(obj) as reader:
            return reader.readall()

    def _object(self, evidence_id: int, which: str) -> StoredObject:
        if which not in ("working", "original", "thumbnail"):
            raise ValueError(which)
        with self._uow(read_only=True) as uow:
            e = uow.evidence.get(evidence_id)
            obj = uow.evidence.object_of(evidence_id, which) if e is not None else None
        if obj is None:
            raise ValidationError("evidence", f"no file {evidence_id}")
        return obj

    @contextlib.contextmanager
    def open_content(self, evidence_id: int, which: str = "working") -> Iterator[ObjectReader]:
        """A seekable stream of the ``working`` copy, the ``original`` or the ``thumbnail``."""
        with self.store.open(self._object(evidence_id, which)) as reader:
            yield reader

    def content(self, evidence_id: int, which: str = "working") -> bytes:
        """The bytes to show on screen (one picture or PDF at a time; never a video's)."""
        obj = self._object(evidence_id, which)
        if obj.size > MAX_BYTES:
            raise ValidationError("evidence", "too large to show; save a copy instead")
        return self._read_small(obj)

    def save_to(self, evidence_id: int, path: Path) -> str:
        """Stream the original to ``path`` (atomically) on the coordinator's request; recorded.

        Returns:
            The SHA-256 of what was written, checked against the one taken at intake.

        Raises:
            EvidenceRefused: ``sexual_images``: a file of a case about sexual images of a minor is
                never copied out (one kept from before the flag is destroyed instead).
        """
        with self._uow(read_only=True) as uow:
            e = uow.evidence.get(evidence_id)
            incident = uow.incidents.get(e.incident_id) if e is not None else None
            if incident is not None and incident.sexual_images_minor:
                raise EvidenceRefused("sexual_images")
        obj = self._object(evidence_id, "original")
        digest = hashlib.sha256()
        with known_errors(), self.store.open(obj) as reader, atomic_stream(path) as out:
            while block := reader.read(COPY_CHUNK):
                digest.update(block)
                out.write(block)
        with self._uow() as uow:
            e = uow.evidence.get(evidence_id)
            assert e is not None
            uow.events.add(
                self._event(
                    EventKind.EVIDENCE_SAVED,
                    incident_id=e.incident_id,
                    detail={"evidence_id": evidence_id, "sha256": digest.hexdigest(), "file": path.name},
                )
            )
            uow.commit()
        return digest.hexdigest()

    # -- changes ---------------------------------------------------------------------------

    def correct(self, evidence_id: int, meta: EvidenceMeta, reason: str) -> EvidenceRow:
        """Change the metadata, keeping the previous values, who, when and why."""
        refuse_correction(reason)
        now = self._clock()
        meta.check_times(now)
        with self._uow() as uow:
            e = uow.evidence.get(evidence_id)
            if e is None:
                raise ValidationError("evidence", f"no evidence {evidence_id}")
            before = evidence_row(e).meta
            changes = {
                k: [_jsonable(v), _jsonable(asdict(meta)[k])]
                for k, v in asdict(before).items()
                if v != asdict(meta)[k]
            }
            if not changes:
                return evidence_row(e)
            for key in changes:
                setattr(e, key, getattr(meta, key))
            uow.events.add(
                self._event(
                    EventKind.CORRECTED,
                    incident_id=e.incident_id,
                    detail={
                        "entity": "evidence",
                        "evidence_id": e.id,
                        "changes": changes,
                        "reason": reason.strip(),
                    },
                )
            )
            uow.commit()
            return evidence_row(e)

    def remove(self, evidence_id: int, reason: str) -> EvidenceRow:
        """Take evidence out of the case and destroy its file (crypto-shredding).

        The row (file name, hash, details, reason) stays visible in the history until retention
        removes the case; the keys go with the commit, the object files right after.
        """
        if not reason.strip():
            raise ValidationError("reason", "a reason is required to remove evidence")
        now = self._clock()
        with self._uow() as uow:
            e = uow.evidence.get(evidence_id)
            if e is None or e.removed_at is not None:
                raise ValidationError("evidence", f"no current evidence {evidence_id}")
            e.removed_at = now
            e.removed_reason = reason.strip()
            names = uow.evidence.drop_objects(e.id)
            e.original = e.working = e.thumbnail = None
            uow.events.add(
                self._event(
                    EventKind.EVIDENCE_REMOVED,
                    incident_id=e.incident_id,
                    detail={"evidence_id": e.id, "filename": e.filename, "reason": reason.strip()},
                )
            )
            uow.commit()
            row = evidence_row(e)
        self.store.delete(names)
        return row

    def stored_files(self, incident_id: int) -> tuple[StoredFile, ...]:
        """Every file of a case whose bytes are still in the register."""
        with self._uow(read_only=True) as uow:
            return images_past.stored_files_of(uow, incident_id)

    def flagged_cases(self) -> tuple[images_past.FlaggedCase, ...]:
        """Cases flagged as sexual images of a minor that still hold stored files (to destroy)."""
        return images_past.flagged_cases(self._uow)

    def destroy(self, evidence_id: int, reason: str, description: str = "") -> EvidenceRow:
        """Destroy a file for good: its bytes leave the register; SHA-256, size, platform and a
        description stay, with the reason (sexual images of a minor must not be kept at all).

        The objects' keys go with the commit (crypto-shredding), the files right after; a
        first-edition blob still in the database is emptied, and secure delete, a WAL
        checkpoint and VACUUM leave no page holding it.

        Raises:
            ValidationError: no reason, no description (kept instead of the file), or no stored file.
        """
        if not reason.strip():
            raise ValidationError("reason", "a reason is required to destroy evidence")
        now = self._clock()
        with self._uow() as uow:
            e = uow.evidence.get(evidence_id)
            if e is None or e.kind != "file" or e.destroyed_at is not None:
                raise ValidationError("evidence", f"no stored file {evidence_id}")
            if description.strip():
                e.description = description.strip()
            if not e.description.strip():
                raise ValidationError("description", "describe what the file showed; the description is kept")
            names = uow.evidence.drop_objects(e.id)
            e.original = None
            e.working = None
            e.thumbnail = None
            e.destroyed_at = now
            e.removed_at = e.removed_at or now
            e.removed_reason = reason.strip()
            uow.events.add(
                self._event(
                    EventKind.EVIDENCE_DESTROYED,
                    incident_id=e.incident_id,
                    detail={
                        "evidence_id": e.id,
                        "sha256": e.sha256,
                        "size": e.size,
                        "reason": reason.strip(),
                    },
                )
            )
            uow.commit()
            row = evidence_row(e)
        self.store.delete(names)
        self._uow().maintenance(
            "PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)"
        )
        return row
