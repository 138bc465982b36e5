"""Table models over DTOs (never ORM rows), loading lazily with canFetchMore/fetchMore."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QObject
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import Qt

from udens_register.domain.model import IncidentFilter
from udens_register.services.dto import IncidentRow
from udens_register.services.dto import Page
from udens_register.ui.i18n import category_label
from udens_register.ui.i18n import fmt_date
from udens_register.ui.i18n import status_label

PageSource = Callable[[IncidentFilter, "tuple[Any, ...] | None", int], Page]
Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class IncidentTableModel(QAbstractTableModel):
    """The incident list: newest first, fetched a page at a time as the view scrolls."""

    COL_CASE, COL_DATE, COL_TITLE, COL_CATEGORY, COL_STATUS, COL_ACTIONS = range(6)
    COLUMNS = 6
    PAGE = 200

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[IncidentRow] = []
        self._next: tuple[Any, ...] | None = None
        self._source: PageSource | None = None
        self._filter = IncidentFilter()

    # -- feeding ----------------------------------------------------------------------
    def set_source(self, source: PageSource | None, flt: IncidentFilter | None = None) -> None:
        """Where pages come from; ``None`` empties the model."""
        self._source = source
        self._filter = flt or IncidentFilter()

    @property
    def current_filter(self) -> IncidentFilter:
        """The filter the rows were loaded with."""
        return self._filter

    def load_first_page(self, page: Page, flt: IncidentFilter) -> None:
        """Replace all rows with a first page (loaded off the UI thread)."""
        self.beginResetModel()
        self._filter = flt
        self._rows = list(page.rows)
        self._next = page.next_key
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row and the source (on lock)."""
        self.beginResetModel()
        self._rows = []
        self._next = None
        self._source = None
        self._filter = IncidentFilter()
        self.endResetModel()

    def row_at(self, row: int) -> IncidentRow | None:
        """The DTO of ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, incident_id: int) -> int:
        """The row showing ``incident_id``, or -1."""
        for index, item in enumerate(self._rows):
            if item.id == incident_id:
                return index
        return -1

    # -- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._source is not None and self._next is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._source is None:
            return
        page = self._source(self._filter, self._next, self.PAGE)
        if not page.rows:
            self._next = None
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self._next = page.next_key
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.COL_CASE: item.case_number,
                self.COL_DATE: fmt_date(item.reported_at),
                self.COL_TITLE: item.title,
                self.COL_CATEGORY: category_label(item.category),
                self.COL_STATUS: status_label(item.status),
                self.COL_ACTIONS: str(item.open_actions) if item.open_actions else "",
            }.get(col)
        if role == SORT_ROLE:
            return {
                self.COL_CASE: item.case_number,
                self.COL_DATE: item.reported_at.toordinal(),
                self.COL_TITLE: item.title.casefold(),
                self.COL_CATEGORY: category_label(item.category),
                self.COL_STATUS: status_label(item.status),
                self.COL_ACTIONS: item.open_actions,
            }.get(col)
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_TITLE:
            return item.title
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_ACTIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        t = QCoreApplication.translate
        return {
            self.COL_CASE: t("IncidentTableModel", "Case"),
            self.COL_DATE: t("IncidentTableModel", "Date"),
            self.COL_TITLE: t("IncidentTableModel", "Title"),
            self.COL_CATEGORY: t("IncidentTableModel", "Category"),
            self.COL_STATUS: t("IncidentTableModel", "Status"),
            self.COL_ACTIONS: t("IncidentTableModel", "Open actions"),
        }.get(section)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
