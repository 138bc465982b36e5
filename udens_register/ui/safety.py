"""Data safety in the app: backups, coordinators and keys, retention and purge."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QInputDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QProgressBar
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from udens_register.services.safety_copies import SAFETY_COPY_DAYS
from udens_register.ui.dialogs import accept_cancel_buttons
from udens_register.ui.dialogs import action_button
from udens_register.ui.dialogs import ok_cancel_buttons
from udens_register.ui.dialogs import problem_label
from udens_register.ui.errors import known_error_text
from udens_register.ui.errors import show_error
from udens_register.ui.guard import Guard
from udens_register.ui.setup_wizard import weak_passphrase_text
from udens_register.ui.workers import Worker
from udens_register.wording.dates import fmt_date

if TYPE_CHECKING:
    from pathlib import Path

    from udens_register.services.backup_reach import Holding
    from udens_register.services.keys import KeyService
    from udens_register.services.retention import Purged

MIN_PASSPHRASE = 12


def _t(text: str) -> str:
    return QCoreApplication.translate("Safety", text)


class NewPassphraseDialog(Guard, QDialog):
    """A new passphrase asked twice (and, for a new coordinator, their label)."""

    def __init__(
        self, title: str, with_label: bool, parent: QWidget | None = None, context: tuple[str, ...] = ()
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._context = context  # words that count as known (the coordinator's own label)
        self.label = QLineEdit()
        self.label.setAccessibleName(_t("Label of the coordinator"))
        self.label.setPlaceholderText(_t("e.g. Care coordinator — J. Bakker"))
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(_t("New passphrase"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(_t("Repeat the new passphrase"))
        self.problem = problem_label()
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = ok_cancel_buttons(self)
        form = QFormLayout(self)
        self.with_label = with_label
        if with_label:
            form.addRow(_t("&Label:"), self.label)
        form.addRow(_t("&Passphrase:"), self.first)
        form.addRow(_t("&Repeat:"), self.second)
        form.addRow(self.problem)
        form.addRow(buttons)
        self.guard()

    def accept(self) -> None:
        from udens_register.services.passphrase import strength  # noqa: PLC0415 - loaded when it is used, not for the unlock window
        from udens_register.services.passphrase import suggest_passphrase  # noqa: PLC0415 - loaded when it is used, not for the unlock window

        if self.with_label and not self.label.text().strip():
            self.problem.setText(_t("Give the coordinator a label."))
            return
        if len(self.first.text()) < MIN_PASSPHRASE:
            self.problem.setText(_t("The passphrase is too short: use at least 12 characters."))
            return
        if not strength(self.first.text(), context=(self.label.text(), *self._context)).acceptable:
            self.problem.setText(weak_passphrase_text(suggest_passphrase()))
            self.first.selectAll()
            self.first.setFocus()
            return
        if self.first.text() != self.second.text():
            self.problem.setText(_t("The two passphrases are not the same."))
            return
        super().accept()


class KeysDialog(QDialog):
    """Coordinators and keys: add one, remove one (never the last), change your own, new recovery key."""

    def __init__(self, keys: KeyService, audit: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys = keys
        self._audit = audit
        self.setWindowTitle(_t("Coordinators and keys"))
        self.list = QListWidget()
        self.list.setAccessibleName(_t("Key slots"))
        self.worker = Worker(self)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout()
        for text, slot in (
            (_t("&Add coordinator…"), self.add),
            (_t("&Remove…"), self.remove),
            (_t("&Change my passphrase…"), self.passwd),
            (_t("New &recovery key…"), self.recovery),
        ):
            button = action_button(text, slot)
            self.buttons.append(button)
            row.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(close)
        self.resize(640, 360)
        self.refresh()

    def refresh(self) -> None:
        """Reload the slots."""
        self.list.clear()
        for slot in self._keys.list():
            kind = _t("recovery key") if slot.kind == "recovery" else slot.label
            mark = "  " + _t("(you)") if slot.is_current else ""
            item = QListWidgetItem(f"{kind}{mark}")
            item.setData(Qt.ItemDataRole.UserRole, slot)
            self.list.addItem(item)

    def _run(self, fn: Any) -> None:
        self.progress.setVisible(True)
        for b in self.buttons:
            b.setEnabled(False)
        self.worker.start(fn)

    def _done(self, result: Any) -> None:
        from udens_register.services.backup_reach import SlotRemoval  # noqa: PLC0415 - loaded when it is used, not for the unlock window

        self.progress.setVisible(False)
        for b in self.buttons:
            b.setEnabled(True)
        if isinstance(result, SlotRemoval):
            QMessageBox.information(
                self,
                _t("Remove coordinator"),
                _t(
                    "The key is removed from the register and from %1 backup(s). %2 backup(s) elsewhere "
                    "(a stick not plugged in, a file handed over) could not be reached: they still open "
                    "with this key until they are removed."
                )
                .replace("%1", str(result.rewritten))
                .replace("%2", str(result.unreachable)),
            )
        if isinstance(result, str) and result:
            QMessageBox.information(
                self,
                _t("New recovery key"),
                _t(
                    "Write down the new recovery key and keep it in the school safe. The old one no longer works.\n\n%1"
                ).replace("%1", result),
            )
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self._done(None)
        show_error(self, exc)

    def add(self) -> None:
        """Add a coordinator with their own passphrase."""
        dialog = NewPassphraseDialog(_t("Add coordinator"), True, self)
        if dialog.exec():
            label, passphrase, keys = dialog.label.text().strip(), dialog.first.text(), self._keys
            self._run(lambda: keys.add(passphrase, label) and None)

    def remove(self) -> None:
        """Remove the selected coordinator's slot."""
        item = self.list.currentItem()
        if item is None:
            return
        slot = item.data(Qt.ItemDataRole.UserRole)
        if slot.kind == "recovery":
            QMessageBox.information(self, _t("Remove"), _t("The recovery key is replaced, not removed."))
            return
        answer = QMessageBox.question(
            self,
            _t("Remove coordinator"),
            _t("Remove the key of %1? They can no longer open the register.").replace("%1", slot.label),
        )
        if answer == QMessageBox.StandardButton.Yes:
            keys = self._keys
            self._run(lambda: keys.remove(slot.slot_id))

    def passwd(self) -> None:
        """Change the current coordinator's passphrase."""
        dialog = NewPassphraseDialog(_t("Change my passphrase"), False, self)
        if dialog.exec():
            passphrase, keys = dialog.first.text(), self._keys
            self._run(lambda: keys.change_passphrase(passphrase) and None)

    def recovery(self) -> None:
        """Make a new recovery key and show it once."""
        answer = QMessageBox.question(
            self, _t("New recovery key"), _t("Make a new recovery key? The old one stops working at once.")
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(self._keys.renew_recovery_key)

    def done(self, result: int) -> None:
        self.worker.wait()
        super().done(result)


class RetentionDialog(QDialog):
    """The purge wizard: closed cases past the retention term, deleted for good after confirmation."""

    def __init__(
        self, retention: Any, parent: QWidget | None = None, backups: PurgeBackups | None = None
    ) -> None:
        super().__init__(parent)
        self._retention = retention
        self._backups = backups
        self.purged: list[str] = []
        self.removed_backups = 0
        self.removed_copies = 0
        self.setWindowTitle(_t("Retention: delete old cases"))
        intro = QLabel(
            _t(
                "Closed cases are kept for %1 year(s) after closing, then deleted for good. Cases with a "
                "pending police case stay (legal hold). The audit trail keeps only the case number and "
                "the fact of deletion. The safety copies in the register folder (made before a schema "
                "upgrade or a restore) are removed too: they still hold the cases. They are otherwise "
                "kept for %2 days."
            )
            .replace("%1", str(retention.years))
            .replace("%2", str(SAFETY_COPY_DAYS))
        )
        intro.setWordWrap(True)
        pupils_intro = QLabel(
            _t(
                "Pupils who left the school are kept for the same term, counted from the day they left; "
                "a pupil still named in a case that is kept goes with that case."
            )
        )
        pupils_intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(_t("Cases due for deletion"))
        self.confirm = QLineEdit()
        self.confirm.setAccessibleName(_t("Type DELETE to confirm"))
        self.confirm.setPlaceholderText(_t("Type VERWIJDEREN to confirm"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.problem = problem_label()
        buttons, self.purge_button = accept_cancel_buttons(self, _t("&Delete for good"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(pupils_intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.confirm)
        layout.addWidget(self.problem)
        layout.addWidget(self.progress)
        layout.addWidget(buttons)
        self.worker = Worker(self)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.resize(560, 420)
        self.due = retention.due()
        for d in self.due:
            text = f"{d.case_number} — " + _t("closed on %1").replace("%1", fmt_date(d.closed_on))
            item = QListWidgetItem(text + ("  " + _t("(on hold: police case pending)") if d.held else ""))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if d.held else Qt.CheckState.Checked)
            if d.held:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        # Pupils who left the school: the term counts from the day they left.
        self.pupils = retention.pupils_due()
        for p in self.pupils:
            text = (
                _t("Pupil %1 — left the school on %2")
                .replace("%1", p.name)
                .replace("%2", fmt_date(p.left_on))
            )
            item = QListWidgetItem(
                text + ("  " + _t("(still named in a case that is kept)") if p.held else "")
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if p.held else Qt.CheckState.Checked)
            if p.held:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        if not self.due and not self.pupils:
            empty = QListWidgetItem(_t("No closed cases are past the retention term."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
            self.confirm.setEnabled(False)
        self.purge_button.setEnabled(any(not d.held for d in (*self.due, *self.pupils)))

    def chosen(self) -> list[int]:
        """The ticked, unheld cases."""
        return [
            d.incident_id
            for i, d in enumerate(self.due)
            if not d.held and self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def chosen_pupils(self) -> list[int]:
        """The ticked pupils who left the school (none still named in a kept case)."""
        first = len(self.due)
        return [
            p.person_id
            for i, p in enumerate(self.pupils)
            if not p.held and self.list.item(first + i).checkState() == Qt.CheckState.Checked
        ]

    def accept(self) -> None:
        if self.confirm.text().strip().upper() not in ("VERWIJDEREN", "DELETE"):
            self.problem.setText(_t("Type VERWIJDEREN to confirm the deletion."))
            return
        ids, pupils = self.chosen(), self.chosen_pupils()
        if not ids and not pupils:
            return
        self.progress.setVisible(True)
        self.purge_button.setEnabled(False)
        retention, backups = self._retention, self._backups

        def work() -> tuple[Purged, list[Holding]]:
            from udens_register.services.retention import Purged  # noqa: PLC0415 - loaded when it is used, not for the unlock window

            purged = retention.purge(ids) if ids else Purged([], 0, 0)
            # A pupil who left goes with their last case; the others ticked go now.
            still = {p.person_id for p in retention.pupils_due() if not p.held}
            left = retention.purge_pupils([pid for pid in pupils if pid in still])
            purged = Purged(purged.case_numbers, purged.persons + left.persons, purged.copies + left.copies)
            return purged, backups.holding(purged.case_numbers) if backups is not None and ids else []

        self.worker.start(work)

    def _done(self, result: tuple[Purged, list[Holding]] | int) -> None:
        self.progress.setVisible(False)
        if isinstance(result, int):  # the backups holding the purged cases are removed
            self.removed_backups = result
            super().accept()
            return
        purged, holding = result
        self.purged = purged.case_numbers
        self.removed_copies = purged.copies
        backups = self._backups
        if holding and backups is not None:
            names = ", ".join(h.snapshot.name for h in holding[:3]) + (" …" if len(holding) > 3 else "")
            answer = QMessageBox.question(
                self,
                _t("Backups"),
                _t(
                    "%1 backup(s) still hold the deleted cases (%2). Remove those backups too? A new "
                    "backup without these cases is made first."
                )
                .replace("%1", str(len(holding)))
                .replace("%2", names),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.progress.setVisible(True)
                self.worker.start(lambda: backups.remove(holding))
                return
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.progress.setVisible(False)
        self.problem.setText(known_error_text(exc) or _t("The cases could not be deleted."))

    def done(self, result: int) -> None:
        self.worker.wait()
        super().done(result)


class PurgeBackups(Protocol):
    """What the purge wizard asks about backups (``OpenRegister`` and its backup folder)."""

    def holding(self, case_numbers: list[str]) -> list[Holding]: ...
    def remove(self, holding: list[Holding]) -> int: ...


class RegisterBackups:
    """The register's backups as the purge wizard sees them."""

    def __init__(self, register: Any, automatic_folder: Path) -> None:
        self._register = register
        self._folder = automatic_folder

    def holding(self, case_numbers: list[str]) -> list[Holding]:
        """The snapshots that still hold any of the cases."""

        found: list[Holding] = self._register.backups_holding(case_numbers, self._folder)
        return found

    def remove(self, holding: list[Holding]) -> int:
        """Remove them, a new backup first."""
        removed: int = self._register.remove_backups_holding(holding, self._folder)
        return removed


def ask_secret(parent: QWidget | None, title: str) -> str | None:
    """A passphrase or recovery key, typed without echo."""
    text, ok = QInputDialog.getText(
        parent, title, _t("Passphrase or recovery key:"), QLineEdit.EchoMode.Password
    )
    return text if ok and text else None
