"""The decision wizard: the protocol's questions, the decision with its rules, deviations, actions.

Nothing is stored before Finish; Finish records one immutable decision and its actions.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from udens_register.domain.errors import RegisterError
from udens_register.protocol import rule_text
from udens_register.services.dto import Answers, Deviation, Outcome, PlannedAction, Prepared
from udens_register.ui.dialogs import problem_label
from udens_register.ui.errors import show_error
from udens_register.ui.i18n import fmt_date, kind_label, role_label

MIN_REASON = 10


class DecisionsPort(Protocol):
    """What the wizard needs of the decision service."""

    coordinator_label: str

    def prepare(self, incident_id: int) -> Prepared: ...
    def preview(self, prepared: Prepared, answers: Answers) -> Outcome: ...
    def planned_actions(self, outcome: Outcome, deviations: list[Deviation]) -> list[PlannedAction]: ...
    def record(
        self, incident_id: int, answers: Answers, deviations: list[Deviation], actions: list[PlannedAction]
    ) -> Any: ...


def _t(text: str) -> str:
    return QCoreApplication.translate("DecisionWizard", text)


def _quote(code: str) -> QLabel:
    label = QLabel(_t("Protocol, rule %1:").replace("%1", code) + f"\n\u201c{rule_text(code)}\u201d")
    label.setWordWrap(True)
    label.setStyleSheet("color: #4a4a4a; font-style: italic;")
    label.setAccessibleName(_t("Protocol wording"))
    return label


def route_text(code: str) -> tuple[str, str]:
    """Title and explanation of a route outside the protocol."""
    texts = {
        "board_inspector": (
            _t("Staff member suspected of a sexual offence against a minor pupil"),
            _t(
                "The school must inform the board (bevoegd gezag) at once. The board consults the "
                "confidential inspector of the Inspectorate of Education straight away and, where "
                "there is a reasonable suspicion, reports the matter to the police."
            ),
        ),
        "meldcode": (
            _t("Signals of domestic violence or child abuse"),
            _t(
                "Follow the five steps of the Meldcode: 1 map the signals; 2 consult a colleague and, "
                "if needed, Veilig Thuis; 3 talk with the pupil and/or parents; 4 weigh the violence or "
                "abuse using the assessment framework; 5 decide: report to Veilig Thuis and/or "
                "organise help."
            ),
        ),
        "sexual_images": (
            _t("Sexual images of a minor"),
            _t(
                "Never copy, forward or store such images, not even as evidence. Record only a "
                "description and report the images to the police."
            ),
        ),
    }
    return texts.get(code, (code, ""))


def decision_lines(decision: dict[str, Any], names: dict[str, str]) -> list[tuple[str, str]]:
    """(item key, words) for every line of a decision, each citing its rule."""
    lines: list[tuple[str, str]] = []
    for entry in decision["parents"]:
        name = names.get(entry["person"], entry["person"])
        if entry["mode"] == "consent":
            text = _t("Involve the parents of %1 only with the pupil's consent (18 or older) — rule 3")
        else:
            text = _t("Inform the parents of %1 — rule 3")
        lines.append((f"parents:{entry['person']}", text.replace("%1", name)))
    police = decision["police"]
    if police["involve"]:
        cited = "; ".join(f"{g}: {rule_text(g)}" for g in police["grounds"])
        text = _t("Involve the police — rule 4") + (f" ({cited})" if cited else "")
        if police["urgent"]:
            text += " — " + _t("URGENT: call 112 now")
        lines.append(("police", text))
    for pid in decision["victim_guidance"]:
        lines.append(
            (
                f"guidance:{pid}",
                _t("Make sure %1 is guided as a victim — rule 5").replace("%1", names.get(pid, pid)),
            )
        )
    return lines


class _YesNo(QWidget):
    """A required yes/no answer."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.yes = QRadioButton(_t("Yes"))
        self.no = QRadioButton(_t("No"))
        self.yes.setAccessibleName(f"{name}: {_t('Yes')}")
        self.no.setAccessibleName(f"{name}: {_t('No')}")
        self.group = QButtonGroup(self)
        self.group.addButton(self.yes)
        self.group.addButton(self.no)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)
        layout.addStretch(1)

    def answered(self) -> bool:
        """Whether either button is checked."""
        return self.yes.isChecked() or self.no.isChecked()

    def value(self) -> bool:
        """True for yes."""
        return self.yes.isChecked()


class PersonsPage(QWizardPage):
    """Who is involved, with roles and ages on the incident date."""

    def __init__(self, prepared: Prepared) -> None:
        super().__init__()
        self.setTitle(_t("Persons involved"))
        self.setSubTitle(
            _t("Case %1, %2. Ages are on the date of the incident.")
            .replace("%1", prepared.case_number)
            .replace("%2", fmt_date(prepared.incident_date))
        )
        table = QTableWidget(len(prepared.persons), 4)
        table.setHorizontalHeaderLabels([_t("Name"), _t("Who"), _t("Roles"), _t("Age")])
        table.setAccessibleName(_t("Persons involved"))
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, p in enumerate(prepared.persons):
            values = [
                p.name,
                kind_label(p.kind),
                ", ".join(role_label(r) for r in p.roles),
                str(p.age) if p.age is not None else _t("unknown"),
            ]
            for col, value in enumerate(values):
                table.setItem(row, col, QTableWidgetItem(value))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table = table
        note = QLabel(
            _t(
                "If a person or role is missing or wrong, cancel and correct the incident first: the "
                "decision follows from who was involved and how."
            )
            if prepared.persons
            else _t("No persons are recorded for this incident yet. Parents and guidance need persons.")
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(table, 1)
        layout.addWidget(note)


class QuestionsPage(QWizardPage):
    """The protocol's questions, each with the protocol's own wording beside it."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(_t("Questions from the protocol"))
        self.setSubTitle(_t("Answer every question. The protocol's own words are quoted beside each."))
        self.violation = _YesNo(_t("Protocol violated"))
        self.threats = {
            "physical": QCheckBox(_t("physical")),
            "psychological": QCheckBox(_t("psychological")),
            "material": QCheckBox(_t("material")),
        }
        self.sexual = _YesNo(_t("Sexual intimidation"))
        self.accusation = _YesNo(_t("Accusation of sexual intimidation"))
        self.danger = _YesNo(_t("Acute danger"))
        self.domestic = _YesNo(_t("Signals of domestic violence or abuse"))
        self.images = _YesNo(_t("Sexual images of a minor"))
        threat_row = QWidget()
        threat_layout = QHBoxLayout(threat_row)
        threat_layout.setContentsMargins(0, 0, 0, 0)
        for box in self.threats.values():
            box.setAccessibleName(_t("Threat of violence: %1").replace("%1", box.text()))
            threat_layout.addWidget(box)
        threat_layout.addStretch(1)
        danger_note = QLabel(_t("If so: call 112 now, then continue."))
        danger_note.setStyleSheet("color: #b00020; font-weight: bold;")

        content = QWidget()
        grid = QGridLayout(content)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        rows: list[tuple[str, QWidget, QWidget | None]] = [
            (_t("Was the school's Social Media Protocol violated?"), self.violation, _quote("3")),
            (_t("Was there a threat of violence? Tick each kind; none if not."), threat_row, _quote("4a")),
            (_t("Was there sexual intimidation?"), self.sexual, _quote("4b")),
            (_t("Is someone accused of sexual intimidation?"), self.accusation, _quote("4c")),
            (_t("Is anyone in acute danger right now?"), self.danger, danger_note),
            (
                _t("Are there signals of domestic violence or child abuse? (outside the protocol)"),
                self.domestic,
                None,
            ),
            (_t("Are sexual images of a minor involved? (outside the protocol)"), self.images, None),
        ]
        for index, (question, answer, aside) in enumerate(rows):
            box = QFrame()
            box.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(box)
            label = QLabel(f"<b>{question}</b>")
            label.setWordWrap(True)
            inner.addWidget(label)
            inner.addWidget(answer)
            grid.addWidget(box, index, 0)
            if aside is not None:
                grid.addWidget(aside, index, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.problem = problem_label()
        self.problem.setAccessibleName(_t("Problem"))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)

    def answers(self) -> Answers:
        """The answers given."""
        return Answers(
            protocol_violation=self.violation.value(),
            threat_of_violence=tuple(k for k, box in self.threats.items() if box.isChecked()),
            sexual_intimidation=self.sexual.value(),
            accusation_of_sexual_intimidation=self.accusation.value(),
            immediate_danger=self.danger.value(),
            domestic_violence_signals=self.domestic.value(),
            sexual_images_of_minor=self.images.value(),
        )

    def validatePage(self) -> bool:
        for widget in (self.violation, self.sexual, self.accusation, self.danger, self.domestic, self.images):
            if not widget.answered():
                self.problem.setText(_t("Answer every question with yes or no."))
                widget.yes.setFocus()
                return False
        self.problem.setText("")
        return True


class DecisionPage(QWizardPage):
    """The decision line by line, citing rules; deviations need a written reason."""

    def __init__(self, wizard: DecisionWizard) -> None:
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
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(container)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.problem = problem_label()
        self.problem.setAccessibleName(_t("Problem"))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        self.deviate: dict[str, tuple[QCheckBox, QLineEdit]] = {}

    def _clear(self) -> None:
        while self.body.count():
            item = self.body.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self.deviate = {}

    def line_text(self, key: str) -> str:
        """The words for one line of the outcome (also used by the actions page)."""
        wizard = self._wizard
        names = {p.key: p.name for p in wizard.prepared.persons}
        return dict(decision_lines(wizard.outcome.decision, names)).get(key, key)

    def initializePage(self) -> None:
        self._clear()
        wizard = self._wizard
        wizard.outcome = wizard.decisions.preview(wizard.prepared, wizard.questions_page.answers())
        outcome = wizard.outcome
        decision = outcome.decision
        if not outcome.items:
            none = QLabel(_t("The protocol asks for no action with these answers."))
            none.setWordWrap(True)
            self.body.addWidget(none)
        for item in outcome.items:
            box = QGroupBox(self.line_text(item.key))
            box.setAccessibleName(self.line_text(item.key))
            check = QCheckBox(_t("Deviate from this"))
            check.setAccessibleName(_t("Deviate from: %1").replace("%1", self.line_text(item.key)))
            reason = QLineEdit()
            reason.setPlaceholderText(_t("Reason, e.g. informing the parents would endanger the pupil"))
            reason.setAccessibleName(_t("Reason for deviating"))
            reason.setEnabled(False)
            check.toggled.connect(reason.setEnabled)
            row = QHBoxLayout(box)
            row.addWidget(check)
            row.addWidget(reason, 1)
            self.body.addWidget(box)
            self.deviate[item.key] = (check, reason)
        why_not: list[str] = []
        if not decision["violation"]:
            why_not.append(_t("No violation of the protocol: parents are not brought in under rule 3."))
        elif not decision["parents"]:
            why_not.append(_t("No pupil is a victim or author: rule 3 brings in no parents."))
        if not decision["police"]["involve"]:
            why_not.append(_t("No ground from rule 4 and no acute danger: the police are not brought in."))
        if not decision["victim_guidance"]:
            why_not.append(_t("No victim is recorded: rule 5 asks no guidance."))
        if why_not:
            label = QLabel("<br>".join(why_not))
            label.setWordWrap(True)
            label.setStyleSheet("color: #4a4a4a;")
            self.body.addWidget(label)
        for code in outcome.routes:
            title, text = route_text(code)
            box = QGroupBox(_t("Outside the protocol: %1").replace("%1", title))
            inner = QVBoxLayout(box)
            label = QLabel(text)
            label.setWordWrap(True)
            inner.addWidget(label)
            box.setStyleSheet("QGroupBox { font-weight: bold; }")
            self.body.addWidget(box)
        self.body.addStretch(1)

    def deviations(self) -> list[Deviation]:
        """The deviations ticked, with their reasons."""
        return [
            Deviation(key, reason.text().strip())
            for key, (check, reason) in self.deviate.items()
            if check.isChecked()
        ]

    def validatePage(self) -> bool:
        for check, reason in self.deviate.values():
            if check.isChecked() and len(reason.text().strip()) < MIN_REASON:
                self.problem.setText(_t("Write a reason (at least 10 characters) for every deviation."))
                reason.setFocus()
                return False
        self.problem.setText("")
        return True

    def nextId(self) -> int:
        # The protocol decides whether anything follows: no actions, no actions page.
        plans = self._wizard.decisions.planned_actions(self._wizard.outcome, self.deviations())
        return DecisionWizard.PAGE_ACTIONS if plans else -1


class ActionsPage(QWizardPage):
    """The follow-up actions that Finish creates: who is responsible and by when."""

    def __init__(self, wizard: DecisionWizard) -> None:
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
        self.editors: list[tuple[QLineEdit, QDateEdit]] = []

    def initializePage(self) -> None:
        wizard = self._wizard
        self.plans = wizard.decisions.planned_actions(wizard.outcome, wizard.decision_page.deviations())
        self.table.setRowCount(len(self.plans))
        self.editors = []
        for row, plan in enumerate(self.plans):
            item = QTableWidgetItem(wizard.decision_page.line_text(plan.item))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, item)
            who = QLineEdit(plan.responsible)
            who.setAccessibleName(_t("Responsible"))
            due = QDateEdit(QDate(plan.due_date.year, plan.due_date.month, plan.due_date.day))
            due.setDisplayFormat("dd-MM-yyyy")
            due.setCalendarPopup(True)
            due.setAccessibleName(_t("Due date"))
            self.table.setCellWidget(row, 1, who)
            self.table.setCellWidget(row, 2, due)
            self.editors.append((who, due))
        self.table.resizeRowsToContents()
        deviations = wizard.decision_page.deviations()
        self.deviated.setText(
            "<br>".join(
                "<b>"
                + html.escape(_t("Deviated from:"))
                + "</b> "
                + html.escape(wizard.decision_page.line_text(d.item))
                + " — "
                + html.escape(d.reason)
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
                    person_key=plan.person_key,
                    responsible=who.text().strip(),
                    due_date=date(d.year(), d.month(), d.day()),
                    urgent=plan.urgent,
                )
            )
        return result

    def validatePage(self) -> bool:
        if any(not who.text().strip() for who, _ in self.editors):
            self.problem.setText(_t("Every action needs someone responsible."))
            return False
        return True


class DecisionWizard(QWizard):
    """Opened from an incident; ``record`` holds the stored decision after Finish."""

    PAGE_PERSONS, PAGE_QUESTIONS, PAGE_DECISION, PAGE_ACTIONS = range(4)

    def __init__(self, decisions: DecisionsPort, incident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.decisions = decisions
        self.incident_id = incident_id
        self.prepared = decisions.prepare(incident_id)
        self.outcome: Outcome = decisions.preview(self.prepared, Answers(protocol_violation=False))
        self.record: Any = None
        self.setWindowTitle(_t("Protocol decision — %1").replace("%1", self.prepared.case_number))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(820, 600)
        self.persons_page = PersonsPage(self.prepared)
        self.questions_page = QuestionsPage()
        self.decision_page = DecisionPage(self)
        self.actions_page = ActionsPage(self)
        self.setPage(self.PAGE_PERSONS, self.persons_page)
        self.setPage(self.PAGE_QUESTIONS, self.questions_page)
        self.setPage(self.PAGE_DECISION, self.decision_page)
        self.setPage(self.PAGE_ACTIONS, self.actions_page)
        self.setButtonText(QWizard.WizardButton.FinishButton, _t("&Record decision"))

    def accept(self) -> None:
        """Finish: store the decision and its actions, once."""
        page = self.currentPage()
        if page is not None and not page.validatePage():
            return
        answers = self.questions_page.answers()
        deviations = self.decision_page.deviations()
        plans = (
            self.actions_page.final_plans()
            if self.currentId() == self.PAGE_ACTIONS
            else self.decisions.planned_actions(self.outcome, deviations)
        )
        try:
            self.record = self.decisions.record(self.incident_id, answers, deviations, plans)
        except RegisterError as exc:
            show_error(self, exc)
            return
        super().accept()
