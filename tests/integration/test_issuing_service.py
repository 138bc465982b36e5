"""Issuing is one use case: the app's preview-and-save and the command line both call
:class:`~udens_register.services.issuing.IssuingService`, which gathers the case, stamps it,
renders it, writes it signed and atomically, and logs the disclosure and the case's timeline."""

from __future__ import annotations

import hashlib
import io
from datetime import date
from pathlib import Path
from typing import BinaryIO

from pypdf import PdfReader

from udens_register.domain.enums import Category
from udens_register.domain.model import IncidentDraft
from udens_register.services.issuing import CaseFileRequest
from udens_register.services.issuing import IssuingService
from udens_register.services.publishing import Document
from udens_register.services.publishing import Publishing
from udens_register.services.publishing import Verification
from udens_register.services.publishing import publishing
from udens_register.services.signing import DisclosureService
from udens_register.vault.files import atomic_write


class FakeSigner:
    """Writes the document as it is, unsigned, and remembers what it was asked."""

    def __init__(self) -> None:
        self.issued: list[tuple[Path, str]] = []

    def issue(self, disclosures: DisclosureService, document: Document, target: Path, password: str) -> str:
        data = document.to_bytes(password=password)
        atomic_write(target, data)
        self.issued.append((target, password))
        return hashlib.sha256(data).hexdigest()

    def write_unsigned(self, document: Document, target: Path, password: str) -> str:
        return self.issue(None, document, target, password)  # type: ignore[arg-type]

    def verify(self, disclosures: DisclosureService, pdf: BinaryIO, password: str) -> Verification:
        return Verification("unsigned")

    def is_encrypted(self, pdf: BinaryIO) -> bool:
        return False


def _case(reg) -> int:  # type: ignore[no-untyped-def]
    incident = reg.incidents.create(
        IncidentDraft(title="Filmpje in de klassenapp", category=Category.OTHER, reported_at=date(2026, 3, 2))
    )
    return int(incident.id)


def test_a_case_file_is_issued_through_the_service_with_a_fake_signer(reg, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    incident_id = _case(reg)
    signer = FakeSigner()
    wired = Publishing(publishing().renderer, signer)
    issuing = IssuingService(reg.casefiles, reg.cases, reg.disclosures, reg.units, wired=lambda: wired)
    target = tmp_path / "dossier.pdf"
    issued = issuing.issue_case_file(
        CaseFileRequest(incident_id, "directie", "afdelingsdirecteur"), target, "nl", "wachtwoord-2026"
    )
    assert signer.issued == [(target, "wachtwoord-2026")]
    assert issued.sha256 == hashlib.sha256(target.read_bytes()).hexdigest() and issued.protected
    logged = reg.disclosures.find(issued.sha256)
    case_number = reg.incidents.get(incident_id).case_number
    assert logged is not None and logged.case_numbers == case_number
    assert (logged.version, logged.recipient, logged.protected) == ("directie", "afdelingsdirecteur", True)
    kinds = [e.kind for e in reg.incidents.get(incident_id).events]
    assert "case_exported" in kinds, kinds
    assert PdfReader(io.BytesIO(target.read_bytes()), password="wachtwoord-2026").pages


def test_a_case_file_is_issued_through_the_service_signed_and_read_back(reg, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    incident_id = _case(reg)
    case_number = reg.incidents.get(incident_id).case_number
    request = CaseFileRequest(incident_id, "politie", "wijkagent")
    prepared = reg.issuing.prepare_case_file(request, "nl")
    assert PdfReader(io.BytesIO(prepared.preview())).pages, "the preview is a PDF before anything is written"
    out = tmp_path / "out"
    out.mkdir()
    assert reg.disclosures.all() == [], "nothing logged yet"
    target = out / "dossier.pdf"
    issued = reg.issuing.issue(prepared, target)
    data = target.read_bytes()
    assert issued.sha256 == hashlib.sha256(data).hexdigest() and not issued.protected
    reader = PdfReader(io.BytesIO(data))
    assert any(case_number in (page.extract_text() or "") for page in reader.pages)
    fields = reader.get_fields() or {}
    assert any(f.get("/FT") == "/Sig" for f in fields.values()), "signed with the register's key"
    with target.open("rb") as file:
        check = reg.issuing.verify(file)
    assert check.problem is None and check.disclosure is not None
    assert (check.disclosure.version, check.disclosure.recipient) == ("politie", "wijkagent")
    assert [p.name for p in out.iterdir()] == ["dossier.pdf"], "no temporary file left"
