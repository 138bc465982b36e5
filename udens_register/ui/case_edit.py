"""Editing a case after it was recorded: corrections with reasons, persons, measures, communications."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from udens_register.domain.enums import MeasureKind
from udens_register.domain.enums import Role
from udens_register.domain.errors import RegisterError
from udens_register.protocol import counts_as_author
from udens_register.services.clock import local_today
from udens_register.services.clock import system_clock
from udens_register.ui.case_correction import IncidentCorrectionDialog
from udens_register.ui.date_field import DateField
from udens_register.ui.date_field import refuse_invalid_dates
from udens_register.ui.dialogs import ask_reason
from udens_register.ui.dialogs import button_rows
from udens_register.ui.dialogs import enable_all
from udens_register.ui.dialogs import problem_label
from udens_register.ui.dialogs import pydate
from udens_register.ui.dialogs import qdate
from udens_register.ui.dialogs import save_cancel_buttons
from udens_register.ui.errors import show_error
from udens_register.ui.guard import DraftsPort
from udens_register.ui.guard import Guard
from udens_register.ui.i18n import fmt_date
from udens_register.ui.i18n import kind_label
from udens_register.ui.i18n import role_label
from udens_register.ui.i18n import words
from udens_register.ui.incident_form import PersonDialog
from udens_register.ui.incident_form import PersonsPort

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from udens_register.services.dto import CommunicationRow
    from udens_register.services.dto import IncidentDetail
    from udens_register.services.dto import MeasureRow
    from udens_register.ui.case_port import CasePort
    from udens_register.ui.decision.images_guard import EvidencePort


def _t(text: str) -> str:
    return QCoreApplication.translate("CaseEdit", text)


def measure_label(code: str) -> str:
    """The words for a measure."""
    return words("measure", code)


class RolesDialog(Guard, QDialog):
    """Correct a person's roles in the case, with a reason."""

    def __init__(self, name: str, roles: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Correct roles of %1").replace("%1", name))
        self.boxes: dict[Role, QCheckBox] = {}
        row = QHBoxLayout()
        for role in Role:
            box = QCheckBox(role_label(role.value))
            box.setChecked(role.value in roles)
            box.setAccessibleName(role_label(role.value))
            self.boxes[role] = box
            row.addWidget(box)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(_t("Reason for the correction"))
        self.reason.setPlaceholderText(_t("Why is this corrected? (required)"))
        self.problem = problem_label()
        buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.reason)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.guard()

    def roles(self) -> tuple[Role, ...]:
        """The ticked roles."""
        return tuple(r for r, b in self.boxes.items() if b.isChecked())

    def accept(self) -> None:
        if not self.roles():
            self.problem.setText(_t("Tick at least one role."))
            return
        if not self.reason.text().strip():
            self.problem.setText(_t("A correction needs a reason."))
            return
        super().accept()


class MeasureDialog(Guard, QDialog):
    """Record a measure taken against an author or sharer."""

    def __init__(self, authors: list[tuple[int, str]], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Record a measure"))
        self.kind = QComboBox()
        for kind in MeasureKind:
            self.kind.addItem(measure_label(kind.value), kind.value)
        self.kind.setAccessibleName(_t("Measure"))
        self.person = QComboBox()
        self.person.addItem(_t("(no one in particular)"), None)
        for pid, name in authors:
            self.person.addItem(name, pid)
        if authors:
            self.person.setCurrentIndex(1)
        self.person.setAccessibleName(_t("Against"))
        self.taken_on = DateField(qdate(today))
        self.taken_on.setMaximumDate(qdate(today))
        self.taken_on.setAccessibleName(_t("Date"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.note.setAccessibleName(_t("Note"))
        buttons = save_cancel_buttons(self)
        form = QFormLayout(self)
        form.addRow(_t("&Measure:"), self.kind)
        form.addRow(_t("&Against:"), self.person)
        form.addRow(_t("&Date:"), self.taken_on)
        form.addRow(_t("&Note:"), self.note)
        self.problem = problem_label()
        form.addRow(self.problem)
        form.addRow(buttons)
        self.guard()

    def accept(self) -> None:
        if refuse_invalid_dates(self, self.problem.setText):
            super().accept()


class CommunicationDialog(Guard, QDialog):
    """Record who was informed of what, and when."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Record who was informed"))
        self.informed = QLineEdit()
        self.informed.setAccessibleName(_t("Who was informed"))
        self.informed.setPlaceholderText(_t("e.g. parents of class 2H1, the team, the board"))
        self.what = QPlainTextEdit()
        self.what.setTabChangesFocus(True)
        self.what.setMaximumHeight(90)
        self.what.setAccessibleName(_t("What was communicated"))
        self.on = DateField(qdate(today))
        self.on.setMaximumDate(qdate(today))
        self.on.setAccessibleName(_t("Date"))
        self.problem = problem_label()
        buttons = save_cancel_buttons(self)
        form = QFormLayout(self)
        form.addRow(_t("&Who:"), self.informed)
        form.addRow(_t("W&hat:"), self.what)
        form.addRow(_t("&Date:"), self.on)
        form.addRow(self.problem)
        form.addRow(buttons)
        self.guard()

    def accept(self) -> None:
        if not refuse_invalid_dates(self, self.problem.setText):
            return
        if not self.informed.text().strip():
            self.problem.setText(_t("Fill in who was informed."))
            return
        super().accept()


class CasePanel(QWidget):
    """Persons, measures and communications of the selected case, with the buttons to change them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.port: CasePort | None = None
        self.persons: PersonsPort | None = None
        self.drafts: DraftsPort | None = None  # the person dialog keeps its draft per case
        self.evidence: EvidencePort | None = None  # the images guard of a correction destroys through it
        self.today = local_today(system_clock)  # replaced by the register's day in show_incident
        self.detail: IncidentDetail | None = None
        self.on_changed: Any = None
        self.on_files_destroyed: Any = None  # (case number) after a correction destroyed stored files
        self.person_list = QListWidget()
        self.person_list.setAccessibleName(_t("Persons in this case"))
        self.measure_list = QListWidget()
        self.measure_list.setAccessibleName(_t("Measures and communications"))
        self.buttons: dict[str, QPushButton] = {}
        persons_row = QHBoxLayout()
        measures_row = QHBoxLayout()
        button_rows(
            self.buttons,
            (
                (persons_row, "add_person", _t("Add &person…"), self.add_person),
                (persons_row, "roles", _t("Correct &roles…"), self.correct_roles),
                (persons_row, "remove_person", _t("Re&move from case…"), self.remove_person),
                (persons_row, "correct", _t("Correct &case…"), self.correct_case),
                (measures_row, "measure", _t("Record &measure…"), self.add_measure),
                (measures_row, "communication", _t("Record &communication…"), self.add_communication),
            ),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>" + _t("Persons and roles") + "</b>"))
        layout.addWidget(self.person_list, 1)
        layout.addLayout(persons_row)
        layout.addWidget(QLabel("<b>" + _t("Measures and communication (guidelines 9 and 10)") + "</b>"))
        layout.addWidget(self.measure_list, 1)
        layout.addLayout(measures_row)
        self.clear()

    def clear(self) -> None:
        """Forget the case."""
        self.port = None
        self.detail = None
        self.person_list.clear()
        self.measure_list.clear()
        enable_all(self.buttons, False)

    def show_incident(
        self,
        port: CasePort,
        persons: PersonsPort,
        detail: IncidentDetail,
        today: date,
        measures: Sequence[MeasureRow] | None = None,
        communications: Sequence[CommunicationRow] | None = None,
    ) -> None:
        """Show ``detail``'s persons, measures and communications (loaded here unless given)."""
        self.port, self.persons, self.detail, self.today = port, persons, detail, today
        self.person_list.clear()
        for inv in detail.involvements:
            text = f"{inv.person.name} ({kind_label(inv.person.kind)}): {', '.join(role_label(r) for r in inv.roles)}"
            if inv.removed:
                text = _t("[removed: %1] ").replace("%1", inv.removed_reason) + text
            self.person_list.addItem(text)
        self.measure_list.clear()
        for m in port.measures(detail.id) if measures is None else measures:
            who = f" — {m.person_name}" if m.person_name else ""
            self.measure_list.addItem(
                f"{fmt_date(m.taken_on)}  {measure_label(m.kind)}{who}" + (f": {m.note}" if m.note else "")
            )
        for c in port.communications(detail.id) if communications is None else communications:
            self.measure_list.addItem(
                f"{fmt_date(c.informed_on)}  "
                + _t("Informed: %1").replace("%1", c.informed)
                + (f": {c.what}" if c.what else "")
            )
        enable_all(self.buttons, True)

    def _changed(self) -> None:
        if self.port is not None and self.detail is not None and self.persons is not None:
            self.show_incident(self.port, self.persons, self.port.get(self.detail.id), self.today)
        if callable(self.on_changed):
            self.on_changed()

    def _selected(self) -> Any:
        if self.detail is None:
            return None
        row = self.person_list.currentRow()
        involvements = self.detail.involvements
        return involvements[row] if 0 <= row < len(involvements) else None

    def add_person(self) -> None:
        """Add a person with roles to the case."""
        if self.port is None or self.persons is None or self.detail is None:
            return
        dialog = PersonDialog(self.persons, self.today, self, drafts=self.drafts, scope=str(self.detail.id))
        if dialog.exec() and dialog.chosen is not None:
            try:
                self.port.involve(self.detail.id, dialog.chosen.id, dialog.roles())
            except RegisterError as exc:
                show_error(self, exc)
                return
            self._changed()

    def correct_roles(self) -> None:
        """Correct the selected person's roles, with a reason."""
        inv = self._selected()
        if self.port is None or self.detail is None or inv is None or inv.removed:
            return
        dialog = RolesDialog(inv.person.name, inv.roles, self)
        if dialog.exec():
            try:
                self.port.change_roles(self.detail.id, inv.person.id, dialog.roles(), dialog.reason.text())
            except RegisterError as exc:
                show_error(self, exc)
                return
            self._changed()

    def remove_person(self) -> None:
        """Take the selected person out of the case, with a reason."""
        inv = self._selected()
        if self.port is None or self.detail is None or inv is None or inv.removed:
            return
        reason = ask_reason(
            self,
            _t("Remove from case"),
            _t("Why is %1 removed from this case? It stays visible in the history.").replace(
                "%1", inv.person.name
            ),
        )
        if reason is None:
            return
        try:
            self.port.remove_person(self.detail.id, inv.person.id, reason)
        except RegisterError as exc:
            show_error(self, exc)
            return
        self._changed()

    def correct_case(self) -> None:
        """Correct the incident's recorded facts."""
        if self.port is None or self.detail is None:
            return
        dialog = IncidentCorrectionDialog(self.port, self.detail, self.today, self, self.evidence)
        saved = dialog.exec()
        # Destroyed for good even when the correction is then cancelled: the backups are named.
        destroyed = dialog.stored_box is not None and bool(dialog.stored_box.destroyed_files)
        if destroyed and self.on_files_destroyed is not None:
            self.on_files_destroyed(self.detail.case_number)
        if saved or destroyed:
            self._changed()

    def add_measure(self) -> None:
        """Record a measure against an author or sharer."""
        if self.port is None or self.detail is None:
            return
        authors = [
            (i.person.id, i.person.name) for i in self.detail.active_involvements if counts_as_author(i.roles)
        ]
        dialog = MeasureDialog(authors, self.today, self)
        if dialog.exec():
            try:
                self.port.add_measure(
                    self.detail.id,
                    MeasureKind(dialog.kind.currentData()),
                    pydate(dialog.taken_on.date()),
                    dialog.note.toPlainText(),
                    dialog.person.currentData(),
                )
            except RegisterError as exc:
                show_error(self, exc)
                return
            self._changed()

    def add_communication(self) -> None:
        """Record who was informed of what."""
        if self.port is None or self.detail is None:
            return
        dialog = CommunicationDialog(self.today, self)
        if dialog.exec():
            try:
                self.port.add_communication(
                    self.detail.id,
                    dialog.informed.text(),
                    dialog.what.toPlainText(),
                    pydate(dialog.on.date()),
                )
            except RegisterError as exc:
                show_error(self, exc)
                return
            self._changed()
