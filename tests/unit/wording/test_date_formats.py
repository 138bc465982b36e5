"""Dates are written in one place: ``udens_register.wording.dates``.

The PDF and the screens once drifted apart because each wrote its own date format. This test
reads every module of the package outside ``wording`` and fails on a string literal that holds a
date or time format, Python's (``%d-%m-%Y``, ``%Y%m%d``, ``{day:%d-%m-%Y}``) or Qt's
(``dd-MM-yyyy HH:mm``) or a spreadsheet's (``DD-MM-YYYY``), or a hint on typing one
(``dd-mm-jjjj``, worded by the catalogue's ``date_hint``); docstrings, which describe rather than format, are left out.
"""

from __future__ import annotations

import ast
import re
from datetime import UTC
from datetime import date
from datetime import datetime
from pathlib import Path

import udens_register
from udens_register.wording import date_hint
from udens_register.wording import dates

PACKAGE = Path(udens_register.__file__).resolve().parent
WORDING = PACKAGE / "wording"
# Two strftime directives of a date or time next to each other (a separator between them at most),
# or Qt's day, month, year and hour sections in their format notation.
PYTHON_FORMAT = re.compile(r"%[aAbBdHIjmMpSyYz][-/.:T _]?%[aAbBdHIjmMpSyYz]")
QT_FORMAT = re.compile(r"\bdd[-/. ]MM\b|\bMM[-/. ]yyyy\b|\byyyy[-/. ]MM\b|\bHH:mm\b|\bd-M-yy")
# Day, month and year written out in letters, in any case and in Dutch too: a spreadsheet's
# number format (DD-MM-YYYY) or a hint on how to type a date (dd-mm-jjjj), which the catalogue words.
LETTERS_FORMAT = re.compile(r"(?i)\bdd[-/. ]mm[-/. ](?:yyyy|jjjj|yy)\b|\b(?:yyyy|jjjj)[-/. ]mm[-/. ]dd\b")


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def date_format_literals(source: str) -> list[tuple[int, str]]:
    """The string literals of ``source`` (f-string pieces and format specs included) that hold a
    date format, with their line numbers."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            if any(p.search(node.value) for p in (PYTHON_FORMAT, QT_FORMAT, LETTERS_FORMAT)):
                found.append((node.lineno, node.value))
    return found


def test_no_date_format_is_written_outside_wording() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{line}: {text!r}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if WORDING not in path.parents
        for line, text in date_format_literals(path.read_text(encoding="utf-8"))
    ]
    assert not offenders, "date formats belong in udens_register.wording.dates:\n" + "\n".join(offenders)


def test_the_check_finds_the_formats_it_is_meant_to_find() -> None:
    found = date_format_literals(
        'a = d.strftime("%d-%m-%Y")\n'
        'b = f"{day:%Y%m%d}"\n'
        'edit.setDisplayFormat("dd-MM-yyyy HH:mm")\n'
        'c = datetime.strptime(t, "%Y%m%dT%H%M%SZ")\n'
        'log.info("%d files in %s", n, where)\n'
        'hint = _t("Type the date as %1")\n'
        'cell.number_format = "DD-MM-YYYY"\n'
        'help = "first day, dd-mm-jjjj or jjjj-mm-dd"\n'
    )
    assert sorted(line for line, _ in found) == [1, 2, 3, 4, 7, 8]


def test_the_one_source_writes_and_reads_dates_as_before() -> None:
    assert dates.fmt_date(date(2011, 3, 14)) == "14-03-2011"
    assert dates.fmt_date(None, "—") == "—"
    assert dates.fmt_datetime(datetime(2011, 3, 14, 15, 30)) == "14-03-2011 15:30"
    moment = datetime(2011, 3, 14, 15, 30, tzinfo=UTC)
    assert dates.fmt_datetime(moment) == moment.astimezone().strftime(dates.DATETIME)
    assert dates.fmt_stamp(moment) == "20110314T153000Z"
    assert dates.read_stamp("20110314T153000Z") == moment
    assert dates.fmt_day_key(date(2011, 3, 14)) == "20110314"
    assert dates.fmt_month_key(date(2011, 3, 14)) == "2011-03"
    assert dates.read_date("14-03-2011") == dates.read_date("2011-03-14") == date(2011, 3, 14)
    assert dates.read_date("14 maart") is None
    assert dates.read_moment("14-03-2011 15:30") == datetime(2011, 3, 14, 15, 30)
    assert dates.read_moment("2011-03-14T15:30") == datetime(2011, 3, 14, 15, 30)
    assert dates.read_moment("14-03-2011") == datetime(2011, 3, 14)
    assert dates.read_moment("gisteren") is None
    # Qt's notation says the same as Python's: dd-MM-yyyy HH:mm is %d-%m-%Y %H:%M.
    qt_as_python = dates.QT_DATETIME.replace("dd", "%d").replace("MM", "%m").replace("yyyy", "%Y")
    assert qt_as_python.replace("HH", "%H").replace("mm", "%M") == dates.DATETIME
    assert dates.QT_DATETIME.startswith(dates.QT_DATE)


def test_the_hints_say_the_format_in_the_words_of_each_language() -> None:
    assert (date_hint("nl"), date_hint("nl", with_time=True)) == ("dd-mm-jjjj", "dd-mm-jjjj uu:mm")
    assert (date_hint("en"), date_hint("en", with_time=True)) == ("dd-mm-yyyy", "dd-mm-yyyy hh:mm")
    assert dates.XLSX_DATETIME.startswith(dates.XLSX_DATE)
    assert dates.fmt_date(dates.EXAMPLE.date()) == "14-03-2011"
