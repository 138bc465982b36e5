"""Outcome fields of a route step or a review moment, built from the step's own field list.

Labels and coded values come from the wording catalogue, so the dialog, the case pane and the
PDF name them alike.
"""

from __future__ import annotations

from datetime import date
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDateTimeEdit
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QWidget

from udens_register.domain.routes import STEP_SPECS
from udens_register.domain.routes import FieldType
from udens_register.domain.routes import afweging_points_to
from udens_register.ui.dialogs import OptionalDate
from udens_register.ui.dialogs import choice_box
from udens_register.ui.dialogs import known_box
from udens_register.ui.i18n import ui_lang
from udens_register.wording import label
from udens_register.wording.dates import QT_DATETIME


def _t(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


class OptionalMoment(QWidget):
    """A date and time with a 'known' tick box (the law's *onverwijld* is about hours)."""

    def __init__(self, name: str, value: datetime | None, default: datetime) -> None:
        super().__init__()
        moment = value or default
        self.edit = QDateTimeEdit(
            QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)
        )
        self.edit.setDisplayFormat(QT_DATETIME)
        self.edit.setCalendarPopup(True)
        self.known = known_box(self, name, self.edit, value is not None)

    def value(self) -> str | None:
        """ISO ``YYYY-MM-DDTHH:MM`` (local time, as typed), or None when not known."""
        if not self.known.isChecked():
            return None
        d, t = self.edit.date(), self.edit.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()).isoformat(timespec="minutes")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def step_widgets(
    kind: str, outcome: dict[str, Any], today: date
) -> tuple[dict[str, QWidget], dict[str, str]]:
    """The widgets and labels of a step's outcome fields, filled with ``outcome``."""
    lang = ui_lang()
    fields: dict[str, QWidget] = {}
    labels: dict[str, str] = {}
    now = datetime.now().replace(second=0, microsecond=0)
    for f in STEP_SPECS[kind].fields:
        name = _capital(label("outcome", f.code, lang))
        value = outcome.get(f.code)
        widget: QWidget
        if f.type is FieldType.TEXT:
            widget = QLineEdit(str(value or ""))
        elif f.type is FieldType.LONG:
            widget = QPlainTextEdit(str(value or ""))
        elif f.type is FieldType.DATE:
            widget = OptionalDate(name, date.fromisoformat(value) if value else None, today)
        elif f.type is FieldType.MOMENT:
            widget = OptionalMoment(name, datetime.fromisoformat(value) if value else None, now)
        else:
            group = "value" if f.type is FieldType.YESNO else "outcome_value"
            codes = ("yes", "no") if f.type is FieldType.YESNO else f.choices
            widget = choice_box(
                (("", "—"), *((code, label(group, code, lang)) for code in codes)), value or ""
            )
        fields[f.code] = widget
        labels[f.code] = name + (" *" if f.required else "") + ("" if name.endswith("?") else ":")
    return fields, labels


class AfwegingHint(QLabel):
    """What the afwegingskader's answers point to so far, updated as the coordinator answers."""

    def __init__(self, fields: dict[str, QWidget]) -> None:
        super().__init__()
        self._fields = fields
        self.setWordWrap(True)
        self.setAccessibleName(_t("The afwegingskader points to"))
        for widget in fields.values():
            if isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(lambda _i: self.update_hint())
        self.update_hint()

    def update_hint(self) -> None:
        """Show the conclusion the answers reach, or which answer is still needed."""
        answers = {k: w.currentData() or None for k, w in self._fields.items() if isinstance(w, QComboBox)}
        points = afweging_points_to(answers)
        if points is None:
            self.setText(_t("Answer the questions in order; the afwegingskader stops where it concludes."))
        else:
            self.setText(
                _t("The afwegingskader points to: %1").replace(
                    "%1", label("outcome_value", points, ui_lang())
                )
            )
