"""What the backups still hold: a removed coordinator's slot is taken out of every backup the register
can reach (and the rest counted), and a purge names the backups that hold the purged cases."""

from __future__ import annotations

import shutil
from datetime import UTC
from datetime import date
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from tests.integration.test_safety import cli
from udens_register.domain.enums import Category
from udens_register.domain.enums import Status
from udens_register.domain.errors import WrongPassphrase
from udens_register.domain.model import IncidentDraft
from udens_register.services import snapshots as snap
from udens_register.services.backups import restore_backup
from udens_register.services.keys import KeyService
from udens_register.services.register import create_register
from udens_register.services.register import open_register

OTHER = "tweede zorgcoördinator met eigen zin"


@pytest.mark.slow
def test_removing_a_coordinator_removes_their_slot_from_the_backups(tmp_path: Path) -> None:
    folder, home, stick, gone = tmp_path / "R", tmp_path / "R-backups", tmp_path / "stick", tmp_path / "away"
    create_register(folder, PASSPHRASE, "Zorg", kdf_seconds=FAST_KDF)
    with open_register(folder, PASSPHRASE) as register:
        slot = KeyService(register, kdf_seconds=FAST_KDF).add(OTHER, "Tweede").slot_id
        register.automatic_backup(home)
        register.automatic_backup(home)
        register.automatic_backup(stick)
        register.automatic_backup(gone)
        register.backup(tmp_path / "hand.backup")
    shutil.move(gone, tmp_path / "elsewhere")  # a stick that is not plugged in now
    with open_register(folder, PASSPHRASE) as register:
        reach = KeyService(register, kdf_seconds=FAST_KDF, backup_folder=home).remove(slot)
    assert (reach.rewritten, reach.unreachable) == (3, 2)
    for source in (home, stick):
        for s in snap.list_snapshots(source):
            assert all(x.id != slot for x in snap.snapshot_keyfile(s).slots)
        with pytest.raises(WrongPassphrase):
            restore_backup(source, tmp_path / "try", OTHER)
        assert not (tmp_path / "try").exists()
    restore_backup(home, tmp_path / "ok", PASSPHRASE)  # the remaining coordinator still can
    moved = tmp_path / "elsewhere"
    assert any(x.id == slot for x in snap.snapshot_keyfile(snap.list_snapshots(moved)[0]).slots)


@pytest.mark.slow
def test_the_command_line_says_how_many_backups_it_could_not_reach(tmp_path: Path) -> None:
    folder = tmp_path / "R"
    create_register(folder, PASSPHRASE, "Zorg", kdf_seconds=FAST_KDF)
    with open_register(folder, PASSPHRASE) as register:
        slot = KeyService(register, kdf_seconds=FAST_KDF).add(OTHER, "Tweede").slot_id
        register.automatic_backup(tmp_path / "R-backups")
        register.backup(tmp_path / "hand.backup")
    result = cli(folder, "keys", "remove", slot)
    assert result.returncode == 0, result.stderr
    assert "Ook uit 1 back-up(s) verwijderd; 1 back-up(s) elders" in result.stderr


def _register_with_an_old_case(folder: Path) -> str:
    create_register(folder, PASSPHRASE, "Zorg", kdf_seconds=FAST_KDF)
    then = datetime(2023, 6, 1, 10, 0, tzinfo=UTC)
    with open_register(folder, PASSPHRASE, clock=lambda: then) as old:
        case = old.incidents.create(IncidentDraft("Oud geval", Category.OTHER, date(2023, 5, 1)))
        old.incidents.set_status(case.id, Status.CLOSED, "Afgerond")
    return case.case_number


@pytest.mark.slow
def test_a_purge_names_the_backups_holding_the_cases_and_removes_them_on_request(tmp_path: Path) -> None:
    folder, home = tmp_path / "R", tmp_path / "R-backups"
    number = _register_with_an_old_case(folder)
    with open_register(folder, PASSPHRASE) as register:
        register.automatic_backup(home)
        register.automatic_backup(home)
    result = cli(folder, "purge", "--yes")
    assert result.returncode == 0, result.stderr
    assert "2 back-up(s) bevatten de verwijderde dossiers nog" in result.stderr
    assert len(snap.list_snapshots(home)) == 2, "told, not removed without being asked"
    with open_register(folder, PASSPHRASE) as register:
        holding = register.backups_holding([number], home)
        assert [h.cases for h in holding] == [(number,), (number,)]
        assert register.remove_backups_holding(holding, home) == 2
        left = snap.list_snapshots(home)
        assert len(left) == 1 and not register.backups_holding([number], home), "a new one, without the case"
