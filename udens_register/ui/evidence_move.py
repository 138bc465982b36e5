"""The one-time move of a first-edition register's evidence into the object store, as the app
shows it: the move runs in the unlock worker, this small dialog counts the items moved.

The move commits one item at a time, so stopping the app half-way loses nothing; the next
open carries on where it stopped. The dialog therefore has no Cancel: Escape and the close
button are ignored while the move runs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QProgressBar
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from udens_register.ui.uncancellable import UncancellableDialog


def _t(text: str) -> str:
    return QCoreApplication.translate("EvidenceMoveDialog", text)


class MoveRelay(QObject):
    """Carries the move's progress from the worker thread to the UI thread (a queued signal)."""

    moved = Signal(int, int)


class EvidenceMoveDialog(UncancellableDialog):
    """'Evidence moved: 3 of 120', with a bar; closed by :meth:`finish`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Updating the register"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        explain = QLabel(
            _t(
                "The evidence is being moved into the register's encrypted file store. This "
                "happens once, after the update. If the app is stopped, it carries on next time."
            )
        )
        explain.setWordWrap(True)
        self.count = QLabel()
        self.count.setAccessibleName(_t("Evidence moved"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(_t("Progress of moving the evidence"))
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.count)
        layout.addWidget(self.bar)
        self.setMinimumWidth(420)
        self.running = True

    def moved(self, done: int, total: int) -> None:
        """Show ``done`` of ``total`` items moved."""
        self.count.setText(_t("Evidence moved: %1 of %2").replace("%1", str(done)).replace("%2", str(total)))
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(min(done, total))

    def finish(self) -> None:
        """The move ended (or the open failed): close the dialog."""
        self.running = False
        self.accept()
