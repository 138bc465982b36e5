"""The director's loop in the app: a case file issued from the dialog is signed and logged, and
*Dossier controleren* recognises it (and a changed copy)."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from tests.conftest import PASSPHRASE
from tests.gui.press import ok
from udens_register.domain.model import IncidentFilter
from udens_register.ui.disclosure import DisclosuresDialog
from udens_register.ui.disclosure import VerifyPdfDialog
from udens_register.ui.pdf_export import CaseFileDialog
from udens_register.ui.pdf_export import PdfPreviewDialog


def _save_unprotected(self: PdfPreviewDialog) -> int:
    """What the coordinator does in the preview: untick the password, save, wait until written."""
    self.protect.setChecked(False)
    self.save()
    deadline = time.monotonic() + 60
    while self.saved_to is None and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    return 1


def test_issue_then_check(qtbot, filled, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    gateway, _ = filled
    register = gateway.open(PASSPHRASE)
    try:
        incident_id = register.incidents.page(IncidentFilter()).rows[0].id
        case_number = register.incidents.get(incident_id).case_number
        target = tmp_path / "dossier.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
        monkeypatch.setattr(PdfPreviewDialog, "exec", _save_unprotected)
        dialog = CaseFileDialog(register, incident_id, "nl", str(tmp_path))
        qtbot.addWidget(dialog)
        assert dialog.recipient.currentText() == "afdelingsdirecteur"
        dialog.recipient.setCurrentText("J. de Vries, afdelingsdirecteur bovenbouw")
        with qtbot.waitSignal(dialog.worker.done, timeout=60000):
            ok(qtbot, dialog)
        qtbot.waitUntil(lambda: target.exists(), timeout=10000)
        (logged,) = [
            d
            for d in register.disclosures.all()
            if d.sha256 == hashlib.sha256(target.read_bytes()).hexdigest()
        ]
        assert logged.recipient == "J. de Vries, afdelingsdirecteur bovenbouw"
        assert logged.version == "directie" and logged.case_numbers == case_number

        check = VerifyPdfDialog(register, "nl")
        qtbot.addWidget(check)
        check.check(target)
        assert check.ok is True
        assert check.outcome.text().startswith(
            f"✔ ongewijzigd — dossier {case_number}, versie directie, verstrekt aan J. de Vries"
        )
        changed = bytearray(target.read_bytes())
        changed[len(changed) // 3] ^= 0x01
        copy = tmp_path / "copy.pdf"
        copy.write_bytes(bytes(changed))
        check.check(copy)
        assert check.ok is False

        log = DisclosuresDialog(register)
        qtbot.addWidget(log)
        assert log.table.rowCount() >= 1
        assert log.table.item(0, DisclosuresDialog.COL_RECIPIENT).text().startswith("J. de Vries")
    finally:
        register.close()
