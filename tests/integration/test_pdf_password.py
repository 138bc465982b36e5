"""One rule for PDF passwords wherever they come from: the environment is held to it too."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.integration.test_cli import run
from udens_register.domain.errors import ValidationError
from udens_register.reporting.pdf import protect


@pytest.mark.slow
@pytest.mark.parametrize("password", ["x", "1234567"])
def test_a_short_password_from_the_environment_is_refused(
    demo_dir: Path, tmp_path: Path, password: str
) -> None:
    target = tmp_path / "dossier.pdf"
    os.environ["UDENS_REGISTER_PDF_PASSWORD"] = password
    try:
        result = run("--data-dir", str(demo_dir), "export-pdf", "2025-0001", "-o", str(target), "--protect")
    finally:
        os.environ.pop("UDENS_REGISTER_PDF_PASSWORD")
    assert result.returncode == 2
    assert "minstens 8 tekens" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not target.exists() and list(tmp_path.iterdir()) == []


def test_the_rule_holds_at_the_root_too() -> None:
    with pytest.raises(ValidationError):
        protect(b"%PDF-1.4", "kort")
