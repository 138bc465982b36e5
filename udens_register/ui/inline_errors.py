"""Inline errors that guide: each names and focuses its field, and goes as soon as that field is
edited (a message that stays after the fix makes the coordinator look for a second mistake)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractButton
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QTextEdit
from PySide6.QtWidgets import QWidget

from udens_register.ui.date_field import DateField

if TYPE_CHECKING:
    from collections.abc import Callable


def on_edit(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` whenever the value of ``widget`` (or of the inputs inside it) changes."""
    if isinstance(widget, DateField):
        widget.line.textChanged.connect(lambda _text: callback())
    elif isinstance(widget, QLineEdit):
        widget.textChanged.connect(lambda _text: callback())
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.textChanged.connect(callback)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(lambda _i: callback())
        if widget.isEditable():
            widget.editTextChanged.connect(lambda _text: callback())
    elif isinstance(widget, QSpinBox):
        widget.valueChanged.connect(lambda _v: callback())
    elif isinstance(widget, (QAbstractButton, QGroupBox)):
        widget.toggled.connect(lambda _on: callback())
    elif isinstance(widget, QListWidget):
        widget.currentRowChanged.connect(lambda _row: callback())
        widget.model().rowsInserted.connect(lambda *_a: callback())
        widget.itemChanged.connect(lambda _item: callback())
    else:
        inputs = [
            child
            for child in widget.findChildren(QWidget)
            if isinstance(child, (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, DateField))
            and not isinstance(child.parentWidget(), (DateField, QComboBox))
        ]
        for child in inputs:
            on_edit(child, callback)


class FieldProblem:
    """A dialog's one problem line, about one field at a time: :meth:`show` says what is wrong
    and focuses the field; editing a field :meth:`watch` ties to that problem clears it."""

    def __init__(self, label: QLabel, *, hide_when_clear: bool = False) -> None:
        self.label = label
        self.field: str | None = None
        self._hide = hide_when_clear

    def watch(self, field: str, *widgets: QWidget) -> None:
        """Clear the problem about ``field`` as soon as one of ``widgets`` is edited."""
        for widget in widgets:
            on_edit(widget, lambda: self.clear(field))

    def show(self, field: str, text: str, focus: QWidget | None = None) -> None:
        """Show ``text`` as the problem with ``field`` (focusing ``focus``)."""
        self.field = field
        self.label.setText(text)
        self.label.setVisible(True)
        if focus is not None:
            focus.setFocus()

    def clear(self, field: str | None = None) -> None:
        """Clear the problem (only when it is about ``field``, if given)."""
        if field is not None and field != self.field:
            return
        self.field = None
        self.label.setText("")
        if self._hide:
            self.label.setVisible(False)


__all__ = ["FieldProblem", "on_edit"]
