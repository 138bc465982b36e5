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

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from udens_register.services.register import create_register
from udens_register.services.register import open_register
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


@pytest.mark.slow  # a kill loop
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
@pytest.mark.parametrize(("changes_first", "jitter"), [(1, 0.0), (1, 0.05), (2, 0.1), (3, 0.17), (2, 0.23)])
def test_sigkill_during_passphrase_change_leaves_a_working_slot(
    tmp_path: Path, changes_first: int, jitter: float
) -> None:
    folder = tmp_path / "R"
    created = create_register(folder, PASSPHRASE, "Zorg", kdf_seconds=FAST_KDF)
    proc = subprocess.Popen([sys.executable, "-c", CHURN, str(folder)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    deadline = time.monotonic() + 60
    changes = 0
    # Wait until the child is really changing slots (however loaded the machine), then kill it
    # at a different point of its write cycle in each case.
    while changes < changes_first and time.monotonic() < deadline:
        if proc.stdout.readline().startswith("changed"):
            changes += 1
    time.sleep(jitter)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
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
    assert changes == changes_first, "the kill landed while slots were being changed"
