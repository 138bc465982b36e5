"""Evidence in the case: intake with metadata, viewing inside the application, saving on request."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QMimeData
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtGui import QDragMoveEvent
from PySide6.QtGui import QDropEvent
from PySide6.QtGui import QIcon
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListView
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from udens_register.domain.errors import RegisterError
from udens_register.ui.date_field import refuse_invalid_dates
from udens_register.ui.decision.images_guard import EvidencePort as GuardPort
from udens_register.ui.decision.images_guard import StoredFilesBox
from udens_register.ui.dialogs import ask_reason
from udens_register.ui.dialogs import button_rows
from udens_register.ui.dialogs import enable_all
from udens_register.ui.dialogs import problem_label
from udens_register.ui.dialogs import save_cancel_buttons
from udens_register.ui.errors import show_error
from udens_register.ui.evidence_intake import EvidenceIntakeDialog
from udens_register.ui.evidence_intake import EvidencePort
from udens_register.ui.evidence_intake import MetaForm
from udens_register.ui.evidence_intake import duration_text
from udens_register.ui.evidence_intake import refusal_text
from udens_register.ui.guard import Guard
from udens_register.ui.i18n import fmt_datetime
from udens_register.ui.inline_errors import FieldProblem
from udens_register.ui.pdf_view import memory_pdf_view

if TYPE_CHECKING:
    from collections.abc import Callable
    from collections.abc import Sequence

    from PySide6.QtPdf import QPdfDocument

    from udens_register.services.dto import EvidenceRow
    from udens_register.services.dto import StoredFile

THUMB_SHOWN = 112  # px of a thumbnail in the evidence list


def _t(text: str) -> str:
    return QCoreApplication.translate("Evidence", text)


__all__ = ["EvidenceIntakeDialog", "EvidencePanel", "EvidencePort", "EvidenceViewer", "refusal_text"]


class EvidenceCorrectionDialog(Guard, QDialog):
    """Correct the metadata of a piece of evidence, with a reason (changed input is not thrown
    away unasked)."""

    def __init__(self, port: EvidencePort, row: EvidenceRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._port = port
        self._row = row
        self.updated: EvidenceRow | None = None
        self.setWindowTitle(_t("Correct evidence details"))
        self.form = MetaForm(row.meta, with_description=row.kind == "description")
        self.reason = QLineEdit()
        self.reason.setAccessibleName(_t("Reason for the correction"))
        self.reason.setPlaceholderText(_t("Why is this corrected? (required)"))
        self.problem = problem_label()
        buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(QLabel(_t("Reason:")))
        layout.addWidget(self.reason)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.fields = FieldProblem(self.problem)
        self.fields.watch("reason", self.reason)
        self.fields.watch("dates", self.form.posted, self.form.posted_unknown, self.form.captured)
        self.guard()

    def snapshot(self, *, for_storage: bool = False) -> dict[str, Any]:
        """The details and the reason as typed."""
        return {
            **super().snapshot(for_storage=for_storage),
            "posted_unknown": self.form.posted_unknown.isChecked(),
        }

    def accept(self) -> None:
        if not refuse_invalid_dates(self, lambda text: self.fields.show("dates", text)):
            return
        if not self.form.refuse_late_post(lambda text, field: self.fields.show("dates", text, field)):
            return
        if not self.reason.text().strip():
            self.fields.show("reason", _t("A correction needs a reason."), self.reason)
            return
        try:
            self.updated = self._port.correct(self._row.id, self.form.meta(), self.reason.text())
        except RegisterError as exc:
            show_error(self, exc)
            return
        super().accept()


DESCRIPTION_SHOWN = 80  # characters of a description on its line in the evidence list


def description_line(description: str, limit: int = DESCRIPTION_SHOWN) -> str:
    """A description on one line of the list: whitespace and line breaks as single spaces and, when
    longer than ``limit``, cut after a whole word with "…" so nobody takes it for the whole text."""
    line = " ".join(description.split())
    if len(line) <= limit:
        return line
    cut = line[: limit + 1].rsplit(" ", 1)[0] if " " in line[:limit] else line[:limit]
    return cut.rstrip(" ,.;:") + "…"


def meta_lines(row: EvidenceRow) -> list[str]:
    """Where and when the evidence was posted and captured, one line each, for a reader."""
    meta = row.meta
    return [
        line
        for line in (
            meta.platform,
            meta.profile,
            _t("posted %1").replace("%1", fmt_datetime(meta.posted_at)) if meta.posted_at else "",
            _t("captured %1").replace("%1", fmt_datetime(meta.captured_at)) if meta.captured_at else "",
            meta.post_url,
        )
        if line
    ]


class DescriptionViewer(QDialog):
    """Evidence recorded as a description: the whole text, with where and when it was seen."""

    def __init__(self, row: EvidenceRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Evidence: description"))
        layout = QVBoxLayout(self)
        about = QLabel("\n".join(meta_lines(row)))
        about.setWordWrap(True)
        about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        about.setVisible(bool(about.text()))
        layout.addWidget(about)
        self.text = QPlainTextEdit(row.meta.description)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(_t("Description"))
        layout.addWidget(self.text, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(640, 420)


class EvidenceViewer(QDialog):
    """Shows the working copy inside the application: no temporary file is ever written."""

    def __init__(self, port: EvidencePort, row: EvidenceRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Evidence: %1").replace("%1", row.filename))
        layout = QVBoxLayout(self)
        info = QLabel(f"SHA-256: {row.sha256}")
        info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        info.setAccessibleName(_t("Fingerprint (SHA-256) of the original"))
        layout.addWidget(info)
        self.document: QPdfDocument | None = None
        if row.is_video:
            # A video is kept byte-exact and never decoded here: save a copy to play it.
            about = QLabel(
                _t("Video, %1 MB, duration %2. Save a copy to play it.")
                .replace("%1", f"{row.size / 1e6:.1f}")
                .replace("%2", duration_text(row.duration_ms))
            )
            about.setWordWrap(True)
            about.setAccessibleName(_t("Evidence"))
            layout.addWidget(about, 1)
        elif row.mime == "application/pdf":
            data = port.content(row.id, "working")
            view, self.document = memory_pdf_view(self, data)
            view.setAccessibleName(_t("Evidence"))
            layout.addWidget(view, 1)
        else:
            pixmap = QPixmap()
            pixmap.loadFromData(port.content(row.id, "working"))  # the one picture on screen
            label = QLabel()
            label.setPixmap(pixmap)
            label.setAccessibleName(_t("Evidence"))
            scroll = QScrollArea()
            scroll.setWidget(label)
            scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(scroll, 1)
            self.pixmap = pixmap
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(900, 700)


class EvidencePanel(QWidget):
    """The evidence tab of the case: list, add, view, save, correct, remove."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.port: EvidencePort | None = None
        self.incident_id: int | None = None
        self.description_only = False
        self.platform = ""  # the case's, offered for new evidence
        self.rows: list[EvidenceRow] = []
        self.list = QListWidget()
        self.list.setAccessibleName(_t("Evidence of this case"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemDoubleClicked.connect(lambda _item: self.view_current())
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #8a1c1c;")
        self.notice.setVisible(False)
        # A flagged case still holding files (from before the flag): each to destroy for good.
        self.past_box: StoredFilesBox | None = None
        self.on_files_destroyed: Callable[[], None] | None = None
        # Thumbnails big enough to tell screenshots apart (they are kept at 320 px), and lines
        # that wrap in the tab's width instead of running off its right edge; the whole line and
        # the post's address are in the tooltip too.
        self.list.setIconSize(QSize(THUMB_SHOWN, THUMB_SHOWN))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setSpacing(2)
        self.setAcceptDrops(True)  # several files or a folder dropped on the tab
        self.list.setAcceptDrops(False)
        self.buttons: dict[str, QPushButton] = {}
        top, bottom = QHBoxLayout(), QHBoxLayout()
        button_rows(
            self.buttons,
            (
                (top, "add", _t("&Add file…"), self.add_file),
                (top, "describe", _t("Add &description…"), self.add_description),
                (bottom, "view", _t("&View"), self.view_current),
                (bottom, "save", _t("Save &as…"), self.save_current),
                (bottom, "correct", _t("Co&rrect…"), self.correct_current),
                (bottom, "remove", _t("Re&move…"), self.remove_current),
            ),
        )
        layout = QVBoxLayout(self)
        self._layout = layout
        layout.addWidget(self.notice)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)
        self.clear()

    def clear(self) -> None:
        """Forget the case (on lock or when nothing is selected)."""
        self.port = None
        self.incident_id = None
        self.rows = []
        self.list.clear()
        self.notice.setVisible(False)
        self._show_past(None, 0, ())
        enable_all(self.buttons, False)

    def show_incident(
        self,
        port: EvidencePort,
        incident_id: int,
        *,
        sexual_images_minor: bool,
        platform: str = "",
        rows: Sequence[EvidenceRow] | None = None,
        thumbnails: dict[int, bytes] | None = None,
        images_to_destroy: tuple[StoredFile, ...] = (),
        guard: GuardPort | None = None,
    ) -> None:
        """Show the evidence of ``incident_id`` (from ``rows`` and ``thumbnails`` when the caller
        loaded them already, as the case pane does off the UI thread); ``images_to_destroy``: the
        files a flagged case still holds, shown in red with their destroy buttons (``guard``)."""
        self.port = port
        self.incident_id = incident_id
        self.description_only = sexual_images_minor
        self.platform = platform
        self.notice.setText(refusal_text("sexual_images"))
        self.notice.setVisible(sexual_images_minor)
        self._show_past(guard, incident_id, images_to_destroy if sexual_images_minor else ())
        if rows is None or thumbnails is None:
            self.refresh()
        else:
            self._render(list(rows), thumbnails)

    def _show_past(self, guard: GuardPort | None, incident_id: int, files: tuple[StoredFile, ...]) -> None:
        if self.past_box is not None:
            self._layout.removeWidget(self.past_box)
            self.past_box.deleteLater()
            self.past_box = None
        if guard is None or not files:
            return
        intro = QCoreApplication.translate(
            "Evidence",
            "This case concerns sexual images of a minor, yet %n file(s) of it are still stored in the "
            "register (kept from before the case was flagged, or brought in by an import or an old "
            "backup). Keeping them is itself an offence: destroy each for good. Its SHA-256, size, "
            "platform and a description are kept, with the reason.",
            "",
            len(files),
        )
        self.past_box = StoredFilesBox(guard, incident_id, intro, files, all_button=True)
        self.past_box.setTitle(
            QCoreApplication.translate("Evidence", "%n stored file(s) to destroy", "", len(files))
        )
        self.past_box.setAccessibleName(self.past_box.title())
        self.past_box.changed.connect(self._past_destroyed)
        self._layout.insertWidget(0, self.past_box)

    def _past_destroyed(self) -> None:
        """Files were destroyed: the list shows them destroyed; the backups holding them are named."""
        self.refresh()
        if self.on_files_destroyed is not None:
            self.on_files_destroyed()

    def refresh(self) -> None:
        """Reload the list (after a change made in this panel)."""
        if self.port is None or self.incident_id is None:
            return
        self._render(self.port.list(self.incident_id), self.port.thumbnails(self.incident_id))

    def _render(self, rows: list[EvidenceRow], thumbnails: dict[int, bytes]) -> None:
        self.rows = rows
        self.list.clear()
        for row in self.rows:
            if row.kind == "description":
                text = _t("Description: %1").replace("%1", description_line(row.meta.description))
            else:
                text = f"{row.filename} — {row.size // 1024 or 1} kB — SHA-256 {row.sha256[:16]}…"
                if row.is_video:
                    text += " — " + _t("video, %1").replace("%1", duration_text(row.duration_ms))
            extra = ", ".join(
                x
                for x in (
                    row.meta.platform,
                    row.meta.profile,
                    _t("posted %1").replace("%1", fmt_datetime(row.meta.posted_at))
                    if row.meta.posted_at
                    else "",
                    _t("captured %1").replace("%1", fmt_datetime(row.meta.captured_at))
                    if row.meta.captured_at
                    else "",
                )
                if x
            )
            if extra:
                text += f"\n    {extra}"
            if row.removed_at:
                text = _t("[removed: %1] ").replace("%1", row.removed_reason) + text
            # A line may break after "_" too (a long @handle or file name has no spaces).
            item = QListWidgetItem(text.replace("_", "_\u200b"))
            whole = row.meta.description if row.kind == "description" else ""  # the tooltip: all of it
            item.setToolTip(
                "<br>".join(
                    html.escape(t) for t in (*text.split("\n"), whole, row.meta.post_url) if t.strip()
                )
            )
            if row.id in thumbnails and not row.removed_at:
                thumb = QPixmap()
                thumb.loadFromData(thumbnails[row.id])
                item.setIcon(QIcon(thumb))
            if row.removed_at:
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
            self.list.addItem(item)
        self.buttons["add"].setEnabled(not self.description_only)
        self.buttons["describe"].setEnabled(True)
        for key in ("view", "save", "correct", "remove"):
            self.buttons[key].setEnabled(bool(self.rows))
        # Sexual images of a minor are never copied out of the register (the service refuses too).
        self.buttons["save"].setEnabled(bool(self.rows) and not self.description_only)

    def current(self) -> EvidenceRow | None:
        """The selected evidence."""
        index = self.list.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def add_file(self, path: Path | None = None) -> EvidenceRow | None:
        """Add a file with its metadata."""
        return self.add_files([path] if path is not None else [])

    def add_files(self, paths: Sequence[Path]) -> EvidenceRow | None:
        """Add files (or a folder's files) sharing the details typed once; the last one kept."""
        if self.port is None or self.incident_id is None:
            return None
        dialog = EvidenceIntakeDialog(self.port, self.incident_id, platform=self.platform, parent=self)
        if paths:
            dialog.set_paths(paths)
        dialog.exec()
        if dialog.results:
            self.refresh()
        return dialog.added

    def _drag(self, event: QDragEnterEvent | QDragMoveEvent) -> None:
        if self._dropped(event.mimeData()) and not self.description_only and self.port is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped(event.mimeData())
        if not paths or self.description_only or self.port is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # Open the dialog after the drop has finished, so the source application is let go.
        QTimer.singleShot(0, self, lambda: self.add_files(paths))

    @staticmethod
    def _dropped(data: QMimeData) -> list[Path]:
        if not data.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in data.urls() if u.isLocalFile()]

    def add_description(self) -> None:
        """Record evidence as a description only."""
        if self.port is None or self.incident_id is None:
            return
        dialog = EvidenceIntakeDialog(
            self.port, self.incident_id, description_only=True, platform=self.platform, parent=self
        )
        if dialog.exec():
            self.refresh()

    def view_current(self) -> None:
        """Show the selected file inside the application, or the whole of a description."""
        row = self.current()
        if self.port is None or row is None:
            return
        if row.kind == "description":
            DescriptionViewer(row, self).exec()
            return
        if self._destroyed(row):
            return
        EvidenceViewer(self.port, row, self).exec()

    def _destroyed(self, row: EvidenceRow) -> bool:
        """A destroyed file has no bytes left to show or save: said so, in one line."""
        if row.destroyed_at is None:
            return False
        QMessageBox.information(
            self,
            _t("Evidence"),
            _t("This file was destroyed for good; only its SHA-256, size and description are kept."),
        )
        return True

    def save_current(self) -> None:
        """Save the original to a chosen file (recorded in the timeline)."""
        from udens_register.services.evidence import EvidenceRefused  # noqa: PLC0415 - loaded when it is used, not for the unlock window

        row = self.current()
        if self.port is None or row is None or row.kind != "file" or self._destroyed(row):
            return
        path, _ = QFileDialog.getSaveFileName(self, _t("Save evidence as"), row.filename)
        if not path:
            return
        try:
            self.port.save_to(row.id, Path(path))
        except EvidenceRefused as exc:  # a file of a case about sexual images of a minor
            QMessageBox.warning(self, _t("Save evidence as"), refusal_text(exc.reason))
            return
        except RegisterError as exc:
            show_error(self, exc)
            return
        QMessageBox.information(
            self,
            _t("Evidence saved"),
            _t("The original was saved. Keep the copy safe; saving it is recorded in the case."),
        )

    def correct_current(self) -> None:
        """Correct the metadata with a reason."""
        row = self.current()
        if self.port is None or row is None:
            return
        if EvidenceCorrectionDialog(self.port, row, self).exec():
            self.refresh()

    def remove_current(self) -> None:
        """Take the evidence out of the case, with a reason."""
        row = self.current()
        if self.port is None or row is None or row.removed_at:
            return
        reason = ask_reason(
            self,
            _t("Remove evidence"),
            _t("Why is this evidence removed from the case? It stays visible in the history."),
        )
        if reason is None:
            return
        try:
            self.port.remove(row.id, reason)
        except RegisterError as exc:
            show_error(self, exc)
            return
        self.refresh()
