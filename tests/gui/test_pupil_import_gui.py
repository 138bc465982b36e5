"""The import dialog on a real register: unused columns named, the column-mapping step kept for
next time, an .xlsx with its sheet, and pupils missing from a list marked as left."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from tests.integration.test_import_shapes import XLSX_ROWS
from tests.integration.test_import_shapes import xlsx_bytes
from udens_register.services.register import create_register
from udens_register.services.register import open_register
from udens_register.ui.pupil_import import ImportDialog


def test_import_dialog_names_columns_maps_them_and_marks_pupils_left(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    create_register(tmp_path / "R", PASSPHRASE, "Zorgcoördinator", kdf_seconds=FAST_KDF)
    register = open_register(tmp_path / "R", PASSPHRASE)
    try:
        saved: list[dict[str, str]] = []
        book = tmp_path / "leerlingen.xlsx"
        book.write_bytes(xlsx_bytes(XLSX_ROWS, extra_first=True))
        dialog = ImportDialog(
            register.importer, None, parents_port=register.parent_importer, save_mapping=saved.append
        )
        qtbot.addWidget(dialog)
        dialog.load(book)
        assert (
            "Leerlingnummer" in dialog.summary.text() and dialog.map_button.isEnabled()
        )  # first sheet: refused
        assert [dialog.sheet.itemText(i) for i in range(dialog.sheet.count())] == ["Uitleg", "Leerlingen"]
        dialog.sheet.setCurrentText("Leerlingen")
        dialog.reload()
        assert dialog.preview.rowCount() == 3 and dialog.import_button.isEnabled()
        with qtbot.waitSignal(dialog.imported, timeout=20000):
            dialog.accept()
        odd = tmp_path / "lijst.csv"
        odd.write_bytes(b"Code;Naam;Familienaam;Klass\n001234;Milan;Peters;1B\n")
        dialog = ImportDialog(register.importer, None, save_mapping=saved.append)
        qtbot.addWidget(dialog)
        dialog.load(odd)
        assert not dialog.import_button.isEnabled() and dialog.map_button.isEnabled()
        dialog._mapping = {"Code": "student_number", "Naam": "first_name", "Familienaam": "last_name"}
        dialog.reload()
        assert "Klass" in dialog.summary.text()  # an unknown column is named
        assert "000077" in dialog.summary.text()  # pupils of the register missing from this list
        assert dialog.mark_left.isVisibleTo(dialog)
        dialog.mark_left.setChecked(True)
        with qtbot.waitSignal(dialog.imported, timeout=20000):
            dialog.accept()
        pupils = {p.student_number: p for p in register.persons.find() if p.kind == "pupil"}
        assert pupils["000077"].left_on == date.today() and pupils["001234"].left_on is None
        assert pupils["001234"].class_name == "1B"  # unchanged: Klass is not Klas
    finally:
        register.close()
