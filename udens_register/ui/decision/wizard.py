"""The decision wizard: the protocol's questions, the decision with its rules, deviations, actions.

Nothing is stored before Finish; Finish records one immutable decision and its actions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from PySide6.QtWidgets import QWizard

from udens_register.domain.errors import RegisterError
from udens_register.services.dto import Answers
from udens_register.services.dto import DecisionRow
from udens_register.services.dto import StoredFile
from udens_register.ui.decision import common
from udens_register.ui.decision.outcome import ActionsPage
from udens_register.ui.decision.outcome import DecisionPage
from udens_register.ui.decision.questions import PersonsPage
from udens_register.ui.decision.questions import QuestionsPage
from udens_register.ui.errors import show_error
from udens_register.ui.guard import DraftsPort
from udens_register.ui.guard import Guard

if TYPE_CHECKING:
    from udens_register.services.decision_view import DecisionView
    from udens_register.ui.decision.common import DecisionsPort
    from udens_register.ui.decision.images_guard import EvidencePort


def _t(text: str) -> str:
    return QCoreApplication.translate("DecisionWizard", text)


class DecisionWizard(Guard, QWizard):
    """Opened from an incident; ``record`` holds the stored decision after Finish."""

    PAGE_PERSONS, PAGE_QUESTIONS, PAGE_DECISION, PAGE_ACTIONS = (
        common.PAGE_PERSONS,
        common.PAGE_QUESTIONS,
        common.PAGE_DECISION,
        common.PAGE_ACTIONS,
    )

    draft_kind = "decision_wizard"

    def __init__(
        self,
        decisions: DecisionsPort,
        incident_id: int,
        parent: QWidget | None = None,
        evidence: EvidencePort | None = None,
        *,
        drafts: DraftsPort | None = None,
    ) -> None:
        super().__init__(parent)
        self.decisions = decisions
        self.evidence = evidence  # the images-of-minors guard destroys stored files through it
        self.incident_id = incident_id
        self.prepared = decisions.prepare(incident_id)
        self.view: DecisionView = decisions.preview(self.prepared, Answers(protocol_violation=False))
        self.record: DecisionRow | None = None
        self.setWindowTitle(_t("Protocol decision — %1").replace("%1", self.prepared.case_number))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(820, 600)
        self.persons_page = PersonsPage(self.prepared)
        self.questions_page = QuestionsPage()
        # The new-incident form asked this already: its answer stands here (to be changed if need be).
        images = self.questions_page.images
        (images.yes if self.prepared.sexual_images_minor else images.no).setChecked(True)
        self.decision_page = DecisionPage(self)
        self.actions_page = ActionsPage(self)
        self.setPage(self.PAGE_PERSONS, self.persons_page)
        self.setPage(self.PAGE_QUESTIONS, self.questions_page)
        self.setPage(self.PAGE_DECISION, self.decision_page)
        self.setPage(self.PAGE_ACTIONS, self.actions_page)
        self.setButtonText(QWizard.WizardButton.FinishButton, _t("&Record decision"))
        self.guard(drafts, str(incident_id))

    not_input = ("page",)  # turning a page is kept with a draft but is not a change

    def snapshot(self, *, for_storage: bool = False) -> dict[str, Any]:
        """The answers, deviations and action edits, and the page the coordinator was on."""
        page = self.currentId() if self.currentId() != -1 else self.startId()  # -1 before it is shown
        return {**super().snapshot(for_storage=for_storage), "page": page}

    def restore(self, payload: dict[str, Any]) -> None:
        """Answers first, then on to the page of the draft, whose own inputs then come back."""
        super().restore(payload)
        target = payload.get("page")
        if not isinstance(target, int) or target < 0:
            return
        if self.currentId() == -1:
            self.restart()
        while self.currentId() != target:
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break  # a page refused (the draft's answers are incomplete): stay there
        super().restore(payload)

    @property
    def destroyed_files(self) -> list[StoredFile]:
        """The files destroyed for good in this wizard (backups made before may still hold them)."""
        guard = self.decision_page.guard
        return [*self.decision_page.destroyed_before, *(guard.destroyed_files if guard is not None else [])]

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
            else self.decisions.planned_actions(self.view, deviations)
        )
        try:
            self.record = self.decisions.record(self.incident_id, answers, deviations, plans)
            self.draft_done()
        except RegisterError as exc:
            show_error(self, exc)
            return
        super().accept()
