"""Case files and period reports as PDF: choose the reader, preview inside the application, then save
(optionally protected with a password). Rendering runs off the UI thread; nothing touches disk
until Save, and then only the final (encrypted, if asked) file, written atomically."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QProgressBar
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from udens_register.domain.enums import Audience
from udens_register.domain.enums import Recipient
from udens_register.domain.passwords import password_is_long_enough
from udens_register.services.issuing import CaseFileRequest
from udens_register.services.issuing import Prepared
from udens_register.services.issuing import write_unsigned
from udens_register.ui.date_field import DateField
from udens_register.ui.date_field import refuse_invalid_dates
from udens_register.ui.dialogs import accept_cancel_buttons
from udens_register.ui.dialogs import ok_cancel_buttons
from udens_register.ui.dialogs import problem_label
from udens_register.ui.dialogs import pydate
from udens_register.ui.dialogs import qdate
from udens_register.ui.errors import show_error
from udens_register.ui.guard import Guard
from udens_register.ui.pdf_view import memory_pdf_view
from udens_register.ui.redaction_review import RedactionReviewDialog
from udens_register.ui.workers import Worker
from udens_register.wording import label
from udens_register.wording.dates import fmt_day_key

if TYPE_CHECKING:
    from collections.abc import Callable


def _t(text: str) -> str:
    return QCoreApplication.translate("PdfExport", text)


def recipient_words(recipient: Recipient, lang: str) -> str:
    """A usual recipient in the catalogue's words, in ``lang``: the language of the PDF, which
    names the recipient."""
    return label("recipient", recipient, lang)


def recipient_box(lang: str) -> QComboBox:
    """An editable choice of recipient: the usual roles, or a name typed in."""
    box = QComboBox()
    box.setEditable(True)
    box.addItems([recipient_words(r, lang) for r in Recipient if r is not Recipient.LEADERSHIP])
    box.setCurrentText(recipient_words(Audience.DIRECTIE.usual_recipient, lang))
    box.setAccessibleName(_t("Issued to"))
    return box


class PasswordDialog(Guard, QDialog):
    """A PDF password asked twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Protect the PDF with a password"))
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(_t("Password"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(_t("Repeat password"))
        self.problem = problem_label()
        note = QLabel(
            _t("Give the password to the reader by another route than the file (by phone, in person).")
        )
        note.setWordWrap(True)
        buttons = ok_cancel_buttons(self)
        form = QFormLayout(self)
        form.addRow(_t("&Password:"), self.first)
        form.addRow(_t("&Repeat:"), self.second)
        form.addRow(note)
        form.addRow(self.problem)
        form.addRow(buttons)
        self.guard()

    def accept(self) -> None:
        if not password_is_long_enough(self.first.text()):
            self.problem.setText(_t("Use at least 8 characters."))
            return
        if self.first.text() != self.second.text():
            self.problem.setText(_t("The two passwords are not the same."))
            return
        super().accept()


class PdfPreviewDialog(QDialog):
    """Shows a PDF's preview held in memory and saves the document on request.

    ``pdf`` is what the preview shows: the document itself, or (for a case file with pictures)
    its preview with the pictures at screen size. ``document`` is what is saved; it is written
    picture by picture on a worker, so a case with many screenshots neither fills the memory nor
    freezes the window."""

    def __init__(
        self,
        pdf: bytes,
        suggested_name: str,
        start_folder: str,
        on_saved: Callable[[bool], None] | None = None,
        parent: QWidget | None = None,
        *,
        issue: Callable[[Path, str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.pdf = pdf
        # Writes the file (encrypted when a password is given), and for an issued file signs and
        # logs it (IssuingService.issue); gives the SHA-256 of the file as written.
        self._issue = issue or (lambda target, password: write_unsigned(pdf, target, password))
        self.saved_to: Path | None = None
        self._suggested = suggested_name
        self._folder = start_folder
        self._on_saved = on_saved
        self.setWindowTitle(_t("Preview — %1").replace("%1", suggested_name))
        view, self.document = memory_pdf_view(self, pdf)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setAccessibleName(_t("Preview"))
        self.protect = QCheckBox(_t("Protect with a &password (AES-256)"))
        self.protect.setAccessibleName(_t("Protect with a password"))
        self.protect.setChecked(True)
        self.save_button = save = QPushButton(_t("&Save…"))
        save.setDefault(True)
        save.setAccessibleName(_t("Save"))
        save.clicked.connect(self.save)
        self.close_button = close = QPushButton(_t("Close"))
        close.clicked.connect(self.reject)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(_t("Saving the PDF"))
        self.progress.setVisible(False)
        self.saving = QLabel(_t("Saving the PDF…"))  # a busy bar shows no text of its own
        self.saving.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.protect)
        row.addWidget(self.saving)
        row.addWidget(self.progress, 1)
        row.addStretch(1)
        row.addWidget(save)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(view, 1)
        layout.addLayout(row)
        self.resize(860, 900)
        self.worker = Worker(self)
        self.worker.done.connect(self._written)
        self.worker.failed.connect(self._write_failed)
        self._target: Path | None = None
        self._protected = False

    def save(self) -> None:
        """Ask for a password (when protected) and where, then write the file on the worker."""
        if self.worker.busy():
            return
        protected = self.protect.isChecked()
        password = ""
        if protected:
            dialog = PasswordDialog(self)
            if not dialog.exec():
                return
            password = dialog.first.text()
        path, _ = QFileDialog.getSaveFileName(
            self,
            _t("Save PDF"),
            str(Path(self._folder or Path.home()) / self._suggested),
            _t("PDF files (*.pdf)"),
        )
        if not path:
            return
        self._target, self._protected = Path(path), protected
        self._busy(True)
        issue, target = self._issue, Path(path)
        self.worker.start(lambda: issue(target, password))

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.saving.setVisible(busy)
        for widget in (self.save_button, self.close_button, self.protect):
            widget.setEnabled(not busy)

    def _written(self, _digest: str) -> None:
        self._busy(False)
        self.saved_to = self._target
        if self._on_saved is not None:
            self._on_saved(self._protected)
        self.accept()

    def _write_failed(self, exc: BaseException) -> None:
        self._busy(False)
        show_error(self, exc)  # nothing was written: the target is as it was

    def reject(self) -> None:
        if self.worker.busy():  # the file is being written: it finishes (or fails) first
            return
        super().reject()

    def done(self, result: int) -> None:
        self.worker.wait()
        super().done(result)


class _MakingDialog(QDialog):
    """A dialog that makes a PDF on a worker thread (``worker``) behind its ``make`` button."""

    progress: QProgressBar
    make: QPushButton
    worker: Worker
    _register: Any
    _folder: str

    def _making_parts(self) -> QDialogButtonBox:
        """The hidden busy bar, the worker and the Preview/Cancel buttons (returned) of the dialog."""
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        buttons, self.make = accept_cancel_buttons(self, _t("&Preview"))
        self.worker = Worker(self)
        self.worker.done.connect(self._made)
        self.worker.failed.connect(self._failed)
        return buttons

    def _made(self, result: Any) -> None:
        raise NotImplementedError

    def _idle(self) -> None:
        self.progress.setVisible(False)
        self.make.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        show_error(self, exc)

    def _preview(self, prepared: Any, pdf: bytes, name: str) -> PdfPreviewDialog:
        """The preview of a made PDF, which issues ``prepared`` when it is saved."""
        issuing = self._register.issuing
        return PdfPreviewDialog(
            pdf,
            name,
            self._folder,
            None,
            self,
            issue=lambda target, password: issuing.issue(prepared, target, password).sha256,
        )

    def done(self, result: int) -> None:
        self.worker.wait()
        super().done(result)


class CaseFileDialog(_MakingDialog):
    """Choose the reader of a case file, then render (off the UI thread) and preview it."""

    def __init__(
        self,
        register: Any,
        incident_id: int,
        lang: str,
        export_folder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._register = register
        self._incident_id = incident_id
        self._lang = lang
        self._folder = export_folder
        self.pdf: bytes | None = None
        self.bundle: Any = None
        detail = register.incidents.get(incident_id)
        self._case_number = detail.case_number
        self.setWindowTitle(_t("Case file %1 as PDF").replace("%1", detail.case_number))
        self.audience = QComboBox()
        self.audience.addItem(_t("Department director (complete)"), Audience.DIRECTIE.value)
        self.audience.addItem(_t("Police (facts, persons, evidence)"), Audience.POLITIE.value)
        self.audience.addItem(
            _t("Right of access for one person (others pseudonymised)"), Audience.INZAGE.value
        )
        self.audience.setAccessibleName(_t("Intended reader"))
        self.person = QComboBox()
        self.person.setAccessibleName(_t("Person"))
        for inv in detail.active_involvements:
            self.person.addItem(inv.person.name, inv.person.id)
        self.person.setEnabled(False)
        self.recipient = recipient_box(lang)
        self.name_staff = QCheckBox(_t("Name staff members (otherwise by their role)"))
        self.name_staff.setEnabled(False)
        self.with_notes = QCheckBox(_t("Include the case &notes (phone calls, conversations)"))
        self.with_notes.setAccessibleName(_t("Include the case notes"))
        self.with_notes.setToolTip(
            _t("The director's version always holds the notes; the police version only when ticked.")
        )
        self.with_notes.setEnabled(False)
        self.with_notes.setChecked(True)
        self.audience.currentIndexChanged.connect(self._audience_changed)
        self.withheld: tuple[str, ...] = ()
        buttons = self._making_parts()
        self.progress.setAccessibleName(_t("Making the PDF"))
        form = QFormLayout(self)
        form.addRow(_t("&Reader:"), self.audience)
        form.addRow(_t("&Person:"), self.person)
        form.addRow(self.name_staff)
        form.addRow(self.with_notes)
        form.addRow(_t("&Issued to:"), self.recipient)
        self.problem = problem_label()
        form.addRow(self.problem)
        form.addRow(self.progress)
        form.addRow(buttons)

    def accept(self) -> None:
        if self.worker.busy():
            return
        audience = self.audience.currentData()
        person = self.person.currentData() if audience == Audience.INZAGE else None
        if audience == Audience.INZAGE and person is None:
            return
        recipient = self.recipient.currentText().strip()
        if not recipient:
            self.problem.setText(_t("Say to whom the case file is issued."))
            return
        self.problem.setText("")
        self.recipient_text = recipient
        register, incident_id = self._register, self._incident_id
        name_staff = self.name_staff.isChecked()
        self.withheld = ()

        def review() -> tuple[str, Any]:
            return "review", register.casefiles.access_review(person, [incident_id], name_staff=name_staff)

        self.progress.setVisible(True)
        self.make.setEnabled(False)
        # The inzage version is reviewed before it is made: the coordinator sees every replacement.
        self.worker.start(review if audience == Audience.INZAGE else self._render_work())

    def _render_work(self) -> Callable[[], tuple[str, Any]]:
        register, incident_id, lang = self._register, self._incident_id, self._lang
        audience = self.audience.currentData()
        person = self.person.currentData() if audience == Audience.INZAGE else None
        name_staff, withheld, recipient = self.name_staff.isChecked(), self.withheld, self.recipient_text
        with_notes = audience == Audience.POLITIE and self.with_notes.isChecked()

        request = CaseFileRequest(
            incident_id,
            audience,
            recipient,
            person,
            name_staff=name_staff,
            withheld=withheld,
            include_notes=with_notes,
        )

        def work() -> tuple[str, Any]:
            prepared = register.issuing.prepare_case_file(request, lang)
            # The preview has its pictures at screen size; the saved file has them whole.
            return "pdf", (prepared, prepared.preview())

        return work

    def _audience_changed(self, _index: int) -> None:
        audience = self.audience.currentData()
        self.person.setEnabled(audience == Audience.INZAGE)
        self.name_staff.setEnabled(audience == Audience.INZAGE)
        self.with_notes.setEnabled(audience == Audience.POLITIE)
        self.with_notes.setChecked(audience != Audience.POLITIE)  # only the police version leaves them out
        self.recipient.setCurrentText(recipient_words(Audience(audience).usual_recipient, self._lang))

    def _made(self, result: tuple[str, Any]) -> None:
        kind, value = result
        if kind == "review":
            self.progress.setVisible(False)
            review = RedactionReviewDialog(value, self)
            if not review.exec():
                self.make.setEnabled(True)
                return
            self.withheld = tuple(review.withheld)
            self.progress.setVisible(True)
            self.worker.start(self._render_work())
            return
        self._idle()
        prepared, self.pdf = value
        self.bundle = prepared.bundle
        name = f"dossier-{self._case_number}-{self.audience.currentData()}.pdf"
        preview = self._preview(prepared, self.pdf, name)
        if preview.exec():
            super().accept()


class PeriodReportDialog(_MakingDialog):
    """An anonymous report over a period, previewed before saving."""

    def __init__(
        self, register: Any, lang: str, today: date, export_folder: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._register = register
        self._lang = lang
        self._folder = export_folder
        self.pdf: bytes | None = None
        self.setWindowTitle(_t("Period report"))
        start = date(today.year - (1 if today.month < 8 else 0), 8, 1)
        self.start = DateField(qdate(start))
        self.end = DateField(qdate(today))
        for edit, name in ((self.start, _t("From")), (self.end, _t("To"))):
            edit.setAccessibleName(name)
        note = QLabel(_t("The report holds counts and charts only: no names and no case descriptions."))
        note.setWordWrap(True)
        self.problem = problem_label()
        buttons = self._making_parts()
        form = QFormLayout(self)
        form.addRow(_t("&From:"), self.start)
        form.addRow(_t("&To:"), self.end)
        form.addRow(note)
        form.addRow(self.problem)
        form.addRow(self.progress)
        form.addRow(buttons)

    def accept(self) -> None:
        if not refuse_invalid_dates(self, self.problem.setText):
            return
        start, end = pydate(self.start.date()), pydate(self.end.date())
        if end < start:
            self.problem.setText(_t("The end of the period is before its start."))
            return
        register, lang, recipient = (
            self._register,
            self._lang,
            recipient_words(Recipient.LEADERSHIP, self._lang),
        )
        self.progress.setVisible(True)
        self.make.setEnabled(False)

        def work() -> tuple[Prepared, bytes]:
            prepared = register.issuing.prepare_period_report(start, end, recipient, lang)
            return prepared, prepared.preview()

        self.worker.start(work)

    def _made(self, made: tuple[Prepared, bytes]) -> None:
        prepared, pdf = made
        self._idle()
        self.pdf = pdf
        name = f"periodeoverzicht-{fmt_day_key(pydate(self.start.date()))}-{fmt_day_key(pydate(self.end.date()))}.pdf"
        preview = self._preview(prepared, pdf, name)
        preview.protect.setChecked(False)
        if preview.exec():
            super().accept()
