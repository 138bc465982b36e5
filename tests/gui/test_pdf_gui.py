"""The PDF preview inside the application, and saving from it."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog

from tests.conftest import PASSPHRASE
from tests.gui.press import click
from tests.gui.press import ok
from udens_register.domain.model import IncidentFilter
from udens_register.paths import resources_dir
from udens_register.reporting.case_pdf import CaseFileRenderer
from udens_register.ui.pdf_export import PasswordDialog
from udens_register.ui.pdf_export import PdfPreviewDialog


def test_preview_then_save(qtbot, filled, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    gateway, _ = filled
    register = gateway.open(PASSPHRASE)
    try:
        incident_id = register.incidents.page(IncidentFilter()).rows[0].id
        bundle = register.casefiles.case_file(incident_id)
        pdf = CaseFileRenderer(resources_dir() / "fonts", "nl").render(bundle)
        recorded: list[bool] = []
        dialog = PdfPreviewDialog(pdf, "dossier.pdf", str(tmp_path), recorded.append)
        qtbot.addWidget(dialog)
        assert dialog.document.status() == QPdfDocument.Status.Ready
        assert dialog.document.pageCount() == len(PdfReader(io.BytesIO(pdf)).pages)
        out_dir = tmp_path / "out"
        out_dir.mkdir()
        target = out_dir / "dossier.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
        dialog.protect.setChecked(False)
        click(qtbot, dialog.save_button)
        assert not dialog.save_button.isEnabled(), "saving runs on a worker, the buttons wait"
        qtbot.waitUntil(lambda: recorded == [False], timeout=30000)
        assert target.read_bytes() == pdf
        assert [p.name for p in out_dir.iterdir()] == ["dossier.pdf"], "no temporary files left"
    finally:
        register.close()


def test_password_dialog_asks_twice(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PasswordDialog()
    qtbot.addWidget(dialog)
    dialog.first.setText("kort")
    dialog.second.setText("kort")
    ok(qtbot, dialog)
    assert dialog.result() == 0 and dialog.problem.text()
    dialog.first.setText("lang genoeg 1")
    dialog.second.setText("lang genoeg 2")
    ok(qtbot, dialog)
    assert dialog.result() == 0 and dialog.problem.text()
    dialog.second.setText("lang genoeg 1")
    ok(qtbot, dialog)
    assert dialog.result() == 1
