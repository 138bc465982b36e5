"""A small progress dialog for work that cannot be stopped half-way: while ``running``, Escape,
the close button and ``reject()`` are ignored (the work would only leave something half done,
or, for a move that commits item by item, gain nothing)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtGui import QKeyEvent


class UncancellableDialog(QDialog):
    """Set ``running`` to ``False`` before closing it with ``accept()``."""

    running = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() != Qt.Key.Key_Escape:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            event.ignore()
        else:
            super().closeEvent(event)

    def reject(self) -> None:
        if not self.running:
            super().reject()
