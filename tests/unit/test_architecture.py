"""The layer contracts (pyproject.toml, after the layers of the design notes), checked by import-linter."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_are_kept() -> None:
    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    result = subprocess.run([exe, "--config", str(ROOT / "pyproject.toml")], cwd=ROOT, capture_output=True,
                            text=True, check=False)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.split("Contracts:")[-1].replace("0 broken", "")


def test_pure_layers_import_without_qt_or_sqlalchemy() -> None:
    code = (
        "import sys; import udens_register.protocol, udens_register.domain.model;"
        "bad=[m for m in sys.modules if m.split('.')[0] in ('PySide6','sqlalchemy','sqlcipher3')];"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
