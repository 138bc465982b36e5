"""PAdES signatures on the register's PDFs (pyHanko), and checking one against the register's key.

A protected PDF is signed after it has been encrypted: pyHanko opens it with the password and
appends the signature as an incremental update inside the same AES-256 encryption, so the file
stays protected and the signature covers every byte before it. A file being written is signed in
place (:func:`sign_pdf_file`): pyHanko reads it and digests it in small chunks.
"""

from __future__ import annotations

import hashlib
import io
import logging
from dataclasses import dataclass
from typing import BinaryIO

from asn1crypto import keys as asn1_keys  # type: ignore[import-untyped]
from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields
from pyhanko.sign import signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

FIELD = "UdensRegister"

log = logging.getLogger(__name__)


def sign_pdf(
    pdf: bytes, private_key: bytes, certificate: bytes, *, password: str = "", reason: str = ""
) -> bytes:
    """``pdf`` with a PAdES baseline-B signature by the register's key.

    Args:
        pdf: The finished PDF, encrypted already if it is to be protected.
        private_key: PKCS#8 DER of the register's key.
        certificate: DER of the register's certificate.
        password: The PDF's password when it is protected.
        reason: The signature's stated reason (no personal data: it is readable without the password).
    """
    stream = io.BytesIO(pdf)
    sign_pdf_file(stream, private_key, certificate, password=password, reason=reason)
    return stream.getvalue()


def sign_pdf_file(
    stream: BinaryIO, private_key: bytes, certificate: bytes, *, password: str = "", reason: str = ""
) -> None:
    """Sign the PDF in ``stream`` (readable, writable, seekable) in place, as :func:`sign_pdf` does:
    the signature is appended to the file, which is never read into memory whole."""
    cert = asn1_x509.Certificate.load(certificate)
    signer = signers.SimpleSigner(
        signing_cert=cert,
        signing_key=asn1_keys.PrivateKeyInfo.load(private_key),
        cert_registry=SimpleCertificateStore.from_certs([cert]),  # type: ignore[no-untyped-call]
    )
    stream.seek(0)
    writer = IncrementalPdfFileWriter(stream, strict=False)
    if password:
        writer.encrypt(password)  # type: ignore[no-untyped-call]
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason or None,
        name=None,
    )
    signers.PdfSigner(meta, signer=signer).sign_pdf(writer, in_place=True)


@dataclass(frozen=True)
class SignatureCheck:
    """What the signature check found; ``problem`` is a code when the file is not the one issued."""

    problem: str | None  # None, "unsigned", "changed", "other_key", "password", "unreadable"
    signer_fingerprint: str = ""


TAIL = 2048  # a PDF ends with startxref and %%EOF within its last bytes


def _stream(pdf: bytes | BinaryIO) -> BinaryIO:
    if isinstance(pdf, bytes | bytearray):
        return io.BytesIO(pdf)
    pdf.seek(0)
    return pdf


def _looks_like_pdf(stream: BinaryIO) -> bool:
    """Whether the file begins like a PDF and ends like one: pyHanko's lenient reader would
    otherwise search a large file that is no PDF from end to end (minutes, growing memory)."""
    stream.seek(0)
    head = stream.read(1024)
    stream.seek(0, io.SEEK_END)
    size = stream.tell()
    stream.seek(max(0, size - TAIL))
    tail = stream.read(TAIL)
    stream.seek(0)
    return b"%PDF-" in head and b"startxref" in tail and b"%%EOF" in tail


def is_encrypted(pdf: bytes | BinaryIO) -> bool:
    """Whether the PDF (its bytes, or an open file: read as needed) needs a password to be read."""
    try:
        stream = _stream(pdf)
        if not _looks_like_pdf(stream):
            return False
        return bool(PdfFileReader(stream, strict=False).encrypted)
    except Exception:  # noqa: BLE001 - any parse failure means: not a PDF we can read
        return False


def check_signature(pdf: bytes | BinaryIO, trusted: list[bytes], *, password: str = "") -> SignatureCheck:
    """Check the last signature of ``pdf`` (its bytes, or an open file, which is read in pieces)
    against the register's certificates (DER).

    The signature must be intact, cover the whole file, and be made by one of ``trusted``.
    """
    try:
        stream = _stream(pdf)
        if not _looks_like_pdf(stream):
            return SignatureCheck("unreadable")
        reader = PdfFileReader(stream, strict=False)
        if reader.encrypted:
            if not password:
                return SignatureCheck("password")
            result = reader.decrypt(password)
            if not result or (getattr(result, "status", None) is not None and result.status.name == "FAILED"):
                return SignatureCheck("password")
        reader.root  # noqa: B018 - parses the document catalogue: is this a PDF at all?
    except Exception as exc:  # noqa: BLE001 - a damaged file is a finding, not a crash
        log.debug("pdf unreadable: %s", type(exc).__name__)
        return SignatureCheck("unreadable")
    try:
        sigs = reader.embedded_signatures
        if not sigs:
            return SignatureCheck("unsigned")
        sig = sigs[-1]
        fingerprint = hashlib.sha256(sig.signer_cert.dump()).hexdigest()
    except Exception as exc:  # noqa: BLE001 - a readable PDF whose signature is mangled was changed
        log.debug("signature unreadable: %s", type(exc).__name__)
        return SignatureCheck("changed")
    roots = [asn1_x509.Certificate.load(c) for c in trusted]
    if fingerprint not in {hashlib.sha256(c).hexdigest() for c in trusted}:
        return SignatureCheck("other_key", fingerprint)
    try:
        status = validate_pdf_signature(sig, ValidationContext(trust_roots=roots, allow_fetching=False))
    except Exception as exc:  # noqa: BLE001 - a mangled signature is a changed file
        log.debug("signature check failed: %s", type(exc).__name__)
        return SignatureCheck("changed", fingerprint)
    if not (status.intact and status.valid and status.trusted):
        return SignatureCheck("changed", fingerprint)
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        return SignatureCheck("changed", fingerprint)
    return SignatureCheck(None, fingerprint)
