"""The evidence dialogs: no silent loss of what was typed or chosen (issue 14 point 2), and the
intake that guides (point 4)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from tests.gui.press import answering
from tests.gui.press import click
from tests.gui.press import ok
from tests.gui.press import press
from udens_register.domain.enums import Category
from udens_register.domain.model import IncidentDraft
from udens_register.services.dto import EvidenceMeta
from udens_register.ui import guard
from udens_register.ui.evidence import EvidenceCorrectionDialog
from udens_register.ui.evidence import EvidenceIntakeDialog

TODAY = date(2026, 3, 16)


def _png(colour: tuple[int, int, int] = (10, 200, 10)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), colour).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """``ask_discard`` answers from ``script["answers"]`` and records that it was asked."""
    script: dict[str, list[str]] = {"answers": [], "asked": []}

    def discard(_parent, with_draft: bool) -> str:  # type: ignore[no-untyped-def]
        script["asked"].append(f"discard(with_draft={with_draft})")
        return script["answers"].pop(0)

    monkeypatch.setattr(guard, "ask_discard", discard)
    return script


@pytest.fixture
def case(reg):  # type: ignore[no-untyped-def]
    return reg.incidents.create(
        IncidentDraft(
            title="Nepaccount", category=Category.PRIVACY_VIOLATION, reported_at=TODAY, platform="TikTok"
        )
    )


def _intake(qtbot, reg, case, **kwargs) -> EvidenceIntakeDialog:  # type: ignore[no-untyped-def]
    dialog = EvidenceIntakeDialog(reg.evidence, case.id, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_escape_on_the_intake_with_typed_details_asks_first(qtbot, reg, case, asked) -> None:  # type: ignore[no-untyped-def]
    dialog = _intake(qtbot, reg, case)
    qtbot.keyClicks(dialog.form.profile, "@dreiger123")
    asked["answers"] = [guard.GO_ON]
    qtbot.keyClick(dialog.form.profile, Qt.Key.Key_Escape)
    assert asked["asked"] == ["discard(with_draft=False)"], "no draft for evidence: throw away or go on"
    assert dialog.isVisible() and dialog.form.profile.text() == "@dreiger123"
    asked["answers"] = [guard.GO_ON]
    dialog.button_box.button(dialog.button_box.StandardButton.Cancel).click()  # Annuleren asks too
    assert dialog.isVisible() and len(asked["asked"]) == 2
    asked["answers"] = [guard.DISCARD]
    dialog.close()  # the window's close button
    assert not dialog.isVisible() and len(asked["asked"]) == 3
    assert reg.evidence.list(case.id) == [], "nothing was kept"


def test_chosen_files_alone_count_as_input(qtbot, reg, case, asked, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shot = tmp_path / "screenshot.png"
    shot.write_bytes(_png())
    dialog = _intake(qtbot, reg, case)
    dialog.set_paths([shot])
    asked["answers"] = [guard.GO_ON]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and asked["asked"] == ["discard(with_draft=False)"]


def test_a_description_being_written_is_not_lost_either(qtbot, reg, case, asked) -> None:  # type: ignore[no-untyped-def]
    dialog = _intake(qtbot, reg, case, description_only=True)
    qtbot.keyClicks(dialog.form.description, "Foto in de groepsapp van 2H1")
    asked["answers"] = [guard.GO_ON]
    qtbot.keyClick(dialog.form.profile, Qt.Key.Key_Escape)
    assert dialog.isVisible() and asked["asked"]


def test_an_untouched_intake_closes_without_a_question(qtbot, reg, case, asked) -> None:  # type: ignore[no-untyped-def]
    dialog = _intake(qtbot, reg, case)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and asked["asked"] == []


def test_escape_on_a_changed_correction_asks_first(qtbot, reg, case, asked) -> None:  # type: ignore[no-untyped-def]
    row = reg.evidence.intake(case.id, "shot.png", _png(), EvidenceMeta(platform="TikTok"))
    dialog = EvidenceCorrectionDialog(reg.evidence, row)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and asked["asked"] == [], "unchanged: closes at once"
    dialog = EvidenceCorrectionDialog(reg.evidence, row)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.reason, "Verkeerd profiel")
    asked["answers"] = [guard.GO_ON]
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.reason.text() == "Verkeerd profiel"
    asked["answers"] = [guard.DISCARD]
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert reg.evidence.list(case.id)[0].meta == row.meta, "thrown away: nothing corrected"


def _retype(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.line.selectAll()
    qtbot.keyClicks(field.line, text)


def test_the_intake_offers_the_cases_platform_and_it_can_be_changed(qtbot, reg, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _intake(qtbot, reg, case, platform=case.platform)
    assert dialog.form.platform.text() == "TikTok", "taken from the incident"
    shot = tmp_path / "story.png"
    shot.write_bytes(_png())
    dialog.set_paths([shot])
    dialog.form.platform.setText("Instagram")  # this screenshot came from elsewhere
    with qtbot.waitSignal(dialog.intake_done, timeout=10000):
        dialog.accept()
    assert dialog.added is not None and dialog.added.meta.platform == "Instagram"


def test_the_evidence_tab_passes_the_cases_platform_on(qtbot, reg, case, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from udens_register.ui.evidence import EvidencePanel

    panel = EvidencePanel()
    qtbot.addWidget(panel)
    panel.show_incident(reg.evidence, case.id, sexual_images_minor=False, platform=case.platform)
    seen: list[str] = []

    def run(dialog: EvidenceIntakeDialog) -> int:
        seen.append(dialog.form.platform.text())
        return 0

    monkeypatch.setattr(EvidenceIntakeDialog, "exec", run)
    click(qtbot, panel.buttons["add"])
    click(qtbot, panel.buttons["describe"])
    assert seen == ["TikTok", "TikTok"]


def test_the_add_file_button_opens_the_intake_and_keeps_the_chosen_file(  # type: ignore[no-untyped-def]
    qtbot, reg, case, tmp_path: Path, monkeypatch, dutch
) -> None:
    """Issue 27: *Bestand toevoegen…* ended in the unexpected-error dialog every time, because
    ``clicked(bool)`` reached ``add_file(path)`` as ``path=False``. Pressed here as a person
    does: the intake opens, *Bestanden kiezen…* (the file dialog answered with a real file) and
    *Opslaan* keep the screenshot, and the tab lists it."""
    from PySide6.QtWidgets import QFileDialog

    from udens_register.ui.evidence import EvidencePanel

    panel = EvidencePanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.show_incident(reg.evidence, case.id, sexual_images_minor=False, platform=case.platform)
    shot = tmp_path / "story.png"
    shot.write_bytes(_png())
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *_a, **_k: ([str(shot)], "")))

    def fill(dialog: EvidenceIntakeDialog) -> None:
        assert dialog.windowTitle() == "Bewijs toevoegen"
        press(qtbot, dialog, "Bestanden kiezen…")
        assert dialog.file_label.text() == "story.png"
        with qtbot.waitSignal(dialog.intake_done, timeout=10000):
            ok(qtbot, dialog)

    with answering(EvidenceIntakeDialog, fill):
        press(qtbot, panel, "Bestand toevoegen…")
    assert [row.filename for row in reg.evidence.list(case.id)] == ["story.png"]
    assert panel.list.count() == 1 and "story.png" in panel.list.item(0).text()


def test_the_service_takes_the_cases_platform_when_none_is_given(reg, case) -> None:  # type: ignore[no-untyped-def]
    """As ``add-evidence`` without --platform calls it."""
    row = reg.evidence.intake(case.id, "shot.png", _png(), EvidenceMeta())
    described = reg.evidence.describe(case.id, EvidenceMeta(description="Bericht in de groepsapp"))
    own = reg.evidence.intake(case.id, "other.png", _png((200, 10, 10)), EvidenceMeta(platform="Snapchat"))
    assert (row.meta.platform, described.meta.platform, own.meta.platform) == ("TikTok", "TikTok", "Snapchat")


def test_the_capture_time_is_its_own_stored_and_shown_everywhere(
    qtbot, reg, case, tmp_path: Path, dutch
) -> None:  # type: ignore[no-untyped-def]
    import json

    from pypdf import PdfReader

    from udens_register.paths import resources_dir
    from udens_register.reporting.case_pdf import CaseFileRenderer
    from udens_register.ui.evidence import EvidencePanel
    from udens_register.ui.i18n import fmt_datetime

    dialog = _intake(qtbot, reg, case, platform=case.platform)
    assert dialog.form.captured.is_valid() and dialog.form.captured.text(), "now, by default"
    shot = tmp_path / "screenshot.png"
    shot.write_bytes(_png())
    dialog.set_paths([shot])
    _retype(qtbot, dialog.form.captured, "14-03-2026 10:30")  # made on Saturday, added on Monday
    with qtbot.waitSignal(dialog.intake_done, timeout=10000):
        dialog.accept()
    row = dialog.added
    assert row is not None and row.meta.captured_at is not None
    shown = fmt_datetime(row.meta.captured_at)
    assert shown == "14-03-2026 10:30", "stored as typed (local time)"
    assert row.meta.captured_at != row.created_at

    panel = EvidencePanel()
    qtbot.addWidget(panel)
    panel.show_incident(reg.evidence, case.id, sexual_images_minor=False)
    assert "vastgelegd 14-03-2026 10:30" in panel.list.item(0).text()

    exported = json.loads(reg.export_json())
    (incident,) = [i for i in exported["incidents"] if i["id"] == case.id]
    assert incident["evidence"][0]["captured_at"] == row.meta.captured_at.isoformat()

    pdf = CaseFileRenderer(resources_dir() / "fonts", "nl").render(
        reg.casefiles.case_file(case.id, "directie")
    )
    text = "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Vastgelegd" in text and "14-03-2026 10:30" in text

    correction = EvidenceCorrectionDialog(reg.evidence, row)
    qtbot.addWidget(correction)
    assert correction.form.captured.text() == "14-03-2026 10:30", "the correction shows the stored moment"


def test_intake_errors_go_when_their_field_is_fixed(qtbot, reg, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _intake(qtbot, reg, case)
    dialog.accept()
    assert dialog.problem.text(), "a file must be chosen"
    qtbot.keyClicks(dialog.form.profile, "@x")
    assert dialog.problem.text(), "another field: the error stays"
    shot = tmp_path / "shot.png"
    shot.write_bytes(_png())
    dialog.set_paths([shot])
    assert dialog.problem.text() == "", "a file chosen: the error goes"
    _retype(qtbot, dialog.form.captured, "31-02-2026 10:00")
    dialog.accept()
    assert "Tijdstip" in dialog.problem.text() or "capture" in dialog.problem.text().lower()
    assert reg.evidence.list(case.id) == [], "a bad capture time is refused, nothing kept"
    _retype(qtbot, dialog.form.captured, "28-02-2026 10:00")
    assert dialog.problem.text() == ""


def test_a_capture_time_in_the_future_is_refused(qtbot, reg, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    dialog = _intake(qtbot, reg, case)
    shot = tmp_path / "shot.png"
    shot.write_bytes(_png())
    dialog.set_paths([shot])
    tomorrow = date.today() + timedelta(days=2)
    _retype(qtbot, dialog.form.captured, tomorrow.strftime("%d-%m-%Y 10:00"))
    dialog.accept()
    assert dialog.problem.text() and dialog.isVisible()
    assert reg.evidence.list(case.id) == []


def test_the_correction_error_goes_when_a_reason_is_typed(qtbot, reg, case) -> None:  # type: ignore[no-untyped-def]
    row = reg.evidence.intake(case.id, "shot.png", _png(), EvidenceMeta())
    dialog = EvidenceCorrectionDialog(reg.evidence, row)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.profile.setText("@ander_account")
    dialog.accept()
    assert dialog.problem.text() and dialog.updated is None
    qtbot.keyClicks(dialog.reason, "V")
    assert dialog.problem.text() == ""


def test_correcting_another_detail_leaves_the_capture_time_as_stored(qtbot, reg, case) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC
    from datetime import datetime

    moment = datetime(2026, 3, 14, 10, 30, 37, tzinfo=UTC)  # to the second, as the CLI stores it
    row = reg.evidence.intake(case.id, "shot.png", _png(), EvidenceMeta(captured_at=moment))
    dialog = EvidenceCorrectionDialog(reg.evidence, row)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.profile.setText("@ander_account")
    dialog.reason.setText("Verkeerd profiel overgenomen")
    dialog.accept()
    assert dialog.updated is not None and dialog.updated.meta.profile == "@ander_account"
    assert dialog.updated.meta.captured_at == moment
