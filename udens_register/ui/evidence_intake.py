"""Adding evidence: the files (several at once, or a folder's) with the details they share, or a
description where no file may be kept; the words for a refused file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QDate
from PySide6.QtCore import QDateTime
from PySide6.QtCore import QObject
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from udens_register.domain.errors import RegisterError
from udens_register.domain.errors import ValidationError
from udens_register.services.dto import EvidenceMeta
from udens_register.services.dto import EvidenceRow
from udens_register.ui.date_field import DateField
from udens_register.ui.date_field import refuse_invalid_dates
from udens_register.ui.dialogs import save_cancel_buttons
from udens_register.ui.errors import known_error_text
from udens_register.ui.errors import show_error
from udens_register.ui.guard import Guard
from udens_register.ui.i18n import words
from udens_register.ui.inline_errors import FieldProblem
from udens_register.ui.signals import emit
from udens_register.ui.workers import Worker
from udens_register.wording import has_label

if TYPE_CHECKING:
    from collections.abc import Callable
    from collections.abc import Sequence

FILE_FILTER = "*.png *.jpg *.jpeg *.pdf *.mp4 *.mov *.webm"


class EvidencePort(Protocol):
    """What the evidence screens need of the evidence service."""

    def intake_file(self, incident_id: int, path: Path, meta: EvidenceMeta) -> EvidenceRow: ...
    def describe(self, incident_id: int, meta: EvidenceMeta) -> EvidenceRow: ...
    def list(self, incident_id: int, *, include_removed: bool = True) -> list[EvidenceRow]: ...
    def content(self, evidence_id: int, which: str = "working") -> bytes: ...
    def thumbnails(self, incident_id: int) -> dict[int, bytes]: ...
    def save_to(self, evidence_id: int, path: Path) -> str: ...
    def correct(self, evidence_id: int, meta: EvidenceMeta, reason: str) -> EvidenceRow: ...
    def remove(self, evidence_id: int, reason: str) -> EvidenceRow: ...


def _t(text: str) -> str:
    return QCoreApplication.translate("Evidence", text)


def duration_text(ms: int | None) -> str:
    """A duration as m:ss (h:mm:ss from an hour), or a dash when the file does not say."""
    if ms is None:
        return "–"
    minutes, seconds = divmod(round(ms / 1000), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def refusal_text(reason: str, exc: BaseException | None = None) -> str:
    """Plain words for a refused file (``reason`` as :class:`EvidenceRefused` gives it)."""
    if has_label("evidence_refused", reason):
        return words("evidence_refused", reason)
    return (known_error_text(exc) if exc else None) or _t("The file could not be kept.")


class MetaForm(QWidget):
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
        # A tick-box that says what it does (a toggle button "Onbekend" did not): ticked, the
        # time field is greyed out and no time of the post is stored. Tab reaches it after the time.
        self.posted_unknown = QCheckBox(_t("Time &unknown"))
        self.posted_unknown.setAccessibleName(_t("Time of the post unknown"))
        self.posted_unknown.setToolTip(_t("Tick when it is not known when the message was sent or posted"))
        if meta.posted_at:
            self.posted.setDateTime(QDateTime.fromSecsSinceEpoch(int(meta.posted_at.timestamp())))
        else:
            self.posted.setDateTime(QDateTime.currentDateTime())
            self.posted_unknown.setChecked(True)
        self.posted_unknown.toggled.connect(lambda on: self.posted.setEnabled(not on))
        self.posted.setEnabled(not self.posted_unknown.isChecked())
        # When the screenshot was made or the post was seen: its own moment, not the intake's.
        self.captured = DateField(with_time=True)
        self.captured.setAccessibleName(_t("Time of capture"))
        self.captured.setToolTip(_t("When the screenshot was made or the post was seen"))
        captured = meta.captured_at or datetime.now(UTC)
        self.captured.setDateTime(QDateTime.fromSecsSinceEpoch(int(captured.timestamp())))
        self.captured.setMaximumDate(QDate.currentDate())  # a screenshot is not made tomorrow
        # Untouched, the stored moment is given back as it was (to the second): a correction of
        # another detail must not record a changed capture time.
        self._captured_at, self._captured_text = meta.captured_at, self.captured.text()
        self.captured_by = QLineEdit(meta.captured_by)
        self.captured_by.setAccessibleName(_t("Captured by"))
        self.captured_by.setPlaceholderText(_t("you, unless someone else made the screenshot"))
        self.description = QPlainTextEdit(meta.description)
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(90)
        self.description.setAccessibleName(_t("Description"))
        posted_row = QHBoxLayout()
        posted_row.addWidget(self.posted, 1)
        posted_row.addWidget(self.posted_unknown)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(_t("Platform:"), self.platform)
        form.addRow(_t("Post URL:"), self.post_url)
        form.addRow(_t("Profile URL or handle:"), self.profile)
        form.addRow(_t("Time of the post:"), posted_row)
        form.addRow(_t("Captured on:"), self.captured)
        form.addRow(_t("Captured by:"), self.captured_by)
        form.addRow(_t("Description:") if with_description else _t("Note:"), self.description)
        # A frame put on the time of the post for a late message goes when either time changes.
        self.captured.line.textChanged.connect(lambda _text: self.posted.recheck())
        self.posted_unknown.toggled.connect(lambda _on: self.posted.recheck())
        # Unticked for the first time, the time of the post starts at the capture (the latest it
        # can be), not at "now", which would be refused at once for a screenshot of last week.
        self._posted_typed = meta.posted_at is not None
        self.posted.line.textEdited.connect(lambda _text: setattr(self, "_posted_typed", True))
        self.posted_unknown.toggled.connect(self._offer_capture_time)

    def _offer_capture_time(self, unknown: bool) -> None:
        if not unknown and not self._posted_typed and self.captured.is_valid():
            self.posted.setDateTime(self.captured.dateTime())

    def refuse_late_post(self, show: Callable[[str, QWidget], None]) -> bool:
        """False when the message is dated after the moment it was captured: the time of the post
        is framed and ``show`` gets the one line why (the words of the service's refusal)."""
        try:
            self.meta().check_times(datetime.now(UTC))
        except ValidationError as exc:
            text = known_error_text(exc) or ""
            self.posted.flag(text)
            show(text, self.posted)
            return False
        return True

    def meta(self) -> EvidenceMeta:
        """The entered metadata."""
        posted = None
        if not self.posted_unknown.isChecked():
            posted = datetime.fromtimestamp(self.posted.dateTime().toSecsSinceEpoch(), UTC)
        return EvidenceMeta(
            platform=self.platform.text().strip(),
            post_url=self.post_url.text().strip(),
            profile=self.profile.text().strip(),
            posted_at=posted,
            captured_at=self._captured_at
            if self._captured_at is not None and self.captured.text() == self._captured_text
            else datetime.fromtimestamp(self.captured.dateTime().toSecsSinceEpoch(), UTC),
            captured_by=self.captured_by.text().strip(),
            description=self.description.toPlainText().strip(),
        )


def files_in(paths: Sequence[Path]) -> list[Path]:
    """The files named, with a dropped folder's files (not its subfolders' or hidden ones)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
        else:
            found.append(path)
    return found


@dataclass(frozen=True)
class IntakeResult:
    """What became of one file: kept (``row``) or refused (``reason`` in words)."""

    path: Path
    row: EvidenceRow | None
    reason: str = ""


class _Progress(QObject):
    step = Signal(int, int)


class EvidenceIntakeDialog(Guard, QDialog):
    """Add files (screenshots, PDFs, screen recordings) or, where files may not be kept, a description.

    Several files share the details typed here; each is kept or refused with its own reason.
    The files are read, hashed and encrypted on a worker thread, so the window stays responsive.
    Escape, Annuleren or closing with files chosen or details typed asks first (no draft: the
    chosen files are on the computer, not in the register).
    """

    intake_done = Signal()  # every chosen file was kept or refused

    def __init__(
        self,
        port: EvidencePort,
        incident_id: int,
        *,
        description_only: bool = False,
        platform: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._port = port
        self._incident_id = incident_id
        self.description_only = description_only
        self.added: EvidenceRow | None = None
        self.results: list[IntakeResult] = []
        self.paths: list[Path] = []
        self._worker = Worker(self)
        self._worker.done.connect(self._finished)
        self._worker.failed.connect(self._failed)
        self._progress = _Progress(self)
        self._progress.step.connect(self._step)
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
            self.file_label.setWordWrap(True)
            self.file_label.setAccessibleName(_t("Chosen file"))
            choose = QPushButton(_t("&Choose files…"))
            choose.setAccessibleName(_t("Choose files"))
            choose.clicked.connect(self.choose)
            row.addWidget(self.file_label, 1)
            row.addWidget(choose)
            layout.addLayout(row)
        # The case's platform by default (editable: a screenshot may come from elsewhere).
        self.form = MetaForm(EvidenceMeta(platform=platform), with_description=description_only)
        layout.addWidget(self.form)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setAccessibleName(_t("Problem"))
        layout.addWidget(self.problem)
        self.fields = FieldProblem(self.problem)
        self.fields.watch("dates", self.form.posted, self.form.posted_unknown, self.form.captured)
        self.fields.watch("description", self.form.description)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setAccessibleName(_t("What became of each file"))
        self.report.setVisible(False)
        layout.addWidget(self.report)
        self.button_box = save_cancel_buttons(self)
        layout.addWidget(self.button_box)
        self.resize(560, 0)
        self.guard()

    def snapshot(self, *, for_storage: bool = False) -> dict[str, Any]:
        """The details typed and the files chosen."""
        return {
            **super().snapshot(for_storage=for_storage),
            "files": [str(p) for p in self.paths],
            "posted_unknown": self.form.posted_unknown.isChecked(),
        }

    @property
    def busy(self) -> bool:
        """Whether files are being added right now."""
        return self._worker.busy()

    def choose(self) -> None:
        """Pick one or more files."""
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            _t("Choose evidence"),
            "",
            _t("Screenshots, documents and videos (%1)").replace("%1", FILE_FILTER),
        )
        if paths:
            self.set_paths([Path(p) for p in paths])

    def set_path(self, path: Path) -> None:
        """Use ``path`` as the file to add."""
        self.set_paths([path])

    def set_paths(self, paths: Sequence[Path]) -> None:
        """Use ``paths`` (files, or folders whose files are all added)."""
        self.paths = files_in(paths)
        self.fields.clear("files")
        if len(self.paths) == 1:
            self.file_label.setText(self.paths[0].name)
        else:
            self.file_label.setText(_t("%1 files").replace("%1", str(len(self.paths))))

    def accept(self) -> None:
        if self.busy or not refuse_invalid_dates(self, lambda text: self.fields.show("dates", text)):
            return
        if not self.form.refuse_late_post(lambda text, field: self.fields.show("dates", text, field)):
            return
        if self.description_only:
            try:
                self.added = self._port.describe(self._incident_id, self.form.meta())
            except ValidationError as exc:
                self.fields.show(
                    exc.field,
                    _t("Write a description.") if exc.field == "description" else known_error_text(exc) or "",
                    self.form.description,
                )
                return
            except RegisterError as exc:
                show_error(self, exc)
                return
            super().accept()
            return
        if not self.paths:
            self.fields.show("files", _t("Choose a file first."))
            return
        try:
            meta = self.form.meta()
        except ValidationError as exc:
            self.problem.setText(refusal_text("", exc))
            return
        self.fields.clear()
        self.problem.setText(_t("Adding…"))
        self.button_box.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        paths, port, incident_id, progress = list(self.paths), self._port, self._incident_id, self._progress

        def work() -> list[IntakeResult]:
            results = []
            for n, path in enumerate(paths, start=1):
                emit(progress.step, n, len(paths))
                try:
                    results.append(IntakeResult(path, port.intake_file(incident_id, path, meta)))
                except ValidationError as exc:
                    results.append(IntakeResult(path, None, refusal_text(getattr(exc, "reason", ""), exc)))
            return results

        self._worker.start(work)

    def _step(self, n: int, total: int) -> None:
        if total > 1:
            self.problem.setText(_t("Adding file %1 of %2…").replace("%1", str(n)).replace("%2", str(total)))

    def _finished(self, results: list[IntakeResult]) -> None:
        self.results = results
        kept = [r.row for r in results if r.row is not None]
        self.added = kept[-1] if kept else None
        save = self.button_box.button(QDialogButtonBox.StandardButton.Save)
        refused = [r for r in results if r.row is None]
        emit(self.intake_done)
        if not refused:
            super().accept()
            return
        if len(results) == 1:
            self.fields.show("files", refused[0].reason)  # another file clears it
            save.setEnabled(True)
            return
        self.problem.setText(
            _t("%1 file(s) kept, %2 refused:").replace("%1", str(len(kept))).replace("%2", str(len(refused)))
        )
        lines = [f"{r.path.name}: " + (_t("kept") if r.row is not None else r.reason) for r in results]
        self.report.setPlainText("\n".join(lines))
        self.report.setVisible(True)
        self.paths = [r.path for r in refused]
        self.file_label.setText(_t("%1 files").replace("%1", str(len(self.paths))))
        save.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self.problem.setText("")
        self.button_box.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        if isinstance(exc, RegisterError):
            show_error(self, exc)
            return
        raise exc

    def reject(self) -> None:
        # Escape or Cancel while files are being added would leave them half-told: wait for
        # the worker, which ends with each file's line, then the dialog can be closed.
        if self.busy:
            return
        super().reject()  # the guard asks first when something would be lost

    def done(self, result: int) -> None:
        self._worker.wait()
        super().done(result)
