"""One instance per register, with a lock that heals: a lock left by a dead process on this
computer is taken over; a lock from another computer names that computer and its age, and the
coordinator may take it over after a confirmation (a USB stick after a crash elsewhere)."""

from __future__ import annotations

import os
import signal
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QLockFile
from PySide6.QtCore import QObject
from PySide6.QtCore import QSysInfo
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from udens_register.wording.dates import fmt_datetime

if TYPE_CHECKING:
    from pathlib import Path

LOCK_NAME = ".udens-register.lock"


def _t(text: str) -> str:
    return QCoreApplication.translate("Main", text)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def acquire(folder: Path, parent: QWidget | None = None, *, read_only: bool = False) -> QLockFile | None:
    """The register's lock, or ``None`` when it is in use (the user was told why).

    A read-only register folder cannot hold a lock file, and nobody can change the register
    there: the lock returned is then not taken (unlocking it does nothing).
    """
    lock = QLockFile(str(folder / LOCK_NAME))
    if read_only:
        return lock
    lock.setStaleLockTime(0)  # staleness is judged here, by process and host, never by age alone
    if lock.tryLock(100):
        return lock
    pid, host, _app = lock.getLockInfo()
    found = pid > 0
    here = QSysInfo.machineHostName()
    if found and host == here and not _alive(pid):
        lock.removeStaleLockFile()  # left by a process of ours that died (a crash, a power cut)
        return lock if lock.tryLock(100) else None
    if found and host != here:
        since = fmt_datetime(datetime.fromtimestamp((folder / LOCK_NAME).stat().st_mtime))
        answer = QMessageBox.question(
            parent,
            "Udens Register",
            _t(
                "This register was opened on the computer '%1' on %2 and not closed there. If it is "
                "certainly not open there any more (for example after a crash), you can take it over. "
                "Take it over?"
            )
            .replace("%1", host)
            .replace("%2", since),
        )
        if answer == QMessageBox.StandardButton.Yes:
            lock.removeStaleLockFile()
            return lock if lock.tryLock(100) else None
        return None
    QMessageBox.information(
        parent,
        "Udens Register",
        _t("Udens Register is already open for this register. Switch to that window."),
    )
    return None


class CloseOnSignal(QObject):
    """SIGTERM (logout, shutdown) and SIGINT close the window as Quit does: the closing backup is
    made and the lock removed. Python only sees a signal when it runs, so a timer wakes it."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._timer = QTimer(self)
        self._timer.start(250)
        self._timer.timeout.connect(lambda: None)
        for number in (signal.SIGTERM, signal.SIGINT):
            signal.signal(number, self._received)

    def _received(self, _number: int, _frame: object) -> None:
        QTimer.singleShot(0, self, QApplication.closeAllWindows)
