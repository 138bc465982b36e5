"""The decision wizard of an images case that never held a file says nothing about destroying
stored files (issue 24: it opened with a red "Opgeslagen bestanden moeten eerst worden
vernietigd" and then "Er is geen bestand van deze zaak meer opgeslagen")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QWizard

from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import PersonDraft
from udens_register.ui.decision import DecisionWizard


def _next(qtbot, wizard: DecisionWizard) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_no_destroy_heading_in_a_case_that_never_held_a_file(qtbot, reg) -> None:  # type: ignore[no-untyped-def]
    pupil = reg.persons.create(PersonDraft(PersonKind.PUPIL, "Sanne", "Bos", date_of_birth=date(2012, 2, 2)))
    incident = reg.incidents.create(
        IncidentDraft(title="Naaktfoto doorgestuurd", category=Category.SEXUAL_IMAGES_MINOR,
                      reported_at=date(2026, 3, 13))
        , [(pupil.id, (Role.VICTIM,))],
    )  # fmt: skip
    wizard = DecisionWizard(reg.decisions, incident.id, None, reg.evidence)
    qtbot.addWidget(wizard)
    wizard.show()
    _next(qtbot, wizard)
    q = wizard.questions_page
    q.violation.yes.setChecked(True)
    for name in ("sexual", "accusation", "danger", "domestic"):
        getattr(q, name).no.setChecked(True)
    q.images.yes.setChecked(True)
    _next(qtbot, wizard)
    page = wizard.decision_page
    assert wizard.currentPage() is page
    assert page.guard is None
    shown = [b.title() for b in page.findChildren(QGroupBox) if b.isVisible()]
    shown += [label.text() for label in page.findChildren(QLabel) if label.isVisible()]
    assert not [x for x in shown if "Opgeslagen bestanden" in x or "geen bestand" in x], shown
