"""The main window over a real register: list, detail, filters, locking, new incident."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import Qt

from tests.conftest import PASSPHRASE
from tests.gui.press import activate
from tests.gui.press import ok
from tests.gui.press import shortcut
from tests.gui.press import trigger
from tests.gui.press import unlock as press_unlock
from udens_register.services.settings import Settings
from udens_register.ui.incident_form import IncidentForm
from udens_register.ui.main_window import MainWindow
from udens_register.ui.models import IncidentTableModel


@pytest.fixture
def window(qtbot, filled):  # type: ignore[no-untyped-def]
    gateway, _ = filled
    win = MainWindow(gateway, Settings(idle_lock_minutes=5))
    qtbot.addWidget(win)
    win.show()
    return win


def unlock(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    press_unlock(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: win.incident_list.model.rowCount() > 0, timeout=15000)


def test_unlock_shows_list_and_detail(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.stack.currentWidget() is window.unlock_widget
    assert not window.action_table["new_action"].isEnabled()
    unlock(qtbot, window)
    assert window.stack.currentWidget() is window.workspace
    assert window.incident_list.model.rowCount() == 12
    assert "12" in window.incident_list.count_label.text()
    assert "M. de Vries" in window.coordinator_label.text()
    first = window.incident_list.proxy.index(0, IncidentTableModel.COL_CASE)
    assert window.incident_list.proxy.data(first) == "2026-0012"  # newest first
    assert (
        window.incident_list.proxy.data(window.incident_list.proxy.index(0, IncidentTableModel.COL_DATE))
        == "12-01-2026"
    )
    with qtbot.waitSignal(window.case_pane.loaded, timeout=10000):
        window.incident_list.table.setCurrentIndex(first)
    html = window.case_pane.detail.toHtml()
    assert "Incident nummer 11" in html and "Fenna Zwanenburg" in html
    trigger(window, "lock_action")


def test_filters_and_search(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    window.incident_list.status_filter.setCurrentIndex(window.incident_list.status_filter.findData("open"))
    qtbot.waitUntil(lambda: window.incident_list.model.rowCount() == 6, timeout=5000)
    window.incident_list.status_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.incident_list.model.rowCount() == 12, timeout=5000)
    qtbot.keyClicks(window.incident_list.search, "Dreigend")
    qtbot.waitUntil(lambda: window.incident_list.model.rowCount() == 1, timeout=5000)
    assert window.incident_list.model.row_at(0).title == "Incident nummer 3"
    trigger(window, "lock_action")


def test_choosing_a_filter_selects_no_incident(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Issue 27: the filter's ``currentIndexChanged(int)`` reached ``reload(select=None)``, so
    choosing the second status ("open") selected incident 1 (open, so in the list) and showed it."""
    unlock(qtbot, window)
    combo = window.incident_list.status_filter
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == "open"
    qtbot.waitUntil(lambda: window.incident_list.model.rowCount() == 6, timeout=5000)
    qtbot.wait(300)
    assert window.current_incident_id() is None and not window.action_table["decide_action"].isEnabled()
    trigger(window, "lock_action")


def test_lock_clears_models_and_drops_the_register(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    register = window.register
    window.incident_list.table.setCurrentIndex(window.incident_list.proxy.index(0, 0))
    with qtbot.waitSignal(window.locked):
        shortcut(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.incident_list.model.rowCount() == 0
    assert window.register is None and not register.is_open
    assert "Zwanenburg" not in window.case_pane.detail.toHtml()
    assert window.stack.currentWidget() is window.unlock_widget
    assert (
        not window.action_table["new_action"].isEnabled()
        and not window.action_table["export_action"].isEnabled()
    )


def test_idle_lock(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    window.set_idle_minutes(0.005)  # 300 ms
    window.idle_timer.start()
    with qtbot.waitSignal(window.locked, timeout=5000):
        pass
    assert window.incident_list.model.rowCount() == 0


def test_table_model_passes_qtmodeltester(qtbot, window, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    qtmodeltester.check(window.incident_list.model, force_py=True)
    assert window.incident_list.model.headerData(0, Qt.Orientation.Horizontal) in ("Case", "Zaak")
    assert not window.incident_list.model.canFetchMore(QModelIndex())
    trigger(window, "lock_action")


def test_model_fetches_more_pages_lazily(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    model = IncidentTableModel()
    page_source = window.register.incidents.page
    flt = window.incident_list.current_filter()
    model.set_source(page_source, flt)
    model.PAGE = 5
    model.load_first_page(page_source(flt, None, 5), flt)
    assert model.rowCount() == 5 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 12 and not model.canFetchMore(QModelIndex())
    assert len({model.row_at(i).id for i in range(12)}) == 12
    trigger(window, "lock_action")


def test_new_incident_validation_and_save(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    register = window.register
    form = IncidentForm(register.incidents, register.persons, date(2026, 3, 16), window)
    qtbot.addWidget(form)
    form.show()
    ok(qtbot, form)
    assert form.errors["title"].isVisible() and form.created is None
    qtbot.keyClicks(form.title, "Dreigbericht via Snapchat")
    ok(qtbot, form)
    assert form.errors["category"].isVisible() and form.created is None, "no default category"
    form.category.setCurrentIndex(form.category.findData("threat_of_violence"))
    form.occurred_known.setChecked(True)
    form.reported.setDate(form.reported.date().addDays(-5))
    ok(qtbot, form)
    assert form.errors["occurred_at"].isVisible() and form.created is None
    form.occurred_known.setChecked(False)  # a new incident is open: no status or closing reason here
    pupil = register.persons.find("Zwanenburg")[0]
    from udens_register.domain.enums import Role

    form.add_involvement(pupil, (Role.VICTIM, Role.REPORTER))
    ok(qtbot, form)
    assert form.errors["sexual_images_minor"].isVisible() and form.created is None, "asked before any file"
    form.images.no.setChecked(True)
    ok(qtbot, form)
    assert form.created is not None
    assert form.created.case_number == "2026-0013" and form.created.status == "open"
    assert form.created.involvements[0].roles == ("victim", "reporter")
    trigger(window, "lock_action")


def test_keyboard_shortcuts(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    activate(qtbot, window)
    window.incident_list.table.setFocus()
    qtbot.keyClick(window.incident_list.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.incident_list.search.hasFocus() or window.focusWidget() is window.incident_list.search
    shortcuts = {a.shortcut().toString() for a in window.actions()}
    assert {"Ctrl+N", "Ctrl+F", "Ctrl+L", "Ctrl+E", "Ctrl+D", "Ctrl+R", "Ctrl+Shift+A", "Ctrl+Q"} <= shortcuts
    trigger(window, "lock_action")


def _views(register) -> list[str]:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from udens_register.storage.models import AuditEntry
    from udens_register.storage.uow import UnitOfWork

    with UnitOfWork(register.engine) as uow:
        return list(uow.session.scalars(select(AuditEntry.target).where(AuditEntry.action == "case_viewed")))


def test_selecting_a_case_loads_it_off_the_ui_thread_and_records_one_view(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    assert _views(window.register) == []
    with qtbot.waitSignal(window.case_pane.loaded, timeout=10000) as loaded:
        window.incident_list.table.setCurrentIndex(window.incident_list.proxy.index(1, 0))
    view = loaded.args[0]
    assert view.detail.case_number == "2026-0011"
    assert _views(window.register) == ["2026-0011"]  # recorded by the service, once
    assert "2026-0011" in window.case_pane.detail.toPlainText()
    trigger(window, "lock_action")


def test_actions_follow_the_lock_and_the_selection(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    table = window.action_table
    assert not any(table[s.name].isEnabled() for s in table.specs if s.needs_register)
    assert table["quit_action"].isEnabled() and table["protocol_action"].isEnabled()
    unlock(qtbot, window)
    assert table["new_action"].isEnabled() and table["persons_action"].isEnabled()
    assert not table["decide_action"].isEnabled() and not table["pdf_action"].isEnabled()
    with qtbot.waitSignal(window.case_pane.loaded, timeout=10000):
        window.incident_list.table.setCurrentIndex(window.incident_list.proxy.index(0, 0))
    assert all(table[s.name].isEnabled() for s in table.specs)
    trigger(window, "lock_action")
    assert not any(table[s.name].isEnabled() for s in table.specs if s.needs_register)


def test_each_action_is_declared_once_with_its_shortcut(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    table = window.action_table
    names = [s.name for s in table.specs]
    assert len(names) == len(set(names))
    shortcuts = [table[n].shortcut().toString() for n in names if not table[n].shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts))
    for key in ("Ctrl+N", "Ctrl+F", "Ctrl+D", "Ctrl+E", "Ctrl+L", "Ctrl+Q", "Ctrl+B", "Ctrl+P", "Ctrl+I",
                "Ctrl+R", "Ctrl+Shift+A", "F1"):  # fmt: skip
        assert key in shortcuts, key
    in_menus = [a for menu in table.menus.values() for a in menu.actions() if not a.isSeparator()]
    assert sorted(id(a) for a in in_menus) == sorted(id(table[n]) for n in names)
