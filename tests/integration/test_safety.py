"""Backups, restore, audit chain, retention, crashes and write errors — on real files and processes."""

from __future__ import annotations

import errno
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import UTC
from datetime import date
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from tests.conftest import snapshot
from udens_register.domain.enums import Category
from udens_register.domain.enums import Status
from udens_register.domain.errors import DiskFull
from udens_register.domain.errors import RegisterExists
from udens_register.domain.errors import ValidationError
from udens_register.domain.errors import WrongPassphrase
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import IncidentFilter
from udens_register.services.backups import restore_backup
from udens_register.services.register import create_register
from udens_register.services.register import open_register
from udens_register.services.verify import verify_register
from udens_register.storage.engine import make_engine
from udens_register.vault.files import atomic_write

ENV = {"UDENS_REGISTER_KDF_SECONDS": "0.01", "LANG": "nl_NL.UTF-8"}


def cli(folder: Path, *args: str, secret: str = PASSPHRASE, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **ENV, "UDENS_REGISTER_PASSPHRASE": secret, **extra}
    return subprocess.run([sys.executable, "-m", "udens_register", "--data-dir", str(folder), *args],
                          env=env, capture_output=True, text=True, timeout=300, check=False)  # fmt: skip


def _without_time(export: str) -> dict:  # type: ignore[type-arg]
    doc = json.loads(export)
    doc.pop("exported_at")
    return doc


@pytest.mark.slow
def test_backup_then_restore_gives_identical_export(tmp_path: Path, demo_copy: Path) -> None:
    folder = demo_copy
    backup = tmp_path / "register.backup"
    result = cli(folder, "backup", "-o", str(backup))
    assert result.returncode == 0, result.stderr
    data = backup.read_bytes()
    assert b"SQLite format 3" not in data[:200] and b"Jansen" not in data
    restored = tmp_path / "E"
    result = cli(restored, "restore", str(backup))
    assert result.returncode == 0, result.stderr
    original = cli(folder, "export-json", "-o", "-").stdout
    copy = cli(restored, "export-json", "-o", "-").stdout
    assert _without_time(original) == _without_time(copy)
    assert cli(restored, "verify").returncode == 0


@pytest.mark.slow
def test_restore_refuses_wrong_secret_and_existing_register(tmp_path: Path) -> None:
    folder = tmp_path / "D"
    create_register(folder, PASSPHRASE, "Zorg", kdf_seconds=FAST_KDF)
    backup = tmp_path / "b.backup"
    with open_register(folder, PASSPHRASE) as register:
        register.backup(backup)
        register.incidents.create(
            IncidentDraft(title="Na de back-up", category=Category.OTHER, reported_at=date(2026, 1, 5))
        )
    target = tmp_path / "E"
    with pytest.raises(WrongPassphrase):
        restore_backup(backup, target, "not the passphrase")
    assert not target.exists()
    with pytest.raises(RegisterExists):
        restore_backup(backup, folder, PASSPHRASE)
    result = cli(folder, "restore", str(backup))
    assert result.returncode == 2 and "--replace" in result.stderr
    safety = restore_backup(backup, folder, PASSPHRASE, replace_existing=True)
    assert safety is not None and (safety / "register.db").exists()
    with open_register(folder, PASSPHRASE) as register:
        assert register.incidents.count(IncidentFilter()) == 0
    with open_register(safety, PASSPHRASE) as old:
        assert old.incidents.count(IncidentFilter()) == 1


@pytest.mark.slow
def test_audit_chain_names_altered_removed_and_reordered_entries(tmp_path: Path) -> None:
    folder = tmp_path / "D"
    create_register(folder, PASSPHRASE, "Zorg", kdf_seconds=FAST_KDF)
    with open_register(folder, PASSPHRASE) as register:
        for n in range(4):
            register.incidents.create(
                IncidentDraft(title=f"Zaak {n}", category=Category.OTHER, reported_at=date(2026, 1, 5))
            )
        key = register.data_key
        assert register.audit.verify() is None
    assert verify_register(folder, PASSPHRASE).healthy

    def tamper(sql: str) -> list[str]:
        engine = make_engine(folder / "register.db", key)
        with engine.begin() as conn:
            conn.exec_driver_sql(sql)
        engine.dispose()
        return verify_register(folder, PASSPHRASE).problems

    backup = (folder / "register.db").read_bytes()
    assert tamper("UPDATE audit_log SET coordinator = 'Iemand anders' WHERE id = 3") == [
        "audit: entry 3 altered"
    ]
    (folder / "register.db").write_bytes(backup)
    assert tamper("DELETE FROM audit_log WHERE id = 2") == ["audit: entry 2 removed"]
    (folder / "register.db").write_bytes(backup)
    problems = tamper(
        "UPDATE audit_log SET action = CASE id WHEN 2 THEN (SELECT action FROM audit_log WHERE id = 3) "
        "ELSE (SELECT action FROM audit_log WHERE id = 2) END, target = CASE id WHEN 2 THEN "
        "(SELECT target FROM audit_log WHERE id = 3) ELSE (SELECT target FROM audit_log WHERE id = 2) END "
        "WHERE id IN (2, 3)"
    )
    assert problems and problems[0].startswith("audit: entry 2")
    result = cli(folder, "verify")
    assert result.returncode == 1 and "het logboek is onderbroken bij regel 2" in result.stderr
    assert "Traceback" not in result.stderr


def test_audit_records_without_case_content(tmp_path: Path) -> None:
    folder = tmp_path / "D"
    create_register(folder, PASSPHRASE, "Zorg — A. Bakker", kdf_seconds=FAST_KDF)
    with open_register(folder, PASSPHRASE, failed_attempts=2) as register:
        detail = register.incidents.create(
            IncidentDraft(
                title="Geheime titel",
                category=Category.OTHER,
                reported_at=date(2026, 1, 5),
                description="Geheim",
            )
        )
        engine = register.engine
        with engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT coordinator, action, target FROM audit_log ORDER BY id"
            ).fetchall()
    actions = [r[1] for r in rows]
    assert "failed_unlock_x2" in actions and "unlock" in actions and "incident_created" in actions
    assert ("Zorg — A. Bakker", "incident_created", detail.case_number) in rows
    assert not any("Geheim" in " ".join(r) for r in rows)


@pytest.mark.slow
def test_retention_purges_only_due_unheld_cases_and_leaves_no_trace(tmp_path: Path) -> None:
    folder = tmp_path / "D"
    create_register(folder, PASSPHRASE, "Zorg", kdf_seconds=FAST_KDF)
    then = datetime(2023, 6, 1, 10, 0, tzinfo=UTC)
    with open_register(folder, PASSPHRASE, clock=lambda: then) as old:
        a = old.incidents.create(IncidentDraft(title="Oud geval Quokkastaart", category=Category.OTHER,
                                               reported_at=date(2023, 5, 1), description="Quokkastaart beschreven"))  # fmt: skip
        b = old.incidents.create(
            IncidentDraft(title="Oud maar politiezaak", category=Category.OTHER, reported_at=date(2023, 5, 2))
        )
        for i in (a, b):
            old.incidents.set_status(i.id, Status.CLOSED, "Afgerond")
    now = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)
    with open_register(folder, PASSPHRASE, clock=lambda: now) as reg:
        recent = reg.incidents.create(
            IncidentDraft(title="Recent", category=Category.OTHER, reported_at=date(2026, 3, 1))
        )
        reg.incidents.set_status(recent.id, Status.CLOSED, "Afgerond")
        reg.retention.set_hold(b.id, True, "Aangifte loopt nog")
        due = reg.retention.due()
        assert [(d.case_number, d.held) for d in due] == [(a.case_number, False), (b.case_number, True)]
        with pytest.raises(ValidationError):
            reg.retention.purge([b.id])
        assert reg.retention.purge([a.id]).case_numbers == [a.case_number]
        numbers = [i["case_number"] for i in json.loads(reg.export_json())["incidents"]]
        assert numbers == [b.case_number, recent.case_number]
        with reg.engine.connect() as conn:
            assert ("case_purged", a.case_number) in conn.exec_driver_sql(
                "SELECT action, target FROM audit_log"
            ).fetchall()
    for name, data in snapshot(folder).items():
        assert b"Quokkastaart" not in data, name


SLOW_IMPORT_ROWS = 60_000


@pytest.mark.slow
@pytest.mark.parametrize("kill_after", [0.8, 1.6, 2.2, 2.6])
def test_sigkill_during_large_import_is_all_or_nothing(tmp_path: Path, kill_after: float) -> None:
    folder = tmp_path / "D"
    create_register(folder, PASSPHRASE, "Zorg", kdf_seconds=FAST_KDF)
    csv_file = tmp_path / "leerlingen.csv"
    lines = ["Stamnummer;Roepnaam;Tussenvoegsel;Achternaam;Klas;Geboortedatum"]
    lines += [
        f"{100000 + i};Leerling{i};;Achternaam{i};{1 + i % 6}A;01-0{1 + i % 9}-2011"
        for i in range(SLOW_IMPORT_ROWS)
    ]
    csv_file.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    env = {**os.environ, **ENV, "UDENS_REGISTER_PASSPHRASE": PASSPHRASE}
    proc = subprocess.Popen([sys.executable, "-m", "udens_register", "--data-dir", str(folder), "import-persons", str(csv_file)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    time.sleep(kill_after)
    killed = proc.poll() is None
    if killed:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=120)
    with open_register(folder, PASSPHRASE, migrate_schema=False) as register:
        with register.engine.connect() as conn:
            count = conn.exec_driver_sql("SELECT count(*) FROM persons WHERE kind = 'pupil'").scalar_one()
    assert count in (0, SLOW_IMPORT_ROWS), count
    assert cli(folder, "verify").returncode == 0
    print(f"kill after {kill_after}s (killed={killed}): {count} pupils")


CORRECTIONS = textwrap.dedent(
    f"""
    import sys
    from pathlib import Path
    from udens_register.services.register import open_register
    from udens_register.domain.model import IncidentFilter
    with open_register(Path(sys.argv[1]), {PASSPHRASE!r}) as register:
        incident = register.incidents.page(IncidentFilter()).rows[0]
        n = 0
        print("started", flush=True)
        while True:
            n += 1
            register.incidents.correct(incident.id, {{"title": f"Titel {{n}}", "description": "x" * (n % 5000)}}, "bijwerken")
    """
)


@pytest.mark.slow
def test_sigkill_during_edits_keeps_every_transaction_whole(tmp_path: Path) -> None:
    folder = tmp_path / "D"
    create_register(folder, PASSPHRASE, "Zorg", kdf_seconds=FAST_KDF)
    with open_register(folder, PASSPHRASE) as register:
        register.incidents.create(
            IncidentDraft(title="Titel 0", category=Category.OTHER, reported_at=date(2026, 1, 5))
        )
    proc = subprocess.Popen([sys.executable, "-c", CORRECTIONS, str(folder)], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, **ENV})  # fmt: skip
    assert proc.stdout is not None and proc.stdout.readline().startswith("started")
    time.sleep(1.0)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    assert verify_register(folder, PASSPHRASE).healthy
    with open_register(folder, PASSPHRASE, migrate_schema=False) as register:
        detail = register.incidents.get(register.incidents.page(IncidentFilter()).rows[0].id)
        corrections = [e for e in detail.events if e.kind == "corrected"]
        assert corrections, "some corrections were committed before the kill"
        last = corrections[-1].detail["changes"]["title"][1]
        assert detail.title == last, "the title matches the last committed correction"


def test_full_disk_during_export_keeps_the_earlier_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "export.json"
    target.write_bytes(b"earlier export")
    real_write = os.write

    def full(fd: int, data: bytes) -> int:
        if len(data) > 10:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(DiskFull):
        atomic_write(target, b"a much longer new export that does not fit")
    monkeypatch.undo()
    assert target.read_bytes() == b"earlier export"
    assert [p.name for p in tmp_path.iterdir()] == ["export.json"]


def test_full_disk_during_backup_from_cli_gives_one_line(tmp_path: Path, demo_copy: Path) -> None:
    folder = demo_copy
    result = cli(folder, "backup", "-o", str(tmp_path / "missing" / "b.backup"))
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.slow
def test_damaged_database_is_detected_not_a_traceback(tmp_path: Path, demo_copy: Path) -> None:
    folder = demo_copy
    db = folder / "register.db"
    raw = bytearray(db.read_bytes())
    raw[len(raw) // 2 : len(raw) // 2 + 8] = os.urandom(8)
    db.write_bytes(bytes(raw))
    result = cli(folder, "verify")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db).execute("select 1 from sqlite_master").fetchall()
