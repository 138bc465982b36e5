"""A real SQLCipher register in tmp_path: create, open, keys, plaintext, migrations."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from tests.conftest import snapshot
from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.enums import Status
from udens_register.domain.errors import NoRegister
from udens_register.domain.errors import RegisterDamaged
from udens_register.domain.errors import RegisterExists
from udens_register.domain.errors import ValidationError
from udens_register.domain.errors import WeakPassphrase
from udens_register.domain.errors import WrongPassphrase
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import IncidentFilter
from udens_register.domain.model import PersonDraft
from udens_register.services.export import export_document
from udens_register.services.keys import KeyService
from udens_register.services.register import create_register
from udens_register.services.register import open_register
from udens_register.services.verify import verify_register
from udens_register.storage import migrate
from udens_register.storage.engine import make_engine
from udens_register.storage.models import Base
from udens_register.storage.search import include_object
from udens_register.storage.uow import UnitOfWork

SECRET_WORDS = ("Zwanenburg", "Ongewenste berichten over Fenna", "Geheimschrift-zin")


def _record_case(register) -> int:  # type: ignore[no-untyped-def]
    person = register.persons.create(
        PersonDraft(PersonKind.PUPIL, "Fenna", "Zwanenburg", student_number="998877", class_name="2H1",
                    date_of_birth=date(2012, 5, 4))
    )  # fmt: skip
    detail = register.incidents.create(
        IncidentDraft(
            title=SECRET_WORDS[1],
            category=Category.SEXUAL_INTIMIDATION,
            reported_at=date(2026, 3, 2),
            platform="Snapchat",
            description=SECRET_WORDS[2],
        ),
        [(person.id, (Role.VICTIM,))],
    )
    return detail.id


def test_create_open_and_record(opened) -> None:  # type: ignore[no-untyped-def]
    incident_id = _record_case(opened)
    detail = opened.incidents.get(incident_id)
    assert detail.case_number == "2026-0001"
    assert detail.involvements[0].person.name == "Fenna Zwanenburg"
    assert detail.involvements[0].roles == ("victim",)
    assert [e.kind for e in detail.events] == ["incident_created", "person_involved"]
    assert detail.events[0].coordinator == "Zorgcoördinator — M. de Vries"
    assert opened.coordinator.label == "Zorgcoördinator — M. de Vries"


def test_case_numbers_are_sequential_per_year(opened) -> None:  # type: ignore[no-untyped-def]
    numbers = [
        opened.incidents.create(
            IncidentDraft(title=f"t{i}", category=Category.OTHER, reported_at=day)
        ).case_number
        for i, day in enumerate([date(2025, 12, 30), date(2026, 1, 2), date(2025, 12, 31), date(2026, 1, 5)])
    ]
    assert numbers == ["2025-0001", "2026-0001", "2025-0002", "2026-0002"]


def test_closing_needs_a_rationale(opened) -> None:  # type: ignore[no-untyped-def]
    incident_id = _record_case(opened)
    with pytest.raises(ValidationError):
        opened.incidents.set_status(incident_id, Status.CLOSED, "  ")
    closed = opened.incidents.set_status(incident_id, Status.CLOSED, "Afgehandeld met ouders.")
    assert closed.status == "closed" and closed.closed_at is not None


def test_validation_errors_name_the_field(opened) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as info:
        opened.incidents.create(
            IncidentDraft(title=" ", category=Category.OTHER, reported_at=date(2026, 1, 1))
        )
    assert info.value.field == "title"
    with pytest.raises(ValidationError) as info:
        opened.incidents.create(
            IncidentDraft(title="x", category=Category.OTHER, reported_at=date(2026, 1, 1),
                          occurred_at=date(2026, 1, 3))
        )  # fmt: skip
    assert info.value.field == "occurred_at"
    opened.persons.create(PersonDraft(PersonKind.PUPIL, "A", "B", student_number="1"))
    with pytest.raises(ValidationError):
        opened.persons.create(PersonDraft(PersonKind.PUPIL, "C", "D", student_number="1"))


def test_wrong_passphrase_changes_no_file(created, register_dir: Path) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(register_dir)
    with pytest.raises(WrongPassphrase):
        open_register(register_dir, "this is not it, sorry")
    with pytest.raises(WrongPassphrase):
        verify_register(register_dir, "this is not it, sorry")
    assert snapshot(register_dir) == before


def test_recovery_key_opens(created, register_dir: Path) -> None:  # type: ignore[no-untyped-def]
    with open_register(register_dir, created.recovery_key) as register:
        assert register.coordinator.by_recovery_key
        assert register.incidents.count(IncidentFilter()) == 0


def test_no_register_and_existing_register(tmp_path: Path, created, register_dir: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NoRegister):
        open_register(tmp_path / "elsewhere", PASSPHRASE)
    with pytest.raises(RegisterExists):
        create_register(register_dir, PASSPHRASE, "x", kdf_seconds=FAST_KDF)
    with pytest.raises(WeakPassphrase):
        create_register(tmp_path / "new", "short", "x", kdf_seconds=FAST_KDF)
    assert not (tmp_path / "new").exists()


@pytest.mark.slow
def test_add_change_and_remove_coordinators(opened, register_dir: Path) -> None:  # type: ignore[no-untyped-def]
    keys = KeyService(opened, kdf_seconds=FAST_KDF)
    added = keys.add("second coordinator phrase", "Zorgcoördinator — J. Bakker")
    labels = {s.label for s in keys.list()}
    assert {"Zorgcoördinator — M. de Vries", "Zorgcoördinator — J. Bakker", "recovery"} == labels
    with open_register(register_dir, "second coordinator phrase") as other:
        assert other.coordinator.label == "Zorgcoördinator — J. Bakker"
    keys.change_passphrase("a brand new passphrase")
    with pytest.raises(WrongPassphrase):
        open_register(register_dir, PASSPHRASE)
    with open_register(register_dir, "a brand new passphrase") as again:
        assert again.coordinator.label == "Zorgcoördinator — M. de Vries"
    keys.remove(added.slot_id)
    with pytest.raises(WrongPassphrase):
        open_register(register_dir, "second coordinator phrase")


def test_no_plaintext_in_any_file_while_open_and_after(opened, register_dir: Path) -> None:  # type: ignore[no-untyped-def]
    _record_case(opened)
    files_open = snapshot(register_dir)
    assert any(name.endswith("-wal") for name in files_open), "WAL in use while open"
    opened.close()
    for files in (files_open, snapshot(register_dir)):
        for name, data in files.items():
            assert not data.startswith(b"SQLite format 3"), name
            for word in SECRET_WORDS:
                for enc in ("utf-8", "utf-16-le", "utf-16-be"):
                    assert word.encode(enc) not in data, (name, word, enc)


def test_database_is_not_readable_without_key(created, register_dir: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(register_dir / "register.db").execute("select * from sqlite_master").fetchall()
    conn = sqlcipher.connect(str(register_dir / "register.db"))
    conn.execute("PRAGMA key = 'guess'")
    with pytest.raises(sqlcipher.DatabaseError):
        conn.execute("select * from sqlite_master").fetchall()
    conn.close()


def test_migrated_schema_equals_the_orm_metadata(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    key = bytes(range(32))
    assert migrate.upgrade(db, key, create=True) is None  # new database: no safety copy needed
    engine = make_engine(db, key)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_object": include_object})
            diff = compare_metadata(context, Base.metadata)
            assert diff == []
            assert MigrationContext.configure(conn).get_current_revision() == migrate.head_revision()
    finally:
        engine.dispose()


def test_safety_copy_is_encrypted_and_complete(opened, register_dir: Path) -> None:  # type: ignore[no-untyped-def]
    _record_case(opened)
    copy = migrate.safety_copy(opened.location.db_path, opened.data_key, "0001")
    assert copy.parent == register_dir
    data = copy.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert SECRET_WORDS[2].encode() not in data
    engine = make_engine(copy, opened.data_key)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT title FROM incidents").scalar_one() == SECRET_WORDS[1]
    finally:
        engine.dispose()


def test_export_document_has_everything(opened) -> None:  # type: ignore[no-untyped-def]
    _record_case(opened)
    doc = export_document(UnitOfWork(opened.engine), opened.clock)
    assert doc["format"] == "udens-register" and doc["version"] == 1
    incident = doc["incidents"][0]
    assert incident["case_number"] == "2026-0001"
    assert incident["description"] == SECRET_WORDS[2]
    assert incident["involvements"][0]["roles"] == ["victim"]
    assert {p["last_name"] for p in doc["persons"]} == {"Zwanenburg"}
    json.dumps(doc)


@pytest.mark.slow
def test_verify_finds_damage(opened, register_dir: Path) -> None:  # type: ignore[no-untyped-def]
    for i in range(40):
        opened.incidents.create(
            IncidentDraft(title=f"incident {i}", category=Category.OTHER, reported_at=date(2026, 1, 1),
                          description="x" * 2000)
        )  # fmt: skip
    opened.close()
    assert verify_register(register_dir, PASSPHRASE).healthy
    db = register_dir / "register.db"
    data = bytearray(db.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8] = bytes(b ^ 0xFF for b in data[middle : middle + 8])
    db.write_bytes(bytes(data))
    report = verify_register(register_dir, PASSPHRASE)
    assert not report.healthy
    assert report.problems


def test_damaged_first_page_is_a_known_error(created, register_dir: Path) -> None:  # type: ignore[no-untyped-def]
    db = register_dir / "register.db"
    data = bytearray(db.read_bytes())
    data[100:108] = b"\x00" * 8
    db.write_bytes(bytes(data))
    with pytest.raises(RegisterDamaged):
        open_register(register_dir, PASSPHRASE)
    assert not verify_register(register_dir, PASSPHRASE).healthy


@pytest.mark.slow
def test_opening_a_register_at_the_newest_schema_loads_no_alembic(created, register_dir: Path) -> None:  # type: ignore[no-untyped-def]
    # Importing Alembic took 0.6-1.1 s of the benchmark's open at 100,000 incidents on a busy machine.
    code = (
        "import sys; from pathlib import Path; from udens_register.services.register import open_register;"
        f"r = open_register(Path(sys.argv[1]), {PASSPHRASE!r}); r.close();"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(register_dir)], capture_output=True, text=True,
                         check=True, timeout=120)  # fmt: skip
    assert out.stdout.strip() == "[]"


def test_the_schema_revision_of_an_empty_database_is_none(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    assert migrate.current_revision(db, bytes(range(32))) is None
    with pytest.raises(RegisterDamaged):
        migrate.upgrade(db, bytes(range(32)))
