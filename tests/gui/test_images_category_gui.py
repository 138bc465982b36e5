"""Choosing the category *sexual images of a minor* answers the images question: in the new
incident form the answer becomes yes (no cannot be chosen), in a correction the flag is ticked and
cannot be unticked, and the stored files are shown to destroy first. Unticking the flag again
takes the list of files away."""

from __future__ import annotations

from datetime import date

from tests.gui.press import click
from tests.gui.press import ok
from tests.integration.test_images_past import _png
from udens_register.domain.enums import Category
from udens_register.domain.model import IncidentDraft
from udens_register.services.dto import EvidenceMeta
from udens_register.ui.case_correction import IncidentCorrectionDialog
from udens_register.ui.incident_form import IncidentForm

TODAY = date(2026, 3, 16)


def _choose(combo, value: str) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(value))


def test_the_new_incident_form_answers_yes_for_the_category(qtbot, reg) -> None:  # type: ignore[no-untyped-def]
    form = IncidentForm(reg.incidents, reg.persons, TODAY)
    qtbot.addWidget(form)
    assert not form.images.answered()
    _choose(form.category, Category.SEXUAL_IMAGES_MINOR.value)
    assert form.images.yes.isChecked() and not form.images.no.isEnabled()
    _choose(form.category, Category.ONLINE_BULLYING.value)
    assert form.images.no.isEnabled(), "another category leaves the question open to no again"


def test_a_correction_to_the_category_ticks_the_flag_and_shows_the_files(qtbot, reg) -> None:  # type: ignore[no-untyped-def]
    incident = reg.incidents.create(
        IncidentDraft(title="Foto doorgestuurd", category=Category.OTHER, reported_at=date(2026, 3, 2))
    )
    reg.evidence.intake(incident.id, "chat.png", _png(), EvidenceMeta(platform="Snapchat"))
    dialog = IncidentCorrectionDialog(
        reg.incidents, reg.incidents.get(incident.id), TODAY, None, reg.evidence
    )
    qtbot.addWidget(dialog)
    dialog.show()
    _choose(dialog.category, Category.SEXUAL_IMAGES_MINOR.value)
    assert dialog.images.isChecked() and not dialog.images.isEnabled()
    assert dialog.stored_box is not None and [f.filename for f in dialog.stored_box.files] == ["chat.png"]
    dialog.reason.setText("Het blijkt om een naaktfoto te gaan")
    ok(qtbot, dialog)
    assert dialog.updated is None and dialog.problem.text(), "the correction waits for the file"
    _choose(dialog.category, Category.OTHER.value)
    assert dialog.images.isEnabled()
    dialog.images.setChecked(False)
    assert not dialog.stored_box.isVisible(), "unticked again, the list of files goes"
    dialog.images.setChecked(True)
    assert dialog.stored_box.isVisible()


def test_viewing_or_saving_a_destroyed_file_says_it_was_destroyed(qtbot, reg, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Was: 'Controleer het veld evidence: no file 16' (an internal error, in English)."""
    from PySide6.QtWidgets import QMessageBox

    from udens_register.ui.evidence import EvidencePanel

    incident = reg.incidents.create(
        IncidentDraft(title="Foto doorgestuurd", category=Category.OTHER, reported_at=date(2026, 3, 2))
    )
    shot = reg.evidence.intake(incident.id, "chat.png", _png(), EvidenceMeta(platform="Snapchat"))
    reg.evidence.destroy(shot.id, "Seksuele beelden van een minderjarige", "Chat met foto")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: told.append(text)))
    panel = EvidencePanel()
    qtbot.addWidget(panel)
    panel.show_incident(reg.evidence, incident.id, sexual_images_minor=False)
    panel.list.setCurrentRow(0)
    click(qtbot, panel.buttons["view"])
    click(qtbot, panel.buttons["save"])
    assert len(told) == 2 and all("destroyed for good" in t or "definitief vernietigd" in t for t in told), (
        told
    )
