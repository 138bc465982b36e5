"""Issuing a file that leaves the register: one use case for the app and the command line.

A case file is gathered in one transaction, stamped with its recipient, the signing key and the
earlier disclosures, rendered, then written (encrypted when asked, signed, atomically) and entered
in the disclosure log and the case's timeline. The period report likewise. The app previews the
prepared file before it issues it; the command line issues at once. Both call this service, so a
watermark or a second log entry is added here once.

Rendering and signing are ports (:mod:`udens_register.services.publishing`) that
:mod:`udens_register.reporting` fulfils and the composition root wires: no front end imports the
renderer.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import replace
from typing import TYPE_CHECKING
from typing import BinaryIO

from udens_register.domain.enums import REPORT_VERSION
from udens_register.domain.enums import Audience
from udens_register.services.fingerprints import sha256_hex
from udens_register.services.fingerprints import short_fingerprint
from udens_register.services.publishing import Document
from udens_register.services.publishing import Publishing
from udens_register.services.publishing import Renderer
from udens_register.services.publishing import Signer
from udens_register.services.publishing import Verification
from udens_register.services.publishing import publishing
from udens_register.vault.files import atomic_write
from udens_register.wording import label
from udens_register.wording import message
from udens_register.wording.dates import fmt_datetime

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date
    from pathlib import Path

    from udens_register.services.casefile import CaseFileService
    from udens_register.services.cases import CaseService
    from udens_register.services.dto import CaseFileBundle
    from udens_register.services.dto import PeriodReport
    from udens_register.services.signing import DisclosureService
    from udens_register.storage.uow import UnitOfWorkFactory


def default_recipient(audience: str, lang: str) -> str | None:
    """To whom a version goes when the command line names nobody: only the director's version
    has a default (the police and a person's access are always named), in the catalogue's words."""
    if audience != Audience.DIRECTIE:
        return None
    return label("recipient", Audience.DIRECTIE.usual_recipient, lang)


@dataclass(frozen=True)
class CaseFileRequest:
    """Which case file: the case, its version (audience), for whom, and what it leaves out."""

    incident_id: int
    audience: str = Audience.DIRECTIE
    recipient: str = ""
    person_id: int | None = None  # inzage: whose access request it answers
    name_staff: bool = False  # inzage: staff named in full instead of by role
    withheld: tuple[str, ...] = ()  # inzage: texts the coordinator withheld in the review
    include_notes: bool = False  # politie: with the case notes


@dataclass(frozen=True)
class Prepared:
    """A file gathered and rendered, not yet issued: the app previews it first."""

    document: Document
    version: str  # directie, politie, inzage or rapportage
    recipient: str
    case_numbers: tuple[str, ...] = ()
    bundle: CaseFileBundle | None = None  # a case file's, for its cases' timelines

    def preview(self) -> bytes:
        """The PDF to show on screen (its pictures at screen size)."""
        return self.document.to_bytes(preview=True)


@dataclass(frozen=True)
class Issued:
    """A file that left the register: where, its SHA-256 as logged, protected or not."""

    target: Path
    sha256: str
    protected: bool


def with_disclosures(
    disclosures: DisclosureService, bundle: CaseFileBundle, recipient: str
) -> CaseFileBundle:
    """The bundle with its recipient, the signing key's short fingerprint and earlier disclosures."""
    earlier: list[tuple[str, str, str, str]] = []
    if bundle.audience == Audience.DIRECTIE:
        numbers = {f.case_number for f in bundle.files}
        seen: set[str] = set()
        for d in reversed(disclosures.all()):  # oldest first, each file once
            if d.sha256 not in seen and numbers & {n.strip() for n in d.case_numbers.split(",")}:
                seen.add(d.sha256)
                earlier.append((fmt_datetime(d.at), d.version, d.recipient, d.sha256))
    return replace(
        bundle,
        recipient=recipient,
        signature_id=disclosures.identity().short_fingerprint,
        disclosures=tuple(earlier),
    )


def with_signature(disclosures: DisclosureService, report: PeriodReport, recipient: str) -> PeriodReport:
    """The period report with its recipient and the signing key's short fingerprint (for its head)."""
    return replace(report, recipient=recipient, signature_id=disclosures.identity().short_fingerprint)


def verification_words(result: Verification, lang: str) -> str:
    """The one line the command line and *Dossier controleren* show for ``result``."""
    d = result.disclosure
    if result.problem is None and d is not None:
        when = fmt_datetime(d.at)
        if not d.case_numbers:  # the period report belongs to no case
            return message("pdfcheck_ok_report", lang, recipient=d.recipient, when=when)
        return message(
            "pdfcheck_ok", lang, case=d.case_numbers, version=d.version, recipient=d.recipient, when=when
        )
    return message(f"pdfcheck_{result.problem}", lang, fingerprint=short_fingerprint(result.fingerprint))


class IssuingService:
    """Case files and period reports, prepared and issued: signed, logged, written atomically."""

    def __init__(
        self,
        casefiles: CaseFileService,
        cases: CaseService,
        disclosures: DisclosureService,
        units: UnitOfWorkFactory,
        wired: Callable[[], Publishing] = publishing,
    ) -> None:
        self._casefiles = casefiles
        self._cases = cases
        self._disclosures = disclosures
        self._units = units
        self._wired = wired

    @property
    def renderer(self) -> Renderer:
        """The wired renderer."""
        return self._wired().renderer

    @property
    def signer(self) -> Signer:
        """The wired signer."""
        return self._wired().signer

    def prepare_case_file(self, request: CaseFileRequest, lang: str) -> Prepared:
        """The case file gathered (one transaction), stamped with its recipient and earlier
        disclosures, and rendered; nothing is written or logged yet."""
        bundle = self._casefiles.case_file(
            request.incident_id,
            request.audience,
            request.person_id,
            name_staff=request.name_staff,
            withheld=request.withheld,
            include_notes=request.include_notes,
        )
        bundle = with_disclosures(self._disclosures, bundle, request.recipient)
        document = self.renderer.case_file(bundle, lang)
        numbers = tuple(f.case_number for f in bundle.files)
        return Prepared(document, request.audience, request.recipient, numbers, bundle)

    def prepare_period_report(self, start: date, end: date, recipient: str, lang: str) -> Prepared:
        """The anonymous period report, rendered; nothing is written or logged yet."""
        report = with_signature(self._disclosures, self._casefiles.period_report(start, end), recipient)
        return Prepared(self.renderer.period_report(report, lang), REPORT_VERSION, recipient)

    def issue(self, prepared: Prepared, target: Path, password: str = "") -> Issued:
        """Write ``prepared`` to ``target`` (encrypted when ``password`` is given), signed and
        atomically, then enter it in the disclosure log and, for a case file, its cases' timelines.

        Raises:
            ValidationError: the password breaks the PDF password rule (nothing is written).
            NotAFile, DiskFull, CannotWrite: ``target`` is as it was, nothing is logged.
        """
        digest = self.signer.issue(self._disclosures, prepared.document, target, password)
        protected = bool(password)
        with self._units() as uow:  # the log and the timelines in one transaction
            self._disclosures.add_disclosure(
                uow, list(prepared.case_numbers), prepared.version, prepared.recipient, digest, protected
            )
            if prepared.bundle is not None:
                self._casefiles.add_export_events(uow, prepared.bundle, protected, prepared.recipient, digest)
            uow.commit()
        return Issued(target, digest, protected)

    def issue_case_file(
        self, request: CaseFileRequest, target: Path, lang: str, password: str = ""
    ) -> Issued:
        """The case file of ``request`` issued at once (the command line): the case is viewed, and
        recorded as viewed, as in the app."""
        self._cases.open_case(request.incident_id)
        return self.issue(self.prepare_case_file(request, lang), target, password)

    def issue_period_report(self, start: date, end: date, recipient: str, target: Path, lang: str,
                            password: str = "") -> Issued:  # fmt: skip
        """The period report issued at once as a signed PDF."""
        return self.issue(self.prepare_period_report(start, end, recipient, lang), target, password)

    def issue_spreadsheet(self, start: date, end: date, recipient: str, target: Path, lang: str) -> Issued:
        """The period report as a spreadsheet (.xlsx, not signed), written atomically and logged."""
        data = self.renderer.spreadsheet(self._casefiles.period_report(start, end), lang)
        atomic_write(target, data)
        self._disclosures.record([], REPORT_VERSION, recipient, data, False)
        return Issued(target, sha256_hex(data), False)

    def verify(self, pdf: BinaryIO, password: str = "") -> Verification:
        """Whether ``pdf`` is a file this register issued, unchanged (read in pieces)."""
        return self.signer.verify(self._disclosures, pdf, password)

    def is_encrypted(self, pdf: BinaryIO) -> bool:
        """Whether ``pdf`` needs a password to be read."""
        return self.signer.is_encrypted(pdf)


def is_encrypted(pdf: BinaryIO) -> bool:
    """Whether ``pdf`` needs a password to be read (asked before the register is opened)."""
    return publishing().signer.is_encrypted(pdf)


def write_unsigned(pdf: bytes, target: Path, password: str = "") -> str:
    """A PDF made elsewhere written to ``target`` (encrypted when ``password`` is given), not
    signed and not logged, atomically; the SHA-256 of the file as written."""
    wired = publishing()
    return wired.signer.write_unsigned(wired.renderer.document(pdf), target, password)
