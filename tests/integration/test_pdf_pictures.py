"""A case file embeds each picture's working copy (long edge about 2,400 px), read from the object
store as its page is drawn, not the 320 px thumbnail; the inzage version embeds none."""

from __future__ import annotations

import io
import os
from datetime import date

from PIL import Image
from pypdf import PdfReader

from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import PersonDraft
from udens_register.paths import resources_dir
from udens_register.reporting.case_pdf import CaseFileRenderer
from udens_register.services.dto import EvidenceMeta

FONTS = resources_dir() / "fonts"


def _screenshot(width: int, height: int) -> bytes:
    """A phone screenshot with a band of noise (incompressible, as in real ones)."""
    img = Image.new("RGB", (width, height), (240, 240, 245))
    img.paste(Image.frombytes("RGB", (width, 200), os.urandom(width * 200 * 3)), (0, height // 3))
    out = io.BytesIO()
    img.save(out, "PNG", compress_level=1)
    return out.getvalue()


def _photo() -> bytes:
    """A 3,600 x 2,000 camera photo with EXIF: its working copy is re-encoded at 2,400 px."""
    img = Image.frombytes("RGB", (360, 200), os.urandom(360 * 200 * 3)).resize((3600, 2000))
    exif = Image.Exif()
    exif[0x010F] = "Camera maker"
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85, exif=exif.tobytes())
    return out.getvalue()


def _images(pdf: bytes) -> list[tuple[int, int]]:
    sizes = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources is not None else None
        for ref in (xobjects.get_object() if xobjects is not None else {}).values():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                sizes.append((int(obj["/Width"]), int(obj["/Height"])))
    return sizes


def _case(reg):  # type: ignore[no-untyped-def]
    pupil = reg.persons.create(PersonDraft(PersonKind.PUPIL, "Sanne", "Bakker", class_name="2H1"))
    incident = reg.incidents.create(
        IncidentDraft(
            title="Scheldpartij in de groepsapp", category=Category.OTHER, reported_at=date(2026, 3, 2)
        ),
        [(pupil.id, (Role.VICTIM,))],
    )
    reg.evidence.intake(incident.id, "scherm.png", _screenshot(1170, 2532), EvidenceMeta(platform="WhatsApp"))
    reg.evidence.intake(incident.id, "foto.jpg", _photo(), EvidenceMeta(platform="Instagram"))
    return incident, pupil


def test_the_case_file_embeds_working_copies_not_thumbnails(reg) -> None:  # type: ignore[no-untyped-def]
    incident, _ = _case(reg)
    bundle = reg.casefiles.case_file(incident.id, "directie")
    evidence = bundle.files[0].evidence
    assert all(e.picture is not None and e.thumbnail is None for e in evidence), "no bytes in the story"
    pdf = CaseFileRenderer(FONTS, "nl").render(bundle)
    assert sorted(_images(pdf)) == [(1170, 2532), (2400, 1333)], "the screenshot as it is, the photo at 2,400"
    assert b"Camera maker" not in pdf


def test_the_inzage_version_embeds_no_pictures(reg) -> None:  # type: ignore[no-untyped-def]
    incident, pupil = _case(reg)
    pdf = CaseFileRenderer(FONTS, "nl").render(
        reg.casefiles.case_file(incident.id, "inzage", person_id=pupil.id)
    )
    assert _images(pdf) == []


def test_a_missing_object_leaves_its_picture_out_and_the_rest_in(reg) -> None:  # type: ignore[no-untyped-def]
    incident, _ = _case(reg)
    bundle = reg.casefiles.case_file(incident.id, "politie")
    rows = reg.evidence.list(incident.id)
    with reg.evidence.open_content(rows[0].id, "working") as reader:
        name = reader.obj.name
    reg.store.path(name).unlink()
    pdf = CaseFileRenderer(FONTS, "nl").render(bundle)
    assert _images(pdf) == [(2400, 1333)]
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "scherm.png" in text and rows[0].sha256 in text.replace("\n", "")
