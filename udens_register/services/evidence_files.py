"""What an evidence file is, read as a stream: its kind, a working copy and thumbnail for a
picture, the active content of a PDF, the duration of a video.

Everything here reads seekable binary streams (the encrypted object's reader), so a file is
never held whole in memory except the one picture being decoded for its working copy.
"""

from __future__ import annotations

import io
import re
import struct
import warnings
from collections.abc import Iterator
from typing import IO
from typing import Any
from typing import BinaryIO

from PIL import Image
from PIL import ImageOps
from PIL import UnidentifiedImageError

from udens_register.domain.errors import ValidationError

THUMB_PX = 320
# Decoding stays well under 300 MB: at most two RGBA copies of 16 megapixels (a phone screenshot
# is about 3). A larger picture is refused before a pixel is decoded; JPEG photos are decoded
# straight at working size.
MAX_PIXELS = 16_000_000
WORKING_EDGE = 2400  # long edge of the working copy: enough for an A4 page at 200 dpi
# A plain picture up to this long edge is its own working copy ("about 2,400 px"): every phone's
# screenshot up to 1290 x 2796 is then stored once, instead of twice for a 5 % smaller copy.
PLAIN_EDGE = 2800
MIME = {
    "png": "image/png",
    "jpeg": "image/jpeg",
    "pdf": "application/pdf",
    "mp4": "video/mp4",
    "mov": "video/quicktime",
    "webm": "video/webm",
}
IMAGES = ("png", "jpeg")
VIDEOS = ("mp4", "mov", "webm")
HEAD_BYTES = 64


class EvidenceRefused(ValidationError):
    """A file that cannot be kept; ``reason`` is a code the UI turns into words."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__("file", detail or reason)
        self.reason = reason


def sniff(head: bytes) -> str | None:
    """The kind of a file from its first bytes (``png``, ``jpeg``, ``pdf``, ``mp4``, ``mov``,
    ``webm``); ``None`` for anything else."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if head[4:8] == b"ftyp":
        return "mov" if head[8:12] == b"qt  " else "mp4"
    if head[4:8] in (b"moov", b"mdat", b"wide", b"free", b"skip") and len(head) >= 8:
        return "mov"  # an older QuickTime file without ftyp
    if head.startswith(b"\x1a\x45\xdf\xa3") and b"webm" in head[:HEAD_BYTES]:
        return "webm"
    return None


# -- pictures ----------------------------------------------------------------------------

# PNG chunks that carry pixels or how to show them; anything else (tEXt, iTXt, zTXt, eXIf,
# tIME, iCCP, a camera maker's own) may carry metadata and means the picture is re-encoded.
_PNG_PLAIN = {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"sBIT", b"pHYs"}
# In a JPEG a 0xFF byte in the entropy-coded data is always followed by 0x00 or a restart
# marker, so FF E1..EF (APP1-15: EXIF, XMP, ICC, Adobe) or FF FE (comment) is a marker.
# A false hit in a table only costs a re-encode.
_JPEG_META = re.compile(rb"\xff[\xe1-\xef\xfe]")


def _png_is_plain(stream: BinaryIO) -> bool:
    stream.seek(8)
    while True:
        head = stream.read(8)
        if len(head) < 8:
            return False
        length, kind = struct.unpack(">I4s", head)
        if kind not in _PNG_PLAIN:
            return False
        if kind == b"IEND":
            stream.seek(length + 4, io.SEEK_CUR)
            return not stream.read(1)  # nothing hidden after the end
        stream.seek(length + 4, io.SEEK_CUR)


def _jpeg_is_plain(stream: BinaryIO) -> bool:
    stream.seek(0)
    tail = b""
    while block := stream.read(1024 * 1024):
        if _JPEG_META.search(tail + block):
            return False
        tail = (tail + block)[-2:]
    return tail == b"\xff\xd9"  # ends with its end marker: nothing hidden after it


def is_plain(kind: str, stream: BinaryIO) -> bool:
    """Whether a picture carries nothing but pixels (then it is its own working copy)."""
    try:
        return _png_is_plain(stream) if kind == "png" else _jpeg_is_plain(stream)
    finally:
        stream.seek(0)


def derivatives(kind: str, stream: BinaryIO) -> tuple[bytes | None, bytes]:
    """(working copy, thumbnail) of a PNG or JPEG read from ``stream``.

    The working copy is ``None`` when the original is already one: no metadata, upright, long
    edge at most 2,800 pixels (so a phone's screenshot is stored once). Otherwise it is
    re-encoded by Pillow from the raw pixels at a long edge of at most 2,400, which carries no
    EXIF, XMP, text chunks or ICC data.

    Raises:
        EvidenceRefused: ``pixels`` (more than 16 megapixels, before decoding) or ``damaged``.
    """
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    plain = is_plain(kind, stream)
    working: bytes | None = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(stream) as img:
                full = img.size
                if kind == "jpeg":
                    img.draft("RGB", (WORKING_EDGE, WORKING_EDGE))
                img.load()
                turned = img.getexif().get(0x0112, 1) != 1
                # Turn only what is turned: exif_transpose copies the whole picture even when upright.
                upright = ImageOps.exif_transpose(img) if turned else img
                if upright.mode not in ("RGB", "RGBA", "L"):
                    upright = upright.convert("RGBA" if kind == "png" else "RGB")
                if not plain or turned or max(full) > PLAIN_EDGE:
                    upright.thumbnail((WORKING_EDGE, WORKING_EDGE))
                    # Raw pixels only: a new image carries none of the original's info.
                    upright = Image.frombytes(upright.mode, upright.size, upright.tobytes())
                    working = _encode(upright, kind)
                upright.thumbnail((THUMB_PX, THUMB_PX))  # in place: the decoded picture is not needed after
                small = Image.frombytes(upright.mode, upright.size, upright.tobytes())
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise EvidenceRefused("pixels", str(type(exc).__name__)) from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, struct.error) as exc:
        raise EvidenceRefused("damaged", str(type(exc).__name__)) from exc
    tout = io.BytesIO()
    small.convert("RGB").save(tout, "JPEG", quality=80)
    return working, tout.getvalue()


def _encode(image: Image.Image, kind: str) -> bytes:
    out = io.BytesIO()
    if kind == "jpeg":
        image.convert("RGB").save(out, "JPEG", quality=92)
    else:
        image.save(out, "PNG", optimize=False)
    return out.getvalue()


# -- PDFs --------------------------------------------------------------------------------

_BAD_ACTIONS = {
    "/JavaScript",
    "/Launch",
    "/SubmitForm",
    "/ImportData",
    "/GoToE",
    "/Rendition",
    "/RichMediaExecute",
}
_BAD_ANNOTS = {"/FileAttachment", "/RichMedia", "/Screen", "/Movie", "/Sound", "/3D"}
_BAD_KEYS = ("/JS", "/JavaScript", "/EmbeddedFiles", "/EmbeddedFile", "/XFA", "/OpenAction", "/AA")


def _is_bad_action(value: Any) -> bool:
    from pypdf.generic import DictionaryObject  # noqa: PLC0415 - pypdf loads on the first PDF

    action = value.get_object() if value is not None else None
    return isinstance(action, DictionaryObject) and str(action.get("/S", "")) in _BAD_ACTIONS


def _walk(root: Any) -> Iterator[Any]:
    """Every dictionary reachable from ``root`` once (indirect references followed)."""
    from pypdf.generic import ArrayObject  # noqa: PLC0415
    from pypdf.generic import DictionaryObject  # noqa: PLC0415
    from pypdf.generic import IndirectObject  # noqa: PLC0415

    seen: set[int] = set()
    todo = [root]
    while todo:
        item = todo.pop()
        if isinstance(item, IndirectObject):
            key = hash((item.idnum, item.generation))
            if key in seen:
                continue
            seen.add(key)
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            yield item
            todo.extend(item.values())
        elif isinstance(item, ArrayObject):
            todo.extend(item)


def _clean(root: Any) -> bool:
    """Take JavaScript, launch and other actions, embedded files and media out; whether any was."""
    from pypdf.generic import ArrayObject  # noqa: PLC0415

    found = False
    for node in _walk(root):
        for key in _BAD_KEYS:
            if key in node:
                del node[key]
                found = True
        if "/A" in node and _is_bad_action(node["/A"]):
            del node["/A"]
            found = True
        if "/Next" in node and _is_bad_action(node["/Next"]):
            del node["/Next"]
            found = True
        annots = node.get("/Annots")
        if annots is not None and isinstance(annots.get_object(), ArrayObject):
            items = annots.get_object()
            kept = [a for a in items if str(a.get_object().get("/Subtype", "")) not in _BAD_ANNOTS]
            if len(kept) != len(items):
                node["/Annots"] = ArrayObject(kept)
                found = True
    return found


def pdf_working_copy(stream: BinaryIO, out: IO[bytes] | io.RawIOBase) -> bool:
    """Check a PDF; write a copy without active content to ``out`` when it has any.

    Returns:
        Whether a cleaned copy was written (``False``: the original is safe to show as it is).

    Raises:
        EvidenceRefused: ``damaged`` (pypdf cannot read it) or ``pdf_encrypted``.
    """
    from pypdf import PdfReader  # noqa: PLC0415
    from pypdf import PdfWriter  # noqa: PLC0415
    from pypdf.errors import PyPdfError  # noqa: PLC0415

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(stream, strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise EvidenceRefused("pdf_encrypted")
            if len(reader.pages) == 0:
                raise EvidenceRefused("damaged", "no pages")
            for page in reader.pages:
                page.get_contents()
            # Cleaned in the reader, then cloned: a clone takes only what the catalogue still
            # reaches, so the scripts and files cut loose are not written as orphans.
            if not _clean(reader.trailer["/Root"]):
                return False
            writer = PdfWriter(clone_from=reader)
            writer.write(out)  # type: ignore[arg-type] # a RawIOBase is a binary file
            return True
    except EvidenceRefused:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError) as exc:
        raise EvidenceRefused("damaged", type(exc).__name__) from exc


# -- videos ------------------------------------------------------------------------------


def _boxes(stream: BinaryIO, start: int, end: int) -> Iterator[tuple[bytes, int, int]]:
    """(type, payload start, payload end) of the MP4 boxes between ``start`` and ``end``."""
    pos = start
    while pos + 8 <= end:
        stream.seek(pos)
        head = stream.read(8)
        if len(head) < 8:
            return
        size, kind = struct.unpack(">I4s", head)
        body = pos + 8
        if size == 1:
            size = struct.unpack(">Q", stream.read(8))[0]
            body += 8
        elif size == 0:
            size = end - pos
        if size < body - pos:
            return
        yield kind, body, min(pos + size, end)
        pos += size


def mp4_duration_ms(stream: BinaryIO, length: int) -> int | None:
    """A MP4 or QuickTime file's duration from its ``moov/mvhd`` box, or ``None``."""
    try:
        for kind, start, end in _boxes(stream, 0, length):
            if kind != b"moov":
                continue
            for inner, body, _ in _boxes(stream, start, end):
                if inner != b"mvhd":
                    continue
                stream.seek(body)
                version = stream.read(4)[0]
                if version == 1:
                    stream.seek(16, io.SEEK_CUR)
                    scale, duration = struct.unpack(">IQ", stream.read(12))
                else:
                    stream.seek(8, io.SEEK_CUR)
                    scale, duration = struct.unpack(">II", stream.read(8))
                return int(duration * 1000 // scale) if scale else None
    except (struct.error, IndexError, ValueError):
        return None
    return None


def _vint(stream: BinaryIO, *, keep_marker: bool) -> int | None:
    first = stream.read(1)
    if not first:
        return None
    width = 8 - first[0].bit_length() + 1
    if width > 8:
        return None
    value = first[0] if keep_marker else first[0] & (0xFF >> width)
    for byte in stream.read(width - 1):
        value = (value << 8) | byte
    return value


def webm_duration_ms(stream: BinaryIO, length: int) -> int | None:
    """A WebM file's duration from its Segment/Info element, or ``None`` (live recordings have none)."""
    segment, info, scale_id, duration_id = 0x18538067, 0x1549A966, 0x2AD7B1, 0x4489
    try:
        stream.seek(0)
        pos, end = 0, length
        scale, duration = 1_000_000, None
        while pos < end:
            stream.seek(pos)
            ident = _vint(stream, keep_marker=True)
            size = _vint(stream, keep_marker=False)
            if ident is None or size is None:
                return None
            body = stream.tell()
            if ident in (segment, info):
                pos, end = body, min(end, body + size)  # step inside
                continue
            if ident == scale_id:
                scale = int.from_bytes(stream.read(size), "big")
            elif ident == duration_id:
                raw = stream.read(size)
                duration = struct.unpack(">f" if size == 4 else ">d", raw)[0]
            pos = body + size
        return None if duration is None else int(duration * scale / 1_000_000)
    except (struct.error, ValueError, OverflowError):
        return None


def video_duration_ms(kind: str, stream: BinaryIO, length: int) -> int | None:
    """The duration of an MP4, MOV or WebM, where the file says it; never decodes a frame."""
    try:
        return webm_duration_ms(stream, length) if kind == "webm" else mp4_duration_ms(stream, length)
    finally:
        stream.seek(0)
