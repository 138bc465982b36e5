"""The evidence dialogs: no silent loss of what was typed or chosen (issue 14 point 2), and the
intake that guides (point 4)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from udens_register.domain.enums import Category
from udens_register.domain.model import IncidentDraft
from udens_register.services.dto import EvidenceMeta
from udens_register.ui import guard
from udens_register.ui.evidence import EvidenceCorrectionDialog
from udens_register.ui.evidence import EvidenceIntakeDialog

TODAY = date(2026, 3, 16)


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 200, 10)).save(out, "PNG")
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
