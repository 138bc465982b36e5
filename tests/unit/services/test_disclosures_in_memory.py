"""DisclosureService against repositories in memory: the signing identity made once and kept,
one log row per case of a file that left the register, found again by its SHA-256. The signed
PDFs on a real register file: tests/integration/test_signing.py."""

from __future__ import annotations

from datetime import UTC
from datetime import date
from datetime import datetime

from tests.unit.services.fakes import FakeUnitOfWork
from udens_register.domain.enums import Category
from udens_register.domain.model import IncidentDraft
from udens_register.services.fingerprints import sha256_hex
from udens_register.services.incidents import IncidentService
from udens_register.services.signing import DisclosureService

MONDAY = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)


def test_the_signing_identity_is_made_once_and_kept() -> None:
    fake = FakeUnitOfWork()
    disclosures = DisclosureService(fake, lambda: MONDAY, 1)
    first = disclosures.identity()
    assert disclosures.identity() == first
    assert disclosures.certificates() == [first.certificate]
    assert len(fake.disclosures.keys) == 1 and len(first.short_fingerprint) > 0


def test_a_file_that_left_is_logged_once_per_case_and_found_by_its_hash() -> None:
    fake = FakeUnitOfWork()
    incidents = IncidentService(fake, 1, lambda: MONDAY)
    one, two = (incidents.create(IncidentDraft(t, Category.OTHER, date(2026, 3, 2))) for t in ("Een", "Twee"))
    disclosures = DisclosureService(fake, lambda: MONDAY, 1)
    data = b"%PDF-1.7 het dossier"
    row = disclosures.record([one.case_number, two.case_number], "directie", " J. Smit ", data, True)
    assert (row.case_numbers, row.recipient, row.sha256, row.protected) == (
        "2026-0001, 2026-0002",
        "J. Smit",
        sha256_hex(data),
        True,
    )
    assert [d.incident_id for d in fake.disclosures.rows.values()] == [one.id, two.id]
    assert disclosures.find(sha256_hex(data).upper()) == row
    assert disclosures.find("0" * 64) is None
    report = disclosures.record([], "rapportage", "MR", b"cijfers", False)
    assert [d.id for d in disclosures.all()] == [
        report.id,
        2,
        row.id,
    ]  # newest first (the same moment: by id)
    assert [d.id for d in disclosures.all(two.id)] == [2]
