"""First run: explain, choose a passphrase and label, store the recovery key, then create.

Nothing is written before Finish; Finish creates the register off the UI thread.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Protocol
from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QMarginsF
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtGui import QFontDatabase
from PySide6.QtGui import QPageLayout
from PySide6.QtGui import QPageSize
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QProgressBar
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget
from PySide6.QtWidgets import QWizard
from PySide6.QtWidgets import QWizardPage

from udens_register.domain.errors import RegisterError
from udens_register.ui.errors import show_error
from udens_register.ui.icons import icon
from udens_register.ui.removable import off_laptop_folder
from udens_register.ui.signals import emit
from udens_register.ui.workers import Worker

if TYPE_CHECKING:
    from udens_register.services.register import OpenRegister


class _Strength(Protocol):
    @property
    def score(self) -> int: ...
    @property
    def acceptable(self) -> bool: ...


class SetupGateway(Protocol):
    """What the wizard needs of the register folder."""

    def new_recovery_key(self) -> str: ...
    def strength(self, passphrase: str, context: tuple[str, ...] = ()) -> _Strength: ...
    def suggest_passphrase(self) -> str: ...
    def create(self, passphrase: str, label: str, recovery_key: str) -> None: ...
    def open(self, secret: str) -> OpenRegister: ...


MIN_LENGTH = 12


def _t(text: str) -> str:
    return QCoreApplication.translate("SetupWizard", text)


def weak_passphrase_text(suggestion: str) -> str:
    """Why a passphrase is refused, with four random words that would do (shared with the key dialogs)."""
    return _t(
        "This passphrase is too easy to guess. Use several words that do not belong together, for example: %1"
    ).replace("%1", suggestion)


class IntroPage(QWizardPage):
    """Two sentences on what the register is."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(_t("Welcome to Udens Register"))
        text = QLabel(
            _t(
                "Udens Register records social-media incidents involving pupils and staff and guides "
                "you through the school's Social Media Protocol, step by step. Everything is kept "
                "encrypted on this computer and opens only with your passphrase or the school's "
                "recovery key."
            )
        )
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addStretch(1)


class PassphrasePage(QWizardPage):
    """Passphrase twice with a strength indication, and the coordinator's label."""

    def __init__(self, gateway: SetupGateway) -> None:
        super().__init__()
        self._gateway = gateway
        self.setTitle(_t("Choose your passphrase"))
        self.setSubTitle(_t("Use at least 12 characters; a short sentence that only you know works well."))
        self.label = QLineEdit()
        self.label.setPlaceholderText(_t("e.g. Care coordinator — M. de Vries"))
        self.label.setAccessibleName(_t("Your name as coordinator"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(_t("Passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(_t("Repeat passphrase"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.meter.setAccessibleName(_t("Passphrase strength"))
        self.verdict = QLabel()
        self.verdict.setAccessibleName(_t("Passphrase strength"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.setAccessibleName(_t("Problem"))
        form = QFormLayout(self)
        form.addRow(_t("Your name as coordinator:"), self.label)
        form.addRow(_t("Passphrase:"), self.passphrase)
        form.addRow("", self.meter)
        form.addRow("", self.verdict)
        form.addRow(_t("Repeat passphrase:"), self.repeat)
        form.addRow("", self.problem)
        self.passphrase.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self.label.textChanged.connect(self._update)
        self.registerField("label*", self.label)
        self.registerField("passphrase", self.passphrase)
        self._update()

    def _update(self) -> None:
        text = self.passphrase.text()
        result = self._gateway.strength(text, (self.label.text(),))
        self.meter.setValue(result.score)
        words = [
            _t("very weak"),
            _t("weak"),
            _t("fair"),
            _t("strong"),
            _t("very strong"),
        ]
        self.verdict.setText(_t("Strength: %1").replace("%1", words[result.score]) if text else "")
        self.problem.setText("")
        emit(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.label.text().strip()) and bool(self.passphrase.text()) and bool(self.repeat.text())

    def validatePage(self) -> bool:
        if len(self.passphrase.text()) < MIN_LENGTH:
            self.problem.setText(_t("The passphrase is too short: use at least 12 characters."))
            self.passphrase.setFocus()
            return False
        if not self._gateway.strength(self.passphrase.text(), (self.label.text(),)).acceptable:
            self.problem.setText(weak_passphrase_text(self._gateway.suggest_passphrase()))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return False
        if self.passphrase.text() != self.repeat.text():
            self.problem.setText(_t("The two passphrases are not the same."))
            self.repeat.selectAll()
            self.repeat.setFocus()
            return False
        return True


class RecoveryPage(QWizardPage):
    """Shows the recovery key once, with print and PDF, and requires confirmation."""

    def __init__(self, recovery_key: str, register_folder: Path | None = None) -> None:
        super().__init__()
        self.recovery_key = recovery_key
        self._register_folder = register_folder  # never proposed for the key: not beside the register
        self.setTitle(_t("Store the school's recovery key"))
        self.setSubTitle(
            _t(
                "This key opens the register if a passphrase is forgotten. It is shown only now: "
                "print it or save it and keep it in the school safe."
            )
        )
        key = QLabel(recovery_key)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.4)
        mono.setBold(True)
        key.setFont(mono)
        key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        key.setAccessibleName(_t("Recovery key"))
        key.setStyleSheet("padding: 12px; border: 1px solid palette(mid); border-radius: 4px;")
        self.print_button = QPushButton(_t("&Print…"))
        self.print_button.setAccessibleName(_t("Print the recovery key"))
        self.pdf_button = QPushButton(_t("Save as &PDF…"))
        self.pdf_button.setAccessibleName(_t("Save the recovery key as PDF"))
        self.print_button.clicked.connect(self._print)
        self.pdf_button.clicked.connect(self._save_pdf)
        self.stored = QCheckBox(_t("I have stored the recovery key safely"))
        self.stored.setAccessibleName(_t("I have stored the recovery key safely"))
        self.registerField("stored*", self.stored)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(key)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addWidget(self.stored)
        layout.addStretch(1)

    def document(self) -> QTextDocument:
        """The printable sheet: the key, what it is for, where to keep it."""
        doc = QTextDocument()
        doc.setDefaultFont(QFont("DejaVu Sans", 11))
        doc.setHtml(
            "<h2>{title}</h2><p>{explain}</p><p style='font-family: monospace; font-size: 18pt;'>"
            "<b>{key}</b></p><p>{keep}</p>".format(
                title=html.escape(_t("Udens Register — recovery key")),
                explain=html.escape(
                    _t("This key opens the school's incident register when a passphrase is lost.")
                ),
                key=html.escape(self.recovery_key),
                keep=html.escape(_t("Keep this sheet in the school safe. Do not store it on the laptop.")),
            )
        )
        return doc

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec():
            self.document().print_(printer)

    def _save_pdf(self) -> None:
        title = _t("Save recovery key as PDF")
        why = _t(
            "The recovery key must not stay on the laptop: whoever has the laptop would have the key "
            "too. Plug in a USB stick and look again, or print the sheet instead."
        )
        folder = off_laptop_folder(self, title, why, Path.home(), self._register_folder)
        if folder is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, title, str(folder / _t("recovery key.pdf")), _t("PDF files (*.pdf)")
        )
        if path:
            self.write_pdf(path)

    def write_pdf(self, path: str) -> None:
        """Write the sheet as a PDF to ``path``."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(20, 20, 20, 20),
            )
        )
        printer.setCreator("Udens Register")
        printer.setDocName(_t("Recovery key"))
        self.document().print_(printer)


class SetupWizard(QWizard):
    """The first-run wizard; :meth:`accept` creates the register and closes on success."""

    def __init__(self, gateway: SetupGateway, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self.setWindowTitle(_t("Set up Udens Register"))
        self.setWindowIcon(icon("app"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setMinimumSize(640, 460)
        self.intro = IntroPage()
        self.passphrase_page = PassphrasePage(gateway)
        folder = getattr(gateway, "folder", None)
        self.recovery_page = RecoveryPage(
            gateway.new_recovery_key(), folder if isinstance(folder, Path) else None
        )
        for page in (self.intro, self.passphrase_page, self.recovery_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, _t("&Create register"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(_t("Creating the register"))
        page_layout = self.recovery_page.layout()
        if page_layout is not None:
            page_layout.addWidget(self.busy)
        self._worker = Worker(self)
        self._worker.done.connect(self._created)
        self._worker.failed.connect(self._failed)
        self.created = False
        self.register: OpenRegister | None = None  # opened once made, for the main window

    def accept(self) -> None:
        """Finish: create the register in the background, then close."""
        if self._worker.busy():
            return
        passphrase = self.passphrase_page.passphrase.text()
        label = self.passphrase_page.label.text().strip()
        key = self.recovery_page.recovery_key
        self.busy.setVisible(True)
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        gateway = self._gateway

        def make() -> OpenRegister | None:
            gateway.create(passphrase, label, key)
            # Opened with the passphrase just typed twice: the window starts unlocked, not
            # asking for it a third time. Made it is; should opening fail, the window asks.
            try:
                return gateway.open(passphrase)
            except RegisterError:
                return None

        self._worker.start(make)

    def _created(self, result: object) -> None:
        self.busy.setVisible(False)
        self.created = True
        self.register = cast("OpenRegister | None", result)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy.setVisible(False)
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.button(QWizard.WizardButton.BackButton).setEnabled(True)
        show_error(self, exc)

    def done(self, result: int) -> None:
        self._worker.wait()
        super().done(result)


def offer_discard_unfinished(folder: str, parent: QWidget | None = None) -> bool:
    """Ask to remove an unfinished register (making it was cut short; it holds nothing)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        _t("Unfinished register"),
        _t(
            "The register folder %1 holds an unfinished register: making it was cut short, so it "
            "holds nothing yet. Remove it and make a new register?"
        ).replace("%1", folder),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.button(QMessageBox.StandardButton.Yes).setText(_t("&Remove and make a new register"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes
