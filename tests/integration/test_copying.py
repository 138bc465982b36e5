"""Copying many files in batches: everything under its final name is whole and durable, and an
error leaves no temporary file behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from udens_register.services import copying


def _sources(folder: Path, n: int, size: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for i in range(n):
        path = folder / f"{i:03}.obj"
        path.write_bytes(os.urandom(size))
        paths.append(path)
    return paths


def test_many_files_copied_in_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(copying, "BATCH_BYTES", 3 * 1000)  # a batch of three files
    sources = _sources(tmp_path / "a", 10, 1000)
    target = tmp_path / "b"
    target.mkdir()
    seen: list[int] = []
    total = copying.copy_files(((s, target / s.name) for s in sources), seen.append)
    assert total == sum(seen) == 10 * 1000
    assert sorted(p.name for p in target.iterdir()) == [s.name for s in sources], "no temporary file left"
    for source in sources:
        assert (target / source.name).read_bytes() == source.read_bytes()


def test_an_error_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(copying, "BATCH_BYTES", 2 * 1000)
    sources = _sources(tmp_path / "a", 5, 1000)
    sources[3].unlink()  # gone between listing and copying
    target = tmp_path / "b"
    target.mkdir()
    with pytest.raises(FileNotFoundError):
        copying.copy_files((s, target / s.name) for s in sources)
    names = sorted(p.name for p in target.iterdir())
    assert names == [s.name for s in sources[:2]], "the settled batch stays, the unsettled one is gone"


def test_a_failed_sync_of_a_batch_behind_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch is made durable on a second thread while the next is copied: when that sync
    fails, the copy stops with its error and neither batch leaves a file behind."""
    monkeypatch.setattr(copying, "BATCH_BYTES", 2 * 1000)
    monkeypatch.setattr(copying, "SYNCFS_FILES", 1)
    calls: list[int] = []

    def failing_sync(_path: Path) -> bool:
        calls.append(1)
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(copying, "sync_filesystem", failing_sync)
    sources = _sources(tmp_path / "a", 6, 1000)
    target = tmp_path / "b"
    target.mkdir()
    with pytest.raises(OSError, match="Input/output"):
        copying.copy_files((s, target / s.name) for s in sources)
    assert calls, "the batch was synced"
    assert list(target.iterdir()) == [], "no temporary file and no unsynced file left"
