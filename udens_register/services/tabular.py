"""Reading an administration's list (CSV in any of its usual shapes, or ``.xlsx``) into rows of cells.

A school administration system (Magister, Somtoday, ParnasSys) exports pupils and parents as
CSV or Excel, in whatever shape the administrator's wizard and spreadsheet produced:

- CSV separated by ``,`` ``;`` or tab, found by :class:`csv.Sniffer`; UTF-8 with or without BOM,
  UTF-16 with BOM (Excel's "Unicode text"), then Windows-1252, tried in that order;
- ``.xlsx`` through openpyxl in read-only mode (streamed, never the whole workbook as objects):
  the first sheet or a chosen one; date cells come back as dates, numbers as text without ``.0``;
- ``.xls`` and ``.ods`` are refused with the hint to save as ``.xlsx`` or CSV.

Each row keeps its line (CSV) or row number (sheet), so every refusal names where to look.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from datetime import datetime
from typing import Any

from udens_register.domain.errors import RegisterError

MAX_REPORTED = 20
MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 20_000  # a large school has a few thousand pupils; more is not a pupil list

Cell = str | date


@dataclass(frozen=True)
class Problem:
    """Why a line is refused: a ``code`` the UI and CLI turn into words, with ``values``."""

    line: int
    code: str
    values: tuple[tuple[str, str], ...] = ()

    def params(self) -> dict[str, str]:
        """The values as a dict for formatting."""
        return dict(self.values)


def problem(line: int, code: str, **values: object) -> Problem:
    """A :class:`Problem` with its values as text."""
    return Problem(line, code, tuple((k, str(v)) for k, v in values.items()))


class ImportRefused(RegisterError):
    """The file is refused as a whole; ``problems`` lists the first 20, ``total`` counts all."""

    code = "import_refused"

    def __init__(self, problems: list[Problem], total: int | None = None) -> None:
        super().__init__(f"{total or len(problems)} problem(s)")
        self.problems = problems
        self.total = total if total is not None else len(problems)


@dataclass(frozen=True)
class Table:
    """A list as read: the header's cells and the data rows with their line numbers.

    ``source`` says how it was read (``"utf-8-sig"``, ``"utf-16"``, ``"windows-1252"`` or
    ``"xlsx"``), ``delimiter`` is empty for a sheet, ``sheets`` names a workbook's sheets.
    """

    header: tuple[str, ...]
    header_line: int
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]
    source: str
    delimiter: str = ""
    sheet: str = ""
    sheets: tuple[str, ...] = ()


_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old binary Office format (.xls)


def kind_of(raw: bytes, filename: str = "") -> str:
    """``"xlsx"``, ``"xls"``, ``"ods"`` or ``"csv"``, by the file's first bytes, then its name."""
    name = filename.lower()
    if raw.startswith(_OLE) or name.endswith(".xls"):
        return "xls"
    if raw.startswith(_ZIP):
        try:
            with zipfile.ZipFile(io.BytesIO(raw)) as archive:
                names = set(archive.namelist())
                if "mimetype" in names and b"opendocument" in archive.read("mimetype"):
                    return "ods"
                if "xl/workbook.xml" in names:
                    return "xlsx"
        except zipfile.BadZipFile:
            pass
        return "ods" if name.endswith(".ods") else "xlsx" if name.endswith(".xlsx") else "csv"
    if name.endswith(".ods"):
        return "ods"
    return "csv"


def read_table(raw: bytes, filename: str = "", sheet: str | None = None, *, head_only: bool = False) -> Table:
    """The rows of a list file; raises :class:`ImportRefused` with the reason in one line.

    ``head_only`` stops after the header and the first row (an example of each column): what the
    app needs to offer the sheets and the column-mapping step without reading a large list twice.
    """
    if len(raw) > MAX_BYTES:
        raise ImportRefused([problem(0, "too_large")])
    kind = kind_of(raw, filename)
    if kind in ("xls", "ods"):
        raise ImportRefused([problem(0, f"format_{kind}")])
    if kind == "xlsx":
        return _read_xlsx(raw, sheet, head_only)
    return _read_csv(raw, head_only)


# -- CSV ----------------------------------------------------------------------------------


def decode(raw: bytes) -> tuple[str, str]:
    """The text and the encoding it was in: UTF-8 (BOM or not), UTF-16 with BOM, Windows-1252."""
    if raw.startswith(b"\xef\xbb\xbf"):
        candidates = [("utf-8-sig", raw[3:], "utf-8")]
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = [("utf-16", raw, "utf-16")]
    else:
        candidates = [("utf-8", raw, "utf-8"), ("windows-1252", raw, "cp1252")]
    for name, data, codec in candidates:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:  # UTF-16 without its BOM, or a binary file: none of the four
            break
        return text, name
    raise ImportRefused([problem(0, "encoding")])


def _sniff(first_line: str) -> str:
    try:
        return csv.Sniffer().sniff(first_line, delimiters=";,\t").delimiter
    except csv.Error:
        counts = {d: first_line.count(d) for d in (";", ",", "\t")}
        return max(counts, key=lambda d: counts[d])


def _records(reader: Any) -> Iterator[tuple[int, list[str]]]:
    """(line, record) pairs; a quote left open is refused with the line it starts on."""
    start = 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise ImportRefused([problem(start, "bad_quote")]) from exc
        yield start, record
        start = reader.line_num + 1


def _read_csv(raw: bytes, head_only: bool = False) -> Table:
    text, encoding = decode(raw)
    first_line = next((line for line in text.splitlines() if line.strip()), None)
    if first_line is None:
        raise ImportRefused([problem(1, "empty_file")])
    delimiter = _sniff(first_line)
    # strict: an unterminated quote is an error at its line, not one endless field
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header: tuple[str, ...] | None = None
    header_line = 0
    rows: list[tuple[int, tuple[Cell, ...]]] = []
    for line, record in _records(reader):
        if not any(cell.strip() for cell in record):
            continue
        if header is None:
            header, header_line = tuple(record), line
            continue
        if len(rows) >= MAX_ROWS:
            raise ImportRefused([problem(line, "too_many_rows", limit=MAX_ROWS)])
        rows.append((line, tuple(record)))
        if head_only:
            break
    assert header is not None  # the text has a non-blank line
    return Table(header, header_line, tuple(rows), encoding, delimiter)


# -- xlsx ---------------------------------------------------------------------------------


def _cell(value: object) -> Cell:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def _read_xlsx(raw: bytes, sheet: str | None, head_only: bool = False) -> Table:
    import openpyxl  # noqa: PLC0415 - loaded on first use: most imports are CSV

    try:
        book = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or disguised file
        raise ImportRefused([problem(0, "xlsx_damaged")]) from exc
    try:
        names = tuple(str(n) for n in book.sheetnames)
        if sheet is not None and sheet not in names:
            raise ImportRefused([problem(0, "no_sheet", sheet=sheet)])
        chosen = sheet if sheet is not None else names[0]
        header: tuple[str, ...] | None = None
        header_line = 0
        rows: list[tuple[int, tuple[Cell, ...]]] = []
        for number, values in enumerate(book[chosen].iter_rows(values_only=True), start=1):
            cells = tuple(_cell(v) for v in values)
            if not any(c.strip() if isinstance(c, str) else True for c in cells):
                continue
            if header is None:
                header, header_line = tuple(str(c) for c in cells), number
                continue
            if len(rows) >= MAX_ROWS:
                raise ImportRefused([problem(number, "too_many_rows", limit=MAX_ROWS)])
            rows.append((number, cells))
            if head_only:
                break
    except ImportRefused:
        raise
    except Exception as exc:  # a sheet's XML cut or damaged inside a sound ZIP: found while reading it
        raise ImportRefused([problem(0, "xlsx_damaged")]) from exc
    finally:
        book.close()
    if header is None:
        raise ImportRefused([problem(1, "empty_file")])
    while header and not header[-1].strip():  # sheets often carry empty formatted columns
        header = header[:-1]
    return Table(header, header_line, tuple(rows), "xlsx", "", chosen, names)
