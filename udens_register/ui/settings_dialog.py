"""Settings: language, idle-lock minutes, default export folder (nothing sensitive)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from udens_register.services.settings import IDLE_MAX, IDLE_MIN, Settings


def _t(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


class SettingsDialog(QDialog):
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
        self.idle.setSuffix(_t(" min"))
        self.idle.setAccessibleName(_t("Lock after inactivity (minutes)"))
        self.folder = QLineEdit(settings.export_folder)
        self.folder.setAccessibleName(_t("Default export folder"))
        browse = QPushButton(_t("&Browse…"))
        browse.setAccessibleName(_t("Choose export folder"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        note = QLabel(_t("A new language takes effect when the application starts again."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(_t("&Language:"), self.language)
        form.addRow("", note)
        form.addRow(_t("Lock after &inactivity:"), self.idle)
        folder_label = QLabel(_t("Default &export folder:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, row)
        form.addRow(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _t("Default export folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def accept(self) -> None:
        self.result_settings = Settings(
            language=str(self.language.currentData()),
            idle_lock_minutes=self.idle.value(),
            export_folder=self.folder.text().strip(),
        ).validated()
        super().accept()
