"""Date fields take dates as people type them, and the calendar; bad text is refused, not guessed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtCore import Qt

from tests.gui.press import click
from tests.gui.press import ok
from udens_register.ui.date_field import DateField
from udens_register.ui.date_field import parse_date
from udens_register.ui.date_field import parse_datetime
from udens_register.ui.dialogs import OptionalDate
from udens_register.ui.incident_form import IncidentForm


@pytest.mark.parametrize(
    "typed", ["14032011", "14-03-2011", "14-3-2011", "14/3/2011", "14.03.11", "2011-03-14"]
)
def test_typed_dates_are_read_day_first(typed: str) -> None:
    assert parse_date(typed, date(2026, 12, 1)) == date(2011, 3, 14)


@pytest.mark.parametrize("typed", ["", "14", "1403201", "31-02-2011", "14-13-2011", "morgen", "14--2011"])
def test_what_is_not_a_date_is_not_guessed(typed: str) -> None:
    assert parse_date(typed) is None


def test_two_digit_years_of_pupils_born_last_century() -> None:
    assert parse_date("01-01-98", date(2026, 1, 1)) == date(1998, 1, 1)
    assert parse_date("01-01-30", date(2026, 1, 1)) == date(2030, 1, 1)


def test_date_and_time() -> None:
    assert parse_datetime("14-03-2011 15:30").isoformat() == "2011-03-14T15:30:00"  # type: ignore[union-attr]
    assert parse_datetime("14032011 0905").isoformat() == "2011-03-14T09:05:00"  # type: ignore[union-attr]
    assert parse_datetime("14-03-2011 25:00") is None


def _retype(qtbot, field: DateField, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    qtbot.keyClick(field.line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.line, text)


@pytest.mark.parametrize("typed", ["14032011", "14-03-2011", "14-3-2011"])
def test_typing_in_a_date_field(qtbot, typed: str) -> None:  # type: ignore[no-untyped-def]
    field = DateField(QDate(2026, 12, 1))
    qtbot.addWidget(field)
    field.show()
    _retype(qtbot, field, typed)
    assert field.date() == QDate(2011, 3, 14)
    assert field.is_valid()
    qtbot.keyClick(field.line, Qt.Key.Key_Return)  # editing finished: written out in full
    assert field.text() == "14-03-2011"


def test_bad_text_is_marked_and_keeps_no_guess(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = DateField(QDate(2026, 12, 1))
    qtbot.addWidget(field)
    field.show()
    _retype(qtbot, field, "31-02-2011")
    assert not field.is_valid()
    assert "14-03-2011" in field.problem()  # says how to type it
    assert field.text() == "31-02-2011"  # the typed text stays to be corrected


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_calendar_sets_the_date(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = DateField(QDate(2026, 12, 1))
    qtbot.addWidget(field)
    field.show()
    click(qtbot, field.calendar_button)
    field.calendar.clicked.emit(QDate(2011, 3, 14))
    assert field.text() == "14-03-2011"


def test_every_date_of_the_incident_form_by_keyboard(qtbot) -> None:  # type: ignore[no-untyped-def]
    class Port:
        def find(self, text: str = "", limit: int | None = None) -> list[object]:
            return []

    form = IncidentForm(Port(), Port(), date(2026, 12, 1))  # type: ignore[arg-type]
    qtbot.addWidget(form)
    form.show()
    _retype(qtbot, form.reported, "14032011")
    form.occurred_known.setChecked(True)
    _retype(qtbot, form.occurred, "13-3-2011")
    form.category.setCurrentIndex(form.category.findData("online_bullying"))  # there is no default
    draft = form.draft()
    assert (draft.reported_at, draft.occurred_at) == (date(2011, 3, 14), date(2011, 3, 13))


def test_a_future_report_date_is_refused_with_the_reason(qtbot) -> None:  # type: ignore[no-untyped-def]
    class Port:
        def find(self, text: str = "", limit: int | None = None) -> list[object]:
            return []

        def create(self, *args: object) -> object:
            raise AssertionError("nothing may be saved")

    form = IncidentForm(Port(), Port(), date(2026, 12, 1))  # type: ignore[arg-type]
    qtbot.addWidget(form)
    form.show()
    form.title.setText("Dreigend bericht")
    _retype(qtbot, form.reported, "02-12-2026")
    ok(qtbot, form)
    assert form.isVisible()
    assert "01-12-2026" in form.errors["reported_at"].text()


def test_optional_date_types_too(qtbot) -> None:  # type: ignore[no-untyped-def]
    optional = OptionalDate("Geboortedatum", None, date(2010, 1, 1))
    qtbot.addWidget(optional)
    optional.show()
    optional.known.setChecked(True)
    _retype(qtbot, optional.edit, "14032011")
    assert optional.value() == date(2011, 3, 14)


def test_tab_and_shift_tab_pass_through_a_date_field(qtbot, reg) -> None:  # type: ignore[no-untyped-def]
    """No keyboard trap: in the incident form Tab leaves *Gemeld op* for the next field and
    Shift+Tab comes back into it (the calendar's menu once closed the tab chain into a loop)."""
    form = IncidentForm(reg.incidents, reg.persons, date(2026, 3, 16))
    qtbot.addWidget(form)
    form.show()
    form.reported.setFocus()
    assert form.focusWidget() is form.reported.line
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
    assert form.focusWidget() is form.occurred_known, "Tab goes on to the next field"
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Backtab)
    assert form.focusWidget() is form.reported.line, "Shift+Tab comes back into the date"
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Backtab)
    assert form.focusWidget() is form.platform, "and on to the field before it"
