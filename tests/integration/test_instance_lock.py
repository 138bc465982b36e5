"""Locks that heal: a lock left by a process that died is taken over, and SIGTERM (logout,
shutdown) closes the app as Quit does, removing its lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from udens_register.services.register import create_register
from udens_register.ui.instance_lock import LOCK_NAME

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "UDENS_REGISTER_KDF_SECONDS": "0.01"}


def _app(folder: Path, **extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "udens_register", "--data-dir", str(folder)],
                            env={**ENV, **extra}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "R"
    create_register(target, PASSPHRASE, "Zorg", kdf_seconds=FAST_KDF)
    return target


@pytest.mark.slow
def test_a_lock_left_by_a_dead_process_is_taken_over(folder: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from PySide6.QtCore import QLockFile; "
         f"lock = QLockFile({str(folder / LOCK_NAME)!r}); assert lock.tryLock(100); print('held', flush=True); "
         "time.sleep(60)"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    holder.kill()  # SIGKILL: the lock file stays behind, as after a crash
    holder.wait()
    holder.stdout.close()
    assert (folder / LOCK_NAME).exists()
    app = _app(folder, UDENS_REGISTER_QUIT_AFTER_MS="1500")
    _out, err = app.communicate(timeout=60)
    assert app.returncode == 0, err  # not "already open"
    assert not (folder / LOCK_NAME).exists()


@pytest.mark.slow
@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_termination_signal_closes_cleanly(folder: Path, number: int) -> None:
    app = _app(folder)
    deadline = time.monotonic() + 30
    while not (folder / LOCK_NAME).exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(1.0)
    app.send_signal(number)
    _out, err = app.communicate(timeout=30)
    assert app.returncode == 0, err
    assert "Traceback" not in err and "Fatal Python error" not in err
    assert not (folder / LOCK_NAME).exists()
