"""build.spec: the PyInstaller one-folder build starts (--version, demo, verify, offscreen start and quit)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_built_program_starts(tmp_path: Path) -> None:
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    if not pyinstaller.exists():
        pytest.fail("PyInstaller is part of the test extras; install with .ci/setup")
    subprocess.run(
        [str(pyinstaller), "--noconfirm", "--log-level", "ERROR", "--distpath", str(tmp_path / "dist"),
         "--workpath", str(tmp_path / "build"), str(ROOT / "build.spec")],
        check=True, cwd=tmp_path, capture_output=True, timeout=900,
    )  # fmt: skip
    exe = (
        tmp_path / "dist" / "udens-register" / ("udens-register.exe" if os.name == "nt" else "udens-register")
    )
    env = {**os.environ, "UDENS_REGISTER_PASSPHRASE": "smoke test passphrase", "UDENS_REGISTER_KDF_SECONDS": "0.01",
           "QT_QPA_PLATFORM": "offscreen", "UDENS_REGISTER_QUIT_AFTER_MS": "1500"}  # fmt: skip

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(exe), *args], env=env, capture_output=True, text=True, timeout=120, check=False
        )

    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith("udens-register ")
    folder = tmp_path / "register"
    assert run("--data-dir", str(folder), "demo").returncode == 0
    verify = run("--data-dir", str(folder), "verify")
    assert verify.returncode == 0, verify.stderr
    gui = run("--data-dir", str(folder))
    assert gui.returncode == 0, gui.stderr
    print(f"smoke: {version.stdout.strip()}; demo, verify and offscreen start+quit ok")
