"""Sizes, dates and file types in Qt's file dialog in the interface language, on every platform.

Qt's file list (``QFileSystemModel``) writes sizes and dates in the *system* locale
(``QLocale.system()``: a Dutch interface on an English Windows showed ``12.06 KiB`` and
``1/12/2026``; Linux with ``LANG=C`` even ``1 12 2026``), not in the default locale that
``--lang`` sets, and takes the type of a file from the MIME database, which on Windows (Qt's
built-in copy) has English words only (``Portable Network Graphics``, ``text/plain``).

The application uses Qt's static dialogs only (see :mod:`udens_register.ui.privacy`), so one
application-wide filter gives every file dialog, when it is first shown, a proxy of its list
that writes those three columns with ``QLocale()``: ``12,3 kB``, ``01-12-2026 22:14``,
``PNG-bestand`` in Dutch; ``12.3 kB``, ``01/12/2026 22:14``, ``PNG file`` in English. Folders
keep Qt's own type word (Dutch from :mod:`udens_register.ui.qt_words`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QEvent
from PySide6.QtCore import QIdentityProxyModel
from PySide6.QtCore import QLocale
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QObject
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QFileSystemModel
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QTreeView

SIZE, TYPE, DATE = 1, 2, 3  # QFileSystemModel's columns after the name


def _t(text: str) -> str:
    return QCoreApplication.translate("FileDialogTexts", text)


def size_text(size: int) -> str:
    """A file's size as people read it (1000-based, one decimal): ``12,3 kB`` in Dutch."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def type_text(suffix: str) -> str:
    """A file's type from its extension, as Windows Explorer says it: ``PNG-bestand``."""
    return _t("%1 file").replace("%1", suffix.upper()) if suffix else _t("File")


class LocalFileTexts(QIdentityProxyModel):
    """The dialog's list, with size, type and date of files written in ``QLocale()``."""

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        source = self.sourceModel()
        if role != Qt.ItemDataRole.DisplayRole or index.column() not in (SIZE, TYPE, DATE):
            return super().data(index, role)
        if not isinstance(source, QFileSystemModel):
            return super().data(index, role)
        info = source.fileInfo(self.mapToSource(index))
        if index.column() == DATE:
            modified = info.lastModified()
            return QLocale().toString(modified, QLocale.FormatType.ShortFormat) if modified.isValid() else ""
        if not info.isFile():  # folders and drives: Qt's own words (no size)
            return super().data(index, role)
        return size_text(info.size()) if index.column() == SIZE else type_text(info.suffix())


class FileDialogTexts(QObject):
    """Installed once on the application: each file dialog gets a :class:`LocalFileTexts` list
    the first time it is shown (before it is painted)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QFileDialog):
            if not isinstance(watched.proxyModel(), LocalFileTexts):
                watched.setProxyModel(LocalFileTexts(watched))
                _whole_columns(watched)
        return False


def _whole_columns(dialog: QFileDialog) -> None:
    """Size, type and date as wide as their texts (Qt's default widths cut ``PNG-bestand`` and
    the date to ``PN…nd`` and ``01-12-…``); the name takes the rest of the width."""
    view = dialog.findChild(QTreeView, "treeView")
    if view is None:
        return
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in (SIZE, TYPE, DATE):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def localise_file_dialogs(app: QCoreApplication) -> FileDialogTexts:
    """Install the filter on ``app``; returns it (parented to ``app``, so it lives as long)."""
    texts = FileDialogTexts(app)
    app.installEventFilter(texts)
    return texts


__all__ = ["FileDialogTexts", "LocalFileTexts", "localise_file_dialogs", "size_text", "type_text"]
