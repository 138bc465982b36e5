"""A register knows its own database: an emptied, truncated or schema-less register.db beside the
key file is damaged, never rebuilt, and no command changes a file (issue: nothing lost)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from tests.conftest import snapshot
from tests.integration.test_cli import run
from udens_register.domain.errors import RegisterDamaged
from udens_register.services.register import create_register
from udens_register.services.register import open_register
from udens_register.storage.engine import make_engine

COMMANDS = (
    ("verify",),
    ("export-json", "-o", "-"),
    ("backup", "-o", "{tmp}/b.backup"),
    ("backup", "--to", "{tmp}/B"),
    ("purge",),
    ("keys", "list"),
)


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("good") / "R"
    create_register(folder, PASSPHRASE, "Zorg", kdf_seconds=FAST_KDF)
    return folder


def _emptied(db: Path) -> None:
    db.write_bytes(b"")


def _truncated(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2 + 100])


def _schemaless(db: Path) -> None:
    # A valid, correctly keyed SQLCipher file that holds no register (a foreign or fresh database).
    db.unlink()
    for suffix in ("-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    from udens_register.vault.keyfile import KeyFile

    key = KeyFile.load(db.with_name("register.keys")).unlock(PASSPHRASE).data_key
    engine = make_engine(db, key)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE something_else (x INTEGER)")
    engine.dispose()


def _other_register(db: Path) -> None:
    # This register's key opens it, but the database says it belongs to another register.
    from udens_register.vault.keyfile import KeyFile

    key = KeyFile.load(db.with_name("register.keys")).unlock(PASSPHRASE).data_key
    engine = make_engine(db, key)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE register_meta SET register_id = '0123456789abcdef0123456789abcdef'")
    engine.dispose()


@pytest.mark.slow
@pytest.mark.parametrize(
    "damage",
    [_emptied, _truncated, _schemaless, _other_register],
    ids=["empty", "truncated", "schemaless", "other-register"],
)
def test_every_command_refuses_and_changes_nothing(good: Path, tmp_path: Path, damage) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "R"
    shutil.copytree(good, folder)
    damage(folder / "register.db")
    before = snapshot(folder)
    for command in COMMANDS:
        args = [a.replace("{tmp}", str(tmp_path)) for a in command]
        result = run("--data-dir", str(folder), *args)
        assert result.returncode != 0, (command, result.stdout)
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and "Traceback" not in result.stderr, (command, result.stderr)
        assert "beschadigd" in lines[0], (command, lines[0])
        assert snapshot(folder) == before, command
        assert not (tmp_path / "B").exists() and not (tmp_path / "b.backup").exists(), command
    with pytest.raises(RegisterDamaged):
        open_register(folder, PASSPHRASE)
    assert snapshot(folder) == before
