"""The database copy a backup takes: the encrypted file's bytes, held still by a read transaction
after a checkpoint, consistent while another connection keeps writing; the backup API otherwise."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from udens_register.domain.enums import Category
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import IncidentFilter
from udens_register.services.register import create_register
from udens_register.services.register import open_register
from udens_register.storage import engine
from udens_register.storage.engine import apply_key
from udens_register.storage.engine import snapshot_copy


def _count(db: Path, key: bytes) -> int:
    conn = sqlcipher.connect(str(db))
    try:
        apply_key(conn, key)
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        return int(conn.execute("SELECT count(*) FROM incidents").fetchone()[0])
    finally:
        conn.close()


def test_copies_stay_whole_while_another_connection_writes(tmp_path: Path) -> None:
    folder = tmp_path / "R"
    create_register(folder, PASSPHRASE, "Zorg", kdf_seconds=FAST_KDF)
    with open_register(folder, PASSPHRASE) as register:
        key = register.data_key
        stop = threading.Event()

        def write() -> None:
            n = 0
            while not stop.is_set():
                register.incidents.create(IncidentDraft(f"Zaak {n}", Category.OTHER, date(2026, 1, 5)))
                n += 1

        writer = threading.Thread(target=write)
        writer.start()
        try:
            counts = []
            for i in range(6):
                target = tmp_path / f"copy{i}.db"
                snapshot_copy(register.location.db_path, key, target)
                counts.append(_count(target, key))
        finally:
            stop.set()
            writer.join()
        assert counts == sorted(counts) and counts[-1] <= register.incidents.count(IncidentFilter())


@pytest.mark.slow
def test_a_reader_holding_the_wal_makes_it_use_the_backup_api(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    used = []
    real = engine.copy_database
    monkeypatch.setattr(engine, "copy_database", lambda *a: used.append(1) or real(*a))
    folder = tmp_path / "R"
    create_register(folder, PASSPHRASE, "Zorg", kdf_seconds=FAST_KDF)
    with open_register(folder, PASSPHRASE) as register:
        register.incidents.create(IncidentDraft("Eerste", Category.OTHER, date(2026, 1, 5)))
        reader = sqlcipher.connect(str(register.location.db_path), isolation_level=None)
        apply_key(reader, register.data_key)
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM incidents").fetchone()  # an old snapshot pins the WAL
        register.incidents.create(IncidentDraft("Tweede", Category.OTHER, date(2026, 1, 6)))
        snapshot_copy(register.location.db_path, register.data_key, tmp_path / "copy.db")
        reader.execute("COMMIT")
        reader.close()
        assert _count(tmp_path / "copy.db", register.data_key) == 2, "the second incident is in the copy"
        assert used == [1]
        snapshot_copy(register.location.db_path, register.data_key, tmp_path / "copy2.db")
        assert used == [1], "without the reader the file's bytes are copied"
