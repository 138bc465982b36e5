"""A PDF written picture by picture: memory stays bounded whatever the number of screenshots.

reportlab lays the pages out in memory, so the document it makes holds a one-pixel stand-in for
each evidence picture (the *skeleton*: text and layout only, a few hundred kilobytes). Writing the
file copies the skeleton with pyHanko and puts each picture in its stand-in's place as that object
is written: the picture is read from its encrypted stream, encoded, encrypted with the PDF's own
key when the file is protected, written, and let go before the next one. Only one picture is ever
decoded at a time; the PDF as a whole exists only in the file it is written to.

The preview in the app is the same document with each picture at screen size (JPEG), so it can be
held in memory; the saved file has every picture at its working size, lossless (a JPEG working
copy goes in byte for byte, and so does a plain PNG's compressed data, with the PNG predictors).
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Iterator
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from typing import BinaryIO
from typing import cast

from PIL import Image
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import copy_into_new_writer
from reportlab.lib.utils import ImageReader

from udens_register.services.dto import Picture

READ_BUFFER = 1 << 20
PREVIEW_EDGE = 1200  # long edge of a picture in the preview (px): sharp on a laptop screen
PREVIEW_QUALITY = 80
STAND_IN_MARK = 0x5A  # the blue value of every stand-in pixel; red and green hold its number
MAX_PICTURES = 1 << 16
BAND_ROWS = 256


def stand_in(index: int) -> ImageReader:
    """The one-pixel image drawn where picture ``index`` goes; its colour says which one it is."""
    if not 0 <= index < MAX_PICTURES:
        raise ValueError("too many pictures in one document")
    pixel = Image.new("RGB", (1, 1), (index >> 8, index & 0xFF, STAND_IN_MARK))
    return ImageReader(pixel)


def _stand_in_index(obj: generic.PdfObject) -> int | None:
    """The picture number of a stand-in image object, or ``None`` for any other object."""
    if not isinstance(obj, generic.StreamObject):
        return None
    if obj.get("/Subtype") != "/Image" or obj.get("/Width") != 1 or obj.get("/Height") != 1:
        return None
    try:
        data = obj.data
    except Exception:  # noqa: BLE001 - a stream pyHanko cannot decode is not one of ours
        return None
    if len(data) != 3 or data[2] != STAND_IN_MARK:
        return None
    return (data[0] << 8) | data[1]


@dataclass(frozen=True)
class _Shape:
    width: int
    height: int
    gray: bool
    passthrough: str  # "jpeg" or "png": a working copy whose own data goes in as it is; else ""


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _png_passes_through(stream: BinaryIO) -> bool:
    """Whether the PNG's compressed data is what a PDF image takes as it is (Flate with the PNG
    predictors): 8 bits, gray or RGB, not interlaced, no palette and no transparency. Its pixels
    then never need decoding or compressing again."""
    stream.seek(0)
    if stream.read(8) != PNG_SIGNATURE:
        return False
    ihdr = stream.read(25)
    if len(ihdr) != 25 or ihdr[4:8] != b"IHDR":
        return False
    depth, colour, _compression, _filter, interlace = ihdr[16], ihdr[17], ihdr[18], ihdr[19], ihdr[20]
    if depth != 8 or colour not in (0, 2) or interlace != 0:
        return False
    for kind, _data in _png_chunks(stream, want=b"tRNS"):
        if kind == b"tRNS":
            return False
    return True


def _png_chunks(stream: BinaryIO, want: bytes) -> Iterator[tuple[bytes, bytes]]:
    """The PNG's chunks after its header, as (kind, data); only ``want`` chunks' data is read."""
    stream.seek(8)
    while True:
        head = stream.read(8)
        if len(head) < 8:
            return
        length, kind = struct.unpack(">I4s", head)
        if kind == want:
            data = stream.read(length)
            stream.seek(4, io.SEEK_CUR)
        else:
            data = b""
            stream.seek(length + 4, io.SEEK_CUR)
        yield kind, data
        if kind == b"IEND":
            return


def _shape(picture: Picture, preview: bool) -> _Shape:
    with picture.open() as raw, io.BufferedReader(raw, READ_BUFFER) as stream:
        with Image.open(stream) as img:
            width, height = img.size
            gray = img.mode in ("L", "1", "LA", "I", "I;16", "F")
            fmt, mode = img.format, img.mode
        passthrough = ""
        if not preview and fmt == "JPEG" and mode in ("RGB", "L"):
            passthrough = "jpeg"
        elif not preview and fmt == "PNG" and _png_passes_through(cast(BinaryIO, stream)):
            passthrough = "png"
    if preview:
        width, height = _preview_size(width, height)
    return _Shape(width, height, gray, passthrough)


def _preview_size(width: int, height: int) -> tuple[int, int]:
    scale = min(1.0, PREVIEW_EDGE / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))


def _flattened(img: Image.Image, gray: bool) -> Image.Image:
    """The picture as gray or RGB pixels, any transparency laid on white paper."""
    if img.mode == "P":
        img = img.convert("RGBA")
    if img.mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        paper = Image.new("RGB", img.size, (255, 255, 255))
        paper.paste(img.convert("RGBA"), mask=img.convert("RGBA").getchannel("A"))
        img = paper
    return img.convert("L" if gray else "RGB")


class PictureStream(generic.StreamObject):
    """An image XObject whose data is read, encoded and handed to the writer only when written."""

    def __init__(self, picture: Picture, shape: _Shape, preview: bool) -> None:
        jpeg = preview or shape.passthrough == "jpeg"
        name, number = generic.NameObject, cast(Any, generic.NumberObject)
        entries = {
            name("/Type"): name("/XObject"),
            name("/Subtype"): name("/Image"),
            name("/Width"): number(shape.width),
            name("/Height"): number(shape.height),
            name("/ColorSpace"): name("/DeviceGray" if shape.gray else "/DeviceRGB"),
            name("/BitsPerComponent"): number(8),
            name("/Filter"): name("/DCTDecode" if jpeg else "/FlateDecode"),
        }
        if shape.passthrough == "png":  # the PNG's own rows, each with its filter byte
            entries[name("/DecodeParms")] = cast(Any, generic.DictionaryObject)(
                {
                    name("/Predictor"): number(15),
                    name("/Colors"): number(1 if shape.gray else 3),
                    name("/BitsPerComponent"): number(8),
                    name("/Columns"): number(shape.width),
                }
            )
        super().__init__(entries)
        self._picture = picture
        self._shape = shape
        self._preview = preview

    @property
    def encoded_data(self) -> bytes:
        """This one picture's image data, made now and not kept (the writer asks once)."""
        shape = self._shape
        with (
            self._picture.open() as raw,
            io.BufferedReader(raw, READ_BUFFER) as stream,
        ):
            if shape.passthrough == "jpeg":
                return stream.read()
            if shape.passthrough == "png":  # its IDAT chunks, joined: one zlib stream
                return b"".join(data for kind, data in _png_chunks(cast(BinaryIO, stream), b"IDAT") if data)
            with Image.open(stream) as img:
                pixels = _flattened(img, shape.gray)
        if self._preview:
            pixels = pixels.resize((shape.width, shape.height), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            pixels.save(out, "JPEG", quality=PREVIEW_QUALITY)
            return out.getvalue()
        # Compressed in bands of rows: the raw pixels are never all in one bytes object.
        packer = zlib.compressobj(6)
        parts = []
        for top in range(0, shape.height, BAND_ROWS):
            band = pixels.crop((0, top, shape.width, min(shape.height, top + BAND_ROWS)))
            parts.append(packer.compress(band.tobytes()))
        parts.append(packer.flush())
        return b"".join(parts)

    @property
    def data(self) -> bytes:
        raise NotImplementedError("a picture stream is only written, never read back")


@dataclass(frozen=True)
class PdfDocument:
    """A PDF ready to be written: its ``skeleton`` (reportlab's output with stand-ins) and the
    pictures that go in their places, numbered as the stand-ins are."""

    skeleton: bytes
    pictures: Sequence[Picture] = ()

    def write(self, out: BinaryIO, *, password: str = "", preview: bool = False) -> None:
        """Write the PDF to ``out``, encrypted with AES-256 (PDF 2.0) when ``password`` is given."""
        if not self.pictures and not password:
            out.write(self.skeleton)
            return
        writer = copy_into_new_writer(PdfFileReader(io.BytesIO(self.skeleton), strict=False))
        for key, obj in list(writer.objects.items()):
            index = _stand_in_index(obj)
            if index is not None and index < len(self.pictures):
                picture = self.pictures[index]
                writer.objects[key] = PictureStream(picture, _shape(picture, preview), preview)
        if password:
            # The user password is the owner password too. No ISO 32004 MAC: pyHanko makes it over
            # the whole file held in memory, and the register's signature covers every byte anyway.
            writer.encrypt(password, pdf_mac=False)  # type: ignore[no-untyped-call]
        writer.write(out)  # type: ignore[no-untyped-call]

    def to_bytes(self, *, password: str = "", preview: bool = False) -> bytes:
        """The whole PDF in memory: for the preview (``preview=True``) and for tests."""
        out = io.BytesIO()
        self.write(out, password=password, preview=preview)
        return out.getvalue()
