"""The wizard's first two pages: who was involved, and the protocol's questions."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget
from PySide6.QtWidgets import QWizardPage

from udens_register.services.dto import Answers
from udens_register.services.dto import Prepared
from udens_register.ui.decision.common import rule_quote
from udens_register.ui.decision.common import scrolled_with_problem
from udens_register.ui.dialogs import YesNo
from udens_register.ui.i18n import fmt_date
from udens_register.ui.i18n import kind_label
from udens_register.ui.i18n import role_label


def _t(text: str) -> str:
    return QCoreApplication.translate("DecisionWizard", text)


class _YesNo(YesNo):
    """A required yes/no answer."""

    def __init__(self, name: str) -> None:
        super().__init__(_t("Yes"), _t("No"), f"{name}: {_t('Yes')}", f"{name}: {_t('No')}")

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
        self._content = content
        grid = QGridLayout(content)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        rows: list[tuple[str, QWidget, QWidget | None]] = [
            (_t("Was the school's Social Media Protocol violated?"), self.violation, rule_quote("3")),
            (
                _t("Was there a threat of violence? Tick each kind; none if not."),
                threat_row,
                rule_quote("4a"),
            ),
            (_t("Was there sexual intimidation?"), self.sexual, rule_quote("4b")),
            (_t("Is someone accused of sexual intimidation?"), self.accusation, rule_quote("4c")),
            (
                _t(
                    "Is anyone in acute danger, or is there a concrete threat for today or tomorrow? "
                    "Then the police action is urgent and due today."
                ),
                self.danger,
                danger_note,
            ),
            (
                _t("Are there signals of domestic violence or child abuse? (outside the protocol)"),
                self.domestic,
                None,
            ),
            (_t("Are sexual images of a minor involved? (outside the protocol)"), self.images, None),
        ]
        # Each yes/no question with its words and its frame: a missing answer is named and marked.
        self.frames: dict[_YesNo, tuple[str, QFrame]] = {}
        for index, (question, answer, aside) in enumerate(rows):
            frame = QFrame()
            frame.setObjectName("question")
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(frame)
            label = QLabel(f"<b>{html.escape(question)}</b>")
            label.setWordWrap(True)
            inner.addWidget(label)
            if isinstance(answer, _YesNo):
                self.frames[answer] = (question, frame)
                answer.group.buttonToggled.connect(lambda _b, _on: self._recheck())
            inner.addWidget(answer)
            grid.addWidget(frame, index, 0)
            if aside is not None:
                grid.addWidget(aside, index, 1)
        self.problem = scrolled_with_problem(self, content)
        self.problem.setTextFormat(Qt.TextFormat.RichText)
        self._checked = False  # whether Next was pressed: only then are open questions marked

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

    def unanswered(self) -> list[str]:
        """The words of each yes/no question not answered yet, in page order."""
        return [question for answer, (question, _frame) in self.frames.items() if not answer.answered()]

    def _mark(self) -> list[_YesNo]:
        """Mark the unanswered questions (red frame) and name them in the problem line."""
        missing = [answer for answer in self.frames if not answer.answered()]
        for answer, (_question, frame) in self.frames.items():
            frame.setStyleSheet("QFrame#question { border: 2px solid #b00020; }" if answer in missing else "")
        if not missing:
            self.problem.setText("")
            return missing
        names = "".join(f"<li>{html.escape(self.frames[a][0])}</li>" for a in missing)
        self.problem.setText(
            html.escape(_t("Still to answer with yes or no (marked in red):"))
            + f"<ul style='margin: 0'>{names}</ul>"
        )
        return missing

    def _recheck(self) -> None:
        if self._checked:
            self._mark()  # an answered question loses its mark at once; the others stay named

    def validatePage(self) -> bool:
        self._checked = True
        missing = self._mark()
        if missing:
            frame = self.frames[missing[0]][1]
            scroll = self._content.parentWidget()
            area = scroll.parentWidget() if scroll is not None else None
            if isinstance(area, QScrollArea):
                area.ensureWidgetVisible(frame)
            missing[0].yes.setFocus()
            return False
        return True
