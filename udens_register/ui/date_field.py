"""The one date (and date-and-time) field of the application: typed as people type dates
(``14-03-2011``, ``14032011``, ``14-3-2011``, ``14/3/11``) or picked from a calendar.

Qt's ``QDateEdit`` edits section by section: typed digits land nowhere when the cursor is not at
the start of a section, and select-all then typing turns ``14-03-2011`` into ``01-03--``. This
field is a plain line edit that reads the whole text, with a calendar button beside it, and keeps
the QDateEdit calls the dialogs use (``date()``, ``setDate()``, ``setMaximumDate()``, ...).
"""

from __future__ import annotations

import re
from datetime import date
from datetime import datetime
from datetime import time

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QDate
from PySide6.QtCore import QDateTime
from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtCore import QTime
from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QToolButton
from PySide6.QtWidgets import QWidget
from PySide6.QtWidgets import QWidgetAction

from udens_register.ui.i18n import ui_lang
from udens_register.ui.signals import emit
from udens_register.wording import date_hint
from udens_register.wording.dates import EXAMPLE
from udens_register.wording.dates import fmt_date
from udens_register.wording.dates import fmt_datetime

EARLIEST = date(1900, 1, 1)
LATEST = date(2199, 12, 31)
INVALID_FRAME = "QLineEdit { border: 2px solid #b00020; }"  # a refused date: a red frame

_SEP = r"[-./ ]"
_DMY = re.compile(rf"^(\d{{1,2}}){_SEP}+(\d{{1,2}}){_SEP}+(\d{{2}}|\d{{4}})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_TIME = re.compile(r"^(\d{1,2})[:.]?(\d{2})$")


def _t(text: str) -> str:
    return QCoreApplication.translate("DateField", text)


def _year(text: str, today: date) -> int:
    """A four-digit year; two digits mean this century unless that is more than ten years ahead."""
    year = int(text)
    if len(text) == 2:
        year += 2000
        if year > today.year + 10:
            year -= 100
    return year


def parse_date(text: str, today: date | None = None) -> date | None:
    """The date in ``text`` as the Dutch write it (day first), or None when it is not one."""
    today = today or date.today()
    raw = text.strip()
    day = month = year = None
    if (match := _ISO.match(raw)) is not None:
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    elif (match := _DMY.match(raw)) is not None:
        day, month, year = int(match[1]), int(match[2]), _year(match[3], today)
    elif raw.isdigit() and len(raw) in (6, 8):
        day, month, year = int(raw[:2]), int(raw[2:4]), _year(raw[4:], today)
    if day is None or month is None or year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_time(text: str) -> time | None:
    """``9:05``, ``09.05``, ``0905`` or ``905``; None when it is not a time of day."""
    raw = text.strip()
    if raw.isdigit() and len(raw) == 3:
        raw = "0" + raw
    match = _TIME.match(raw)
    if match is None:
        return None
    hour, minute = int(match[1]), int(match[2])
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def parse_datetime(text: str, today: date | None = None) -> datetime | None:
    """A date and a time of day (``14-03-2011 15:30``); a date alone means midnight."""
    raw = text.strip().replace("T", " ")
    if (day := parse_date(raw, today)) is not None:
        return datetime.combine(day, time(0, 0))
    head, _, tail = raw.rpartition(" ")
    if not head:
        return None
    day, moment = parse_date(head, today), parse_time(tail)
    if day is None or moment is None:
        return None
    return datetime.combine(day, moment)


class _Keys(QObject):
    """Alt+Down or F4 in the text opens the calendar, as in Qt's own date fields."""

    def __init__(self, field: DateField) -> None:
        super().__init__(field)
        self._field = field

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt_down or event.key() == Qt.Key.Key_F4:
                self._field.open_calendar()
                return True
        return False


class DateField(QWidget):
    """A date typed in full or chosen from a calendar; ``with_time`` adds the time of day.

    ``date()`` is the last valid date; ``is_valid()`` says whether the text as typed is one
    (dialogs refuse to save while it is not, see :func:`first_invalid_date`).
    """

    dateChanged = Signal(QDate)

    def __init__(
        self,
        value: QDate | QDateTime | None = None,
        parent: QWidget | None = None,
        *,
        with_time: bool = False,
    ) -> None:
        super().__init__(parent)
        self.with_time = with_time
        self._minimum = EARLIEST
        self._maximum = LATEST
        self._value = datetime.combine(date.today(), time(0, 0))
        self._valid = True
        self.line = QLineEdit()
        self.line.setPlaceholderText(date_hint(ui_lang(), with_time))
        self.line.setMaxLength(24)
        self.line.installEventFilter(_Keys(self))
        self.calendar_button = QToolButton()
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.setToolTip(_t("Calendar (Alt+Down)"))
        self.calendar_button.setAccessibleName(_t("Open the calendar"))
        self.calendar_button.clicked.connect(self.open_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.calendar_button)
        self.setFocusProxy(self.line)
        # The calendar's menu only after the text is placed: a child menu made before it closed
        # the tab chain into a loop (Tab and Shift+Tab stayed in the text, a keyboard trap).
        self.calendar = QCalendarWidget()
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self._menu = QMenu(self)
        holder = QWidgetAction(self._menu)
        holder.setDefaultWidget(self.calendar)
        self._menu.addAction(holder)
        self.line.textEdited.connect(self._typed)
        self.line.editingFinished.connect(self._finished)
        if isinstance(value, QDateTime):
            self.setDateTime(value)
        elif isinstance(value, QDate):
            self.setDate(value)
        else:
            self._show()

    # -- the QDateEdit calls the dialogs use ----------------------------------------
    def date(self) -> QDate:
        """The (last valid) date."""
        return QDate(self._value.year, self._value.month, self._value.day)

    def dateTime(self) -> QDateTime:
        """The (last valid) date and time, local time."""
        v = self._value
        return QDateTime(QDate(v.year, v.month, v.day), QTime(v.hour, v.minute))

    def setDate(self, value: QDate) -> None:
        """Show ``value`` (kept inside the minimum and maximum)."""
        day = date(value.year(), value.month(), value.day())
        self._set(datetime.combine(day, self._value.time() if self.with_time else time(0, 0)))

    def setDateTime(self, value: QDateTime) -> None:
        """Show ``value`` (local time)."""
        d, t = value.date(), value.time()
        self._set(datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()))

    def setMinimumDate(self, value: QDate) -> None:
        """No earlier date is accepted."""
        self._minimum = date(value.year(), value.month(), value.day())
        self.calendar.setMinimumDate(value)
        self._check(self.line.text())

    def setMaximumDate(self, value: QDate) -> None:
        """No later date is accepted."""
        self._maximum = date(value.year(), value.month(), value.day())
        self.calendar.setMaximumDate(value)
        self._check(self.line.text())

    def setDisplayFormat(self, _format: str) -> None:
        """Dates always show as dd-mm-jjjj (kept so the QDateEdit calls still work)."""

    def setCalendarPopup(self, _on: bool) -> None:
        """The calendar is always there (kept so the QDateEdit calls still work)."""

    def setAccessibleName(self, name: str) -> None:
        """The name goes to the text too, where screen readers and tests look for it."""
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    def text(self) -> str:
        """The text as typed."""
        return self.line.text()

    # -- validity ----------------------------------------------------------------------
    def is_valid(self) -> bool:
        """Whether the text as typed is a date inside the allowed range."""
        return self._valid or not self.isEnabled()

    def problem(self) -> str:
        """Why the text is not accepted, in words (empty when it is)."""
        if self.is_valid():
            return ""
        parsed = self._parse(self.line.text())
        if parsed is not None and parsed.date() > self._maximum:
            return _t("Choose a date on or before %1.").replace("%1", fmt_date(self._maximum))
        if parsed is not None and parsed.date() < self._minimum:
            return _t("Choose a date on or after %1.").replace("%1", fmt_date(self._minimum))
        if self.with_time:
            return (
                _t("Type the date and time as %1, for example %2.")
                .replace("%1", date_hint(ui_lang(), with_time=True))
                .replace("%2", fmt_datetime(EXAMPLE))
            )
        return (
            _t("Type the date as %1, for example %2.")
            .replace("%1", date_hint(ui_lang()))
            .replace("%2", fmt_date(EXAMPLE.date()))
        )

    def flag(self, problem: str) -> None:
        """Frame the field for a ``problem`` of its date with another field (the message later
        than its capture); the frame goes on :meth:`recheck` or when the text is edited."""
        self.line.setStyleSheet(INVALID_FRAME)
        self.line.setToolTip(problem)

    def recheck(self) -> None:
        """Frame the field again only by its own text (a problem with another field has gone)."""
        self._check(self.line.text())

    # -- inside ---------------------------------------------------------------------------
    def _parse(self, text: str) -> datetime | None:
        if self.with_time:
            return parse_datetime(text)
        day = parse_date(text)
        return datetime.combine(day, time(0, 0)) if day is not None else None

    def _check(self, text: str) -> datetime | None:
        parsed = self._parse(text)
        ok = parsed is not None and self._minimum <= parsed.date() <= self._maximum
        self._valid = ok
        self.line.setStyleSheet("" if ok else INVALID_FRAME)
        self.line.setToolTip("" if ok else self.problem())
        return parsed if ok else None

    def _set(self, value: datetime) -> None:
        day = min(max(value.date(), self._minimum), self._maximum)
        value = datetime.combine(day, value.time())
        changed = value.date() != self._value.date()
        self._value = value
        self._show()
        if changed:
            emit(self.dateChanged, self.date())

    def _show(self) -> None:
        self.line.setText(fmt_datetime(self._value) if self.with_time else fmt_date(self._value.date()))
        self._check(self.line.text())

    def _typed(self, text: str) -> None:
        parsed = self._check(text)
        if parsed is not None and parsed != self._value:
            changed = parsed.date() != self._value.date()
            self._value = parsed
            if changed:
                emit(self.dateChanged, self.date())

    def _finished(self) -> None:
        if self._check(self.line.text()) is not None:
            self._show()  # written out in full: 14032011 becomes 14-03-2011

    def _picked(self, value: QDate) -> None:
        self._menu.close()
        self.setDate(value)
        self.line.setFocus()

    def open_calendar(self) -> None:
        """Show the calendar under the field, on the current date."""
        if not self.isEnabled():
            return
        self.calendar.setSelectedDate(self.date())
        self._menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.setFocus()


def first_invalid_date(root: QWidget) -> DateField | None:
    """The first enabled, visible date field under ``root`` whose text is not an accepted date."""
    for field in root.findChildren(DateField):
        if field.isEnabled() and not field.is_valid():
            return field
    return None


def refuse_invalid_dates(root: QWidget, show: object = None) -> bool:
    """True when every date under ``root`` is valid; otherwise focus the first bad one and, when
    ``show`` is a callable, pass it the reason (a dialog's problem line)."""
    field = first_invalid_date(root)
    if field is None:
        return True
    field.setFocus()
    field.line.selectAll()
    if callable(show):
        name = field.accessibleName()
        show(f"{name}: {field.problem()}" if name else field.problem())
    return False


__all__ = ["DateField", "first_invalid_date", "parse_date", "parse_datetime", "refuse_invalid_dates"]
