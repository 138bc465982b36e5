"""Udens Register: an encrypted, offline register of social-media incidents for a school."""

__version__ = "0.1.0"
