"""A name column holding a date (Excel turned "04-03-2012" into one) or a spreadsheet formula
(CSV injection): the line is refused with its number, nothing is imported."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date

import pytest

from tests.integration.test_import_shapes import xlsx_bytes
from udens_register.services.importer import ImportRefused
from udens_register.wording import problem_words

HEADER = ["Stamnr", "Roepnaam", "Tussenvoegsel", "Achternaam"]


def _refused(reg, raw: bytes) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    with pytest.raises(ImportRefused) as info:
        reg.importer.apply(raw)
    assert reg.persons.find() == []
    return [(p.line, problem_words(p.code, "nl", p.params())) for p in info.value.problems]


def test_a_date_cell_in_a_name_column_is_refused_with_its_line(reg) -> None:  # type: ignore[no-untyped-def]
    raw = xlsx_bytes([HEADER, ["1", "Anna", "", "Smit"], ["2", date(2012, 3, 4), "", "Jansen"],
                      ["3", "Bram", date(2012, 3, 4), "Smit"]])  # fmt: skip
    assert _refused(reg, raw) == [
        (3, "Roepnaam is een datum, geen naam"),
        (4, "Tussenvoegsel is een datum, geen naam"),
    ]


@pytest.mark.parametrize("name", ['=HYPERLINK("http://x")', "+31 6", "@SUM(A1)", "\tAnna"])
def test_a_formula_in_a_name_is_refused_with_its_line(reg, name: str) -> None:  # type: ignore[no-untyped-def]
    raw = f"Stamnr;Roepnaam;Achternaam\n1;Bram;Smit\n2;{name};Jansen\n".encode()
    assert _refused(reg, raw) == [
        (3, "Roepnaam begint met =, +, @ of een tab (een spreadsheetformule), geen naam")
    ]


def _cached(raw: bytes, cell: str, value: str) -> bytes:
    """The workbook with ``cell``'s formula given a calculated value, as Excel saves it."""
    source, out = zipfile.ZipFile(io.BytesIO(raw)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = re.sub(
                    rf'<c r="{cell}"><f>(.*?)</f><v\s*>\s*</v>'.encode(),
                    lambda m: (
                        f'<c r="{cell}" t="str"><f>'.encode() + m.group(1) + f"</f><v>{value}</v>".encode()
                    ),
                    data,
                )
            target.writestr(item, data)
    return out.getvalue()


def test_a_formula_never_calculated_in_a_sheet_is_refused_with_its_line_not_read_as_empty(reg) -> None:  # type: ignore[no-untyped-def]
    # openpyxl (like a script's export) writes formulas without their value
    raw = xlsx_bytes([[*HEADER, "Klas"], ["1", "Anna", "", "Smit", "1A"],
                      ["2", '=PROPER("bram")', "", "Jansen", "1B"],
                      ["3", "Cas", "=B2", "=UPPER(\"smit\")", "=A1"]])  # fmt: skip
    assert _refused(reg, raw) == [
        (3, "Roepnaam is een formule die nooit is uitgerekend (er staat geen waarde in): open het bestand "
            "in Excel, sla het op en importeer het opnieuw"),
        (4, "Tussenvoegsel is een formule die nooit is uitgerekend (er staat geen waarde in): open het "
            "bestand in Excel, sla het op en importeer het opnieuw"),
        (4, "Achternaam is een formule die nooit is uitgerekend (er staat geen waarde in): open het bestand "
            "in Excel, sla het op en importeer het opnieuw"),
        (4, "Klas is een formule die nooit is uitgerekend (er staat geen waarde in): open het bestand in "
            "Excel, sla het op en importeer het opnieuw"),
    ]  # fmt: skip


def test_a_formula_with_its_calculated_value_imports_the_value(reg) -> None:  # type: ignore[no-untyped-def]
    raw = _cached(xlsx_bytes([HEADER, ["1", '=PROPER("bram")', "", "Jansen"]]), "B2", "Bram")
    reg.importer.apply(raw)
    assert [(p.first_name, p.last_name) for p in reg.persons.find()] == [("Bram", "Jansen")]


def test_an_empty_cell_in_a_sheet_is_still_empty_not_a_formula(reg) -> None:  # type: ignore[no-untyped-def]
    assert _refused(reg, xlsx_bytes([HEADER, ["1", None, "", "Jansen"]])) == [(2, "roepnaam leeg")]
