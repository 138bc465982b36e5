"""Case files and period reports as PDF: choose the reader, preview inside the application, then save
(optionally protected with a password). Rendering runs off the UI thread; nothing touches disk
until Save, and then only the final (encrypted, if asked) file, written atomically."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
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

from udens_register.domain.errors import RegisterError
from udens_register.domain.passwords import password_is_long_enough
from udens_register.paths import resources_dir
from udens_register.ui.date_field import DateField
from udens_register.ui.date_field import refuse_invalid_dates
from udens_register.ui.dialogs import problem_label
from udens_register.ui.dialogs import pydate
from udens_register.ui.dialogs import qdate
from udens_register.ui.errors import show_error
from udens_register.ui.guard import Guard
from udens_register.ui.pdf_view import memory_pdf_view
from udens_register.ui.redaction_review import RedactionReviewDialog
from udens_register.ui.workers import Worker
from udens_register.vault.files import atomic_write


def _t(text: str) -> str:
    return QCoreApplication.translate("PdfExport", text)


DEFAULT_RECIPIENTS = {
    "directie": "afdelingsdirecteur",
    "politie": "politie",
    "inzage": "ouder/leerling (inzage)",
}


def recipient_box() -> QComboBox:
    """An editable choice of recipient: the usual roles, or a name typed in."""
    box = QComboBox()
    box.setEditable(True)
    box.addItems(["afdelingsdirecteur", "politie", "ouder/leerling (inzage)", "inspectie", "leerplicht"])
    box.setCurrentText("afdelingsdirecteur")
    box.setAccessibleName(_t("Issued to"))
    return box


def _sign(register: Any, data: bytes, password: str) -> bytes:
    from udens_register.reporting.issue import sign_issued  # noqa: PLC0415 - pyHanko loads on first use

    return sign_issued(register.disclosures, data, password=password)


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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
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
    """Shows a PDF held in memory and saves it on request."""

    def __init__(
        self,
        pdf: bytes,
        suggested_name: str,
        start_folder: str,
        on_saved: Callable[[bool], None] | None = None,
        parent: QWidget | None = None,
        *,
        issue: Callable[[bytes, str], bytes] | None = None,
        on_written: Callable[[bytes, bool], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self._issue = issue  # signs the file as written (after any encryption), with its password
        self._on_written = on_written  # logs the disclosure with the bytes exactly as written
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
        save = QPushButton(_t("&Save…"))
        save.setDefault(True)
        save.setAccessibleName(_t("Save"))
        save.clicked.connect(self.save)
        close = QPushButton(_t("Close"))
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.protect)
        row.addStretch(1)
        row.addWidget(save)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(view, 1)
        layout.addLayout(row)
        self.resize(860, 900)

    def save(self) -> None:
        """Ask where (and a password), then write the file atomically."""
        from udens_register.reporting.pdf import protect  # noqa: PLC0415 - reportlab loads on first use

        data = self.pdf
        protected = self.protect.isChecked()
        password = ""
        if protected:
            dialog = PasswordDialog(self)
            if not dialog.exec():
                return
            password = dialog.first.text()
            data = protect(data, password)
        if self._issue is not None:
            data = self._issue(data, password)
        path, _ = QFileDialog.getSaveFileName(
            self,
            _t("Save PDF"),
            str(Path(self._folder or Path.home()) / self._suggested),
            _t("PDF files (*.pdf)"),
        )
        if not path:
            return
        try:
            atomic_write(Path(path), data)
        except RegisterError as exc:
            show_error(self, exc)
            return
        self.saved_to = Path(path)
        if self._on_written is not None:
            self._on_written(data, protected)
        if self._on_saved is not None:
            self._on_saved(protected)
        self.accept()


class _MakingDialog(QDialog):
    """A dialog that makes a PDF on a worker thread (``worker``) behind its ``make`` button."""

    progress: QProgressBar
    make: QPushButton
    worker: Worker

    def _failed(self, exc: BaseException) -> None:
        self.progress.setVisible(False)
        self.make.setEnabled(True)
        show_error(self, exc)

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
        self.audience.addItem(_t("Department director (complete)"), "directie")
        self.audience.addItem(_t("Police (facts, persons, evidence)"), "politie")
        self.audience.addItem(_t("Right of access for one person (others pseudonymised)"), "inzage")
        self.audience.setAccessibleName(_t("Intended reader"))
        self.person = QComboBox()
        self.person.setAccessibleName(_t("Person"))
        for inv in detail.active_involvements:
            self.person.addItem(inv.person.name, inv.person.id)
        self.person.setEnabled(False)
        self.recipient = recipient_box()
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
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(_t("Making the PDF"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.make = buttons.addButton(_t("&Preview"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
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
        self.worker = Worker(self)
        self.worker.done.connect(self._made)
        self.worker.failed.connect(self._failed)

    def accept(self) -> None:
        if self.worker.busy():
            return
        audience = self.audience.currentData()
        person = self.person.currentData() if audience == "inzage" else None
        if audience == "inzage" and person is None:
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
        self.worker.start(review if audience == "inzage" else self._render_work())

    def _render_work(self) -> Callable[[], tuple[str, Any]]:
        register, incident_id, lang = self._register, self._incident_id, self._lang
        audience = self.audience.currentData()
        person = self.person.currentData() if audience == "inzage" else None
        name_staff, withheld, recipient = self.name_staff.isChecked(), self.withheld, self.recipient_text
        with_notes = audience == "politie" and self.with_notes.isChecked()

        def work() -> tuple[str, Any]:
            from udens_register.reporting.case_pdf import CaseFileRenderer  # noqa: PLC0415 - loaded on first use
            from udens_register.reporting.issue import prepare_bundle  # noqa: PLC0415 - pyHanko on first use

            bundle = register.casefiles.case_file(
                incident_id,
                audience,
                person,
                name_staff=name_staff,
                withheld=withheld,
                include_notes=with_notes,
            )
            bundle = prepare_bundle(register.disclosures, bundle, recipient)
            return "pdf", (bundle, CaseFileRenderer(resources_dir() / "fonts", lang).render(bundle))

        return work

    def _audience_changed(self, _index: int) -> None:
        audience = self.audience.currentData()
        self.person.setEnabled(audience == "inzage")
        self.name_staff.setEnabled(audience == "inzage")
        self.with_notes.setEnabled(audience == "politie")
        self.with_notes.setChecked(audience != "politie")  # only the police version leaves them out
        self.recipient.setCurrentText(DEFAULT_RECIPIENTS.get(audience, ""))

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
        self.progress.setVisible(False)
        self.make.setEnabled(True)
        self.bundle, self.pdf = value
        name = f"dossier-{self._case_number}-{self.audience.currentData()}.pdf"
        register, bundle, recipient = self._register, self.bundle, self.recipient_text
        numbers = [f.case_number for f in bundle.files]
        written: list[str] = []

        def log(data: bytes, protected: bool) -> None:
            row = register.disclosures.record(numbers, bundle.audience, recipient, data, protected)
            written.append(row.sha256)

        preview = PdfPreviewDialog(
            self.pdf,
            name,
            self._folder,
            lambda protected: register.casefiles.record_export(bundle, protected, recipient, written[-1]),
            self,
            issue=lambda data, password: _sign(register, data, password),
            on_written=log,
        )
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
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.make = buttons.addButton(_t("&Preview"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(_t("&From:"), self.start)
        form.addRow(_t("&To:"), self.end)
        form.addRow(note)
        form.addRow(self.problem)
        form.addRow(self.progress)
        form.addRow(buttons)
        self.worker = Worker(self)
        self.worker.done.connect(self._made)
        self.worker.failed.connect(self._failed)

    def accept(self) -> None:
        if not refuse_invalid_dates(self, self.problem.setText):
            return
        start, end = pydate(self.start.date()), pydate(self.end.date())
        if end < start:
            self.problem.setText(_t("The end of the period is before its start."))
            return
        register, lang, recipient = self._register, self._lang, _t("school leadership")
        self.progress.setVisible(True)
        self.make.setEnabled(False)

        def work() -> bytes:
            from udens_register.reporting.issue import prepare_report  # noqa: PLC0415 - pyHanko on first use
            from udens_register.reporting.period_pdf import render_period_report  # noqa: PLC0415 - on first use

            report = prepare_report(
                register.disclosures, register.casefiles.period_report(start, end), recipient
            )
            return render_period_report(report, resources_dir() / "fonts", lang)

        self.worker.start(work)

    def _made(self, pdf: bytes) -> None:
        self.progress.setVisible(False)
        self.make.setEnabled(True)
        self.pdf = pdf
        name = f"periodeoverzicht-{pydate(self.start.date()):%Y%m%d}-{pydate(self.end.date()):%Y%m%d}.pdf"
        register, recipient = self._register, _t("school leadership")
        preview = PdfPreviewDialog(
            pdf,
            name,
            self._folder,
            None,
            self,
            issue=lambda data, password: _sign(register, data, password),
            on_written=lambda data, protected: register.disclosures.record(
                [], "rapportage", recipient, data, protected
            ),
        )
        preview.protect.setChecked(False)
        if preview.exec():
            super().accept()
