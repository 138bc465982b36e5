"""An output that is not a plain file is refused, never replaced; a write-protected output folder
gets one plain line. (``export-json -o /dev/full`` once turned the device into a plain file
holding the whole register, and a read-only stick gave an unexpected error.)"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.test_read_only import _register
from tests.integration.test_read_only import cli
from tests.integration.test_read_only import read_only_view


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("targets") / "R"
    _register(folder)
    return folder


def _fifo(place: Path) -> Path:
    os.mkfifo(place / "pijp")
    return place / "pijp"


def _link(place: Path) -> Path:
    (place / "echt.bin").write_bytes(b"van iemand anders")
    (place / "koppeling").symlink_to(place / "echt.bin")
    return place / "koppeling"


def _folder(place: Path) -> Path:
    (place / "map").mkdir()
    return place / "map"


def _device(place: Path) -> Path:
    try:
        os.mknod(place / "vol", 0o600 | stat.S_IFCHR, os.makedev(1, 7))  # like /dev/full
    except PermissionError:
        pytest.skip("making a device node needs root")
    return place / "vol"


COMMANDS = {
    "export-json": ["export-json", "-o"],
    "export-pdf": ["export-pdf", "2026-0001", "-o"],
    "backup": ["backup", "-o"],
    "report": ["report", "--from", "2026-01-01", "--to", "2026-12-31", "-o"],
}


@pytest.mark.slow
@pytest.mark.parametrize("make", [_fifo, _link, _folder, _device], ids=["fifo", "link", "folder", "device"])
@pytest.mark.parametrize("command", list(COMMANDS))
def test_an_output_that_is_not_a_plain_file_is_refused(
    register: Path, tmp_path: Path, make: Callable[[Path], Path], command: str
) -> None:
    target = make(tmp_path)
    before = os.lstat(target)
    code, _, err = cli(register, *COMMANDS[command], str(target))
    assert code != 0
    assert err.strip().startswith(f"Kan niet schrijven naar {target}: dat is geen gewoon bestand")
    assert len(err.strip().splitlines()) == 1
    after = os.lstat(target)
    assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino), "the target is untouched"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        {"pijp", "koppeling", "echt.bin", "map", "vol"} & {p.name for p in tmp_path.iterdir()}
    ), "no temporary file left"
    if make is _link:
        assert (tmp_path / "echt.bin").read_bytes() == b"van iemand anders"


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    source = tmp_path / "stick"
    source.mkdir()
    with read_only_view(source, tmp_path / "mounted") as mount:
        yield mount


@pytest.mark.slow
@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_write_protected_output_folder_gets_one_plain_line(
    register: Path, read_only_folder: Path, command: str
) -> None:
    target = read_only_folder / "uit.bestand"
    code, _, err = cli(register, *COMMANDS[command], str(target))
    assert code != 0
    line = err.strip()
    assert len(line.splitlines()) == 1
    assert "Onverwachte fout" not in line
    assert "de schijf is alleen-lezen" in line, line
    assert list(read_only_folder.iterdir()) == []
