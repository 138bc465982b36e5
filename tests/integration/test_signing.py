"""The director's loop on the command line: signed case files, the disclosure log, verify-pdf."""

from __future__ import annotations

import hashlib
import io
import json
import os
from datetime import UTC
from datetime import datetime
from pathlib import Path

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfReader

from tests.integration.test_cli import run
from udens_register.reporting.signature import check_signature
from udens_register.reporting.signature import sign_pdf
from udens_register.services.signing import make_identity

PDF_PASSWORD = "dossier-wachtwoord-1"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("signing") / "D"
    os.environ["UDENS_REGISTER_KDF_SECONDS"] = "0.01"
    result = run("--data-dir", str(folder), "demo")
    assert result.returncode == 0, result.stderr
    return folder


@pytest.fixture(scope="module")
def directie(demo: Path) -> Path:
    target = demo.parent / "dossier.pdf"
    result = run("--data-dir", str(demo), "export-pdf", "2026-0004", "-o", str(target))
    assert result.returncode == 0, result.stderr
    return target


def _certificate(demo: Path) -> bytes:
    pem = demo.parent / "register.pem"
    assert run("--data-dir", str(demo), "export-certificate", "-o", str(pem)).returncode == 0
    return pem.read_bytes()


@pytest.mark.slow
def test_signature_validates_with_pyhanko(demo: Path, directie: Path) -> None:
    der = x509.load_pem_x509_certificate(_certificate(demo)).public_bytes(Encoding.DER)
    reader = PdfFileReader(io.BytesIO(directie.read_bytes()))
    (sig,) = reader.embedded_signatures
    status = validate_pdf_signature(
        sig, ValidationContext(trust_roots=[asn1_x509.Certificate.load(der)], allow_fetching=False)
    )
    assert status.intact and status.valid and status.trusted
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    assert sig.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"  # PAdES baseline


@pytest.mark.slow
def test_verify_names_case_version_recipient(demo: Path, directie: Path) -> None:
    result = run("--data-dir", str(demo), "verify-pdf", str(directie))
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    assert line.startswith(
        "ongewijzigd — dossier 2026-0004, versie directie, verstrekt aan afdelingsdirecteur op "
    )


@pytest.mark.slow
def test_one_changed_byte_fails(demo: Path, directie: Path) -> None:
    data = bytearray(directie.read_bytes())
    data[len(data) // 3] ^= 0x01
    changed = demo.parent / "changed.pdf"
    changed.write_bytes(bytes(data))
    result = run("--data-dir", str(demo), "verify-pdf", str(changed))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("gewijzigd:")


@pytest.mark.slow
def test_changed_byte_inside_the_signature_is_a_changed_file(demo: Path, directie: Path) -> None:
    data = bytearray(directie.read_bytes())
    at = data.index(b"/Contents <") + 40  # inside the signature's own bytes (hex)
    data[at] = ord("0") if data[at] != ord("0") else ord("1")
    changed = demo.parent / "changed-signature.pdf"
    changed.write_bytes(bytes(data))
    result = run("--data-dir", str(demo), "verify-pdf", str(changed))
    assert result.returncode == 1
    assert result.stderr.startswith("gewijzigd:"), result.stderr


@pytest.mark.slow
def test_period_report_is_signed_named_and_verified(demo: Path) -> None:
    target = demo.parent / "rapport.pdf"
    made = run(
        "--data-dir", str(demo), "report", "--from", "01-08-2025", "--to", "31-07-2026", "-o", str(target)
    )
    assert made.returncode == 0, made.stderr
    head = PdfReader(target).pages[0].extract_text()
    certificate = x509.load_pem_x509_certificate(_certificate(demo)).public_bytes(Encoding.DER)
    short = hashlib.sha256(certificate).hexdigest()[:16].upper()
    assert " ".join(short[i : i + 4] for i in range(0, 16, 4)) in head  # the key, as on a case file
    assert "Verstrekt aan: schoolleiding" in head
    result = run("--data-dir", str(demo), "verify-pdf", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ongewijzigd — periodeoverzicht, verstrekt aan schoolleiding op ")


@pytest.mark.slow
def test_missing_pdf_password_names_its_variable(demo: Path) -> None:
    os.environ["UDENS_REGISTER_PDF_PASSWORD"] = PDF_PASSWORD
    target = demo.parent / "prot.pdf"
    try:
        made = run("--data-dir", str(demo), "export-pdf", "2026-0004", "--protect", "-o", str(target))
        assert made.returncode == 0, made.stderr
    finally:
        os.environ.pop("UDENS_REGISTER_PDF_PASSWORD", None)
    result = run("--data-dir", str(demo), "verify-pdf", str(target))  # no password, no terminal
    assert result.returncode == 2
    assert "UDENS_REGISTER_PDF_PASSWORD" in result.stderr


@pytest.mark.slow
def test_log_hash_equals_file_in_export_json(demo: Path, directie: Path) -> None:
    result = run("--data-dir", str(demo), "export-json", "-o", "-")
    assert result.returncode == 0, result.stderr
    disclosures = json.loads(result.stdout)["disclosures"]
    digest = hashlib.sha256(directie.read_bytes()).hexdigest()
    (entry,) = [d for d in disclosures if d["sha256"] == digest]
    assert entry["case_numbers"] == "2026-0004"
    assert entry["version"] == "directie"
    assert entry["recipient"] == "afdelingsdirecteur"
    assert entry["protected"] is False


def test_cover_names_recipient_and_key_but_metadata_no_one(directie: Path) -> None:
    reader = PdfReader(directie)
    cover = reader.pages[0].extract_text()
    assert "Verstrekt aan" in cover and "afdelingsdirecteur" in cover
    assert "Ondertekend" in cover
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    assert "Udens Register" in meta


def test_politie_needs_recipient(demo: Path) -> None:
    target = demo.parent / "p.pdf"
    result = run(
        "--data-dir", str(demo), "export-pdf", "2026-0004", "--audience", "politie", "-o", str(target)
    )
    assert result.returncode == 2
    assert "--recipient" in result.stderr
    assert not target.exists()


@pytest.mark.slow
def test_protected_pdf_is_signed_and_verifies(demo: Path) -> None:
    target = demo.parent / "politie.pdf"
    os.environ["UDENS_REGISTER_PDF_PASSWORD"] = PDF_PASSWORD
    try:
        result = run(
            "--data-dir",
            str(demo),
            "export-pdf",
            "2026-0004",
            "--audience",
            "politie",
            "--recipient",
            "Politie Oost-Brabant",
            "--protect",
            "-o",
            str(target),
        )
        assert result.returncode == 0, result.stderr
        assert PdfReader(target).is_encrypted
        ok = run("--data-dir", str(demo), "verify-pdf", str(target))
        assert ok.returncode == 0, ok.stderr
        assert "versie politie, verstrekt aan Politie Oost-Brabant" in ok.stdout
        os.environ["UDENS_REGISTER_PDF_PASSWORD"] = "verkeerd-wachtwoord"
        wrong = run("--data-dir", str(demo), "verify-pdf", str(target))
        assert wrong.returncode == 1
        assert "wachtwoord" in wrong.stderr
    finally:
        os.environ.pop("UDENS_REGISTER_PDF_PASSWORD", None)


def _plain_pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(100, 100, "x")
    canvas.save()
    return out.getvalue()


@pytest.mark.slow
def test_other_key_and_unsigned(demo: Path) -> None:
    stranger = make_identity("Ander College", datetime.now(UTC))
    unsigned = _plain_pdf()
    forged = demo.parent / "forged.pdf"
    forged.write_bytes(sign_pdf(unsigned, stranger.private_key, stranger.certificate))
    result = run("--data-dir", str(demo), "verify-pdf", str(forged))
    assert result.returncode == 1
    assert "andere sleutel" in result.stderr
    plain = demo.parent / "plain.pdf"
    plain.write_bytes(unsigned)
    result = run("--data-dir", str(demo), "verify-pdf", str(plain))
    assert result.returncode == 1
    assert "niet ondertekend" in result.stderr


def test_check_signature_unit() -> None:
    me = make_identity("Udens College", datetime.now(UTC))
    signed = sign_pdf(_plain_pdf(), me.private_key, me.certificate)
    assert check_signature(signed, [me.certificate]).problem is None
    changed = bytearray(signed)
    changed[len(changed) // 4] ^= 0x01
    assert check_signature(bytes(changed), [me.certificate]).problem == "changed"
    assert check_signature(b"not a pdf at all", [me.certificate]).problem == "unreadable"
