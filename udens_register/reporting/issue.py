"""Writing a file as the register issues it (encrypted, signed with the register's key,
atomically) and checking a file the register issued: the signer behind
:class:`udens_register.services.issuing.IssuingService` (see :mod:`udens_register.reporting.publisher`)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import BinaryIO

from udens_register.reporting.pdf import check_pdf_password
from udens_register.reporting.pdf_document import PdfDocument
from udens_register.reporting.signature import check_signature
from udens_register.reporting.signature import sign_pdf
from udens_register.reporting.signature import sign_pdf_file
from udens_register.services.fingerprints import sha256_hex
from udens_register.services.publishing import Verification
from udens_register.services.signing import DisclosureService
from udens_register.vault.files import atomic_stream

CHUNK = 1 << 20


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


def write_unsigned(document: PdfDocument, target: Path, *, password: str = "") -> str:
    """Write ``document`` to ``target``, encrypted when ``password`` is given, not signed,
    atomically; the SHA-256 of the file as written."""
    if password:
        check_pdf_password(password)
    with atomic_stream(target, readable=True) as out:
        document.write(out, password=password)
        return _sha256_of(out)


def _sha256_of(pdf: bytes | BinaryIO) -> str:
    if isinstance(pdf, bytes | bytearray):
        return sha256_hex(bytes(pdf))
    pdf.seek(0)
    digest = hashlib.sha256()
    while chunk := pdf.read(CHUNK):
        digest.update(chunk)
    return digest.hexdigest()
