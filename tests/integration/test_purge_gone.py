"""A purge means gone: no word of a purged case or person in any decrypted page, WAL frame or
other file of the register folder; the proof of deletion stays in the audit trail."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC
from datetime import date
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from tests.integration.pages import readable_text
from udens_register.domain.enums import Category
from udens_register.domain.enums import MeasureKind
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.enums import Status
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import PersonDraft
from udens_register.services.backups import restore_backup
from udens_register.services.register import OpenRegister
from udens_register.services.register import create_register
from udens_register.services.register import open_register
from udens_register.storage import migrate
from udens_register.storage.engine import copy_database

# Words only the purged case and its persons carry (lower case: the search index folds case).
PURGED_WORDS = [
    b"xerxesje",
    b"quibbelaar",
    b"quiddelmeier",
    b"wobbegong",
    b"zwanenburgzaak",
    b"kwartelnest",
    b"4kwartel",
]
KEPT_WORDS = [b"blijfmeisje", b"bewaarzaak"]
THEN = datetime(2023, 6, 1, 10, 0, tzinfo=UTC)
NOW = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)


def _fill(old: OpenRegister) -> tuple[int, int]:
    """A case to purge (persons of its own, corrections, measures, notes) and one to keep."""
    pupil = old.persons.create(PersonDraft(kind=PersonKind.PUPIL, first_name="Blijfmeisje", last_name="Jansen",
                                           student_number="5550001", class_name="2B"))  # fmt: skip
    xerxes = old.persons.create(PersonDraft(kind=PersonKind.PUPIL, first_name="Xerxesje", last_name="Quibbelaar",
                                            class_name="3C", date_of_birth=date(2010, 4, 1)))  # fmt: skip
    parent = old.persons.create(
        PersonDraft(kind=PersonKind.PARENT, first_name="Kwartelnest", last_name="Quibbelaar")
    )
    old.family.link(parent.id, xerxes.id)
    old.persons.correct(xerxes.id, {"last_name": "Quiddelmeier"}, "Quibbelaar was een typfout")
    old.persons.correct(xerxes.id, {"class_name": "4Kwartel"}, "klas 3C was oud")
    purged = old.incidents.create(
        IncidentDraft(
            title="Zwanenburgzaak",
            category=Category.OTHER,
            reported_at=date(2023, 5, 1),
            description="Wobbegong-foto gedeeld door Xerxesje",
        ),
        [(xerxes.id, (Role.AUTHOR,)), (parent.id, (Role.WITNESS,)), (pupil.id, (Role.VICTIM,))],
    )
    old.incidents.correct(purged.id, {"description": "De foto van Xerxesje Quiddelmeier"}, "Wobbegong weg")
    old.incidents.add_measure(purged.id, MeasureKind.CONVERSATION, date(2023, 5, 2), "gesprek met Xerxesje")
    kept = old.incidents.create(
        IncidentDraft(title="Bewaarzaak", category=Category.OTHER, reported_at=date(2023, 5, 3)),
        [(pupil.id, (Role.VICTIM,))],
    )
    for incident in (purged, kept):
        old.incidents.set_status(incident.id, Status.CLOSED, "Afgerond")
    old.retention.set_hold(kept.id, True, "Aangifte loopt nog")
    return purged.id, kept.id


def _found(folder: Path, key: bytes, words: list[bytes]) -> list[tuple[str, str]]:
    return [
        (name, word.decode())
        for name, text in readable_text(folder, key).items()
        for word in words
        if word in text
    ]


@pytest.mark.slow
def test_after_a_purge_no_word_of_the_purged_case_is_in_any_page_or_file(tmp_path: Path) -> None:
    folder = tmp_path / "R"
    create_register(folder, PASSPHRASE, "Zorgcoördinator — M. de Vries", kdf_seconds=FAST_KDF)
    with open_register(folder, PASSPHRASE, clock=lambda: THEN) as old:
        key = old.data_key
        purged_id, _kept = _fill(old)
        backup = tmp_path / "voor-de-herstel.backup"
        old.backup(backup)
    # The safety copies a register folder gathers: one before a schema upgrade, one of a restore.
    migrate.safety_copy(folder / "register.db", key, "0006")
    restore_backup(backup, folder, PASSPHRASE, replace_existing=True)
    with open_register(folder, PASSPHRASE, clock=lambda: NOW) as reg:
        # The reader below sees the words before the purge: it can fail.
        assert {w for _, w in _found(folder, key, PURGED_WORDS)} == {w.decode() for w in PURGED_WORDS}
        result = reg.retention.purge([purged_id])
        assert (result.case_numbers, result.persons, result.copies) == (["2023-0001"], 2, 2)
        people = {p["first_name"] for p in json.loads(reg.export_json())["persons"]}
        assert people == {"Blijfmeisje"}
        with reg.engine.connect() as conn:
            trail = conn.exec_driver_sql("SELECT coordinator, action, target FROM audit_log").fetchall()
    leftovers = _found(folder, key, PURGED_WORDS)
    assert leftovers == []
    assert {w for _, w in _found(folder, key, KEPT_WORDS)} == {w.decode() for w in KEPT_WORDS}
    assert not [p for p in folder.iterdir() if p.name.startswith(("replaced-", "register.before-"))]
    # The proof of deletion: who, when (each entry's time), which case, and the counts.
    label = "Zorgcoördinator — M. de Vries"
    assert (label, "case_purged", "2023-0001") in trail
    summary = [t for t in trail if t[1] == "purge_done"]
    assert summary == [(label, "purge_done", "cases=1 persons=2 copies=2")]


@pytest.mark.slow
def test_purge_on_the_command_line_names_the_safety_copies_it_removed(tmp_path: Path) -> None:
    folder = tmp_path / "R"
    create_register(folder, PASSPHRASE, "Zorg", kdf_seconds=FAST_KDF)
    with open_register(folder, PASSPHRASE, clock=lambda: THEN) as old:
        key = old.data_key
        incident = old.incidents.create(
            IncidentDraft(title="Zwanenburgzaak", category=Category.OTHER, reported_at=date(2023, 5, 1))
        )
        old.incidents.set_status(incident.id, Status.CLOSED, "Afgerond")
    migrate.safety_copy(folder / "register.db", key, "0006")
    env = {**os.environ, "UDENS_REGISTER_PASSPHRASE": PASSPHRASE, "LANG": "nl_NL.UTF-8"}
    result = subprocess.run(
        [sys.executable, "-m", "udens_register", "--data-dir", str(folder), "purge", "--yes"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "1 zaak/zaken definitief verwijderd" in result.stderr
    assert "1 veiligheidskopie" in result.stderr
    assert _found(folder, key, PURGED_WORDS) == []


@pytest.mark.slow
def test_safety_copies_older_than_their_term_go_at_the_next_opening(tmp_path: Path) -> None:
    folder = tmp_path / "R"
    create_register(folder, PASSPHRASE, "Zorg", kdf_seconds=FAST_KDF)
    with open_register(folder, PASSPHRASE) as reg:
        key = reg.data_key
    old = folder / "register.before-0005-20251001T090000Z.db"
    recent = folder / "register.before-0006-20260310T090000Z.db"
    for copy in (old, recent):
        copy_database(folder / "register.db", key, copy)
    aside = folder / "replaced-20251001T090000Z"
    aside.mkdir()
    (aside / "register.db").write_bytes(old.read_bytes())
    with open_register(folder, PASSPHRASE, clock=lambda: NOW):
        pass
    assert not old.exists() and not aside.exists()
    assert recent.exists()  # six days old: kept for its 30 days
