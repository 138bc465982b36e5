"""The director's loop in the app: *Dossier controleren* and the register-wide disclosure log.

Both talk to ``register.issuing`` and ``register.disclosures`` (the signing identity and the log),
:class:`udens_register.services.issuing.IssuingService`, exactly as the command line does.
"""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QInputDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from udens_register.services.fingerprints import grouped_fingerprint
from udens_register.services.issuing import verification_words
from udens_register.wording import message
from udens_register.wording.dates import fmt_datetime


def _t(text: str) -> str:
    return QCoreApplication.translate("Disclosure", text)


class VerifyPdfDialog(QDialog):
    """*Dossier controleren*: is this PDF a file the register issued, unchanged, and to whom?"""

    def __init__(self, register: Any, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._register = register
        self._lang = lang
        self.ok: bool | None = None
        self.setWindowTitle(_t("Check a case file"))
        intro = QLabel(
            _t(
                "Choose a PDF that left the register. The register checks its signature and looks it up "
                "in the disclosure log."
            )
        )
        intro.setWordWrap(True)
        self.fingerprint = QLabel(
            _t("Register key fingerprint: %1").replace(
                "%1", register.disclosures.identity().short_fingerprint
            )
        )
        self.outcome = QLabel("")
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(_t("Result"))
        choose = QPushButton(_t("&Choose PDF…"))
        choose.clicked.connect(self.choose)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(choose)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fingerprint)
        layout.addLayout(row)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        self.resize(620, 240)

    def choose(self) -> None:
        """Ask for the file, then check it."""
        path, _ = QFileDialog.getOpenFileName(self, _t("Check a case file"), "", _t("PDF files (*.pdf)"))
        if path:
            self.check(Path(path))

    def ask_password(self) -> str | None:
        """The password of a protected PDF, or None when cancelled."""
        text, ok = QInputDialog.getText(
            self, _t("Protected PDF"), _t("Password of the PDF:"), QLineEdit.EchoMode.Password
        )
        return text if ok else None

    def check(self, path: Path) -> None:
        """Check ``path`` and show the outcome in one line."""
        issuing = self._register.issuing
        try:
            if not stat.S_ISREG(path.stat().st_mode):  # a pipe or a device would be read forever
                raise IsADirectoryError(path)
            with path.open("rb") as data:  # read in pieces: a case file with many screenshots is large
                password = ""
                if issuing.is_encrypted(data):
                    asked = self.ask_password()
                    if asked is None:
                        return
                    password = asked
                result = issuing.verify(data, password)
        except OSError:
            self._show(False, message("cannot_read", self._lang, file=path.name))
            return
        self._show(result.problem is None, verification_words(result, self._lang))

    def _show(self, ok: bool, text: str) -> None:
        self.ok = ok
        colour = "#1b5e20" if ok else "#b00020"
        self.outcome.setStyleSheet(f"color: {colour}; font-weight: bold")
        self.outcome.setText(("✔ " if ok else "✘ ") + text)


class DisclosuresDialog(QDialog):
    """Every file that left the register: when, which case and version, to whom, protected, SHA-256."""

    COL_AT, COL_CASE, COL_VERSION, COL_RECIPIENT, COL_PROTECTED, COL_SHA = range(6)

    def __init__(self, register: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._register = register
        self.setWindowTitle(_t("Disclosures"))
        rows = []
        seen: set[tuple[str, str]] = set()
        for d in register.disclosures.all():
            if (d.sha256, d.case_numbers) in seen:  # a file for several cases is one disclosure
                continue
            seen.add((d.sha256, d.case_numbers))
            rows.append(d)
        self.table = QTableWidget(len(rows), 6)
        self.table.setHorizontalHeaderLabels(
            [_t("When"), _t("Case"), _t("Version"), _t("Issued to"), _t("Protected"), "SHA-256"]
        )
        for r, d in enumerate(rows):
            values = [
                fmt_datetime(d.at),
                d.case_numbers or "—",
                d.version,
                d.recipient,
                _t("yes") if d.protected else _t("no"),
                d.sha256[:16] + "…",
            ]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        export = QPushButton(_t("Export &certificate…"))
        export.clicked.connect(self.export_certificate)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        fingerprint = QLabel(
            _t("Register key fingerprint: %1").replace(
                "%1", grouped_fingerprint(register.disclosures.identity().fingerprint)
            )
        )
        fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(fingerprint)
        row = QHBoxLayout()
        row.addWidget(export)
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.resize(900, 420)

    def export_certificate(self) -> None:
        """Save the certificate (PEM) for a director's PDF reader to trust."""
        from udens_register.vault.files import atomic_write  # noqa: PLC0415

        path, _ = QFileDialog.getSaveFileName(
            self, _t("Export certificate"), "udens-register-certificaat.pem", _t("Certificates (*.pem)")
        )
        if path:
            atomic_write(Path(path), self._register.disclosures.identity().certificate_pem())
