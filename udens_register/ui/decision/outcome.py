"""The wizard's last two pages: the decision line by line with deviations, and the follow-up actions."""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QDate
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget
from PySide6.QtWidgets import QWizardPage

from udens_register.domain.decisions import ActionKind
from udens_register.services.dto import Deviation
from udens_register.services.dto import PlannedAction
from udens_register.services.dto import Prepared
from udens_register.services.dto import StoredFile
from udens_register.ui.date_field import DateField
from udens_register.ui.date_field import refuse_invalid_dates
from udens_register.ui.decision.common import MIN_REASON
from udens_register.ui.decision.common import PAGE_ACTIONS
from udens_register.ui.decision.common import DecisionsPort
from udens_register.ui.decision.common import line_text
from udens_register.ui.decision.common import scrolled_with_problem
from udens_register.ui.decision.images_guard import EvidencePort
from udens_register.ui.decision.images_guard import StoredFilesBox
from udens_register.ui.dialogs import problem_label
from udens_register.ui.i18n import ui_lang
from udens_register.ui.parents import parents_label
from udens_register.wording.decisions import deviation_words
from udens_register.wording.decisions import plan_words
from udens_register.wording.decisions import route_advice
from udens_register.wording.decisions import route_source
from udens_register.wording.decisions import route_title
from udens_register.wording.decisions import why_not_words

if TYPE_CHECKING:
    from udens_register.services.decision_view import DecisionView
    from udens_register.services.decision_view import LineKey
    from udens_register.ui.decision.questions import QuestionsPage


class Wizard(Protocol):
    """What the decision and actions pages read of the wizard they are in
    (:class:`~udens_register.ui.decision.wizard.DecisionWizard`)."""

    decisions: DecisionsPort
    evidence: EvidencePort | None
    incident_id: int
    prepared: Prepared
    view: DecisionView
    questions_page: QuestionsPage
    decision_page: DecisionPage


def _t(text: str) -> str:
    return QCoreApplication.translate("DecisionWizard", text)


class DecisionPage(QWizardPage):
    """The decision line by line, citing rules; deviations need a written reason."""

    def __init__(self, wizard: Wizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(_t("Decision"))
        self.setSubTitle(
            _t(
                "What the protocol asks for these answers. You may deviate from a line only with a written reason."
            )
        )
        self.body = QVBoxLayout()
        container = QWidget()
        container.setLayout(self.body)
        self.problem = scrolled_with_problem(self, container)
        self.deviate: dict[LineKey, tuple[QCheckBox, QLineEdit]] = {}
        self.guard: StoredFilesBox | None = None
        self._reason_problem = False
        self.destroyed_before: list[StoredFile] = []  # by a guard of an earlier visit of this page

    def _clear(self) -> None:
        if self.guard is not None:  # Back and Next again: what was destroyed stays counted
            self.destroyed_before.extend(self.guard.destroyed_files)
        while self.body.count():
            item = self.body.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.deviate = {}
        self.guard = None
        self._reason_problem = False

    def line_text(self, key: LineKey) -> str:
        """The words for one line of the decision (also used by the actions page)."""
        return line_text(self._wizard.view.line(key))

    def initializePage(self) -> None:
        self._clear()
        wizard = self._wizard
        wizard.view = wizard.decisions.preview(wizard.prepared, wizard.questions_page.answers())
        view = wizard.view
        if wizard.evidence is not None and wizard.questions_page.answers().sexual_images_of_minor:
            stored = wizard.evidence.stored_files(wizard.incident_id)
            # Only where files are stored, or were destroyed in this wizard (then it says none is
            # left): a case that never held a file is not told to destroy one.
            if stored or self.destroyed_before:
                self.guard = StoredFilesBox(wizard.evidence, wizard.incident_id, files=stored)
                self.guard.changed.connect(lambda: self.problem.setText(""))
                self.body.addWidget(self.guard)
        if not view.lines:
            none = QLabel(_t("The protocol asks for no action with these answers."))
            none.setWordWrap(True)
            self.body.addWidget(none)
        for line in view.lines:
            words = line_text(line)
            box = QGroupBox(words)
            box.setAccessibleName(words)
            check = QCheckBox(_t("Deviate from this"))
            check.setAccessibleName(_t("Deviate from: %1").replace("%1", words))
            reason = QLineEdit()
            reason.setPlaceholderText(self.placeholder(line.kind))
            reason.setAccessibleName(_t("Reason for deviating from: %1").replace("%1", words))
            reason.setEnabled(False)
            check.toggled.connect(reason.setEnabled)
            check.toggled.connect(lambda _on: self._recheck())
            reason.textChanged.connect(lambda _text: self._recheck())
            column = QVBoxLayout(box)
            if line.kind is ActionKind.PARENTS and line.person is not None:
                column.addWidget(
                    parents_label(line.person.name, wizard.prepared.contacts.get(line.person.id, ()))
                )
            row = QHBoxLayout()
            row.addWidget(check)
            row.addWidget(reason, 1)
            column.addLayout(row)
            self.body.addWidget(box)
            self.deviate[line.key] = (check, reason)
        why_not = why_not_words(view, ui_lang())
        if why_not:
            label = QLabel("<br>".join(html.escape(reason) for reason in why_not))
            label.setWordWrap(True)
            label.setStyleSheet("color: #4a4a4a;")
            self.body.addWidget(label)
        for route in view.routes:
            box = QGroupBox(route_title(route, ui_lang()))
            inner = QVBoxLayout(box)
            label = QLabel(route_advice(route, ui_lang()))
            label.setWordWrap(True)
            inner.addWidget(label)
            source = QLabel(route_source(route, ui_lang()))
            source.setWordWrap(True)
            source.setStyleSheet("color: #4a4a4a; font-style: italic; font-weight: normal;")
            source.setAccessibleName(_t("Source of the route"))
            inner.addWidget(source)
            steps = QLabel(_t("Recording the decision opens these steps as follow-up actions."))
            steps.setStyleSheet("font-weight: normal;")
            inner.addWidget(steps)
            box.setStyleSheet("QGroupBox { font-weight: bold; }")
            self.body.addWidget(box)
        self.body.addStretch(1)

    @staticmethod
    def placeholder(kind: ActionKind) -> str:
        """An example reason that fits the line: about parents, the police or guidance."""
        if kind is ActionKind.POLICE:
            return _t("Reason, e.g. the police already know: the victim's parents reported it themselves")
        if kind is ActionKind.GUIDANCE:
            return _t(
                "Reason, e.g. the victim already gets guidance elsewhere (youth care team, company doctor)"
            )
        return _t("Reason, e.g. informing the parents would endanger the pupil")

    def _short_reasons(self) -> list[QLineEdit]:
        return [
            reason
            for check, reason in self.deviate.values()
            if check.isChecked() and len(reason.text().strip()) < MIN_REASON
        ]

    def _recheck(self) -> None:
        # The deviation problem goes as soon as every ticked line has its reason (or is unticked).
        if self._reason_problem and not self._short_reasons():
            self._reason_problem = False
            self.problem.setText("")

    def deviations(self) -> list[Deviation]:
        """The deviations ticked, with their reasons."""
        return [
            Deviation(key, reason.text().strip())
            for key, (check, reason) in self.deviate.items()
            if check.isChecked()
        ]

    def validatePage(self) -> bool:
        if self.guard is not None and self.guard.files:
            self.problem.setText(_t("Destroy every stored file of this case first (see above)."))
            self.guard.buttons[0].setFocus()
            return False
        if short := self._short_reasons():
            self._reason_problem = True
            self.problem.setText(_t("Write a reason (at least 10 characters) for every deviation."))
            short[0].setFocus()
            return False
        self.problem.setText("")
        return True

    def nextId(self) -> int:
        # The protocol decides whether anything follows: no actions, no actions page.
        plans = self._wizard.decisions.planned_actions(self._wizard.view, self.deviations())
        return PAGE_ACTIONS if plans else -1


class ActionsPage(QWizardPage):
    """The follow-up actions that Finish creates: who is responsible and by when."""

    def __init__(self, wizard: Wizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(_t("Follow-up actions"))
        self.setSubTitle(
            _t(
                "Finish records the decision; it cannot be changed afterwards. A new decision can be added later."
            )
        )
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([_t("Action"), _t("Responsible"), _t("Due date")])
        self.table.setAccessibleName(_t("Follow-up actions"))
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 240)
        header.resizeSection(2, 130)
        self.deviated = QLabel()
        self.deviated.setWordWrap(True)
        self.deviated.setAccessibleName(_t("Deviations"))
        self.problem = problem_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.deviated)
        layout.addWidget(self.problem)
        self.plans: list[PlannedAction] = []
        self.editors: list[tuple[QLineEdit, DateField]] = []

    def initializePage(self) -> None:
        wizard = self._wizard
        self.plans = wizard.decisions.planned_actions(wizard.view, wizard.decision_page.deviations())
        self.table.setRowCount(len(self.plans))
        self.editors = []
        for row, plan in enumerate(self.plans):
            item = QTableWidgetItem(plan_words(plan, wizard.view, ui_lang()))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, item)
            who = QLineEdit(plan.responsible)
            who.setAccessibleName(_t("Responsible"))
            due = DateField(QDate(plan.due_date.year, plan.due_date.month, plan.due_date.day))
            due.setAccessibleName(_t("Due date"))
            self.table.setCellWidget(row, 1, who)
            self.table.setCellWidget(row, 2, due)
            self.editors.append((who, due))
        self.table.resizeRowsToContents()
        deviations = wizard.decision_page.deviations()
        lang = ui_lang()
        self.deviated.setText(
            "<br>".join(
                f"<s>{html.escape(wizard.decision_page.line_text(d.item))}</s> — "
                f"<b>{html.escape(deviation_words(d.reason, lang))}</b>"
                for d in deviations
            )
        )
        self.deviated.setVisible(bool(deviations))

    def final_plans(self) -> list[PlannedAction]:
        """The planned actions with the coordinator's edits."""
        result = []
        for plan, (who, due) in zip(self.plans, self.editors, strict=True):
            d = due.date()
            result.append(
                PlannedAction(
                    item=plan.item,
                    kind=plan.kind,
                    person_id=plan.person_id,
                    responsible=who.text().strip(),
                    due_date=date(d.year(), d.month(), d.day()),
                    urgent=plan.urgent,
                    seq=plan.seq,
                )
            )
        return result

    def validatePage(self) -> bool:
        if not refuse_invalid_dates(self, self.problem.setText):
            return False
        if any(not who.text().strip() for who, _ in self.editors):
            self.problem.setText(_t("Every action needs someone responsible."))
            return False
        return True
