"""The school's recovery key: 160 random bits, written as eight groups of four letters."""

from __future__ import annotations

import base64
import secrets

RECOVERY_BYTES = 20  # 160 bits
_ALPHABET = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
_LENGTH = 32


def new_recovery_key() -> str:
    """A fresh recovery key in its readable form (``ABCD-EFGH-...``)."""
    raw = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode("ascii")
    return format_recovery_key(raw)


def format_recovery_key(text: str) -> str:
    """Group a normalised key in fours, joined with dashes."""
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def normalise_recovery_key(text: str) -> str | None:
    """The key's 32 letters without dashes or spaces, or ``None`` if it is not one.

    Lower case is accepted; the easily confused 0, 1 and 8 are read as O, I and B.
    """
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\n")
    cleaned = cleaned.translate(str.maketrans("018", "OIB"))
    if len(cleaned) != _LENGTH or not set(cleaned) <= _ALPHABET:
        return None
    return cleaned
