"""Workbooks that are not what their name says: one line naming what to do, exit 2, nothing imported."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.integration.test_cli import run
from tests.integration.test_import_shapes import XLSX_ROWS
from tests.integration.test_import_shapes import xlsx_bytes


def _refused(tmp_path: Path, reg, name: str, data: bytes) -> list[str]:  # type: ignore[no-untyped-def]
    reg.close()
    file = tmp_path / name
    file.write_bytes(data)
    result = run("--data-dir", str(tmp_path / "R"), "import-persons", str(file), passphrase=PASSPHRASE)
    assert result.returncode == 2, result.stderr
    return [line for line in result.stderr.splitlines() if line.strip()]


def _sheet_cut_in_half(data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as old, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            content = old.read(info.filename)
            if info.filename.startswith("xl/worksheets/sheet"):
                content = content[: len(content) // 2]
            new.writestr(info.filename, content)
    return out.getvalue()


@pytest.mark.slow
def test_a_workbook_whose_sheet_is_cut_in_half_is_damaged(tmp_path: Path, reg) -> None:  # type: ignore[no-untyped-def]
    lines = _refused(tmp_path, reg, "leerlingen.xlsx", _sheet_cut_in_half(xlsx_bytes(XLSX_ROWS * 40)))
    assert lines == ["Het Excel-bestand is beschadigd of geen Excel-werkmap."]


@pytest.mark.slow
def test_a_password_protected_workbook_is_named_as_such(tmp_path: Path, reg) -> None:  # type: ignore[no-untyped-def]
    # Excel keeps a workbook with a password in an OLE compound file, like the old .xls.
    lines = _refused(tmp_path, reg, "leerlingen.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    assert lines == [
        "Een oud Excel-bestand (.xls) of een met een wachtwoord beveiligd Excel-bestand: "
        "sla het op als Excel-werkmap (.xlsx) zonder wachtwoord of als CSV."
    ]
