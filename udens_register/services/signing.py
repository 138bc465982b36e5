"""The register's signing identity and its disclosure log (*verstrekkingen*).

Every case file that leaves the register is signed with the register's own key and logged:
which case, which version, to whom, when, the SHA-256 of the file as written and whether it was
protected. The key is made inside the register on first use and kept only in the encrypted
database; the certificate can be exported so a director's PDF reader trusts it once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from datetime import timedelta
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID
from cryptography.x509.oid import NameOID

from udens_register.storage.models import Disclosure
from udens_register.storage.models import SigningKey

if TYPE_CHECKING:
    from udens_register.services.clock import Clock
    from udens_register.storage.ports import AbstractUnitOfWork
    from udens_register.storage.uow import UnitOfWorkFactory
from udens_register.services.fingerprints import sha256_hex
from udens_register.services.fingerprints import short_fingerprint

REGISTER_NAME = "Udens Register"
VALID_YEARS = 20


@dataclass(frozen=True)
class SigningIdentity:
    """The key (PKCS#8 DER) and certificate (DER) that sign the case files."""

    private_key: bytes
    certificate: bytes
    fingerprint: str

    @property
    def short_fingerprint(self) -> str:
        """The first 16 hex digits in groups of four, as on a PDF's cover."""
        return short_fingerprint(self.fingerprint)

    def certificate_pem(self) -> bytes:
        """The certificate as PEM, for a director's PDF reader to trust."""
        return x509.load_der_x509_certificate(self.certificate).public_bytes(serialization.Encoding.PEM)


@dataclass(frozen=True)
class DisclosureRow:
    """One entry of the disclosure log."""

    id: int
    at: datetime
    case_numbers: str
    version: str
    recipient: str
    sha256: str
    protected: bool


def _row(d: Disclosure) -> DisclosureRow:
    return DisclosureRow(d.id, d.at, d.case_numbers, d.version, d.recipient, d.sha256, d.protected)


def make_identity(school: str, now: datetime) -> SigningIdentity:
    """A fresh P-256 key and a self-signed certificate named after the school and the register."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, f"{REGISTER_NAME} — {school}"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, school),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, REGISTER_NAME),
        ]
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365 * VALID_YEARS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    der = cert.public_bytes(serialization.Encoding.DER)
    private = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return SigningIdentity(private, der, sha256_hex(der))


class DisclosureService:
    """The signing identity and the log of every file that left the register."""

    def __init__(
        self, uow: UnitOfWorkFactory, clock: Clock, coordinator_id: int | None, school: str = "Udens College"
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._coordinator_id = coordinator_id
        self._school = school

    def identity(self) -> SigningIdentity:
        """The register's signing identity, made (and stored encrypted) on first use."""
        with self._uow() as uow:
            row = uow.disclosures.signing_key()
            if row is not None:
                return SigningIdentity(row.private_key, row.certificate, row.fingerprint)
            made = make_identity(self._school, self._clock())
            uow.disclosures.add_signing_key(
                SigningKey(
                    created_at=self._clock(),
                    private_key=made.private_key,
                    certificate=made.certificate,
                    fingerprint=made.fingerprint,
                )
            )
            uow.commit()
        return made

    def certificates(self) -> list[bytes]:
        """Every certificate this register has signed with (DER), newest first."""
        with self._uow(read_only=True) as uow:
            return uow.disclosures.certificates()

    def record(
        self, case_numbers: list[str], version: str, recipient: str, data: bytes, protected: bool
    ) -> DisclosureRow:
        """Log that ``data`` (the file exactly as written) went to ``recipient``."""
        return self.record_digest(case_numbers, version, recipient, sha256_hex(data), protected)

    def record_digest(
        self, case_numbers: list[str], version: str, recipient: str, digest: str, protected: bool
    ) -> DisclosureRow:
        """Log that the file whose SHA-256 is ``digest`` (as written) went to ``recipient``."""
        with self._uow() as uow:
            result = self.add_disclosure(uow, case_numbers, version, recipient, digest, protected)
            uow.commit()
        return result

    def add_disclosure(
        self,
        uow: AbstractUnitOfWork,
        case_numbers: list[str],
        version: str,
        recipient: str,
        digest: str,
        protected: bool,
    ) -> DisclosureRow:
        """Add the log's rows for one file to ``uow`` (its caller commits, with what else goes in
        the same transaction): one row per case, so each case's chronology and the register-wide
        list both show it."""
        ids = uow.incidents.ids_by_number(case_numbers)
        first: Disclosure | None = None
        for number in case_numbers or [""]:
            row = Disclosure(
                at=self._clock(),
                incident_id=ids.get(number),
                case_numbers=", ".join(case_numbers),
                version=version,
                recipient=recipient.strip(),
                sha256=digest,
                protected=protected,
                coordinator_id=self._coordinator_id,
            )
            uow.disclosures.add(row)
            first = first or row
        assert first is not None
        return _row(first)

    def find(self, sha256: str) -> DisclosureRow | None:
        """The first disclosure of the file with this SHA-256, or None if never issued."""
        with self._uow(read_only=True) as uow:
            row = uow.disclosures.by_sha256(sha256)
            return _row(row) if row is not None else None

    def all(self, incident_id: int | None = None) -> list[DisclosureRow]:
        """The disclosure log, newest first; one case's only when ``incident_id`` is given."""
        with self._uow(read_only=True) as uow:
            return [_row(d) for d in uow.disclosures.listed(incident_id, newest_first=True)]
