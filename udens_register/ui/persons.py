"""The persons view: every incident of a person, their parents or children, and corrections."""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING
from typing import Any
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from udens_register.domain.errors import RegisterError
from udens_register.services.dto_family import ParentContact
from udens_register.ui.date_field import refuse_invalid_dates
from udens_register.ui.dialogs import OptionalDate
from udens_register.ui.dialogs import problem_label
from udens_register.ui.dialogs import save_cancel_buttons
from udens_register.ui.dialogs import save_or_explain
from udens_register.ui.errors import show_error
from udens_register.ui.guard import Guard
from udens_register.ui.i18n import fmt_date
from udens_register.ui.i18n import fmt_datetime
from udens_register.ui.i18n import kind_label
from udens_register.ui.i18n import role_label
from udens_register.ui.i18n import status_label
from udens_register.ui.parents import FamilyPort
from udens_register.ui.parents import LinkChangeDialog
from udens_register.ui.parents import ParentDialog
from udens_register.ui.parents import contact_texts
from udens_register.ui.parents import history_line
from udens_register.ui.parents import relation_box
from udens_register.ui.parents import relation_text
from udens_register.ui.signals import emit

if TYPE_CHECKING:
    from udens_register.services.dto import EventRow
    from udens_register.services.dto import PersonIncident
    from udens_register.services.dto import PersonRow


class PersonViewPort(Protocol):
    """What the persons view needs of the person service."""

    def find(self, text: str = "", limit: int | None = None, kind: str | None = None) -> list[PersonRow]: ...
    def get(self, person_id: int) -> PersonRow: ...
    def incidents_of(self, person_id: int) -> list[PersonIncident]: ...
    def parents_of(self, child_id: int) -> list[PersonRow]: ...
    def children_of(self, parent_id: int) -> list[PersonRow]: ...
    def correct(self, person_id: int, changes: dict[str, Any], reason: str) -> PersonRow: ...
    def history(self, person_id: int) -> list[EventRow]: ...


def _t(text: str) -> str:
    return QCoreApplication.translate("Persons", text)


class PersonCorrectionDialog(Guard, QDialog):
    """Correct a person's details with a reason."""

    def __init__(self, port: PersonViewPort, person: PersonRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._port = port
        self._person = person
        self.setWindowTitle(_t("Correct %1").replace("%1", person.name))
        self.first = QLineEdit(person.first_name)
        self.infix = QLineEdit(person.infix)
        self.last = QLineEdit(person.last_name)
        self.number = QLineEdit(person.student_number)
        self.klass = QLineEdit(person.class_name)
        self.phone = QLineEdit(person.phone)
        self.email = QLineEdit(person.email)
        self.birth = OptionalDate(_t("Date of birth"), person.date_of_birth, date(2010, 1, 1))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(_t("Why is this corrected? (required)"))
        for widget, name in (
            (self.first, _t("First name")),
            (self.infix, _t("Infix")),
            (self.last, _t("Last name")),
            (self.number, _t("Student number")),
            (self.klass, _t("Class")),
            (self.phone, _t("Phone")),
            (self.email, _t("E-mail")),
            (self.reason, _t("Reason for the correction")),
        ):
            widget.setAccessibleName(name)
        self.problem = problem_label()
        buttons = save_cancel_buttons(self)
        form = QFormLayout(self)
        form.addRow(_t("First name:"), self.first)
        form.addRow(_t("Infix:"), self.infix)
        form.addRow(_t("Last name:"), self.last)
        form.addRow(_t("Student number:"), self.number)
        form.addRow(_t("Class:"), self.klass)
        # Not offered to a staff member, parent or other person (issue 24), unless one was recorded
        # there before: then it stays visible, so it can be seen and corrected away.
        form.setRowVisible(self.number, person.kind == "pupil" or bool(person.student_number))
        form.setRowVisible(self.klass, person.kind == "pupil" or bool(person.class_name))
        form.addRow(_t("Date of birth:"), self.birth)
        form.addRow(_t("Phone:"), self.phone)
        form.addRow(_t("E-mail:"), self.email)
        form.addRow(_t("Reason:"), self.reason)
        form.addRow(self.problem)
        form.addRow(buttons)
        self.guard()

    def accept(self) -> None:
        if not refuse_invalid_dates(self, self.problem.setText):
            return
        p = self._person
        new = {
            "first_name": self.first.text().strip(),
            "infix": self.infix.text().strip(),
            "last_name": self.last.text().strip(),
            "student_number": self.number.text().strip(),
            "class_name": self.klass.text().strip(),
            "date_of_birth": self.birth.value(),
            "phone": self.phone.text().strip(),
            "email": self.email.text().strip(),
        }
        changes = {k: v for k, v in new.items() if getattr(p, k) != v}
        if not changes:
            QDialog.reject(self)  # nothing changed: nothing to ask about
            return
        if not self.reason.text().strip():
            self.problem.setText(_t("A correction needs a reason."))
            return
        texts = {
            "student_number": _t("This student number is already in the register, or not for a pupil."),
            "name": _t("A name is required."),
            "date_of_birth": _t("The date of birth cannot be in the future."),
            **contact_texts(),
        }
        if save_or_explain(
            self, self.problem, lambda: self._port.correct(p.id, changes, self.reason.text()), texts
        ):
            super().accept()


class PersonsView(QDialog):
    """Everyone in the register; for one person every incident with roles, their parents (with
    phone and e-mail) or children, and their history; parents recorded and linked here."""

    show_incidents_of = Signal(int)

    def __init__(
        self, port: PersonViewPort, parent: QWidget | None = None, family: FamilyPort | None = None
    ) -> None:
        super().__init__(parent)
        self._port = port
        self._family = family
        self.people: list[PersonRow] = []
        self.links: list[tuple[ParentContact, str, str]] = []  # the link, parent's and pupil's names
        self.setWindowTitle(_t("Persons"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(_t("Search by name, student number or class"))
        self.search.setAccessibleName(_t("Search persons"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.list = QListWidget()
        self.list.setAccessibleName(_t("Persons"))
        self.list.currentRowChanged.connect(self._show)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.incidents = QTableWidget(0, 5)
        self.incidents.setHorizontalHeaderLabels(
            [_t("Case"), _t("Date"), _t("Title"), _t("Roles"), _t("Status")]
        )
        self.incidents.setAccessibleName(_t("Incidents of this person"))
        self.incidents.verticalHeader().setVisible(False)
        self.incidents.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.incidents.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.incidents.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.family = QLabel()
        self.family.setWordWrap(True)
        self.family.setAccessibleName(_t("Parents or children"))
        self.family_table = QTableWidget(0, 4)
        self.family_table.setAccessibleName(_t("Parents and guardians"))
        self.family_table.verticalHeader().setVisible(False)
        self.family_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.family_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.family_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.family_table.horizontalHeader().setStretchLastSection(True)
        self.family_table.setMaximumHeight(130)
        self.family_table.itemSelectionChanged.connect(self._link_buttons)
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setAccessibleName(_t("History of this person"))
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_parent = QPushButton(_t("&New parent/guardian…"))
        self.new_parent.setAccessibleName(_t("New parent or guardian"))
        self.new_parent.clicked.connect(self.create_parent)
        self.link = QPushButton(_t("&Link a parent…"))
        self.link.setAccessibleName(_t("Link a parent"))
        self.link.clicked.connect(self.link_parent)
        self.change_link = QPushButton(_t("C&hange relation…"))
        self.change_link.setAccessibleName(_t("Change the relation of the selected link"))
        self.change_link.clicked.connect(lambda: self.edit_link(remove=False))
        self.remove_link = QPushButton(_t("Re&move link…"))
        self.remove_link.setAccessibleName(_t("Remove the selected link"))
        self.remove_link.clicked.connect(lambda: self.edit_link(remove=True))
        self.correct = QPushButton(_t("Co&rrect…"))
        self.correct.setAccessibleName(_t("Correct person"))
        self.correct.clicked.connect(self.correct_person)
        self.filter = QPushButton(_t("Show these &incidents in the list"))
        self.filter.setAccessibleName(_t("Show these incidents in the list"))
        self.filter.clicked.connect(self._filter_list)
        buttons = QHBoxLayout()
        for b in (self.correct, self.filter):
            buttons.addWidget(b)
        buttons.addStretch(1)
        family_buttons = QHBoxLayout()
        for b in (self.new_parent, self.link, self.change_link, self.remove_link):
            family_buttons.addWidget(b)
            b.setVisible(family is not None)
        family_buttons.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.header)
        right_layout.addWidget(self.incidents, 1)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.family)
        right_layout.addWidget(self.family_table)
        right_layout.addLayout(family_buttons)
        right_layout.addWidget(self.history)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([300, 680])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.resize(1040, 660)
        self.refresh()

    def refresh(self) -> None:
        """Reload the list for the search text."""
        self.people = self._port.find(self.search.text(), limit=500)
        self.list.clear()
        for p in self.people:
            extra = ", ".join(x for x in (kind_label(p.kind), p.class_name, p.student_number) if x)
            self.list.addItem(QListWidgetItem(f"{p.name}  ({extra})"))
        if self.people:
            self.list.setCurrentRow(0)
        else:
            self._show(-1)

    def current(self) -> PersonRow | None:
        """The selected person."""
        row = self.list.currentRow()
        return self.people[row] if 0 <= row < len(self.people) else None

    def _show(self, _row: int) -> None:
        person = self.current()
        for b in (self.link, self.correct, self.filter, self.new_parent):
            b.setEnabled(person is not None)
        self.links = []
        self.family_table.setRowCount(0)
        if person is None:
            self.header.clear()
            self.incidents.setRowCount(0)
            self.family.clear()
            self.history.clear()
            self._link_buttons()
            return
        self.link.setEnabled(person.kind == "pupil")
        self.header.setText(self._header_html(person))
        rows = self._port.incidents_of(person.id)
        self.incidents.setRowCount(len(rows))
        for r, item in enumerate(rows):
            roles = ", ".join(role_label(x) for x in item.roles)
            if item.removed:
                roles = _t("removed from case (was: %1)").replace("%1", roles)
            values = (item.incident.case_number, fmt_date(item.incident.reported_at), item.incident.title, roles,
                      status_label(item.incident.status))  # fmt: skip
            for c, value in enumerate(values):
                self.incidents.setItem(r, c, QTableWidgetItem(value))
        self.incidents.resizeColumnToContents(0)
        summary = QCoreApplication.translate("Persons", "%n incident(s)", "", len(rows))
        self._show_family(person, summary)
        events = self._port.history(person.id)[-8:]
        self.history.setText(
            "<b>" + html.escape(_t("History")) + "</b><br>"
            + "<br>".join(html.escape(f"{fmt_datetime(e.at)} — {history_line(e)}") for e in events)
            if events else ""
        )  # fmt: skip
        self._link_buttons()

    def _header_html(self, person: PersonRow) -> str:
        born = _t(", born %1").replace("%1", fmt_date(person.date_of_birth)) if person.date_of_birth else ""
        lines = [f"<b>{html.escape(person.name)}</b> — {html.escape(kind_label(person.kind) + born)}"]
        reach = [
            x for x in (_t("tel. %1").replace("%1", person.phone) if person.phone else "", person.email) if x
        ]
        if reach:
            lines.append(html.escape(" — ".join(reach)))
        if person.left_on is not None:
            lines.append(html.escape(_t("Left the school on %1").replace("%1", fmt_date(person.left_on))))
        return "<br>".join(lines)

    def _show_family(self, person: PersonRow, summary: str) -> None:
        """The pupil's parents with their contact details, or the parent's children."""
        family = self._family
        if person.kind == "pupil":
            if family is not None:
                self.links = [
                    (c, c.name, person.name) for c in family.contacts([person.id]).get(person.id, ())
                ]
            else:
                self.links = [(ParentContact(p.id, person.id, p.name, "", p.phone, p.email), p.name, person.name)
                              for p in self._port.parents_of(person.id)]  # fmt: skip
            headers = [_t("Parent/guardian"), _t("Relation"), _t("Phone"), _t("E-mail")]
            cells = [(c.name, relation_text(c.relation), c.phone, c.email) for c, _p, _c in self.links]
            names = ", ".join(c.name for c, _p, _c in self.links) or _t("none linked")
            text = _t("Parents: %1").replace("%1", names)
        elif person.kind == "parent":
            children = family.children(person.id) if family is not None else [
                (c, "") for c in self._port.children_of(person.id)
            ]  # fmt: skip
            self.links = [
                (
                    ParentContact(person.id, c.id, c.name, relation, person.phone, person.email),
                    person.name,
                    c.name,
                )
                for c, relation in children
            ]
            headers = [_t("Pupil"), _t("Relation"), _t("Class"), _t("Student number")]
            cells = [
                (c.name, relation_text(relation), c.class_name, c.student_number) for c, relation in children
            ]
            names = ", ".join(c.name for c, _r in children) or _t("none linked")
            text = _t("Children: %1").replace("%1", names)
        else:
            self.family.setText(summary)
            self.family_table.setVisible(False)
            return
        self.family.setText(summary + " · " + text)
        self.family_table.setVisible(True)
        self.family_table.setHorizontalHeaderLabels(headers)
        self.family_table.setRowCount(len(cells))
        for r, values in enumerate(cells):
            for c, value in enumerate(values):
                self.family_table.setItem(r, c, QTableWidgetItem(value))
        self.family_table.resizeColumnsToContents()
        if cells:
            self.family_table.selectRow(0)

    def _link_buttons(self) -> None:
        chosen = self.selected_link() is not None
        self.change_link.setEnabled(chosen)
        self.remove_link.setEnabled(chosen)

    def selected_link(self) -> tuple[ParentContact, str, str] | None:
        """The link selected in the family table (with the parent's and the pupil's names)."""
        rows = self.family_table.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        return self.links[row] if 0 <= row < len(self.links) and self._family is not None else None

    def _reshow(self) -> None:
        row = self.list.currentRow()
        self.refresh()
        self.list.setCurrentRow(min(row, len(self.people) - 1))

    def create_parent(self) -> None:
        """Record a parent or guardian, linked to the selected pupil (and others chosen)."""
        person = self.current()
        if self._family is None:
            return
        child = person if person is not None and person.kind == "pupil" else None
        if ParentDialog(self._family, self._port, child, self).exec():
            self._reshow()

    def link_parent(self) -> None:
        """Link a parent already recorded to the selected pupil, with the relation."""
        child = self.current()
        if child is None or child.kind != "pupil" or self._family is None:
            return
        # Parents with the pupil's surname first, then every other parent.
        parents = self._port.find(child.last_name, limit=200, kind="parent")
        parents += [p for p in self._port.find("", limit=2000, kind="parent") if p not in parents]
        linked = {c.parent_id for c, _p, _c in self.links}
        parents = [p for p in parents if p.id not in linked]
        dialog = QDialog(self)
        dialog.setWindowTitle(_t("Link a parent to %1").replace("%1", child.name))
        choices = QListWidget(dialog)
        choices.setAccessibleName(_t("Parents"))
        for p in parents:
            reach = ", ".join(x for x in (p.phone, p.email) if x)
            choices.addItem(f"{p.name}  ({reach})" if reach else p.name)
        if parents:
            choices.setCurrentRow(0)
        relation = relation_box()
        note = QLabel(_t("Not in the list? Close this and choose New parent/guardian…."))
        note.setWordWrap(True)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(dialog.accept)
        box.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(choices, 1)
        row = QFormLayout()
        row.addRow(_t("&Relation:"), relation)
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addWidget(box)
        if dialog.exec() and 0 <= choices.currentRow() < len(parents):
            try:
                self._family.link(parents[choices.currentRow()].id, child.id, str(relation.currentData()))
            except RegisterError as exc:
                show_error(self, exc)
                return
            self._show(self.list.currentRow())

    def edit_link(self, remove: bool) -> None:
        """Change the relation of the selected link, or remove it (with a reason)."""
        chosen = self.selected_link()
        if chosen is None or self._family is None:
            return
        link, parent_name, child_name = chosen
        if LinkChangeDialog(self._family, link, parent_name, child_name, remove, self).exec():
            self._show(self.list.currentRow())

    def correct_person(self) -> None:
        """Correct the selected person's details."""
        person = self.current()
        if person is not None and PersonCorrectionDialog(self._port, person, self).exec():
            self._reshow()

    def _filter_list(self) -> None:
        person = self.current()
        if person is not None:
            emit(self.show_incidents_of, person.id)
            self.accept()
