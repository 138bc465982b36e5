"""What a new coordinator stumbled over (issue 24 points 5-9 and 11), clicked as they would: the
backup and the recovery key's PDF proposed on a USB stick (and why, when none is plugged in), a
parent of *Noëlle van Dijk* proposed as "van Dijk", no student number or class for a staff member,
the case pane's five tabs whole at the window's default width, a description cut with "…" and
shown whole by *Bekijken*, and the status bar saying a backup was made."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QToolButton
from PySide6.QtWidgets import QWidget

from tests.conftest import PASSPHRASE
from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import PersonDraft
from udens_register.services.backups import backup_name
from udens_register.services.dto import EvidenceMeta
from udens_register.services.settings import Settings
from udens_register.ui import removable
from udens_register.ui.evidence import DescriptionViewer
from udens_register.ui.evidence import EvidencePanel
from udens_register.ui.incident_form import PersonDialog
from udens_register.ui.main_window import MainWindow
from udens_register.ui.parents import ParentDialog
from udens_register.ui.persons import PersonCorrectionDialog
from udens_register.ui.persons import PersonsView
from udens_register.ui.setup_wizard import RecoveryPage

LONG = (
    "Het bericht werd na tien minuten verwijderd. Op het scherm stond een foto van de klas met een "
    "beledigende tekst erover; de leerling heeft het zelf gezien.\nEr is geen schermafbeelding."
)


def _when_modal(qtbot, act: Callable[[QWidget], None]) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Run ``act`` on the next modal window as soon as it is up (a person looking at it)."""
    seen: list[QWidget] = []

    def look() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(50, look)
            return
        seen.append(widget)
        act(widget)

    QTimer.singleShot(50, look)
    return seen


def _click(qtbot, box: QMessageBox, words: str) -> None:  # type: ignore[no-untyped-def]
    button = next(b for b in box.buttons() if words in b.text().replace("&", ""))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def window(qtbot, filled, dutch):  # type: ignore[no-untyped-def]
    gateway, _ = filled
    win = MainWindow(gateway, Settings(idle_lock_minutes=5))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.unlock_widget.secret.setText(PASSPHRASE)
    win.unlock_widget.try_unlock()
    qtbot.waitUntil(lambda: win.incident_list.model.rowCount() > 0, timeout=15000)
    first = win.incident_list.proxy.index(0, 0)
    with qtbot.waitSignal(win.case_pane.loaded, timeout=10000):
        win.incident_list.table.setCurrentIndex(first)
    assert first != QModelIndex()
    return win


def test_the_case_panes_tabs_are_whole_at_the_windows_default_width(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    pane = window.case_pane
    bar = pane.tabBar()
    assert window.width() <= 1366
    titles = [pane.tabText(i) for i in range(pane.count())]
    assert titles == ["Dossier", "Notities", "Bewijs", "Betrokkenen", "Beoordeling"]
    assert pane.tabToolTip(3) == "Betrokkenen, maatregelen en communicatie"
    assert [b for b in bar.findChildren(QToolButton) if b.isVisible()] == [], "no scroll arrows"
    for i in range(pane.count()):
        assert bar.tabRect(i).width() >= bar.tabSizeHint(i).width(), f"{titles[i]} is cut"
        assert bar.tabRect(i).right() <= bar.width(), f"{titles[i]} runs off the pane"


def _stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, plugged: list[bool]) -> Path:
    """A USB stick the system reports as mounted while ``plugged[0]`` is true."""
    stick = tmp_path / "media" / "STICK"
    stick.mkdir(parents=True)
    monkeypatch.setattr(removable, "candidates", lambda: [stick] if plugged[0] else [])
    return stick


def _save_dialog(monkeypatch: pytest.MonkeyPatch, answer: Path | None) -> list[str]:
    proposed: list[str] = []

    def save(_parent, _title, start, *_a, **_k):  # type: ignore[no-untyped-def]
        proposed.append(start)
        return (str(answer) if answer else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    return proposed


def test_a_backup_is_proposed_on_the_usb_stick_and_the_status_bar_says_it_was_made(
    qtbot, window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    stick = _stick(tmp_path, monkeypatch, [True])
    target = stick / "kopie.backup"
    proposed = _save_dialog(monkeypatch, target)
    window.action_table["backup_action"].trigger()
    assert len(proposed) == 1 and Path(proposed[0]).parent == stick
    assert re.fullmatch(r"Udens-backup \d\d-\d\d-\d{4} \d\d\.\d\d\.backup", Path(proposed[0]).name)
    qtbot.waitUntil(lambda: target.exists() and not window.progress.isVisible(), timeout=30000)
    assert window.statusBar().currentMessage() == f"Back-up gemaakt: {target}"


def test_without_a_stick_the_backup_says_why_first_and_looks_again_once_one_is_plugged_in(
    qtbot, window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    plugged = [False]
    stick = _stick(tmp_path, monkeypatch, plugged)
    proposed = _save_dialog(monkeypatch, None)
    said: list[str] = []

    def no_stick_then_plug_in(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text() + " " + box.informativeText())
        plugged[0] = True
        _click(qtbot, box, "Opnieuw zoeken")

    seen = _when_modal(qtbot, no_stick_then_plug_in)
    window.action_table["backup_action"].trigger()
    assert len(seen) == 1 and "geen USB-stick" in said[0] and "kapotgaat of gestolen" in said[0]
    assert [Path(p).parent for p in proposed] == [stick]

    plugged[0] = False
    seen = _when_modal(qtbot, lambda box: _click(qtbot, box, "Toch een map kiezen"))
    window.action_table["backup_action"].trigger()
    assert len(seen) == 1 and Path(proposed[-1]).parent == tmp_path / "R-backups"

    seen = _when_modal(qtbot, lambda box: _click(qtbot, box, "Annuleren"))
    window.action_table["backup_action"].trigger()
    assert len(seen) == 1 and len(proposed) == 2, "cancelled: no save dialog"


def test_the_backups_name_has_the_dutch_local_date_and_time() -> None:
    made = datetime(2026, 12, 8, 14, 5, 33).astimezone()  # local time, as the clock gives it
    assert backup_name(made) == "Udens-backup 08-12-2026 14.05.backup"


def test_the_recovery_keys_pdf_is_proposed_on_the_stick_never_beside_the_register(
    qtbot, tmp_path, monkeypatch, dutch
) -> None:  # type: ignore[no-untyped-def]
    stick = _stick(tmp_path, monkeypatch, [True])
    proposed = _save_dialog(monkeypatch, None)
    page = RecoveryPage("ABCD-EFGH", register_folder=tmp_path / "R")
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    assert proposed == [str(stick / "herstelsleutel.pdf")]
    # The register itself on that stick: the key is not proposed beside it.
    page = RecoveryPage("ABCD-EFGH", register_folder=stick / "register")
    qtbot.addWidget(page)
    page.show()
    said: list[str] = []

    def read_and_cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.informativeText())
        _click(qtbot, box, "Annuleren")

    _when_modal(qtbot, read_and_cancel)
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    assert len(proposed) == 1 and "niet op de laptop blijven" in said[0]


def test_a_new_parent_of_noelle_van_dijk_is_proposed_as_van_dijk(qtbot, reg, dutch) -> None:  # type: ignore[no-untyped-def]
    noelle = reg.persons.create(
        PersonDraft(PersonKind.PUPIL, "Noëlle", "Dijk", infix="van", class_name="2V2")
    )
    view = PersonsView(reg.persons, None, family=reg.family)
    qtbot.addWidget(view)
    view.search.setText("Noëlle")
    assert view.current() == noelle

    def fill_in(dialog: QWidget) -> None:
        assert isinstance(dialog, ParentDialog)
        assert (dialog.infix.text(), dialog.last.text()) == ("van", "Dijk")
        qtbot.keyClicks(dialog.first, "Peter")
        qtbot.keyClicks(dialog.phone, "06-11112222")
        dialog.relation.setCurrentIndex(dialog.relation.findData("father"))
        qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)

    seen = _when_modal(qtbot, fill_in)
    qtbot.mouseClick(view.new_parent, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    assert [p.name for p in reg.persons.parents_of(noelle.id)] == ["Peter van Dijk"]


def test_a_staff_member_is_not_offered_a_student_number_or_class(qtbot, reg, dutch) -> None:  # type: ignore[no-untyped-def]
    dialog = PersonDialog(reg.persons, reg.clock().date())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.new_box.setFocus()
    qtbot.keyClick(dialog.new_box, Qt.Key.Key_Space)  # "Of leg een nieuwe persoon vast"
    assert dialog.new_box.isChecked()
    assert dialog.kind.currentData() == "pupil"
    assert dialog.number.isVisible() and dialog.klass.isVisible(), "a pupil has them"
    qtbot.keyClicks(dialog.kind, "Medewerker")
    assert dialog.kind.currentData() == "staff"
    assert not dialog.number.isVisible() and not dialog.klass.isVisible()
    qtbot.wait(QApplication.keyboardInputInterval() + 100)  # a new search, as a person types later
    qtbot.keyClicks(dialog.kind, "Leerling")
    assert dialog.number.isVisible() and dialog.klass.isVisible()
    staff = reg.persons.create(PersonDraft(PersonKind.STAFF, "Yvonne", "Kuipers"))
    correct = PersonCorrectionDialog(reg.persons, staff)
    qtbot.addWidget(correct)
    correct.show()
    assert not correct.number.isVisible() and not correct.klass.isVisible()
    assert correct.first.isVisible() and correct.phone.isVisible()


def test_a_long_description_is_cut_with_an_ellipsis_and_view_shows_it_whole(qtbot, reg, dutch) -> None:  # type: ignore[no-untyped-def]
    case = reg.incidents.create(
        IncidentDraft(
            title="Verdwenen bericht", category=Category.ONLINE_BULLYING, reported_at=reg.clock().date()
        )
    )
    reg.evidence.describe(case.id, EvidenceMeta(platform="Snapchat", description=LONG))
    reg.evidence.describe(case.id, EvidenceMeta(description="Kort."))
    panel = EvidencePanel()
    qtbot.addWidget(panel)
    panel.resize(460, 500)
    panel.show()
    panel.show_incident(reg.evidence, case.id, sexual_images_minor=False)
    lines = [panel.list.item(r).text().split("\n")[0] for r in range(panel.list.count())]
    long_line = next(line for line in lines if "verwijderd" in line)
    assert long_line.endswith("…") and len(long_line) < len("Beschrijving: ") + len(LONG)
    assert "Beschrijving: Kort." in lines, "a short one is whole, without '…'"
    panel.list.setCurrentRow(lines.index(long_line))
    shown: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, DescriptionViewer)
        shown.append(dialog.text.toPlainText())
        dialog.reject()

    _when_modal(qtbot, read)
    qtbot.mouseClick(panel.buttons["view"], Qt.MouseButton.LeftButton)
    assert shown == [LONG]


def test_a_flagged_cases_longer_evidence_tab_is_whole_too(qtbot, tmp_path, monkeypatch, dutch) -> None:  # type: ignore[no-untyped-def]
    """'Bewijs (2 te vernietigen)' needs more room than the default pane has: it takes it from the
    list beside it instead of hiding a tab behind scroll arrows."""
    from tests.gui.test_images_past_gui import _old_register

    gateway, _data = _old_register(tmp_path)
    win = MainWindow(gateway, Settings(backup_folder=str(tmp_path / "backups")))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.unlock_widget.secret.setText(PASSPHRASE)
    win.unlock_widget.try_unlock()
    qtbot.waitUntil(lambda: win.incident_list.model.rowCount() > 0, timeout=15000)
    proxy = win.incident_list.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == "2026-0001")
    pane = win.case_pane
    win.incident_list.table.setCurrentIndex(proxy.index(row, 0))
    qtbot.waitUntil(lambda: pane.tabText(pane.evidence_index()) == "Bewijs (2 te vernietigen)", timeout=10000)
    qtbot.waitUntil(
        lambda: not [b for b in pane.tabBar().findChildren(QToolButton) if b.isVisible()], timeout=3000
    )
    bar = pane.tabBar()
    for i in range(pane.count()):
        assert bar.tabRect(i).width() >= bar.tabSizeHint(i).width(), f"{pane.tabText(i)} is cut"
        assert bar.tabRect(i).right() <= bar.width(), f"{pane.tabText(i)} runs off the pane"
    assert win.width() <= 1366 and win.incident_list.width() >= win.incident_list.minimumSizeHint().width()
