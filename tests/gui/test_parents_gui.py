"""Parents in the app on a real register: recorded and linked in the persons view, a link's relation
changed and the link removed with a reason (seen in the history), and rule 3's contacts in the
decision wizard and the parents action, with a plain line when a pupil has no parent recorded."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListWidget

from tests.gui.press import click
from tests.gui.press import ok
from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import PersonDraft
from udens_register.domain.text import CONTROL_CHARACTER
from udens_register.services.family import ParentDraft
from udens_register.ui.actions import ActionDialog
from udens_register.ui.decision import DecisionWizard
from udens_register.ui.i18n import ui_lang
from udens_register.ui.parents import LinkChangeDialog
from udens_register.ui.parents import ParentDialog
from udens_register.ui.parents import no_parent_text
from udens_register.ui.parents import relation_text
from udens_register.ui.persons import PersonsView
from udens_register.wording import validation_words

TODAY = date(2026, 3, 16)  # the ``reg`` fixture's clock


def _pupils(reg):  # type: ignore[no-untyped-def]
    fenna = reg.persons.create(PersonDraft(PersonKind.PUPIL, "Fenna", "Zwanenburg", class_name="2H1"))
    daan = reg.persons.create(PersonDraft(PersonKind.PUPIL, "Daan", "Dijk", class_name="2H1"))
    return fenna, daan


def test_a_parent_is_recorded_and_linked_to_two_pupils_in_the_persons_view(qtbot, reg) -> None:  # type: ignore[no-untyped-def]
    fenna, daan = _pupils(reg)
    view = PersonsView(reg.persons, None, family=reg.family)
    qtbot.addWidget(view)
    view.search.setText("Fenna")
    assert view.current() == fenna and view.family_table.rowCount() == 0
    dialog = ParentDialog(reg.family, reg.persons, fenna, view)
    qtbot.addWidget(dialog)
    assert dialog.last.text() == "Zwanenburg" and list(dialog.chosen) == [fenna.id]
    qtbot.keyClicks(dialog.first, "Ineke")
    qtbot.keyClicks(dialog.phone, "bel me")
    dialog.relation.setCurrentIndex(dialog.relation.findData("mother"))
    dialog.search.setText("Daan")
    daan_item = next(
        dialog.list.item(i) for i in range(dialog.list.count()) if "Daan" in dialog.list.item(i).text()
    )
    daan_item.setCheckState(Qt.CheckState.Checked)
    ok(qtbot, dialog)
    assert "phone number" in dialog.problem.text() and not reg.persons.find(
        kind="parent"
    )  # refused, nothing kept
    dialog.phone.setText("06-11112222")
    qtbot.keyClicks(dialog.email, "ineke@voorbeeld.nl")
    ok(qtbot, dialog)
    assert dialog.result() == 1 and dialog.created is not None
    view._reshow()
    cells = [view.family_table.item(0, c).text() for c in range(4)]
    assert cells == ["Ineke Zwanenburg", relation_text("mother"), "06-11112222", "ineke@voorbeeld.nl"]
    assert [p.name for p in reg.persons.parents_of(daan.id)] == ["Ineke Zwanenburg"]


def test_a_link_is_changed_and_removed_with_a_reason_kept_in_the_history(qtbot, reg) -> None:  # type: ignore[no-untyped-def]
    fenna, daan = _pupils(reg)
    ineke = reg.family.create_parent(
        ParentDraft("Ineke", "Zwanenburg", phone="06-11112222"), [fenna.id, daan.id]
    )
    view = PersonsView(reg.persons, None, family=reg.family)
    qtbot.addWidget(view)
    view.search.setText("Daan")
    assert view.selected_link() is not None and view.remove_link.isEnabled()
    link, parent_name, child_name = view.selected_link()  # type: ignore[misc]
    change = LinkChangeDialog(reg.family, link, parent_name, child_name, False, view)
    qtbot.addWidget(change)
    change.relation.setCurrentIndex(change.relation.findData("guardian"))
    ok(qtbot, change)
    assert change.problem.text() and change.result() == 0  # a correction needs a reason
    qtbot.keyClicks(change.reason, "Verzorger, niet de moeder")
    ok(qtbot, change)
    assert change.result() == 1
    view._show(view.list.currentRow())
    assert view.family_table.item(0, 1).text() == relation_text("guardian")
    remove = LinkChangeDialog(reg.family, view.selected_link()[0], parent_name, child_name, True, view)  # type: ignore[index]
    qtbot.addWidget(remove)
    qtbot.keyClicks(remove.reason, "Verkeerde leerling gekoppeld")
    ok(qtbot, remove)
    view._show(view.list.currentRow())
    assert view.family_table.rowCount() == 0
    history = view.history.text()
    assert "Verzorger, niet de moeder" in history and "Verkeerde leerling gekoppeld" in history
    assert [c.name for c in reg.persons.children_of(ineke.id)] == ["Fenna Zwanenburg"]


def test_link_an_existing_parent_with_a_relation(qtbot, reg) -> None:  # type: ignore[no-untyped-def]
    fenna, daan = _pupils(reg)
    reg.family.create_parent(ParentDraft("Ineke", "Zwanenburg", phone="06-11112222"), [fenna.id])
    view = PersonsView(reg.persons, None, family=reg.family)
    qtbot.addWidget(view)
    view.search.setText("Daan")

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        choices = dialog.findChild(QListWidget)
        assert choices is not None and "Ineke Zwanenburg" in choices.item(0).text()
        combo_box = dialog.findChild(QComboBox)
        assert combo_box is not None
        combo_box.setCurrentIndex(combo_box.findData("mother"))
        ok(qtbot, dialog)

    QTimer.singleShot(0, choose)
    click(qtbot, view.link)
    assert [(c.name, c.relation) for c in reg.family.contacts([daan.id])[daan.id]] == [
        ("Ineke Zwanenburg", "mother")
    ]


def test_rule_three_shows_the_parents_contacts_in_the_wizard_and_the_action(qtbot, reg) -> None:  # type: ignore[no-untyped-def]
    fenna, daan = _pupils(reg)
    reg.family.create_parent(
        ParentDraft("Ineke", "Zwanenburg", phone="06-11112222", email="ineke@voorbeeld.nl"),
        [fenna.id],
        "mother",
    )
    incident = reg.incidents.create(
        IncidentDraft("Dreigbericht", Category.THREAT_OF_VIOLENCE, TODAY),
        [(fenna.id, (Role.VICTIM,)), (daan.id, (Role.AUTHOR,))],
    )
    wizard = DecisionWizard(reg.decisions, incident.id, None, reg.evidence)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    q = wizard.questions_page
    q.violation.yes.setChecked(True)
    for name in ("sexual", "accusation", "danger", "domestic", "images"):
        getattr(q, name).no.setChecked(True)
    wizard.next()
    assert wizard.currentId() == DecisionWizard.PAGE_DECISION
    boxes = {b.title(): b for b in wizard.decision_page.findChildren(QGroupBox)}
    texts = {title: " ".join(lbl.text() for lbl in box.findChildren(QLabel)) for title, box in boxes.items()}
    fenna_line = next(t for title, t in texts.items() if "Fenna" in title and "3" in title)
    mother = f"Ineke Zwanenburg ({relation_text('mother')})"
    assert mother in fenna_line and "06-11112222" in fenna_line and "ineke@voorbeeld.nl" in fenna_line
    daan_line = next(t for title, t in texts.items() if "Daan" in title and "3" in title)
    assert html.escape(no_parent_text("Daan Dijk")) in daan_line and "Daan Dijk" in daan_line
    wizard.next()
    ok(qtbot, wizard)
    action = next(
        a for a in reg.decisions.actions(incident.id) if a.kind == "parents" and a.person_id == fenna.id
    )
    dialog = ActionDialog(reg.decisions, action, TODAY)
    qtbot.addWidget(dialog)
    shown = " ".join(lbl.text() for lbl in dialog.findChildren(QLabel))
    assert mother in shown and "06-11112222" in shown


def test_a_control_character_in_a_link_reason_is_named_as_such_not_as_a_missing_reason(qtbot, reg) -> None:  # type: ignore[no-untyped-def]
    fenna, _daan = _pupils(reg)
    reg.family.create_parent(ParentDraft("Ineke", "Zwanenburg", phone="06-11112222"), [fenna.id], "mother")
    view = PersonsView(reg.persons, None, family=reg.family)
    qtbot.addWidget(view)
    view.search.setText("Fenna")
    link, parent_name, child_name = view.selected_link()  # type: ignore[misc]
    for remove in (False, True):
        dialog = LinkChangeDialog(reg.family, link, parent_name, child_name, remove, view)
        qtbot.addWidget(dialog)
        if not remove:
            dialog.relation.setCurrentIndex(dialog.relation.findData("guardian"))
        dialog.reason.setText("Verkeerd\x07 gekoppeld")
        ok(qtbot, dialog)
        assert dialog.result() == 0
        said = dialog.problem.text()
        assert said == validation_words("reason", CONTROL_CHARACTER, ui_lang()) and "\n" not in said
        assert "required" not in said and "verplicht" not in said
    assert [(c.name, c.relation) for c in reg.family.contacts([fenna.id])[fenna.id]] == [
        ("Ineke Zwanenburg", "mother")
    ]  # nothing changed


def test_the_control_character_line_of_a_reason_has_dutch_words() -> None:
    said = validation_words("reason", CONTROL_CHARACTER, "nl")
    assert said.startswith("Het veld 'reden' bevat een onzichtbaar")
