"""No warning of a library reaches a person: not under a command, not when the app starts.

cryptography 51 warns that DSA is deprecated when pyHanko is imported; the register's own
processes keep such warnings from people (``app.keep_warnings_from_people``). These tests run
the real entry point as a person does, with no ``-W`` and no ``PYTHONWARNINGS``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.conftest import Template
from tests.integration.test_cli import run

WARNING_WORDS = ("Warning", "warning", "deprecated", "DeprecationWarning")


def _no_warning(stderr: str) -> None:
    assert not any(word in stderr for word in WARNING_WORDS), stderr


def test_help_prints_no_warning() -> None:
    result = run("--help")
    assert result.returncode == 0
    _no_warning(result.stderr)
    assert result.stderr == ""


@pytest.mark.slow
def test_verify_and_signing_print_no_warning(tmp_path: Path, register_template: Template) -> None:
    folder = tmp_path / "R"
    register_template.copy_to(folder)
    verified = run("--data-dir", str(folder), "verify")
    assert verified.returncode == 0, verified.stderr
    _no_warning(verified.stderr)
    # Exporting the certificate loads the signing code (pyHanko), which imports DSA.
    certificate = run("--data-dir", str(folder), "export-certificate", "-o", str(tmp_path / "c.pem"))
    assert certificate.returncode == 0, certificate.stderr
    _no_warning(certificate.stderr)


def test_the_library_does_warn_so_the_check_above_means_something() -> None:
    """Imported plainly with warnings shown, pyHanko's import does warn (cryptography 51)."""
    probe = subprocess.run(
        [sys.executable, "-W", "default", "-c", "import pyhanko.sign.signers.pdf_cms"],
        capture_output=True,
        text=True,
        check=False,
        env={k: v for k, v in os.environ.items() if k != "PYTHONWARNINGS"},
    )
    if "DSA" not in probe.stderr:
        pytest.skip("this cryptography no longer warns on pyHanko's import")
    assert "CryptographyDeprecationWarning" in probe.stderr


@pytest.mark.slow
def test_the_app_starts_and_quits_without_a_warning(tmp_path: Path, register_template: Template) -> None:
    folder = tmp_path / "R"
    register_template.copy_to(folder)
    env = {k: v for k, v in os.environ.items() if k not in ("UDENS_REGISTER_PASSPHRASE", "PYTHONWARNINGS")}
    env["UDENS_REGISTER_QUIT_AFTER_MS"] = "300"
    result = subprocess.run(
        [sys.executable, "-m", "udens_register", "--data-dir", str(folder)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    _no_warning(result.stderr)
    assert PASSPHRASE not in result.stdout + result.stderr
