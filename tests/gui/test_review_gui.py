"""The director's review comes back, through the app: recorded from the case, in the case pane and
the chronology, its measures as actions, in export-json and in the next director's case file;
the *wacht op beoordeling* filter and the setting that a case closes only after a review."""

from __future__ import annotations

import io
import json
from datetime import date
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication

from tests.conftest import PASSPHRASE
from tests.gui.press import click
from tests.gui.press import ok
from tests.gui.press import trigger
from tests.gui.press import unlock as press_unlock
from udens_register.paths import resources_dir
from udens_register.reporting.case_pdf import CaseFileRenderer
from udens_register.reporting.issue import sign_issued
from udens_register.services.dto import ReviewDraft
from udens_register.services.issuing import with_disclosures as prepare_bundle
from udens_register.services.settings import Settings
from udens_register.ui.actions import ActionsView
from udens_register.ui.case_close import CloseCaseDialog
from udens_register.ui.i18n import ui_lang
from udens_register.ui.main_window import MainWindow
from udens_register.ui.main_window.incident_list import AWAITING_REVIEW
from udens_register.ui.models import ID_ROLE
from udens_register.ui.review import ReviewDialog
from udens_register.wording import label


def scan_png() -> bytes:
    """A real PNG, as a scanner would make of the signed page."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (120, 170), "white").save(out, "PNG")
    return out.getvalue()


def _mw(text: str) -> str:
    """A main-window text in the language this test run's translators give it."""
    return QCoreApplication.translate("MainWindow", text)


def issue_directie(register, incident_id: int) -> bytes:  # type: ignore[no-untyped-def]
    """A directie case file issued as the command line and the app issue one: rendered, signed, logged."""
    bundle = prepare_bundle(
        register.disclosures, register.casefiles.case_file(incident_id), "afdelingsdirecteur"
    )
    data = sign_issued(register.disclosures, CaseFileRenderer(resources_dir() / "fonts", "nl").render(bundle))
    register.disclosures.record(
        [f.case_number for f in bundle.files], "directie", "afdelingsdirecteur", data, False
    )
    register.casefiles.record_export(bundle, False, "afdelingsdirecteur")
    return data


def _window(qtbot, gateway, settings: Settings) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(gateway, settings)
    qtbot.addWidget(win)
    win.show()
    press_unlock(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: win.incident_list.model.rowCount() > 0, timeout=15000)
    return win


def _select(qtbot, win: MainWindow, row: int = 0) -> int:  # type: ignore[no-untyped-def]
    index = win.incident_list.proxy.index(row, 0)
    with qtbot.waitSignal(win.case_pane.loaded, timeout=10000):
        win.incident_list.table.setCurrentIndex(index)
    incident_id = win.current_incident_id()
    assert incident_id is not None
    return incident_id


def _fill_and_save(scan: Path | None, measures: int):  # type: ignore[no-untyped-def]
    """An ``exec`` for the review dialog that types what the director wrote, then saves."""

    def fake_exec(self: ReviewDialog) -> int:
        self.name.setText("J. de Vries")
        self.role.setCurrentText("afdelingsdirecteur bovenbouw")
        self.decision.setPlainText("Schorsing van één dag; gesprek met de ouders.")
        day = date.today()
        if measures >= 1:
            self.add_measure("Gesprek met ouders plannen", "mentor 2H1", day + timedelta(days=3))
        if measures >= 2:
            self.add_measure("Terugkoppeling aan het team", "teamleider", day + timedelta(days=10))
        self.set_paper(scan)
        self.accept()
        return self.result()

    return fake_exec


def test_review_round_trip(qtbot, filled, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    gateway, _ = filled
    win = _window(qtbot, gateway, Settings())
    register = win.register
    assert register is not None
    incident_id = _select(qtbot, win)
    issue_directie(register, incident_id)
    assert win.action_table["review_action"].isEnabled()
    assert win.action_table["review_action"].text() == _mw("Record the director's &review…")
    scan = tmp_path / "beoordeling-getekend.png"
    scan.write_bytes(scan_png())
    monkeypatch.setattr(ReviewDialog, "exec", _fill_and_save(scan, 2))
    with qtbot.waitSignal(win.case_pane.loaded, timeout=15000):
        trigger(win, "review_action")  # Ctrl+Shift+R, as from the Zaak menu

    # In the case pane and the chronology.
    html = win.case_pane.detail.toHtml()
    assert "J. de Vries" in html and "Schorsing van één dag" in html
    recorded = label("event", "review_recorded", ui_lang())  # in the app's language of this run
    assert f"{recorded}: J. de Vries (afdelingsdirecteur bovenbouw)" in html
    assert "Gesprek met ouders plannen" in html and "Terugkoppeling aan het team" in html
    panel = win.case_pane.review_panel
    assert "beoordeling-getekend.png" in panel.view.toPlainText()
    assert panel.correct_button.isEnabled()

    # The measures are tracked actions with their responsible person and due date.
    view = ActionsView(register.decisions, date.today())
    qtbot.addWidget(view)
    texts = [view.table.item(r, 2).text() for r in range(view.table.rowCount())]
    assert "Gesprek met ouders plannen" in texts and "Terugkoppeling aan het team" in texts
    measures = [a for a in register.decisions.actions(incident_id) if a.kind == "measure"]
    assert sorted(a.responsible for a in measures) == ["mentor 2H1", "teamleider"]
    assert all(a.status == "open" and a.review_id is not None for a in measures)

    # export-json holds the review, its measures and the signed page.
    doc = json.loads(register.export_json())
    case = next(i for i in doc["incidents"] if i["reviews"])
    (review,) = case["reviews"]
    assert (
        review["reviewer_name"] == "J. de Vries" and review["reviewer_role"] == "afdelingsdirecteur bovenbouw"
    )
    assert review["reviewed_on"] == date.today().isoformat()
    assert review["decision"] == "Schorsing van één dag; gesprek met de ouders."
    assert len(review["measure_action_ids"]) == 2
    by_id = {a["id"]: a for a in case["actions"]}
    assert {by_id[i]["description"] for i in review["measure_action_ids"]} == {
        "Gesprek met ouders plannen",
        "Terugkoppeling aan het team",
    }
    (paper,) = [e for e in case["evidence"] if e["id"] == review["paper"]["evidence_id"]]
    assert paper["filename"] == "beoordeling-getekend.png"
    assert review["disclosure_id"] in {d["id"] for d in doc["disclosures"] if d["version"] == "directie"}
    assert any(ev["kind"] == "review_recorded" for ev in case["timeline"])

    # The next director's case file shows the review and notes it above the sign-off.
    text = "\n".join(
        p.extract_text() for p in PdfReader(io.BytesIO(issue_directie(register, incident_id))).pages
    )
    flat = " ".join(text.split())
    assert "Beoordelingen door de directie" in flat
    assert f"Beoordeeld op {date.today():%d-%m-%Y} door J. de Vries (afdelingsdirecteur bovenbouw)" in flat
    assert "Schorsing van één dag" in flat and "Gesprek met ouders plannen" in flat and "teamleider" in flat
    assert "Laatst vastgelegde beoordeling" in flat
    trigger(win, "lock_action")


def test_correcting_a_review_keeps_the_old_words(qtbot, filled, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    gateway, _ = filled
    win = _window(qtbot, gateway, Settings())
    register = win.register
    assert register is not None
    incident_id = _select(qtbot, win)
    monkeypatch.setattr(ReviewDialog, "exec", _fill_and_save(None, 0))
    with qtbot.waitSignal(win.case_pane.loaded, timeout=15000):
        trigger(win, "review_action")

    def correct_exec(self: ReviewDialog) -> int:
        assert self.name.text() == "J. de Vries"  # the recorded review, to correct
        self.decision.setPlainText("Schorsing van twee dagen.")
        self.accept()
        return self.result()

    monkeypatch.setattr(ReviewDialog, "exec", correct_exec)
    monkeypatch.setattr(
        "udens_register.ui.review.ask_reason", lambda *a: "Verkeerd overgenomen van het getekende blad"
    )
    with qtbot.waitSignal(win.case_pane.loaded, timeout=15000):
        click(qtbot, win.case_pane.review_panel.correct_button)
    (review,) = register.reviews.reviews(incident_id)
    assert review.decision == "Schorsing van twee dagen."
    html = win.case_pane.detail.toHtml()
    assert "Schorsing van één dag" in html and "Schorsing van twee dagen." in html  # history kept
    assert "Verkeerd overgenomen van het getekende blad" in html
    trigger(win, "lock_action")


def test_awaiting_review_filter(qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    gateway, _ = filled
    win = _window(qtbot, gateway, Settings())
    register = win.register
    assert register is not None
    first, second = (_select(qtbot, win, row) for row in (0, 1))
    issue_directie(register, first)
    issue_directie(register, second)
    statuses = win.incident_list.status_filter
    statuses.setCurrentIndex(statuses.findData(AWAITING_REVIEW))
    assert statuses.currentText() == _mw("Awaiting review")
    qtbot.waitUntil(lambda: win.incident_list.model.rowCount() == 2, timeout=5000)
    register.reviews.record(first, ReviewDraft("J. de Vries", "afdelingsdirecteur", date.today(), "Akkoord."))
    win.incident_list.reload()
    qtbot.waitUntil(lambda: win.incident_list.model.rowCount() == 1, timeout=5000)
    assert win.incident_list.current_filter().awaiting_review
    model = win.incident_list.model
    assert model.data(model.index(0, 0), ID_ROLE) == second
    issue_directie(register, first)  # a new directie file goes to the director again
    win.incident_list.reload()
    qtbot.waitUntil(lambda: win.incident_list.model.rowCount() == 2, timeout=5000)
    statuses.setCurrentIndex(0)
    qtbot.waitUntil(lambda: win.incident_list.model.rowCount() == 12, timeout=5000)
    trigger(win, "lock_action")


@pytest.mark.parametrize("required", [True, False])
def test_closing_can_require_a_review(
    qtbot, filled, monkeypatch, _no_modal_message_boxes, required: bool
) -> None:  # type: ignore[no-untyped-def]
    gateway, _ = filled
    win = _window(qtbot, gateway, Settings(review_before_closing=required))
    register = win.register
    assert register is not None
    incident_id = _select(qtbot, win)
    problems: list[str] = []

    def fill_and_ok(dialog: CloseCaseDialog) -> int:
        dialog.reason.setPlainText("Afgehandeld.")
        ok(qtbot, dialog)
        problems.append(dialog.problem.label.text())
        if not dialog.closed:
            dialog.reject()
        return int(dialog.closed)

    monkeypatch.setattr(CloseCaseDialog, "exec", fill_and_ok)
    trigger(win, "close_case_action")
    status = register.incidents.get(incident_id).status
    if not required:
        assert status == "closed"
        trigger(win, "lock_action")
        return
    assert status != "closed"
    refusal = QCoreApplication.translate(
        "CloseCase",
        "The case cannot be closed yet: record the director's review of the last case file first.",
    )
    assert problems == [refusal] and _no_modal_message_boxes == []  # one plain line, in the dialog
    monkeypatch.setattr(ReviewDialog, "exec", _fill_and_save(None, 0))
    with qtbot.waitSignal(win.case_pane.loaded, timeout=15000):
        trigger(win, "review_action")
    trigger(win, "close_case_action")
    assert register.incidents.get(incident_id).status == "closed"
    trigger(win, "lock_action")
