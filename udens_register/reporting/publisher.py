"""The renderer and signer the register issues its files with: this package fulfils the ports of
:mod:`udens_register.services.publishing`, and the composition root wires :func:`publishing` in."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from udens_register.paths import resources_dir
from udens_register.reporting.case_pdf import CaseFileRenderer
from udens_register.reporting.issue import issue_pdf
from udens_register.reporting.issue import verify_issued
from udens_register.reporting.issue import write_unsigned
from udens_register.reporting.pdf_document import PdfDocument
from udens_register.reporting.period_pdf import render_period_report
from udens_register.reporting.period_xlsx import render_period_xlsx
from udens_register.reporting.signature import is_encrypted
from udens_register.services.dto import CaseFileBundle
from udens_register.services.dto import PeriodReport
from udens_register.services.publishing import Document
from udens_register.services.publishing import Publishing
from udens_register.services.publishing import Verification
from udens_register.services.signing import DisclosureService


def _pdf_document(document: Document) -> PdfDocument:
    if not isinstance(document, PdfDocument):
        raise TypeError(f"not a document of this renderer: {type(document).__name__}")
    return document


class PdfRenderer:
    """Case files and period reports as PDF (reportlab), the period report also as .xlsx."""

    def __init__(self, fonts: Path) -> None:
        self._fonts = fonts

    def case_file(self, bundle: CaseFileBundle, lang: str) -> PdfDocument:
        return CaseFileRenderer(self._fonts, lang).document(bundle)

    def period_report(self, report: PeriodReport, lang: str) -> PdfDocument:
        return PdfDocument(render_period_report(report, self._fonts, lang))

    def spreadsheet(self, report: PeriodReport, lang: str) -> bytes:
        return render_period_xlsx(report, lang)

    def document(self, pdf: bytes) -> PdfDocument:
        return PdfDocument(pdf)


class PdfSigner:
    """Signing with the register's key (pyHanko), encrypting (AES-256) and checking signed files."""

    def issue(self, disclosures: DisclosureService, document: Document, target: Path, password: str) -> str:
        return issue_pdf(disclosures, _pdf_document(document), target, password=password)

    def write_unsigned(self, document: Document, target: Path, password: str) -> str:
        return write_unsigned(_pdf_document(document), target, password=password)

    def verify(self, disclosures: DisclosureService, pdf: BinaryIO, password: str) -> Verification:
        return verify_issued(disclosures, pdf, password=password)

    def is_encrypted(self, pdf: BinaryIO) -> bool:
        return is_encrypted(pdf)


def publishing() -> Publishing:
    """The renderer (with the shipped fonts) and the signer."""
    return Publishing(PdfRenderer(resources_dir() / "fonts"), PdfSigner())
