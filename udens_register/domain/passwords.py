"""One rule for every password that protects a document leaving the laptop."""

from __future__ import annotations

# Whether typed in the app, asked on the terminal or taken from UDENS_REGISTER_PDF_PASSWORD.
MIN_PDF_PASSWORD = 8


def password_is_long_enough(password: str) -> bool:
    """Whether ``password`` meets the rule for protecting a PDF."""
    return len(password) >= MIN_PDF_PASSWORD
