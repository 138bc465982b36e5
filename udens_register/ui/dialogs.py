"""Small shared dialogs: asking a required reason, and dates that may be unknown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

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
    button.clicked.connect(slot)
    return button


def problem_label() -> QLabel:
    """The red, word-wrapped line where a dialog says what is wrong."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setAccessibleName(_t("Problem"))
    return label


class OptionalDate(QWidget):
    """A date with a 'known' tick box; ``value()`` is ``None`` when unknown."""

    def __init__(self, name: str, value: date | None, default: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = QCheckBox(_t("Known"))
        self.known.setAccessibleName(_t("%1 known").replace("%1", name))
        self.edit = QDateEdit(qdate(value or default))
        self.edit.setDisplayFormat("dd-MM-yyyy")
        self.edit.setCalendarPopup(True)
        self.edit.setAccessibleName(name)
        self.known.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.known.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        """The date, or None when not known."""
        return pydate(self.edit.date()) if self.known.isChecked() else None

    def set_value(self, value: date | None) -> None:
        """Set the date (None: unknown)."""
        self.known.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(qdate(value))


class ReasonDialog(QDialog):
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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(460, 0)

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
