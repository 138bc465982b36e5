"""A case flagged as sexual images of a minor before the guard existed, still holding two
screenshots, opened in the real main window: the window says so at unlock, the case file and the
evidence tab say so in red, the case does not close, and the evidence tab destroys both through
the same dialog as the wizard; afterwards no file of the register folder holds their bytes, their
hashes and descriptions stay, and ``verify`` is healthy again."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMessageBox

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from tests.gui.press import ok
from tests.gui.press import trigger
from tests.gui.press import unlock as press_unlock
from tests.gui.test_protocol_depth_gui import _holding
from tests.gui.test_protocol_depth_gui import _pieces
from tests.gui.test_protocol_depth_gui import _screenshot
from tests.integration.test_images_past import flag_as_the_old_wizard_did
from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import PersonDraft
from udens_register.services.dto import EvidenceMeta
from udens_register.services.gateway import RegisterGateway
from udens_register.services.register import create_register
from udens_register.services.register import open_register
from udens_register.services.settings import Settings
from udens_register.services.snapshots import list_snapshots
from udens_register.services.verify import verify_register
from udens_register.ui.case_close import CloseCaseDialog
from udens_register.ui.decision.images_guard import DestroyDialog
from udens_register.ui.main_window import MainWindow


def _first_edition_file(register, incident_id: int, name: str, data: bytes) -> int:  # type: ignore[no-untyped-def]
    """A screenshot as the first edition kept it: its bytes as blobs in the database row."""
    with register.engine.begin() as conn:
        result = conn.exec_driver_sql(
            "INSERT INTO evidence (incident_id, kind, filename, mime, size, sha256, original, working, thumbnail,"
            " platform, post_url, profile, captured_by, description, created_at, removed_reason)"
            " VALUES (?, 'file', ?, 'image/png', ?, ?, ?, ?, NULL, 'Snapchat', '', '', 'x', 'Doorgestuurd in groep',"
            " '2026-03-01 10:00:00', '')",
            (incident_id, name, len(data), hashlib.sha256(data).hexdigest(), data, data),
        )
        return int(result.lastrowid)


def _old_register(tmp_path: Path) -> tuple[RegisterGateway, list[bytes]]:
    """A register of before the guard: case 2026-0001 flagged while it holds two screenshots (one
    taken in as today, one as a first-edition blob), and an unflagged case."""
    folder = tmp_path / "R"
    create_register(folder, PASSPHRASE, "Zorgcoördinator — M. de Vries", kdf_seconds=FAST_KDF)
    first, second = _screenshot(), _screenshot()
    with open_register(folder, PASSPHRASE) as register:
        pupil = register.persons.create(
            PersonDraft(PersonKind.PUPIL, "Fenna", "Zwanenburg", class_name="2H1")
        )
        incident = register.incidents.create(
            IncidentDraft(
                title="Foto doorgestuurd", category=Category.OTHER, reported_at=register.clock().date()
            ),
            [(pupil.id, (Role.VICTIM,))],
        )
        row = register.evidence.intake(
            incident.id, "chat-1.png", first, EvidenceMeta(platform="Snapchat", description="Chat met foto")
        )
        copies = [register.evidence.content(row.id, "working")]
        _first_edition_file(register, incident.id, "chat-2.png", second)
        register.incidents.create(
            IncidentDraft(title="Roddel", category=Category.OTHER, reported_at=register.clock().date())
        )
        flag_as_the_old_wizard_did(register, incident.id)
        # The scan finds the first-edition blob while it is kept (moved out into objects at open).
        assert _holding(folder, register.data_key, _pieces(second))
    return RegisterGateway(folder, kdf_seconds=FAST_KDF), [first, second, *copies]


def _confirm_each_destroy_dialog(qtbot, descriptions: list[str]) -> QTimer:  # type: ignore[no-untyped-def]
    """A timer that confirms every destroy dialog that opens, with the next description."""
    left = list(descriptions)
    timer = QTimer()

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, DestroyDialog) and left:
            box.description.setText(left.pop(0))
            ok(qtbot, box)

    timer.timeout.connect(confirm)
    timer.start(20)
    return timer


@pytest.mark.slow
def test_an_old_flagged_case_with_two_screenshots_is_shown_held_open_and_cleaned(  # type: ignore[no-untyped-def]
    qtbot, tmp_path, monkeypatch, dutch
) -> None:
    gateway, data = _old_register(tmp_path)
    folder = gateway.folder
    pieces = [p for d in data for p in _pieces(d)]
    before = verify_register(folder, PASSPHRASE)
    assert [p for p in before.problems if "2026-0001" in p], "verify names the case before"
    backups = tmp_path / "backups"
    win = MainWindow(gateway, Settings(backup_folder=str(backups)))
    qtbot.addWidget(win)
    win.resize(1366, 728)
    win.show()
    press_unlock(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: win.incident_list.model.rowCount() == 2, timeout=15000)
    register = win.register
    assert register is not None
    backup = register.automatic_backup(backups)

    # The main window says it at once: how many cases, which.
    assert win.images_banner.isVisible()
    banner = win.images_banner.text()
    assert "1 zaak over seksuele beelden van een minderjarige" in banner and "2026-0001" in banner
    win.show_flagged_case()  # the banner's link
    pane = win.case_pane
    qtbot.waitUntil(lambda: pane.evidence_panel.past_box is not None, timeout=10000)
    box = pane.evidence_panel.past_box
    assert box is not None
    qtbot.waitUntil(box.isVisible, timeout=5000)  # the evidence tab is shown with the files to destroy
    assert pane.current_panel() is pane.evidence_panel
    assert [f.filename for f in box.files] == ["chat-1.png", "chat-2.png"]
    assert box.title() == "Nog 2 opgeslagen bestanden te vernietigen"
    assert pane.tabText(pane.evidence_index()) == "Bewijs (2 te vernietigen)"
    assert not pane.evidence_panel.buttons["save"].isEnabled(), "no copy out of the register (Opslaan als)"
    html = pane.detail.toPlainText()
    assert "er zijn nog 2 bestanden van opgeslagen" in html and "Tabblad Bewijs openen" in html
    incident_id = win.current_incident_id()
    assert incident_id is not None and register.incidents.get(incident_id).case_number == "2026-0001"

    # It cannot close while it holds them, and says why.
    closing = CloseCaseDialog(register.incidents, register.decisions, incident_id, win)
    qtbot.addWidget(closing)
    closing.reason.setPlainText("Afgehandeld met de ouders")
    ok(qtbot, closing)
    assert not closing.closed
    assert "seksuele beelden van een minderjarige" in closing.problem.label.text()
    closing.done(0)

    # Destroyed through the wizard's own dialog, one after the other; the backups are named.
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    timer = _confirm_each_destroy_dialog(qtbot, ["Naaktfoto in een chat", "Dezelfde foto, doorgestuurd"])
    assert box.all is not None
    box.all.click()
    timer.stop()
    assert len(asked) == 1 and "2026-0001" in asked[0] and backup.snapshot.name in asked[0]
    assert backup.snapshot.name not in [s.name for s in list_snapshots(backups)], "the old backup went"
    qtbot.waitUntil(lambda: pane.evidence_panel.past_box is None, timeout=10000)
    qtbot.waitUntil(lambda: not win.images_banner.isVisible(), timeout=10000)
    assert pane.tabText(pane.evidence_index()) == "Bewijs"
    assert "nog 2 bestanden" not in pane.detail.toPlainText()

    kept = register.evidence.list(incident_id)
    assert [(e.filename, e.sha256, e.meta.description) for e in kept] == [
        ("chat-1.png", hashlib.sha256(data[0]).hexdigest(), "Naaktfoto in een chat"),
        ("chat-2.png", hashlib.sha256(data[1]).hexdigest(), "Dezelfde foto, doorgestuurd"),
    ]
    assert all(e.destroyed_at is not None for e in kept)
    assert _holding(folder, register.data_key, pieces) == [], "no file of the register folder holds them"
    assert verify_register(folder, PASSPHRASE).healthy, "verify no longer reports the case"

    closing = CloseCaseDialog(register.incidents, register.decisions, incident_id, win)
    qtbot.addWidget(closing)
    closing.reason.setPlainText("Afgehandeld met de ouders")
    ok(qtbot, closing)
    assert closing.closed
    trigger(win, "lock_action")


def test_cancelling_halfway_keeps_the_rest_listed_and_names_the_backups_once(  # type: ignore[no-untyped-def]
    qtbot, tmp_path, monkeypatch, dutch
) -> None:
    gateway, _data = _old_register(tmp_path)
    win = MainWindow(gateway, Settings(backup_folder=str(tmp_path / "backups")))
    qtbot.addWidget(win)
    win.show()
    press_unlock(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: win.incident_list.model.rowCount() == 2, timeout=15000)
    register = win.register
    assert register is not None
    register.automatic_backup(tmp_path / "backups")
    win.show_flagged_case()
    pane = win.case_pane
    qtbot.waitUntil(lambda: pane.evidence_panel.past_box is not None, timeout=10000)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No),
    )

    # Escape in the first dialog of one file: nothing destroyed, nothing asked.
    box = pane.evidence_panel.past_box
    assert box is not None
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())  # type: ignore[union-attr]
    box.buttons[0].click()
    assert len(register.evidence.stored_files(win.current_incident_id() or 0)) == 2 and asked == []

    # All of them, but Annuleren at the second: the first is gone, the backups are named once.
    def first_then_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, DestroyDialog):
            if dialog.windowTitle().endswith("chat-1.png"):
                dialog.description.setText("Naaktfoto in een chat")
                ok(qtbot, dialog)
            else:
                dialog.reject()

    timer = QTimer()
    timer.timeout.connect(first_then_cancel)
    timer.start(20)
    assert box.all is not None
    box.all.click()
    timer.stop()
    assert len(asked) == 1 and "2026-0001" in asked[0]
    qtbot.waitUntil(lambda: pane.tabText(pane.evidence_index()) == "Bewijs (1 te vernietigen)", timeout=10000)
    assert pane.evidence_panel.past_box is not None
    assert [f.filename for f in pane.evidence_panel.past_box.files] == ["chat-2.png"]
    assert pane.evidence_panel.past_box.all is None, "one file left: its own button is enough"
    assert win.images_banner.isVisible() and "1 zaak" in win.images_banner.text()
    trigger(win, "lock_action")
    assert not win.images_banner.isVisible() and pane.tabText(pane.evidence_index()) == "Bewijs"


def test_the_banner_link_finds_the_case_also_when_the_list_is_filtered(qtbot, tmp_path, dutch) -> None:  # type: ignore[no-untyped-def]
    gateway, _data = _old_register(tmp_path)
    win = MainWindow(gateway, Settings(backup_folder=str(tmp_path / "backups")))
    qtbot.addWidget(win)
    win.show()
    press_unlock(qtbot, win, PASSPHRASE)
    lst = win.incident_list
    qtbot.waitUntil(lambda: lst.model.rowCount() == 2, timeout=15000)
    lst.status_filter.setCurrentIndex(lst.status_filter.findData("closed"))
    qtbot.waitUntil(lambda: lst.model.rowCount() == 0, timeout=10000)
    win.show_flagged_case()
    qtbot.waitUntil(lambda: win.current_incident_id() is not None, timeout=10000)
    assert win.register is not None
    assert win.register.incidents.get(win.current_incident_id()).case_number == "2026-0001"
    assert lst.status_filter.currentData() is None and lst.search.text() == "2026-0001"
    qtbot.waitUntil(lambda: win.case_pane.evidence_panel.past_box is not None, timeout=10000)
    trigger(win, "lock_action")
