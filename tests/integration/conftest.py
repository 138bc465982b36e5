"""Fixtures shared by the integration tests."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.integration.test_cli import run


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo register made once per test session by the real command line (fast key derivation)."""
    folder = tmp_path_factory.mktemp("demo-template") / "D"
    os.environ["UDENS_REGISTER_KDF_SECONDS"] = "0.01"
    result = run("--data-dir", str(folder), "demo")
    assert result.returncode == 0, result.stderr
    return folder


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    """A demo register of the module's own: a copy of the session's demo register."""
    folder = tmp_path_factory.mktemp("demo") / "D"
    shutil.copytree(demo_template, folder)
    return folder


@pytest.fixture
def demo_copy(tmp_path: Path, demo_template: Path) -> Path:
    """A demo register of the test's own, in ``tmp_path / "D"``."""
    folder = tmp_path / "D"
    shutil.copytree(demo_template, folder)
    return folder
