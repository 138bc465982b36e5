"""What the system and argparse say in English is told in the user's language."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from tests.integration.test_cli import run
from udens_register.domain.errors import CannotWrite
from udens_register.wording import readable_detail


@pytest.mark.slow
@pytest.mark.parametrize(
    "command",
    [
        ["export-pdf", "2025-0001", "-o"],
        ["export-json", "-o"],
        ["backup", "-o"],
    ],
)
def test_a_missing_folder_is_named_in_dutch(demo_dir: Path, tmp_path: Path, command: list[str]) -> None:
    target = tmp_path / "bestaat-niet" / "uit.bestand"
    result = run("--data-dir", str(demo_dir), *command, str(target))
    assert result.returncode == 2
    line = result.stderr.strip()
    assert line == f"Kan niet schrijven: de map {target.parent} bestaat niet."
    assert "does not exist" not in result.stderr
    assert not target.parent.exists()


def test_the_system_reason_is_dutch() -> None:
    try:
        raise CannotWrite("/media/stick/dossier.pdf: Permission denied") from PermissionError(
            errno.EACCES, "Permission denied"
        )
    except CannotWrite as exc:
        nl = readable_detail(exc, exc.detail, "nl")
        en = readable_detail(exc, exc.detail, "en")
    assert nl == "/media/stick/dossier.pdf: geen toestemming om daar te schrijven"
    assert en == "/media/stick/dossier.pdf: no permission to write there"


def test_an_unknown_system_reason_still_gets_words() -> None:
    cause = OSError(errno.EXDEV, "Invalid cross-device link")
    exc = CannotWrite("Invalid cross-device link")
    exc.__cause__ = cause
    assert readable_detail(exc, exc.detail, "nl") == "het systeem weigerde het"


def test_a_detail_without_the_system_text_is_kept() -> None:
    exc = CannotWrite("/media/stick/dossier.pdf")
    assert readable_detail(exc, exc.detail, "nl") == exc.detail


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["export-pdf"], "udens-register export-pdf: ontbreekt: case, -o/--output (--help)"),
        (
            ["export-pdf", "2025-0001", "-o", "x.pdf", "--audience", "ouders"],
            "udens-register export-pdf: --audience: 'ouders' is geen van 'directie', 'politie', 'inzage' (--help)",
        ),
        (
            ["export-pdf", "2025-0001", "-o"],
            "udens-register export-pdf: -o/--output heeft een waarde nodig (--help)",
        ),
        (
            ["export-pdf", "2025-0001", "-o", "x.pdf", "--person", "Jan"],
            "udens-register export-pdf: --person: 'Jan' is geen geldige waarde (--help)",
        ),
        (["--lang", "en", "export-pdf"], "udens-register export-pdf: missing: case, -o/--output (--help)"),
        (["--lang=en", "verify", "--fix"], "udens-register: not understood: --fix (--help)"),
    ],
)
def test_usage_errors_are_one_line_in_the_asked_language(
    tmp_path: Path, args: list[str], expected: str
) -> None:
    result = run("--data-dir", str(tmp_path / "register"), *args)
    assert result.returncode == 2
    assert result.stderr.strip() == expected
    assert not (tmp_path / "register").exists()


def test_a_fixed_detail_of_a_known_error_is_in_the_users_words() -> None:
    from udens_register.domain.errors import BackupDamaged

    exc = BackupDamaged("the database in the backup is damaged")
    assert readable_detail(exc, exc.detail, "nl") == "de database in de back-up is beschadigd"
    assert readable_detail(exc, exc.detail, "en") == "the database in the backup is damaged"


def test_every_fixed_detail_the_services_raise_has_words() -> None:
    """Each literal detail given to a known error in the package is in the catalogue."""
    import re

    import udens_register
    from udens_register.wording import has_label
    from udens_register.wording.source_system import DETAILS

    known = set(DETAILS.values())
    pattern = re.compile(r"\b(?:RegisterDamaged|BackupDamaged|CannotWrite)\(\"([^\"{}]+)\"\)")
    found = set()
    for path in Path(udens_register.__file__).parent.rglob("*.py"):
        found.update(pattern.findall(path.read_text(encoding="utf-8")))
    assert found, "the pattern finds the raises"
    assert found <= known, sorted(found - known)
    assert all(has_label("detail", code) for code in DETAILS)
