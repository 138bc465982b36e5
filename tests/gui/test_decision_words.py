"""One decision, one set of words: the wizard's last page, the case pane and the director's PDF
show the same line for the same decision, in Dutch and in English."""

from __future__ import annotations

import io
from datetime import UTC
from datetime import date
from datetime import datetime

from pypdf import PdfReader
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QWizard

from udens_register.domain.decisions import ActionKind
from udens_register.domain.decisions import Ground
from udens_register.domain.decisions import ParentMode
from udens_register.domain.decisions import Route
from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import PersonDraft
from udens_register.paths import resources_dir
from udens_register.reporting.case_pdf import CaseFileRenderer
from udens_register.services.decision_view import LineKey
from udens_register.ui.decision import DecisionWizard
from udens_register.ui.detail import DetailPane
from udens_register.wording.decisions import deviation_words
from udens_register.wording.decisions import line_words
from udens_register.wording.decisions import route_title

MONDAY = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)
REASON = "De moeder is al door de mentor gebeld; een tweede gesprek schaadt de leerling."

# What a coordinator reads, spelled out once here so the test does not only compare the
# wording function with itself.
EXPECTED = {
    "nl": [
        "Ouders van Bram Kuipers informeren — regel 3",
        "Ouders van Sem Visser alleen inschakelen met toestemming van de leerling (18 jaar of ouder) — regel 3",
        "Politie inschakelen — regel 4 (4a: dreiging met geweld, in fysieke, psychische of materiële zin)"
        " — SPOED: bel nu 112",
        "Zorgen dat Sem Visser als slachtoffer wordt begeleid — regel 5",
    ],
    "en": [
        "Inform the parents of Bram Kuipers — rule 3",
        "Involve the parents of Sem Visser only with the pupil's consent (18 or older) — rule 3",
        "Involve the police — rule 4 (4a: dreiging met geweld, in fysieke, psychische of materiële zin)"
        " — URGENT: call 112 now",
        "Make sure Sem Visser is guided as a victim — rule 5",
    ],
}


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_wizard_case_pane_and_pdf_show_the_same_words(qtbot, reg, lang: str) -> None:  # type: ignore[no-untyped-def]
    author = reg.persons.create(
        PersonDraft(PersonKind.PUPIL, "Bram", "Kuipers", date_of_birth=date(2011, 1, 1))
    )
    victim = reg.persons.create(
        PersonDraft(PersonKind.PUPIL, "Sem", "Visser", date_of_birth=date(2007, 6, 1))
    )
    incident = reg.incidents.create(
        IncidentDraft(title="Dreigbericht", category=Category.THREAT_OF_VIOLENCE,
                      reported_at=date(2026, 3, 13), occurred_at=date(2026, 3, 12)),
        [(author.id, (Role.AUTHOR,)), (victim.id, (Role.VICTIM,))],
    )  # fmt: skip

    # The wizard, answered as a coordinator would: a threat, acute danger, signals of abuse.
    wizard = DecisionWizard(reg.decisions, incident.id)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    q = wizard.questions_page
    q.violation.yes.setChecked(True)
    q.threats["physical"].setChecked(True)
    q.sexual.no.setChecked(True)
    q.accusation.no.setChecked(True)
    q.danger.yes.setChecked(True)
    q.domestic.yes.setChecked(True)
    q.images.no.setChecked(True)
    wizard.next()
    assert wizard.currentId() == DecisionWizard.PAGE_DECISION
    check, reason = wizard.decision_page.deviate[LineKey(ActionKind.PARENTS, author.id)]
    check.setChecked(True)
    reason.setText(REASON)
    wizard.next()
    assert wizard.currentId() == DecisionWizard.PAGE_ACTIONS, "the actions page is the last page"
    table = wizard.actions_page.table
    last_page = _flat(
        " ".join(table.item(row, 0).text() for row in range(table.rowCount()))
        + " "
        + QTextDocumentFragment.fromHtml(wizard.actions_page.deviated.text()).toPlainText()
    )
    with qtbot.waitSignal(wizard.accepted):
        wizard.button(QWizard.WizardButton.FinishButton).click()

    # The one typed view the three places display.
    (record,) = reg.decisions.decisions(incident.id)
    view = record.view
    assert [(x.kind, x.person.id if x.person else None, x.mode, x.grounds, x.urgent) for x in view.lines] == [
        (ActionKind.PARENTS, author.id, ParentMode.INFORM, (), False),
        (ActionKind.PARENTS, victim.id, ParentMode.CONSENT, (), False),
        (ActionKind.POLICE, None, None, (Ground.THREAT_OF_VIOLENCE,), True),
        (ActionKind.GUIDANCE, victim.id, None, (), False),
    ]
    assert [x.rule for x in view.lines] == ["3", "3", "4a", "5"]
    assert view.line(LineKey(ActionKind.PARENTS, author.id)).deviation == REASON
    assert view.routes == (Route.MELDCODE,)
    words = [line_words(x, lang) for x in view.lines]
    assert words == EXPECTED[lang]
    deviation = deviation_words(REASON, lang)
    route = route_title(Route.MELDCODE, lang)

    # The case pane.
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_incident(reg.incidents.get(incident.id), reg.decisions.decisions(incident.id))
    case_pane = _flat(pane.toPlainText())

    # The director's case file, read back from the PDF.
    pdf = CaseFileRenderer(resources_dir() / "fonts", lang).render(
        reg.casefiles.case_file(incident.id, "directie")
    )
    paper = _flat(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))

    for place, text in (("wizard's last page", last_page), ("case pane", case_pane), ("PDF", paper)):
        for line in [*words, deviation]:
            assert _flat(line) in text, f"{place} lacks: {line}"
    for place, text in (("case pane", case_pane), ("PDF", paper)):
        assert route in text, f"{place} lacks the route: {route}"
    # The last page shows each line once: the actions to take, and the line deviated from.
    assert sum(text in last_page for text in words) == len(words)
    # ... then the Meldcode's five steps and the victim's two review moments.
    assert table.rowCount() == len(words) - 1 + 5 + 2
