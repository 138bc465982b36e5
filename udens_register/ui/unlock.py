"""The unlock screen: passphrase or recovery key, derived off the UI thread, delay after failures."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtGui import QCloseEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QProgressBar
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from udens_register.domain.errors import WrongPassphrase
from udens_register.ui.errors import known_error_text
from udens_register.ui.errors import show_unexpected
from udens_register.ui.evidence_move import EvidenceMoveDialog
from udens_register.ui.evidence_move import MoveRelay
from udens_register.ui.icons import icon
from udens_register.ui.signals import emit
from udens_register.ui.workers import Worker

if TYPE_CHECKING:
    from collections.abc import Callable

MAX_DELAY_S = 30


def failure_delay(failures: int) -> int:
    """Seconds to wait after ``failures`` wrong attempts: none for the first, then doubling, capped."""
    return 0 if failures < 2 else min(MAX_DELAY_S, 2 ** (failures - 2))


class UnlockWidget(QWidget):
    """Asks the secret and opens the register; ``unlocked`` carries the open register.

    ``opener(secret, failed_attempts, progress)`` runs on a worker; ``progress(done, total)``
    is called while a first-edition register's evidence moves out of the database, which a
    small dialog then counts.
    """

    unlocked = Signal(object)

    damaged = Signal(str)

    def __init__(
        self,
        opener: Callable[[str, int, Callable[[int, int], None]], Any],
        folder_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._opener = opener
        self._failures = 0
        self._wait_left = 0
        self._busy = False
        self._worker = Worker(self)
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        self._relay = MoveRelay(self)
        self._relay.moved.connect(self._moved)
        self.move_dialog: EvidenceMoveDialog | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        t = QCoreApplication.translate

        title = QLabel(t("UnlockWidget", "Udens Register is locked"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        lock = QLabel()
        lock.setPixmap(icon("lock").pixmap(48, 48))
        lock.setAccessibleName(t("UnlockWidget", "Locked"))
        explain = QLabel(
            t("UnlockWidget", "Enter your passphrase or the school's recovery key to open the register.")
        )
        explain.setWordWrap(True)
        folder = QLabel(t("UnlockWidget", "Register folder: %1").replace("%1", folder_text))
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setWordWrap(True)
        folder.setEnabled(False)

        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(t("UnlockWidget", "Passphrase or recovery key"))
        self.secret.setAccessibleName(t("UnlockWidget", "Passphrase or recovery key"))
        self.secret.setMinimumWidth(320)
        self._show = QAction(t("UnlockWidget", "Show"), self.secret)
        self._show.setCheckable(True)
        self._show.toggled.connect(
            lambda on: self.secret.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        self.secret.addAction(self._show, QLineEdit.ActionPosition.TrailingPosition)
        self.secret.returnPressed.connect(self.try_unlock)
        self.secret.textChanged.connect(self._update_button)

        self.button = QPushButton(t("UnlockWidget", "&Unlock"))
        self.button.setDefault(True)
        self.button.setAccessibleName(t("UnlockWidget", "Unlock"))
        self.button.clicked.connect(self.try_unlock)
        self.button.setEnabled(False)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(t("UnlockWidget", "Message"))
        self.message.setStyleSheet("color: #b00020;")
        self.message.setVisible(False)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.setAccessibleName(t("UnlockWidget", "Unlocking"))
        self.busy.setVisible(False)

        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(520)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        head = QHBoxLayout()
        head.addWidget(lock)
        head.addWidget(title, 1)
        inner.addLayout(head)
        inner.addWidget(explain)
        row = QHBoxLayout()
        row.addWidget(self.secret, 1)
        row.addWidget(self.button)
        inner.addLayout(row)
        inner.addWidget(self.busy)
        inner.addWidget(self.message)
        inner.addWidget(folder)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(card, 3)
        centre.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(2)
        self.setTabOrder(self.secret, self.button)

    def reset(self) -> None:
        """Empty the field and focus it (after locking)."""
        self.secret.clear()
        self.message.setVisible(False)
        self.secret.setFocus()

    def _update_button(self) -> None:
        self.button.setEnabled(
            bool(self.secret.text()) and self._wait_left == 0 and not self.busy.isVisible()
        )

    def try_unlock(self) -> None:
        """Start deriving the key in the background."""
        secret = self.secret.text()
        if not secret or self._wait_left or self._busy:
            return
        self._busy = True
        self.busy.setVisible(True)
        self.secret.setEnabled(False)
        self.button.setEnabled(False)
        self.message.setVisible(False)
        opener, failures, relay = self._opener, self._failures, self._relay

        def progress(done: int, total: int) -> None:  # on the worker thread
            emit(relay.moved, done, total)

        self._worker.start(lambda: opener(secret, failures, progress))

    def _moved(self, done: int, total: int) -> None:
        if self.move_dialog is None:
            self.move_dialog = EvidenceMoveDialog(self.window())
            self.move_dialog.show()
        self.move_dialog.moved(done, total)

    @property
    def is_busy(self) -> bool:
        """Whether a key derivation is running."""
        return self._busy

    def _finish(self) -> None:
        if self.move_dialog is not None:
            self.move_dialog.finish()
            self.move_dialog.deleteLater()
            self.move_dialog = None
        self._busy = False
        self.busy.setVisible(False)
        self.secret.setEnabled(True)
        self._update_button()

    def _on_done(self, register: object) -> None:
        self._finish()
        self._failures = 0
        self.secret.clear()
        emit(self.unlocked, register)

    def _on_failed(self, exc: BaseException) -> None:
        self._finish()
        t = QCoreApplication.translate
        if isinstance(exc, WrongPassphrase):
            self._failures += 1
            self._wait_left = failure_delay(self._failures)
            self.message.setText(t("UnlockWidget", "Wrong passphrase or recovery key. Nothing was changed."))
            if self._wait_left:
                self._show_wait()
                self._tick.start()
        else:
            text = known_error_text(exc)
            if getattr(exc, "code", "") == "register_damaged":
                emit(self.damaged, self.secret.text())
            if text is None:
                show_unexpected(self, type(exc))
                text = t("UnlockWidget", "The register could not be opened.")
            self.message.setText(text)
        self.message.setVisible(True)
        self.secret.selectAll()
        self.secret.setFocus()
        self._update_button()

    def _show_wait(self) -> None:
        t = QCoreApplication.translate
        self.message.setText(
            t(
                "UnlockWidget",
                "Wrong passphrase or recovery key. Try again in %n second(s).",
                "",
                self._wait_left,
            )
        )

    def _count_down(self) -> None:
        self._wait_left = max(0, self._wait_left - 1)
        if self._wait_left:
            self._show_wait()
        else:
            self._tick.stop()
            self.message.setText(QCoreApplication.translate("UnlockWidget", "You can try again now."))
        self._update_button()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Wait for a running derivation (on close)."""
        self._tick.stop()
        self._worker.wait()
