"""The yearly overview as a spreadsheet: opened back with openpyxl, its figures equal the report's,
it has a chart sheet, and it names no one (no person's name, description or case number)."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import PASSPHRASE
from tests.integration.test_cli import run


@pytest.mark.slow
def test_report_xlsx_from_the_command_line(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "overzicht.xlsx"
    result = run("--data-dir", str(demo_dir), "report", "--from", "01-08-2025", "--to", "31-07-2026", "--xlsx",
                 "-o", str(out), passphrase=PASSPHRASE)  # fmt: skip
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(io.BytesIO(out.read_bytes()))
    names = book.sheetnames
    assert names[:2] == ["Overzicht", "Grafieken"]
    assert {
        "Per maand",
        "Per categorie",
        "Per leerjaar",
        "Soort slachtoffer",
        "Doorlooptijd",
        "Per groep jaaranalyse",
        "Per platform",
    } <= set(names)
    assert len(book["Grafieken"]._charts) == 6
    overview = {row[0]: row[1] for row in book["Overzicht"].iter_rows(values_only=True) if row[0]}
    total = overview["Aantal incidenten"]
    assert isinstance(total, int) and total > 0
    months = [r for r in book["Per maand"].iter_rows(min_row=2, values_only=True)]
    assert len(months) == 12 and sum(int(n) for _, n in months) == total
    victims = dict(book["Soort slachtoffer"].iter_rows(min_row=2, values_only=True))
    assert set(victims) == {"Leerling", "Medewerker"}
    # nothing that names anyone: no person's name, no case number, no description
    export = tmp_path / "export.json"
    assert (
        run("--data-dir", str(demo_dir), "export-json", "-o", str(export), passphrase=PASSPHRASE).returncode
        == 0
    )
    doc = json.loads(export.read_text())
    cells = {
        str(c)
        for ws in book.worksheets
        for row in ws.iter_rows(values_only=True)
        for c in row
        if c is not None
    }
    text = " ".join(cells)
    for p in doc["persons"]:
        assert p["last_name"] not in text
    for i in doc["incidents"]:
        assert i["case_number"] not in text and i["title"] not in cells
    assert book.properties.creator == "Udens Register"
    assert isinstance(book["Overzicht"]["B3"].value, date)
