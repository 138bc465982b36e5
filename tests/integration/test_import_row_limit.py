"""The row limit is counted before a list is read: a CSV by its line breaks (confirmed record by
record only when they are more than the limit, so cells over two lines never refuse a list of
20,000), a sheet by its ``<dimension>`` or its ``<row>`` elements (confirmed by streaming when
those say more, stopping past the limit). The refusal is one line naming the count and the limit;
the command line gives it before it opens the register. A ``<dimension>`` that says less than the
sheet holds no longer cuts the list short."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from tests.integration.test_cli import run
from udens_register.services import tabular
from udens_register.services.tabular import MAX_ROWS
from udens_register.services.tabular import ImportRefused
from udens_register.services.tabular import check_rows
from udens_register.services.tabular import read_table
from udens_register.wording import problem_words

HEADER = ["Stamnummer", "Roepnaam", "Tussenvoegsel", "Achternaam", "Klas"]


def _csv(count: int, *, address: bool = False) -> bytes:
    head = ";".join(HEADER) + (";Adres" if address else "") + "\n"
    rows = "".join(
        f"{100000 + i};Kind;;Nummer{i};1A" + (';"Straat 1\n5401 AB Uden"' if address else "") + "\n"
        for i in range(count)
    )
    return (head + "\n" + rows + "\n\n").encode()  # blank lines are no rows


def _sheet(count: int, *, dimension: bool) -> bytes:
    """A workbook of ``count`` rows: written as a stream (no ``<dimension>``, as many exporters
    write) or as a whole workbook (with one, as Excel writes)."""
    import openpyxl

    book = openpyxl.Workbook(write_only=not dimension)
    ws = book.create_sheet() if not dimension else book.active
    ws.append(HEADER)
    for i in range(count):
        ws.append([str(100000 + i), "Kind", "", f"Nummer{i}", "1A"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _with_dimension(raw: bytes, ref: str) -> bytes:
    """The workbook with its sheet's ``<dimension>`` replaced by ``ref`` (a wrong one)."""
    source, out = zipfile.ZipFile(io.BytesIO(raw)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                text = re.sub(r"<dimension [^>]*/>", "", data.decode())
                data = text.replace("<sheetViews>", f'<dimension ref="{ref}"/><sheetViews>', 1).encode()
            target.writestr(item, data)
    return out.getvalue()


def _refusal(raw: bytes, filename: str) -> tuple[str, dict[str, str], int]:
    with pytest.raises(ImportRefused) as caught:
        check_rows(raw, filename)
    (found,) = caught.value.problems
    return found.code, found.params(), found.line


def test_a_csv_one_row_over_the_limit_is_refused_before_reading_with_count_and_limit() -> None:
    code, values, line = _refusal(_csv(MAX_ROWS + 1), "leerlingen.csv")
    assert (code, values, line) == ("too_many_rows", {"found": "20001", "limit": "20000"}, 0)
    assert problem_words(code, "nl", values) == (
        "20.001 rijen: meer dan 20.000, het hoogste aantal voor een lijst van één school"
    )
    with pytest.raises(ImportRefused) as caught:  # the reading counts first too
        read_table(_csv(MAX_ROWS + 1))
    assert caught.value.problems[0].params() == {"found": "20001", "limit": "20000"}


def test_a_csv_of_20000_rows_with_cells_over_two_lines_is_not_refused(reg) -> None:  # type: ignore[no-untyped-def]
    raw = _csv(MAX_ROWS, address=True)
    assert raw.count(b"\n") > 2 * MAX_ROWS  # more line breaks than twice the limit
    check_rows(raw, "leerlingen.csv")
    plan = reg.importer.plan(raw)
    assert len(plan.new) == MAX_ROWS and plan.unused == ("Adres",)


@pytest.mark.slow
def test_a_sheet_of_20001_rows_without_a_dimension_is_refused_before_reading() -> None:
    code, values, line = _refusal(_sheet(MAX_ROWS + 1, dimension=False), "leerlingen.xlsx")
    assert (code, values, line) == ("too_many_rows", {"found": "20001", "limit": "20000"}, 0)


@pytest.mark.parametrize("dimension", [False, True], ids=["no-dimension", "dimension"])
def test_a_sheet_one_row_over_the_limit_is_refused_and_one_at_it_is_not(
    dimension: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tabular, "MAX_ROWS", 300)  # the same counting, on a smaller sheet
    code, values, line = _refusal(_sheet(301, dimension=dimension), "leerlingen.xlsx")
    assert (code, values, line) == ("too_many_rows", {"found": "301", "limit": "300"}, 0)
    check_rows(_sheet(300, dimension=dimension), "leerlingen.xlsx")
    with_blank_rows = _with_dimension(_sheet(300, dimension=True), "A1:E5000")
    check_rows(with_blank_rows, "leerlingen.xlsx")
    assert len(read_table(with_blank_rows).rows) == 300


def test_a_sheet_whose_dimension_says_a_million_rows_is_counted_not_believed(reg) -> None:  # type: ignore[no-untyped-def]
    raw = _with_dimension(_sheet(3, dimension=True), "A1:E1048576")  # formatted empty rows
    check_rows(raw, "leerlingen.xlsx")
    assert len(reg.importer.plan(raw).new) == 3


def test_a_sheet_whose_dimension_says_too_few_rows_and_columns_is_read_whole(reg) -> None:  # type: ignore[no-untyped-def]
    raw = _with_dimension(_sheet(4, dimension=True), "A1:B2")
    plan = reg.importer.plan(raw)
    assert [(r.student_number, r.last_name, r.class_name) for r in plan.new] == [
        (str(100000 + i), f"Nummer{i}", "1A") for i in range(4)
    ]


def test_the_count_stops_past_the_limit_and_says_at_least_when_it_cannot_know_more(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tabular, "MAX_ROWS", 300)
    raw = _with_dimension(_sheet(350, dimension=True), "A1:E1048576")
    code, values, _line = _refusal(raw, "leerlingen.xlsx")
    assert (code, values) == ("too_many_rows_least", {"found": "301", "limit": "300"})
    assert problem_words(code, "nl", {"found": "20001", "limit": "20000"}).startswith(
        "ten minste 20.001 rijen: meer dan 20.000"
    )


def test_the_command_line_refuses_a_long_list_before_it_opens_the_register(
    demo_dir: Path, tmp_path: Path
) -> None:
    file = tmp_path / "leerlingen.csv"
    file.write_bytes(_csv(MAX_ROWS + 1))
    # no passphrase given: the refusal comes before the register would ask for it
    result = run("--data-dir", str(demo_dir), "import-persons", str(file), passphrase=None)
    assert result.returncode == 2, result.stderr
    assert (
        result.stderr.strip()
        == "20.001 rijen: meer dan 20.000, het hoogste aantal voor een lijst van één school."
    )
    assert "Traceback" not in result.stderr and not result.stdout


def test_a_sheet_that_states_too_few_rows_is_still_refused_at_the_limit_while_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tabular, "MAX_ROWS", 300)
    raw = _with_dimension(_sheet(350, dimension=True), "A1:E10")
    check_rows(raw, "leerlingen.xlsx")  # the dimension says 10: no reason to count
    with pytest.raises(ImportRefused) as caught:
        read_table(raw)
    (found,) = caught.value.problems
    assert (found.code, found.params(), found.line) == (
        "too_many_rows_least",
        {"found": "301", "limit": "300"},
        0,
    )
