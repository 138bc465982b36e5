"""The import's column-mapping step: which column of the file is which field, one choice per header.

Shown inside the import dialog when the needed columns are not recognised (or on *Kolommen…*).
The columns scroll (an export can have thirty), the buttons stay in view. What is kept for next
time is header names and field names only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from udens_register.services.import_columns import WHOLE_NAME
from udens_register.services.import_columns import Layout
from udens_register.services.import_columns import lacking
from udens_register.services.import_columns import rememberable
from udens_register.ui.i18n import ui_lang
from udens_register.ui.signals import emit
from udens_register.wording import field_words

if TYPE_CHECKING:
    from collections.abc import Sequence


def _t(text: str) -> str:
    return QCoreApplication.translate("Persons", text)


def field_name(field: str) -> str:
    """A field as the coordinator reads it, with a capital."""
    words = field_words(field, ui_lang())
    return words[:1].upper() + words[1:]


class MappingPanel(QWidget):
    """One drop-down per column of the file: the field it holds, or *not imported*."""

    applied = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: tuple[str, ...] = ()
        self.required: tuple[str, ...] = ()
        self.automatic: dict[str, str] = {}
        self.choices: dict[str, QComboBox] = {}
        note = QLabel(_t("For each column of the file, choose what it holds; a column set to (not imported) is "
                         "left out. The example is the column's value in the first row."))  # fmt: skip
        note.setWordWrap(True)
        self.needed = QLabel()
        self.needed.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setAccessibleName(_t("What is wrong with the choice"))
        self.problem.setVisible(False)
        self._inner = QWidget()
        self._form = QFormLayout(self._inner)
        self.columns_area = QScrollArea()  # an export can have thirty columns: they scroll, the buttons stay
        self.columns_area.setWidgetResizable(True)
        self.columns_area.setWidget(self._inner)
        self.columns_area.setAccessibleName(_t("Columns of the file"))
        self.remember = QCheckBox(
            _t("Remember this choice for files with these column names (only the column names are kept)")
        )
        self.remember.setChecked(True)
        buttons = QDialogButtonBox()
        self.apply_button = buttons.addButton(
            _t("&Use these columns"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.back_button = buttons.addButton(_t("&Back"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._apply)
        buttons.rejected.connect(lambda: emit(self.cancelled))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addWidget(self.needed)
        layout.addWidget(self.columns_area, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.remember)
        layout.addWidget(buttons)

    def show_layout(self, layout: Layout, fields: Sequence[str], required: Sequence[str]) -> None:
        """Offer a choice for each column of ``layout``, set to what the program takes it as now."""
        self.fields, self.required = tuple(fields), tuple(required)
        while self._form.rowCount():
            self._form.removeRow(0)
        self.choices.clear()
        self.automatic.clear()
        self.problem.setVisible(False)
        self.needed.setText(
            _t("Needed: %1.").replace(
                "%1", ", ".join(f"<b>{self._needed_name(f)}</b>" for f in self.required)
            )
        )
        examples = layout.example or ("",) * len(layout.header)
        for name, taken, automatic, example in zip(
            layout.header, layout.taken, layout.automatic, examples, strict=True
        ):
            name = name.strip()
            if not name or name in self.choices:
                continue  # an empty header cannot be named; a repeated one follows the first
            box = QComboBox()
            box.addItem(_t("(not imported)"), "")
            for f in self.fields:
                box.addItem(field_name(f), f)
            box.setCurrentIndex(max(0, box.findData(taken)))
            box.setAccessibleName(name)
            box.setMinimumContentsLength(22)
            box.currentIndexChanged.connect(lambda _i: self.problem.setVisible(False))
            shown = QLabel(_t("e.g. %1").replace("%1", example[:60]) if example else "")
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            row = QHBoxLayout()
            row.addWidget(box)
            row.addWidget(shown, 1)
            label = QLabel(name + ":")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(box)
            self._form.addRow(label, row)
            self.choices[name] = box
            self.automatic[name] = automatic
        self.columns_area.verticalScrollBar().setValue(0)
        first = next(iter(self.choices.values()), None)
        if first is not None:
            first.setFocus()

    def _needed_name(self, field: str) -> str:
        """A needed field's name; a name field can come from a column with the whole name."""
        if field in WHOLE_NAME and "full_name" in self.fields:
            return _t("%1 or %2").replace("%1", field_name(field)).replace("%2", field_name("full_name"))
        return field_name(field)

    def choice(self) -> dict[str, str]:
        """Header → field as chosen (``""``: not imported)."""
        return {name: str(box.currentData()) for name, box in self.choices.items()}

    def changes(self) -> dict[str, str]:
        """The choices that differ from what the program recognises by itself (what a mapping holds)."""
        return {name: field for name, field in self.choice().items() if field != self.automatic.get(name, "")}

    def rememberable(self) -> dict[str, str]:
        """The changes that may be kept in the settings: header names that hold nothing like data."""
        return {name: field for name, field in self.changes().items() if rememberable(name)}

    def check(self) -> str | None:
        """Why the choice cannot be used (a needed field without a column, one field twice), or None."""
        chosen = [f for f in self.choice().values() if f]
        twice = sorted({f for f in chosen if chosen.count(f) > 1}, key=self.fields.index)
        if twice:
            return _t("Each field can be one column only: %1 is chosen more than once.").replace(
                "%1", ", ".join(field_name(f) for f in twice)
            )
        needed = lacking(chosen, self.required)
        if needed:
            return _t("Choose the column that holds: %1.").replace(
                "%1", ", ".join(self._needed_name(f) for f in needed)
            )
        return None

    def _apply(self) -> None:
        problem = self.check()
        if problem is not None:
            self.problem.setText(problem)
            self.problem.setVisible(True)
            return
        emit(self.applied)
