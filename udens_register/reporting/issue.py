"""Issuing a file: sign it with the register's key; checking a file the register issued.

The command line and the app both call these, so a file issued from either is signed, logged
and verified the same way.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from udens_register.domain.enums import REPORT_VERSION
from udens_register.domain.enums import Audience
from udens_register.reporting.pdf import check_pdf_password
from udens_register.reporting.pdf_document import PdfDocument
from udens_register.reporting.signature import check_signature
from udens_register.reporting.signature import sign_pdf
from udens_register.reporting.signature import sign_pdf_file
from udens_register.services.dto import CaseFileBundle
from udens_register.services.dto import PeriodReport
from udens_register.services.signing import DisclosureRow
from udens_register.services.signing import DisclosureService
from udens_register.services.signing import sha256_hex
from udens_register.services.signing import short_fingerprint
from udens_register.vault.files import atomic_stream
from udens_register.wording import label
from udens_register.wording import message
from udens_register.wording.dates import fmt_datetime

CHUNK = 1 << 20
VERSIONS = (*(a.value for a in Audience), REPORT_VERSION)


def default_recipient(audience: str, lang: str) -> str | None:
    """To whom a version goes when the command line names nobody: only the director's version
    has a default (the police and a person's access are always named), in the catalogue's words."""
    if audience != Audience.DIRECTIE:
        return None
    return label("recipient", Audience.DIRECTIE.usual_recipient, lang)


def sign_issued(disclosures: DisclosureService, pdf: bytes, *, password: str = "") -> bytes:
    """``pdf`` (already encrypted when ``password`` is given) signed with the register's key."""
    identity = disclosures.identity()
    return sign_pdf(
        pdf, identity.private_key, identity.certificate, password=password, reason="Udens Register"
    )


def issue_pdf(
    disclosures: DisclosureService, document: PdfDocument, target: Path, *, password: str = ""
) -> str:
    """Write ``document`` to ``target``: encrypted when ``password`` is given, signed with the
    register's key, atomically (the old file or the new one, never half of one). Returns the
    SHA-256 of the file as written, for the disclosure log. Streamed: the pictures go in one at a
    time, the signature is added in place, the digest is read back in chunks.

    Raises:
        ValidationError: the password breaks the PDF password rule (nothing is written).
        NotAFile, DiskFull, CannotWrite: ``target`` is as it was.
    """
    if password:
        check_pdf_password(password)
    identity = disclosures.identity()
    with atomic_stream(target, readable=True) as out:
        document.write(out, password=password)
        sign_pdf_file(
            out, identity.private_key, identity.certificate, password=password, reason="Udens Register"
        )
        digest = _sha256_of(out)
    return digest


@dataclass(frozen=True)
class Verification:
    """The outcome of *Dossier controleren*: ``problem`` is None when the file is unchanged and issued."""

    problem: str | None  # None, unsigned, changed, other_key, not_issued, password, unreadable
    disclosure: DisclosureRow | None = None
    sha256: str = ""
    fingerprint: str = ""  # of the certificate that signed the file


def verify_issued(
    disclosures: DisclosureService, pdf: bytes | BinaryIO, *, password: str = ""
) -> Verification:
    """Check ``pdf``'s signature against the register's certificates and find it in the disclosure
    log. ``pdf`` is the file's bytes or the open file (read in pieces, never whole)."""
    digest = _sha256_of(pdf)
    check = check_signature(pdf, disclosures.certificates(), password=password)
    if check.problem is not None:
        return Verification(check.problem, None, digest, check.signer_fingerprint)
    found = disclosures.find(digest)
    if found is None:
        return Verification("not_issued", None, digest)
    return Verification(None, found, digest)


def _sha256_of(pdf: bytes | BinaryIO) -> str:
    if isinstance(pdf, bytes | bytearray):
        return sha256_hex(bytes(pdf))
    pdf.seek(0)
    digest = hashlib.sha256()
    while chunk := pdf.read(CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


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


def prepare_bundle(disclosures: DisclosureService, bundle: CaseFileBundle, recipient: str) -> CaseFileBundle:
    """The bundle with its recipient, the signing key's short fingerprint and earlier disclosures."""
    earlier: list[tuple[str, str, str, str]] = []
    if bundle.audience == Audience.DIRECTIE:
        numbers = {f.case_number for f in bundle.files}
        seen: set[str] = set()
        for d in reversed(disclosures.all()):  # oldest first, each file once
            if d.sha256 not in seen and numbers & {n.strip() for n in d.case_numbers.split(",")}:
                seen.add(d.sha256)
                when = fmt_datetime(d.at)
                earlier.append((when, d.version, d.recipient, d.sha256))
    return replace(
        bundle,
        recipient=recipient,
        signature_id=disclosures.identity().short_fingerprint,
        disclosures=tuple(earlier),
    )


def prepare_report(disclosures: DisclosureService, report: PeriodReport, recipient: str) -> PeriodReport:
    """The period report with its recipient and the signing key's short fingerprint (for its head)."""
    return replace(report, recipient=recipient, signature_id=disclosures.identity().short_fingerprint)
