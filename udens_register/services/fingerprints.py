"""A file's and a certificate's fingerprints as people read them: light, for the screens that
show them before a register is open."""

from __future__ import annotations

import hashlib


def grouped_fingerprint(fingerprint: str, digits: int = 64) -> str:
    """The first ``digits`` hex digits in groups of four, to read out over the phone."""
    head = fingerprint[:digits].upper()
    return " ".join(head[i : i + 4] for i in range(0, len(head), 4))


def short_fingerprint(fingerprint: str) -> str:
    """``AB12 CD34 EF56 7890`` from a hex fingerprint (as on a PDF's cover)."""
    return grouped_fingerprint(fingerprint, 16)


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of ``data`` as lower-case hex."""
    return hashlib.sha256(data).hexdigest()
