"""The main window's commands (the slots of its action table): each opens a dialog or starts
work for the selected case or the whole register; none queries the database itself."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QProgressBar

from udens_register import __version__
from udens_register.services.clock import local_today
from udens_register.ui.dialogs import ask_reason
from udens_register.ui.errors import show_error
from udens_register.ui.removable import off_laptop_folder
from udens_register.ui.signals import emit
from udens_register.vault.files import atomic_write

if TYPE_CHECKING:
    from collections.abc import Callable

    from udens_register.services.register import OpenRegister
    from udens_register.services.settings import Settings
    from udens_register.ui.main_window.actions import ActionTable
    from udens_register.ui.main_window.case_pane import CasePane
    from udens_register.ui.main_window.incident_list import IncidentList
    from udens_register.ui.unlock import UnlockWidget
    from udens_register.ui.workers import Worker


class Gateway(Protocol):
    """How the window opens the register."""

    folder: Path

    def open(
        self, secret: str, failed_attempts: int = 0, progress: Callable[[int, int], None] | None = None
    ) -> OpenRegister: ...
    def backup_folder(self, configured: str = "") -> Path: ...
    def newest_backup(self, configured: str = "") -> Path | None: ...
    def restore(self, backup: Path, secret: str) -> Path | None: ...


@dataclass(frozen=True)
class BackupMade:
    """What the background work of *Make a backup* hands back: the status bar says so."""

    path: str


class SettingsPort(Protocol):
    """Where settings are kept."""

    def save(self, settings: Settings) -> None: ...


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class Commands(QMainWindow):
    """Command slots; :class:`~udens_register.ui.main_window.window.MainWindow` builds the parts."""

    changed = Signal(object)  # an incident id (or None) whose data changed: refresh list and banner

    register: OpenRegister | None
    action_table: ActionTable
    incident_list: IncidentList
    case_pane: CasePane
    unlock_widget: UnlockWidget
    _gateway: Gateway
    _settings: Settings
    _settings_store: SettingsPort | None
    _exporter: Worker
    progress: QProgressBar

    def current_incident_id(self) -> int | None:
        """The selected incident, if any."""
        return self.incident_list.current_incident_id()

    def _selected(self) -> tuple[OpenRegister, int] | None:
        """The register and the selected case, or ``None`` with a hint in the status bar."""
        incident_id = self.current_incident_id()
        if self.register is None or incident_id is None:
            self.statusBar().showMessage(_t("Select an incident first."), 5000)
            return None
        return self.register, incident_id

    def decide(self) -> None:
        """Ctrl+D: the decision wizard for the selected incident."""
        from udens_register.ui.decision import DecisionWizard  # noqa: PLC0415 - loaded when it is used, not for the unlock window

        if (selected := self._selected()) is None:
            return
        register, incident_id = selected
        wizard = DecisionWizard(
            register.decisions, incident_id, self, register.evidence, drafts=register.drafts
        )
        recorded = bool(wizard.exec()) and wizard.record is not None
        if recorded:
            self.statusBar().showMessage(_t("Decision recorded."), 5000)
        if wizard.destroyed_files:  # gone for good even when the wizard was then cancelled
            self._name_backups_holding(wizard.prepared.case_number)
        if recorded or wizard.destroyed_files:
            emit(self.changed, incident_id)

    def _name_backups_holding(self, case_number: str) -> None:
        """After files were destroyed for good: the backups made before still hold them, as after a
        purge; name them and offer to remove them (a new backup is made first)."""
        folder = self._gateway.backup_folder(self._settings.backup_folder)
        holding = self.register.backups_holding([case_number], folder) if self.register else []
        if not holding:
            return
        names = "\n".join(f"• {h.snapshot.folder / h.snapshot.name}" for h in holding)
        answer = QMessageBox.question(
            self,
            _t("Backups still hold the files"),
            _t(
                "The destroyed files are still in these backups of case %1:\n%2\n\n"
                "Remove these backups now? A new backup without the files is made first."
            )
            .replace("%1", case_number)
            .replace("%2", names),
        )
        if answer == QMessageBox.StandardButton.Yes and self.register is not None:
            removed = self.register.remove_backups_holding(holding, folder)
            self.statusBar().showMessage(_t("Backups removed: %1.").replace("%1", str(removed)), 8000)

    def toggle_hold(self) -> None:
        """Put the selected case on legal hold while a police case is pending, or release it."""
        if (selected := self._selected()) is None:
            return
        register, incident_id = selected
        held = register.incidents.get(incident_id).legal_hold
        question = (
            _t("Release the legal hold? The case can then be deleted after the retention term. Why?")
            if held
            else _t("Keep this case beyond the retention term while a police case is pending. Why?")
        )
        reason = ask_reason(self, _t("Legal hold"), question)
        if reason is None:
            return
        try:
            register.retention.set_hold(incident_id, not held, reason)
        except Exception as exc:  # noqa: BLE001 - shown in plain words
            show_error(self, exc)
            return
        emit(self.changed, incident_id)

    def make_backup(self) -> None:
        """Ctrl+B: one self-contained encrypted backup file, written off the UI thread."""
        from udens_register.services.backups import backup_name  # noqa: PLC0415 - loaded when the command runs, not for the unlock window

        register = self.register
        if register is None:
            return
        title = _t("Make a backup")
        why = _t(
            "A backup on the laptop's own disk is lost or stolen together with the laptop and the "
            "register. Plug in a USB stick or external disk and look again, or choose a folder anyway."
        )
        fallback = self._gateway.backup_folder(self._settings.backup_folder)
        folder = off_laptop_folder(self, title, why, fallback, self._gateway.folder)
        if folder is None:
            return
        start = str(folder / backup_name(register.clock()))
        path, _ = QFileDialog.getSaveFileName(self, title, start, _t("Backups (*.backup)"))
        if not path:
            return
        self.progress.setVisible(True)
        self._exporter.start(lambda: (register.backup(Path(path)), BackupMade(path))[1])

    def manage_keys(self) -> None:
        """Coordinators and keys."""
        from udens_register.services.keys import KeyService  # noqa: PLC0415 - loaded when the command runs, not for the unlock window
        from udens_register.ui.safety import KeysDialog  # noqa: PLC0415 - loaded when it is used, not for the unlock window

        if self.register is not None:
            folder = self._gateway.backup_folder(self._settings.backup_folder)
            KeysDialog(KeyService(self.register, backup_folder=folder), self.register.audit, self).exec()

    def retention(self) -> None:
        """The purge wizard."""
        from udens_register.ui.safety import RegisterBackups  # noqa: PLC0415 - loaded when it is used, not for the unlock window
        from udens_register.ui.safety import RetentionDialog  # noqa: PLC0415 - loaded when it is used, not for the unlock window

        if self.register is None:
            return
        self.register.retention.years = self._settings.retention_years
        folder = self._gateway.backup_folder(self._settings.backup_folder)
        dialog = RetentionDialog(self.register.retention, self, RegisterBackups(self.register, folder))
        if dialog.exec() and dialog.purged:
            said = _t("%1 case(s) deleted for good.").replace("%1", str(len(dialog.purged)))
            if dialog.removed_copies:
                said += " " + _t(
                    "%1 safety copy(ies) in the register folder removed: they still held the deleted cases."
                ).replace("%1", str(dialog.removed_copies))
            self.statusBar().showMessage(said, 12000)
            emit(self.changed, None)

    def offer_restore(self, secret: str) -> None:
        """The register is damaged: offer the newest automatic backup."""
        backup = self._gateway.newest_backup(self._settings.backup_folder)
        if backup is None:
            return
        answer = QMessageBox.question(
            self,
            _t("Register damaged"),
            _t(
                "The register is damaged. Restore the newest backup (%1)? The damaged files are kept aside."
            ).replace("%1", backup.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._gateway.restore(backup, secret)
        except Exception as exc:  # noqa: BLE001 - shown in plain words
            show_error(self, exc)
            return
        self.unlock_widget.secret.setText(secret)
        self.unlock_widget.try_unlock()

    def export_pdf(self) -> None:
        """Ctrl+E: the selected case as a PDF case file, previewed before saving."""
        from udens_register.ui.pdf_export import CaseFileDialog  # noqa: PLC0415 - loaded when it is used, not for the unlock window

        if (selected := self._selected()) is None:
            return
        register, incident_id = selected
        dialog = CaseFileDialog(
            register, incident_id, self._settings.language, self._settings.export_folder, self
        )
        if dialog.exec():
            self.statusBar().showMessage(_t("Case file saved."), 5000)
            emit(self.changed, incident_id)

    def period_report(self) -> None:
        """Ctrl+R: the anonymous period report."""
        from udens_register.ui.pdf_export import PeriodReportDialog  # noqa: PLC0415 - loaded when it is used, not for the unlock window

        if self.register is None:
            return
        today = local_today(self.register.clock)
        PeriodReportDialog(
            self.register, self._settings.language, today, self._settings.export_folder, self
        ).exec()

    def verify_pdf(self) -> None:
        """*Dossier controleren*: is a PDF one the register issued, unchanged?"""
        from udens_register.ui.disclosure import VerifyPdfDialog  # noqa: PLC0415 - loaded when it is used, not for the unlock window

        if self.register is not None:
            VerifyPdfDialog(self.register, self._settings.language, self).exec()

    def show_disclosures(self) -> None:
        """The disclosure log over the whole register, and the signing certificate."""
        from udens_register.ui.disclosure import DisclosuresDialog  # noqa: PLC0415 - loaded when it is used, not for the unlock window

        if self.register is not None:
            DisclosuresDialog(self.register, self).exec()

    def show_persons(self) -> None:
        """Ctrl+P: everyone in the register, with their incidents and family links."""
        from udens_register.ui.persons import PersonsView  # noqa: PLC0415 - loaded when it is used, not for the unlock window

        register = self.register
        if register is None:
            return
        view = PersonsView(register.persons, self, family=register.family)
        view.show_incidents_of.connect(
            lambda pid: self.incident_list.set_person_filter(pid, register.persons.get(pid).name)
        )
        view.exec()
        emit(self.changed, self.current_incident_id())

    def _remember_mapping(self, kind: str, mapping: dict[str, str]) -> None:
        """Keep the import's column mapping for a kind of list (header names only) in the settings."""
        self._settings = replace(
            self._settings, import_mapping={**self._settings.import_mapping, kind: mapping}
        )
        if self._settings_store is not None:
            try:
                self._settings_store.save(self._settings)
            except OSError:
                pass  # not kept for next time; the import itself goes on

    def import_pupils(self) -> None:
        """Ctrl+I: pupil or parent import with a preview."""
        from udens_register.ui.pupil_import import ImportDialog  # noqa: PLC0415 - loaded when it is used, not for the unlock window

        if self.register is None:
            return
        dialog = ImportDialog(
            self.register.importer, self, parents_port=self.register.parent_importer,
            mapping=self._settings.import_mapping, save_mapping=self._remember_mapping,
        )  # fmt: skip
        if dialog.exec() and dialog.result is not None:
            self.statusBar().showMessage(dialog.done_text(), 8000)

    def add_evidence(self) -> None:
        """Ctrl+Shift+E: add evidence to the selected case."""
        if self._selected() is None:
            return
        panel = self.case_pane.evidence_panel
        self.case_pane.setCurrentWidget(panel)
        if panel.description_only:
            panel.add_description()
        else:
            panel.add_file()
        emit(self.changed, self.current_incident_id())

    def add_note(self) -> None:
        """Ctrl+Shift+N: write down a phone call, a conversation or an observation in the selected case."""
        if self._selected() is None:
            return
        panel = self.case_pane.notes_panel
        self.case_pane.setCurrentWidget(panel)
        panel.add_note()

    def correct_case(self) -> None:
        """Ctrl+Shift+C: correct the selected case, with a reason."""
        if self._selected() is None:
            return
        self.case_pane.setCurrentWidget(self.case_pane.case_panel)
        self.case_pane.case_panel.correct_case()

    def show_actions(self) -> None:
        """Ctrl+Shift+A: open actions over all incidents."""
        self._actions_view(overdue=False)

    def show_overdue_actions(self) -> None:
        """The overdue banner's link: the actions view with *te laat* on."""
        self._actions_view(overdue=True)

    def _actions_view(self, *, overdue: bool) -> None:
        from udens_register.ui.actions import ActionsView  # noqa: PLC0415 - loaded when it is used, not for the unlock window

        if self.register is None:
            return
        ActionsView(self.register.decisions, local_today(self.register.clock), self, overdue=overdue).exec()
        emit(self.changed, self.current_incident_id())

    def close_case(self) -> None:
        """Close the selected case with a rationale (refused while actions are open: the dialog
        names them and keeps the reason)."""
        from udens_register.ui.case_close import CloseCaseDialog  # noqa: PLC0415 - loaded when it is used, not for the unlock window

        if (selected := self._selected()) is None:
            return
        register, incident_id = selected
        dialog = CloseCaseDialog(
            register.incidents,
            register.decisions,
            incident_id,
            self,
            require_review=self._settings.review_before_closing,
            drafts=register.drafts,
        )
        dialog.exec()
        if dialog.closed:
            self.statusBar().showMessage(_t("Case closed."), 5000)
            emit(self.changed, incident_id)

    def record_review(self) -> None:
        """Ctrl+Shift+R: write down the director's review of the selected case."""
        if self._selected() is None:
            return
        panel = self.case_pane.review_panel
        self.case_pane.setCurrentWidget(panel)
        if panel.record():
            self.statusBar().showMessage(_t("Review recorded."), 5000)

    def focus_search(self) -> None:
        """Ctrl+F."""
        self.incident_list.focus_search()

    def new_incident(self) -> None:
        """Ctrl+N: the new-incident form."""
        from udens_register.ui.incident_form import IncidentForm  # noqa: PLC0415 - loaded when it is used, not for the unlock window

        if self.register is None:
            return
        form = IncidentForm(
            self.register.incidents,
            self.register.persons,
            local_today(self.register.clock),
            self,
            drafts=self.register.drafts,
        )
        if form.exec() and form.created is not None:
            created = form.created
            emit(self.changed, created.id)
            self.statusBar().showMessage(_t("Incident %1 recorded.").replace("%1", created.case_number), 5000)

    def export_json(self) -> None:
        """Ctrl+Shift+J: the AVG export of the whole register, written off the UI thread."""
        register = self.register
        if register is None:
            return
        start = str(Path(self._settings.export_folder or Path.home()) / "udens-register-export.json")
        path, _ = QFileDialog.getSaveFileName(self, _t("Export register"), start, _t("JSON files (*.json)"))
        if not path:
            return
        self.progress.setVisible(True)
        self.action_table.set_busy("export_action", True)

        def work() -> str:
            atomic_write(Path(path), register.export_json())
            return path

        self._exporter.start(work)

    def edit_settings(self) -> None:
        """The settings dialog."""
        from udens_register.ui.settings_dialog import SettingsDialog  # noqa: PLC0415 - loaded when it is used, not for the unlock window

        dialog = SettingsDialog(self._settings, self)
        if not dialog.exec():
            return
        self._settings = dialog.result_settings
        self.apply_settings()
        if self._settings_store is not None:
            try:
                self._settings_store.save(self._settings)
            except Exception as exc:  # noqa: BLE001 - shown in plain words
                show_error(self, exc)

    def apply_settings(self) -> None:
        """Put changed settings into effect (the window knows which)."""

    def show_protocol(self) -> None:
        """F1: the school's Social Media Protocol."""
        from udens_register.ui.protocol_view import ProtocolDialog  # noqa: PLC0415 - loaded when it is used, not for the unlock window

        ProtocolDialog(self).exec()

    def show_about(self) -> None:
        """Help → About."""
        QMessageBox.about(
            self,
            _t("About Udens Register"),
            _t(
                "<h3>Udens Register %1</h3><p>The encrypted register of social-media incidents of the "
                "Udens College, following the school's Social Media Protocol.</p><p>Everything is kept "
                "encrypted on this computer.</p>"
            ).replace("%1", __version__),
        )
