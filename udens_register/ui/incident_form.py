"""The new-incident form: every field of the core model, persons with roles, inline validation."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING
from typing import Any
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Platform
from udens_register.domain.enums import Role
from udens_register.domain.enums import Status
from udens_register.domain.errors import RegisterError
from udens_register.domain.errors import ValidationError
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import PersonDraft
from udens_register.ui.category_fields import FurtherCategories
from udens_register.ui.category_fields import ImagesQuestion
from udens_register.ui.category_fields import follow_images_category
from udens_register.ui.date_field import DateField
from udens_register.ui.date_field import refuse_invalid_dates
from udens_register.ui.dialogs import ok_cancel_buttons
from udens_register.ui.dialogs import problem_label
from udens_register.ui.dialogs import pydate
from udens_register.ui.dialogs import qdate
from udens_register.ui.dialogs import save_cancel_buttons
from udens_register.ui.errors import known_error_text
from udens_register.ui.errors import show_error
from udens_register.ui.guard import DraftsPort
from udens_register.ui.guard import Guard
from udens_register.ui.i18n import category_label
from udens_register.ui.i18n import kind_label
from udens_register.ui.i18n import role_label
from udens_register.ui.inline_errors import FieldProblem
from udens_register.ui.inline_errors import on_edit

if TYPE_CHECKING:
    from collections.abc import Callable

    from udens_register.services.dto import PersonRow


class IncidentsPort(Protocol):
    """What the form needs to record an incident."""

    def create(
        self, draft: IncidentDraft, involvements: list[tuple[int, tuple[Role, ...]]] | None = None
    ) -> Any: ...


class PersonsPort(Protocol):
    """What the form needs to find and record persons."""

    def find(self, text: str = "", limit: int | None = None) -> list[PersonRow]: ...
    def create(self, draft: PersonDraft) -> PersonRow: ...
    def get(self, person_id: int) -> PersonRow: ...


def _t(text: str) -> str:
    return QCoreApplication.translate("IncidentForm", text)


def _error_label() -> QLabel:
    label = problem_label()
    label.setWordWrap(True)
    label.setVisible(False)
    return label


class PersonDialog(Guard, QDialog):
    """Pick an existing person or record a new one, and choose the roles in this incident."""

    draft_kind = "person_dialog"

    def __init__(
        self,
        persons: PersonsPort,
        today: date,
        parent: QWidget | None = None,
        *,
        drafts: DraftsPort | None = None,
        scope: str = "new",
    ) -> None:
        super().__init__(parent)
        self._persons = persons
        self._today = today
        self.setWindowTitle(_t("Add person to the incident"))
        self.chosen: PersonRow | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(_t("Search by name, student number or class"))
        self.search.setAccessibleName(_t("Search persons"))
        self.results = QListWidget()
        self.results.setAccessibleName(_t("Persons found"))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.search.textChanged.connect(self._refresh)

        new_box = QGroupBox(_t("Or record a new person"))
        new_box.setCheckable(True)
        new_box.setChecked(False)
        self.new_box = new_box
        self.kind = QComboBox()
        for kind in PersonKind:
            self.kind.addItem(kind_label(kind.value), kind.value)
        self.kind.setAccessibleName(_t("Kind of person"))
        self.first = QLineEdit()
        self.first.setAccessibleName(_t("First name"))
        self.infix = QLineEdit()
        self.infix.setAccessibleName(_t("Infix (tussenvoegsel)"))
        self.last = QLineEdit()
        self.last.setAccessibleName(_t("Last name"))
        self.number = QLineEdit()
        self.number.setAccessibleName(_t("Student number"))
        self.klass = QLineEdit()
        self.klass.setAccessibleName(_t("Class"))
        self.birth_known = QCheckBox(_t("Known"))
        self.birth_known.setAccessibleName(_t("Date of birth known"))
        self.birth = DateField(qdate(date(today.year - 14, 1, 1)))
        self.birth.setAccessibleName(_t("Date of birth"))
        self.birth.setEnabled(False)
        self.birth_known.toggled.connect(self.birth.setEnabled)
        birth = QHBoxLayout()
        birth.addWidget(self.birth_known)
        birth.addWidget(self.birth, 1)
        birth_label = QLabel(_t("Date of birth:"))
        birth_label.setBuddy(self.birth_known)
        new_form = QFormLayout(new_box)
        new_form.addRow(_t("Kind:"), self.kind)
        new_form.addRow(_t("First name:"), self.first)
        new_form.addRow(_t("Infix:"), self.infix)
        new_form.addRow(_t("Last name:"), self.last)
        new_form.addRow(_t("Student number:"), self.number)
        new_form.addRow(_t("Class:"), self.klass)
        new_form.addRow(birth_label, birth)
        self._new_form = new_form
        self.kind.currentIndexChanged.connect(self._pupil_rows)
        self._pupil_rows()

        roles_box = QGroupBox(_t("Roles in this incident"))
        roles_layout = QHBoxLayout(roles_box)
        self.role_boxes: dict[Role, QCheckBox] = {}
        for role in Role:
            box = QCheckBox(role_label(role.value))
            box.setAccessibleName(role_label(role.value))
            self.role_boxes[role] = box
            roles_layout.addWidget(box)

        self.error = _error_label()
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(new_box)
        layout.addWidget(roles_box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 560)
        self.problem = FieldProblem(self.error, hide_when_clear=True)
        self.problem.watch("roles", *self.role_boxes.values())
        self.problem.watch("person", self.results, self.new_box)
        self.problem.watch("new", self.new_box, self.kind, self.first, self.infix, self.last, self.number)
        self.problem.watch("dates", self.birth, self.birth_known)
        self._refresh()
        self.guard(drafts, scope)

    def _is_pupil(self) -> bool:
        return bool(self.kind.currentData() == PersonKind.PUPIL.value)

    def _pupil_rows(self) -> None:
        """Student number and class only for a pupil: a staff member or parent is not offered them."""
        for field in (self.number, self.klass):
            self._new_form.setRowVisible(field, self._is_pupil())

    def _refresh(self) -> None:
        self.results.clear()
        for person in self._persons.find(self.search.text(), limit=100):
            extra = ", ".join(
                p for p in (kind_label(person.kind), person.class_name, person.student_number) if p
            )
            item = QListWidgetItem(f"{person.name}  ({extra})")
            item.setData(Qt.ItemDataRole.UserRole, person)
            self.results.addItem(item)

    def roles(self) -> tuple[Role, ...]:
        """The ticked roles, in the canonical order."""
        return tuple(role for role, box in self.role_boxes.items() if box.isChecked())

    def _fail(self, field: str, text: str, focus: QWidget | None = None) -> None:
        self.problem.show(field, text, focus)

    def accept(self) -> None:
        if not refuse_invalid_dates(self, lambda text: self._fail("dates", text)):
            return
        if not self.roles():
            self._fail("roles", _t("Tick at least one role."), next(iter(self.role_boxes.values())))
            return
        if self.new_box.isChecked():
            draft = PersonDraft(
                kind=PersonKind(self.kind.currentData()),
                first_name=self.first.text(),
                infix=self.infix.text(),
                last_name=self.last.text(),
                student_number=self.number.text() if self._is_pupil() else "",
                class_name=self.klass.text() if self._is_pupil() else "",
                date_of_birth=pydate(self.birth.date()) if self.birth_known.isChecked() else None,
            )
            try:
                self.chosen = self._persons.create(draft)
            except RegisterError as exc:
                self._fail("new", known_error_text(exc) or "")
                return
        else:
            item = self.results.currentItem()
            if item is None:
                self._fail(
                    "person", _t("Choose a person from the list, or record a new person."), self.results
                )
                return
            self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.draft_done()
        super().accept()


class IncidentForm(Guard, QDialog):
    """Record a new incident. ``created`` holds the stored incident after Save."""

    FIELD_WIDGETS = ("title", "category", "reported_at", "occurred_at")
    draft_kind = "incident_form"

    def __init__(
        self,
        incidents: IncidentsPort,
        persons: PersonsPort,
        today: date,
        parent: QWidget | None = None,
        *,
        drafts: DraftsPort | None = None,
    ) -> None:
        super().__init__(parent)
        self._drafts = drafts
        self._incidents = incidents
        self._persons = persons
        self._today = today
        self.created: Any = None
        self.involved: list[tuple[PersonRow, tuple[Role, ...]]] = []
        self.setWindowTitle(_t("New incident"))

        self.title = QLineEdit()
        self.title.setMaxLength(200)
        self.title.setAccessibleName(_t("Title"))
        self.category = QComboBox()
        for cat in Category:
            self.category.addItem(category_label(cat.value), cat.value)
        # No default: a category saved because it happened to be first would be a wrong record.
        self.category.setPlaceholderText(_t("— choose a category —"))
        self.category.setCurrentIndex(-1)
        self.category.setAccessibleName(_t("Category"))
        self.further = FurtherCategories()
        self.further.hide_main(str(self.category.currentData()))
        self.category.currentIndexChanged.connect(
            lambda _i: self.further.hide_main(str(self.category.currentData()))
        )
        self.images = ImagesQuestion()
        follow_images_category(self.category, self.further, self.images.implied)
        self.platform = QComboBox()
        self.platform.setEditable(True)
        for platform in Platform:
            self.platform.addItem(platform.value if platform != Platform.OTHER else _t("Other"))
        self.platform.setCurrentIndex(-1)  # none chosen: an overlooked field must not say WhatsApp
        line = self.platform.lineEdit()
        if line is not None:
            line.setPlaceholderText(_t("Choose or type the platform (leave empty if unknown)"))
        self.platform.setAccessibleName(_t("Platform"))
        self.reported = DateField(qdate(today))
        self.reported.setMaximumDate(qdate(today))
        self.reported.setAccessibleName(_t("Reported on"))
        self.occurred_known = QCheckBox(_t("Known"))
        self.occurred_known.setAccessibleName(_t("Date of the incident known"))
        self.occurred = DateField(qdate(today))
        self.occurred.setEnabled(False)
        self.occurred.setAccessibleName(_t("Happened on"))
        self.occurred_known.toggled.connect(self.occurred.setEnabled)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setAccessibleName(_t("Description"))
        self.description.setPlaceholderText(_t("What happened, where, and who saw it. Facts, not opinions."))
        # No status or closing reason here: a new incident is open; it changes on the case later.

        self.errors = {name: _error_label() for name in self.FIELD_WIDGETS}
        self.errors["persons"] = _error_label()
        self.errors["sexual_images_minor"] = _error_label()

        occurred_row = QHBoxLayout()
        occurred_row.addWidget(self.occurred_known)
        occurred_row.addWidget(self.occurred, 1)
        form = QFormLayout()
        form.addRow(_t("&Title:"), self.title)
        form.addRow("", self.errors["title"])
        form.addRow(_t("&Category:"), self.category)
        form.addRow("", self.errors["category"])
        form.addRow(_t("Further categories:"), self.further)
        form.addRow(_t("Sexual images of a minor?"), self.images)
        form.addRow("", self.errors["sexual_images_minor"])
        form.addRow(_t("&Platform:"), self.platform)
        form.addRow(_t("&Reported on:"), self.reported)
        form.addRow("", self.errors["reported_at"])
        happened = QLabel(_t("&Happened on:"))
        happened.setBuddy(self.occurred_known)
        form.addRow(happened, occurred_row)
        form.addRow("", self.errors["occurred_at"])
        form.addRow(_t("&Description:"), self.description)

        self.person_list = QListWidget()
        self.person_list.setAccessibleName(_t("Persons in this incident"))
        self.person_list.setMaximumHeight(110)
        add = QPushButton(_t("&Add person…"))
        add.setAccessibleName(_t("Add person"))
        add.clicked.connect(self.add_person)
        remove = QPushButton(_t("Re&move person"))
        remove.setAccessibleName(_t("Remove person"))
        remove.clicked.connect(self._remove_person)
        person_buttons = QVBoxLayout()
        person_buttons.addWidget(add)
        person_buttons.addWidget(remove)
        person_buttons.addStretch(1)
        persons_box = QGroupBox(_t("Persons and roles"))
        persons_layout = QHBoxLayout(persons_box)
        persons_layout.addWidget(self.person_list, 1)
        persons_layout.addLayout(person_buttons)

        buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(persons_box)
        layout.addWidget(self.errors["persons"])
        layout.addWidget(buttons)
        self.resize(640, 680)
        for field, widgets in (
            ("title", (self.title,)),
            ("category", (self.category,)),
            ("sexual_images_minor", (self.images.yes, self.images.no)),
            ("reported_at", (self.reported,)),
            ("occurred_at", (self.occurred, self.occurred_known, self.reported)),
            ("persons", (self.person_list,)),
        ):
            for widget in widgets:
                on_edit(widget, self._hide_error(field))
        self.title.setFocus()
        self.guard(drafts, "new")

    def _hide_error(self, field: str) -> Callable[[], None]:
        return lambda: self.errors[field].setVisible(False)

    def snapshot(self, *, for_storage: bool = False) -> dict[str, Any]:
        """The inputs and the persons added, by id and roles."""
        return {
            **super().snapshot(for_storage=for_storage),
            "persons": [[p.id, [r.value for r in roles]] for p, roles in self.involved],
        }

    def restore(self, payload: dict[str, Any]) -> None:
        """Put a kept draft back, persons included (one that no longer exists is left out)."""
        super().restore(payload)
        for entry in payload.get("persons") or []:
            try:
                person = self._persons.get(int(entry[0]))
                roles = tuple(Role(r) for r in entry[1])
            except (RegisterError, ValueError, TypeError, IndexError):
                continue
            self.add_involvement(person, roles)

    def add_person(self) -> None:
        """Open the person dialog and add the chosen person with roles."""
        dialog = PersonDialog(self._persons, self._today, self, drafts=self._drafts)
        if dialog.exec() and dialog.chosen is not None:
            self.add_involvement(dialog.chosen, dialog.roles())

    def add_involvement(self, person: PersonRow, roles: tuple[Role, ...]) -> None:
        """Add ``person`` with ``roles`` (replacing an earlier entry for the same person)."""
        self.involved = [(p, r) for p, r in self.involved if p.id != person.id] + [(person, roles)]
        self.person_list.clear()
        for p, r in self.involved:
            self.person_list.addItem(f"{p.name} — {', '.join(role_label(x.value) for x in r)}")

    def _remove_person(self) -> None:
        row = self.person_list.currentRow()
        if 0 <= row < len(self.involved):
            del self.involved[row]
            self.person_list.takeItem(row)

    def draft(self) -> IncidentDraft:
        """The form's content as a draft (``ValidationError`` on *category* while none is chosen)."""
        if self.category.currentIndex() < 0:
            raise ValidationError("category", "required")
        return IncidentDraft(
            title=self.title.text(),
            category=Category(self.category.currentData()),
            further_categories=self.further.values(),
            sexual_images_minor=self.images.yes.isChecked(),
            reported_at=pydate(self.reported.date()),
            occurred_at=pydate(self.occurred.date()) if self.occurred_known.isChecked() else None,
            platform=self.platform.currentText().strip(),
            description=self.description.toPlainText(),
            status=Status.OPEN,
        )

    def _messages(self) -> dict[str, str]:
        return {
            "sexual_images_minor": _t(
                "Answer first whether sexual images of a minor are involved: such images are never kept."
            ),
            "title": _t("Give the incident a short title."),
            "category": _t("Choose the category of the incident."),
            "reported_at": _t("The report date cannot be in the future."),
            "occurred_at": _t("The incident cannot have happened after it was reported, or in the future."),
        }

    def show_field_error(self, field: str, text: str = "") -> None:
        """Show the inline message for ``field`` (``text``, or the form's own words) and focus its widget."""
        for label in self.errors.values():
            label.setVisible(False)
        target = self.errors.get(field, self.errors["persons"])
        target.setText(text or self._messages().get(field, _t("Please check this field.")))
        target.setVisible(True)
        focus = {
            "title": self.title,
            "category": self.category,
            "reported_at": self.reported,
            "occurred_at": self.occurred,
        }.get(field)
        if focus is not None:
            focus.setFocus()

    def accept(self) -> None:
        for field, widget in (("reported_at", self.reported), ("occurred_at", self.occurred)):
            if widget.isEnabled() and not widget.is_valid():
                self.show_field_error(field, widget.problem())
                return
        try:
            if not self.title.text().strip():
                raise ValidationError("title", "required")  # the first field first
            draft = self.draft()
            draft.validate(self._today)
            if not self.images.answered():
                # Asked before any file can be added to the case: such images are never kept.
                self.show_field_error("sexual_images_minor")
                self.images.yes.setFocus()
                return
            self.created = self._incidents.create(draft, [(p.id, r) for p, r in self.involved])
            self.draft_done()
        except ValidationError as exc:
            self.show_field_error(exc.field)
            return
        except RegisterError as exc:
            show_error(self, exc)
            return
        super().accept()
