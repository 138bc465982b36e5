"""The main window: unlock screen or workspace (incident list, filters, detail), menus, locking."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from udens_register import __version__
from udens_register.domain.enums import Category, Platform, Status
from udens_register.domain.errors import ValidationError
from udens_register.domain.model import IncidentFilter
from udens_register.paths import resources_dir
from udens_register.services.backups import backup_name
from udens_register.services.clock import local_today
from udens_register.services.keys import KeyService
from udens_register.services.settings import Settings
from udens_register.ui.actions import ActionsView
from udens_register.ui.case_edit import CasePanel
from udens_register.ui.decision import DecisionWizard
from udens_register.ui.detail import DetailPane
from udens_register.ui.dialogs import OptionalDate, ask_reason
from udens_register.ui.errors import known_error_text, show_error
from udens_register.ui.evidence import EvidencePanel
from udens_register.ui.i18n import category_label, status_label
from udens_register.ui.icons import icon
from udens_register.ui.incident_form import IncidentForm
from udens_register.ui.models import ID_ROLE, SORT_ROLE, IncidentTableModel
from udens_register.ui.pdf_export import CaseFileDialog, PeriodReportDialog
from udens_register.ui.persons import ImportDialog, PersonsView
from udens_register.ui.safety import KeysDialog, RetentionDialog
from udens_register.ui.settings_dialog import SettingsDialog
from udens_register.ui.unlock import UnlockWidget
from udens_register.ui.workers import Worker
from udens_register.vault.files import atomic_write

CLIPBOARD_SECONDS = 30
USER_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class Gateway(Protocol):
    """How the window opens the register."""

    folder: Path

    def open(self, secret: str, failed_attempts: int = 0) -> Any: ...
    def backup_folder(self, configured: str = "") -> Path: ...
    def newest_backup(self, configured: str = "") -> Path | None: ...
    def restore(self, backup: Path, secret: str) -> Path | None: ...


class SettingsPort(Protocol):
    """Where settings are kept."""

    def save(self, settings: Settings) -> None: ...


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class _IdleFilter(QObject):
    """Restarts the idle timer on any user input in the application."""

    activity = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in USER_INPUT:
            self.activity.emit()
        return False


class MainWindow(QMainWindow):
    """Udens Register's one window."""

    locked = Signal()

    def __init__(
        self, gateway: Gateway, settings: Settings, settings_store: SettingsPort | None = None
    ) -> None:
        super().__init__()
        self._gateway = gateway
        self._settings = settings
        self._settings_store = settings_store
        self.register: Any = None
        self._pending_select: int | None = None
        self.setWindowTitle("Udens Register")
        self.setWindowIcon(icon("app"))
        self.resize(1200, 760)

        self.stack = QStackedWidget()
        self.unlock_widget = UnlockWidget(gateway.open, str(gateway.folder))
        self.unlock_widget.unlocked.connect(self.on_unlocked)
        self.unlock_widget.damaged.connect(self.offer_restore)
        self.workspace = self._build_workspace()
        self.stack.addWidget(self.unlock_widget)
        self.stack.addWidget(self.workspace)
        self.setCentralWidget(self.stack)
        self._build_actions()
        self._build_status_bar()

        self._loader = Worker(self)
        self._loader.done.connect(self._page_loaded)
        self._loader.failed.connect(self._load_failed)
        self._exporter = Worker(self)
        self._exporter.done.connect(self._export_done)
        self._exporter.failed.connect(self._export_failed)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.reload)

        self._clipboard_text = ""
        self.clipboard_timer = QTimer(self)
        self.clipboard_timer.setSingleShot(True)
        self.clipboard_timer.setInterval(CLIPBOARD_SECONDS * 1000)
        self.clipboard_timer.timeout.connect(self.clear_clipboard)
        clipboard = QApplication.clipboard()
        if clipboard is not None:
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
    def _build_workspace(self) -> QWidget:
        self.search = QLineEdit()
        self.search.setPlaceholderText(_t("Search case number, title or description (Ctrl+F)"))
        self.search.setAccessibleName(_t("Search incidents"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(_t("Filter by status"))
        self.status_filter.addItem(_t("All statuses"), None)
        for status in Status:
            self.status_filter.addItem(status_label(status.value), status.value)
        self.category_filter = QComboBox()
        self.category_filter.setAccessibleName(_t("Filter by category"))
        self.category_filter.addItem(_t("All categories"), None)
        for cat in Category:
            self.category_filter.addItem(category_label(cat.value), cat.value)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.category_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.category_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category_filter.setMinimumContentsLength(12)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(_t("Number of incidents"))
        self.more_filters = QToolButton()
        self.more_filters.setText(_t("More filters"))
        self.more_filters.setCheckable(True)
        self.more_filters.setAccessibleName(_t("More filters"))
        self.platform_filter = QComboBox()
        self.platform_filter.setAccessibleName(_t("Filter by platform"))
        self.platform_filter.addItem(_t("All platforms"), None)
        for platform in Platform:
            if platform != Platform.OTHER:
                self.platform_filter.addItem(platform.value, platform.value)
        self.from_filter = OptionalDate(_t("From"), None, date.today().replace(month=1, day=1))
        self.to_filter = OptionalDate(_t("To"), None, date.today())
        self.class_filter = QLineEdit()
        self.class_filter.setPlaceholderText(_t("Class, e.g. 2H1"))
        self.class_filter.setAccessibleName(_t("Filter by class"))
        self.class_filter.setMaximumWidth(110)
        self.person_filter_id: int | None = None
        self.person_chip = QPushButton()
        self.person_chip.setAccessibleName(_t("Remove the person filter"))
        self.person_chip.setVisible(False)
        self.person_chip.clicked.connect(lambda: self.set_person_filter(None, ""))
        for widget in (self.platform_filter,):
            widget.currentIndexChanged.connect(lambda _i: self.reload())
        for optional in (self.from_filter, self.to_filter):
            optional.known.toggled.connect(lambda _on: self.reload())
            optional.edit.dateChanged.connect(lambda _d: self.reload())
        self.class_filter.textChanged.connect(lambda _text: self._search_timer.start())
        self.advanced = QWidget()
        adv = QHBoxLayout(self.advanced)
        adv.setContentsMargins(0, 0, 0, 0)
        adv.addWidget(self.platform_filter)
        adv.addWidget(QLabel(_t("From:")))
        adv.addWidget(self.from_filter)
        adv.addWidget(QLabel(_t("To:")))
        adv.addWidget(self.to_filter)
        adv.addWidget(self.class_filter)
        adv.addWidget(self.person_chip)
        adv.addStretch(1)
        self.advanced.setVisible(False)
        self.more_filters.toggled.connect(self.advanced.setVisible)

        self.model = IncidentTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(_t("Incidents"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(IncidentTableModel.COL_DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(IncidentTableModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (IncidentTableModel.COL_CASE, IncidentTableModel.COL_DATE, IncidentTableModel.COL_STATUS,
                    IncidentTableModel.COL_ACTIONS):  # fmt: skip
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(IncidentTableModel.COL_CATEGORY, 190)
        header.setMinimumSectionSize(60)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._show_current(current)
        )

        self.detail = DetailPane()
        self.evidence_panel = EvidencePanel()
        self.case_panel = CasePanel()
        self.case_panel.on_changed = lambda: self._refresh_after_change(self.current_incident_id())
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(_t("Case"))
        self.tabs.addTab(self.detail, _t("Case file"))
        self.tabs.addTab(self.evidence_panel, _t("Evidence"))
        self.tabs.addTab(self.case_panel, _t("Persons and measures"))
        self.overdue_banner = QLabel()
        self.overdue_banner.setAccessibleName(_t("Overdue actions"))
        self.overdue_banner.setStyleSheet(
            "background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0; border-radius: 3px; padding: 6px;"
        )
        self.overdue_banner.setVisible(False)
        self.overdue_banner.setWordWrap(True)
        self.overdue_banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 4)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.category_filter, 2)
        filters.addWidget(self.more_filters)
        filters.addWidget(self.count_label)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.advanced)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 420])
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(self.overdue_banner)
        layout.addWidget(splitter)
        self.setTabOrder(self.search, self.status_filter)
        self.setTabOrder(self.status_filter, self.category_filter)
        self.setTabOrder(self.category_filter, self.table)
        self.setTabOrder(self.table, self.tabs)
        return box

    def _action(
        self,
        text: str,
        shortcut: QKeySequence.StandardKey | str | None,
        slot: Any,
        icon_name: str = "",
        fallback: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if action.shortcut().isEmpty() and fallback:
            # Some platforms define no standard key (e.g. Quit outside a desktop session).
            action.setShortcut(QKeySequence(fallback))
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            _t("&New incident…"), QKeySequence.StandardKey.New, self.new_incident, "new", "Ctrl+N"
        )
        self.find_action = self._action(
            _t("&Find"), QKeySequence.StandardKey.Find, self.focus_search, "search", "Ctrl+F"
        )
        self.export_action = self._action(
            _t("&Export register (JSON, AVG)…"), "Ctrl+Shift+J", self.export_json, "export"
        )
        self.pdf_action = self._action(_t("Case file as &PDF…"), "Ctrl+E", self.export_pdf, "pdf")
        self.report_action = self._action(_t("Period &report…"), "Ctrl+R", self.period_report)
        self.backup_action = self._action(_t("Make a &backup…"), "Ctrl+B", self.make_backup)
        self.keys_action = self._action(_t("Coordinators and &keys…"), None, self.manage_keys)
        self.retention_action = self._action(_t("&Retention: delete old cases…"), None, self.retention)
        self.lock_action = self._action(_t("&Lock"), "Ctrl+L", self.lock, "lock")
        self.decide_action = self._action(_t("Protocol &decision…"), "Ctrl+D", self.decide, "decision")
        self.actions_action = self._action(
            _t("Follow-up &actions…"), "Ctrl+Shift+A", self.show_actions, "actions"
        )
        self.close_case_action = self._action(_t("&Close case…"), "Ctrl+Shift+K", self.close_case)
        self.hold_action = self._action(_t("Legal &hold (police case pending)…"), None, self.toggle_hold)
        self.persons_action = self._action(_t("&Persons…"), "Ctrl+P", self.show_persons, "persons")
        self.import_action = self._action(_t("&Import pupils…"), "Ctrl+I", self.import_pupils)
        self.evidence_action = self._action(_t("Add e&vidence…"), "Ctrl+Shift+E", self.add_evidence)
        self.correct_action = self._action(_t("C&orrect case…"), "Ctrl+Shift+C", self.correct_case)
        self.settings_action = self._action(
            _t("&Settings…"), QKeySequence.StandardKey.Preferences, self.edit_settings, "", "Ctrl+,"
        )
        self.quit_action = self._action(_t("&Quit"), QKeySequence.StandardKey.Quit, self.close, "", "Ctrl+Q")
        self.protocol_action = self._action(
            _t("Social Media &Protocol"), QKeySequence.StandardKey.HelpContents, self.show_protocol, "", "F1"
        )
        self.about_action = self._action(_t("&About Udens Register"), None, self.show_about)
        menu = self.menuBar()
        file_menu = menu.addMenu(_t("&File"))
        for action in (
            self.new_action,
            self.import_action,
            self.pdf_action,
            self.report_action,
            self.export_action,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (self.backup_action, self.keys_action, self.retention_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu(_t("&Edit"))
        edit_menu.addAction(self.find_action)
        case_menu = menu.addMenu(_t("&Case"))
        for action in (
            self.decide_action,
            self.evidence_action,
            self.correct_action,
            self.close_case_action,
            self.hold_action,
        ):
            case_menu.addAction(action)
        case_menu.addSeparator()
        case_menu.addAction(self.actions_action)
        case_menu.addAction(self.persons_action)
        help_menu = menu.addMenu(_t("&Help"))
        help_menu.addAction(self.protocol_action)
        help_menu.addAction(self.about_action)
        toolbar = self.addToolBar(_t("Main toolbar"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (
            self.new_action,
            self.decide_action,
            self.actions_action,
            self.persons_action,
            self.pdf_action,
            self.lock_action,
        ):
            toolbar.addAction(action)
        self.toolbar = toolbar

    def _build_status_bar(self) -> None:
        self.coordinator_label = QLabel()
        self.coordinator_label.setAccessibleName(_t("Unlocked by"))
        self.folder_label = QLabel()
        self.folder_label.setAccessibleName(_t("Register folder"))
        self.progress = QProgressBar()
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

    # -- locking ----------------------------------------------------------------------
    def _set_unlocked_state(self, unlocked: bool) -> None:
        for action in (
            self.new_action,
            self.find_action,
            self.export_action,
            self.lock_action,
            self.decide_action,
            self.actions_action,
            self.close_case_action,
            self.persons_action,
            self.import_action,
            self.evidence_action,
            self.correct_action,
            self.pdf_action,
            self.report_action,
            self.backup_action,
            self.keys_action,
            self.retention_action,
            self.hold_action,
        ):
            action.setEnabled(unlocked)
        self.toolbar.setVisible(unlocked)
        self.stack.setCurrentWidget(self.workspace if unlocked else self.unlock_widget)
        if not unlocked:
            self.coordinator_label.setText(_t("Locked"))
            self.folder_label.setText("")

    def on_unlocked(self, register: Any) -> None:
        """Show the workspace for the just-opened register."""
        self.register = register
        register.decisions.policy = self._settings.due_policy()
        self._set_unlocked_state(True)
        self.coordinator_label.setText(_t("Unlocked by: %1").replace("%1", register.coordinator.label
                                       if not register.coordinator.by_recovery_key else _t("recovery key")))  # fmt: skip
        self.folder_label.setText(str(self._gateway.folder))
        self.model.set_source(register.incidents.page)
        self.update_overdue()
        self.reload()
        self.idle_timer.start()
        self.table.setFocus()

    def _clipboard_changed(self) -> None:
        clipboard = QApplication.clipboard()
        if clipboard is None:
            return
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
        if clipboard is not None and self._clipboard_text and clipboard.text() == self._clipboard_text:
            clipboard.clear()
        self._clipboard_text = ""

    def lock(self) -> None:
        """Clear every model, close open dialogs, dispose the engine, drop the key."""
        self.clear_clipboard()
        if self.register is None:
            return
        self._search_timer.stop()
        self.idle_timer.stop()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self._loader.wait()
        self._exporter.wait()
        self.model.clear()
        self.detail.show_nothing()
        self.evidence_panel.clear()
        self.case_panel.clear()
        self.person_filter_id = None
        self.person_chip.setVisible(False)
        self.class_filter.clear()
        self.search.clear()
        self.count_label.clear()
        self.overdue_banner.clear()
        self.overdue_banner.setVisible(False)
        register, self.register = self.register, None
        register.close()
        self._set_unlocked_state(False)
        self.unlock_widget.reset()
        self.locked.emit()

    def set_idle_minutes(self, minutes: float) -> None:
        """Lock after ``minutes`` without input."""
        self.idle_timer.setInterval(max(1, int(minutes * 60_000)))

    def _on_activity(self) -> None:
        if self.register is not None:
            self.idle_timer.start()

    # -- list and detail --------------------------------------------------------------
    def current_filter(self) -> IncidentFilter:
        """The filter the controls describe."""
        return IncidentFilter(
            status=self.status_filter.currentData(),
            category=self.category_filter.currentData(),
            text=self.search.text().strip(),
            platform=self.platform_filter.currentData(),
            date_from=self.from_filter.value(),
            date_to=self.to_filter.value(),
            class_name=self.class_filter.text().strip() or None,
            person_id=self.person_filter_id,
        )

    def set_person_filter(self, person_id: int | None, name: str) -> None:
        """Show only the incidents of one person (from the persons view), or all again."""
        self.person_filter_id = person_id
        self.person_chip.setText(_t("Person: %1 ✕").replace("%1", name))
        self.person_chip.setVisible(person_id is not None)
        if person_id is not None:
            self.more_filters.setChecked(True)
        self.reload()

    def reload(self) -> None:
        """Load the first page for the current filter, off the UI thread."""
        if self.register is None:
            return
        flt = self.current_filter()
        incidents = self.register.incidents
        self.progress.setVisible(True)
        self._loader.start(lambda: (flt, incidents.page(flt), incidents.count(flt)))

    def _page_loaded(self, result: tuple[IncidentFilter, Any, int]) -> None:
        self.progress.setVisible(False)
        if self.register is None:
            return
        flt, page, count = result
        if flt != self.current_filter():
            return  # a newer search is on its way
        self.model.set_source(self.register.incidents.page, flt)
        self.model.load_first_page(page, flt)
        self.count_label.setText(QCoreApplication.translate("MainWindow", "%n incident(s)", "", count))
        self.detail.show_nothing()
        self.evidence_panel.clear()
        self.case_panel.clear()
        if self._pending_select is not None:
            self.select_incident(self._pending_select)
            self._pending_select = None

    def _load_failed(self, exc: BaseException) -> None:
        self.progress.setVisible(False)
        show_error(self, exc)

    def _show_current(self, proxy_index: Any) -> None:
        if self.register is None or not proxy_index.isValid():
            self.detail.show_nothing()
            self.evidence_panel.clear()
            self.case_panel.clear()
            return
        incident_id = self.proxy.data(proxy_index, ID_ROLE)
        try:
            register = self.register
            detail = register.incidents.get(incident_id)
            register.audit.record("case_viewed", detail.case_number)
            self.detail.show_incident(
                detail,
                register.decisions.decisions(incident_id),
                register.decisions.actions(incident_id),
                register.evidence.list(incident_id),
                register.incidents.measures(incident_id),
                register.incidents.communications(incident_id),
            )
            self.evidence_panel.show_incident(
                register.evidence, incident_id, sexual_images_minor=detail.sexual_images_minor
            )
            self.case_panel.show_incident(
                register.incidents, register.persons, detail, local_today(register.clock)
            )
        except Exception as exc:  # noqa: BLE001 - shown to the user in plain words
            show_error(self, exc)

    def select_incident(self, incident_id: int) -> None:
        """Select ``incident_id`` in the list if it is loaded."""
        row = self.model.row_of(incident_id)
        if row >= 0:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    def current_incident_id(self) -> int | None:
        """The selected incident, if any."""
        index = self.table.currentIndex()
        return self.proxy.data(index, ID_ROLE) if index.isValid() else None

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
        )
        self.overdue_banner.setVisible(count > 0)

    def _refresh_after_change(self, incident_id: int | None) -> None:
        self._pending_select = incident_id
        self.update_overdue()
        self.reload()

    # -- commands ---------------------------------------------------------------------
    def decide(self) -> None:
        """Ctrl+D: the decision wizard for the selected incident."""
        incident_id = self.current_incident_id()
        if self.register is None:
            return
        if incident_id is None:
            self.statusBar().showMessage(_t("Select an incident first."), 5000)
            return
        wizard = DecisionWizard(self.register.decisions, incident_id, self)
        if wizard.exec() and wizard.record is not None:
            self.statusBar().showMessage(_t("Decision recorded."), 5000)
            self._refresh_after_change(incident_id)

    def toggle_hold(self) -> None:
        """Put the selected case on legal hold while a police case is pending, or release it."""
        incident_id = self.current_incident_id()
        if self.register is None or incident_id is None:
            self.statusBar().showMessage(_t("Select an incident first."), 5000)
            return
        held = self.register.incidents.get(incident_id).legal_hold
        question = (
            _t("Release the legal hold? The case can then be deleted after the retention term. Why?")
            if held
            else _t("Keep this case beyond the retention term while a police case is pending. Why?")
        )
        reason = ask_reason(self, _t("Legal hold"), question)
        if reason is None:
            return
        try:
            self.register.retention.set_hold(incident_id, not held, reason)
        except Exception as exc:  # noqa: BLE001 - shown in plain words
            show_error(self, exc)
            return
        self._refresh_after_change(incident_id)

    def make_backup(self) -> None:
        """Ctrl+B: one self-contained encrypted backup file, written off the UI thread."""
        if self.register is None:
            return
        folder = self._gateway.backup_folder(self._settings.backup_folder)
        start = str(folder / backup_name(self.register.clock()))
        path, _ = QFileDialog.getSaveFileName(self, _t("Make a backup"), start, _t("Backups (*.backup)"))
        if not path:
            return
        register = self.register
        self.progress.setVisible(True)
        self._exporter.start(lambda: (register.backup(Path(path)), path)[1])

    def manage_keys(self) -> None:
        """Coordinators and keys."""
        if self.register is None:
            return
        KeysDialog(KeyService(self.register), self.register.audit, self).exec()

    def retention(self) -> None:
        """The purge wizard."""
        if self.register is None:
            return
        self.register.retention.years = self._settings.retention_years
        dialog = RetentionDialog(self.register.retention, self)
        if dialog.exec() and dialog.purged:
            self.statusBar().showMessage(
                _t("%1 case(s) deleted for good.").replace("%1", str(len(dialog.purged))), 8000
            )
            self._refresh_after_change(None)

    def offer_restore(self, secret: str) -> None:
        """The register is damaged: offer the newest automatic backup."""
        backup = self._gateway.newest_backup(self._settings.backup_folder)
        if backup is None:
            return
        answer = QMessageBox.question(
            self,
            _t("Register damaged"),
            _t(
                "The register is damaged. Restore the newest backup (%1)? The damaged files are kept aside."
            ).replace("%1", backup.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._gateway.restore(backup, secret)
        except Exception as exc:  # noqa: BLE001 - shown in plain words
            show_error(self, exc)
            return
        self.unlock_widget.secret.setText(secret)
        self.unlock_widget.try_unlock()

    def export_pdf(self) -> None:
        """Ctrl+E: the selected case as a PDF case file, previewed before saving."""
        incident_id = self.current_incident_id()
        if self.register is None or incident_id is None:
            self.statusBar().showMessage(_t("Select an incident first."), 5000)
            return
        dialog = CaseFileDialog(
            self.register, incident_id, self._settings.language, self._settings.export_folder, self
        )
        if dialog.exec():
            self.statusBar().showMessage(_t("Case file saved."), 5000)
            self._refresh_after_change(incident_id)

    def period_report(self) -> None:
        """Ctrl+R: the anonymous period report."""
        if self.register is None:
            return
        PeriodReportDialog(
            self.register,
            self._settings.language,
            local_today(self.register.clock),
            self._settings.export_folder,
            self,
        ).exec()

    def show_persons(self) -> None:
        """Ctrl+P: everyone in the register, with their incidents and family links."""
        if self.register is None:
            return
        view = PersonsView(self.register.persons, self)
        view.show_incidents_of.connect(
            lambda pid: self.set_person_filter(pid, self.register.persons.get(pid).name)
        )
        view.exec()
        self._refresh_after_change(self.current_incident_id())

    def import_pupils(self) -> None:
        """Ctrl+I: pupil import with a preview."""
        if self.register is None:
            return
        dialog = ImportDialog(self.register.importer, self)
        if dialog.exec() and dialog.result is not None:
            result = dialog.result
            self.statusBar().showMessage(
                _t("Pupils imported: %1 new, %2 updated.")
                .replace("%1", str(len(result.new)))
                .replace("%2", str(len(result.changed))),
                8000,
            )

    def add_evidence(self) -> None:
        """Ctrl+Shift+E: add evidence to the selected case."""
        if self.current_incident_id() is None:
            self.statusBar().showMessage(_t("Select an incident first."), 5000)
            return
        self.tabs.setCurrentWidget(self.evidence_panel)
        if self.evidence_panel.description_only:
            self.evidence_panel.add_description()
        else:
            self.evidence_panel.add_file()
        self._refresh_after_change(self.current_incident_id())

    def correct_case(self) -> None:
        """Ctrl+Shift+C: correct the selected case, with a reason."""
        if self.current_incident_id() is None:
            self.statusBar().showMessage(_t("Select an incident first."), 5000)
            return
        self.tabs.setCurrentWidget(self.case_panel)
        self.case_panel.correct_case()

    def show_actions(self) -> None:
        """Ctrl+Shift+A: open actions over all incidents."""
        if self.register is None:
            return
        view = ActionsView(self.register.decisions, local_today(self.register.clock), self)
        view.exec()
        self._refresh_after_change(self.current_incident_id())

    def close_case(self) -> None:
        """Close the selected case with a rationale (refused while actions are open)."""
        incident_id = self.current_incident_id()
        if self.register is None or incident_id is None:
            self.statusBar().showMessage(_t("Select an incident first."), 5000)
            return
        rationale, ok = QInputDialog.getMultiLineText(
            self, _t("Close case"), _t("Why is this case closed? (required)")
        )
        if not ok:
            return
        try:
            self.register.incidents.set_status(incident_id, Status.CLOSED, rationale)
        except ValidationError as exc:
            message = {
                "actions": _t(
                    "The case cannot be closed yet: every action must be done, or not needed with a reason."
                ),
                "closing_rationale": _t("Write why the case is closed."),
            }.get(exc.field)
            QMessageBox.information(self, _t("Close case"), message or (known_error_text(exc) or ""))
            return
        except Exception as exc:  # noqa: BLE001 - shown in plain words
            show_error(self, exc)
            return
        self.statusBar().showMessage(_t("Case closed."), 5000)
        self._refresh_after_change(incident_id)

    def focus_search(self) -> None:
        """Ctrl+F."""
        self.search.setFocus()
        self.search.selectAll()

    def new_incident(self) -> None:
        """Ctrl+N: the new-incident form."""
        if self.register is None:
            return
        form = IncidentForm(
            self.register.incidents, self.register.persons, local_today(self.register.clock), self
        )
        if form.exec() and form.created is not None:
            created = form.created
            self._refresh_after_change(created.id)
            self.statusBar().showMessage(_t("Incident %1 recorded.").replace("%1", created.case_number), 5000)

    def export_json(self) -> None:
        """Ctrl+E: the AVG export of the whole register, written off the UI thread."""
        if self.register is None:
            return
        start = str(Path(self._settings.export_folder or Path.home()) / "udens-register-export.json")
        path, _ = QFileDialog.getSaveFileName(self, _t("Export register"), start, _t("JSON files (*.json)"))
        if not path:
            return
        register = self.register
        self.progress.setVisible(True)
        self.export_action.setEnabled(False)

        def work() -> str:
            atomic_write(Path(path), register.export_json())
            return path

        self._exporter.start(work)

    def _export_done(self, path: str) -> None:
        self.progress.setVisible(False)
        self.export_action.setEnabled(self.register is not None)
        self.statusBar().showMessage(_t("Exported to %1").replace("%1", path), 8000)

    def _export_failed(self, exc: BaseException) -> None:
        self.progress.setVisible(False)
        self.export_action.setEnabled(self.register is not None)
        show_error(self, exc)

    def edit_settings(self) -> None:
        """The settings dialog."""
        dialog = SettingsDialog(self._settings, self)
        if dialog.exec():
            self._settings = dialog.result_settings
            self.set_idle_minutes(self._settings.idle_lock_minutes)
            if self.register is not None:
                self.register.decisions.policy = self._settings.due_policy()
            if self._settings_store is not None:
                try:
                    self._settings_store.save(self._settings)
                except Exception as exc:  # noqa: BLE001 - shown in plain words
                    show_error(self, exc)

    def show_protocol(self) -> None:
        """F1: the school's Social Media Protocol."""
        dialog = QDialog(self)
        dialog.setWindowTitle(_t("Social Media Protocol"))
        view = QTextBrowser(dialog)
        view.setAccessibleName(_t("Social Media Protocol"))
        path = resources_dir() / "protocol" / "social-media-protocol.nl.txt"
        view.setPlainText(path.read_text(encoding="utf-8") if path.is_file() else "")
        layout = QVBoxLayout(dialog)
        layout.addWidget(view)
        dialog.resize(720, 640)
        dialog.exec()

    def show_about(self) -> None:
        """Help → About."""
        QMessageBox.about(
            self,
            _t("About Udens Register"),
            _t(
                "<h3>Udens Register %1</h3><p>The encrypted register of social-media incidents of the "
                "Udens College, following the school's Social Media Protocol.</p><p>Everything is kept "
                "encrypted on this computer.</p>"
            ).replace("%1", __version__),
        )

    # -- closing ----------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.unlock_widget.shutdown()
        self._loader.wait()
        self._exporter.wait()
        if self.register is not None:
            self.model.clear()
            register, self.register = self.register, None
            try:
                QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                register.automatic_backup(self._gateway.backup_folder(self._settings.backup_folder))
            except Exception as exc:  # noqa: BLE001 - closing must go on; the user is told
                show_error(self, exc)
            finally:
                QApplication.restoreOverrideCursor()
                register.close()
        self.clear_clipboard()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._idle_filter)
        event.accept()
