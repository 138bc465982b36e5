"""Small shared dialog parts: a required reason, dates that may be unknown, button rows, and saving
with the refusal explained."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QButtonGroup
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QRadioButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from udens_register.domain.errors import RegisterError
from udens_register.domain.errors import ValidationError
from udens_register.domain.text import CONTROL_CHARACTER
from udens_register.ui.date_field import DateField
from udens_register.ui.errors import known_error_text
from udens_register.ui.errors import show_error
from udens_register.ui.guard import Guard
from udens_register.ui.signals import without_arguments

if TYPE_CHECKING:
    from collections.abc import Callable
    from collections.abc import Iterable
    from collections.abc import Mapping

MIN_REASON = 3


def _t(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


def qdate(value: date) -> QDate:
    """A QDate for a Python date."""
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    """A Python date for a QDate."""
    return date(value.year(), value.month(), value.day())


def action_button(text: str, slot: Callable[[], object]) -> QPushButton:
    """A push button whose accessible name is its text without mnemonic or ellipsis."""
    button = QPushButton(text)
    button.setAccessibleName(text.replace("&", "").rstrip("…"))
    button.clicked.connect(without_arguments(slot))  # never ``checked`` into an optional parameter
    return button


def _standard_and_cancel(dialog: QDialog, accept: QDialogButtonBox.StandardButton) -> QDialogButtonBox:
    buttons = QDialogButtonBox(accept | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def save_cancel_buttons(dialog: QDialog) -> QDialogButtonBox:
    """Save and Cancel, wired to the dialog's accept and reject."""
    return _standard_and_cancel(dialog, QDialogButtonBox.StandardButton.Save)


def ok_cancel_buttons(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel, wired to the dialog's accept and reject."""
    return _standard_and_cancel(dialog, QDialogButtonBox.StandardButton.Ok)


def accept_cancel_buttons(dialog: QDialog, text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """Cancel and an accepting button that says what accepting does (``text``), wired to the
    dialog's accept and reject; returns the box and the accepting button."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    accept = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, accept


def choice_box(choices: Iterable[tuple[str, str]], current: object) -> QComboBox:
    """A drop-down of ``(code, text)`` choices with the one whose code is ``current`` chosen (else the first)."""
    box = QComboBox()
    for code, text in choices:
        box.addItem(text, code)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


def button_rows(
    buttons: dict[str, QPushButton], rows: Iterable[tuple[QHBoxLayout, str, str, Callable[[], object]]]
) -> None:
    """Add a button per ``(row, key, text, slot)`` to its row and to ``buttons`` under ``key``;
    each row ends in a stretch so the buttons keep their natural width."""
    used: list[QHBoxLayout] = []
    for row, key, text, slot in rows:
        button = action_button(text, slot)
        buttons[key] = button
        row.addWidget(button)
        if row not in used:
            used.append(row)
    for row in used:
        row.addStretch(1)


def enable_all(buttons: Mapping[str, QPushButton], on: bool) -> None:
    """Enable (or disable) every button of a panel's ``buttons``, as :func:`button_rows` made them."""
    for button in buttons.values():
        button.setEnabled(on)


def save_or_explain(
    dialog: QDialog, problem: QLabel, save: Callable[[], object], field_texts: Mapping[str, str]
) -> bool:
    """Run ``save``; a refused field is explained in ``problem`` (in the dialog's own words where
    ``field_texts`` has them), another known error in a message box. True when it was saved."""
    try:
        save()
    except ValidationError as exc:
        # A control character is not what the dialog's own words for the field say (such as "a
        # reason is required"): it is named as such, as everywhere else.
        own = None if exc.message == CONTROL_CHARACTER else field_texts.get(exc.field)
        problem.setText(own or known_error_text(exc) or "")
        return False
    except RegisterError as exc:
        show_error(dialog, exc)
        return False
    return True


def problem_label() -> QLabel:
    """The red, word-wrapped line where a dialog says what is wrong."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setAccessibleName(_t("Problem"))
    return label


def known_box(owner: QWidget, name: str, edit: QWidget, known: bool) -> QCheckBox:
    """The 'known' tick box that enables ``edit`` (named ``name``), both laid out side by side in
    ``owner``: a value that may be unknown."""
    box = QCheckBox(_t("Known"))
    box.setAccessibleName(_t("%1 known").replace("%1", name))
    edit.setAccessibleName(name)
    box.setChecked(known)
    edit.setEnabled(known)
    box.toggled.connect(edit.setEnabled)
    layout = QHBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(box)
    layout.addWidget(edit, 1)
    return box


class OptionalDate(QWidget):
    """A date with a 'known' tick box; ``value()`` is ``None`` when unknown."""

    def __init__(self, name: str, value: date | None, default: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = DateField(qdate(value or default))
        self.known = known_box(self, name, self.edit, value is not None)

    def value(self) -> date | None:
        """The date, or None when not known."""
        return pydate(self.edit.date()) if self.known.isChecked() else None

    def set_value(self, value: date | None) -> None:
        """Set the date (None: unknown)."""
        self.known.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(qdate(value))


class ReasonDialog(Guard, QDialog):
    """Asks why; OK only with a reason of at least a few characters."""

    def __init__(self, title: str, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        label = QLabel(question)
        label.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(_t("Reason"))
        self.reason.setMaximumHeight(100)
        self.problem = problem_label()
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(460, 0)
        self.reason.textChanged.connect(self._fixed)
        self.guard()

    def _fixed(self) -> None:
        if len(self.text()) >= MIN_REASON:
            self.problem.setText("")  # the refusal goes once the reason is long enough

    def text(self) -> str:
        """The reason given."""
        return self.reason.toPlainText().strip()

    def accept(self) -> None:
        if len(self.text()) < MIN_REASON:
            self.problem.setText(_t("A reason is required."))
            self.reason.setFocus()
            return
        super().accept()


def ask_reason(parent: QWidget | None, title: str, question: str) -> str | None:
    """The reason typed, or None when cancelled."""
    dialog = ReasonDialog(title, question, parent)
    return dialog.text() if dialog.exec() else None


class YesNo(QWidget):
    """A yes/no answer with no default: Yes and No side by side, in one button ``group``."""

    def __init__(self, yes: str, no: str, yes_name: str, no_name: str) -> None:
        super().__init__()
        self.yes = QRadioButton(yes)
        self.no = QRadioButton(no)
        self.yes.setAccessibleName(yes_name)
        self.no.setAccessibleName(no_name)
        self.group = QButtonGroup(self)
        self.group.addButton(self.yes)
        self.group.addButton(self.no)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)
        layout.addStretch(1)

    def answered(self) -> bool:
        """Whether yes or no was chosen."""
        return self.yes.isChecked() or self.no.isChecked()
