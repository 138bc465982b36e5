"""The import dialog driven as a coordinator drives it, on a real register, with files made here
(fictional): Magister's ``;`` CSV with a BOM, Somtoday's UTF-16 tab file, an ``.xlsx`` with two
sheets, date cells and leading zeros, a file whose columns need the mapping step (kept for next
time, header names only), parents, pupils marked as left, and files that are refused whole."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from datetime import date
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from tests.gui.press import ok
from tests.gui.press import trigger
from tests.gui.press import unlock as press_unlock
from tests.integration.test_import_shapes import MAGISTER
from tests.integration.test_import_shapes import SOMTODAY
from tests.integration.test_import_shapes import XLSX_ROWS
from tests.integration.test_import_shapes import xlsx_bytes
from udens_register.services.register import OpenRegister
from udens_register.services.register import create_register
from udens_register.services.register import open_register
from udens_register.services.settings import Settings
from udens_register.services.settings import SettingsStore
from udens_register.ui.dialogs import qdate
from udens_register.ui.i18n import install_translators
from udens_register.ui.pupil_import import ImportDialog


@pytest.fixture(autouse=True)
def dutch(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The dialog speaks Dutch, as the app does by default."""
    before = QLocale()
    translators = install_translators(qapp, "nl")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def register(tmp_path: Path) -> Iterator[OpenRegister]:
    create_register(tmp_path / "R", PASSPHRASE, "Zorgcoördinator", kdf_seconds=FAST_KDF)
    opened = open_register(tmp_path / "R", PASSPHRASE)
    yield opened
    opened.close()


def _dialog(qtbot: Any, register: OpenRegister, **kwargs: Any) -> ImportDialog:
    dialog = ImportDialog(register.importer, None, parents_port=register.parent_importer, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _load(qtbot: Any, dialog: ImportDialog, path: Path) -> None:
    with qtbot.waitSignal(dialog.previewed, timeout=60000):
        dialog.load(path)


def _import(qtbot: Any, dialog: ImportDialog) -> None:
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=60000):
        dialog.import_button.click()


def _pupils(register: OpenRegister) -> dict[str, Any]:
    return {p.student_number: p for p in register.persons.find() if p.kind == "pupil"}


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_magister_csv_with_bom_previews_imports_and_again_changes_nothing(qtbot, register, tmp_path) -> None:  # type: ignore[no-untyped-def]
    file = _write(tmp_path, "magister.csv", b"\xef\xbb\xbf" + MAGISTER.encode("utf-8"))
    dialog = _dialog(qtbot, register)
    _load(qtbot, dialog, file)
    assert dialog.preview.rowCount() == 3
    assert dialog.preview.item(0, 1).text() == "Zoë van der Berg"
    assert "3 new" in dialog.summary.text() or "3 nieuw" in dialog.summary.text()
    assert "Klassenmentor 1" in dialog.summary.text()  # the column not imported is named
    assert not _pupils(register), "nothing is imported before Import"
    _import(qtbot, dialog)
    pupils = _pupils(register)
    assert (pupils["12345"].infix, pupils["12345"].class_name) == ("van der", "2H1")
    assert pupils["12346"].date_of_birth == date(2011, 3, 5)
    assert pupils["12347"].date_of_birth == date(2013, 2, 28)
    again = _dialog(qtbot, register)
    _load(qtbot, again, file)
    assert not again.import_button.isEnabled(), "the same file again changes nothing"
    assert again.plan is not None and again.plan.unchanged == 3


def test_somtoday_utf16_tab_file_imports_every_field(qtbot, register, tmp_path) -> None:  # type: ignore[no-untyped-def]
    file = _write(tmp_path, "somtoday.txt", SOMTODAY.encode("utf-16"))
    dialog = _dialog(qtbot, register)
    _load(qtbot, dialog, file)
    assert dialog.preview.rowCount() == 2
    _import(qtbot, dialog)
    sanne = _pupils(register)["5002"]
    assert (sanne.infix, sanne.last_name, sanne.class_name) == ("van", "Dijk", "V3a")
    assert (sanne.email, sanne.date_of_birth) == ("s.vandijk@leerling.example", date(2010, 10, 1))


def test_xlsx_with_two_sheets_is_read_off_the_ui_thread_on_the_sheet_chosen(
    qtbot, register, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    book = _write(tmp_path, "leerlingen.xlsx", xlsx_bytes(XLSX_ROWS, extra_first=True))
    dialog = _dialog(qtbot, register)
    with qtbot.waitSignal(dialog.previewed, timeout=60000):
        dialog.load(book)
        assert dialog.progress.isVisible() and dialog.plan is None  # reading runs in the background
    assert dialog.sheet.isVisible()
    assert [dialog.sheet.itemText(i) for i in range(dialog.sheet.count())] == ["Uitleg", "Leerlingen"]
    assert dialog.sheet.currentText() == "Uitleg"  # the first sheet by default
    assert not dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.previewed, timeout=60000):
        dialog.sheet.setCurrentText("Leerlingen")
        dialog.sheet.activated.emit(1)
    assert dialog.pages.currentIndex() == 0 and dialog.preview.rowCount() == 3
    assert dialog.preview.item(0, 0).text() == "001234" and dialog.preview.item(0, 3).text() == "01-07-2013"
    _import(qtbot, dialog)
    pupils = _pupils(register)
    assert set(pupils) == {"001234", "000077", "4321"}  # leading zeros kept, a number cell as text
    assert pupils["000077"].date_of_birth == date(2012, 1, 31) and pupils["000077"].infix == "ter"
    assert pupils["001234"].phone == "06-12345678"


def _choose(dialog: ImportDialog, header: str, field: str) -> None:
    box: QComboBox = dialog.mapping_panel.choices[header]
    box.setCurrentIndex(box.findData(field))


def test_unrecognised_headers_go_through_the_mapping_step_which_is_offered_again(
    qtbot, register, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    store = SettingsStore(tmp_path / "config")
    kept: dict[str, dict[str, str]] = {}

    def save(kind: str, mapping: dict[str, str]) -> None:
        kept[kind] = mapping
        store.save(Settings(import_mapping=dict(kept)))

    file = _write(
        tmp_path, "lijst.csv", b"Code;Naam;Familienaam;Klass\n001234;Milan;Peters;1B\n000077;Fleur;Horst;2A\n"
    )
    dialog = _dialog(qtbot, register, save_mapping=save)
    _load(qtbot, dialog, file)
    assert dialog.pages.currentWidget() is dialog.mapping_panel, "the mapping step opens by itself"
    assert not dialog.import_button.isEnabled()
    assert set(dialog.mapping_panel.choices) == {"Code", "Naam", "Familienaam", "Klass"}
    dialog.mapping_panel.apply_button.click()  # nothing chosen yet: refused with the reason
    assert dialog.mapping_panel.problem.isVisibleTo(dialog) and dialog.pages.currentIndex() == 1
    _choose(dialog, "Code", "student_number")
    _choose(dialog, "Naam", "first_name")
    _choose(dialog, "Familienaam", "first_name")
    dialog.mapping_panel.apply_button.click()  # one field twice
    assert (
        dialog.mapping_panel.problem.text() == "Elk gegeven hoort bij één kolom: Roepnaam is vaker gekozen."
    )
    _choose(dialog, "Familienaam", "last_name")
    with qtbot.waitSignal(dialog.previewed, timeout=60000):
        dialog.mapping_panel.apply_button.click()
    assert dialog.pages.currentIndex() == 0 and dialog.preview.rowCount() == 2
    assert "Klass" in dialog.summary.text()  # left unmapped: named as not imported
    _import(qtbot, dialog)
    assert _pupils(register)["001234"].last_name == "Peters" and _pupils(register)["001234"].class_name == ""
    saved = json.loads((tmp_path / "config" / "settings.json").read_text(encoding="utf-8"))
    assert saved["import_mapping"] == {
        "pupils": {"Code": "student_number", "Naam": "first_name", "Familienaam": "last_name"}
    }  # header names only: no value of the file is kept
    assert "Milan" not in json.dumps(saved) and "001234" not in json.dumps(saved)

    # Next time (the settings as the app reads them): the same headers import without the step.
    later = _write(tmp_path, "lijst2.csv", b"Code;Naam;Familienaam;Klass\n001234;Milan;Peters-Smit;1B\n")
    again = _dialog(qtbot, register, mapping=store.load().import_mapping, save_mapping=save)
    _load(qtbot, again, later)
    assert again.pages.currentIndex() == 0 and again.import_button.isEnabled()
    assert "Code → " in again.summary.text()  # says the columns are as chosen before
    again.map_button.click()
    assert again.pages.currentIndex() == 1
    assert again.mapping_panel.choices["Familienaam"].currentData() == "last_name"  # offered again


def test_a_headerless_file_is_refused_and_its_first_row_never_kept(qtbot, register, tmp_path) -> None:  # type: ignore[no-untyped-def]
    saved: list[object] = []
    file = _write(tmp_path, "zonder-kop.csv", b"001234;Milan;Peters;1B\n000077;Fleur;Horst;2A\n")
    dialog = _dialog(qtbot, register, save_mapping=lambda *a: saved.append(a))
    _load(qtbot, dialog, file)
    assert dialog.pages.currentIndex() == 0 and not dialog.import_button.isEnabled()
    assert "kolomnamen" in dialog.summary.text() or "column names" in dialog.summary.text()
    assert not saved and not _pupils(register)


def test_parents_file_links_parents_to_their_children(qtbot, register, tmp_path) -> None:  # type: ignore[no-untyped-def]
    register.importer.apply(b"\xef\xbb\xbf" + MAGISTER.encode("utf-8"))
    file = _write(
        tmp_path, "ouders.csv",
        b"Stamnr;Voornaam;Achternaam;Relatie;Telefoon;E-mail\n"
        b"12345;Anna;Berg;moeder;06-11112222;anna@thuis.example\n"
        b"12346;Anna;Berg;moeder;06-11112222;anna@thuis.example\n",
    )  # fmt: skip
    dialog = _dialog(qtbot, register)
    dialog.kind.setCurrentIndex(dialog.kind.findData("parents"))
    _load(qtbot, dialog, file)
    assert dialog.preview.rowCount() == 2 and dialog.preview.item(0, 2).text() in ("moeder", "mother")
    _import(qtbot, dialog)
    parents = [p for p in register.persons.find("Berg") if p.kind == "parent"]
    assert len(parents) == 1 and parents[0].phone == "06-11112222"
    assert len(register.persons.children_of(parents[0].id)) == 2


def test_pupils_missing_from_a_full_list_are_marked_left_on_the_day_chosen(qtbot, register, tmp_path) -> None:  # type: ignore[no-untyped-def]
    register.importer.apply(b"\xef\xbb\xbf" + MAGISTER.encode("utf-8"))
    file = _write(tmp_path, "nieuw.csv", b"Stamnr;Roepnaam;Achternaam\n12345;Zo\xc3\xab;Berg\n")
    dialog = _dialog(qtbot, register)
    _load(qtbot, dialog, file)
    assert "12346" in dialog.summary.text() and "12347" in dialog.summary.text()
    assert dialog.mark_left.isVisible()
    dialog.mark_left.setChecked(True)
    dialog.left_on.setDate(qdate(date.today() + timedelta(days=3)))
    dialog.import_button.click()  # a day in the future: refused in one line, nothing imported
    assert dialog.result is None and (
        "future" in dialog.summary.text() or "toekomst" in dialog.summary.text()
    )
    assert all(p.left_on is None for p in _pupils(register).values())
    dialog.left_on.line.setText("31-02-2026")  # not a date
    dialog.import_button.click()
    assert dialog.result is None and all(p.left_on is None for p in _pupils(register).values())
    left = date.today() - timedelta(days=1)
    dialog.left_on.setDate(qdate(left))
    _import(qtbot, dialog)
    pupils = _pupils(register)
    assert pupils["12346"].left_on == left and pupils["12347"].left_on == left
    assert pupils["12345"].left_on is None and pupils["12345"].class_name == "2H1"  # nothing erased
    assert "2" in dialog.done_text()


def _xlsx_damaged() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("xl/workbook.xml", "<niet-af")
    return out.getvalue()


def _ods() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("leerlingen.ods", _ods(), ".xlsx"),
        ("leerlingen.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), ".xlsx"),
        ("kapot.xlsx", _xlsx_damaged(), "Excel"),
        ("leeg.csv", b"", "leeg"),
        ("foto.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "UTF-8"),
        (
            "datum.csv",
            b"Stamnummer;Roepnaam;Achternaam;Geboortedatum\n1;Anna;Smit;31-02-2012\n",
            "31-02-2012",
        ),
    ],
)
def test_bad_input_is_refused_in_one_dutch_line_and_imports_nothing(
    qtbot, register, tmp_path, name, data, words
) -> None:  # type: ignore[no-untyped-def]
    file = _write(tmp_path, name, data)
    dialog = _dialog(qtbot, register)
    _load(qtbot, dialog, file)
    text = dialog.summary.text()
    assert "\n" not in text and "niets geïmporteerd" in text and words in text, text
    assert not dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert dialog.result is None and not register.persons.find()


def test_a_list_of_20001_rows_is_refused_in_one_line_naming_the_count_and_the_limit(
    qtbot, register, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    rows = "".join(f"{100000 + i};Leerling{i};Achternaam{i};1A\n" for i in range(20_001))
    file = _write(tmp_path, "groot.csv", ("Stamnummer;Roepnaam;Achternaam;Klas\n" + rows).encode())
    dialog = _dialog(qtbot, register)
    _load(qtbot, dialog, file)
    assert dialog.summary.text() == (
        "Het bestand is geweigerd, er is niets geïmporteerd: 20.001 rijen: meer dan 20.000, "
        "het hoogste aantal voor een lijst van één school."
    )
    assert not dialog.import_button.isEnabled() and not register.persons.find()


@pytest.mark.slow
def test_a_list_of_20000_rows_reads_in_the_background_with_progress(qtbot, register, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = "".join(f"{100000 + i};Leerling{i};Achternaam{i};{1 + i % 6}A\n" for i in range(20_000))
    file = _write(tmp_path, "groot.csv", ("Stamnummer;Roepnaam;Achternaam;Klas\n" + rows).encode())
    dialog = _dialog(qtbot, register)
    ticks: list[bool] = []
    with qtbot.waitSignal(dialog.previewed, timeout=120000):
        dialog.load(file)
        assert dialog.progress.isVisible() and dialog.progress_label.text()
        qtbot.wait(10)
        ticks.append(dialog.isVisible())  # the event loop runs while the file is read
    assert ticks == [True] and not dialog.progress.isVisible()
    assert dialog.preview.rowCount() == 200 and dialog.plan is not None and len(dialog.plan.new) == 20_000
    with qtbot.waitSignal(dialog.imported, timeout=300000):
        dialog.import_button.click()
        assert dialog.progress.isVisible() and not dialog.import_button.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape while importing: the import goes on
        assert dialog.isVisible()
    assert len(register.persons.find("Leerling19999")) == 1


def test_locking_while_importing_lets_the_import_finish_then_closes_the_dialog(
    qtbot, register, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    from udens_register.ui.guard import close_dialogs_for_lock

    rows = "".join(f"{200000 + i};Kind{i};Achternaam{i}\n" for i in range(3000))
    file = _write(tmp_path, "lijst.csv", ("Stamnummer;Roepnaam;Achternaam\n" + rows).encode())
    window = QWidget()
    qtbot.addWidget(window)
    dialog = ImportDialog(register.importer, window)
    dialog.show()
    _load(qtbot, dialog, file)
    dialog.import_button.click()
    close_dialogs_for_lock(window)  # what the lock does, before it closes the register
    assert not dialog.isVisible()
    assert len([p for p in register.persons.find() if p.kind == "pupil"]) == 3000  # all of it


def test_saving_the_settings_dialog_keeps_the_import_mapping(qtbot) -> None:  # type: ignore[no-untyped-def]
    from udens_register.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings(import_mapping={"pupils": {"Code": "student_number"}}))
    qtbot.addWidget(dialog)
    ok(qtbot, dialog)
    assert dialog.result_settings.import_mapping == {"pupils": {"Code": "student_number"}}


def test_ctrl_i_in_the_main_window_keeps_the_mapping_in_the_settings_for_next_time(
    qtbot, filled, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from udens_register.ui.main_window import MainWindow

    gateway, _ = filled
    store = SettingsStore(tmp_path / "cfg")
    win = MainWindow(gateway, Settings(), store)
    qtbot.addWidget(win)
    win.show()
    press_unlock(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: win.register is not None, timeout=15000)
    file = _write(tmp_path, "export.csv", b"Code;Naam;Familienaam\n770001;Milan;Peters\n")
    seen: dict[str, object] = {}

    def drive(first: bool) -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, ImportDialog)
            _load(qtbot, dialog, file)
            if first:
                assert dialog.pages.currentIndex() == 1
                for header, field in (
                    ("Code", "student_number"),
                    ("Naam", "first_name"),
                    ("Familienaam", "last_name"),
                ):
                    _choose(dialog, header, field)
                with qtbot.waitSignal(dialog.previewed, timeout=60000):
                    dialog.mapping_panel.apply_button.click()
                _import(qtbot, dialog)
            else:
                seen["page"], seen["importable"] = (
                    dialog.pages.currentIndex(),
                    dialog.import_button.isEnabled(),
                )
        finally:
            if isinstance(dialog, ImportDialog) and dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, win, lambda: drive(True))
    trigger(win, "import_action")
    assert [p.name for p in win.register.persons.find("770001")] == ["Milan Peters"]
    assert "geïmporteerd" in win.statusBar().currentMessage()
    assert store.load().import_mapping == {
        "pupils": {"Code": "student_number", "Naam": "first_name", "Familienaam": "last_name"}
    }
    QTimer.singleShot(0, win, lambda: drive(False))
    trigger(win, "import_action")  # next time: the same columns are recognised through the kept mapping
    assert seen == {"page": 0, "importable": False}  # the preview at once; nothing new to import
    trigger(win, "lock_action")


def test_a_parents_file_chosen_as_pupils_is_said_to_be_one(qtbot, register, tmp_path) -> None:  # type: ignore[no-untyped-def]
    register.importer.apply(b"\xef\xbb\xbf" + MAGISTER.encode("utf-8"))
    file = _write(tmp_path, "ouders.csv", b"Stamnr;Voornaam;Achternaam;Relatie\n12345;Anna;Berg;moeder\n")
    dialog = _dialog(qtbot, register)
    _load(qtbot, dialog, file)  # as pupils: Anna would overwrite the pupil's first name
    assert dialog.summary.text().startswith(
        "Let op: de kolom Relatie hoort bij een lijst met ouders/verzorgers"
    )
    with qtbot.waitSignal(dialog.previewed, timeout=60000):
        dialog.kind.setCurrentIndex(dialog.kind.findData("parents"))
    assert not dialog.summary.text().startswith("Let op") and dialog.preview.item(0, 2).text() == "moeder"


def test_the_preview_says_what_changes_and_names_the_child_of_a_parent_row(qtbot, register, tmp_path) -> None:  # type: ignore[no-untyped-def]
    register.importer.apply(b"\xef\xbb\xbf" + MAGISTER.encode("utf-8"))
    moved = _write(tmp_path, "nieuw.csv", "Stamnr;Roepnaam;Achternaam;Klas;Geb.datum\n"
                   "12345;Zoë;Berg;3H1;03-04-2012\n12346;Chloë;Jansen;3V2;05-03-2011\n".encode())  # fmt: skip
    dialog = _dialog(qtbot, register)
    _load(qtbot, dialog, moved)
    assert [dialog.preview.item(r, 4).text() for r in range(2)] == ["klas 2H1 → 3H1", ""]
    assert dialog.summary.text().startswith("2 leerlingen: 0 nieuw, 1 gewijzigd, 1 ongewijzigd.")
    assert "(en)" not in dialog.summary.text() and "(s)" not in dialog.summary.text()
    parents = _write(tmp_path, "ouders.csv", b"Stamnr;Voornaam;Achternaam;Relatie;Telefoon\n"
                     b"12345;Anna;Berg;moeder;06-11112222\n")  # fmt: skip
    dialog = _dialog(qtbot, register)
    dialog.kind.setCurrentIndex(dialog.kind.findData("parents"))
    _load(qtbot, dialog, parents)
    assert dialog.preview.horizontalHeaderItem(0).text() == "Kind (stamnummer)"
    assert dialog.preview.item(0, 0).text() == "Zoë van der Berg (12345)"
    assert dialog.preview.item(0, 1).text() == "Anna Berg"
    assert dialog.summary.text().startswith(
        "1 rij met ouders/verzorgers: 1 nieuw, 0 gewijzigd, 0 ongewijzigd; 1 nieuwe koppeling aan een leerling."
    )
    _import(qtbot, dialog)
    assert (
        dialog.done_text()
        == "Ouders/verzorgers geïmporteerd: 1 nieuw, 0 bijgewerkt; 1 nieuwe koppeling aan een leerling."
    )
    newer = _write(tmp_path, "ouders-2.csv", b"Stamnr;Voornaam;Achternaam;Relatie;Telefoon\n"
                   b"12345;Anna;Berg;verzorger;06-99998888\n12346;Anna;Berg;moeder;06-99998888\n")  # fmt: skip
    dialog = _dialog(qtbot, register)
    dialog.kind.setCurrentIndex(dialog.kind.findData("parents"))
    _load(qtbot, dialog, newer)
    assert dialog.preview.item(0, 4).text() == "telefoon 06-11112222 → 06-99998888"
    assert "2 rijen met ouders/verzorgers" in dialog.summary.text()
    assert "; 1 nieuwe koppeling aan een leerling." in dialog.summary.text()


@pytest.mark.parametrize(("rows", "head"), [(1, "1 regel met fouten"), (2, "2 regels met fouten")])
def test_a_refusal_counts_its_lines_in_proper_dutch(qtbot, register, tmp_path, rows: int, head: str) -> None:  # type: ignore[no-untyped-def]
    bad = "".join(f"{100 + i};;Smit;31-02-2012\n" for i in range(rows))  # two reasons on each line
    file = _write(
        tmp_path, "fout.csv", ("Stamnummer;Roepnaam;Achternaam;Geboortedatum\n1;Bram;Smit;\n" + bad).encode()
    )
    dialog = _dialog(qtbot, register)
    _load(qtbot, dialog, file)
    lines = dialog.summary.text().split("\n")
    assert lines[0] == f"Het bestand is geweigerd: {head}. Er is niets geïmporteerd."
    assert len(lines) == 1 + 2 * rows and lines[1].startswith("regel 3: ")


def test_a_column_with_the_whole_name_can_be_chosen_in_the_mapping_step(qtbot, register, tmp_path) -> None:  # type: ignore[no-untyped-def]
    register.importer.apply(b"\xef\xbb\xbf" + MAGISTER.encode("utf-8"))
    file = _write(tmp_path, "ouders.csv", b"Stamnr;Contactpersoon;Relatie\n12345;Anna van der Berg;moeder\n")
    dialog = _dialog(qtbot, register)
    dialog.kind.setCurrentIndex(dialog.kind.findData("parents"))
    _load(qtbot, dialog, file)
    assert dialog.pages.currentWidget() is dialog.mapping_panel
    assert "Achternaam of Volledige naam" in dialog.mapping_panel.needed.text()
    _choose(dialog, "Contactpersoon", "full_name")
    with qtbot.waitSignal(dialog.previewed, timeout=60000):
        dialog.mapping_panel.apply_button.click()
    assert dialog.pages.currentIndex() == 0 and dialog.preview.item(0, 1).text() == "Anna van der Berg"
    _import(qtbot, dialog)
    (anna,) = [p for p in register.persons.find(kind="parent")]
    assert (anna.first_name, anna.infix, anna.last_name) == ("Anna", "van der", "Berg")
