"""Incremental backups in a backup folder, on real SQLCipher files: snapshots, objects copied once,
rotation that never loses a newer state, one-file backups in parts, restore that checks first."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from tests.conftest import snapshot
from tests.integration.test_safety import _without_time
from tests.integration.test_safety import cli
from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.errors import BackupObjectDamaged
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import IncidentFilter
from udens_register.domain.model import PersonDraft
from udens_register.services import snapshots as snap
from udens_register.services.backup_file import write_backup_file
from udens_register.services.backups import restore_backup
from udens_register.services.dto import EvidenceMeta
from udens_register.services.register import OpenRegister
from udens_register.services.register import create_register
from udens_register.services.register import open_register
from udens_register.storage.models import EvidenceObject
from udens_register.storage.objects import ObjectStore
from udens_register.storage.objects import ciphertext_size
from udens_register.storage.uow import UnitOfWork
from udens_register.vault.keyfile import KeyFile


def _add_objects(register: OpenRegister, *sizes: int) -> list[str]:
    """Evidence objects of real size in the object store (random bytes, as incompressible as a
    screenshot), each the original of its own evidence item of one case. Returns their names."""
    store = ObjectStore(register.location.folder)
    incident = register.incidents.create(IncidentDraft("Met bewijs", Category.OTHER, date(2026, 1, 5)))
    names = []
    for size in sizes:
        row = register.evidence.describe(incident.id, EvidenceMeta(description="schermafbeelding"))
        obj = store.write_bytes(os.urandom(size))
        with UnitOfWork(register.engine) as uow:
            uow.session.add(
                EvidenceObject(
                    name=obj.name, evidence_id=row.id, role="original", key=obj.key, size=obj.size,
                    chunk_size=obj.chunk_size, sha256=obj.sha256,
                )
            )  # fmt: skip
            uow.commit()
        names.append(obj.name)
    return names


def _incident(register: OpenRegister, title: str) -> None:
    register.incidents.create(IncidentDraft(title, Category.OTHER, date(2026, 1, 5)))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "R"
    create_register(path, PASSPHRASE, "Zorg", kdf_seconds=FAST_KDF)
    return path


def test_a_second_backup_copies_only_the_new_objects(folder: Path, tmp_path: Path) -> None:
    backups = tmp_path / "B"
    with open_register(folder, PASSPHRASE) as register:
        first = _add_objects(register, 300_000, 200_000)
        one = register.automatic_backup(backups)
        new = _add_objects(register, 50_000)
        two = register.automatic_backup(backups)
    assert one.copied_bytes >= 500_000
    assert two.copied_bytes - two.snapshot.database_size == ciphertext_size(50_000)  # only the new object
    assert {o.name for o in two.snapshot.objects} == set(first + new)
    assert sorted(p.stem for p in (backups / "objects").iterdir()) == sorted(first + new)
    for path in backups.rglob("*"):
        assert ":" not in path.name and (not path.is_file() or path.stat().st_size < snap.MAX_FILE_BYTES)


def test_rotation_keeps_ten_and_removes_unused_objects(folder: Path, tmp_path: Path) -> None:
    backups = tmp_path / "B"
    with open_register(folder, PASSPHRASE) as register:
        early = _add_objects(register, 1000)
        register.automatic_backup(backups, keep=3)
        with register.engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM evidence_objects")
        (folder / "objects" / f"{early[0]}.obj").unlink()
        for _ in range(4):
            register.automatic_backup(backups, keep=3)
    assert len(snap.list_snapshots(backups)) == 3
    assert not any((backups / "objects").iterdir()), f"{early} is used by no kept snapshot"


@pytest.mark.slow
def test_rotation_never_removes_a_newer_state(folder: Path, tmp_path: Path) -> None:
    """Restoring an old backup must not let the next automatic backups rotate out the good ones."""
    backups = tmp_path / "B"
    with open_register(folder, PASSPHRASE) as register:
        register.automatic_backup(backups, keep=3)
        for n in range(3):
            _incident(register, f"Later {n}")
            register.automatic_backup(backups, keep=3)
    good = snap.list_snapshots(backups)
    oldest_kept = good[0]
    restore_backup(backups, folder, PASSPHRASE, replace_existing=True, snapshot=oldest_kept.name)
    for _ in range(6):  # the restored register is opened, changed and closed again and again
        with open_register(folder, PASSPHRASE) as register:
            _incident(register, "Na het terugzetten")
            register.automatic_backup(backups, keep=3)
    kept = snap.list_snapshots(backups)
    newer = {s.name for s in good[1:]}  # states the restored register does not descend from
    assert newer <= {s.name for s in kept}
    assert good[0].name not in {s.name for s in kept}, "its own past rotates as usual"
    assert len(kept) == len(newer) + 3


@pytest.mark.slow
def test_restore_of_a_snapshot_and_of_a_file_in_parts(folder: Path, tmp_path: Path) -> None:
    backups = tmp_path / "B"
    with open_register(folder, PASSPHRASE) as register:
        _incident(register, "Bewaard")
        names = _add_objects(register, 700_000, 20_000)
        register.automatic_backup(backups)
        written = write_backup_file(
            register.location.db_path,
            KeyFile.load(register.location.keyfile_path),
            register.data_key,
            tmp_path / "hand.backup",
            register.clock(),
            part_bytes=256 * 1024,
        )
        export = register.export_json()
    assert written.parts >= 4 and (tmp_path / f"hand.backup.{written.parts}").exists()
    for source, target in ((backups, tmp_path / "E"), (tmp_path / "hand.backup", tmp_path / "F")):
        restore_backup(source, target, PASSPHRASE)
        with open_register(target, PASSPHRASE) as restored:
            assert _without_time(restored.export_json().decode()) == _without_time(export.decode())
        for name in names:
            assert (target / "objects" / f"{name}.obj").read_bytes() == (
                folder / "objects" / f"{name}.obj"
            ).read_bytes()


@pytest.mark.slow
@pytest.mark.parametrize("harm", ["missing", "damaged"])
def test_a_missing_or_damaged_object_is_named_and_nothing_changes(
    folder: Path, tmp_path: Path, harm: str
) -> None:
    backups = tmp_path / "B"
    with open_register(folder, PASSPHRASE) as register:
        lost, _kept = _add_objects(register, 3 << 20, 1000)
        register.automatic_backup(backups)
        owner = register.evidence.list(register.casefiles.incident_id("2026-0001"))[0]
    path = backups / "objects" / f"{lost}.obj"
    if harm == "missing":
        path.unlink()
    else:
        with path.open("r+b") as f:  # one byte in the second 1 MiB chunk
            f.seek((1 << 20) + 4096)
            byte = f.read(1)
            f.seek(-1, 1)
            f.write(bytes([byte[0] ^ 1]))
    before = snapshot(folder)
    with pytest.raises(BackupObjectDamaged) as caught:
        restore_backup(backups, folder, PASSPHRASE, replace_existing=True)
    assert (caught.value.case_number, caught.value.evidence_id) == ("2026-0001", owner.id)
    assert caught.value.problem == ("missing" if harm == "missing" else "chunk 1")
    assert snapshot(folder) == before
    result = cli(tmp_path / "new", "restore", str(backups))
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1 and len(lines) == 1, result.stderr
    assert f"bewijsstuk {owner.id} van dossier 2026-0001" in lines[0]
    assert ("ontbreekt" if harm == "missing" else "beschadigd") in lines[0]
    assert not (tmp_path / "new" / "register.keys").exists()


MARKER = b"EVIDENCE-MARKER-7f3a"


def test_backup_folder_and_file_hold_no_plaintext(folder: Path, tmp_path: Path) -> None:
    backups = tmp_path / "B"
    words = ["Zwanenburg", "Fenna", "Dreigend bericht over de gymles", "4711"]
    with open_register(folder, PASSPHRASE) as register:
        pupil = register.persons.create(
            PersonDraft(PersonKind.PUPIL, "Fenna", "Zwanenburg", student_number="4711", class_name="2H1")
        )
        incident = register.incidents.create(
            IncidentDraft("Dreigend bericht over de gymles", Category.OTHER, date(2026, 1, 5)),
            [(pupil.id, (Role.VICTIM,))],
        )
        row = register.evidence.describe(incident.id, EvidenceMeta(description="schermafbeelding"))
        obj = ObjectStore(folder).write_bytes(MARKER * 50_000)
        with UnitOfWork(register.engine) as uow:
            uow.session.add(
                EvidenceObject(
                    name=obj.name, evidence_id=row.id, role="original", key=obj.key, size=obj.size,
                    chunk_size=obj.chunk_size, sha256=obj.sha256,
                )
            )  # fmt: skip
            uow.commit()
        register.automatic_backup(backups)
        register.backup(tmp_path / "hand.backup")
    files = [p for p in backups.rglob("*") if p.is_file()] + [tmp_path / "hand.backup"]
    assert len(files) >= 5
    for path in files:
        data = path.read_bytes()
        assert b"SQLite format 3" not in data and MARKER not in data, path
        for word in words:
            assert word.encode() not in data and word.encode("utf-16-le") not in data, (path, word)


KILLED_BACKUP = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from udens_register.services import snapshots
    from udens_register.services.register import open_register
    real = snapshots.copy_files
    def slow(pairs, on_bytes=None):
        print("copying", flush=True)
        time.sleep(30)
        return real(pairs, on_bytes)
    snapshots.copy_files = slow
    with open_register(Path(sys.argv[1]), sys.argv[2]) as register:
        register.automatic_backup(Path(sys.argv[3]))
    """
)


@pytest.mark.slow  # a kill loop
def test_sigkill_during_a_backup_loses_nothing(folder: Path, tmp_path: Path) -> None:
    backups = tmp_path / "B"
    with open_register(folder, PASSPHRASE) as register:
        _incident(register, "Voor")
        _add_objects(register, 5000)
        register.automatic_backup(backups)
        _add_objects(register, 5000)  # the next backup has an object to copy
    before = snapshot(backups)
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_BACKUP, str(folder), PASSPHRASE, str(backups)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "copying"
    time.sleep(0.2)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    assert [s.name for s in snap.list_snapshots(backups)] == [
        p.split("/")[0] for p in before if "manifest" in p
    ]
    assert {k: v for k, v in snapshot(backups).items() if k in before} == before, "earlier snapshots intact"
    with open_register(folder, PASSPHRASE) as register:
        made = register.automatic_backup(backups)
    assert len(snap.list_snapshots(backups)) == 2
    assert made.copied_bytes == made.snapshot.database_size + ciphertext_size(5000)
    assert not [p for p in backups.rglob("*") if p.name.startswith(".partial-") or p.name.endswith(".tmp")]
    restore_backup(backups, tmp_path / "E", PASSPHRASE)
    with open_register(tmp_path / "E", PASSPHRASE) as restored:
        assert restored.incidents.count(IncidentFilter()) == 3  # one, and one per _add_objects


@pytest.mark.slow
def test_an_earlier_one_file_backup_still_restores_and_rotates_out(folder: Path, tmp_path: Path) -> None:
    """Version 1 files (key slots + database, from before the backup folder) are read as before."""
    import struct

    from udens_register.storage.engine import copy_database

    backups = tmp_path / "B"
    backups.mkdir()
    with open_register(folder, PASSPHRASE) as register:
        _incident(register, "Uit de oude back-up")
        copy_database(register.location.db_path, register.data_key, tmp_path / "old.db")
        keys = KeyFile.load(register.location.keyfile_path).to_bytes()
        export = register.export_json()
    old = backups / "udens-register-20261101T100000Z.backup"
    old.write_bytes(
        b"UDRBACKUP\x00" + struct.pack(">HI", 1, len(keys)) + keys + (tmp_path / "old.db").read_bytes()
    )
    restore_backup(old, tmp_path / "E", PASSPHRASE)
    with open_register(tmp_path / "E", PASSPHRASE) as restored:
        assert _without_time(restored.export_json().decode()) == _without_time(export.decode())
    with open_register(folder, PASSPHRASE) as register:
        register.automatic_backup(backups, keep=2)
        assert old.exists(), "room for it while fewer than two snapshots are kept"
        register.automatic_backup(backups, keep=2)
    assert not old.exists() and len(snap.list_snapshots(backups)) == 2
