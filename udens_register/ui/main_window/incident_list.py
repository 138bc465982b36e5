"""The incident list with its search and filters: pages loaded off the UI thread, and the
selected incident announced by signal (``incident_selected`` / ``selection_cleared``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QProgressBar
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QToolButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from udens_register.domain.enums import Category
from udens_register.domain.enums import Platform
from udens_register.domain.enums import Role
from udens_register.domain.enums import Status
from udens_register.domain.model import IncidentFilter
from udens_register.ui.dialogs import OptionalDate
from udens_register.ui.i18n import category_label
from udens_register.ui.i18n import role_label
from udens_register.ui.i18n import status_label
from udens_register.ui.icons import icon
from udens_register.ui.models import ID_ROLE
from udens_register.ui.models import SORT_ROLE
from udens_register.ui.models import IncidentTableModel
from udens_register.ui.models import SnippetDelegate
from udens_register.ui.signals import emit
from udens_register.ui.signals import without_arguments
from udens_register.ui.workers import Worker

if TYPE_CHECKING:
    from datetime import date

    from udens_register.services.dto import Page
    from udens_register.services.incidents import IncidentService


AWAITING_REVIEW = "awaiting_review"  # the status filter's entry *Wacht op beoordeling*


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class IncidentList(QWidget):
    """Search, filters and the table of incidents."""

    incident_selected = Signal(int)
    selection_cleared = Signal()
    failed = Signal(object)

    def __init__(self, today: date, progress: QProgressBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._incidents: IncidentService | None = None
        self._progress = progress
        self._pending_select: int | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(_t("Search case number, title or description (Ctrl+F)"))
        self.search.setAccessibleName(_t("Search incidents"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(_t("Filter by status"))
        self.status_filter.addItem(_t("All statuses"), None)
        for status in Status:
            self.status_filter.addItem(status_label(status.value), status.value)
        # Not a status but the question the director's loop asks of the list: which case files
        # went to the director without a review coming back?
        self.status_filter.insertSeparator(self.status_filter.count())
        self.status_filter.addItem(_t("Awaiting review"), AWAITING_REVIEW)
        self.status_filter.setItemData(
            self.status_filter.count() - 1,
            _t("A directie case file was issued and no review of the director was recorded after it."),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.category_filter = QComboBox()
        self.category_filter.setAccessibleName(_t("Filter by category"))
        self.category_filter.addItem(_t("All categories"), None)
        for cat in Category:
            self.category_filter.addItem(category_label(cat.value), cat.value)
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
        self.role_filter = QComboBox()
        self.role_filter.setAccessibleName(_t("Filter by role"))
        self.role_filter.addItem(_t("All roles"), None)
        for role in Role:
            self.role_filter.addItem(role_label(role.value), role.value)
        self.from_filter = OptionalDate(_t("From"), None, today.replace(month=1, day=1))
        self.to_filter = OptionalDate(_t("To"), None, today)
        self.class_filter = QLineEdit()
        self.class_filter.setPlaceholderText(_t("Class, e.g. 2H1"))
        self.class_filter.setAccessibleName(_t("Filter by class"))
        self.class_filter.setMaximumWidth(110)
        self.person_filter_id: int | None = None
        self.person_chip = QPushButton()
        self.person_chip.setAccessibleName(_t("Remove the person filter"))
        self.person_chip.setVisible(False)
        self.advanced = QWidget()
        adv = QHBoxLayout(self.advanced)
        adv.setContentsMargins(0, 0, 0, 0)
        for widget in (self.platform_filter, self.role_filter, QLabel(_t("From:")), self.from_filter, QLabel(_t("To:")),
                       self.to_filter, self.class_filter, self.person_chip):  # fmt: skip
            adv.addWidget(widget)
        adv.addStretch(1)
        self.advanced.setVisible(False)

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
        # The title takes what is left; the category is cut short (its full words in the tooltip
        # and the case pane) rather than the title.
        header.resizeSection(IncidentTableModel.COL_CATEGORY, 150)
        header.setMinimumSectionSize(60)
        # Why a search found each case: the matching words in bold, beside the title, shown only
        # while searching (the category makes way for it).
        self.table.setItemDelegateForColumn(IncidentTableModel.COL_MATCH, SnippetDelegate(self.table))
        header.setSectionResizeMode(IncidentTableModel.COL_MATCH, QHeaderView.ResizeMode.Stretch)
        header.moveSection(header.visualIndex(IncidentTableModel.COL_MATCH), IncidentTableModel.COL_TITLE + 1)
        self.table.setColumnHidden(IncidentTableModel.COL_MATCH, True)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 4)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.category_filter, 2)
        filters.addWidget(self.more_filters)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.advanced)
        layout.addWidget(self.table, 1)
        # The empty register says where to start; an empty filter result says so too.
        self.empty_hint = QLabel()
        self.empty_hint.setAccessibleName(_t("Where to start"))
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setTextFormat(Qt.TextFormat.RichText)
        self.empty_hint.setStyleSheet("color: #444; padding: 24px;")
        self.empty_hint.setVisible(False)
        layout.addWidget(self.empty_hint, 1)
        self.setTabOrder(self.search, self.status_filter)
        self.setTabOrder(self.status_filter, self.category_filter)
        self.setTabOrder(self.category_filter, self.table)

        self._loader = Worker(self)
        self._loader.done.connect(self._page_loaded)
        self._loader.failed.connect(self._load_failed)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        # reload(select=None): a filter's index, tick or date is not an incident to select.
        refilter = without_arguments(self.reload)
        self._search_timer.timeout.connect(refilter)
        self.search.textChanged.connect(without_arguments(self._search_timer.start))
        self.class_filter.textChanged.connect(without_arguments(self._search_timer.start))
        for combo in (self.status_filter, self.category_filter, self.platform_filter, self.role_filter):
            combo.currentIndexChanged.connect(refilter)
        for optional in (self.from_filter, self.to_filter):
            optional.known.toggled.connect(refilter)
            optional.edit.dateChanged.connect(refilter)
        self.more_filters.toggled.connect(self.advanced.setVisible)
        self.person_chip.clicked.connect(self._clear_person_filter)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

    # -- the register ---------------------------------------------------------------
    def set_incidents(self, incidents: IncidentService | None) -> None:
        """Show the incidents of an unlocked register, or forget them (on lock)."""
        self._incidents = incidents
        if incidents is None:
            self._search_timer.stop()
            self._loader.wait()
            self.model.clear()
            self.person_filter_id = None
            self.person_chip.setVisible(False)
            self.class_filter.clear()
            self.search.clear()
            self.count_label.clear()
            self.empty_hint.setVisible(False)
            self.table.setVisible(True)
            return
        self.model.set_source(incidents.page)
        self.reload()

    def wait(self) -> None:
        """Block until a running page load has finished (lock and close)."""
        self._search_timer.stop()
        self._loader.wait()

    # -- filters ----------------------------------------------------------------------
    def current_filter(self) -> IncidentFilter:
        """The filter the controls describe."""
        status = self.status_filter.currentData()
        return IncidentFilter(
            status=None if status == AWAITING_REVIEW else status,
            awaiting_review=status == AWAITING_REVIEW,
            category=self.category_filter.currentData(),
            text=self.search.text().strip(),
            platform=self.platform_filter.currentData(),
            date_from=self.from_filter.value(),
            date_to=self.to_filter.value(),
            class_name=self.class_filter.text().strip() or None,
            person_id=self.person_filter_id,
            role=self.role_filter.currentData(),
        )

    def set_person_filter(self, person_id: int | None, name: str) -> None:
        """Show only the incidents of one person (from the persons view), or all again."""
        self.person_filter_id = person_id
        self.person_chip.setText(_t("Person: %1 ✕").replace("%1", name))
        self.person_chip.setVisible(person_id is not None)
        if person_id is not None:
            self.more_filters.setChecked(True)
        self.reload()

    def _clear_person_filter(self) -> None:
        self.set_person_filter(None, "")

    def focus_search(self) -> None:
        """Ctrl+F."""
        self.search.setFocus()
        self.search.selectAll()

    # -- loading ----------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        """Load the first page for the current filter off the UI thread; select ``select`` after."""
        if select is not None:
            self._pending_select = select
        incidents = self._incidents
        if incidents is None:
            return
        flt = self.current_filter()
        self._progress.setVisible(True)
        self._loader.start(lambda: (flt, incidents.page(flt), incidents.count(flt)))

    def _page_loaded(self, result: tuple[IncidentFilter, Page, int]) -> None:
        self._progress.setVisible(False)
        if self._incidents is None:
            return
        flt, page, count = result
        if flt != self.current_filter():
            return  # a newer search is on its way
        self.model.set_source(self._incidents.page, flt)
        self.model.load_first_page(page, flt)
        self.table.setColumnHidden(IncidentTableModel.COL_MATCH, not flt.text)
        self.table.setColumnHidden(IncidentTableModel.COL_CATEGORY, bool(flt.text))
        self.count_label.setText(QCoreApplication.translate("MainWindow", "%n incident(s)", "", count))
        self._show_empty_hint(count == 0, flt)
        emit(self.selection_cleared)
        if self._pending_select is not None:
            self.select_incident(self._pending_select)
            self._pending_select = None

    def _show_empty_hint(self, empty: bool, flt: IncidentFilter) -> None:
        if not empty:
            self.empty_hint.setVisible(False)
            self.table.setVisible(True)
            return
        if flt == IncidentFilter():
            self.empty_hint.setText(
                "<h3>" + _t("No incidents recorded yet") + "</h3><p>"
                + _t("Record a report with <b>Ctrl+N</b> (<i>File → New incident</i>).") + "</p><p>"
                + _t("Tip: import the pupils first with <b>Ctrl+I</b> (a CSV export from Magister, "
                     "Somtoday or ParnasSys), so you can choose them by name.") + "</p><p>"
                + _t("The Social Media Protocol is always at hand with <b>F1</b>.") + "</p>"
            )  # fmt: skip
        else:
            self.empty_hint.setText(_t("No incident matches this search or filter."))
        self.table.setVisible(False)
        self.empty_hint.setVisible(True)

    def _load_failed(self, exc: BaseException) -> None:
        self._progress.setVisible(False)
        emit(self.failed, exc)

    # -- selection --------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex | QPersistentModelIndex, _previous: object) -> None:
        incident_id = self.proxy.data(current, ID_ROLE) if current.isValid() else None
        if self._incidents is None or incident_id is None:
            emit(self.selection_cleared)
        else:
            emit(self.incident_selected, int(incident_id))

    def select_incident(self, incident_id: int) -> None:
        """Select ``incident_id`` in the list if it is loaded."""
        row = self.model.row_of(incident_id)
        if row >= 0:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    def show_case(self, incident_id: int, case_number: str) -> None:
        """Select a case; one the list does not hold now (filtered away, or further down) is looked
        up by its number with every other filter off, then selected."""
        if self.model.row_of(incident_id) >= 0:
            self.select_incident(incident_id)
            return
        self._pending_select = incident_id
        combos = (self.status_filter, self.category_filter, self.platform_filter, self.role_filter)
        quiet = (*combos, self.search, self.class_filter, self.from_filter.known, self.to_filter.known)
        for widget in quiet:  # one reload for all the changes, not one for each
            widget.blockSignals(True)
        try:
            for combo in combos:
                combo.setCurrentIndex(0)
            self.class_filter.clear()
            self.from_filter.set_value(None)
            self.to_filter.set_value(None)
            self.search.setText(case_number)
        finally:
            for widget in quiet:
                widget.blockSignals(False)
        self.person_filter_id = None
        self.person_chip.setVisible(False)
        self.reload()

    def current_incident_id(self) -> int | None:
        """The selected incident, if any."""
        index = self.table.currentIndex()
        value = self.proxy.data(index, ID_ROLE) if index.isValid() else None
        return int(value) if value is not None else None
