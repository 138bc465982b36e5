"""Evidence times that cannot be: a message later than the moment it was captured is refused
inline (the time of the post framed, one line why) in the intake and in the correction, and by
the service underneath; the "time unknown" choice is a tick-box reached with the keyboard."""

from __future__ import annotations

import io
from datetime import date
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from tests.gui.press import ok
from udens_register.domain.enums import Category
from udens_register.domain.errors import ValidationError
from udens_register.domain.model import IncidentDraft
from udens_register.services.dto import EvidenceMeta
from udens_register.ui.errors import known_error_text
from udens_register.ui.evidence import EvidenceCorrectionDialog
from udens_register.ui.evidence import EvidenceIntakeDialog

LATE = (
    "Het bericht kan niet later zijn dan het moment waarop het is vastgelegd: controleer het "
    "tijdstip van het bericht en het tijdstip van vastleggen."
)
CAPTURED = datetime(2026, 3, 14, 10, 30).astimezone()


def _png(colour: tuple[int, int, int] = (10, 200, 10)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), colour).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def case(reg):  # type: ignore[no-untyped-def]
    return reg.incidents.create(
        IncidentDraft(
            title="Dreigbericht",
            category=Category.THREAT_OF_VIOLENCE,
            reported_at=date(2026, 3, 16),
            platform="Snapchat",
        )
    )


def _retype(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.line.selectAll()
    qtbot.keyClicks(field.line, text)


def _framed(field) -> bool:  # type: ignore[no-untyped-def]
    return "border" in field.line.styleSheet()


def test_the_intake_refuses_a_message_later_than_its_capture_inline(
    qtbot, reg, case, dutch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = EvidenceIntakeDialog(reg.evidence, case.id, platform=case.platform)
    qtbot.addWidget(dialog)
    dialog.show()
    shot = tmp_path / "snap.png"
    shot.write_bytes(_png())
    dialog.set_paths([shot])
    _retype(qtbot, dialog.form.captured, "14-03-2026 10:30")
    dialog.form.posted_unknown.setChecked(False)
    _retype(qtbot, dialog.form.posted, "14-03-2026 11:00")  # half an hour after the screenshot
    ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.problem.text() == LATE
    assert _framed(dialog.form.posted) and not _framed(dialog.form.captured)
    assert dialog.form.posted.line.toolTip() == LATE
    assert dialog.focusWidget() is dialog.form.posted.line, "the field to fix has the focus"
    assert reg.evidence.list(case.id) == [], "nothing kept"
    _retype(qtbot, dialog.form.captured, "14-03-2026 12:00")  # the capture time was the mistake
    assert dialog.problem.text() == "" and not _framed(dialog.form.posted), "gone once fixed"
    with qtbot.waitSignal(dialog.intake_done, timeout=10000):
        ok(qtbot, dialog)
    assert dialog.added is not None
    assert dialog.added.meta.posted_at == datetime(2026, 3, 14, 11, 0).astimezone()


def test_the_correction_refuses_it_too(qtbot, reg, case, dutch) -> None:  # type: ignore[no-untyped-def]
    row = reg.evidence.intake(case.id, "snap.png", _png(), EvidenceMeta(captured_at=CAPTURED))
    dialog = EvidenceCorrectionDialog(reg.evidence, row)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.posted_unknown.setChecked(False)
    _retype(qtbot, dialog.form.posted, "15-03-2026 09:00")
    qtbot.keyClicks(dialog.reason, "Tijdstip van het bericht aangevuld")
    ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.problem.text() == LATE and _framed(dialog.form.posted)
    assert reg.evidence.list(case.id)[0].meta == row.meta, "nothing corrected"
    dialog.form.posted_unknown.setChecked(True)  # not known after all
    assert dialog.problem.text() == "" and not _framed(dialog.form.posted)
    dialog.form.posted_unknown.setChecked(False)
    _retype(qtbot, dialog.form.posted, "14-03-2026 10:30")  # the same minute is fine
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert reg.evidence.list(case.id)[0].meta.posted_at == CAPTURED


def test_the_service_refuses_a_late_message_whoever_calls_it(reg, case, dutch) -> None:  # type: ignore[no-untyped-def]
    late = EvidenceMeta(posted_at=datetime(2026, 3, 15, 9, 0).astimezone(), captured_at=CAPTURED)
    with pytest.raises(ValidationError) as refused:
        reg.evidence.intake(case.id, "snap.png", _png(), late)
    assert refused.value.field == "posted_at" and known_error_text(refused.value) == LATE
    with pytest.raises(ValidationError):
        reg.evidence.describe(
            case.id, EvidenceMeta(description="Bericht", posted_at=late.posted_at, captured_at=CAPTURED)
        )
    row = reg.evidence.intake(case.id, "snap.png", _png(), EvidenceMeta(captured_at=CAPTURED))
    with pytest.raises(ValidationError):
        reg.evidence.correct(row.id, late, "aangevuld")
    assert [r.meta.posted_at for r in reg.evidence.list(case.id)] == [None]


def test_time_unknown_is_a_tick_box_reached_with_the_keyboard(qtbot, reg, case, dutch) -> None:  # type: ignore[no-untyped-def]
    dialog = EvidenceIntakeDialog(reg.evidence, case.id)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.form.posted_unknown
    assert isinstance(box, QCheckBox) and box.text() == "Tijdstip &onbekend"
    assert box.isChecked() and not dialog.form.posted.isEnabled(), "new evidence: the time is not known yet"
    dialog.form.profile.setFocus()
    for _ in range(4):  # from the profile field, past the (greyed) time of the post
        if dialog.focusWidget() is box:
            break
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is box, "Tab reaches the tick-box"
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked() and dialog.form.posted.isEnabled(), "Space unticks it: the time can be typed"
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked() and not dialog.form.posted.isEnabled()
    assert dialog.form.meta().posted_at is None


def test_unticking_time_unknown_starts_at_the_capture_time(qtbot, reg, case, dutch) -> None:  # type: ignore[no-untyped-def]
    """A screenshot of last week: unticking *Tijdstip onbekend* offers its capture time (the
    latest the message can be), not now, which would be refused at once."""
    dialog = EvidenceIntakeDialog(reg.evidence, case.id)
    qtbot.addWidget(dialog)
    dialog.show()
    _retype(qtbot, dialog.form.captured, "14-03-2026 10:30")
    dialog.form.posted_unknown.setChecked(False)
    assert dialog.form.posted.text() == "14-03-2026 10:30"
    _retype(qtbot, dialog.form.posted, "13-03-2026 22:10")  # typed: kept from now on
    dialog.form.posted_unknown.setChecked(True)
    dialog.form.posted_unknown.setChecked(False)
    assert dialog.form.posted.text() == "13-03-2026 22:10"
