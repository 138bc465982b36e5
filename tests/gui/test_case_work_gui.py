"""The case work a coordinator relies on, in the real window over a real demo register: overdue
actions shown on opening, the actions view's filters, case notes, search hits with their
matching words, the rendered protocol, the empty-state hint and a movable splitter."""

from __future__ import annotations

from datetime import UTC
from datetime import datetime
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from tests.gui.press import ok
from tests.gui.press import trigger
from tests.gui.press import unlock as press_unlock
from udens_register.services.demo import DemoClock
from udens_register.services.demo import fill_demo
from udens_register.services.gateway import RegisterGateway
from udens_register.services.register import create_register
from udens_register.services.register import open_register
from udens_register.services.settings import Settings
from udens_register.ui.actions import ActionsView
from udens_register.ui.main_window import MainWindow
from udens_register.ui.models import IncidentTableModel
from udens_register.ui.notes import NoteDialog
from udens_register.ui.protocol_view import ProtocolDialog
from udens_register.ui.settings_dialog import SettingsDialog

LABEL = "Zorgcoördinator — M. de Vries"


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo register made as ``udens-register demo`` makes it: each case on its own dates."""
    folder = tmp_path_factory.mktemp("demo") / "R"
    create_register(folder, PASSPHRASE, LABEL, kdf_seconds=FAST_KDF)
    clock = DemoClock()
    with open_register(folder, PASSPHRASE, clock=clock) as register:
        fill_demo(register, clock=clock)
    return folder


def _window(qtbot, folder: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(RegisterGateway(folder, kdf_seconds=FAST_KDF), Settings(idle_lock_minutes=5))
    qtbot.addWidget(win)
    win.resize(1366, 728)
    win.show()
    press_unlock(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: win.incident_list.model.rowCount() > 0, timeout=20000)
    return win


@pytest.mark.slow
def test_the_demo_register_shows_its_overdue_actions_on_opening(qtbot, demo_folder) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, demo_folder)
    assert win.overdue_banner.isVisible()
    overdue = win.register.decisions.overdue_count()
    assert overdue > 0
    assert str(overdue) in win.overdue_banner.text()
    # The banner's link opens the actions view on *te laat*: only open actions past their date.
    view = ActionsView(win.register.decisions, win.register.decisions.today(), win, overdue=True)
    qtbot.addWidget(view)
    assert view.late.isChecked() and len(view.rows) == overdue
    assert all(a.overdue and a.status == "open" for a in view.rows)
    assert view.table.item(0, 0).foreground().color().name() == "#b00020"
    trigger(win, "lock_action")


def test_actions_view_filters_mine_late_and_this_week(qtbot, demo_folder) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, demo_folder)
    decisions = win.register.decisions
    today = decisions.today()
    view = ActionsView(decisions, today, win)
    qtbot.addWidget(view)
    every_open = list(view.rows)
    assert {a.responsible for a in every_open} > {LABEL}  # the mentors have some as well
    view.mine.setChecked(True)
    assert view.rows and all(a.responsible == LABEL for a in view.rows)
    assert len(view.rows) < len(every_open)
    view.mine.setChecked(False)
    view.show_all.setChecked(True)
    view.week.setChecked(True)
    monday = today - timedelta(days=today.weekday())
    assert all(monday <= a.due_date <= monday + timedelta(days=6) for a in view.rows)
    view.late.setChecked(True)
    assert not view.week.isChecked(), "te laat and deze week exclude each other"
    assert view.rows and all(a.overdue for a in view.rows)
    trigger(win, "lock_action")


def test_a_note_written_in_the_tab_stands_in_the_timeline(
    qtbot, demo_folder, _no_modal_message_boxes
) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, demo_folder)
    with qtbot.waitSignal(win.case_pane.loaded, timeout=10000):
        win.incident_list.table.setCurrentIndex(win.incident_list.proxy.index(0, 0))
    incident_id = win.current_incident_id()
    panel = win.case_pane.notes_panel
    before = panel.list.count()
    dialog = NoteDialog(win.register.notes, incident_id, datetime.now(UTC), None, win)
    qtbot.addWidget(dialog)
    dialog.show()
    ok(qtbot, dialog)
    assert dialog.problem.text() and dialog.saved is None, "a note needs its text"
    qtbot.keyClicks(dialog.with_whom, "mentor")
    dialog.text.setPlainText("Mentor belt vrijdag de ouders terug.")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # asked first; the fixture answers Ok, not Discard
    assert [kind for kind, _ in _no_modal_message_boxes] == ["question"]
    assert dialog.isVisible() and dialog.text.toPlainText() == "Mentor belt vrijdag de ouders terug."
    ok(qtbot, dialog)
    assert dialog.saved is not None
    panel._changed()
    assert panel.list.count() == before + 1
    view = win.register.cases.open_case(incident_id)
    win.case_pane.show_view(win.register, view)
    assert "Mentor belt vrijdag de ouders terug." in win.case_pane.detail.toPlainText()
    trigger(win, "lock_action")


def test_search_shows_the_matching_words(qtbot, demo_folder) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, demo_folder)
    table = win.incident_list.table
    assert table.isColumnHidden(IncidentTableModel.COL_MATCH)
    qtbot.keyClicks(win.incident_list.search, "kluisjes")
    qtbot.waitUntil(lambda: not table.isColumnHidden(IncidentTableModel.COL_MATCH), timeout=10000)
    proxy = win.incident_list.proxy
    assert proxy.rowCount() > 0
    found = proxy.index(0, IncidentTableModel.COL_MATCH)
    assert "kluisjes" in found.data()
    tip = proxy.index(0, IncidentTableModel.COL_TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>kluisjes</b>" in tip
    win.incident_list.search.clear()
    qtbot.waitUntil(lambda: table.isColumnHidden(IncidentTableModel.COL_MATCH), timeout=10000)
    trigger(win, "lock_action")


def test_the_splitter_moves_at_laptop_size(qtbot, demo_folder) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, demo_folder)
    splitter = win.workspace.findChild(QSplitter)
    splitter.setSizes([900, 440])
    wide = splitter.sizes()
    splitter.setSizes([560, 780])
    narrow = splitter.sizes()
    assert wide[0] - narrow[0] > 250, (wide, narrow)
    trigger(win, "lock_action")


def test_empty_register_says_where_to_start(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "E"
    create_register(folder, PASSPHRASE, LABEL, kdf_seconds=FAST_KDF)
    win = MainWindow(RegisterGateway(folder, kdf_seconds=FAST_KDF), Settings())
    qtbot.addWidget(win)
    win.show()
    press_unlock(qtbot, win, PASSPHRASE)
    hint = win.incident_list.empty_hint
    qtbot.waitUntil(hint.isVisible, timeout=15000)
    assert "Ctrl+N" in hint.text() and "Ctrl+I" in hint.text()
    assert not win.incident_list.table.isVisible()
    trigger(win, "lock_action")


def test_protocol_is_rendered_and_settings_name_their_units(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ProtocolDialog()
    qtbot.addWidget(dialog)
    text = dialog.view.toPlainText()
    assert "Udens College" in text and "*" not in text
    headings = [
        block.text() for block in _blocks(dialog.view.document()) if block.blockFormat().headingLevel() > 0
    ]
    assert "Regels" in headings and "Achtergrondinformatie" in headings
    settings = SettingsDialog(Settings(idle_lock_minutes=1))
    qtbot.addWidget(settings)
    assert settings.idle.suffix() == QCoreApplication.translate("SettingsDialog", " minute")
    settings.idle.setValue(5)
    assert settings.idle.suffix() == QCoreApplication.translate("SettingsDialog", " minutes")
    assert settings.days["guidance_days"].suffix().strip()


def _blocks(document):  # type: ignore[no-untyped-def]
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()
