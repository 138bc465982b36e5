"""The main window: the unlock screen or the workspace, wired together from its parts (the
action table, the incident list, the case pane) by signals; locking, idle time and clipboard."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QProgressBar
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QStackedWidget
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from udens_register.services.clock import local_today
from udens_register.services.clock import system_clock
from udens_register.ui.errors import show_error
from udens_register.ui.guard import close_dialogs_for_lock
from udens_register.ui.icons import icon
from udens_register.ui.main_window.actions import ActionTable
from udens_register.ui.main_window.case_pane import CasePane
from udens_register.ui.main_window.closing import ClosingBackupDialog
from udens_register.ui.main_window.commands import BackupMade
from udens_register.ui.main_window.commands import Commands
from udens_register.ui.main_window.commands import Gateway
from udens_register.ui.main_window.commands import SettingsPort
from udens_register.ui.main_window.incident_list import IncidentList
from udens_register.ui.signals import emit
from udens_register.ui.unlock import UnlockWidget
from udens_register.ui.workers import Worker

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from udens_register.services.images_past import FlaggedCase
    from udens_register.services.register import OpenRegister
    from udens_register.services.settings import Settings

CLIPBOARD_SECONDS = 30
DIRECT = Qt.FindChildOption.FindDirectChildrenOnly
USER_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class _IdleFilter(QObject):
    """Restarts the idle timer on any user input in the application."""

    activity = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in USER_INPUT:
            emit(self.activity)
        return False


class MainWindow(Commands):
    """Udens Register's one window."""

    locked = Signal()

    def __init__(
        self, gateway: Gateway, settings: Settings, settings_store: SettingsPort | None = None
    ) -> None:
        super().__init__()
        self._gateway = gateway
        self._settings = settings
        self._settings_store = settings_store
        self.register = None
        self.closing_backup: ClosingBackupDialog | None = None
        self.setWindowTitle("Udens Register")
        self.setWindowIcon(icon("app"))
        self.resize(1200, 760)

        self.progress = QProgressBar()
        self.unlock_widget = UnlockWidget(gateway.open, str(gateway.folder))
        self.incident_list = IncidentList(local_today(system_clock), self.progress)
        self.case_pane = CasePane()
        self.overdue_banner = QLabel()
        self.images_banner = QLabel()
        self._flagged: tuple[FlaggedCase, ...] = ()
        self.read_only_banner = QLabel(
            _t(
                "Read-only (alleen-lezen): this register is on a medium or in a folder that cannot be "
                "written. You can view cases and export the register; nothing can be changed."
            )
        )
        self.workspace = self._workspace()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.unlock_widget)
        self.stack.addWidget(self.workspace)
        self.setCentralWidget(self.stack)
        self.action_table = ActionTable(self, self._command)
        self._status_bar()
        self._exporter = Worker(self)

        # The wiring: parts talk to each other only through these signals.
        self.unlock_widget.unlocked.connect(self.on_unlocked)
        self.unlock_widget.damaged.connect(self.offer_restore)
        self.incident_list.incident_selected.connect(self.case_pane.load)
        self.incident_list.incident_selected.connect(self._update_actions)
        self.incident_list.selection_cleared.connect(self.case_pane.clear)
        self.incident_list.selection_cleared.connect(self._update_actions)
        self.incident_list.failed.connect(self._show_error)
        self.case_pane.failed.connect(self._show_error)
        self.case_pane.changed.connect(lambda: emit(self.changed, self.current_incident_id()))
        self.case_pane.files_destroyed.connect(self._name_backups_holding)
        self.changed.connect(self._refresh_after_change)
        self._exporter.done.connect(self._export_done)
        self._exporter.failed.connect(self._export_failed)

        self._clipboard_text = ""
        self.clipboard_timer = QTimer(self)
        self.clipboard_timer.setSingleShot(True)
        self.clipboard_timer.setInterval(CLIPBOARD_SECONDS * 1000)
        self.clipboard_timer.timeout.connect(self.clear_clipboard)
        clipboard = QApplication.clipboard()
        clipboard.dataChanged.connect(self._clipboard_changed)
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.lock)
        self.set_idle_minutes(settings.idle_lock_minutes)
        self._idle_filter = _IdleFilter(self)
        self._idle_filter.activity.connect(self._on_activity)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._idle_filter)
        self._set_unlocked_state(False)
        self.unlock_widget.reset()

    # -- construction -----------------------------------------------------------------
    def _command(self, name: str) -> Callable[[], None]:
        """The slot ``name``, run as a command: the dialogs it opened and that are closed when it
        returns are deleted then. Kept, each would stay a hidden child of the window until quit
        (a new one for every Ctrl+P), holding its register objects and a reference cycle
        through its own signals."""
        window = weakref.ref(self)  # the action holds this; the window must not be held by it

        def run() -> None:
            this = window()
            if this is None:
                return
            before = set(this.findChildren(QDialog, options=DIRECT))
            try:
                getattr(this, name)()
            finally:
                for dialog in this.findChildren(QDialog, options=DIRECT):
                    if dialog not in before and not dialog.isVisible():
                        dialog.deleteLater()

        return run

    def _workspace(self) -> QWidget:
        self.overdue_banner.setAccessibleName(_t("Overdue actions"))
        self.overdue_banner.setStyleSheet(
            "background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0; border-radius: 3px; padding: 6px;"
        )
        self.overdue_banner.setVisible(False)
        # One line: a wrapped label asks for the height of several lines at any width.
        self.overdue_banner.setWordWrap(False)
        self.overdue_banner.setTextFormat(Qt.TextFormat.RichText)
        self.overdue_banner.linkActivated.connect(lambda _link: self.show_overdue_actions())
        # As tall as its line of text, never more: the list below gets the room.
        self.overdue_banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.images_banner.setAccessibleName(_t("Stored images of minors"))
        self.images_banner.setStyleSheet(
            "background: #b00020; color: white; border-radius: 3px; padding: 6px; font-weight: bold;"
        )
        self.images_banner.setVisible(False)
        self.images_banner.setWordWrap(True)
        self.images_banner.setTextFormat(Qt.TextFormat.RichText)
        self.images_banner.linkActivated.connect(lambda _link: self.show_flagged_case())
        # As tall as its wrapped lines at the window's width, never more: the list gets the room.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        policy.setHeightForWidth(True)
        self.images_banner.setSizePolicy(policy)
        self.read_only_banner.setAccessibleName(_t("Read-only register"))
        self.read_only_banner.setStyleSheet(
            "background: #fff4ce; color: #5c4400; border: 1px solid #f0d78c; border-radius: 3px; padding: 6px;"
        )
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setVisible(False)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.incident_list)
        splitter.addWidget(self.case_pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([740, 460])  # the case pane wide enough for its five tabs
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.images_banner)
        layout.addWidget(self.overdue_banner)
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.incident_list.table, self.case_pane)
        return box

    def _status_bar(self) -> None:
        self.coordinator_label = QLabel()
        self.coordinator_label.setAccessibleName(_t("Unlocked by"))
        self.folder_label = QLabel()
        self.folder_label.setAccessibleName(_t("Register folder"))
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(140)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(_t("Working"))
        self.progress.setVisible(False)
        bar = self.statusBar()
        bar.addWidget(self.coordinator_label)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.folder_label)

    # -- state ------------------------------------------------------------------------
    def _update_actions(self) -> None:
        self.action_table.update(
            unlocked=self.register is not None,
            has_case=self.current_incident_id() is not None,
            read_only=self.register is not None and self.register.read_only,
        )

    def _set_unlocked_state(self, unlocked: bool) -> None:
        self._update_actions()
        self.stack.setCurrentWidget(self.workspace if unlocked else self.unlock_widget)
        if not unlocked:
            self.coordinator_label.setText(_t("Locked"))
            self.folder_label.setText("")

    def on_unlocked(self, register: OpenRegister) -> None:
        """Show the workspace for the just-opened register."""
        self.register = register
        register.decisions.policy = self._settings.due_policy()
        self._set_unlocked_state(True)
        self.read_only_banner.setVisible(register.read_only)
        who = register.coordinator.label if not register.coordinator.by_recovery_key else _t("recovery key")
        self.coordinator_label.setText(_t("Unlocked by: %1").replace("%1", who))
        self.folder_label.setText(str(self._gateway.folder))
        self.case_pane.set_register(register)
        self.incident_list.set_incidents(register.incidents)
        self.update_overdue()
        self.update_images()
        self.idle_timer.start()
        self.incident_list.table.setFocus()

    def apply_settings(self) -> None:
        """Idle time and due-date defaults take effect at once."""
        self.set_idle_minutes(self._settings.idle_lock_minutes)
        if self.register is not None:
            self.register.decisions.policy = self._settings.due_policy()

    def update_overdue(self) -> None:
        """Show how many actions are overdue (on unlock and after changes)."""
        if self.register is None:
            return
        count = self.register.decisions.overdue_count()
        self.overdue_banner.setText(
            QCoreApplication.translate(
                "MainWindow",
                "%n follow-up action(s) past the due date. Open the actions with Ctrl+Shift+A.",
                "",
                count,
            )
            + f" <a href='#overdue'>{_t('Show the overdue actions')}</a>"
        )
        self.overdue_banner.setVisible(count > 0)

    def update_images(self) -> None:
        """Cases flagged as sexual images of a minor that still hold files: how many, which, and a
        link to the first (on unlock and after changes): keeping them is an offence."""
        if self.register is None:
            return
        self._flagged = self.register.evidence.flagged_cases()
        count = len(self._flagged)
        numbers = ", ".join(f.case_number for f in self._flagged[:5]) + (" …" if count > 5 else "")
        self.images_banner.setText(
            QCoreApplication.translate(
                "MainWindow",
                "%n case(s) concerning sexual images of a minor still hold stored files (%1). Keeping them "
                "is an offence: destroy them on each case's Evidence tab.",
                "",
                count,
            ).replace("%1", numbers)
            + f" <a href='#images' style='color: white'>{_t('Open the first case')}</a>"
        )
        self.images_banner.setVisible(count > 0)

    def show_flagged_case(self) -> None:
        """The banner's link: the first flagged case holding files, on its evidence tab."""
        if not self._flagged:
            return
        first = self._flagged[0]
        self.incident_list.show_case(first.incident_id, first.case_number)
        self.case_pane.setCurrentWidget(self.case_pane.evidence_panel)

    def _refresh_after_change(self, incident_id: int | None) -> None:
        self.update_overdue()
        self.update_images()
        self.incident_list.reload(select=incident_id)

    def _show_error(self, exc: BaseException) -> None:
        show_error(self, exc)

    def _export_done(self, result: object) -> None:
        self.progress.setVisible(False)
        self.action_table.set_busy("export_action", False)
        self._update_actions()
        if isinstance(result, BackupMade):
            self.statusBar().showMessage(_t("Backup made: %1").replace("%1", result.path), 8000)
        else:
            self.statusBar().showMessage(_t("Exported to %1").replace("%1", str(result)), 8000)

    def _export_failed(self, exc: BaseException) -> None:
        self.progress.setVisible(False)
        self.action_table.set_busy("export_action", False)
        self._update_actions()
        show_error(self, exc)

    # -- locking, idle time, clipboard ------------------------------------------------
    def _clipboard_changed(self) -> None:
        clipboard = QApplication.clipboard()
        # Copied from this application (it owns the clipboard, or it is the active one while unlocked).
        ours = clipboard.ownsClipboard() or (
            self.register is not None
            and QApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        )
        if ours and clipboard.text():
            self._clipboard_text = clipboard.text()
            self.clipboard_timer.start()

    def clear_clipboard(self) -> None:
        """Empty the clipboard if it still holds what was copied from this application (after 30 s, on lock)."""
        self.clipboard_timer.stop()
        clipboard = QApplication.clipboard()
        if self._clipboard_text and clipboard.text() == self._clipboard_text:
            clipboard.clear()
        self._clipboard_text = ""

    def lock(self) -> None:
        """Clear every model, close open dialogs, dispose the engine, drop the key."""
        self.clear_clipboard()
        if self.register is None:
            return
        self.idle_timer.stop()
        close_dialogs_for_lock(self)  # drafts are kept first, while the register is still open
        self._exporter.wait()
        self.incident_list.set_incidents(None)
        self.case_pane.set_register(None)
        self.overdue_banner.clear()
        self.overdue_banner.setVisible(False)
        self.images_banner.clear()
        self.images_banner.setVisible(False)
        self._flagged = ()
        self.read_only_banner.setVisible(False)
        register, self.register = self.register, None
        register.close()
        self._set_unlocked_state(False)
        self.unlock_widget.reset()
        emit(self.locked)

    def set_idle_minutes(self, minutes: float) -> None:
        """Lock after ``minutes`` without input."""
        self.idle_timer.setInterval(max(1, int(minutes * 60_000)))

    def _on_activity(self) -> None:
        if self.register is not None:
            self.idle_timer.start()

    # -- closing ----------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.closing_backup is not None:  # the closing backup is still being made
            event.ignore()
            return
        self.unlock_widget.shutdown()
        self.incident_list.wait()
        self.case_pane.wait()
        self._exporter.wait()
        if self.register is not None and self.register.read_only:  # nothing changed: no backup
            self.incident_list.set_incidents(None)
            self.case_pane.set_register(None)
            register, self.register = self.register, None
            register.close()
        if self.register is not None:
            event.ignore()  # closed again once the backup has finished (or failed)
            self._start_closing_backup(self.register)
            return
        self.clear_clipboard()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._idle_filter)
        event.accept()

    def _start_closing_backup(self, register: OpenRegister) -> None:
        self.idle_timer.stop()
        self.incident_list.set_incidents(None)
        self.case_pane.set_register(None)
        self.register = None
        folder = self._gateway.backup_folder(self._settings.backup_folder)
        dialog = ClosingBackupDialog(
            lambda progress: register.automatic_backup(folder, progress=progress), self
        )
        self.closing_backup = dialog

        def finished(error: BaseException | None) -> None:
            register.close()
            if error is not None:
                show_error(self, error)  # told; the app closes all the same
            self.closing_backup = None
            dialog.deleteLater()
            QTimer.singleShot(0, self, self.close)

        dialog.finished_backup.connect(finished)
        dialog.start()
