"""Evidence: screenshots and files kept inside the encrypted database, never as loose files.

The original bytes are kept unchanged with their SHA-256 for their evidentiary value; a
working copy without EXIF (re-encoded by Pillow) is used for display and PDFs. When an
incident concerns sexual images of a minor, no file is stored at all: only a description.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import asdict
from dataclasses import fields
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from PIL import Image
from PIL import ImageOps
from PIL import UnidentifiedImageError

from udens_register.domain.errors import ValidationError
from udens_register.services.clock import Clock
from udens_register.services.dto import EvidenceMeta
from udens_register.services.dto import EvidenceRow
from udens_register.services.dto import StoredFile
from udens_register.storage import case_facts
from udens_register.storage import repositories as repo
from udens_register.storage.models import Evidence
from udens_register.storage.models import Incident
from udens_register.storage.uow import UnitOfWork
from udens_register.storage.uow import UnitOfWorkFactory
from udens_register.vault.files import atomic_write

MAX_BYTES = 25 * 1024 * 1024
THUMB_PX = 320
# Decoding stays well under 300 MB: at most two RGBA copies of 16 megapixels (a phone screenshot
# is about 3). A larger picture is refused before a pixel is decoded; JPEG photos are decoded
# straight at working size.
MAX_PIXELS = 16_000_000
WORKING_EDGE = 2400  # long edge of the working copy: enough for an A4 page at 200 dpi
MIME = {"png": "image/png", "jpeg": "image/jpeg", "pdf": "application/pdf"}


class EvidenceRefused(ValidationError):
    """A file that cannot be kept; ``reason`` is a code the UI turns into words."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__("file", detail or reason)
        self.reason = reason


def sniff(data: bytes) -> str | None:
    """``png``, ``jpeg`` or ``pdf`` from the file's first bytes; ``None`` for anything else."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.lstrip()[:5] == b"%PDF-":
        return "pdf"
    return None


def working_copy(kind: str, data: bytes) -> tuple[bytes, bytes | None]:
    """(working copy without EXIF or text metadata, thumbnail) for an image; a PDF is kept as is."""
    if kind == "pdf":
        return data, None
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                if kind == "jpeg":
                    img.draft("RGB", (WORKING_EDGE, WORKING_EDGE))
                img.load()
                # Turn only what is turned: exif_transpose copies the whole picture even when upright.
                upright = ImageOps.exif_transpose(img) if img.getexif().get(0x0112, 1) != 1 else img
                if upright.mode not in ("RGB", "RGBA", "L"):
                    upright = upright.convert("RGBA" if kind == "png" else "RGB")
                upright.thumbnail((WORKING_EDGE, WORKING_EDGE))
                # A fresh image from the raw pixels carries no EXIF, XMP, text chunks or ICC data.
                clean = Image.frombytes(upright.mode, upright.size, upright.tobytes())
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise EvidenceRefused("pixels", str(type(exc).__name__)) from exc
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise EvidenceRefused("damaged", str(type(exc).__name__)) from exc
    out = io.BytesIO()
    if kind == "jpeg":
        clean.convert("RGB").save(out, "JPEG", quality=92)
    else:
        clean.save(out, "PNG", optimize=False)
    thumb = clean.copy()
    thumb.thumbnail((THUMB_PX, THUMB_PX))
    tout = io.BytesIO()
    thumb.convert("RGB").save(tout, "JPEG", quality=80)
    return out.getvalue(), tout.getvalue()


def evidence_row(e: Evidence) -> EvidenceRow:
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
        has_thumbnail=e.kind == "file" and e.mime != MIME["pdf"] and e.destroyed_at is None,
        destroyed_at=e.destroyed_at,
    )


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


class EvidenceService:
    """Evidence of one open register."""

    def __init__(
        self, uow: UnitOfWorkFactory, coordinator_id: int | None, coordinator_label: str, clock: Clock
    ) -> None:
        self._uow = uow
        self._coordinator_id = coordinator_id
        self._label = coordinator_label
        self._clock = clock

    def _incident(self, uow: UnitOfWork, incident_id: int) -> Incident:
        incident = uow.session.get(Incident, incident_id)
        if incident is None:
            raise ValidationError("incident", f"no incident {incident_id}")
        return incident

    def intake(self, incident_id: int, filename: str, data: bytes, meta: EvidenceMeta) -> EvidenceRow:
        """Keep a PNG, JPEG or PDF (at most 25 MB) with its hash and metadata.

        Raises:
            EvidenceRefused: ``sexual_images`` (the incident concerns sexual images of a minor),
                ``type`` (not PNG, JPEG or PDF), ``size`` (over 25 MB), ``empty`` or ``damaged``.
        """
        now = self._clock()
        with self._uow() as uow:
            if self._incident(uow, incident_id).sexual_images_minor:
                raise EvidenceRefused("sexual_images")
        if not data:
            raise EvidenceRefused("empty")
        if len(data) > MAX_BYTES:
            raise EvidenceRefused("size")
        kind = sniff(data)
        if kind is None:
            raise EvidenceRefused("type")
        working, thumb = working_copy(kind, data)
        meta = replace(
            meta, captured_by=meta.captured_by.strip() or self._label, captured_at=meta.captured_at or now
        )
        with self._uow() as uow:
            self._incident(uow, incident_id)
            evidence = Evidence(
                incident_id=incident_id,
                kind="file",
                filename=Path(filename).name[:255],
                mime=MIME[kind],
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                original=data,
                working=working,
                thumbnail=thumb,
                created_at=now,
                **{f.name: getattr(meta, f.name) for f in fields(EvidenceMeta)},
            )
            uow.session.add(evidence)
            uow.session.flush()
            repo.add_event(
                uow.session,
                "evidence_added",
                coordinator_id=self._coordinator_id,
                incident_id=incident_id,
                detail={"evidence_id": evidence.id, "sha256": evidence.sha256, "filename": evidence.filename},
            ).at = now
            uow.commit()
            return evidence_row(evidence)

    def describe(self, incident_id: int, meta: EvidenceMeta) -> EvidenceRow:
        """Record evidence as a description only (always allowed; the only way for sexual images)."""
        if not meta.description.strip():
            raise ValidationError("description", "required")
        now = self._clock()
        with self._uow() as uow:
            self._incident(uow, incident_id)
            evidence = Evidence(
                incident_id=incident_id,
                kind="description",
                created_at=now,
                **{f.name: getattr(meta, f.name) for f in fields(EvidenceMeta)},
            )
            evidence.captured_by = evidence.captured_by or self._label
            uow.session.add(evidence)
            uow.session.flush()
            repo.add_event(
                uow.session,
                "evidence_described",
                coordinator_id=self._coordinator_id,
                incident_id=incident_id,
                detail={"evidence_id": evidence.id},
            ).at = now
            uow.commit()
            return evidence_row(evidence)

    def list(self, incident_id: int, *, include_removed: bool = True) -> list[EvidenceRow]:
        """Evidence of an incident, oldest first, without bytes."""
        with self._uow(read_only=True) as uow:
            return [
                evidence_row(e)
                for e in repo.evidence_of(uow.session, incident_id, include_removed=include_removed)
            ]

    def thumbnails(self, incident_id: int) -> dict[int, bytes]:
        """Every thumbnail of an incident in one query (for the evidence list)."""
        with self._uow(read_only=True) as uow:
            return repo.thumbnails_of(uow.session, incident_id)

    def content(self, evidence_id: int, which: str = "working") -> bytes:
        """The bytes to show (``working``), the ``original``, or the ``thumbnail``."""
        if which not in ("working", "original", "thumbnail"):
            raise ValueError(which)
        with self._uow() as uow:
            e = repo.evidence_with(uow.session, evidence_id, which)
            if e is None or e.kind != "file" or e.destroyed_at is not None:
                raise ValidationError("evidence", f"no file {evidence_id}")
            return bytes(getattr(e, which) or b"")

    def save_to(self, evidence_id: int, path: Path) -> str:
        """Write the original to ``path`` (atomically) on the coordinator's request; it is recorded."""
        data = self.content(evidence_id, "original")
        digest = hashlib.sha256(data).hexdigest()
        atomic_write(path, data)
        with self._uow() as uow:
            e = uow.session.get(Evidence, evidence_id)
            assert e is not None
            repo.add_event(
                uow.session,
                "evidence_saved",
                coordinator_id=self._coordinator_id,
                incident_id=e.incident_id,
                detail={"evidence_id": evidence_id, "sha256": digest, "file": path.name},
            ).at = self._clock()
            uow.commit()
        return digest

    def correct(self, evidence_id: int, meta: EvidenceMeta, reason: str) -> EvidenceRow:
        """Change the metadata, keeping the previous values, who, when and why."""
        if not reason.strip():
            raise ValidationError("reason", "a reason is required for a correction")
        now = self._clock()
        with self._uow() as uow:
            e = uow.session.get(Evidence, evidence_id)
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
            repo.add_event(
                uow.session,
                "corrected",
                coordinator_id=self._coordinator_id,
                incident_id=e.incident_id,
                detail={
                    "entity": "evidence",
                    "evidence_id": e.id,
                    "changes": changes,
                    "reason": reason.strip(),
                },
            ).at = now
            uow.commit()
            return evidence_row(e)

    def remove(self, evidence_id: int, reason: str) -> EvidenceRow:
        """Take evidence out of the case; it stays visible in the history until retention removes it."""
        if not reason.strip():
            raise ValidationError("reason", "a reason is required to remove evidence")
        now = self._clock()
        with self._uow() as uow:
            e = uow.session.get(Evidence, evidence_id)
            if e is None or e.removed_at is not None:
                raise ValidationError("evidence", f"no current evidence {evidence_id}")
            e.removed_at = now
            e.removed_reason = reason.strip()
            repo.add_event(
                uow.session,
                "evidence_removed",
                coordinator_id=self._coordinator_id,
                incident_id=e.incident_id,
                detail={"evidence_id": e.id, "filename": e.filename, "reason": reason.strip()},
            ).at = now
            uow.commit()
            return evidence_row(e)

    def stored_files(self, incident_id: int) -> tuple[StoredFile, ...]:
        """Every file of a case whose bytes are still in the register, removed ones included."""
        with self._uow(read_only=True) as uow:
            return tuple(
                StoredFile(
                    e.id, e.filename, e.size, e.sha256, e.platform, e.description, e.removed_at is not None
                )
                for e in case_facts.stored_files(uow.session, incident_id)
            )

    def destroy(self, evidence_id: int, reason: str, description: str = "") -> EvidenceRow:
        """Destroy a file for good: its bytes leave the register; SHA-256, size, platform and a
        description stay, with the reason (sexual images of a minor must not be kept at all).

        Secure delete zeroes the freed pages; the WAL is checkpointed and the file vacuumed, so
        no page of the register folder holds the bytes afterwards.

        Raises:
            ValidationError: no reason, no description (kept instead of the file), or no stored file.
        """
        if not reason.strip():
            raise ValidationError("reason", "a reason is required to destroy evidence")
        now = self._clock()
        with self._uow() as uow:
            e = uow.session.get(Evidence, evidence_id)
            if e is None or e.kind != "file" or e.destroyed_at is not None:
                raise ValidationError("evidence", f"no stored file {evidence_id}")
            if description.strip():
                e.description = description.strip()
            if not e.description.strip():
                raise ValidationError("description", "describe what the file showed; the description is kept")
            e.original = None
            e.working = None
            e.thumbnail = None
            e.destroyed_at = now
            e.removed_at = e.removed_at or now
            e.removed_reason = reason.strip()
            repo.add_event(
                uow.session,
                "evidence_destroyed",
                coordinator_id=self._coordinator_id,
                incident_id=e.incident_id,
                detail={"evidence_id": e.id, "sha256": e.sha256, "size": e.size, "reason": reason.strip()},
            ).at = now
            uow.commit()
            row = evidence_row(e)
        self._uow().maintenance(
            "PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)"
        )
        return row
