"""The images-of-minors guard in the wizard: every file still stored in the case is shown, and the
decision that flags the case waits until each is destroyed for good (its hash, size, platform and
a description stay, with the reason)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from udens_register.domain.errors import RegisterError
from udens_register.domain.errors import ValidationError
from udens_register.ui.dialogs import accept_cancel_buttons
from udens_register.ui.dialogs import problem_label
from udens_register.ui.errors import known_error_text
from udens_register.ui.signals import emit

if TYPE_CHECKING:
    from udens_register.services.dto import EvidenceRow
    from udens_register.services.dto import StoredFile


class EvidencePort(Protocol):
    """What the guard needs of the evidence service."""

    def stored_files(self, incident_id: int) -> tuple[StoredFile, ...]: ...
    def destroy(self, evidence_id: int, reason: str, description: str = "") -> EvidenceRow: ...


def _t(text: str) -> str:
    return QCoreApplication.translate("DecisionWizard", text)


class DestroyDialog(QDialog):
    """Why the file goes, and what it showed (the description stays instead of the file)."""

    def __init__(self, port: EvidencePort, item: StoredFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._port = port
        self._item = item
        self.setWindowTitle(_t("Destroy for good — %1").replace("%1", item.filename))
        self.reason = QLineEdit(_t("Sexual images of a minor: may not be kept"))
        self.reason.setAccessibleName(_t("Reason"))
        self.description = QLineEdit(item.description)
        self.description.setAccessibleName(_t("What the file showed"))
        self.description.setPlaceholderText(
            _t("A description without the picture, e.g. nude photo, forwarded")
        )
        note = QLabel(
            _t(
                "The file is deleted from the register for good and cannot be restored. Its SHA-256, size, "
                "platform and this description are kept."
            )
        )
        note.setWordWrap(True)
        note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)  # never cut off
        self.reason.setCursorPosition(0)  # the reason reads from its start
        self.problem = problem_label()
        buttons, self.ok = accept_cancel_buttons(self, _t("&Destroy for good"))
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(_t("File:"), QLabel(item.filename))  # the title alone may not show it
        form.addRow(_t("&Reason:"), self.reason)
        form.addRow(_t("&What it showed:"), self.description)
        form.addRow(self.problem)
        form.addRow(buttons)
        self.resize(600, 0)

    def accept(self) -> None:
        try:
            self._port.destroy(self._item.evidence_id, self.reason.text(), self.description.text())
        except ValidationError as exc:
            self.problem.setText(
                {
                    "reason": _t("Write why the file is destroyed."),
                    "description": _t("Describe what the file showed: the description is kept instead."),
                }.get(exc.field)
                or known_error_text(exc)
                or ""
            )
            return
        except RegisterError as exc:
            self.problem.setText(known_error_text(exc) or "")
            return
        super().accept()


class StoredFilesBox(QGroupBox):
    """The files still stored in the case, each with a button to destroy it for good."""

    changed = Signal()

    def __init__(
        self,
        port: EvidencePort,
        incident_id: int,
        intro: str = "",
        files: tuple[StoredFile, ...] | None = None,
        *,
        all_button: bool = False,
    ) -> None:
        super().__init__(_t("Stored files must be destroyed first"))
        self._all_button = all_button  # one button that destroys them one after another
        self.all: QPushButton | None = None
        self._port = port
        self._incident_id = incident_id
        self._intro = intro or _t(
            "Keeping sexual images of a minor is itself an offence. These files of the case are still "
            "stored; destroy each for good before the decision is recorded."
        )
        self.setStyleSheet("QGroupBox { font-weight: bold; color: #b00020; }")
        # Never squeezed below its wrapped lines (a dialog that grows when it appears gives less).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.body = QVBoxLayout(self)
        self.files: tuple[StoredFile, ...] = ()
        self.destroyed_files: list[
            StoredFile
        ] = []  # in this wizard: the backups that may hold them are named after
        self.buttons: list[QPushButton] = []
        self.refresh(files)

    def refresh(self, files: tuple[StoredFile, ...] | None = None) -> None:
        """Reload the list from the register (or show ``files``, loaded by the caller)."""
        while self.body.count():
            item = self.body.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.files = self._port.stored_files(self._incident_id) if files is None else files
        self.buttons = []
        self.all = None
        # The heading says what is still to do; once nothing is, what was done.
        self.setTitle(
            _t("Stored files must be destroyed first") if self.files else _t("Stored files destroyed")
        )
        intro = QLabel(self._intro if self.files else _t("No file of this case is stored any more."))
        intro.setWordWrap(True)
        intro.setStyleSheet("font-weight: normal; color: palette(text);")
        self.body.addWidget(intro)
        for f in self.files:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            size = f"{max(1, f.size // 1024)} kB"
            removed = f" — {_t('removed from the case, still stored')}" if f.removed else ""
            text = QLabel(f"{f.filename}{removed} — {size} — {f.platform or '—'} — SHA-256 {f.sha256[:16]}…")
            text.setStyleSheet("font-weight: normal; color: palette(text);")
            text.setWordWrap(True)  # a narrow case pane wraps the line instead of hiding its button
            button = QPushButton(_t("Destroy for good…"))
            button.setAccessibleName(_t("Destroy %1 for good").replace("%1", f.filename))
            button.clicked.connect(lambda _checked=False, item=f: self.destroy_file(item))
            line.addWidget(text, 1)
            line.addWidget(button)
            self.body.addWidget(row)
            self.buttons.append(button)
        if self._all_button and len(self.files) > 1:
            self.all = QPushButton(
                QCoreApplication.translate(
                    "DecisionWizard", "Destroy all %n files for good…", "", len(self.files)
                )
            )
            self.all.clicked.connect(self.destroy_all)
            self.body.addWidget(self.all)

    def destroy_file(self, item: StoredFile) -> None:
        """Ask why and what it showed, then destroy the file."""
        if self._destroy(item):
            self.refresh()
            emit(self.changed)

    def destroy_all(self) -> None:
        """Each file in turn, through the same dialog (its own description); Cancel stops."""
        destroyed = False
        for item in self.files:
            if not self._destroy(item):
                break
            destroyed = True
        if destroyed:
            self.refresh()
            emit(self.changed)

    def _destroy(self, item: StoredFile) -> bool:
        dialog = DestroyDialog(self._port, item, self)
        if not dialog.exec():
            return False
        self.destroyed_files.append(item)
        return True
