"""Create, restore and migrate are atomic: a SIGKILL at every durable step of ``init``, ``demo``,
``restore`` and a schema migration leaves a register that opens or a folder ``init`` can use."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from alembic import command

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from udens_register.cli import main as cli_main
from udens_register.domain.enums import Category
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import IncidentFilter
from udens_register.services import making
from udens_register.services.register import create_register
from udens_register.services.register import open_register
from udens_register.storage import migrate
from udens_register.storage.engine import make_engine

pytestmark = pytest.mark.slow  # subprocesses killed at every step: minutes on a busy machine

REPO = Path(__file__).resolve().parents[2]
ENV = {
    **os.environ,
    "UDENS_REGISTER_KDF_SECONDS": "0.01",
    "UDENS_REGISTER_PASSPHRASE": PASSPHRASE,
    "LANG": "nl_NL.UTF-8",
    "PYTHONPATH": str(REPO),
}


def killed(point: str, n: int, folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run a command that SIGKILLs itself before its ``n``-th step of kind ``point`` (-1: count them)."""
    return subprocess.run(
        [sys.executable, "-m", "tests.integration.kill_at", point, str(n), "--", "--data-dir", str(folder), *args],
        env=ENV, capture_output=True, text=True, timeout=300, check=False, cwd=REPO,
    )  # fmt: skip


def steps(point: str, folder: Path, *args: str) -> int:
    result = killed(point, -1, folder, *args)
    assert result.returncode == 0, result.stderr
    return int(result.stderr.strip().rsplit("steps=", 1)[1])


def cli(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command line in this process (the killed runs are the subprocesses)."""
    err, out = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("UDENS_REGISTER_PASSPHRASE", PASSPHRASE)
        mp.setenv("LANG", "nl_NL.UTF-8")
        code = cli_main(["--data-dir", str(folder), *args], stdin=io.StringIO(), stdout=out, stderr=err)
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


def count_incidents(folder: Path) -> int:
    with open_register(folder, PASSPHRASE) as register:
        return register.incidents.count(IncidentFilter())


def outcome(folder: Path) -> str:
    """'whole' (it opens and verifies), or the folder is usable by ``init`` ('none'/'unfinished')."""
    state = cli(folder, "verify")
    assert "Traceback" not in state.stderr
    if state.returncode == 0:
        return "whole"
    assert state.returncode == 3, state.stderr  # no register there: one plain line
    unfinished = making.is_unfinished(folder)
    if unfinished:
        assert "onvoltooid register" in state.stderr
    again = cli(folder, "init", "--label", "Zorg")
    assert again.returncode == 0, again.stderr
    if unfinished:
        assert "opgeruimd" in again.stderr
    assert count_incidents(folder) == 0
    return "unfinished" if unfinished else "none"


@pytest.mark.parametrize("point", ["replace", "fsync"])
def test_a_kill_at_every_step_of_init_leaves_no_register_or_a_whole_one(tmp_path: Path, point: str) -> None:
    total = steps(point, tmp_path / "count", "init", "--label", "Zorg")
    assert total >= 2
    seen = set()
    for n in range(total):
        folder = tmp_path / f"R{n}"
        result = killed(point, n, folder, "init", "--label", "Zorg")
        assert result.returncode == -signal.SIGKILL, result.stderr
        seen.add(outcome(folder))
    assert "none" in seen
    if point == "replace":
        assert "unfinished" in seen  # killed between the database and the key file moving in
    else:
        assert "whole" in seen  # killed after the key file moved in, before the folder was synced


def test_a_demo_cut_short_leaves_no_half_filled_register(tmp_path: Path) -> None:
    total = steps("sql", tmp_path / "count", "demo")
    for n in (total // 5, total // 2, total - 40):
        folder = tmp_path / f"D{n}"
        assert killed("sql", n, folder, "demo").returncode == -signal.SIGKILL
        assert not (folder / "register.keys").exists()  # the demo fills before it moves in
        assert outcome(folder) == "none"


def test_a_kill_at_a_random_moment_of_init(tmp_path: Path) -> None:
    for n, delay in enumerate((0.3, 0.6, 0.9, 1.2, 1.6, 2.2)):
        folder = tmp_path / f"T{n}"
        proc = subprocess.Popen(
            [sys.executable, "-m", "udens_register", "--data-dir", str(folder), "init", "--label", "Zorg"],
            env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO,
        )  # fmt: skip
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        assert outcome(folder) in ("none", "unfinished", "whole")


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


@pytest.mark.parametrize("point", ["replace", "fsync"])
def test_a_kill_at_every_step_of_restore_leaves_the_old_or_the_new_register(
    tmp_path: Path, register_and_backup: tuple[Path, Path], point: str
) -> None:
    folder, backup = register_and_backup
    pristine = tmp_path / "pristine"
    os.rename(folder, pristine)
    subprocess.run(["cp", "-a", str(pristine), str(folder)], check=True)
    total = steps(point, folder, "restore", str(backup), "--replace")
    seen = set()
    for n in range(total):
        target = tmp_path / f"R{n}"
        subprocess.run(["cp", "-a", str(pristine), str(target)], check=True)
        assert killed(point, n, target, "restore", str(backup), "--replace").returncode == -signal.SIGKILL
        # The next start finishes a restore whose backup was checked, or finds the old register.
        assert cli(target, "verify").returncode == 0
        seen.add(count_incidents(target))
    assert seen <= {1, 2} and 1 in seen


def test_a_kill_during_a_restore_into_an_empty_folder_leaves_a_folder_init_can_use(
    tmp_path: Path, register_and_backup: tuple[Path, Path]
) -> None:
    _folder, backup = register_and_backup
    total = steps("replace", tmp_path / "count", "restore", str(backup))
    for n in range(total):
        target = tmp_path / f"E{n}"
        assert killed("replace", n, target, "restore", str(backup)).returncode == -signal.SIGKILL
        if cli(target, "verify").returncode == 0:
            assert count_incidents(target) == 1
        else:
            assert outcome(target) == "none"


def _older_register(folder: Path, revision: str) -> None:
    """A register with cases whose database is brought back to ``revision`` (Alembic downgrade)."""
    create_register(folder, PASSPHRASE, "Zorg", kdf_seconds=FAST_KDF)
    with open_register(folder, PASSPHRASE) as register:
        for day in range(1, 29):
            register.incidents.create(IncidentDraft(f"Zaak {day}", Category.OTHER, date(2026, 2, day)))
        key = register.data_key
    engine = make_engine(folder / "register.db", key, foreign_keys=False)
    with engine.connect() as conn, conn.begin():
        cfg = migrate._config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
    engine.dispose()
    assert migrate.current_revision(folder / "register.db", key) == revision


def test_a_kill_at_moments_of_a_migration_leaves_a_register_that_opens(tmp_path: Path) -> None:
    pristine = tmp_path / "old"
    _older_register(pristine, "0004")
    counting = tmp_path / "count"
    subprocess.run(["cp", "-a", str(pristine), str(counting)], check=True)
    total = steps("sql", counting, "export-json", "-o", "-")
    for n in sorted({2, 8, total // 4, total // 2, (3 * total) // 4, total - 12}):
        target = tmp_path / f"M{n}"
        subprocess.run(["cp", "-a", str(pristine), str(target)], check=True)
        assert killed("sql", n, target, "export-json", "-o", "-").returncode == -signal.SIGKILL
        assert cli(target, "verify").returncode in (0, 1)  # opens (verify does not migrate)
        assert count_incidents(target) == 28  # opening migrates it now, nothing lost
        copies = [p for p in target.iterdir() if p.name.startswith("register.before-")]
        assert all(p.stat().st_size % 4096 == 0 for p in copies)  # no half-written safety copy
