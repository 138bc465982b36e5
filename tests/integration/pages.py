"""Every page of a SQLCipher 4 file decrypted, free pages and WAL frames included (for tests).

SQLite's own export only copies live rows; to prove that nothing of a purged case is left on
disk the test reads the raw pages itself. SQLCipher 4 with a raw key: AES-256-CBC with the key
as given, 4096-byte pages, each ending in a reserve of 80 bytes (16 bytes IV, 64 bytes HMAC);
page 1 starts with the 16-byte salt.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher
from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.ciphers import modes

PAGE = 4096
RESERVE = 80
SALT = 16
WAL_HEADER = 32
FRAME_HEADER = 24


def _page(raw: bytes, number: int, key: bytes) -> bytes:
    start = SALT if number == 1 else 0
    iv = raw[PAGE - RESERVE : PAGE - RESERVE + 16]
    body = raw[start : PAGE - RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def database_pages(path: Path, key: bytes) -> list[bytes]:
    """Every page of an encrypted database file, decrypted (live, free and overflow alike)."""
    data = path.read_bytes()
    return [_page(data[i : i + PAGE], i // PAGE + 1, key) for i in range(0, len(data) - PAGE + 1, PAGE)]


def wal_pages(path: Path, key: bytes) -> list[bytes]:
    """Every frame of a write-ahead log beside an encrypted database, decrypted."""
    data = path.read_bytes()
    pages = []
    offset = WAL_HEADER
    while offset + FRAME_HEADER + PAGE <= len(data):
        number = int.from_bytes(data[offset : offset + 4], "big")
        pages.append(_page(data[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE], number, key))
        offset += FRAME_HEADER + PAGE
    return pages


def readable_text(folder: Path, key: bytes) -> dict[str, bytes]:
    """Each file under ``folder`` as a reader holding the data key could see it, lower-cased.

    Databases and their WAL are decrypted page by page; every other file is taken as it is.
    """
    seen: dict[str, bytes] = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        name = str(path.relative_to(folder))
        raw = path.read_bytes()
        if path.name.endswith("-wal"):
            text = b"".join(wal_pages(path, key))
        elif path.name.endswith(".db") and raw and len(raw) % PAGE == 0:
            text = b"".join(database_pages(path, key))
        else:
            text = raw
        seen[name] = text.lower()
    return seen
