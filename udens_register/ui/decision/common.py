"""What the wizard's pages and the case pane share: the service port, page ids, rule quotes and the
interface language the decision's words are taken in."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from udens_register.protocol import rule_text
from udens_register.ui.dialogs import problem_label
from udens_register.ui.i18n import ui_lang
from udens_register.wording.decisions import line_words

if TYPE_CHECKING:
    from udens_register.services.decision_view import DecisionLine
    from udens_register.services.decision_view import DecisionView
    from udens_register.services.decision_view import Deviation
    from udens_register.services.dto import Answers
    from udens_register.services.dto import DecisionRow
    from udens_register.services.dto import PlannedAction
    from udens_register.services.dto import Prepared

MIN_REASON = 10

PAGE_PERSONS, PAGE_QUESTIONS, PAGE_DECISION, PAGE_ACTIONS = range(4)


class DecisionsPort(Protocol):
    """What the wizard needs of the decision service."""

    coordinator_label: str

    def prepare(self, incident_id: int) -> Prepared: ...
    def preview(self, prepared: Prepared, answers: Answers) -> DecisionView: ...
    def planned_actions(self, view: DecisionView, deviations: list[Deviation]) -> list[PlannedAction]: ...
    def record(
        self, incident_id: int, answers: Answers, deviations: list[Deviation], actions: list[PlannedAction]
    ) -> DecisionRow: ...


def _t(text: str) -> str:
    return QCoreApplication.translate("DecisionWizard", text)


def line_text(line: DecisionLine) -> str:
    """A decision line's words in the interface language (the PDF prints the same words)."""
    return line_words(line, ui_lang())


def rule_quote(code: str) -> QLabel:
    """The protocol's own words for rule ``code``, quoted beside the question that asks about it."""
    label = QLabel(_t("Protocol, rule %1:").replace("%1", code) + f"\n\u201c{rule_text(code)}\u201d")
    label.setWordWrap(True)
    label.setStyleSheet("color: #4a4a4a; font-style: italic;")
    label.setAccessibleName(_t("Protocol wording"))
    return label


def scrolled_with_problem(page: QWidget, content: QWidget) -> QLabel:
    """Lay ``page`` out as ``content`` in a frameless scroll area above a problem line (so a long
    page fits a 768-pixel screen); returns the problem label."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(content)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    problem = problem_label()
    problem.setAccessibleName(_t("Problem"))
    layout = QVBoxLayout(page)
    layout.addWidget(scroll, 1)
    layout.addWidget(problem)
    return problem
