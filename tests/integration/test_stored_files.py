"""What the images-of-minors guard lists as a case's stored files: everything whose bytes are still
in the register, whatever its state in the case. A file removed from the case in the first edition
kept its bytes (as a blob, or as objects once moved out); it still holds the image and must be
destroyed too. A file removed today, or destroyed, holds nothing any more and is not listed."""

from __future__ import annotations

import hashlib
import io
import os
from datetime import date

import pytest
from PIL import Image

from tests.integration.pages import readable_text
from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.errors import ValidationError
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import PersonDraft
from udens_register.services.dto import EvidenceMeta
from udens_register.services.evidence_upkeep import move_one


def _png(size: int = 48) -> bytes:
    image = Image.frombytes("RGB", (size, size), os.urandom(size * size * 3))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _legacy_row(reg, incident_id: int, name: str, **blobs: bytes | None) -> int:  # type: ignore[no-untyped-def]
    """A first-edition file row, removed from the case, its bytes still kept as blobs in the database."""
    data = blobs.get("original") or blobs.get("working") or blobs.get("thumbnail") or b""
    with reg.engine.begin() as conn:
        result = conn.exec_driver_sql(
            "INSERT INTO evidence (incident_id, kind, filename, mime, size, sha256, original, working, thumbnail,"
            " platform, post_url, profile, captured_by, description, created_at, removed_at, removed_reason)"
            " VALUES (?, 'file', ?, 'image/png', ?, ?, ?, ?, ?, 'Snapchat', '', '', 'x', '',"
            " '2026-03-01 10:00:00', '2026-03-02 10:00:00', 'Dubbel')",
            (
                incident_id,
                name,
                len(data),
                hashlib.sha256(data).hexdigest(),
                blobs.get("original"),
                blobs.get("working"),
                blobs.get("thumbnail"),
            ),
        )
        return int(result.lastrowid)


def _case(reg):  # type: ignore[no-untyped-def]
    pupil = reg.persons.create(
        PersonDraft(PersonKind.PUPIL, "Lotte", "Smits", date_of_birth=date(2011, 9, 1))
    )
    return reg.incidents.create(
        IncidentDraft(title="Foto doorgestuurd", category=Category.OTHER, reported_at=date(2026, 3, 13)),
        [(pupil.id, (Role.VICTIM,))],
    )


def _pieces(data: bytes) -> list[bytes]:
    """Stretches of 32 bytes of ``data``, as ``readable_text`` lower-cases them."""
    return [data[i : i + 32].lower() for i in range(16, len(data) - 32, max(64, len(data) // 6))]


def _holding(reg, pieces: list[bytes]) -> list[str]:  # type: ignore[no-untyped-def]
    """The files of the register folder (databases decrypted page by page) holding any piece."""
    found = readable_text(reg.location.folder, reg.data_key)
    return [name for name, text in found.items() if any(p in text for p in pieces)]


def test_the_guard_lists_every_file_whose_bytes_are_still_in_the_register(reg) -> None:  # type: ignore[no-untyped-def]
    incident = _case(reg)
    kept = reg.evidence.intake(incident.id, "kept.png", _png(), EvidenceMeta(platform="Instagram"))
    removed_today = reg.evidence.intake(incident.id, "removed.png", _png(), EvidenceMeta())
    reg.evidence.remove(removed_today.id, "Verkeerd bestand")  # its keys and objects went with it
    reg.evidence.describe(incident.id, EvidenceMeta(description="Bericht zelf gezien, niet bewaard"))
    blob = _png()
    old_blob = _legacy_row(reg, incident.id, "oud-blob.png", original=blob, working=blob, thumbnail=_png(8))
    moved = _png()
    old_moved = _legacy_row(reg, incident.id, "oud-verplaatst.png", original=moved, thumbnail=_png(8))
    assert move_one(reg.units, reg.store, old_moved)  # moved out at open: removed, yet objects now
    thumb_only = _png(8)
    old_thumb = _legacy_row(reg, incident.id, "oud-miniatuur.png", thumbnail=thumb_only)

    pieces = _pieces(blob) + _pieces(thumb_only)
    assert _holding(reg, pieces), "the check finds the first-edition blobs while they are kept"
    listed = reg.evidence.stored_files(incident.id)
    assert [(f.evidence_id, f.removed) for f in listed] == [
        (kept.id, False),
        (old_blob, True),
        (old_moved, True),
        (old_thumb, True),  # only a thumbnail left: still a picture of the image
    ]
    assert removed_today.id not in {f.evidence_id for f in listed}, "removed today: no bytes left to list"

    with pytest.raises(ValidationError) as refused:
        reg.incidents.correct(incident.id, {"sexual_images_minor": True}, "Het gaat om naaktfoto's")
    assert refused.value.field == "evidence"
    for f in listed:
        reg.evidence.destroy(f.evidence_id, "Seksuele beelden van een minderjarige", "Naaktfoto")
    assert reg.evidence.stored_files(incident.id) == ()
    assert reg.incidents.correct(
        incident.id, {"sexual_images_minor": True}, "Naaktfoto's"
    ).sexual_images_minor
    assert _holding(reg, pieces) == [], "no page of the database holds a first-edition blob any more"
    rows = {e.id: e for e in reg.evidence.list(incident.id)}
    assert all(rows[f.evidence_id].destroyed_at is not None for f in listed)
    assert rows[old_thumb].sha256 == hashlib.sha256(thumb_only).hexdigest(), "the hash stays"
