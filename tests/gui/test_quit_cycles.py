"""Start, unlock, open and close every toolbar dialog, quit with Ctrl+Q: the process ends with exit
0 and says nothing on stderr, cycle after cycle (issue 24: a segmentation fault on quit after the
Persons dialog, "QObject: shared QObject was deleted directly").

Each cycle is a real ``udens-register`` process driven by Qt's input simulation from its own
event loop (``quit_drive.py``), so the exit code and stderr are the application's own. The 30-cycle
figure comes from ``quit_cycles.py`` (xdotool on a real X server), reported with the change.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE

DRIVER = Path(__file__).with_name("quit_drive.py")
CYCLES = 3


@pytest.mark.slow
def test_every_toolbar_dialog_then_ctrl_q_ends_cleanly(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "LANG": "nl_NL.UTF-8",
        "UDENS_REGISTER_KDF_SECONDS": "0.05",
        "UDENS_REGISTER_PASSPHRASE": PASSPHRASE,
    }
    env.pop("PYTHONWARNINGS", None)
    folder = tmp_path / "register"
    made = subprocess.run(
        [sys.executable, "-m", "udens_register", "--data-dir", str(folder), "demo"],
        env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    del env["UDENS_REGISTER_PASSPHRASE"]  # typed on the unlock screen instead
    env["QUIT_DRIVE_PASSPHRASE"] = PASSPHRASE
    for n in range(CYCLES):
        run = subprocess.run(
            [sys.executable, str(DRIVER), "--data-dir", str(folder)],
            env=env, capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
        assert (n, run.returncode, run.stderr) == (n, 0, "")
