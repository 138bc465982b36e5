"""Limits before work: a pupil file is measured before it is read, a list longer than any school's
is refused at the limit, and an unterminated quote is named at its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.test_cli import run
from udens_register.services.importer import MAX_ROWS
from udens_register.services.importer import ImportRefused
from udens_register.services.importer import PupilImporter

HEADER = "Stamnummer;Roepnaam;Tussenvoegsel;Achternaam;Klas\n"


def test_a_huge_file_is_refused_by_its_size_without_being_read(tmp_path: Path) -> None:
    big = tmp_path / "leerlingen.csv"
    with big.open("wb") as handle:
        handle.truncate(3 * 1024**3)  # 3 GB, sparse: reading it would take gigabytes of memory
    with pytest.raises(ImportRefused) as caught:
        PupilImporter.read(big)
    assert caught.value.problems[0].code == "too_large"


@pytest.mark.slow
def test_the_command_line_refuses_a_huge_file_in_one_line(demo_dir: Path, tmp_path: Path) -> None:
    big = tmp_path / "leerlingen.csv"
    with big.open("wb") as handle:
        handle.truncate(3 * 1024**3)
    result = run("--data-dir", str(demo_dir), "import-persons", str(big))
    assert result.returncode == 2 and "50 MB" in result.stderr and "Traceback" not in result.stderr


def test_more_rows_than_a_school_has_are_refused_whole(reg, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = "".join(f"{100000 + i};Kind;;Nummer{i};1A\n" for i in range(MAX_ROWS + 1))
    with pytest.raises(ImportRefused) as caught:
        reg.importer.apply((HEADER + rows).encode())
    assert caught.value.problems[0].code == "too_many_rows"
    assert reg.persons.find() == []  # nothing imported in part


def test_an_unterminated_quote_is_named_at_its_line(reg) -> None:  # type: ignore[no-untyped-def]
    text = HEADER + '1001;Anna;;Jansen;1A\n1002;"Bram;;Kuipers;1B\n1003;Cas;;Smit;1C\n'
    with pytest.raises(ImportRefused) as caught:
        reg.importer.plan(text.encode())
    problem = caught.value.problems[0]
    assert problem.code == "bad_quote" and problem.line == 3
