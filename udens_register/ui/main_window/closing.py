"""The closing backup: made on a worker while a small dialog shows its progress, so the window
never freezes; when it fails the coordinator is told, and the app closes all the same."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QProgressBar
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from udens_register.ui.signals import emit
from udens_register.ui.uncancellable import UncancellableDialog
from udens_register.ui.workers import Worker

ProgressFn = Callable[[int, int], None]


def _t(text: str) -> str:
    return QCoreApplication.translate("ClosingBackup", text)


class _Relay(QObject):
    """Carries progress from the worker thread to the dialog (a queued signal)."""

    moved = Signal(int, int)


class ClosingBackupDialog(UncancellableDialog):
    """Runs ``job(progress)`` on a worker; ``finished_backup`` carries the error, or ``None``."""

    finished_backup = Signal(object)

    def __init__(self, job: Callable[[ProgressFn], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Closing Udens Register"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.label = QLabel(_t("Making the closing backup…"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(_t("Progress of the closing backup"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.setMinimumWidth(380)
        self._relay = _Relay(self)
        self._relay.moved.connect(self._moved)
        self.worker = Worker(self)
        self.worker.done.connect(lambda _result: self._finish(None))
        self.worker.failed.connect(self._finish)
        self._job = job
        self.running = False

    def start(self) -> None:
        """Show the dialog and start the backup."""
        self.running = True
        self.show()
        relay = self._relay
        job = self._job
        # Scaled to kB: a QProgressBar holds an int, the register may hold gigabytes.
        self.worker.start(lambda: job(lambda done, total: emit(relay.moved, done >> 10, total >> 10)))

    def _moved(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(min(done, total))

    def _finish(self, error: BaseException | None) -> None:
        self.running = False
        emit(self.finished_backup, error)
        self.accept()
