"""How the application writes and reads dates: the one place for every date and time format.

People read and type dates as Dutch schools write them, ``dd-mm-jjjj`` (in both languages); the
desktop app's Qt fields show the same through :data:`QT_DATE` and :data:`QT_DATETIME`. Names of
files and registration numbers carry a sortable stamp (:func:`fmt_stamp`, :func:`fmt_day_key`),
and the period report counts by month (:func:`fmt_month_key`). Nothing outside ``wording``
writes a format of its own (``tests/unit/test_date_formats.py`` looks).
"""

from __future__ import annotations

from datetime import UTC
from datetime import date
from datetime import datetime

# How a person reads a date and a moment (local time), in Python's and in Qt's notation.
DATE = "%d-%m-%Y"
DATETIME = "%d-%m-%Y %H:%M"
QT_DATE = "dd-MM-yyyy"
QT_DATETIME = "dd-MM-yyyy HH:mm"
# The same in a spreadsheet's number format (the period report's .xlsx).
XLSX_DATE = "DD-MM-YYYY"
XLSX_DATETIME = "DD-MM-YYYY HH:MM"
# The day and moment the hints show as their example ("for example 14-03-2011 15:30").
EXAMPLE = datetime(2011, 3, 14, 15, 30)

# A moment in UTC as it stands in the name of a backup, a snapshot or a safety copy.
STAMP = "%Y%m%dT%H%M%SZ"
_DAY_KEY = "%Y%m%d"
_MONTH_KEY = "%Y-%m"
_ISO_DATE = "%Y-%m-%d"

# What a person may type: the Dutch way first, then the ISO way.
_READ_DATES = (DATE, _ISO_DATE)
_READ_MOMENTS = (DATETIME, DATE, "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", _ISO_DATE)


def fmt_date(value: date | None, empty: str = "") -> str:
    """dd-mm-jjjj, the way Dutch schools write dates (in both languages)."""
    return value.strftime(DATE) if value else empty


def fmt_datetime(value: datetime | None, empty: str = "") -> str:
    """dd-mm-jjjj uu:mm in local time (a moment without a time zone is taken as written)."""
    if not value:
        return empty
    return (value.astimezone() if value.tzinfo else value).strftime(DATETIME)


def fmt_stamp(moment: datetime) -> str:
    """``20260314T153000Z``: ``moment`` in UTC, as it stands in a file name and sorts."""
    return moment.astimezone(UTC).strftime(STAMP)


def read_stamp(text: str) -> datetime:
    """The UTC moment of a :func:`fmt_stamp` (``ValueError`` when ``text`` is none)."""
    return datetime.strptime(text, STAMP).replace(tzinfo=UTC)


def fmt_day_key(value: date) -> str:
    """``20260314``: a day as it stands in a file name or a registration number."""
    return value.strftime(_DAY_KEY)


def fmt_month_key(value: date) -> str:
    """``2026-03``: the month a day falls in, as the period report counts by."""
    return value.strftime(_MONTH_KEY)


def read_date(text: str) -> date | None:
    """A date typed dd-mm-jjjj or jjjj-mm-dd, or ``None``."""
    for fmt in _READ_DATES:
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    return None


def read_moment(text: str) -> datetime | None:
    """A local moment typed as people write it (dd-mm-jjjj uu:mm, a date alone, or the ISO way),
    without a time zone; ``None`` when it is none."""
    for fmt in _READ_MOMENTS:
        try:
            return datetime.strptime(text.strip(), fmt)
        except ValueError:
            continue
    return None


__all__ = [
    "DATE",
    "DATETIME",
    "EXAMPLE",
    "QT_DATE",
    "QT_DATETIME",
    "STAMP",
    "XLSX_DATE",
    "XLSX_DATETIME",
    "fmt_date",
    "fmt_datetime",
    "fmt_day_key",
    "fmt_month_key",
    "fmt_stamp",
    "read_date",
    "read_moment",
    "read_stamp",
]
