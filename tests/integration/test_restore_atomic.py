"""Restore checks the whole backup before anything of the register moves, and a restore cut short
after that point is finished at the next start: the old register or the new one always opens."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from tests.conftest import snapshot
from tests.integration.test_safety import _without_time
from tests.integration.test_safety import cli
from udens_register.domain.enums import Category
from udens_register.domain.errors import RegisterDamaged
from udens_register.domain.model import IncidentDraft
from udens_register.services import backups
from udens_register.services.backups import restore_backup
from udens_register.services.making import RESTORE_STAGING as STAGING
from udens_register.services.making import finish_interrupted_restore
from udens_register.services.register import create_register
from udens_register.services.register import open_register


@pytest.fixture
def register_and_backup(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "R"
    create_register(folder, PASSPHRASE, "Zorg", kdf_seconds=FAST_KDF)
    backup = tmp_path / "b.backup"
    with open_register(folder, PASSPHRASE) as register:
        register.incidents.create(IncidentDraft("Voor de back-up", Category.OTHER, date(2026, 1, 5)))
        register.backup(backup)
        register.incidents.create(IncidentDraft("Na de back-up", Category.OTHER, date(2026, 1, 6)))
    return folder, backup


def _damage_database_part(backup: Path) -> None:
    data = bytearray(backup.read_bytes())
    middle = len(data) // 2  # the database is nearly all of a backup without evidence
    for offset in range(middle, middle + 2 * 4096, 512):
        data[offset] ^= 0xFF
    backup.write_bytes(bytes(data))


@pytest.mark.slow
def test_a_damaged_backup_leaves_the_register_as_it_was(register_and_backup: tuple[Path, Path]) -> None:
    folder, backup = register_and_backup
    _damage_database_part(backup)
    export_before = cli(folder, "export-json", "-o", "-").stdout
    before = snapshot(folder)
    result = cli(folder, "restore", str(backup), "--replace")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert snapshot(folder) == before
    assert not (folder / STAGING).exists()
    assert _without_time(cli(folder, "export-json", "-o", "-").stdout) == _without_time(export_before)
    before = snapshot(folder)  # opening the register for the export wrote to it
    with pytest.raises(RegisterDamaged):
        restore_backup(backup, folder, PASSPHRASE, replace_existing=True)
    assert snapshot(folder) == before


@pytest.mark.slow
@pytest.mark.parametrize("moved", [0, 1, 2, 3])
def test_a_restore_cut_short_is_finished_at_the_next_start(
    register_and_backup: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, moved: int
) -> None:
    """The process dies before the ``moved``-th rename of the swap (old key file aside, old database
    aside, new database in, new key file in)."""
    folder, backup = register_and_backup
    real_replace = os.replace
    calls = {"n": 0}

    def dying_replace(src: object, dst: object) -> None:
        if str(src).startswith(str(folder)) and not str(src).endswith(".tmp"):
            if calls["n"] == moved:
                raise KeyboardInterrupt  # the process is killed here
            calls["n"] += 1
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(backups.os, "replace", dying_replace)
    with pytest.raises(KeyboardInterrupt):
        restore_backup(backup, folder, PASSPHRASE, replace_existing=True)
    monkeypatch.setattr(backups.os, "replace", real_replace)
    if moved == 0:
        # Nothing moved yet: the old register still opens as it was (the staging is left over).
        with open_register(folder, PASSPHRASE) as register:
            assert register.incidents.count(_everything()) == 2
        shutil.rmtree(folder / STAGING)
        return
    assert finish_interrupted_restore(folder)
    with open_register(folder, PASSPHRASE) as register:
        assert register.incidents.count(_everything()) == 1  # the backup's state
    kept = [p for p in folder.iterdir() if p.name.startswith("replaced-")]
    assert kept and any((p / "register.db").exists() for p in kept)  # the old database is kept, not lost


def _everything():  # type: ignore[no-untyped-def]
    from udens_register.domain.model import IncidentFilter

    return IncidentFilter()
