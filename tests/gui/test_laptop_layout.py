"""What a 1366x768 laptop showed cut off or out of place (issue 14 point 8): the further
categories of the incident form, the lines and thumbnails of the evidence tab, and a status and
closing reason on a form for an incident that does not exist yet."""

from __future__ import annotations

import io
from datetime import date

from PIL import Image
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListWidget

from tests.gui.press import ok
from udens_register.domain.enums import Category
from udens_register.domain.enums import Status
from udens_register.domain.model import IncidentDraft
from udens_register.services.dto import EvidenceMeta
from udens_register.ui.evidence import EvidencePanel
from udens_register.ui.incident_form import IncidentForm

TODAY = date(2026, 3, 16)


def _whole(view: QListWidget) -> list[str]:
    """The visible items of ``view`` that run past its right edge."""
    width = view.viewport().width()
    return [
        view.item(r).text()
        for r in range(view.count())
        if not view.item(r).isHidden() and view.visualItemRect(view.item(r)).right() > width
    ]


def test_the_new_incident_form_has_no_status_and_its_further_categories_are_whole(qtbot, reg, dutch) -> None:  # type: ignore[no-untyped-def]
    form = IncidentForm(reg.incidents, reg.persons, TODAY)
    qtbot.addWidget(form)
    form.resize(640, 680)  # as it opens on the laptop
    form.show()
    qtbot.waitExposed(form)
    labels = {label.text().replace("&", "") for label in form.findChildren(QLabel) if label.isVisible()}
    assert "Verdere categorieën:" in labels
    assert not labels & {"Status:", "Reden van afsluiten:"}, "a new incident is open: nothing to choose"
    further = form.further
    assert _whole(further) == [], "every label ends inside the list"
    longest = max(range(further.count()), key=lambda r: len(further.item(r).text()))
    rows = {further.visualItemRect(further.item(r)).height() for r in range(further.count())}
    assert further.visualItemRect(further.item(longest)).height() == max(rows) > min(rows), "it wraps"
    assert further.item(longest).toolTip() == further.item(longest).text()

    form.title.setText("Dreigend bericht")
    form.category.setCurrentIndex(form.category.findData(Category.THREAT_OF_VIOLENCE.value))
    form.images.no.setChecked(True)
    ok(qtbot, form)
    assert form.created is not None and reg.incidents.get(form.created.id).status == Status.OPEN


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (900, 1600), (30, 120, 200)).save(out, "PNG")  # a phone screenshot, upright
    return out.getvalue()


def test_the_evidence_lines_wrap_and_the_thumbnails_are_readable(qtbot, reg, dutch) -> None:  # type: ignore[no-untyped-def]
    case = reg.incidents.create(
        IncidentDraft(title="Nepaccount", category=Category.PRIVACY_VIOLATION, reported_at=TODAY)
    )
    meta = EvidenceMeta(
        platform="Instagram",
        profile="@een_heel_lang_nepaccount_op_naam_van_de_school_2026",
        post_url="https://www.instagram.com/p/Cx1234567890abcdef/",
    )
    reg.evidence.intake(case.id, "schermafbeelding-instagram-story-van-maandagavond.png", _png(), meta)
    panel = EvidencePanel()
    qtbot.addWidget(panel)
    panel.resize(460, 500)  # the case pane beside the list on a 1366 px wide screen
    panel.show()
    panel.show_incident(reg.evidence, case.id, sexual_images_minor=False)
    qtbot.waitExposed(panel)
    view = panel.list
    assert min(view.iconSize().width(), view.iconSize().height()) >= 96
    assert _whole(view) == [], "the line wraps inside the tab"
    item = view.item(0)
    assert view.visualItemRect(item).height() >= 96, "the row is as high as its thumbnail"
    tip = item.toolTip()
    assert "@een_heel_lang_nepaccount_op_naam_van_de_school_2026" in tip
    assert "schermafbeelding-instagram-story-van-maandagavond.png" in tip
    assert "https://www.instagram.com/p/Cx1234567890abcdef/" in tip
