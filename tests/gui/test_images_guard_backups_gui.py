"""Flagging a case as sexual images of a minor by a *correction*, in the main window: the stored
file is destroyed for good inside the correction dialog, and the backups that still hold it are
named afterwards, as after a purge; the wizard names them too, even when cancelled."""

from __future__ import annotations

import io
import os

from PIL import Image
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMessageBox

from tests.conftest import PASSPHRASE
from tests.gui.press import click
from tests.gui.press import ok
from tests.gui.press import trigger
from tests.gui.press import unlock as press_unlock
from udens_register.services.dto import EvidenceMeta
from udens_register.services.settings import Settings
from udens_register.services.snapshots import list_snapshots
from udens_register.ui.case_correction import IncidentCorrectionDialog
from udens_register.ui.decision.images_guard import DestroyDialog
from udens_register.ui.main_window import MainWindow


def _screenshot() -> bytes:
    image = Image.frombytes("RGB", (40, 30), os.urandom(40 * 30 * 3))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _modal(kind: type) -> object:
    box = QApplication.activeModalWidget()
    assert isinstance(box, kind), f"expected {kind.__name__}, got {type(box).__name__}"
    return box


def _case_with_a_backup(qtbot, filled, tmp_path, meta: EvidenceMeta):  # type: ignore[no-untyped-def]
    """The main window on a case holding one screenshot, and a backup made while it is stored."""
    gateway, _ = filled
    backups = tmp_path / "backups"
    win = MainWindow(gateway, Settings(backup_folder=str(backups)))
    qtbot.addWidget(win)
    win.show()
    press_unlock(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: win.incident_list.model.rowCount() > 0, timeout=15000)
    win.incident_list.table.setCurrentIndex(win.incident_list.proxy.index(0, 0))
    incident_id = win.current_incident_id()
    register = win.register
    assert register is not None and incident_id is not None
    shot = register.evidence.intake(incident_id, "dm.png", _screenshot(), meta)
    before = register.automatic_backup(backups)
    win.case_pane.load(incident_id)
    panel = win.case_pane.case_panel
    qtbot.waitUntil(lambda: panel.detail is not None and panel.detail.id == incident_id, timeout=10000)
    return win, register, panel, backups, shot, before


def _answer_backup_question(monkeypatch, answer: QMessageBox.StandardButton) -> list[str]:  # type: ignore[no-untyped-def]
    """Every question about backups still holding the files, answered with ``answer``."""
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def _click_destroy(button, description: str) -> None:  # type: ignore[no-untyped-def]
    """Click a file's destroy button and confirm the dialog it opens with ``description``."""

    def confirm() -> None:
        box = _modal(DestroyDialog)
        box.description.setText(description)  # type: ignore[attr-defined]
        ok(None, box)

    QTimer.singleShot(0, confirm)
    button.click()


def test_a_correction_that_destroys_files_names_the_backups_still_holding_them(  # type: ignore[no-untyped-def]
    qtbot, filled, tmp_path, monkeypatch
) -> None:
    win, register, panel, backups, shot, before = _case_with_a_backup(
        qtbot, filled, tmp_path, EvidenceMeta(platform="Snapchat")
    )
    incident_id = panel.detail.id
    case_number = panel.detail.case_number
    asked = _answer_backup_question(monkeypatch, QMessageBox.StandardButton.Yes)

    def correct() -> None:
        dialog = _modal(IncidentCorrectionDialog)
        assert isinstance(dialog, IncidentCorrectionDialog)
        dialog.images.setChecked(True)
        assert dialog.stored_box is not None and [f.filename for f in dialog.stored_box.files] == ["dm.png"]
        _click_destroy(dialog.stored_box.buttons[0], "Naaktfoto in een privébericht")
        assert dialog.stored_box.files == ()
        dialog.reason.setText("Het blijkt om een naaktfoto te gaan")
        ok(qtbot, dialog)

    QTimer.singleShot(0, correct)
    click(qtbot, panel.buttons["correct"])

    assert register.incidents.get(incident_id).sexual_images_minor
    (kept,) = register.evidence.list(incident_id)
    assert kept.sha256 == shot.sha256 and kept.destroyed_at is not None
    assert len(asked) == 1 and case_number in asked[0] and before.snapshot.name in asked[0]
    names = [s.name for s in list_snapshots(backups)]
    assert before.snapshot.name not in names and names, "the old backup went, a new one without the file came"
    trigger(win, "lock_action")


def test_a_correction_cancelled_after_destroying_still_names_the_backups(  # type: ignore[no-untyped-def]
    qtbot, filled, tmp_path, monkeypatch
) -> None:
    win, register, panel, backups, _shot, before = _case_with_a_backup(
        qtbot, filled, tmp_path, EvidenceMeta()
    )
    incident_id = panel.detail.id
    asked = _answer_backup_question(monkeypatch, QMessageBox.StandardButton.No)

    def correct() -> None:
        dialog = _modal(IncidentCorrectionDialog)
        assert isinstance(dialog, IncidentCorrectionDialog)
        dialog.images.setChecked(True)
        assert dialog.stored_box is not None
        _click_destroy(dialog.stored_box.buttons[0], "Naaktfoto")
        dialog.images.setChecked(False)  # changed their mind: nothing left to correct
        dialog.done(0)

    QTimer.singleShot(0, correct)
    click(qtbot, panel.buttons["correct"])

    assert not register.incidents.get(incident_id).sexual_images_minor
    assert register.evidence.stored_files(incident_id) == ()
    assert len(asked) == 1 and before.snapshot.name in asked[0], "the file is gone, the backups are named"
    assert before.snapshot.name in [s.name for s in list_snapshots(backups)], "answered no: kept"
    trigger(win, "lock_action")


def test_the_wizard_names_the_backups_even_when_cancelled_after_back_and_next(  # type: ignore[no-untyped-def]
    qtbot, filled, tmp_path, monkeypatch
) -> None:
    from udens_register.ui.decision import DecisionWizard

    win, register, panel, _backups, _shot, before = _case_with_a_backup(
        qtbot, filled, tmp_path, EvidenceMeta()
    )
    incident_id = panel.detail.id
    asked = _answer_backup_question(monkeypatch, QMessageBox.StandardButton.No)

    def walk() -> None:
        wizard = _modal(DecisionWizard)
        assert isinstance(wizard, DecisionWizard)
        wizard.next()
        q = wizard.questions_page
        q.violation.yes.setChecked(True)
        for name in ("sexual", "accusation", "danger", "domestic"):
            getattr(q, name).no.setChecked(True)
        q.images.yes.setChecked(True)
        wizard.next()
        guard = wizard.decision_page.guard
        assert guard is not None and len(guard.files) == 1
        _click_destroy(guard.buttons[0], "Naaktfoto")
        wizard.back()  # and on again: the page is built anew, the destroyed file stays counted
        wizard.next()
        assert wizard.destroyed_files and wizard.decision_page.guard is not None
        assert wizard.decision_page.guard.files == ()
        wizard.reject()

    QTimer.singleShot(0, walk)
    trigger(win, "decide_action")
    assert register.decisions.decisions(incident_id) == [], "cancelled: no decision"
    assert register.evidence.stored_files(incident_id) == ()
    assert len(asked) == 1 and before.snapshot.name in asked[0]
    trigger(win, "lock_action")
