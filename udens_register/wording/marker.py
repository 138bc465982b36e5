"""The marker Babel extracts the catalogue's entries by (keyword ``N_:1c,2``)."""

from __future__ import annotations


def N_(context: str, message: str) -> str:
    """Mark ``message`` for the catalogue under ``context``; returns it unchanged."""
    del context
    return message
