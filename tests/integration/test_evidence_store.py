"""Evidence in the object store on a real register: stored once, cleaned PDFs, videos, damage
named, removal and purge shred, orphans repaired, a first-edition register moved out."""

from __future__ import annotations

import hashlib
import io
import os
import struct
import time
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from PIL import PngImagePlugin
from pypdf import PdfReader
from pypdf import PdfWriter
from pypdf.generic import ArrayObject
from pypdf.generic import DictionaryObject
from pypdf.generic import NameObject
from pypdf.generic import NumberObject
from pypdf.generic import TextStringObject
from sqlalchemy import func
from sqlalchemy import select

from tests.conftest import PASSPHRASE
from udens_register.domain.enums import Category
from udens_register.domain.enums import Status
from udens_register.domain.model import IncidentDraft
from udens_register.services.dto import EvidenceMeta
from udens_register.services.evidence import EvidenceRefused
from udens_register.services.register import open_register
from udens_register.services.verify import verify_register
from udens_register.storage.evidence_objects import stored
from udens_register.storage.models import EvidenceObject
from udens_register.storage.objects import HEADER
from udens_register.storage.objects import ObjectStore
from udens_register.storage.objects import StoredObject
from udens_register.storage.uow import UnitOfWork

MARKER = b"BEWIJS-MARKER-Zwanenburg"


def noise_png(width: int = 300, height: int = 200, text: bytes | None = None) -> bytes:
    """A picture of random pixels (incompressible, like a real screenshot's bytes)."""
    img = Image.frombytes("RGB", (width, height), os.urandom(width * height * 3))
    out = io.BytesIO()
    info = None
    if text is not None:
        info = PngImagePlugin.PngInfo()
        info.add_text("Comment", text.decode())
    img.save(out, "PNG", pnginfo=info)
    return out.getvalue()


def mp4(duration_ms: int, payload: bytes = b"") -> bytes:
    ftyp = struct.pack(">I4s", 20, b"ftyp") + b"isom\0\0\0\0mp42"
    mvhd_body = b"\0\0\0\0" + struct.pack(">IIII", 0, 0, 600, duration_ms * 600 // 1000) + b"\0" * 80
    mvhd = struct.pack(">I4s", 8 + len(mvhd_body), b"mvhd") + mvhd_body
    moov = struct.pack(">I4s", 8 + len(mvhd), b"moov") + mvhd
    mdat = struct.pack(">I4s", 8 + len(payload), b"mdat") + payload
    return ftyp + moov + mdat


def webm(duration_ms: float) -> bytes:
    def element(ident: bytes, body: bytes) -> bytes:
        return (
            ident + bytes([0x80 | len(body)]) + body
            if len(body) < 127
            else ident + b"\x40" + bytes([len(body)]) + body
        )

    ebml = element(b"\x1a\x45\xdf\xa3", element(b"\x42\x82", b"webm"))
    info = element(
        b"\x15\x49\xa9\x66",
        element(b"\x2a\xd7\xb1", (1_000_000).to_bytes(3, "big"))
        + element(b"\x44\x89", struct.pack(">d", duration_ms)),
    )
    return ebml + element(b"\x18\x53\x80\x67", info)


def _incident(reg, reported_at: date = date(2026, 3, 13)):  # type: ignore[no-untyped-def]
    return reg.incidents.create(
        IncidentDraft(title="Bedreiging via Snapchat", category=Category.OTHER, reported_at=reported_at)
    )


def _objects_of(reg, evidence_id: int) -> dict[str, StoredObject]:  # type: ignore[no-untyped-def]
    with UnitOfWork(reg.engine, read_only=True) as uow:
        rows = uow.session.scalars(
            select(EvidenceObject).where(EvidenceObject.evidence_id == evidence_id)
        ).all()
        return {r.role: stored(r) for r in rows}


def test_a_plain_screenshot_is_stored_once(reg) -> None:  # type: ignore[no-untyped-def]
    incident = _incident(reg)
    data = noise_png()
    row = reg.evidence.intake(incident.id, "scherm.png", data, EvidenceMeta())
    objects = _objects_of(reg, row.id)
    assert set(objects) == {"original", "thumbnail"}, "no metadata, small enough: its own working copy"
    assert reg.evidence.content(row.id, "working") == data == reg.evidence.content(row.id, "original")
    on_disk = sum(p.stat().st_size for p in reg.store.folder.iterdir())
    assert on_disk / len(data) < 1.25
    for name in objects.values():
        assert name.name not in row.sha256 and len(name.name) == 32


def test_metadata_or_size_make_a_working_copy_without_it(reg) -> None:  # type: ignore[no-untyped-def]
    incident = _incident(reg)
    tagged = noise_png(text=MARKER)
    row = reg.evidence.intake(incident.id, "tagged.png", tagged, EvidenceMeta())
    working = reg.evidence.content(row.id, "working")
    assert MARKER in reg.evidence.content(row.id, "original") and MARKER not in working
    big = noise_png(3000, 100)
    row = reg.evidence.intake(incident.id, "breed.png", big, EvidenceMeta())
    with Image.open(io.BytesIO(reg.evidence.content(row.id, "working"))) as img:
        assert img.size == (2400, 80)


def _pdf(active: bool) -> bytes:
    """A one-page PDF; ``active``: JavaScript at open and on a link, a launch action, an attachment."""
    writer = PdfWriter()
    page = writer.add_blank_page(200, 200)
    if active:
        js = DictionaryObject(
            {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("app.alert(1)")}
        )
        names = DictionaryObject(
            {
                NameObject("/JavaScript"): DictionaryObject(
                    {NameObject("/Names"): ArrayObject([TextStringObject("a"), writer._add_object(js)])}
                )
            }
        )
        writer._root_object[NameObject("/Names")] = names
        launch = DictionaryObject(
            {NameObject("/S"): NameObject("/Launch"), NameObject("/F"): TextStringObject("calc.exe")}
        )
        writer._root_object[NameObject("/OpenAction")] = writer._add_object(launch)
        link = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Link"),
                NameObject("/Rect"): ArrayObject(
                    [NumberObject(0), NumberObject(0), NumberObject(50), NumberObject(50)]
                ),
                NameObject("/A"): DictionaryObject(
                    {
                        NameObject("/S"): NameObject("/JavaScript"),
                        NameObject("/JS"): TextStringObject("this.print()"),
                    }
                ),
            }
        )
        page[NameObject("/Annots")] = ArrayObject([writer._add_object(link)])
        writer.add_attachment("virus.exe", MARKER)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_pdf_with_active_content_gets_a_clean_working_copy(reg) -> None:  # type: ignore[no-untyped-def]
    incident = _incident(reg)
    active = _pdf(active=True)
    row = reg.evidence.intake(incident.id, "melding.pdf", active, EvidenceMeta())
    assert reg.evidence.content(row.id, "original") == active, "the original stays byte-exact"
    for needle in (b"/JavaScript", b"/Launch", b"/EmbeddedFile", b"calc"):
        assert needle in active
    working = reg.evidence.content(row.id, "working")
    for needle in (b"/JavaScript", b"/JS", b"/Launch", b"/EmbeddedFile", b"calc", MARKER):
        assert needle not in working, needle
    reader = PdfReader(io.BytesIO(working))
    assert len(reader.pages) == 1 and "/OpenAction" not in reader.trailer["/Root"]
    [link] = reader.pages[0]["/Annots"]
    assert "/A" not in link.get_object(), "the link stays, its script goes"
    plain = reg.evidence.intake(incident.id, "brief.pdf", _pdf(active=False), EvidenceMeta())
    assert set(_objects_of(reg, plain.id)) == {"original"}, "a PDF without active content is stored once"


def test_damaged_and_protected_pdfs_are_refused_and_leave_nothing(reg) -> None:  # type: ignore[no-untyped-def]
    incident = _incident(reg)
    protected = io.BytesIO()
    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    writer.encrypt("geheim", algorithm="AES-256")
    writer.write(protected)
    for data, reason in ((protected.getvalue(), "pdf_encrypted"), (_pdf(False)[:300], "damaged")):
        with pytest.raises(EvidenceRefused) as info:
            reg.evidence.intake(incident.id, "x.pdf", data, EvidenceMeta())
        assert info.value.reason == reason
    assert list(reg.store.folder.iterdir()) == []


def test_videos_are_kept_byte_exact_with_their_duration(reg, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    incident = _incident(reg)
    movie = mp4(42_500, os.urandom(3 * 1024 * 1024))  # four chunks
    path = tmp_path / "story.mp4"
    path.write_bytes(movie)
    row = reg.evidence.intake_file(incident.id, path, EvidenceMeta(platform="Instagram"))
    assert row.is_video and row.mime == "video/mp4" and row.duration_ms == 42_500
    assert row.sha256 == hashlib.sha256(movie).hexdigest()
    assert set(_objects_of(reg, row.id)) == {"original"}
    copy = tmp_path / "kopie.mp4"
    assert reg.evidence.save_to(row.id, copy) == row.sha256 and copy.read_bytes() == movie
    clip = reg.evidence.intake(incident.id, "clip.webm", webm(5000.0), EvidenceMeta())
    assert clip.mime == "video/webm" and clip.duration_ms == 5000
    mov = mp4(1000).replace(b"isom", b"qt  ", 1)
    assert reg.evidence.intake(incident.id, "a.mov", mov, EvidenceMeta()).mime == "video/quicktime"


def test_a_damaged_object_is_named_by_case_and_evidence(reg) -> None:  # type: ignore[no-untyped-def]
    incident = _incident(reg)
    row = reg.evidence.intake(incident.id, "bewijs.png", noise_png(), EvidenceMeta())
    original = _objects_of(reg, row.id)["original"]
    path = reg.store.path(original.name)
    reg.close()
    with path.open("r+b") as f:
        f.seek(HEADER.size + 5)
        byte = f.read(1)
        f.seek(HEADER.size + 5)
        f.write(bytes([byte[0] ^ 0xFF]))
    report = verify_register(path.parents[1], PASSPHRASE)
    assert not report.healthy
    [problem] = report.problems
    assert incident.case_number in problem and f"evidence {row.id}" in problem
    assert "bewijs.png" in problem and "original" in problem and "chunk 0" in problem


def test_removal_destroys_key_and_file(reg) -> None:  # type: ignore[no-untyped-def]
    incident = _incident(reg)
    row = reg.evidence.intake(incident.id, "weg.png", noise_png(), EvidenceMeta())
    names = [o.name for o in _objects_of(reg, row.id).values()]
    assert all(reg.store.path(n).exists() for n in names)
    removed = reg.evidence.remove(row.id, "verkeerde leerling")
    assert removed.removed_reason == "verkeerde leerling" and removed.sha256 == row.sha256
    assert _objects_of(reg, row.id) == {} and not any(reg.store.path(n).exists() for n in names)
    with pytest.raises(Exception):  # noqa: B017 - no file any more
        reg.evidence.content(row.id, "original")


@pytest.mark.slow
def test_after_a_purge_neither_object_file_nor_key_exists(tmp_path: Path) -> None:
    from datetime import UTC
    from datetime import datetime

    from udens_register.services.register import create_register

    folder = tmp_path / "R"
    create_register(folder, PASSPHRASE, "Zorgcoördinator", kdf_seconds=0.01)
    closed_at = datetime(2023, 6, 1, 12, 0, tzinfo=UTC)
    with open_register(folder, PASSPHRASE, clock=lambda: closed_at) as reg:
        incident = _incident(reg, date(2023, 5, 1))
        kept = _incident(reg, date(2023, 5, 1))
        row = reg.evidence.intake(incident.id, "oud.png", noise_png(), EvidenceMeta())
        stays = reg.evidence.intake(kept.id, "blijft.png", noise_png(), EvidenceMeta())
        keys = [bytes(o.key) for o in _objects_of(reg, row.id).values()]
        names = [o.name for o in _objects_of(reg, row.id).values()]
        reg.incidents.set_status(incident.id, Status.CLOSED, "Afgehandeld met gesprekken.")
    with open_register(folder, PASSPHRASE) as reg:
        assert reg.retention.purge([incident.id]).case_numbers == [incident.case_number]
        with UnitOfWork(reg.engine, read_only=True) as uow:
            all_keys = [bytes(k) for k in uow.session.scalars(select(EvidenceObject.key))]
            count = uow.session.scalar(select(func.count()).select_from(EvidenceObject))
        assert count == len(_objects_of(reg, stays.id)) == 2
        assert not set(keys) & set(all_keys)
        assert not any(reg.store.path(n).exists() for n in names)
        assert reg.evidence.content(stays.id, "original")
    assert verify_register(folder, PASSPHRASE).healthy


@pytest.mark.slow
def test_orphans_are_removed_by_repair_and_old_ones_at_open(reg) -> None:  # type: ignore[no-untyped-def]
    folder = reg.location.folder
    incident = _incident(reg)
    reg.evidence.intake(incident.id, "echt.png", noise_png(), EvidenceMeta())
    reg.close()
    store = ObjectStore(folder)
    young = store.write_bytes(MARKER)
    old = store.write_bytes(MARKER)
    long_ago = time.time() - 3600
    os.utime(store.path(old.name), (long_ago, long_ago))
    (store.folder / ".tmp-half").write_bytes(b"x")
    os.utime(store.folder / ".tmp-half", (long_ago, long_ago))
    with open_register(folder, PASSPHRASE):
        pass
    assert not store.path(old.name).exists(), "an old orphan is removed at open"
    assert store.path(young.name).exists(), "a young one may belong to a write under way elsewhere"
    assert not (store.folder / ".tmp-half").exists()
    report = verify_register(folder, PASSPHRASE)
    assert not report.healthy and young.name in report.problems[0]
    repaired = verify_register(folder, PASSPHRASE, repair=True)
    assert repaired.repaired == [young.name] and repaired.healthy
    assert verify_register(folder, PASSPHRASE).healthy
