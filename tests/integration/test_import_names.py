"""A name column holding a date (Excel turned "04-03-2012" into one) or a spreadsheet formula
(CSV injection): the line is refused with its number, nothing is imported."""

from __future__ import annotations

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
