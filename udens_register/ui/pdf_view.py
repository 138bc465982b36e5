"""A PDF shown from bytes in memory: no temporary file ever holds a case file or evidence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer
from PySide6.QtCore import QByteArray
from PySide6.QtCore import QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def memory_pdf_view(owner: QWidget, data: bytes) -> tuple[QPdfView, QPdfDocument]:
    """A scrolling view of every page of ``data`` and its document.

    The buffer, the document and the view all belong to ``owner`` and are made in that order,
    so Qt destroys the buffer only after nothing reads from it any more.
    """
    buffer = QBuffer(owner)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(owner)
    document.load(buffer)
    view = QPdfView(owner)
    view.setDocument(document)
    view.setPageMode(QPdfView.PageMode.MultiPage)
    return view, document
