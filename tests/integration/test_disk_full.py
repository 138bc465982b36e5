"""A full disk, on a real small file system: "schijf vol — er is niets gewijzigd", nothing changed."""

from __future__ import annotations

import io
import os
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from tests.conftest import snapshot
from udens_register.cli import main as cli_main
from udens_register.domain.enums import Category
from udens_register.domain.errors import DiskFull
from udens_register.domain.model import IncidentDraft
from udens_register.services.register import create_register
from udens_register.services.register import open_register

DUTCH = "Schijf vol — er is niets gewijzigd."


@pytest.fixture
def stick(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB file system of its own (tmpfs), as a nearly full USB stick."""
    mount = tmp_path / "stick"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)],
                          capture_output=True, check=False)  # fmt: skip
    if made.returncode != 0:
        pytest.skip("a small file system cannot be mounted here (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(mount: Path, leave: int = 0) -> None:
    """Take the free space of ``mount`` up to ``leave`` bytes."""
    with (mount / "films.bin").open("wb", buffering=0) as handle:
        try:
            while True:
                st = os.statvfs(mount)
                free = st.f_bavail * st.f_frsize - leave
                if free <= 0:
                    return
                handle.write(b"\0" * min(free, 1 << 16))
        except OSError:
            return


def cli(folder: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("UDENS_REGISTER_PASSPHRASE", PASSPHRASE)
        mp.setenv("LANG", "nl_NL.UTF-8")
        code = cli_main(["--data-dir", str(folder), *args], stdin=io.StringIO(), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.slow
def test_a_write_on_a_full_disk_says_so_and_changes_nothing(stick: Path) -> None:
    folder = stick / "R"
    create_register(folder, PASSPHRASE, "Zorg", kdf_seconds=FAST_KDF)
    with open_register(folder, PASSPHRASE) as register:
        register.incidents.create(IncidentDraft("Eerste zaak", Category.OTHER, date(2026, 1, 5)))
    _fill(stick, leave=64 * 1024)
    with open_register(folder, PASSPHRASE) as register, pytest.raises(DiskFull):
        for day in range(1, 29):
            register.incidents.create(
                IncidentDraft(f"Zaak {day}", Category.OTHER, date(2026, 2, day), description="woord " * 1500)
            )
    (stick / "films.bin").unlink()
    code, out, err = cli(folder, "export-json", "-o", "-")
    assert code == 0, err
    assert '"Eerste zaak"' in out


def test_opening_on_a_disk_with_no_byte_left_says_disk_full_not_io_error(stick: Path) -> None:
    folder = stick / "R"
    create_register(folder, PASSPHRASE, "Zorg", kdf_seconds=FAST_KDF)
    _fill(stick)
    before = snapshot(folder)
    code, _out, err = cli(folder, "export-json", "-o", "-")
    assert code != 0
    assert err.startswith(DUTCH), err
    assert "i/o" not in err.lower()
    after = snapshot(folder)
    # The database and key file are as they were; SQLite may leave its empty -wal/-shm behind.
    assert {k: v for k, v in after.items() if not k.endswith(("-wal", "-shm"))} == before
    assert after.get("register.db-wal", b"") == b""


@pytest.mark.slow
def test_a_case_file_onto_a_full_stick_says_disk_full_and_leaves_the_old_file(
    stick: Path, tmp_path: Path
) -> None:
    """A case file is streamed into its file: a full stick met while writing is the disk-full
    line (exit 2), the old file stays whole and no temporary file is left (was: unexpected error)."""
    folder = tmp_path / "R"
    create_register(folder, PASSPHRASE, "Zorg", kdf_seconds=FAST_KDF)
    with open_register(folder, PASSPHRASE) as register:
        register.incidents.create(
            IncidentDraft("Eerste zaak", Category.OTHER, date(2026, 1, 5), description="woord " * 4000)
        )
    target = stick / "dossier.pdf"
    target.write_bytes(b"OUD")
    _fill(stick, leave=8 * 1024)
    code, _out, err = cli(folder, "export-pdf", "2026-0001", "-o", str(target))
    assert code == 2 and err.startswith(DUTCH), err
    assert target.read_bytes() == b"OUD"
    assert sorted(p.name for p in stick.iterdir()) == ["dossier.pdf", "films.bin"]
