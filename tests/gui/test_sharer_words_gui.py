"""A pupil recorded as sharer reads *verspreider* everywhere a Dutch coordinator meets the role: the
person view, the incident form, the wizard, the search filter, the case pane, the role and measure
dialogs, the directie and politie PDFs and the period report (read back with pypdf)."""

from __future__ import annotations

import io
import re
from datetime import date

from pypdf import PdfReader
from PySide6.QtWidgets import QProgressBar

from tests.gui.press import click
from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import PersonDraft
from udens_register.paths import resources_dir
from udens_register.reporting.case_pdf import CaseFileRenderer
from udens_register.reporting.period_pdf import render_period_report
from udens_register.ui.case_edit import CasePanel
from udens_register.ui.case_edit import MeasureDialog
from udens_register.ui.case_edit import RolesDialog
from udens_register.ui.decision import DecisionWizard
from udens_register.ui.detail import DetailPane
from udens_register.ui.incident_form import PersonDialog
from udens_register.ui.main_window.incident_list import IncidentList
from udens_register.ui.persons import PersonsView

TODAY = date(2026, 3, 16)  # the ``reg`` fixture's clock


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("&", ""))


def _sharer_case(reg):  # type: ignore[no-untyped-def]
    victim = reg.persons.create(
        PersonDraft(PersonKind.PUPIL, "Noor", "Bakker", date_of_birth=date(2011, 1, 1))
    )
    sharer = reg.persons.create(
        PersonDraft(
            PersonKind.PUPIL, "Sem", "Wit", infix="de", date_of_birth=date(2011, 2, 2), class_name="2B"
        )
    )
    incident = reg.incidents.create(
        IncidentDraft(
            title="Foto doorgestuurd", category=Category.ONLINE_BULLYING, reported_at=date(2026, 3, 13)
        ),
        [(victim.id, (Role.VICTIM,)), (sharer.id, (Role.SHARER,))],
    )
    return incident, sharer


def _pdf(data: bytes) -> str:
    return _flat(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))


def test_the_person_view_shows_a_sharer_as_verspreider(qtbot, reg, dutch) -> None:  # type: ignore[no-untyped-def]
    incident, sharer = _sharer_case(reg)
    view = PersonsView(reg.persons)
    qtbot.addWidget(view)
    view.search.setText("Wit")
    assert [p.id for p in view.people] == [sharer.id]
    assert view.incidents.rowCount() == 1
    header = [view.incidents.horizontalHeaderItem(c).text() for c in range(view.incidents.columnCount())]
    assert header[3] == "Rollen"
    assert view.incidents.item(0, 0).text() == incident.case_number
    assert view.incidents.item(0, 3).text() == "verspreider"
    # A role taken back still reads in Dutch.
    reg.incidents.remove_person(incident.id, sharer.id, "Verkeerde leerling")
    view.refresh()
    assert (
        "verspreider" in view.incidents.item(0, 3).text() and "sharer" not in view.incidents.item(0, 3).text()
    )


def test_forms_wizard_filter_and_case_pane_say_verspreider(qtbot, reg, dutch) -> None:  # type: ignore[no-untyped-def]
    incident, sharer = _sharer_case(reg)
    picker = PersonDialog(reg.persons, TODAY)
    qtbot.addWidget(picker)
    assert _flat(picker.role_boxes[Role.SHARER].text()).lower() == "verspreider"

    wizard = DecisionWizard(reg.decisions, incident.id, None, reg.evidence)
    qtbot.addWidget(wizard)
    wizard.show()
    rows = {
        wizard.persons_page.table.item(r, 0).text(): r for r in range(wizard.persons_page.table.rowCount())
    }
    assert wizard.persons_page.table.item(rows["Sem de Wit"], 2).text() == "verspreider"

    listing = IncidentList(TODAY, QProgressBar())
    qtbot.addWidget(listing)
    filters = [listing.role_filter.itemText(i) for i in range(listing.role_filter.count())]
    assert "verspreider" in filters and "sharer" not in filters

    detail = reg.incidents.get(incident.id)
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_incident(detail, [], [], [], [], [], [])
    assert "Sem de Wit" in pane.toPlainText() and "verspreider" in pane.toPlainText()
    assert "sharer" not in pane.toPlainText()

    panel = CasePanel()
    qtbot.addWidget(panel)
    panel.show_incident(reg.incidents, reg.persons, detail, TODAY, [], [])
    people = [panel.person_list.item(i).text() for i in range(panel.person_list.count())]
    assert any("Sem de Wit" in p and "verspreider" in p for p in people), people

    roles = RolesDialog("Sem de Wit", ("sharer",))
    qtbot.addWidget(roles)
    assert (
        roles.boxes[Role.SHARER].isChecked()
        and _flat(roles.boxes[Role.SHARER].text()).lower() == "verspreider"
    )

    # A spreader takes part in the violation: a measure can be taken against them too.
    measure = MeasureDialog(
        [
            (i.person.id, i.person.name)
            for i in detail.active_involvements
            if {"author", "sharer"} & set(i.roles)
        ],
        TODAY,
    )
    qtbot.addWidget(measure)
    assert measure.person.itemData(1) == sharer.id


def test_the_measure_button_offers_the_sharer(qtbot, reg, dutch, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import udens_register.ui.case_edit as case_edit

    incident, sharer = _sharer_case(reg)
    offered: list[list[tuple[int, str]]] = []

    class Seen(case_edit.MeasureDialog):
        def exec(self) -> int:
            offered.append(
                [(self.person.itemData(i), self.person.itemText(i)) for i in range(1, self.person.count())]
            )
            return 0

    monkeypatch.setattr(case_edit, "MeasureDialog", Seen)
    panel = CasePanel()
    qtbot.addWidget(panel)
    panel.show_incident(reg.incidents, reg.persons, reg.incidents.get(incident.id), TODAY, [], [])
    click(qtbot, panel.buttons["measure"])
    assert offered == [[(sharer.id, "Sem de Wit")]]


def test_both_case_pdfs_and_the_period_report_say_verspreider(reg) -> None:  # type: ignore[no-untyped-def]
    incident, _sharer = _sharer_case(reg)
    fonts = resources_dir() / "fonts"
    for audience in ("directie", "politie"):
        paper = _pdf(CaseFileRenderer(fonts, "nl").render(reg.casefiles.case_file(incident.id, audience)))
        assert "Sem de Wit" in paper and "verspreider" in paper, audience
        assert "sharer" not in paper, audience
    report = reg.casefiles.period_report(date(2026, 1, 1), date(2026, 12, 31))
    paper = _pdf(render_period_report(report, fonts, "nl"))
    assert "verspreider" in paper and "sharer" not in paper
