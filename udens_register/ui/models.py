"""Table models over DTOs (never ORM rows), loading lazily with canFetchMore/fetchMore."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QObject
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import Qt
from PySide6.QtGui import QAbstractTextDocumentLayout
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPalette
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QStyle
from PySide6.QtWidgets import QStyledItemDelegate
from PySide6.QtWidgets import QStyleOptionViewItem

from udens_register.domain.model import IncidentFilter
from udens_register.services.dto import MATCH_END
from udens_register.services.dto import MATCH_START
from udens_register.services.dto import IncidentRow
from udens_register.services.dto import Page
from udens_register.ui.i18n import category_label
from udens_register.ui.i18n import fmt_date
from udens_register.ui.i18n import status_label

PageSource = Callable[[IncidentFilter, "tuple[Any, ...] | None", int], Page]
Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 3  # the matching words as HTML, marked in bold


def plain_snippet(snippet: str) -> str:
    """A search snippet without its marks."""
    return snippet.replace(MATCH_START, "").replace(MATCH_END, "")


def snippet_html(snippet: str) -> str:
    """A search snippet as HTML: every word escaped, the matching ones in bold."""
    return html.escape(snippet).replace(MATCH_START, "<b>").replace(MATCH_END, "</b>")


class IncidentTableModel(QAbstractTableModel):
    """The incident list: newest first, fetched a page at a time as the view scrolls."""

    COL_CASE, COL_DATE, COL_TITLE, COL_CATEGORY, COL_STATUS, COL_ACTIONS, COL_MATCH = range(7)
    COLUMNS = 7
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
                self.COL_MATCH: plain_snippet(item.snippet),
            }.get(col)
        if role == SNIPPET_ROLE:
            return snippet_html(item.snippet)
        if role == SORT_ROLE:
            return {
                self.COL_CASE: item.case_number,
                self.COL_DATE: item.reported_at.toordinal(),
                self.COL_TITLE: item.title.casefold(),
                self.COL_CATEGORY: category_label(item.category),
                self.COL_STATUS: status_label(item.status),
                self.COL_ACTIONS: item.open_actions,
                self.COL_MATCH: plain_snippet(item.snippet),
            }.get(col)
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole title and category however narrow the columns, and why a search found the case.
            tip = f"<b>{html.escape(item.case_number)}</b> — {html.escape(item.title)}"
            tip += f"<br><i>{html.escape(category_label(item.category))}</i>"
            if item.snippet:
                found = QCoreApplication.translate("IncidentTableModel", "Found: %1")
                tip += "<br>" + found.replace("%1", snippet_html(item.snippet))
            return tip
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
            self.COL_MATCH: t("IncidentTableModel", "Found"),
        }.get(section)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class SnippetDelegate(QStyledItemDelegate):
    """Draws a search snippet with the matching words in bold (from :data:`SNIPPET_ROLE`)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""
        style = options.widget.style() if options.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget)
        doc = QTextDocument()
        doc.setDefaultFont(options.font)
        doc.setDocumentMargin(2)
        doc.setHtml(str(index.data(SNIPPET_ROLE) or ""))
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, options, options.widget)
        painter.save()
        painter.setClipRect(text_rect)
        painter.translate(
            text_rect.left(), text_rect.top() + max(0, (text_rect.height() - doc.size().height()) / 2)
        )
        context = QAbstractTextDocumentLayout.PaintContext()
        if options.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text, options.palette.color(QPalette.ColorRole.HighlightedText)
            )
        doc.documentLayout().draw(painter, context)
        painter.restore()
