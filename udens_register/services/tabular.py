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
import re
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


class Formula(str):
    """A sheet's cell holding a formula whose value was never calculated (saved by a program that
    does not calculate): read-only openpyxl gives nothing for it, which is not an empty cell."""

    __slots__ = ()


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


# -- the number of rows, counted before a list is read -------------------------------------


def check_rows(raw: bytes, filename: str = "", sheet: str | None = None) -> None:
    """Refuse a list of more than :data:`MAX_ROWS` rows (and more than 50 MB) before it is read.

    What :func:`read_table` does first; here for a caller that wants the refusal before anything
    else (the command line, before it asks for the passphrase and opens the register). A file
    that cannot be read is left to :func:`read_table` to name.
    """
    if len(raw) > MAX_BYTES:
        raise ImportRefused([problem(0, "too_large")])
    kind = kind_of(raw, filename)
    if kind == "csv":
        text, _encoding = decode(raw)
        first_line = next((line for line in text.splitlines() if line.strip()), None)
        if first_line is not None:
            _limit(*_csv_rows(text, _sniff(first_line)))
    elif kind == "xlsx":
        book = _open_book(raw)
        try:
            _names, chosen = _chosen_sheet(book, sheet)
            _limit(*_sheet_rows(book[chosen]))
        except ImportRefused:
            raise
        except Exception as exc:  # a sheet damaged inside a sound ZIP
            raise ImportRefused([problem(0, "xlsx_damaged")]) from exc
        finally:
            book.close()


def _limit(found: int, exact: bool = True) -> None:
    """Refuse ``found`` data rows when they are more than the limit (``exact``: the count is the
    file's number of rows, otherwise the file has at least that many)."""
    if found > MAX_ROWS:
        raise ImportRefused(
            [problem(0, "too_many_rows" if exact else "too_many_rows_least", found=found, limit=MAX_ROWS)]
        )


def _csv_rows(text: str, delimiter: str) -> tuple[int, bool]:
    """The number of data rows of a CSV text (blank lines and the header not counted).

    Counting line breaks gives an upper bound (a quoted cell may hold a line break): a text within
    the limit by that count is never parsed here. Only a longer one is counted record by record,
    so a list of 20,000 pupils with addresses over two lines is not refused.
    """
    breaks = text.count("\n") + text.count("\r") - text.count("\r\n")
    if breaks <= MAX_ROWS:  # at most breaks + 1 lines: the header and MAX_ROWS rows
        return breaks, True
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        records = sum(1 for record in reader if any(cell.strip() for cell in record))
    except csv.Error:
        return 0, True  # an unterminated quote: the reading names its line
    return max(records - 1, 0), True


def _sheet_rows(ws: Any) -> tuple[int, bool]:
    """The number of data rows of a sheet: by its ``<dimension>`` when that says the limit is not
    reached; otherwise (no dimension, or one that says more) counted while streaming, stopping
    at the first row past the limit, with no work on a row beyond seeing whether it is blank."""
    stated = ws.max_row
    if stated is not None and stated - 1 <= MAX_ROWS:
        return max(stated - 1, 0), True
    tags = _row_elements(ws)  # an upper bound too: every row with a value has a <row> element
    if tags is not None and tags - 1 <= MAX_ROWS:
        return max(tags - 1, 0), True
    ws.reset_dimensions()  # a stated size that is wrong (formatted empty rows) is not trusted
    filled = 0
    for values in ws.iter_rows(values_only=True):
        if any(v is not None and (not isinstance(v, str) or v.strip()) for v in values):
            filled += 1
            if filled > MAX_ROWS + 1:  # the header and one row more than the limit
                break
    found = max(filled - 1, 0)
    # Stopped at the first row too many: the count is exact when an upper bound says as many.
    return found, found <= MAX_ROWS or found + 1 in (stated, tags)


_ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s>/]")
_CHUNK = 1 << 20


def _row_elements(ws: Any) -> int | None:
    """How many ``<row`` elements the sheet's XML holds, counted in its bytes as they are unpacked
    (no XML parsed, nothing kept); stops past the limit. None when the sheet cannot be reached so."""
    try:
        source = ws._get_source()  # read-only openpyxl: the sheet's member of the archive
    except Exception:  # noqa: BLE001 - another openpyxl: the caller counts rows instead
        return None
    count, tail = 0, b""
    with source:
        while count <= MAX_ROWS + 1:
            chunk = source.read(_CHUNK)
            data = tail + chunk
            if not chunk:
                return count + len(_ROW_TAG.findall(data))
            cut = max(len(data) - 64, 0)  # a tag across the cut is counted in the next round
            count += sum(1 for m in _ROW_TAG.finditer(data) if m.start() < cut)
            tail = data[cut:]
    return count


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
            if codec == "utf-8":
                _refuse_mixed_utf8(data)
            continue
        if "\x00" in text:  # UTF-16 without its BOM, or a binary file: none of the four
            break
        return text, name
    raise ImportRefused([problem(0, "encoding")])


def _refuse_mixed_utf8(data: bytes) -> None:
    """A file that is not UTF-8 as a whole but has lines of UTF-8 beyond plain ASCII is two
    encodings put together: read as Windows-1252, its UTF-8 names would be garbled (Zoë as
    ZoÃ«). Refused, naming the first line that is not UTF-8."""
    utf8_lines, first_bad = 0, 0
    for number, line in enumerate(data.split(b"\n"), start=1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            first_bad = first_bad or number
            continue
        if not line.isascii():
            utf8_lines += 1
    if utf8_lines and first_bad:
        raise ImportRefused([problem(first_bad, "mixed_encoding")])


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
    if not head_only:
        _limit(*_csv_rows(text, delimiter))
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
        if len(rows) >= MAX_ROWS:  # counted before as at most the limit: not reached
            _limit(MAX_ROWS + 1, exact=False)
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


def _open_book(raw: bytes) -> Any:
    """A workbook opened read-only (streamed), with cached values; refused when it is not one."""
    import openpyxl  # noqa: PLC0415 - loaded on first use: most imports are CSV

    try:
        return openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or disguised file
        raise ImportRefused([problem(0, "xlsx_damaged")]) from exc


def _chosen_sheet(book: Any, sheet: str | None) -> tuple[tuple[str, ...], str]:
    """The workbook's sheet names and the one to read (the first, unless one is chosen)."""
    names = tuple(str(n) for n in book.sheetnames)
    if sheet is not None and sheet not in names:
        raise ImportRefused([problem(0, "no_sheet", sheet=sheet)])
    return names, sheet if sheet is not None else names[0]


_P = rb"(?:[A-Za-z_][\w.-]*:)?"  # an element's namespace prefix, if the writer used one
_XML_CELL = re.compile(rb"<" + _P + rb"c\b([^>]*?)(?:/>|>(.*?)</" + _P + rb"c>)", re.S)
_XML_FORMULA = re.compile(rb"<" + _P + rb"f[\s>/]")
_XML_VALUE = re.compile(rb"<" + _P + rb"v>\s*[^<\s]")
_XML_REF = re.compile(rb'\br="([A-Z]{1,3})([0-9]+)"')
MAX_FORMULAS = 100_000  # cells kept as (row, column): a few MB at most


def _uncalculated(ws: Any) -> set[tuple[int, int]]:
    """The (row, column) of each cell holding a formula without a calculated value, found in the
    sheet's XML bytes as they are unpacked (nothing else kept); empty when the sheet cannot be
    reached so. A list saved by Excel has none; one written by a script may have many."""
    from openpyxl.utils import column_index_from_string  # noqa: PLC0415 - with openpyxl

    try:
        source = ws._get_source()  # read-only openpyxl: the sheet's member of the archive
    except Exception:  # noqa: BLE001 - another openpyxl: no such cells are told apart
        return set()
    found: set[tuple[int, int]] = set()
    tail = b""
    with source:
        while len(found) < MAX_FORMULAS:
            chunk = source.read(_CHUNK)
            data = tail + chunk
            end = 0
            for match in _XML_CELL.finditer(data):
                end = match.end()
                inner = match.group(2)
                if inner and _XML_FORMULA.search(inner) and not _XML_VALUE.search(inner):
                    ref = _XML_REF.search(match.group(1))
                    if ref is not None:
                        found.add((int(ref.group(2)), column_index_from_string(ref.group(1).decode())))
            if not chunk:
                break
            tail = data[end:]  # a cell cut by the chunk's end is matched whole in the next round
    return found


def _read_xlsx(raw: bytes, sheet: str | None, head_only: bool = False) -> Table:
    book = _open_book(raw)
    try:
        names, chosen = _chosen_sheet(book, sheet)
        ws = book[chosen]
        if not head_only:
            _limit(*_sheet_rows(ws))
        # Every row the sheet holds, whatever its <dimension> says: read-only openpyxl stops at the
        # dimension's last row and column, and a file that states too few would be cut short.
        ws.reset_dimensions()
        formulas = set() if head_only else _uncalculated(ws)
        header: tuple[str, ...] | None = None
        header_line = 0
        rows: list[tuple[int, tuple[Cell, ...]]] = []
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            cells = tuple(
                Formula() if v is None and (number, col) in formulas else _cell(v)
                for col, v in enumerate(values, start=1)
            )
            if not any(isinstance(c, Formula) or (c.strip() if isinstance(c, str) else True) for c in cells):
                continue
            if header is None:
                header, header_line = tuple(str(c) for c in cells), number
                continue
            if len(rows) >= MAX_ROWS:  # a <dimension> that said fewer rows than the sheet holds
                _limit(MAX_ROWS + 1, exact=False)
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
