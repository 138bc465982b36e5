"""The redaction review: replacements highlighted, extra text marked and then withheld in the PDF."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from PySide6.QtGui import QTextCursor

from tests.gui.press import ok
from udens_register.reporting.pdf_document import PdfDocument
from udens_register.services.dto import PersonRow
from udens_register.services.issuing import IssuingService
from udens_register.services.redaction import Redactor
from udens_register.ui import pdf_export
from udens_register.ui.pdf_export import CaseFileDialog
from udens_register.ui.redaction_review import RedactionReviewDialog

SUBJECT = PersonRow(1, "pupil", "Anouk", "van der", "Berg", "", "", None)
OTHER = PersonRow(2, "pupil", "Daan", "van der", "Berg", "20002", "3H2", None)


def _texts() -> tuple[Any, ...]:
    r = Redactor(subject=SUBJECT)
    r.add(OTHER, "Leerling A")
    for text in ("Daans story over Anouk van der Berg", "Bij het Kerkplein zag Dáán haar"):
        r.text(text)
    return tuple(r.reviewed)


def _select(dialog: RedactionReviewDialog, text: str) -> None:
    cursor = dialog.view.document().find(text)
    assert not cursor.isNull()
    dialog.view.setTextCursor(cursor)


def test_review_highlights_replacements_and_marks_more(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = RedactionReviewDialog(_texts())
    qtbot.addWidget(dialog)
    plain = dialog.view.toPlainText()
    assert "Daan" not in plain and "Anouk van der Berg" in plain and plain.count("Leerling A") == 2
    assert "2" in dialog.count.text()
    cursor = dialog.view.document().find("Leerling A")
    probe = QTextCursor(cursor)
    probe.setPosition(cursor.selectionStart() + 1)
    assert probe.charFormat().background().color().name() == "#ffe08a", "a replacement is highlighted"
    _select(dialog, "Kerkplein")
    dialog.withhold_button.click()
    _select(dialog, "Kerkplein")
    dialog.withhold_button.click()
    assert dialog.withheld == ["Kerkplein"] and dialog.marked.count() == 1


def test_export_flow_shows_the_review_and_passes_what_was_marked(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[tuple[Any, ...]] = []

    class Casefiles:
        def access_review(self, person: int, only: list[int], *, name_staff: bool) -> tuple[Any, ...]:
            return _texts()

        def case_file(self, *args: Any, **kwargs: Any) -> Any:
            calls.append((*args, kwargs))
            return SimpleNamespace(files=())

    person = SimpleNamespace(name="Anouk van der Berg", id=1)
    register = SimpleNamespace(
        casefiles=Casefiles(),
        disclosures=SimpleNamespace(),
        incidents=SimpleNamespace(
            get=lambda _i: SimpleNamespace(
                case_number="2026-0001", active_involvements=[SimpleNamespace(person=person)]
            )
        ),
    )

    register.issuing = IssuingService(
        register.casefiles, SimpleNamespace(), register.disclosures, SimpleNamespace()
    )  # type: ignore[arg-type]

    def review_exec(self: RedactionReviewDialog) -> int:
        _select(self, "Kerkplein")
        self.withhold_button.click()
        return 1

    monkeypatch.setattr(RedactionReviewDialog, "exec", review_exec)
    monkeypatch.setattr(pdf_export.PdfPreviewDialog, "__init__", lambda self, *a, **k: None)
    monkeypatch.setattr("udens_register.services.issuing.with_disclosures", lambda _log, bundle, _to: bundle)
    monkeypatch.setattr(pdf_export.PdfPreviewDialog, "exec", lambda self: 0)
    monkeypatch.setattr(
        "udens_register.reporting.case_pdf.CaseFileRenderer.document",
        lambda self, bundle: PdfDocument(b"%PDF-"),
    )
    dialog = CaseFileDialog(register, 7, "nl")
    qtbot.addWidget(dialog)
    dialog.audience.setCurrentIndex(dialog.audience.findData("inzage"))
    assert dialog.name_staff.isEnabled()
    dialog.name_staff.setChecked(True)
    dialog.recipient.setCurrentText("Anouk van der Berg (inzage)")
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(calls), timeout=10000)
    dialog.worker.wait()
    assert calls == [
        (7, "inzage", 1, {"name_staff": True, "withheld": ("Kerkplein",), "include_notes": False})
    ]
