"""Every dialog and wizard of the app fits a 1366×768 laptop with a taskbar (1366×728 available):
inside the screen with its buttons, resizable, its size remembered. The table below must name
every QDialog subclass in ``udens_register.ui``: a new dialog fails this test until it is added."""

from __future__ import annotations

import importlib
import inspect
import io
import pkgutil
from collections.abc import Callable
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton
from PySide6.QtWidgets import QAbstractScrollArea
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QLayout
from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QWidget
from PySide6.QtWidgets import QWizard

import udens_register.ui
from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import PersonDraft
from udens_register.services.dto import Answers
from udens_register.services.dto import EvidenceMeta
from udens_register.services.gateway import RegisterGateway
from udens_register.services.keys import KeyService
from udens_register.services.redaction import Redacted
from udens_register.services.register import OpenRegister
from udens_register.services.register import create_register
from udens_register.services.register import open_register
from udens_register.services.settings import Settings
from udens_register.services.settings import WindowSizeStore
from udens_register.ui.window_fit import WindowFitter
from udens_register.ui.window_fit import frame_extra

AVAILABLE = QRect(0, 0, 1366, 728)  # 1366×768 less a 40-pixel taskbar
TODAY = date(2026, 12, 1)


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (1200, 2400), (200, 220, 240)).save(out, "PNG")
    return out.getvalue()


def _pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, "Dossier")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OpenRegister]:
    folder = tmp_path_factory.mktemp("fit") / "R"
    create_register(folder, PASSPHRASE, "Zorgcoördinator — M. de Vries", kdf_seconds=FAST_KDF)
    register = open_register(folder, PASSPHRASE)
    pupil = register.persons.create(
        PersonDraft(PersonKind.PUPIL, "Fenna", "Zwanenburg", student_number="4711", class_name="2H1")
    )
    author = register.persons.create(PersonDraft(PersonKind.PUPIL, "Daan", "de Boer", class_name="2H1"))
    for i in range(3):
        register.incidents.create(
            IncidentDraft(
                title=f"Dreigend bericht in de klassengroep {i}",
                category=Category.THREAT_OF_VIOLENCE,
                reported_at=date(2026, 11, 2 + i),
                description="Een bericht met een bedreiging, 's avonds gestuurd in de groepsapp van 2H1.",
            ),
            [(pupil.id, (Role.VICTIM,)), (author.id, (Role.AUTHOR,))],
        )
    first = register.incidents.page(_all_filter()).rows[0].id
    prepared = register.decisions.prepare(first)
    answers = Answers(protocol_violation=True, threat_of_violence=("physical",))
    view = register.decisions.preview(prepared, answers)
    register.decisions.record(first, answers, [], register.decisions.planned_actions(view, []))
    register.evidence.intake(first, "schermafdruk.png", _png(), EvidenceMeta(platform="Snapchat"))
    yield register
    register.close()


def _all_filter() -> Any:
    from udens_register.domain.model import IncidentFilter

    return IncidentFilter()


def _first(register: OpenRegister) -> int:
    return int(register.incidents.page(_all_filter()).rows[0].id)


def _person(register: OpenRegister) -> Any:
    return register.persons.find("", limit=1)[0]


def _link(register: OpenRegister) -> Any:
    from udens_register.services.dto_family import ParentContact

    return ParentContact(
        0, _person(register).id, "Ineke Bakker", "mother", "06-12345678", "ineke@example.org"
    )


def _action(register: OpenRegister) -> Any:
    return register.decisions.actions()[0]


def _import_dialog(register: OpenRegister, parent: QWidget) -> QDialog:
    """The import dialog at its tallest: the column-mapping step of an export with thirty columns."""
    from udens_register.services.import_columns import Layout
    from udens_register.ui.pupil_import import ImportDialog

    dialog = ImportDialog(register.importer, parent, parents_port=register.parent_importer)
    header = tuple(f"Kolom {i}" for i in range(30))
    dialog._open_mapping(Layout(header, ("",) * 30, ("student_number",), ("",) * 30))
    return dialog


def _case_edit(name: str) -> Callable[[OpenRegister, QWidget], QDialog]:
    def make(register: OpenRegister, parent: QWidget) -> QDialog:
        from udens_register.ui import case_edit

        detail = register.incidents.get(_first(register))
        if name == "IncidentCorrectionDialog":
            return case_edit.IncidentCorrectionDialog(register.incidents, detail, TODAY, parent)
        if name == "RolesDialog":
            return case_edit.RolesDialog("Fenna Zwanenburg", ("victim",), parent)
        if name == "MeasureDialog":
            return case_edit.MeasureDialog([(1, "Daan de Boer")], TODAY, parent)
        return case_edit.CommunicationDialog(TODAY, parent)

    return make


def _making(name: str) -> Callable[[OpenRegister, QWidget], QDialog]:
    def make(register: OpenRegister, parent: QWidget) -> QDialog:
        from udens_register.ui import pdf_export

        if name == "CaseFileDialog":
            return pdf_export.CaseFileDialog(register, _first(register), "nl", "", parent)
        return pdf_export.PeriodReportDialog(register, "nl", TODAY, "", parent)

    return make


def _ui(module: str, name: str) -> Any:
    return getattr(importlib.import_module(f"udens_register.ui.{module}"), name)


# Every dialog of the app, made as the app makes it, over the demo register.
DIALOGS: dict[str, Callable[[OpenRegister, QWidget], QDialog]] = {
    "IncidentForm": lambda r, p: _ui("incident_form", "IncidentForm")(r.incidents, r.persons, TODAY, p),
    "PersonDialog": lambda r, p: _ui("incident_form", "PersonDialog")(r.persons, TODAY, p),
    "DecisionWizard": lambda r, p: _ui("decision.wizard", "DecisionWizard")(r.decisions, _first(r), p),
    "SetupWizard": lambda r, p: _ui("setup_wizard", "SetupWizard")(RegisterGateway(Path("/nonexistent")), p),
    "ActionsView": lambda r, p: _ui("actions", "ActionsView")(r.decisions, TODAY, p),
    "ActionDialog": lambda r, p: _ui("actions", "ActionDialog")(r.decisions, _action(r), TODAY, p),
    "CloseCaseDialog": lambda r, p: _ui("case_close", "CloseCaseDialog")(
        r.incidents, r.decisions, _first(r), p
    ),
    "IncidentCorrectionDialog": _case_edit("IncidentCorrectionDialog"),
    "RolesDialog": _case_edit("RolesDialog"),
    "MeasureDialog": _case_edit("MeasureDialog"),
    "CommunicationDialog": _case_edit("CommunicationDialog"),
    "EvidenceIntakeDialog": lambda r, p: _ui("evidence", "EvidenceIntakeDialog")(
        r.evidence, _first(r), parent=p
    ),
    "EvidenceCorrectionDialog": lambda r, p: _ui("evidence", "EvidenceCorrectionDialog")(
        r.evidence, r.evidence.list(_first(r))[0], p
    ),
    "EvidenceViewer": lambda r, p: _ui("evidence", "EvidenceViewer")(
        r.evidence, r.evidence.list(_first(r))[0], p
    ),
    "DescriptionViewer": lambda r, p: _ui("evidence", "DescriptionViewer")(
        replace(r.evidence.list(_first(r))[0], kind="description"), p
    ),
    "SettingsDialog": lambda r, p: _ui("settings_dialog", "SettingsDialog")(Settings(), p),
    "ImportDialog": lambda r, p: _import_dialog(r, p),
    "PersonCorrectionDialog": lambda r, p: _ui("persons", "PersonCorrectionDialog")(r.persons, _person(r), p),
    "PersonsView": lambda r, p: _ui("persons", "PersonsView")(r.persons, p, family=r.family),
    "ParentDialog": lambda r, p: _ui("parents", "ParentDialog")(r.family, r.persons, _person(r), p),
    "LinkChangeDialog": lambda r, p: _ui("parents", "LinkChangeDialog")(
        r.family, _link(r), "Ineke Bakker", _person(r).name, False, p
    ),
    "RedactionReviewDialog": lambda r, p: _ui("redaction_review", "RedactionReviewDialog")(
        [Redacted("Leerling A stuurde een bericht aan Leerling B.")], p
    ),
    "NewPassphraseDialog": lambda r, p: _ui("safety", "NewPassphraseDialog")(
        "Coördinator toevoegen", True, p
    ),
    "KeysDialog": lambda r, p: _ui("safety", "KeysDialog")(KeyService(r, kdf_seconds=FAST_KDF), r.audit, p),
    "RetentionDialog": lambda r, p: _ui("safety", "RetentionDialog")(r.retention, p),
    "VerifyPdfDialog": lambda r, p: _ui("disclosure", "VerifyPdfDialog")(r, "nl", p),
    "DisclosuresDialog": lambda r, p: _ui("disclosure", "DisclosuresDialog")(r, p),
    "PasswordDialog": lambda r, p: _ui("pdf_export", "PasswordDialog")(p),
    "PdfPreviewDialog": lambda r, p: _ui("pdf_export", "PdfPreviewDialog")(
        _pdf(), "dossier.pdf", "", None, p
    ),
    "CaseFileDialog": _making("CaseFileDialog"),
    "PeriodReportDialog": _making("PeriodReportDialog"),
    "ReasonDialog": lambda r, p: _ui("dialogs", "ReasonDialog")("Reden", "Waarom wordt dit gecorrigeerd?", p),
    "DestroyDialog": lambda r, p: _ui("decision.images_guard", "DestroyDialog")(
        r.evidence, r.evidence.stored_files(_first(r))[0], p
    ),
    "ProtocolDialog": lambda r, p: _ui("protocol_view", "ProtocolDialog")(p),
    "ClosingBackupDialog": lambda r, p: _ui("main_window.closing", "ClosingBackupDialog")(
        lambda _progress: None, p
    ),
    "EvidenceMoveDialog": lambda r, p: _ui("evidence_move", "EvidenceMoveDialog")(p),
    "ReviewDialog": lambda r, p: _ui("review", "ReviewDialog")(r.reviews, _first(r), "2026-0001", TODAY, p),
    "NoteDialog": lambda r, p: _ui("notes", "NoteDialog")(
        r.notes, _first(r), datetime.now().astimezone(), None, p
    ),
}
# Bases that are never shown themselves.
ABSTRACT = {"_MakingDialog", "UncancellableDialog"}


def _dialog_classes() -> dict[str, type]:
    found: dict[str, type] = {}
    for info in pkgutil.walk_packages(udens_register.ui.__path__, "udens_register.ui."):
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == info.name and issubclass(cls, QDialog) and name not in ABSTRACT:
                found[name] = cls
    return found


def test_the_table_names_every_dialog_of_the_app() -> None:
    found = set(_dialog_classes())
    assert found - set(DIALOGS) == set(), "add these dialogs to DIALOGS (and make them fit)"
    assert set(DIALOGS) - found == set(), "these are no longer dialogs of the app"


@pytest.fixture
def fitter(qapp: QApplication, tmp_path: Path) -> Iterator[WindowFitter]:
    fit = WindowFitter(WindowSizeStore(tmp_path), qapp, available=lambda _w: AVAILABLE)
    qapp.installEventFilter(fit)
    yield fit
    qapp.removeEventFilter(fit)


def _outside(window: QWidget) -> list[str]:
    """What of ``window`` is not on the available screen: its frame, its minimum, its buttons."""
    problems = []
    extra_w, extra_h = frame_extra(window)
    geo = window.frameGeometry()
    frame = QRect(geo.x(), geo.y(), window.width() + extra_w, window.height() + extra_h)
    if not AVAILABLE.contains(frame):
        problems.append(f"frame {frame.getRect()} outside {AVAILABLE.getRect()}")
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    if minimum.height() + extra_h > AVAILABLE.height() or minimum.width() + extra_w > AVAILABLE.width():
        problems.append(f"cannot be made small enough: minimum {minimum.width()}x{minimum.height()}")
    if window.minimumSize() == window.maximumSize() or (
        window.layout() is not None
        and window.layout().sizeConstraint() == QLayout.SizeConstraint.SetFixedSize
    ):
        problems.append("not resizable")
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or button.window() is not window:
            continue
        parent = button.parentWidget()
        scrolled = False
        while parent is not None and parent is not window:
            scrolled = scrolled or isinstance(parent, QAbstractScrollArea)
            parent = parent.parentWidget()
        if scrolled:
            continue  # inside a scroll area: reached by scrolling
        top_left = button.mapToGlobal(button.rect().topLeft())
        place = QRect(top_left, button.size())
        if not AVAILABLE.contains(place):
            problems.append(f"button {button.text()!r} at {place.getRect()}")
    return problems


def _pages(dialog: QDialog, register: OpenRegister) -> Iterator[str]:
    """Each state of the dialog to look at: every page of a wizard."""
    yield "first page"
    if not isinstance(dialog, QWizard):
        return
    if hasattr(dialog, "questions_page"):
        page = dialog.questions_page
        dialog.next()
        yield "questions"
        for widget in (page.violation, page.sexual, page.accusation, page.danger, page.domestic, page.images):
            widget.yes.setChecked(True)
        page.threats["physical"].setChecked(True)
        dialog.next()
        yield "decision"
        dialog.next()
        yield "actions"
    else:
        dialog.next()
        yield "passphrase"
        dialog.passphrase_page.label.setText("Zorgcoördinator — T. Test")
        dialog.passphrase_page.passphrase.setText(PASSPHRASE)
        dialog.passphrase_page.repeat.setText(PASSPHRASE)
        dialog.next()
        yield "recovery key"


@pytest.mark.qt_log_ignore("This plugin does not support")
@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_every_dialog_fits_a_1366_by_768_screen(qtbot, fitter, demo, name: str) -> None:  # type: ignore[no-untyped-def]
    main = QMainWindow()
    qtbot.addWidget(main)
    main.resize(1366, 700)
    main.show()
    dialog = DIALOGS[name](demo, main)  # owned by main, which qtbot closes
    dialog.show()
    for state in _pages(dialog, demo):
        qtbot.wait(10)
        assert _outside(dialog) == [], f"{name}, {state}"
    dialog.reject()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_dialog_opens_at_the_size_it_was_left_but_never_larger_than_the_screen(qtbot, fitter, demo) -> None:  # type: ignore[no-untyped-def]
    first = DIALOGS["PdfPreviewDialog"](demo, None)  # type: ignore[arg-type]
    qtbot.addWidget(first)
    first.show()
    assert first.height() <= AVAILABLE.height() - frame_extra(first)[1]
    first.resize(700, 500)
    first.hide()
    again = DIALOGS["PdfPreviewDialog"](demo, None)  # type: ignore[arg-type]
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (700, 500)
    again.resize(3000, 3000)
    again.hide()
    third = DIALOGS["PdfPreviewDialog"](demo, None)  # type: ignore[arg-type]
    qtbot.addWidget(third)
    third.show()
    assert third.height() + frame_extra(third)[1] <= AVAILABLE.height()
    assert third.width() + frame_extra(third)[0] <= AVAILABLE.width()


def test_window_sizes_file_holds_only_names_and_numbers(tmp_path: Path) -> None:
    store = WindowSizeStore(tmp_path)
    store.put("PdfPreviewDialog", (800, 600))
    (tmp_path / "junk").write_text("")
    assert (tmp_path / "window-sizes.json").read_text() == '{"PdfPreviewDialog": [800, 600]}'
    (tmp_path / "window-sizes.json").write_text('{"A": [1, 2], "B": "x", "C": [300, 400]}')
    fresh = WindowSizeStore(tmp_path)
    assert (fresh.get("A"), fresh.get("B"), fresh.get("C")) == (None, None, (300, 400))


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_main_window_is_usable_at_1366_by_728(qtbot, fitter, demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from udens_register.ui.main_window import MainWindow

    class Gate:
        folder = tmp_path

        def open(self, secret: str, failed_attempts: int = 0, progress: object = None) -> OpenRegister:
            return demo  # type: ignore[no-any-return]

    window = MainWindow(Gate(), Settings())  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    window.on_unlocked(demo)
    qtbot.wait(50)
    assert _outside(window) == []
    window.register = None  # the demo register stays open for the other tests
