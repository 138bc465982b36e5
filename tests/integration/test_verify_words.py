"""verify names each problem in the coordinator's words, not the check's English.

A reviewer damaged a stored file and read "evidence: case 2026-0015, evidence 16 (…), thumbnail:
chunk 0"; the all-clear line was Dutch, the problems were not.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.integration.test_cli import run

ENGLISH = ("evidence:", "orphaned", "chunk", "thumbnail", "damaged:", "audit:", "foreign key")


def _damage_a_stored_file(folder: Path) -> None:
    victim = sorted((folder / "objects").glob("*.obj"))[0]
    raw = bytearray(victim.read_bytes())
    raw[100:104] = b"XXXX"
    victim.write_bytes(bytes(raw))
    (folder / "objects" / ("ab" * 16 + ".obj")).write_bytes(b"left by a crash")


@pytest.mark.slow
def test_verify_words_each_problem_in_dutch(demo_copy: Path) -> None:
    _damage_a_stored_file(demo_copy)
    result = run("--data-dir", str(demo_copy), "verify")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[0] == "Problemen in het register: 2"
    assert (
        re.match(r"  - dossier \d{4}-\d{4}, bewijsstuk \d+ \(", lines[1])
        and "deel 0 is beschadigd of gewijzigd" in lines[1]
    )
    assert (
        lines[2]
        == f"  - een opgeslagen bestand hoort bij geen enkel bewijsstuk: {'ab' * 16} (verify --repair verwijdert het)"
    )
    assert not any(word in result.stderr for word in ENGLISH), result.stderr


@pytest.mark.slow
def test_verify_words_each_problem_in_english_too(demo_copy: Path) -> None:
    _damage_a_stored_file(demo_copy)
    result = run("--data-dir", str(demo_copy), "--lang", "en", "verify", lang="en_GB.UTF-8")
    assert result.returncode == 1
    assert "part 0 is damaged or was changed" in result.stderr
    assert "a stored file belongs to no evidence" in result.stderr
