"""The installed package (a built wheel, not this checkout) finds migrations and resources."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_ships_migrations_and_resources(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheels),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("udens_register-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        zf.extractall(tmp_path / "site")
    assert "udens_register/_data/migrations/env.py" in names
    assert any(n.startswith("udens_register/_data/migrations/versions/0001") for n in names)
    assert "udens_register/_data/resources/protocol/social-media-protocol.nl.txt" in names
    code = (
        "import udens_register.paths as p, sys;"
        "m=p.migrations_dir(); r=p.resources_dir();"
        "assert '_data' in str(m) and (m/'env.py').is_file(), m;"
        "assert (r/'protocol').is_dir(), r;"
        "from udens_register.storage import migrate; print(migrate.head_revision())"
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "site")}
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True,
                         check=True)  # fmt: skip
    assert out.stdout.strip()
