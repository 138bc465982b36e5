"""A pupil marked uitgeschreven with a date is kept for the retention term counted from that date,
then deleted for good (with their history and the parents linked to no other pupil); a pupil still
named in a case that is kept stays until that case goes, and goes with it."""

from __future__ import annotations

import json
from datetime import UTC
from datetime import date
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from tests.integration.test_cli import run
from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.enums import Status
from udens_register.domain.errors import ValidationError
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import PersonDraft
from udens_register.services.register import create_register
from udens_register.services.register import open_register

NOW = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)  # two years back: the term's start is 16-03-2024


def _pupil(reg, number: str, first: str):  # type: ignore[no-untyped-def]
    return reg.persons.create(PersonDraft(PersonKind.PUPIL, first, "Leerling", student_number=number))


@pytest.mark.slow
def test_the_term_counts_from_the_day_the_pupil_left(tmp_path: Path) -> None:
    folder = tmp_path / "R"
    create_register(folder, PASSPHRASE, "Zorg", kdf_seconds=FAST_KDF)
    with open_register(folder, PASSPHRASE, clock=lambda: datetime(2023, 5, 1, 9, tzinfo=UTC)) as old:
        # All recorded long ago: what counts is the day each left, not the day they were recorded.
        early = _pupil(old, "1001", "Vroeg")  # left 15-03-2024: one day before the term's start
        edge = _pupil(old, "1002", "Rand")  # left 16-03-2024: exactly two years ago, kept
        late = _pupil(old, "1003", "Laat")  # left 01-07-2025: kept
        _pupil(old, "1004", "Blijft")  # never left
        in_open = _pupil(old, "1005", "Open")  # left long ago, but named in an open case
        in_closed = _pupil(old, "1006", "Dicht")  # left long ago, named in a case past its term
        only_parent = old.persons.create(PersonDraft(PersonKind.PARENT, "Eenouder", "Vroeg"))
        shared_parent = old.persons.create(PersonDraft(PersonKind.PARENT, "Gedeeld", "Ouder"))
        old.family.link(only_parent.id, early.id)
        old.family.link(shared_parent.id, early.id)
        old.family.link(shared_parent.id, late.id)
        old.persons.correct(early.id, {"class_name": "3B"}, "klas gewijzigd")
        old.incidents.create(
            IncidentDraft("Open zaak", Category.OTHER, date(2023, 4, 1)), [(in_open.id, (Role.VICTIM,))]
        )
        closed = old.incidents.create(
            IncidentDraft("Oude zaak", Category.OTHER, date(2023, 4, 2)), [(in_closed.id, (Role.AUTHOR,))]
        )
        old.incidents.set_status(closed.id, Status.CLOSED, "Afgerond")
    with open_register(folder, PASSPHRASE, clock=lambda: NOW) as reg:
        reg.importer.mark_left([early.id], date(2024, 3, 15), "lijst.csv")
        reg.importer.mark_left([edge.id], date(2024, 3, 16), "lijst.csv")
        reg.importer.mark_left([late.id], date(2025, 7, 1), "lijst.csv")
        reg.importer.mark_left([in_open.id, in_closed.id], date(2023, 7, 1), "lijst.csv")
        due = {d.name: d for d in reg.retention.pupils_due()}
        assert set(due) == {"Vroeg Leerling", "Open Leerling", "Dicht Leerling"}
        assert due["Vroeg Leerling"].left_on == date(2024, 3, 15) and not due["Vroeg Leerling"].held
        assert due["Open Leerling"].held and due["Dicht Leerling"].held
        result = reg.retention.purge_pupils([early.id])
        assert result.persons == 2  # the pupil and the parent linked to no other pupil
        names = {p.name for p in reg.persons.find()}
        assert "Vroeg Leerling" not in names and "Eenouder Vroeg" not in names
        assert {"Rand Leerling", "Laat Leerling", "Blijft Leerling", "Gedeeld Ouder"} <= names
        assert [c.name for c in reg.persons.children_of(shared_parent.id)] == ["Laat Leerling"]
        history = json.loads(reg.export_json())["history"]
        assert not [
            h for h in history if early.id in (h["detail"].get("person_id"), h["detail"].get("child_id"))
        ]
        # The closed case past its term goes, and the pupil who left goes with it.
        assert [d.case_number for d in reg.retention.due()] == [closed.case_number]
        reg.retention.purge([closed.id])
        names = {p.name for p in reg.persons.find()}
        assert "Dicht Leerling" not in names and "Open Leerling" in names
        assert [d.name for d in reg.retention.pupils_due()] == ["Open Leerling"]
        with reg.engine.connect() as conn:
            trail = conn.exec_driver_sql("SELECT action, target FROM audit_log").fetchall()
        assert ("pupils_purged", "pupils=1 persons=2 copies=0") in trail


def test_a_pupil_named_in_a_kept_case_cannot_be_purged_alone(reg) -> None:  # type: ignore[no-untyped-def]
    pupil = _pupil(reg, "2001", "Zaak")
    reg.incidents.create(
        IncidentDraft("Zaak", Category.OTHER, date(2023, 4, 1)), [(pupil.id, (Role.VICTIM,))]
    )
    reg.importer.mark_left([pupil.id], date(2023, 7, 1))
    with pytest.raises(ValidationError):
        reg.retention.purge_pupils([pupil.id])
    assert reg.persons.get(pupil.id).left_on == date(2023, 7, 1)


@pytest.mark.slow
def test_import_left_then_purge_on_the_command_line(tmp_path: Path) -> None:
    folder = tmp_path / "R"
    full = tmp_path / "leerlingen.csv"
    full.write_text("Stamnr;Roepnaam;Achternaam\n3001;Anna;Smit\n3002;Bram;Jansen\n3003;Cor;Vos\n")
    create_register(folder, PASSPHRASE, "Zorg", kdf_seconds=FAST_KDF)
    assert run("--data-dir", str(folder), "import-persons", str(full)).returncode == 0
    later = tmp_path / "nieuwe-lijst.csv"
    later.write_text("Stamnr;Roepnaam;Achternaam\n3001;Anna;Smit\n")
    result = run("--data-dir", str(folder), "import-persons", str(later), "--left", "10-01-2024")
    assert result.returncode == 0, result.stderr
    assert "10-01-2024" in result.stderr
    dry = run("--data-dir", str(folder), "purge")
    assert dry.returncode == 0, dry.stderr
    lines = [x for x in dry.stdout.splitlines() if "3002" in x or "3003" in x]
    assert len(lines) == 2 and all("10-01-2024" in x for x in lines) and "Bram" not in dry.stdout
    assert "2 leerling(en)" in dry.stderr and "--yes" in dry.stderr
    assert run("--data-dir", str(folder), "purge", "--yes").returncode == 0
    out = tmp_path / "export.json"
    assert run("--data-dir", str(folder), "export-json", "-o", str(out)).returncode == 0
    numbers = {p["student_number"] for p in json.loads(out.read_text())["persons"]}
    assert numbers == {"3001"}
