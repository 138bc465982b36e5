"""Evidence intake, corrections with a reason, search filters and the pupil import, through the widgets."""

from __future__ import annotations

import hashlib
import io
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData
from PySide6.QtCore import QPointF
from PySide6.QtCore import Qt
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE
from tests.gui.press import ok
from tests.gui.press import trigger
from tests.gui.press import unlock as press_unlock
from udens_register.services.settings import Settings
from udens_register.ui.case_edit import IncidentCorrectionDialog
from udens_register.ui.evidence import EvidenceIntakeDialog
from udens_register.ui.evidence import EvidenceViewer
from udens_register.ui.main_window import MainWindow
from udens_register.ui.persons import PersonsView
from udens_register.ui.pupil_import import ImportDialog


@pytest.fixture
def window(qtbot, filled):  # type: ignore[no-untyped-def]
    gateway, _ = filled
    win = MainWindow(gateway, Settings())
    qtbot.addWidget(win)
    win.show()
    press_unlock(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: win.incident_list.model.rowCount() > 0, timeout=15000)
    with qtbot.waitSignal(win.case_pane.loaded, timeout=10000):
        win.incident_list.table.setCurrentIndex(win.incident_list.proxy.index(0, 0))
    yield win
    trigger(win, "lock_action")


def _reopen(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Open the selected case again, as a new selection does (off the UI thread)."""
    with qtbot.waitSignal(window.case_pane.loaded, timeout=10000):
        window.case_pane.load(window.current_incident_id())


def _png(path: Path, colour: tuple[int, int, int] = (10, 200, 10)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), colour).save(out, "PNG")
    path.write_bytes(out.getvalue())
    return out.getvalue()


def test_evidence_intake_view_and_refusal(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    incident_id = window.current_incident_id()
    register = window.register
    dialog = EvidenceIntakeDialog(register.evidence, incident_id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    ok(qtbot, dialog)
    assert dialog.problem.text() and dialog.added is None, "a file must be chosen"
    bad = tmp_path / "brief.docx"
    bad.write_bytes(b"PK\x03\x04 word file")
    dialog.set_path(bad)
    with qtbot.waitSignal(dialog.intake_done, timeout=10000):
        ok(qtbot, dialog)
    assert "PNG-, JPEG- en PDF" in dialog.problem.text() or "PNG, JPEG and PDF" in dialog.problem.text()
    good = tmp_path / "screenshot.png"
    data = _png(good)
    dialog.set_path(good)
    dialog.form.platform.setText("Instagram")
    dialog.form.profile.setText("@dreiger123")
    with qtbot.waitSignal(dialog.intake_done, timeout=10000):
        ok(qtbot, dialog)
    assert dialog.added is not None and dialog.added.meta.profile == "@dreiger123"
    assert dialog.added.sha256 == hashlib.sha256(data).hexdigest()
    window.incident_list.table.setCurrentIndex(window.incident_list.proxy.index(0, 0))
    panel = window.case_pane.evidence_panel
    panel.refresh()
    assert panel.list.count() == 1 and "screenshot.png" in panel.list.item(0).text()
    viewer = EvidenceViewer(register.evidence, dialog.added, window)
    qtbot.addWidget(viewer)
    assert viewer.pixmap.width() == 40
    _reopen(qtbot, window)
    assert "screenshot.png" in window.case_pane.detail.toPlainText()


def test_correction_needs_a_reason(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    register = window.register
    detail = register.incidents.get(window.current_incident_id())
    dialog = IncidentCorrectionDialog(register.incidents, detail, date(2026, 3, 16), window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title.setText("Gecorrigeerde titel")
    ok(qtbot, dialog)
    assert dialog.updated is None and dialog.problem.text(), "no reason, no correction"
    assert register.incidents.get(detail.id).title == detail.title
    dialog.reason.setText("Titel was onvolledig")
    ok(qtbot, dialog)
    assert dialog.updated is not None and dialog.updated.title == "Gecorrigeerde titel"
    event = [e for e in dialog.updated.events if e.kind == "corrected"][-1]
    assert event.detail["reason"] == "Titel was onvolledig"
    assert event.detail["changes"]["title"] == [detail.title, "Gecorrigeerde titel"]
    _reopen(qtbot, window)
    assert "Titel was onvolledig" in window.case_pane.detail.toPlainText()


def test_search_box_and_more_filters(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.incident_list.search, "nummer 7")
    qtbot.waitUntil(lambda: window.incident_list.model.rowCount() == 1, timeout=5000)
    assert window.incident_list.model.row_at(0).title == "Incident nummer 7"
    window.incident_list.search.clear()
    qtbot.waitUntil(lambda: window.incident_list.model.rowCount() == 12, timeout=5000)
    window.incident_list.more_filters.setChecked(True)
    window.incident_list.from_filter.set_value(date(2026, 1, 5))
    window.incident_list.to_filter.set_value(date(2026, 1, 6))
    qtbot.waitUntil(lambda: window.incident_list.model.rowCount() == 2, timeout=5000)
    window.incident_list.from_filter.set_value(None)
    window.incident_list.to_filter.set_value(None)
    qtbot.keyClicks(window.incident_list.class_filter, "2H1")
    qtbot.waitUntil(lambda: window.incident_list.model.rowCount() == 12, timeout=5000)
    window.incident_list.class_filter.setText("9Z9")
    qtbot.waitUntil(lambda: window.incident_list.model.rowCount() == 0, timeout=5000)


def test_persons_view_and_person_filter(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = PersonsView(window.register.persons, window)
    qtbot.addWidget(view)
    view.search.setText("Zwanenburg")
    assert view.list.count() == 1
    assert view.incidents.rowCount() == 12
    with qtbot.waitSignal(view.show_incidents_of):
        view.filter.click()


def test_import_dialog_preview_then_import(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    csv_file = tmp_path / "leerlingen.csv"
    csv_file.write_bytes(
        "Stamnummer;Roepnaam;Achternaam;Klas\r\n9001;Zoë;Bakker;1A\r\n9002;Joël;Smit;1B\r\n".encode("cp1252")
    )
    dialog = ImportDialog(window.register.importer, window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewed, timeout=10000):
        dialog.load(csv_file)
    assert dialog.preview.rowCount() == 2 and dialog.import_button.isEnabled()
    assert not window.register.persons.find("9001"), "nothing imported before Import"
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        ok(qtbot, dialog)
    assert [p.name for p in window.register.persons.find("9001")] == ["Zoë Bakker"]
    bad = tmp_path / "fout.csv"
    bad.write_text("Stamnummer;Roepnaam;Achternaam;Geboortedatum\n1;A;B;31-02-2012\n", encoding="utf-8")
    dialog2 = ImportDialog(window.register.importer, window)
    qtbot.addWidget(dialog2)
    with qtbot.waitSignal(dialog2.previewed, timeout=10000):
        dialog2.load(bad)
    assert not dialog2.import_button.isEnabled()
    assert "2" in dialog2.summary.text() and "31-02-2012" in dialog2.summary.text()


def _drop(qtbot, widget, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(widget.rect().center())
    enter = QDragEnterEvent(
        pos, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted(), "the evidence tab takes dropped files"
    drop = QDropEvent(
        pos, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, drop)


def test_a_folder_dropped_on_the_evidence_tab_adds_each_file_with_its_own_reason(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    folder = tmp_path / "schermafbeeldingen"
    folder.mkdir()
    _png(folder / "een.png")
    _png(folder / "twee.png", (200, 10, 10))
    (folder / "notitie.txt").write_text("geen bewijs")
    video = tmp_path / "story.mp4"
    video.write_bytes(b"\0\0\0\x18ftypmp42\0\0\0\0mp42isom" + b"\0" * 4000)
    panel = window.case_pane.evidence_panel
    window.case_pane.setCurrentWidget(panel)
    opened: list[EvidenceIntakeDialog] = []

    def run_dialog(dialog: EvidenceIntakeDialog) -> int:
        opened.append(dialog)
        with qtbot.waitSignal(dialog.intake_done, timeout=20000):
            ok(qtbot, dialog)
        return 0

    monkeypatch.setattr(EvidenceIntakeDialog, "exec", run_dialog)
    _drop(qtbot, panel, [folder, video])
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    dialog = opened[0]
    assert [r.path.name for r in dialog.results] == ["een.png", "notitie.txt", "twee.png", "story.mp4"]
    assert [r.row is not None for r in dialog.results] == [True, False, True, True]
    lines = dialog.report.toPlainText().splitlines()
    assert len(lines) == 4 and lines[1].startswith("notitie.txt: ") and "MP4" in lines[1]
    qtbot.waitUntil(lambda: panel.list.count() == 3, timeout=5000)
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert any("story.mp4" in t and "video" in t for t in texts)
