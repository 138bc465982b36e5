"""Fixtures shared by the integration tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.integration.test_cli import run


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo register made by the real command line (fast key derivation)."""
    folder = tmp_path_factory.mktemp("demo") / "D"
    os.environ["UDENS_REGISTER_KDF_SECONDS"] = "0.01"
    result = run("--data-dir", str(folder), "demo")
    assert result.returncode == 0, result.stderr
    return folder
