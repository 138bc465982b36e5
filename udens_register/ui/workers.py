"""Slow work off the UI thread: one small helper over QThreadPool, results back by signal."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtCore import QRunnable
from PySide6.QtCore import QThreadPool
from PySide6.QtCore import Signal

from udens_register.ui.signals import emit

if TYPE_CHECKING:
    from collections.abc import Callable


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._fn = fn
        self._signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, never swallowed
            emit(self._signals.failed, exc)
        else:
            emit(self._signals.done, result)


class Worker(QObject):
    """Runs callables on a thread pool; ``done``/``failed`` arrive on the owner's thread."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self.done)
        self._signals.failed.connect(self.failed)

    def start(self, fn: Callable[[], Any]) -> None:
        """Run ``fn`` in the background; one job at a time, in order."""
        self._pool.start(_Job(fn, self._signals))

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every job finished (for shutdown and tests)."""
        return self._pool.waitForDone(msecs)

    def busy(self) -> bool:
        """Whether a job is running or queued."""
        return self._pool.activeThreadCount() > 0
