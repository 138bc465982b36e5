"""Evidence pictures in a PDF at their working size (long edge about 2,400 px: 200 dpi or more on
the page).

The story holds no picture bytes: a picture's size is read from its header when the story is
made, and the page gets a one-pixel stand-in of that size; the pixels go in when the file is
written (:mod:`udens_register.reporting.pdf_document`), one picture at a time.
"""

from __future__ import annotations

import io
from typing import Any

from PIL import Image
from PIL import UnidentifiedImageError
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from udens_register.domain.errors import RegisterDamaged
from udens_register.reporting.pdf_document import stand_in
from udens_register.services.dto import Picture

PICTURE_MAX_HEIGHT = 170 * mm
PICTURE_MIN_HEIGHT = 90 * mm  # shrunk to the rest of a page down to this, else on the next page
READ_BUFFER = 1 << 20


class EvidencePicture(Flowable):  # type: ignore[misc] # reportlab has no type hints
    """One picture, scaled to fit ``max_width`` x ``max_height`` with its pixels kept as they are."""

    def __init__(self, index: int, pixels: tuple[int, int], max_width: float, max_height: float) -> None:
        super().__init__()
        self.index = index  # its place in the document's pictures
        self.pixels = pixels
        w, h = pixels
        self._scale = min(max_width / w, max_height / h)
        self.width, self.height = w * self._scale, h * self._scale

    @classmethod
    def of(
        cls, picture: Picture, pictures: list[Picture], max_width: float, max_height: float
    ) -> EvidencePicture | None:
        """The flowable of ``picture``, added to ``pictures``; ``None`` when its header cannot be
        read (the case file then lists the evidence without its picture; ``verify`` names the
        damaged object)."""
        try:
            with (
                picture.open() as raw,
                io.BufferedReader(raw, READ_BUFFER) as stream,
                Image.open(stream) as img,
            ):
                pixels = img.size
        except (OSError, ValueError, UnidentifiedImageError, RegisterDamaged):
            return None
        pictures.append(picture)
        return cls(len(pictures) - 1, pixels, max_width, max_height)

    def wrap(self, _avail_width: float, avail_height: float) -> tuple[float, float]:
        w, h = self.pixels
        scale = self._scale
        if h * scale > avail_height >= PICTURE_MIN_HEIGHT:
            scale = avail_height / h
        self.width, self.height = w * scale, h * scale
        return self.width, self.height

    def draw(self) -> None:
        image: Any = stand_in(self.index)
        self.canv.drawImage(image, 0, 0, self.width, self.height)
