"""Limits before work for pictures: a decompression bomb is refused before a pixel is decoded,
and the working copy is bounded whatever the original's size."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from udens_register.services.evidence_files import MAX_PIXELS
from udens_register.services.evidence_files import PLAIN_EDGE
from udens_register.services.evidence_files import WORKING_EDGE
from udens_register.services.evidence_files import EvidenceRefused
from udens_register.services.evidence_files import derivatives


def _png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("L", (width, height), 200).save(out, "PNG")
    return out.getvalue()


def test_a_tiny_file_of_too_many_pixels_is_refused() -> None:
    bomb = _png(8900, 8900)  # 79 megapixels in a few hundred kilobytes
    assert len(bomb) < 1_000_000
    with pytest.raises(EvidenceRefused) as caught:
        derivatives("png", io.BytesIO(bomb))
    assert caught.value.reason == "pixels"


def test_the_working_copy_is_bounded() -> None:
    width = int((MAX_PIXELS * 0.9) ** 0.5)
    working, thumbnail = derivatives("png", io.BytesIO(_png(width, width)))
    assert working is not None, "a picture larger than the working size gets its own working copy"
    with Image.open(io.BytesIO(working)) as img:
        assert max(img.size) == WORKING_EDGE
    assert thumbnail is not None


@pytest.mark.parametrize(("size", "own"), [((1170, 2532), True), ((1290, 2796), True), ((1440, 3088), False)])
def test_a_plain_phone_screenshot_is_its_own_working_copy(size: tuple[int, int], own: bool) -> None:
    """Up to a long edge of about 2,400 (2,800) a plain screenshot is stored once; beyond, a copy at 2,400."""
    working, _ = derivatives("png", io.BytesIO(_png(*size)))
    assert (working is None) is own and (max(size) <= PLAIN_EDGE) is own
    if working is not None:
        with Image.open(io.BytesIO(working)) as img:
            assert max(img.size) == WORKING_EDGE
