"""A case file is written picture by picture: the laid-out document holds one-pixel stand-ins, each
picture goes into the file as it is written, so memory does not grow with the number of
screenshots; the saved file has every picture whole (a PNG's pixels exactly, a JPEG working copy
byte for byte), the preview has them at screen size, and a protected file is encrypted and signed
in place."""

from __future__ import annotations

import hashlib
import io
import os
import tracemalloc
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from udens_register.domain.enums import Category
from udens_register.domain.model import IncidentDraft
from udens_register.paths import resources_dir
from udens_register.reporting.case_pdf import CaseFileRenderer
from udens_register.reporting.issue import issue_pdf
from udens_register.reporting.issue import verify_issued
from udens_register.services.dto import EvidenceMeta

FONTS = resources_dir() / "fonts"
WIDTH, HEIGHT = 1170, 2532
BAND = 600  # rows of noise: each screenshot about 2.1 MB, incompressible


def _screenshot(alpha: bool = False) -> bytes:
    mode = "RGBA" if alpha else "RGB"
    img = Image.new(mode, (WIDTH, HEIGHT), (240, 240, 245, 0) if alpha else (240, 240, 245))
    noise = Image.frombytes("RGB", (WIDTH, BAND), os.urandom(WIDTH * BAND * 3)).convert(mode)
    img.paste(noise, (0, HEIGHT // 3))
    out = io.BytesIO()
    img.save(out, "PNG", compress_level=1)
    return out.getvalue()


def _photo() -> bytes:
    img = Image.frombytes("RGB", (300, 200), os.urandom(300 * 200 * 3)).resize((1500, 1000))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85)
    return out.getvalue()


def _case(reg, files: list[tuple[str, bytes]]) -> int:  # type: ignore[no-untyped-def]
    incident = reg.incidents.create(
        IncidentDraft(title="Schermafbeeldingen", category=Category.OTHER, reported_at=date(2026, 3, 2))
    )
    for name, data in files:
        reg.evidence.intake(incident.id, name, data, EvidenceMeta(platform="Instagram"))
    return int(incident.id)


def _images(pdf: bytes, password: str = "") -> list[object]:
    reader = PdfReader(io.BytesIO(pdf))
    if password:
        reader.decrypt(password)
    found = []
    for page in reader.pages:
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources is not None else None
        for ref in (xobjects.get_object() if xobjects is not None else {}).values():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image" and int(obj["/Width"]) > 1:
                found.append(obj)
    return found


def test_the_layout_holds_stand_ins_and_the_file_every_picture_whole(reg) -> None:  # type: ignore[no-untyped-def]
    shot, photo = _screenshot(), _photo()
    incident_id = _case(reg, [("scherm.png", shot), ("foto.jpg", photo)])
    document = CaseFileRenderer(FONTS, "nl").document(reg.casefiles.case_file(incident_id, "directie"))
    assert len(document.pictures) == 2
    assert len(document.skeleton) < 300_000, "the laid-out pages hold no picture"
    pdf = document.to_bytes()
    images = {int(o["/Width"]): o for o in _images(pdf)}
    assert sorted(images) == sorted([1500, WIDTH])
    png = images[WIDTH]
    assert png["/Filter"] == "/FlateDecode"
    assert png.get_data() == Image.open(io.BytesIO(shot)).convert("RGB").tobytes(), "lossless"
    rows = {r.filename: r for r in reg.evidence.list(incident_id)}
    with reg.evidence.open_content(rows["foto.jpg"].id, "working") as reader:
        working = reader.read()
    jpeg = images[1500]
    assert jpeg["/Filter"] == "/DCTDecode" and jpeg._data == working, "a JPEG goes in as it is"


@pytest.mark.slow
def test_memory_does_not_grow_with_the_number_of_screenshots(reg, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    few = _case(reg, [(f"s{i}.png", _screenshot()) for i in range(3)])
    many = _case(reg, [(f"s{i}.png", _screenshot()) for i in range(15)])
    renderer = CaseFileRenderer(FONTS, "nl")
    peaks = {}
    for label, incident_id in (("few", few), ("many", many)):
        document = renderer.document(reg.casefiles.case_file(incident_id, "directie"))
        tracemalloc.start()
        issue_pdf(reg.disclosures, document, tmp_path / f"{label}.pdf", password="wachtwoord-2026")
        peaks[label] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    size = (tmp_path / "many.pdf").stat().st_size
    assert size > 15 * 2_000_000, "the fifteen screenshots are in the file"
    assert peaks["many"] < peaks["few"] + 8_000_000, f"memory grew with the pictures: {peaks}"
    assert peaks["many"] < size / 2, f"more than a picture at a time was held: {peaks}, {size}"


def test_the_preview_has_the_pictures_at_screen_size_on_the_same_pages(reg) -> None:  # type: ignore[no-untyped-def]
    incident_id = _case(reg, [(f"s{i}.png", _screenshot()) for i in range(3)])
    document = CaseFileRenderer(FONTS, "nl").document(reg.casefiles.case_file(incident_id, "directie"))
    full, preview = document.to_bytes(), document.to_bytes(preview=True)
    assert len(PdfReader(io.BytesIO(preview)).pages) == len(PdfReader(io.BytesIO(full)).pages)
    sizes = [(int(o["/Width"]), int(o["/Height"])) for o in _images(preview)]
    assert len(sizes) == 3 and all(max(w, h) <= 1200 for w, h in sizes), sizes
    assert len(preview) < len(full) / 3


def test_a_protected_file_is_encrypted_signed_and_its_digest_logged(reg, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    incident_id = _case(reg, [("scherm.png", _screenshot()), ("foto.jpg", _photo())])
    document = CaseFileRenderer(FONTS, "nl").document(reg.casefiles.case_file(incident_id, "directie"))
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "dossier.pdf"
    digest = issue_pdf(reg.disclosures, document, target, password="wachtwoord-2026")
    data = target.read_bytes()
    assert digest == hashlib.sha256(data).hexdigest()
    assert [p.name for p in folder.iterdir()] == ["dossier.pdf"], "no temporary file left"
    assert PdfReader(io.BytesIO(data)).is_encrypted
    assert sorted(int(o["/Width"]) for o in _images(data, "wachtwoord-2026")) == sorted([1500, WIDTH])
    reg.disclosures.record_digest(["x"], "directie", "afdelingsdirecteur", digest, True)
    check = verify_issued(reg.disclosures, data, password="wachtwoord-2026")
    assert check.problem is None and check.disclosure is not None
    with target.open("rb") as file:  # the check reads the file in pieces too
        again = verify_issued(reg.disclosures, file, password="wachtwoord-2026")
    assert again.problem is None and again.sha256 == digest


def test_transparency_is_laid_on_white_paper(reg) -> None:  # type: ignore[no-untyped-def]
    incident_id = _case(reg, [("scherm.png", _screenshot(alpha=True))])
    document = CaseFileRenderer(FONTS, "nl").document(reg.casefiles.case_file(incident_id, "directie"))
    (image,) = _images(document.to_bytes())
    pixels = Image.frombytes("RGB", (WIDTH, HEIGHT), image.get_data())  # type: ignore[attr-defined]
    assert pixels.getpixel((5, 5)) == (255, 255, 255), "the transparent top is white, not black"


def test_what_a_killed_export_left_beside_the_target_goes_with_the_next(reg, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    incident_id = _case(reg, [("scherm.png", _screenshot())])
    document = CaseFileRenderer(FONTS, "nl").document(reg.casefiles.case_file(incident_id, "directie"))
    folder = tmp_path / "stick"
    folder.mkdir()
    (folder / ".dossier.pdf.0badc0de.tmp").write_bytes(b"%PDF- half a file with names in it")
    (folder / ".ander.pdf.0badc0de.tmp").write_bytes(b"not ours to remove")
    issue_pdf(reg.disclosures, document, folder / "dossier.pdf")
    assert sorted(p.name for p in folder.iterdir()) == [".ander.pdf.0badc0de.tmp", "dossier.pdf"]


@pytest.mark.slow
def test_a_pipe_or_a_file_that_is_no_pdf_is_answered_at_once(reg, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.integration.test_cli import run

    fifo = tmp_path / "fifo.pdf"
    os.mkfifo(fifo)
    large = tmp_path / "groot.pdf"
    with large.open("wb") as f:  # a header and then 200 MB of nothing: no PDF (sparse, no disk)
        f.write(b"%PDF-1.7\n")
        f.truncate(200 << 20)
    with large.open("rb") as f:
        assert verify_issued(reg.disclosures, f).problem == "unreadable"
    result = run("--data-dir", str(tmp_path / "R"), "verify-pdf", str(fifo))
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1, result.stderr


@pytest.mark.slow
def test_a_plain_png_goes_in_as_its_own_data_and_other_pngs_are_decoded(reg) -> None:  # type: ignore[no-untyped-def]
    """A plain PNG's compressed rows are what a PDF image takes (Flate with the PNG predictors):
    no decoding, no compressing again. A PNG with an alpha channel or a palette is decoded,
    still lossless."""
    plain = _screenshot()
    img = Image.open(io.BytesIO(plain))
    with_alpha = io.BytesIO()
    img.convert("RGBA").save(with_alpha, "PNG")
    palette = io.BytesIO()
    img.convert("P", palette=Image.Palette.ADAPTIVE, colors=64).save(palette, "PNG")
    files = [("plain.png", plain), ("alpha.png", with_alpha.getvalue()), ("pal.png", palette.getvalue())]
    incident_id = _case(reg, files)
    document = CaseFileRenderer(FONTS, "nl").document(reg.casefiles.case_file(incident_id, "directie"))
    images = _images(document.to_bytes())
    passed = [o for o in images if o.get("/DecodeParms")]
    decoded = [o for o in images if not o.get("/DecodeParms")]
    assert len(passed) == 1 and len(decoded) == 2
    assert passed[0]["/DecodeParms"]["/Predictor"] == 15
    pixels = img.convert("RGB").tobytes()
    assert passed[0].get_data() == pixels, "the same pixels"
    expected = {pixels, Image.open(palette).convert("RGB").tobytes()}
    assert {o.get_data() for o in decoded} == expected
