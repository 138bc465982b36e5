"""Real export shapes of the school administration (made here, fictional): Magister with
abbreviated headers, ``;`` and a BOM; Somtoday as tab-separated UTF-16; an ``.xlsx`` with date cells
and leading-zero student numbers. Each imports with every field intact, again changes nothing,
and a later, thinner file never erases."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from udens_register.services.importer import ImportOptions
from udens_register.services.importer import ImportRefused
from udens_register.services.tabular import read_table

MAGISTER = (
    "Stamnr;Roepnaam;Tussenv;Achternaam;Klas;Geb.datum;Klassenmentor 1\r\n"
    '12345;Zoë;van der;Berg;2H1;03-04-2012;""\r\n'
    '12346;Chloë;"";Jansen;3V2;5-3-2011;Mevr. K. Smit\r\n'
    "12347;Renée;de;Wit;1A;2013-02-28;\r\n"
)
SOMTODAY = (
    "Nummer\tRoepnaam\tVoorvoegsel\tAchternaam\tEmail school\tGeboortedatum\tStamgroep\r\n"
    "5001\tDaan\t\tde Boer\td.deboer@leerling.example\t12-05-2011\tH2b\r\n"
    "5002\tSanne\tvan\tDijk\ts.vandijk@leerling.example\t01-10-2010\tV3a\r\n"
)


def xlsx_bytes(rows: list[list[object]], sheet: str = "Leerlingen", extra_first: bool = False) -> bytes:
    """A workbook made here with openpyxl: dates as date cells, numbers as text or numbers."""
    import openpyxl

    book = openpyxl.Workbook()
    ws = book.active
    if extra_first:
        ws.title = "Uitleg"
        ws.append(["Deze werkmap is een export"])
        ws = book.create_sheet(sheet)
    else:
        ws.title = sheet
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


XLSX_ROWS: list[list[object]] = [
    ["Leerlingnummer", "Voornaam", "Tussenvoegsel", "Achternaam", "Klas", "Geboortedatum", "Mobiel"],
    ["001234", "Milan", "", "Peters", "1B", date(2013, 7, 1), "06-12345678"],
    ["000077", "Fleur", "ter", "Horst", "2A", date(2012, 1, 31), None],
    [4321, "Jesse", None, "Koster", "3C", date(2011, 11, 11), None],  # a number cell
]


def _pupils(reg) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {p.student_number: p for p in reg.persons.find() if p.kind == "pupil"}


def _strip_time(data: bytes) -> bytes:
    return data.split(b'"exported_at"')[1].split(b"\n", 1)[1]


def test_magister_shape_imports_every_field_and_again_changes_nothing(reg) -> None:  # type: ignore[no-untyped-def]
    raw = b"\xef\xbb\xbf" + MAGISTER.encode("utf-8")
    plan = reg.importer.apply(raw, ImportOptions("leerlingen.csv"))
    assert (len(plan.new), plan.encoding, plan.delimiter) == (3, "utf-8-sig", ";")
    assert plan.unused == ("Klassenmentor 1",)
    p = _pupils(reg)
    assert (p["12345"].infix, p["12345"].class_name, p["12345"].date_of_birth) == (
        "van der",
        "2H1",
        date(2012, 4, 3),
    )
    assert p["12346"].date_of_birth == date(2011, 3, 5) and p["12346"].infix == ""
    assert p["12347"].date_of_birth == date(2013, 2, 28)
    before = reg.export_json()
    again = reg.importer.apply(raw, ImportOptions("leerlingen.csv"))
    assert (len(again.new), len(again.changed), again.unchanged) == (0, 0, 3)
    assert _strip_time(reg.export_json()) == _strip_time(before)


def test_somtoday_shape_tab_separated_utf16(reg) -> None:  # type: ignore[no-untyped-def]
    raw = SOMTODAY.encode("utf-16")  # with its BOM, as Excel's "Unicode text" writes it
    plan = reg.importer.apply(raw)
    assert (plan.encoding, plan.delimiter, len(plan.new), plan.unused) == ("utf-16", "\t", 2, ())
    p = _pupils(reg)
    assert p["5002"].infix == "van" and p["5002"].class_name == "V3a"
    assert p["5001"].email == "d.deboer@leerling.example" and p["5001"].date_of_birth == date(2011, 5, 12)
    again = reg.importer.apply(raw)
    assert (len(again.changed), again.unchanged) == (0, 2)


def test_xlsx_with_date_cells_and_leading_zeros(reg) -> None:  # type: ignore[no-untyped-def]
    raw = xlsx_bytes(XLSX_ROWS)
    plan = reg.importer.apply(raw, ImportOptions("leerlingen.xlsx"))
    assert plan.encoding == "xlsx" and len(plan.new) == 3
    p = _pupils(reg)
    assert set(p) == {"001234", "000077", "4321"}
    assert p["001234"].date_of_birth == date(2013, 7, 1) and p["001234"].phone == "06-12345678"
    assert p["000077"].infix == "ter"
    before = reg.export_json()
    again = reg.importer.apply(raw, ImportOptions("leerlingen.xlsx"))
    assert (len(again.new), len(again.changed), again.unchanged) == (0, 0, 3)
    assert _strip_time(reg.export_json()) == _strip_time(before)


def test_leading_zeros_are_the_same_pupil_and_the_first_form_is_kept(reg) -> None:  # type: ignore[no-untyped-def]
    reg.importer.apply(xlsx_bytes(XLSX_ROWS))
    # Magister's wizard this time dropped the zeros, and the class changed
    again = reg.importer.apply(
        b"Stamnummer;Roepnaam;Achternaam;Klas\n1234;Milan;Peters;2B\n77;Fleur;Horst;2A\n"
    )
    assert (len(again.new), len(again.changed)) == (0, 1)
    p = _pupils(reg)
    assert "1234" not in p and p["001234"].class_name == "2B"


def test_a_chosen_sheet_of_a_workbook(reg) -> None:  # type: ignore[no-untyped-def]
    raw = xlsx_bytes(XLSX_ROWS, extra_first=True)
    with pytest.raises(ImportRefused) as info:
        reg.importer.plan(raw)  # the first sheet is an explanation, not a list
    assert info.value.problems[0].code == "missing_column"
    plan = reg.importer.plan(raw, ImportOptions(sheet="Leerlingen"))
    assert plan.sheets == ("Uitleg", "Leerlingen") and len(plan.new) == 3


def test_a_thin_file_leaves_classes_and_birth_dates_unchanged(reg) -> None:  # type: ignore[no-untyped-def]
    reg.importer.apply(b"\xef\xbb\xbf" + MAGISTER.encode("utf-8"))
    plan = reg.importer.apply(
        b"Stamnummer,Roepnaam,Achternaam\n12345,Zo\xc3\xab,Berg\n12346,Chlo\xc3\xab,Jansen\n"
    )
    assert len(plan.changed) == 0
    p = _pupils(reg)
    assert (p["12345"].class_name, p["12345"].date_of_birth, p["12345"].infix) == (
        "2H1",
        date(2012, 4, 3),
        "van der",
    )


def test_an_empty_cell_is_reported_not_applied_unless_empty_means_empty(reg) -> None:  # type: ignore[no-untyped-def]
    reg.importer.apply(b"\xef\xbb\xbf" + MAGISTER.encode("utf-8"))
    thin = b"Stamnummer;Roepnaam;Achternaam;Klas\n12345;Zo\xc3\xab;Berg;\n"
    plan = reg.importer.apply(thin)
    assert plan.empty_kept == [(2, "class_name")] and not plan.changed
    assert _pupils(reg)["12345"].class_name == "2H1"
    cleared = reg.importer.apply(thin, ImportOptions(empty_clears=True))
    assert len(cleared.changed) == 1 and _pupils(reg)["12345"].class_name == ""


def test_every_change_is_a_correction_in_the_history(reg) -> None:  # type: ignore[no-untyped-def]
    reg.importer.apply(b"\xef\xbb\xbf" + MAGISTER.encode("utf-8"))
    reg.importer.apply(
        b"Stamnr;Roepnaam;Achternaam;Klas\n12345;Zo\xc3\xab;Berg;3H1\n", ImportOptions("mei.csv")
    )
    person = _pupils(reg)["12345"]
    (entry,) = [e for e in reg.persons.history(person.id) if e.kind == "corrected"]
    assert entry.detail["changes"] == {"class_name": ["2H1", "3H1"]}
    assert entry.detail["reason"] == "bijgewerkt uit import van 16-03-2026 (mei.csv)"


def test_an_unknown_column_imports_and_is_named(reg) -> None:  # type: ignore[no-untyped-def]
    plan = reg.importer.apply(b"Stamnummer;Roepnaam;Achternaam;Klass;Studie\n1;Anna;Smit;1A;HAVO\n")
    assert plan.unused == ("Klass", "Studie") and len(plan.new) == 1
    assert _pupils(reg)["1"].class_name == ""


def test_a_mapping_names_columns_the_importer_does_not_know(reg) -> None:  # type: ignore[no-untyped-def]
    raw = b"Code;Naam;Familienaam;Groepje\n1;Anna;Smit;1A\n"
    with pytest.raises(ImportRefused):
        reg.importer.plan(raw)
    mapping = {
        "Code": "student_number",
        "Naam": "first_name",
        "Familienaam": "last_name",
        "Groepje": "class_name",
    }
    plan = reg.importer.apply(raw, ImportOptions(mapping=mapping))
    assert len(plan.new) == 1 and _pupils(reg)["1"].class_name == "1A" and plan.unused == ()


def test_a_bad_date_refuses_the_whole_file_with_its_line(reg) -> None:  # type: ignore[no-untyped-def]
    raw = b"Stamnr;Roepnaam;Achternaam;Geb. datum\n1;Anna;Smit;01-01-2012\n2;Bram;Vos;31-02-2012\n"
    with pytest.raises(ImportRefused) as info:
        reg.importer.apply(raw)
    assert [(p.line, p.code) for p in info.value.problems] == [(3, "date_invalid")]
    assert _pupils(reg) == {}


def test_control_characters_are_refused_with_the_line(reg) -> None:  # type: ignore[no-untyped-def]
    raw = "Stamnr;Roepnaam;Achternaam\n1;Anna;Smit\n2;Br\u202eam;Vos\n".encode()
    with pytest.raises(ImportRefused) as info:
        reg.importer.apply(raw)
    assert [(p.line, p.code, p.params()["column"]) for p in info.value.problems] == [
        (3, "control_char", "Roepnaam")
    ]


@pytest.mark.parametrize(("raw", "name", "code"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "leerlingen.xls", "format_xls"),
    (b"PK\x03\x04 not really", "leerlingen.ods", "format_ods"),
    ("Stamnr;Naam\n1;A\n".encode("utf-16-le"), "leerlingen.csv", "encoding"),  # UTF-16 without its BOM
    (b"PK\x03\x04 broken zip", "leerlingen.xlsx", "xlsx_damaged"),
])  # fmt: skip
def test_other_formats_are_refused_with_a_plain_hint(raw: bytes, name: str, code: str) -> None:
    with pytest.raises(ImportRefused) as info:
        read_table(raw, name)
    assert info.value.problems[0].code == code


def test_missing_pupils_are_listed_and_can_be_marked_as_left(reg) -> None:  # type: ignore[no-untyped-def]
    reg.importer.apply(b"\xef\xbb\xbf" + MAGISTER.encode("utf-8"))
    plan = reg.importer.apply(b"Stamnr;Roepnaam;Achternaam\n12345;Zo\xc3\xab;Berg\n")
    assert sorted(p.student_number for p in plan.missing) == ["12346", "12347"]
    assert reg.importer.mark_left([p.id for p in plan.missing], date(2026, 2, 1), "lijst.csv") == 2
    assert _pupils(reg)["12346"].left_on == date(2026, 2, 1)
    again = reg.importer.plan(b"Stamnr;Roepnaam;Achternaam\n12345;Zo\xc3\xab;Berg\n")
    assert again.missing == []  # those who left are not listed again


@pytest.mark.slow
def test_the_command_line_names_unused_columns_and_missing_pupils(tmp_path: Path, reg) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import PASSPHRASE
    from tests.integration.test_cli import run

    reg.close()
    folder = tmp_path / "R"
    first = tmp_path / "magister.csv"
    first.write_bytes(b"\xef\xbb\xbf" + MAGISTER.encode("utf-8"))
    result = run("--data-dir", str(folder), "import-persons", str(first), passphrase=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert "3 nieuw" in result.stderr and "Klassenmentor 1" in result.stderr
    second = tmp_path / "somtoday.txt"
    second.write_bytes("Nummer\tRoepnaam\tAchternaam\tKlas\n12345\tZoë\tBerg\t\n".encode("utf-16"))
    result = run("--data-dir", str(folder), "import-persons", str(second), "--left", "01-02-2026")
    assert result.returncode == 0, result.stderr
    assert "regel 2: klas" in result.stderr and "2 leerlingen gemarkeerd als uitgeschreven" in result.stderr
    bad = tmp_path / "fout.csv"
    bad.write_bytes(b"Stamnr;Roepnaam;Achternaam;Geboortedatum\n1;Anna;Smit;2012-13-01\n")
    result = run("--data-dir", str(folder), "import-persons", str(bad))
    assert result.returncode == 2 and "regel 2" in result.stderr and "Traceback" not in result.stderr


PARENTS = (
    "Stamnummer;Roepnaam;Tussenvoegsel;Achternaam;Relatie;Telefoonnummer;E-mail\n"
    "12345;Petra;van der;Berg;Moeder;06-11223344;petra@example.org\n"
    "12346;Petra;van der;Berg;moeder;06-11223344;petra@example.org\n"  # the same mother of a second pupil
    "12345;Karim;;Berg;vader;;\n"
)


def test_a_parents_file_links_parents_with_relation_and_contacts(reg) -> None:  # type: ignore[no-untyped-def]
    reg.importer.apply(b"\xef\xbb\xbf" + MAGISTER.encode("utf-8"))
    plan = reg.parent_importer.apply(PARENTS.encode(), ImportOptions("ouders.csv"))
    assert (len(plan.new), plan.links) == (2, 3)
    pupils = _pupils(reg)
    mothers = reg.persons.parents_of(pupils["12346"].id)
    assert [(p.name, p.phone, p.email) for p in mothers] == [
        ("Petra van der Berg", "06-11223344", "petra@example.org")
    ]
    assert len(reg.persons.parents_of(pupils["12345"].id)) == 2
    again = reg.parent_importer.apply(PARENTS.encode(), ImportOptions("ouders.csv"))
    assert (len(again.new), again.links, len(again.changed)) == (0, 0, 0)
    newer = PARENTS.replace("06-11223344", "06-99998888")
    changed = reg.parent_importer.apply(newer.encode(), ImportOptions("ouders-2.csv"))
    assert len(changed.changed) == 1 and reg.persons.parents_of(pupils["12346"].id)[0].phone == "06-99998888"


def test_a_parents_file_for_an_unknown_pupil_is_refused_whole(reg) -> None:  # type: ignore[no-untyped-def]
    reg.importer.apply(b"\xef\xbb\xbf" + MAGISTER.encode("utf-8"))
    raw = (PARENTS + "99999;Els;;Vos;tante;;\n").encode()
    with pytest.raises(ImportRefused) as info:
        reg.parent_importer.apply(raw)
    assert [(p.line, p.code) for p in info.value.problems] == [(5, "relation_unknown")]
    with pytest.raises(ImportRefused) as info:
        reg.parent_importer.apply((PARENTS + "99999;Els;;Vos;verzorger;;\n").encode())
    assert [(p.line, p.code) for p in info.value.problems] == [(5, "child_unknown")]
    assert [p for p in reg.persons.find() if p.kind == "parent"] == []


@pytest.mark.slow
def test_the_command_line_names_what_changed_and_counts_in_proper_dutch(reg, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import PASSPHRASE
    from tests.integration.test_cli import run

    reg.close()
    folder = tmp_path / "R"
    first = tmp_path / "magister.csv"
    first.write_bytes(b"\xef\xbb\xbf" + MAGISTER.encode("utf-8"))
    assert run("--data-dir", str(folder), "import-persons", str(first), passphrase=PASSPHRASE).returncode == 0
    moved = tmp_path / "nieuw.csv"
    moved.write_text(
        "Stamnr;Roepnaam;Achternaam;Klas\n12345;Zoë;Berg;3H1\n12346;Chloë;Jansen;\n12347;Renée;Wit;1A\n"
    )
    result = run("--data-dir", str(folder), "import-persons", str(moved))
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[:5] == [
        "Leerlingen geïmporteerd uit nieuw.csv: 0 nieuw, 1 bijgewerkt, 2 ongewijzigd.",
        "Gewijzigd:",
        "  regel 2: 12345 Zoë Berg: klas 2H1 → 3H1",
        "1 lege cel niet toegepast, de waarde in het register blijft staan (--empty-clears: leeg betekent leeg):",
        "  regel 3: klas",
    ]
    parents = tmp_path / "ouders.csv"
    parents.write_text("Stamnr;Voornaam;Achternaam;Relatie;Telefoon\n12345;Anna;Berg;moeder;06-11112222\n")
    result = run("--data-dir", str(folder), "import-persons", "--parents", str(parents))
    assert result.stderr.strip() == (
        "Ouders/verzorgers geïmporteerd uit ouders.csv: 1 nieuw, 0 bijgewerkt, 0 ongewijzigd; "
        "1 nieuwe koppeling aan een leerling."
    )
    parents.write_text("Stamnr;Voornaam;Achternaam;Relatie;Telefoon\n12345;Anna;Berg;moeder;06-99998888\n"
                       "12346;Anna;Berg;moeder;06-99998888\n12347;Anna;Berg;moeder;06-99998888\n")  # fmt: skip
    result = run("--data-dir", str(folder), "import-persons", "--parents", str(parents))
    assert result.stderr.splitlines() == [
        "Ouders/verzorgers geïmporteerd uit ouders.csv: 0 nieuw, 1 bijgewerkt, 0 ongewijzigd; "
        "2 nieuwe koppelingen aan leerlingen.",
        "Gewijzigd:",
        "  regel 2: Anna Berg (ouder/verzorger van Zoë van der Berg, 12345): telefoon 06-11112222 → 06-99998888",
    ]
