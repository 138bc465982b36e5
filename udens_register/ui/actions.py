"""Follow-up actions: the list over all incidents (overdue marked) and the dialog to record progress."""

from __future__ import annotations

from datetime import date
from typing import Any
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from udens_register.domain.decisions import ActionKind
from udens_register.domain.errors import RegisterError
from udens_register.domain.errors import ValidationError
from udens_register.services.dto import ActionRow
from udens_register.services.dto import ActionView
from udens_register.ui.date_field import DateField
from udens_register.ui.date_field import refuse_invalid_dates
from udens_register.ui.dialogs import OptionalDate
from udens_register.ui.dialogs import choice_box
from udens_register.ui.dialogs import problem_label
from udens_register.ui.dialogs import qdate
from udens_register.ui.dialogs import save_cancel_buttons
from udens_register.ui.errors import known_error_text
from udens_register.ui.guard import Guard
from udens_register.ui.i18n import fmt_date
from udens_register.ui.i18n import ui_lang
from udens_register.ui.i18n import words
from udens_register.ui.parents import parents_label
from udens_register.ui.step_fields import AfwegingHint
from udens_register.ui.step_fields import OptionalMoment
from udens_register.ui.step_fields import step_widgets
from udens_register.wording import date_hint
from udens_register.wording import label
from udens_register.wording import outcome_lines


class ActionsPort(Protocol):
    """What the action screens need of the decision service."""

    coordinator_label: str

    def actions(
        self, incident_id: int | None = None, *, open_only: bool = False, view: ActionView | None = None
    ) -> list[ActionRow]: ...
    def update_action(
        self,
        action_id: int,
        *,
        status: str,
        reason: str = "",
        outcome: dict[str, Any] | None = None,
        responsible: str | None = None,
        due_date: date | None = None,
        change_reason: str = "",
    ) -> ActionRow: ...


def _t(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def kind_text(kind: str) -> str:
    """The words for an action kind."""
    return words("action", kind)


def urgency_text(action: ActionRow) -> str:
    """``URGENT: call 112 now`` for an open urgent action, what it was once settled; else ''."""
    if not action.urgent:
        return ""
    return words("urgency", "open" if action.status == "open" else "settled")


def status_text(status: str) -> str:
    """The words for an action status."""
    return words("action_status", status)


def outcome_text(outcome: dict[str, Any]) -> str:
    """An action's outcome in words, as the case file prints it: labels and codes named, dates
    as dd-mm-jjjj."""
    return "; ".join(outcome_lines(outcome, ui_lang()))


def _day(value: object) -> date | None:
    """A stored ISO date, or None."""
    return date.fromisoformat(str(value)) if value else None


class ActionDialog(Guard, QDialog):
    """Record who did what and with what result; ``updated`` holds the new row after Save."""

    def __init__(
        self, port: ActionsPort, action: ActionRow, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._port = port
        self._action = action
        self.updated: ActionRow | None = None
        self.setWindowTitle(
            _t("Action: %1 — case %2").replace("%1", kind_text(action.kind)).replace("%2", action.case_number)
        )
        o = action.outcome
        form = QFormLayout(self)
        if action.person_name:
            form.addRow(_t("Person:"), QLabel(action.person_name))
        if action.kind == ActionKind.PARENTS and action.person_name:
            form.addRow(_t("Parents:"), parents_label(action.person_name, action.contacts))
        if action.description:
            what = QLabel(action.description)
            what.setWordWrap(True)
            form.addRow(_t("Measure:"), what)
        self.responsible = QLineEdit(action.responsible)
        self.responsible.setAccessibleName(_t("Responsible"))
        self.due = DateField(qdate(action.due_date))
        self.due.setAccessibleName(_t("Due date"))
        form.addRow(_t("&Responsible:"), self.responsible)
        form.addRow(_t("D&ue date:"), self.due)
        self.fields: dict[str, Any] = {}
        self.hint: AfwegingHint | None = None
        if ActionKind(action.kind).is_step:
            self.fields, labels = step_widgets(action.kind, o, today)
            if action.kind == ActionKind.MC_WEIGH:
                self.hint = AfwegingHint(self.fields)
        elif action.kind == "parents":
            self.fields["contacted"] = QLineEdit(str(o.get("contacted", "")))
            self.fields["how"] = choice_box(
                (
                    ("", "—"),
                    ("phone", _t("phone")),
                    ("meeting", _t("meeting")),
                    ("email", _t("e-mail")),
                    ("other", _t("other")),
                ),
                o.get("how", ""),
            )
            self.fields["when"] = OptionalDate(_t("Contacted on"), _day(o.get("when")), today)
            self.fields["reaction"] = QPlainTextEdit(str(o.get("reaction", "")))
            labels = {
                "contacted": _t("Who was contacted:"),
                "how": _t("How:"),
                "when": _t("When:"),
                "reaction": _t("Their reaction:"),
            }
        elif action.kind == "police":
            self.fields["date"] = OptionalDate(_t("Date"), _day(o.get("date")), today)
            self.fields["station"] = QLineEdit(str(o.get("station", "")))
            self.fields["registration_number"] = QLineEdit(str(o.get("registration_number", "")))
            self.fields["report_type"] = choice_box(
                (
                    ("", "—"),
                    ("report", _t("report (aangifte)")),
                    ("notification", _t("notification (melding)")),
                ),
                o.get("report_type", ""),
            )
            labels = {
                "date": _t("Date:"),
                "station": _t("Station or officer:"),
                "registration_number": _t("Report or registration number:"),
                "report_type": _t("Report or notification:"),
            }
        elif action.kind == "measure":
            self.fields["done_on"] = OptionalDate(_t("Done on"), _day(o.get("done_on")), today)
            self.fields["note"] = QPlainTextEdit(str(o.get("note", "")))
            labels = {"done_on": _t("Done on:"), "note": _t("Note:")}
        else:
            self.fields["guide"] = QLineEdit(str(o.get("guide", "")))
            self.fields["plan"] = QPlainTextEdit(str(o.get("plan", "")))
            self.fields["follow_up_dates"] = QLineEdit(
                ", ".join(fmt_date(date.fromisoformat(d)) for d in o.get("follow_up_dates", []))
            )
            self.fields["follow_up_dates"].setPlaceholderText(
                f"{date_hint(ui_lang())}, {date_hint(ui_lang())}"
            )
            self.fields["ended_on"] = OptionalDate(_t("Ended on"), _day(o.get("ended_on")), today)
            labels = {
                "guide": _t("Who guides:"),
                "plan": _t("Plan:"),
                "follow_up_dates": _t("Follow-up dates:"),
                "ended_on": _t("Guidance ended:"),
            }
        for key, widget in self.fields.items():
            widget.setAccessibleName(labels[key].rstrip(":"))
            if isinstance(widget, QPlainTextEdit):
                widget.setTabChangesFocus(True)
                widget.setMaximumHeight(80)
            form.addRow(labels[key], widget)
        if self.hint is not None:
            form.addRow(self.hint)
        self.status = QComboBox()
        for code in ("open", "done", "not_needed"):
            self.status.addItem(status_text(code), code)
        self.status.setCurrentIndex(max(0, self.status.findData(action.status)))
        self.status.setAccessibleName(_t("Status"))
        self.reason = QLineEdit(action.status_reason)
        self.reason.setAccessibleName(_t("Reason"))
        self.reason.setPlaceholderText(_t("Required when the action is not needed"))
        self.change_reason = QLineEdit()
        self.change_reason.setAccessibleName(_t("Reason for changing recorded values"))
        self.change_reason.setPlaceholderText(_t("Only when you change what was already recorded"))
        form.addRow(_t("&Status:"), self.status)
        form.addRow(_t("Reason:"), self.reason)
        form.addRow(_t("Reason for the change:"), self.change_reason)
        self.problem = problem_label()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(_t("Problem"))
        form.addRow(self.problem)
        buttons = save_cancel_buttons(self)
        form.addRow(buttons)
        self.resize(780 if ActionKind(action.kind).is_step else 560, 0)
        self.guard()

    def outcome(self) -> dict[str, Any]:
        """The outcome fields as entered (dates in ISO form)."""
        result: dict[str, Any] = {}
        for key, widget in self.fields.items():
            if isinstance(widget, OptionalMoment):
                result[key] = widget.value()
            elif isinstance(widget, QComboBox):
                result[key] = widget.currentData() or ""
            elif isinstance(widget, OptionalDate):
                day = widget.value()
                result[key] = day.isoformat() if day else None
            elif isinstance(widget, QPlainTextEdit):
                result[key] = widget.toPlainText()
            elif key == "follow_up_dates":
                dates = []
                for part in widget.text().replace(";", ",").split(","):
                    part = part.strip()
                    if not part:
                        continue
                    try:
                        d, m, y = (int(x) for x in part.split("-"))
                        dates.append(date(y, m, d).isoformat())
                    except ValueError as exc:
                        raise ValidationError("follow_up_dates", part) from exc
                result[key] = dates
            else:
                result[key] = widget.text()
        return result

    def accept(self) -> None:
        if not refuse_invalid_dates(self, self.problem.setText):
            return
        d = self.due.date()
        try:
            self.updated = self._port.update_action(
                self._action.id,
                status=str(self.status.currentData()),
                reason=self.reason.text(),
                outcome=self.outcome(),
                responsible=self.responsible.text(),
                due_date=date(d.year(), d.month(), d.day()),
                change_reason=self.change_reason.text(),
            )
        except ValidationError as exc:
            self.problem.setText(self._message(exc))
            return
        except RegisterError as exc:
            self.problem.setText(known_error_text(exc) or "")
            return
        super().accept()

    @staticmethod
    def _message(exc: ValidationError) -> str:
        return (
            {
                "status_reason": _t("Write why the action is not needed."),
                "change_reason": _t("You change what was already recorded: write why."),
                "responsible": _t("Someone must be responsible."),
                "follow_up_dates": _t("Write follow-up dates as %1, separated by commas.").replace(
                    "%1", date_hint(ui_lang())
                ),
                "how": _t("Choose how the parents were contacted."),
                "contacted": _t("Fill in who was contacted."),
                "when": _t("Fill in when the parents were contacted."),
                "date": _t("Fill in the date of the report or notification."),
                "report_type": _t("Choose report or notification."),
                "guide": _t("Fill in who guides the victim."),
                "plan": _t("Describe the guidance plan."),
                "done_on": _t("Fill in when the measure was carried out."),
            }.get(exc.field)
            or (
                _t("Fill in: %1").replace("%1", label("outcome", exc.field, ui_lang()))
                if exc.message.startswith("required")
                else ""
            )
            or known_error_text(exc)
            or ""
        )


class ActionsView(QDialog):
    """Actions over the whole register, overdue ones marked, with the filters *mijn acties*,
    *te laat* and *deze week*; Enter or double-click to record progress."""

    def __init__(
        self, port: ActionsPort, today: date, parent: QWidget | None = None, *, overdue: bool = False
    ) -> None:
        super().__init__(parent)
        self._port = port
        self._today = today
        self.rows: list[ActionRow] = []
        self.setWindowTitle(_t("Follow-up actions"))
        self.show_all = QCheckBox(_t("Also show finished actions"))
        self.show_all.setAccessibleName(_t("Also show finished actions"))
        self.mine = QPushButton(_t("&My actions"))
        self.mine.setToolTip(
            _t("Actions whose responsible is you (%1)").replace("%1", port.coordinator_label or "—")
        )
        self.mine.setEnabled(bool(port.coordinator_label))
        self.late = QPushButton(_t("&Overdue"))
        self.late.setToolTip(_t("Open actions past their due date"))
        self.week = QPushButton(_t("This &week"))
        self.week.setToolTip(_t("Actions due from Monday to Sunday of this week"))
        filters = QHBoxLayout()
        filters.addWidget(QLabel(_t("Show:")))
        for button in (self.mine, self.late, self.week):
            button.setCheckable(True)
            button.setAccessibleName(button.text().replace("&", ""))
            filters.addWidget(button)
        filters.addStretch(1)
        filters.addWidget(self.show_all)
        self.late.setChecked(overdue)
        # Overdue and this week exclude each other: the one ticked last wins.
        self.late.toggled.connect(lambda on: self._exclusive(on, self.week))
        self.week.toggled.connect(lambda on: self._exclusive(on, self.late))
        for control in (self.show_all, self.mine, self.late, self.week):
            control.toggled.connect(self.refresh)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [_t("Case"), _t("Action"), _t("Person"), _t("Responsible"), _t("Due"), _t("Status")]
        )
        self.table.setAccessibleName(_t("Follow-up actions"))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The action's words take what is left (full text in the tooltip): every column stays in view.
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.summary = QLabel()
        self.summary.setAccessibleName(_t("Summary"))
        edit = QPushButton(_t("&Record progress…"))
        edit.setAccessibleName(_t("Record progress"))
        edit.clicked.connect(self.edit_current)
        close = QPushButton(_t("Close"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(edit)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(1100, 520)
        self.refresh()

    @staticmethod
    def _exclusive(on: bool, other: QPushButton) -> None:
        if on:
            other.setChecked(False)

    def refresh(self) -> None:
        """Reload the list."""
        view = ActionView(
            responsible=self._port.coordinator_label if self.mine.isChecked() else "",
            overdue=self.late.isChecked(),
            this_week=self.week.isChecked(),
        )
        self.rows = self._port.actions(open_only=not self.show_all.isChecked(), view=view)
        self.table.setRowCount(len(self.rows))
        late = QBrush(QColor("#b00020"))
        for row, a in enumerate(self.rows):
            status = status_text(a.status) + (" — " + _t("overdue") if a.overdue else "")
            urgency = urgency_text(a)
            values = [
                a.case_number,
                kind_text(a.kind) + (f" — {urgency}" if urgency else ""),
                a.person_name or a.description,
                a.responsible,
                fmt_date(a.due_date),
                status,
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if a.overdue or (a.urgent and a.status == "open"):
                    item.setForeground(late)
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        overdue = sum(a.overdue for a in self.rows)
        self.summary.setText(
            QCoreApplication.translate("Actions", "%n action(s) shown", "", len(self.rows))
            + (", " + QCoreApplication.translate("Actions", "%n overdue", "", overdue) if overdue else "")
        )

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self.edit_current()
            return
        super().keyPressEvent(event)

    def edit_current(self) -> None:
        """Open the action dialog for the selected row."""
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        dialog = ActionDialog(self._port, self.rows[row], self._today, self)
        if dialog.exec():
            self.refresh()
