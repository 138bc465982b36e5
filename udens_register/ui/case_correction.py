"""Correcting what was recorded about an incident, with a reason; flagging it as sexual images of a
minor shows every file still stored in it, to destroy first."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QWidget

from udens_register.domain.enums import Category
from udens_register.ui.category_fields import FurtherCategories
from udens_register.ui.category_fields import follow_images_category
from udens_register.ui.date_field import DateField
from udens_register.ui.date_field import refuse_invalid_dates
from udens_register.ui.decision.images_guard import EvidencePort
from udens_register.ui.decision.images_guard import StoredFilesBox
from udens_register.ui.dialogs import OptionalDate
from udens_register.ui.dialogs import problem_label
from udens_register.ui.dialogs import pydate
from udens_register.ui.dialogs import qdate
from udens_register.ui.dialogs import save_cancel_buttons
from udens_register.ui.dialogs import save_or_explain
from udens_register.ui.guard import Guard
from udens_register.ui.i18n import category_label

if TYPE_CHECKING:
    from datetime import date

    from udens_register.services.dto import IncidentDetail
    from udens_register.ui.case_port import CasePort


def _t(text: str) -> str:
    return QCoreApplication.translate("CaseEdit", text)


class IncidentCorrectionDialog(Guard, QDialog):
    """Correct what was recorded about an incident; the old values and the reason are kept."""

    def __init__(
        self,
        port: CasePort,
        detail: IncidentDetail,
        today: date,
        parent: QWidget | None = None,
        evidence: EvidencePort | None = None,
    ) -> None:
        super().__init__(parent)
        self._port = port
        self._detail = detail
        self._evidence = evidence
        self.stored_box: StoredFilesBox | None = None
        self.updated: IncidentDetail | None = None
        self.setWindowTitle(_t("Correct case %1").replace("%1", detail.case_number))
        self.title = QLineEdit(detail.title)
        self.title.setAccessibleName(_t("Title"))
        self.category = QComboBox()
        for cat in Category:
            self.category.addItem(category_label(cat.value), cat.value)
        self.category.setCurrentIndex(max(0, self.category.findData(detail.category)))
        self.category.setAccessibleName(_t("Category"))
        self.platform = QLineEdit(detail.platform)
        self.platform.setAccessibleName(_t("Platform"))
        self.reported = DateField(qdate(detail.reported_at))
        self.reported.setAccessibleName(_t("Reported on"))
        self.occurred = OptionalDate(_t("Happened on"), detail.occurred_at, detail.reported_at)
        self.description = QPlainTextEdit(detail.description)
        self.description.setTabChangesFocus(True)
        self.description.setAccessibleName(_t("Description"))
        self.images = QCheckBox(_t("This incident concerns sexual images of a minor"))
        self.images.setChecked(detail.sexual_images_minor)
        self.images.setAccessibleName(self.images.text())
        self.images.toggled.connect(self._images_toggled)
        self.further = FurtherCategories(detail.further_categories)
        self.further.hide_main(detail.category)
        self.category.currentIndexChanged.connect(
            lambda _i: self.further.hide_main(str(self.category.currentData()))
        )
        self.manager = QLineEdit(detail.manager_consulted)
        self.manager.setAccessibleName(_t("Manager consulted (guideline 8)"))
        self.manager.setPlaceholderText(_t("when a staff member is the author"))
        self.manager_on = OptionalDate(_t("Consulted on"), detail.manager_consulted_on, today)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(_t("Reason for the correction"))
        self.reason.setPlaceholderText(_t("Why is this corrected? (required)"))
        self.problem = problem_label()
        form = QFormLayout(self)
        form.addRow(_t("&Title:"), self.title)
        form.addRow(_t("&Category:"), self.category)
        form.addRow(_t("&Platform:"), self.platform)
        form.addRow(_t("Reported on:"), self.reported)
        form.addRow(_t("Happened on:"), self.occurred)
        form.addRow(_t("&Description:"), self.description)
        form.addRow(_t("Further categories:"), self.further)
        form.addRow("", self.images)
        self._form = form
        self._images_row = form.rowCount()
        follow_images_category(self.category, self.further, self._category_says_images)
        form.addRow(_t("Manager consulted:"), self.manager)
        form.addRow(_t("Consulted on:"), self.manager_on)
        form.addRow(_t("&Reason:"), self.reason)
        form.addRow(self.problem)
        buttons = save_cancel_buttons(self)
        form.addRow(buttons)
        self.resize(620, 0)
        self.guard()

    def changes(self) -> dict[str, Any]:
        """Only the fields that differ from what is recorded."""
        d = self._detail
        new: dict[str, Any] = {
            "title": self.title.text().strip(),
            "category": self.category.currentData(),
            "platform": self.platform.text().strip(),
            "reported_at": pydate(self.reported.date()),
            "occurred_at": self.occurred.value(),
            "description": self.description.toPlainText(),
            "sexual_images_minor": self.images.isChecked(),
            "manager_consulted": self.manager.text().strip(),
            "manager_consulted_on": self.manager_on.value(),
        }
        found = {k: v for k, v in new.items() if getattr(d, k) != v}
        further = tuple(c.value for c in self.further.values())
        if further != d.further_categories:
            found["further_categories"] = list(further)
        return found

    def _category_says_images(self, on: bool) -> None:
        """The category is sexual images of a minor: the case is flagged with it (and its files
        shown to destroy); the flag cannot be unticked while the category says so."""
        if on:
            self.images.setChecked(True)
        self.images.setEnabled(not on)
        self.images.setToolTip(_t("The category is sexual images of a minor.") if on else "")

    def _images_toggled(self, on: bool) -> None:
        """Flagged by this correction: every file still stored in the case is shown, to destroy;
        unticked again, the list is hidden (what was destroyed stays destroyed)."""
        if self.stored_box is not None:  # hidden, not dropped: it knows what was destroyed
            self.stored_box.setVisible(on)
            return
        if (
            on
            and not self._detail.sexual_images_minor
            and self._evidence is not None
            and self.stored_box is None
        ):
            intro = _t(
                "Keeping sexual images of a minor is itself an offence. These files of the case are still "
                "stored; destroy each for good before the correction is saved."
            )
            self.stored_box = StoredFilesBox(self._evidence, self._detail.id, intro)
            if self.stored_box.files:
                self._form.insertRow(self._images_row, self.stored_box)
            else:
                self.stored_box.deleteLater()
                self.stored_box = None

    def accept(self) -> None:
        if not refuse_invalid_dates(self, self.problem.setText):
            return
        changes = self.changes()
        if not changes:
            QDialog.reject(self)  # nothing changed: nothing to ask about
            return
        if self.images.isChecked() and self.stored_box is not None and self.stored_box.files:
            self.problem.setText(_t("Destroy every stored file of this case first (see above)."))
            return
        if not self.reason.text().strip():
            self.problem.setText(_t("A correction needs a reason."))
            self.reason.setFocus()
            return

        def save() -> None:
            self.updated = self._port.correct(self._detail.id, changes, self.reason.text())

        texts = {
            "title": _t("The title cannot be empty."),
            "reported_at": _t("The report date cannot be in the future or in another year."),
            "occurred_at": _t("The incident cannot have happened after it was reported, or in the future."),
            "evidence": _t("Destroy every stored file of this case first (see above)."),
        }
        if save_or_explain(self, self.problem, save, texts):
            super().accept()
