"""Evidence in the case: intake with metadata, viewing inside the application, saving on request."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import UTC
from datetime import datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QDateTime
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtGui import QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from udens_register.domain.errors import RegisterError
from udens_register.domain.errors import ValidationError
from udens_register.services.dto import EvidenceMeta
from udens_register.services.dto import EvidenceRow
from udens_register.ui.date_field import DateField
from udens_register.ui.date_field import refuse_invalid_dates
from udens_register.ui.dialogs import ask_reason
from udens_register.ui.dialogs import button_rows
from udens_register.ui.dialogs import problem_label
from udens_register.ui.errors import known_error_text
from udens_register.ui.errors import show_error
from udens_register.ui.i18n import fmt_datetime
from udens_register.ui.i18n import words
from udens_register.ui.pdf_view import memory_pdf_view
from udens_register.wording import has_label

MAX_BYTES = 25 * 1024 * 1024


class EvidencePort(Protocol):
    """What the evidence screens need of the evidence service."""

    def intake(self, incident_id: int, filename: str, data: bytes, meta: EvidenceMeta) -> EvidenceRow: ...
    def describe(self, incident_id: int, meta: EvidenceMeta) -> EvidenceRow: ...
    def list(self, incident_id: int, *, include_removed: bool = True) -> list[EvidenceRow]: ...
    def content(self, evidence_id: int, which: str = "working") -> bytes: ...
    def thumbnails(self, incident_id: int) -> dict[int, bytes]: ...
    def save_to(self, evidence_id: int, path: Path) -> str: ...
    def correct(self, evidence_id: int, meta: EvidenceMeta, reason: str) -> EvidenceRow: ...
    def remove(self, evidence_id: int, reason: str) -> EvidenceRow: ...


def _t(text: str) -> str:
    return QCoreApplication.translate("Evidence", text)


def refusal_text(reason: str, exc: BaseException | None = None) -> str:
    """Plain words for a refused file (``reason`` as :class:`EvidenceRefused` gives it)."""
    if has_label("evidence_refused", reason):
        return words("evidence_refused", reason)
    return (known_error_text(exc) if exc else None) or _t("The file could not be kept.")


class _MetaForm(QWidget):
    """The metadata fields of a piece of evidence."""

    def __init__(self, meta: EvidenceMeta, with_description: bool) -> None:
        super().__init__()
        self.platform = QLineEdit(meta.platform)
        self.platform.setAccessibleName(_t("Platform"))
        self.post_url = QLineEdit(meta.post_url)
        self.post_url.setAccessibleName(_t("Post URL"))
        self.post_url.setPlaceholderText("https://…")
        self.profile = QLineEdit(meta.profile)
        self.profile.setAccessibleName(_t("Profile URL or handle"))
        self.posted = DateField(with_time=True)
        self.posted.setAccessibleName(_t("Time of the post"))
        self.posted_known = QPushButton(_t("Unknown"))
        self.posted_known.setCheckable(True)
        self.posted_known.setAccessibleName(_t("Time of the post unknown"))
        if meta.posted_at:
            self.posted.setDateTime(QDateTime.fromSecsSinceEpoch(int(meta.posted_at.timestamp())))
        else:
            self.posted.setDateTime(QDateTime.currentDateTime())
            self.posted_known.setChecked(True)
        self.posted_known.toggled.connect(lambda on: self.posted.setEnabled(not on))
        self.posted.setEnabled(not self.posted_known.isChecked())
        self.captured_by = QLineEdit(meta.captured_by)
        self.captured_by.setAccessibleName(_t("Captured by"))
        self.captured_by.setPlaceholderText(_t("you, unless someone else made the screenshot"))
        self.description = QPlainTextEdit(meta.description)
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(90)
        self.description.setAccessibleName(_t("Description"))
        self._captured_at = meta.captured_at
        posted_row = QHBoxLayout()
        posted_row.addWidget(self.posted, 1)
        posted_row.addWidget(self.posted_known)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(_t("Platform:"), self.platform)
        form.addRow(_t("Post URL:"), self.post_url)
        form.addRow(_t("Profile URL or handle:"), self.profile)
        form.addRow(_t("Time of the post:"), posted_row)
        form.addRow(_t("Captured by:"), self.captured_by)
        form.addRow(_t("Description:") if with_description else _t("Note:"), self.description)

    def meta(self) -> EvidenceMeta:
        """The entered metadata."""
        posted = None
        if not self.posted_known.isChecked():
            posted = datetime.fromtimestamp(self.posted.dateTime().toSecsSinceEpoch(), UTC)
        return EvidenceMeta(
            platform=self.platform.text().strip(),
            post_url=self.post_url.text().strip(),
            profile=self.profile.text().strip(),
            posted_at=posted,
            captured_at=self._captured_at,
            captured_by=self.captured_by.text().strip(),
            description=self.description.toPlainText().strip(),
        )


class EvidenceIntakeDialog(QDialog):
    """Add a file (PNG, JPEG, PDF) or, where files may not be kept, a description."""

    def __init__(
        self,
        port: EvidencePort,
        incident_id: int,
        *,
        description_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._port = port
        self._incident_id = incident_id
        self.description_only = description_only
        self.added: EvidenceRow | None = None
        self.path: Path | None = None
        self.setWindowTitle(
            _t("Record a description of evidence") if description_only else _t("Add evidence")
        )
        layout = QVBoxLayout(self)
        if description_only:
            note = QLabel(
                _t("Describe what the evidence shows, where it was seen and who saw it. No file is stored.")
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        else:
            row = QHBoxLayout()
            self.file_label = QLabel(_t("No file chosen"))
            self.file_label.setAccessibleName(_t("Chosen file"))
            choose = QPushButton(_t("&Choose file…"))
            choose.setAccessibleName(_t("Choose file"))
            choose.clicked.connect(self.choose)
            row.addWidget(self.file_label, 1)
            row.addWidget(choose)
            layout.addLayout(row)
        self.form = _MetaForm(EvidenceMeta(), with_description=description_only)
        layout.addWidget(self.form)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setAccessibleName(_t("Problem"))
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 0)

    def choose(self) -> None:
        """Pick a file."""
        path, _ = QFileDialog.getOpenFileName(
            self, _t("Choose evidence"), "", _t("Screenshots and documents (*.png *.jpg *.jpeg *.pdf)")
        )
        if path:
            self.set_path(Path(path))

    def set_path(self, path: Path) -> None:
        """Use ``path`` as the file to add."""
        self.path = path
        self.file_label.setText(path.name)

    def accept(self) -> None:
        if not refuse_invalid_dates(self, self.problem.setText):
            return
        try:
            if self.description_only:
                self.added = self._port.describe(self._incident_id, self.form.meta())
            else:
                if self.path is None:
                    self.problem.setText(_t("Choose a file first."))
                    return
                if self.path.stat().st_size > MAX_BYTES:
                    self.problem.setText(refusal_text("size"))
                    return
                data = self.path.read_bytes()
                self.added = self._port.intake(self._incident_id, self.path.name, data, self.form.meta())
        except ValidationError as exc:
            if exc.field == "description":
                self.problem.setText(_t("Write a description."))
            else:
                self.problem.setText(refusal_text(getattr(exc, "reason", ""), exc))
            return
        except OSError:
            self.problem.setText(_t("The file could not be read."))
            return
        except RegisterError as exc:
            show_error(self, exc)
            return
        super().accept()


class EvidenceCorrectionDialog(QDialog):
    """Correct the metadata of a piece of evidence, with a reason."""

    def __init__(self, port: EvidencePort, row: EvidenceRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._port = port
        self._row = row
        self.updated: EvidenceRow | None = None
        self.setWindowTitle(_t("Correct evidence details"))
        self.form = _MetaForm(row.meta, with_description=row.kind == "description")
        self.reason = QLineEdit()
        self.reason.setAccessibleName(_t("Reason for the correction"))
        self.reason.setPlaceholderText(_t("Why is this corrected? (required)"))
        self.problem = problem_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(QLabel(_t("Reason:")))
        layout.addWidget(self.reason)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if not refuse_invalid_dates(self, self.problem.setText):
            return
        if not self.reason.text().strip():
            self.problem.setText(_t("A correction needs a reason."))
            self.reason.setFocus()
            return
        try:
            self.updated = self._port.correct(self._row.id, self.form.meta(), self.reason.text())
        except RegisterError as exc:
            show_error(self, exc)
            return
        super().accept()


class EvidenceViewer(QDialog):
    """Shows the working copy inside the application: no temporary file is ever written."""

    def __init__(self, port: EvidencePort, row: EvidenceRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Evidence: %1").replace("%1", row.filename))
        data = port.content(row.id, "working")
        layout = QVBoxLayout(self)
        info = QLabel(f"SHA-256: {row.sha256}")
        info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        info.setAccessibleName(_t("Fingerprint (SHA-256) of the original"))
        layout.addWidget(info)
        self.document: QPdfDocument | None = None
        if row.mime == "application/pdf":
            view, self.document = memory_pdf_view(self, data)
            view.setAccessibleName(_t("Evidence"))
            layout.addWidget(view, 1)
        else:
            pixmap = QPixmap()
            pixmap.loadFromData(data)
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
        self.rows: list[EvidenceRow] = []
        self.list = QListWidget()
        self.list.setAccessibleName(_t("Evidence of this case"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemDoubleClicked.connect(lambda _item: self.view_current())
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #8a1c1c;")
        self.notice.setVisible(False)
        self.list.setIconSize(QSize(64, 64))
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
        for button in self.buttons.values():
            button.setEnabled(False)

    def show_incident(
        self,
        port: EvidencePort,
        incident_id: int,
        *,
        sexual_images_minor: bool,
        rows: Sequence[EvidenceRow] | None = None,
        thumbnails: dict[int, bytes] | None = None,
    ) -> None:
        """Show the evidence of ``incident_id`` (from ``rows`` and ``thumbnails`` when the caller
        loaded them already, as the case pane does off the UI thread)."""
        self.port = port
        self.incident_id = incident_id
        self.description_only = sexual_images_minor
        self.notice.setText(refusal_text("sexual_images"))
        self.notice.setVisible(sexual_images_minor)
        if rows is None or thumbnails is None:
            self.refresh()
        else:
            self._render(list(rows), thumbnails)

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
                text = _t("Description: %1").replace("%1", row.meta.description[:80])
            else:
                text = f"{row.filename} — {row.size // 1024 or 1} kB — SHA-256 {row.sha256[:16]}…"
            extra = ", ".join(
                x for x in (row.meta.platform, row.meta.profile, fmt_datetime(row.meta.posted_at)) if x
            )
            if extra:
                text += f"\n    {extra}"
            if row.removed_at:
                text = _t("[removed: %1] ").replace("%1", row.removed_reason) + text
            item = QListWidgetItem(text)
            item.setToolTip(html.escape(row.meta.post_url))
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

    def current(self) -> EvidenceRow | None:
        """The selected evidence."""
        index = self.list.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def add_file(self, path: Path | None = None) -> EvidenceRow | None:
        """Add a file with its metadata."""
        if self.port is None or self.incident_id is None:
            return None
        dialog = EvidenceIntakeDialog(self.port, self.incident_id, parent=self)
        if path is not None:
            dialog.set_path(path)
        if dialog.exec():
            self.refresh()
            return dialog.added
        return None

    def add_description(self) -> None:
        """Record evidence as a description only."""
        if self.port is None or self.incident_id is None:
            return
        if EvidenceIntakeDialog(self.port, self.incident_id, description_only=True, parent=self).exec():
            self.refresh()

    def view_current(self) -> None:
        """Show the selected file inside the application."""
        row = self.current()
        if self.port is None or row is None or row.kind != "file":
            return
        EvidenceViewer(self.port, row, self).exec()

    def save_current(self) -> None:
        """Save the original to a chosen file (recorded in the timeline)."""
        row = self.current()
        if self.port is None or row is None or row.kind != "file":
            return
        path, _ = QFileDialog.getSaveFileName(self, _t("Save evidence as"), row.filename)
        if not path:
            return
        try:
            self.port.save_to(row.id, Path(path))
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
