"""The redaction review before an inzage PDF leaves the register: every replacement highlighted,
and the coordinator can mark more text to remove (select, then *Weglaten*), removed everywhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtGui import QTextCharFormat
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTextEdit
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from udens_register.ui.dialogs import accept_cancel_buttons

if TYPE_CHECKING:
    from collections.abc import Sequence

    from udens_register.services.redaction import Redacted


def _t(text: str) -> str:
    return QCoreApplication.translate("RedactionReview", text)


class RedactionReviewDialog(QDialog):
    """Shows the redacted texts with each replacement highlighted; collects extra text to withhold.

    Args:
        texts: the texts of the inzage version that had something removed.
        parent: the dialog's parent.
    """

    def __init__(self, texts: Sequence[Redacted], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Check the redaction"))
        self.resize(900, 600)  # fits 1366x768 with the window frame and the task bar
        self.withheld: list[str] = []
        intro = QLabel(
            _t(
                "Highlighted: what was replaced. Select any other text that could point to someone "
                "else and choose Withhold; it is removed everywhere in the document."
            )
        )
        intro.setWordWrap(True)
        self.view = QTextEdit()
        self.view.setReadOnly(True)
        self.view.setAccessibleName(_t("Redacted text"))
        self.count = QLabel()
        self.marked = QListWidget()
        self.marked.setAccessibleName(_t("Withheld by you"))
        self.marked.setMaximumHeight(90)
        self.withhold_button = QPushButton(_t("&Withhold"))
        self.withhold_button.clicked.connect(self.withhold_selection)
        buttons, self.ok = accept_cancel_buttons(self, _t("&Make the PDF"))
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.withhold_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(QLabel(_t("Withheld by you:")))
        layout.addWidget(self.marked)
        layout.addWidget(buttons)
        self._show(texts)

    def _show(self, texts: Sequence[Redacted]) -> None:
        self.view.clear()
        cursor = self.view.textCursor()
        plain = QTextCharFormat()
        mark = QTextCharFormat()
        mark.setBackground(QColor("#ffe08a"))
        total = 0
        for item in texts:
            at = 0
            for r in item.replacements:
                cursor.insertText(item.text[at : r.start], plain)
                mark.setToolTip(_t("replaced"))
                cursor.insertText(item.text[r.start : r.end], mark)
                at = r.end
                total += 1
            cursor.insertText(item.text[at:] + "\n\n", plain)
        self.view.moveCursor(QTextCursor.MoveOperation.Start)
        self.count.setText(QCoreApplication.translate("RedactionReview", "%n replacement(s)", None, total))

    def withhold_selection(self) -> None:
        """Add the selected text to what is withheld, and mark it in the view."""
        selected = self.view.textCursor().selectedText().replace("\u2029", " ").strip()
        if not selected or selected in self.withheld:
            return
        self.withheld.append(selected)
        self.marked.addItem(selected)
        mark = QTextCharFormat()
        mark.setBackground(QColor("#ff9c9c"))
        finder = self.view.document()
        cursor = finder.find(selected)
        while not cursor.isNull():
            cursor.mergeCharFormat(mark)
            cursor = finder.find(selected, cursor)
