"""A register on a write-protected medium opens read-only: verify, export-json, a plain refusal
for export-pdf (its disclosure cannot be logged), and in the app a banner with editing disabled."""

from __future__ import annotations

import contextlib
import io
import json
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
from udens_register.domain.model import IncidentDraft
from udens_register.services.register import create_register
from udens_register.services.register import open_register


def cli(folder: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("UDENS_REGISTER_PASSPHRASE", PASSPHRASE)
        mp.setenv("LANG", "nl_NL.UTF-8")
        code = cli_main(["--data-dir", str(folder), *args], stdin=io.StringIO(), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def _register(folder: Path) -> None:
    create_register(folder, PASSPHRASE, "Zorg", kdf_seconds=FAST_KDF)
    with open_register(folder, PASSPHRASE) as register:
        register.incidents.create(IncidentDraft("Op de stick", Category.OTHER, date(2026, 1, 5)))


@contextlib.contextmanager
def read_only_view(source: Path, mount: Path) -> Iterator[Path]:
    """``source`` seen at ``mount`` through a read-only bind mount (writing fails with EROFS, also
    for root); skips the test where no mount can be made."""
    mount.mkdir()
    bound = subprocess.run(["mount", "--bind", str(source), str(mount)], capture_output=True, check=False)
    if bound.returncode != 0:
        pytest.skip("no read-only mount possible here (needs root)")
    try:
        remount = ["mount", "-o", "remount,ro,bind", str(mount)]
        assert subprocess.run(remount, capture_output=True, check=False).returncode == 0
        assert not os.access(mount, os.W_OK) or os.statvfs(mount).f_flag & os.ST_RDONLY
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.fixture
def write_protected(tmp_path: Path) -> Iterator[Path]:
    """The register folder seen through a read-only mount."""
    source = tmp_path / "stick"
    source.mkdir()
    _register(source / "R")
    with read_only_view(source, tmp_path / "mounted") as mount:
        yield mount / "R"


def test_verify_and_export_json_work_on_a_read_only_register(write_protected: Path, tmp_path: Path) -> None:
    before = snapshot(write_protected)
    code, _out, err = cli(write_protected, "verify")
    assert code == 0, err
    target = tmp_path / "export.json"
    code, _out, err = cli(write_protected, "export-json", "-o", str(target))
    assert code == 0, err
    assert [i["title"] for i in json.loads(target.read_bytes())["incidents"]] == ["Op de stick"]
    assert snapshot(write_protected) == before


def test_export_pdf_and_changes_are_refused_in_one_plain_line(write_protected: Path, tmp_path: Path) -> None:
    code, _out, err = cli(write_protected, "export-pdf", "2026-0001", "-o", str(tmp_path / "d.pdf"))
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "alleen-lezen" in err and "verstrekking" in err, err
    assert not (tmp_path / "d.pdf").exists()
    code, _out, err = cli(write_protected, "hold", "2026-0001", "--reason", "Aangifte")
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "alleen-lezen" in err and "Traceback" not in err, err


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes regardless of the mode bits")
def test_a_folder_without_write_permission_is_read_only(tmp_path: Path) -> None:
    folder = tmp_path / "R"
    _register(folder)
    for path in [folder, *folder.iterdir()]:
        path.chmod(path.stat().st_mode & ~0o222)
    try:
        code, out, err = cli(folder, "export-json", "-o", "-")
        assert code == 0, err
        assert "Op de stick" in out
    finally:
        for path in [folder, *folder.iterdir()]:
            path.chmod(path.stat().st_mode | 0o200)


def test_the_app_shows_a_read_only_banner_and_disables_editing(write_protected: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from udens_register.services.gateway import RegisterGateway
    from udens_register.services.settings import Settings
    from udens_register.ui.main_window import MainWindow

    gateway = RegisterGateway(write_protected, kdf_seconds=FAST_KDF)
    window = MainWindow(gateway, Settings())
    qtbot.addWidget(window)
    window.show()
    window.on_unlocked(gateway.open(PASSPHRASE))
    try:
        assert window.read_only_banner.isVisible()
        assert "alleen-lezen" in window.read_only_banner.text().lower()
        for name in ("new_action", "import_action", "decide_action", "retention_action", "pdf_action"):
            assert not window.action_table[name].isEnabled(), name
        for name in ("export_action", "find_action", "quit_action"):
            assert window.action_table[name].isEnabled(), name
    finally:
        window.lock()
