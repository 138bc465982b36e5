"""The encrypted object store on real files: round trip, damage named by chunk, orphans swept."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from udens_register.storage.objects import HEADER
from udens_register.storage.objects import TAG_SIZE
from udens_register.storage.objects import ObjectStore
from udens_register.storage.objects import StoredObject

MARKER = b"EVIDENCE-MARKER-7f3a"
CHUNK = 4096


def payload(size: int) -> bytes:
    block = MARKER + os.urandom(100)
    return (block * (size // len(block) + 1))[:size]


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 5 * CHUNK, 5 * CHUNK + 17])
def test_round_trip_streamed_in_chunks(tmp_path: Path, size: int) -> None:
    store = ObjectStore(tmp_path)
    data = payload(size)
    obj = store.write(io.BytesIO(data), chunk_size=CHUNK)
    assert obj.size == size
    assert store.names() == {obj.name}
    with store.open(obj) as reader:
        assert reader.read() == data
    assert b"".join(store.chunks(obj)) == data
    assert store.verify(obj) == []
    on_disk = store.path(obj.name).read_bytes()
    assert MARKER not in on_disk
    assert len(on_disk) == HEADER.size + size + max(1, -(-size // CHUNK)) * TAG_SIZE


def test_reader_seeks_and_reads_across_chunks(tmp_path: Path) -> None:
    store = ObjectStore(tmp_path)
    data = payload(3 * CHUNK + 100)
    obj = store.write(io.BytesIO(data), chunk_size=CHUNK)
    with store.open(obj) as reader:
        reader.seek(CHUNK - 10)
        assert reader.read(30) == data[CHUNK - 10 : CHUNK + 20]
        reader.seek(-5, io.SEEK_END)
        assert reader.read() == data[-5:]
        assert reader.read(10) == b""


def test_names_are_random_not_a_content_hash(tmp_path: Path) -> None:
    store = ObjectStore(tmp_path)
    a = store.write(io.BytesIO(b"same bytes"))
    b = store.write(io.BytesIO(b"same bytes"))
    assert a.name != b.name and a.key != b.key and a.sha256 == b.sha256
    assert a.name not in a.sha256


def _damage(path: Path, offset: int) -> None:
    with path.open("r+b") as f:
        f.seek(offset)
        byte = f.read(1)
        f.seek(offset)
        f.write(bytes([byte[0] ^ 1]))


def test_a_damaged_chunk_is_named(tmp_path: Path) -> None:
    store = ObjectStore(tmp_path)
    obj = store.write(io.BytesIO(payload(4 * CHUNK)), chunk_size=CHUNK)
    _damage(store.path(obj.name), HEADER.size + 2 * (CHUNK + TAG_SIZE) + 7)
    assert store.verify(obj) == ["chunk 2"]


def test_reordered_or_cut_chunks_are_found(tmp_path: Path) -> None:
    store = ObjectStore(tmp_path)
    obj = store.write(io.BytesIO(payload(3 * CHUNK)), chunk_size=CHUNK)
    path = store.path(obj.name)
    raw = path.read_bytes()
    sealed = CHUNK + TAG_SIZE
    head, c0, c1, c2 = (
        raw[: HEADER.size],
        raw[HEADER.size : HEADER.size + sealed],
        raw[HEADER.size + sealed : HEADER.size + 2 * sealed],
        raw[HEADER.size + 2 * sealed :],
    )
    path.write_bytes(head + c1 + c0 + c2)
    assert store.verify(obj) == ["chunk 0"]
    path.write_bytes(head + c0 + c1)  # the last chunk cut off
    assert store.verify(obj) == ["length"]
    # Even with the row's size lied to match, the new last chunk was not sealed as final.
    shorter = StoredObject(obj.name, obj.key, 2 * CHUNK, CHUNK, obj.sha256)
    assert store.verify(shorter) == ["chunk 1"]
    path.unlink()
    assert store.verify(obj) == ["missing"]


def test_another_key_or_a_swapped_file_fails(tmp_path: Path) -> None:
    store = ObjectStore(tmp_path)
    a = store.write(io.BytesIO(payload(100)))
    b = store.write(io.BytesIO(payload(100)))
    store.path(a.name).write_bytes(store.path(b.name).read_bytes())
    assert store.verify(a) == ["chunk 0"]


def test_sweep_removes_orphans_and_temp_files_only(tmp_path: Path) -> None:
    store = ObjectStore(tmp_path)
    kept = store.write(io.BytesIO(b"kept"))
    orphan = store.write(io.BytesIO(b"orphan"))
    (store.folder / ".tmp-0123").write_bytes(b"half written")
    (store.folder / "README.txt").write_bytes(b"not ours")
    assert store.sweep({kept.name}) == [orphan.name]
    assert {p.name for p in store.folder.iterdir()} == {"README.txt", f"{kept.name}.obj"}


def test_limit_refuses_and_leaves_nothing(tmp_path: Path) -> None:
    store = ObjectStore(tmp_path)
    with pytest.raises(ValueError, match="limit"):
        store.write(io.BytesIO(payload(3 * CHUNK)), chunk_size=CHUNK, limit=2 * CHUNK)
    assert list(store.folder.iterdir()) == []


def test_object_files_are_owner_only(tmp_path: Path) -> None:
    if os.name == "nt":
        pytest.skip("POSIX modes")
    store = ObjectStore(tmp_path)
    obj = store.write(io.BytesIO(b"x"))
    assert store.path(obj.name).stat().st_mode & 0o777 == 0o600
    assert store.folder.stat().st_mode & 0o777 == 0o700


def test_objects_written_together_are_durable_before_the_block_ends(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Each file is fsynced at its commit; the folder once, when the block ends (before any row
    may commit), not once per object; outside a block every object syncs the folder itself."""
    import udens_register.storage.objects as objects

    synced: list[set[str]] = []
    real = objects.fsync_dir

    def record(folder: Path) -> None:
        synced.append({p.name for p in folder.iterdir()})
        real(folder)

    monkeypatch.setattr(objects, "fsync_dir", record)
    store = ObjectStore(tmp_path)
    with store.durable_together():
        first = store.write_bytes(payload(100))
        with store.durable_together():  # nested: still one sync, at the outer end
            second = store.write_bytes(payload(200))
        assert synced == []
    assert synced == [{f"{first.name}.obj", f"{second.name}.obj"}]
    third = store.write_bytes(payload(10))
    assert len(synced) == 2 and f"{third.name}.obj" in synced[-1]
    with pytest.raises(RuntimeError), store.durable_together():
        store.write_bytes(payload(10))
        raise RuntimeError("the caller's rows will not commit: no promise of durability made")
    with store.durable_together():
        pass
    assert len(synced) == 2, "nothing renamed, nothing to sync"
