"""Settings: language, idle-lock minutes, default export folder (nothing sensitive)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QWidget

from udens_register.services.settings import DAYS_MAX
from udens_register.services.settings import IDLE_MAX
from udens_register.services.settings import IDLE_MIN
from udens_register.services.settings import Settings
from udens_register.services.settings import parse_review_weeks
from udens_register.ui.dialogs import ok_cancel_buttons
from udens_register.ui.guard import Guard
from udens_register.ui.removable import off_laptop_folder

if TYPE_CHECKING:
    from collections.abc import Callable


def _t(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


def _plural_suffix(box: QSpinBox, unit: Callable[[int], str]) -> None:
    """The spin box's unit after its value, in the right number: "1 minuut", "5 minuten" (the
    number is the spin box's own, so the unit is chosen here rather than by a %n plural)."""

    def update(value: int) -> None:
        box.setSuffix(unit(value))

    box.valueChanged.connect(update)
    update(box.value())


def _with_browse(edit: QLineEdit, text: str, name: str, browse: Callable[[], None]) -> QHBoxLayout:
    """A folder field with its Browse button (``text``, accessible ``name``) beside it."""
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.clicked.connect(browse)
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


class SettingsDialog(Guard, QDialog):
    """Edits a :class:`Settings`; ``result_settings`` after OK."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Settings"))
        self.result_settings = settings
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setAccessibleName(_t("Language"))
        self.idle = QSpinBox()
        self.idle.setRange(IDLE_MIN, IDLE_MAX)
        self.idle.setValue(settings.idle_lock_minutes)
        _plural_suffix(self.idle, lambda n: _t(" minute") if n == 1 else _t(" minutes"))
        self.idle.setAccessibleName(_t("Lock after inactivity (minutes)"))
        self.folder = QLineEdit(settings.export_folder)
        self.folder.setAccessibleName(_t("Default export folder"))
        row = _with_browse(self.folder, _t("&Browse…"), _t("Choose export folder"), self._browse)
        self.days: dict[str, QSpinBox] = {}
        for key, value, name in (
            ("parents_days", settings.parents_days, _t("Parents informed within (school days)")),
            (
                "police_days",
                settings.police_days,
                _t("Police involved within (school days, when not urgent)"),
            ),
            ("guidance_days", settings.guidance_days, _t("Guidance plan within (school days)")),
        ):
            box = QSpinBox()
            box.setRange(0, DAYS_MAX)
            box.setValue(value)
            box.setAccessibleName(name)
            _plural_suffix(box, lambda n: _t(" school day") if n == 1 else _t(" school days"))
            self.days[key] = box
        self.backup_folder = QLineEdit(settings.backup_folder)
        self.backup_folder.setAccessibleName(_t("Folder for automatic backups"))
        self.backup_folder.setPlaceholderText(_t("beside the register folder"))
        backup_row = _with_browse(
            self.backup_folder,
            _t("Br&owse…"),
            _t("Choose the folder for automatic backups"),
            self._browse_backups,
        )
        backup_note = QLabel(
            _t(
                "Preferably a USB stick or a network folder: a backup on the laptop's own disk is lost with the laptop."
            )
        )
        backup_note.setWordWrap(True)
        self.retention = QSpinBox()
        self.retention.setRange(1, 30)
        self.retention.setValue(settings.retention_years)
        _plural_suffix(self.retention, lambda n: _t(" year") if n == 1 else _t(" years"))
        self.retention.setAccessibleName(_t("Retention after closing"))
        self.review_before_closing = QCheckBox(
            _t("A case closes only after the director's review is recorded")
        )
        self.review_before_closing.setChecked(settings.review_before_closing)
        self.review_before_closing.setAccessibleName(_t("Require the director's review before closing"))
        note = QLabel(_t("A new language takes effect when the application starts again."))
        note.setWordWrap(True)
        buttons = ok_cancel_buttons(self)
        form = QFormLayout(self)
        form.addRow(_t("&Language:"), self.language)
        form.addRow("", note)
        form.addRow(_t("Lock after &inactivity:"), self.idle)
        folder_label = QLabel(_t("Default &export folder:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, row)
        backup_label = QLabel(_t("Automatic &backups in:"))
        backup_label.setBuddy(self.backup_folder)
        form.addRow(backup_label, backup_row)
        form.addRow("", backup_note)
        form.addRow(_t("Keep closed cases for:"), self.retention)
        form.addRow("", self.review_before_closing)
        form.addRow(_t("Parents informed within:"), self.days["parents_days"])
        form.addRow(_t("Police involved within:"), self.days["police_days"])
        form.addRow(_t("Guidance plan within:"), self.days["guidance_days"])
        self.reviews = QLineEdit(", ".join(str(w) for w in settings.review_weeks))
        self.reviews.setAccessibleName(_t("Reviews of a victim's guidance after (weeks)"))
        self.reviews.setPlaceholderText(_t("weeks, e.g. 2, 6"))
        form.addRow(_t("Review guidance after (weeks):"), self.reviews)
        days_note = QLabel(
            _t("In school days; 0 means the same day. Urgent police matters are always due at once.")
        )
        days_note.setWordWrap(True)
        form.addRow("", days_note)
        form.addRow(buttons)
        self.guard()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _t("Default export folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _browse_backups(self) -> None:
        """Choose the backup folder, starting on a USB stick or external disk when one is plugged in."""
        title = _t("Folder for automatic backups")
        why = _t(
            "Backups on the laptop's own disk are lost or stolen together with the laptop and the "
            "register. Plug in a USB stick or external disk and look again, or choose a folder anyway."
        )
        current = Path(self.backup_folder.text().strip() or Path.home())
        start = off_laptop_folder(self, title, why, current)
        if start is None:
            return
        folder = QFileDialog.getExistingDirectory(self, title, str(start))
        if folder:
            self.backup_folder.setText(folder)

    def _review_weeks(self) -> tuple[int, ...]:
        try:
            return parse_review_weeks(self.reviews.text())
        except ValueError:
            return Settings().review_weeks

    def accept(self) -> None:
        self.result_settings = replace(
            self.result_settings,  # what this dialog does not show (the import's column mapping) is kept
            language=str(self.language.currentData()),
            idle_lock_minutes=self.idle.value(),
            export_folder=self.folder.text().strip(),
            parents_days=self.days["parents_days"].value(),
            police_days=self.days["police_days"].value(),
            guidance_days=self.days["guidance_days"].value(),
            review_weeks=self._review_weeks(),
            backup_folder=self.backup_folder.text().strip(),
            retention_years=self.retention.value(),
            review_before_closing=self.review_before_closing.isChecked(),
        ).validated()
        super().accept()
