"""Shared PDF machinery: embedded DejaVu fonts, styles, "page X of Y" footers, AES-256 protection."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from typing import Protocol
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph
from reportlab.platypus import Table
from reportlab.platypus import TableStyle

from udens_register.domain.errors import ValidationError
from udens_register.domain.passwords import MIN_PDF_PASSWORD
from udens_register.domain.passwords import password_is_long_enough
from udens_register.reporting.pdf_document import PdfDocument

FONT, FONT_BOLD, FONT_ITALIC, FONT_MONO = "UdensSans", "UdensSans-Bold", "UdensSans-Oblique", "UdensMono"
_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_MONO: "DejaVuSansMono.ttf",
}
# Binary image streams: ASCII85 would make every embedded picture a quarter larger, in the file
# and in the memory that holds the PDF until it is written.
rl_config.useA85 = 0
PAGE = A4
MARGIN = 20 * mm
NAVY = colors.HexColor("#1d4e89")
RED = colors.HexColor("#b00020")
GREY = colors.HexColor("#555555")


def register_fonts(fonts_dir: Path) -> None:
    """Register the shipped TTFs once (they are embedded, so é ë ï € render everywhere)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(fonts_dir / filename)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)


def styles() -> StyleSheet1:
    """The paragraph styles of every PDF."""
    sheet = StyleSheet1()
    sheet.add(ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13))
    sheet.add(ParagraphStyle("small", parent=sheet["body"], fontSize=8, leading=10.5, textColor=GREY))
    sheet.add(ParagraphStyle("mono", parent=sheet["body"], fontName=FONT_MONO, fontSize=7.5, leading=10))
    sheet.add(ParagraphStyle("h1", fontName=FONT_BOLD, fontSize=17, leading=22, spaceAfter=6, textColor=NAVY))
    sheet.add(
        ParagraphStyle(
            "h2", fontName=FONT_BOLD, fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=4, textColor=NAVY
        )
    )
    sheet.add(
        ParagraphStyle("h3", fontName=FONT_BOLD, fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=2)
    )
    sheet.add(
        ParagraphStyle("quote", parent=sheet["body"], fontName=FONT_ITALIC, leftIndent=8, textColor=GREY)
    )
    sheet.add(
        ParagraphStyle(
            "stamp", fontName=FONT_BOLD, fontSize=26, leading=32, textColor=RED, alignment=TA_CENTER
        )
    )
    sheet.add(ParagraphStyle("cover", parent=sheet["body"], fontSize=12, leading=17, alignment=TA_CENTER))
    sheet.add(ParagraphStyle("warn", parent=sheet["body"], textColor=RED))
    return sheet


def numbered_canvas(footer: Callable[[int, int], str], stamp: str) -> type[Canvas]:
    """A canvas class that writes ``footer(page, pages)`` on every page once the count is known."""

    class _Numbered(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._decorate(self._pageNumber, total)
                super().showPage()
            super().save()

        def _decorate(self, page: int, pages: int) -> None:
            width, _ = PAGE
            self.saveState()
            self.setStrokeColor(NAVY)
            self.setLineWidth(0.5)
            self.line(MARGIN, 14 * mm, width - MARGIN, 14 * mm)
            self.setFont(FONT, 7.5)
            self.setFillColor(GREY)
            self.drawString(MARGIN, 10 * mm, footer(page, pages))
            if stamp:
                self.setFillColor(RED)
                self.setFont(FONT_BOLD, 7.5)
                self.drawRightString(width - MARGIN, PAGE[1] - 10 * mm, stamp)
            self.restoreState()

    return _Numbered


def check_pdf_password(password: str) -> None:
    """Raises ValidationError when ``password`` breaks the one PDF password rule."""
    if not password_is_long_enough(password):
        raise ValidationError("pdf_password", f"shorter than {MIN_PDF_PASSWORD} characters")


def protect(pdf: bytes, password: str) -> bytes:
    """The same PDF encrypted with AES-256 (PDF 2.0, revision 6) for ``password``, the way an
    issued file is (:class:`~udens_register.reporting.pdf_document.PdfDocument`).

    Raises:
        ValidationError: the password breaks the one PDF password rule (nothing is made).
    """
    check_pdf_password(password)
    return PdfDocument(pdf).to_bytes(password=password)


def paragraph(text: str, style: Any) -> Paragraph:
    """A paragraph of plain text (escaped; its line breaks kept)."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def data_table(rows: list[list[Any]], widths: list[float], header: bool = True) -> Table:
    """A table in the register's type, ruled between rows; its first row a header when ``header``."""
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#cccccc")),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands += [
            ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef6")),
            ("TEXTCOLOR", (0, 0), (-1, 0), NAVY),
        ]
    table.setStyle(TableStyle(commands))
    return table


class Section(Protocol):
    """What a section of a case file reads of the renderer laying it out (its language, styles,
    text width and words); :class:`~udens_register.reporting.case_pdf.CaseFileRenderer` is one."""

    @property
    def lang(self) -> str: ...

    @property
    def s(self) -> Any: ...

    @property
    def width(self) -> float: ...

    def t(self, key: str, **values: object) -> str: ...
