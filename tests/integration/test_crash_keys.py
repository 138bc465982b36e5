"""SIGKILL during slot changes: the key file always keeps a working slot."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF, PASSPHRASE
from udens_register.services.register import create_register, open_register
from udens_register.services.verify import verify_register

OTHER = "the other passphrase here"

CHURN = textwrap.dedent(
    f"""
    import sys
    from pathlib import Path
    from udens_register.services.keys import KeyService
    from udens_register.services.register import open_register
    from udens_register.domain.errors import WrongPassphrase
    folder = Path(sys.argv[1])
    phrases = [{PASSPHRASE!r}, {OTHER!r}]
    while True:
        for current, new in (phrases, phrases[::-1]):
            try:
                register = open_register(folder, current)
            except WrongPassphrase:
                continue
            with register:
                KeyService(register, kdf_seconds={FAST_KDF}).change_passphrase(new)
                print("changed", flush=True)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
@pytest.mark.parametrize("delay", [0.6, 0.9, 1.3, 1.7, 2.2])
def test_sigkill_during_passphrase_change_leaves_a_working_slot(tmp_path: Path, delay: float) -> None:
    folder = tmp_path / "R"
    created = create_register(folder, PASSPHRASE, "Zorg", kdf_seconds=FAST_KDF)
    proc = subprocess.Popen([sys.executable, "-c", CHURN, str(folder)], stdout=subprocess.PIPE, text=True)
    time.sleep(delay)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.stdout is not None
    changes = proc.stdout.read().count("changed")
    proc.stdout.close()
    opened_with = []
    for secret in (PASSPHRASE, OTHER):
        try:
            with open_register(folder, secret, migrate_schema=False):
                opened_with.append(secret)
        except Exception:  # noqa: S112 - the other passphrase is expected to fail
            continue
    assert opened_with, "no passphrase opens the register after the crash"
    with open_register(folder, created.recovery_key):
        pass
    assert verify_register(folder, created.recovery_key).healthy
    if delay >= 1.3:
        assert changes > 0, "the kill should land while slots were being changed"
