"""``import-json``: a demo register's export loaded into a new folder gives the same export back
(apart from ``exported_at``); a register holding data refuses it; the result is a working register."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from tests.integration.test_cli import run
from udens_register.domain.model import IncidentFilter
from udens_register.services.demo import fill_demo
from udens_register.services.register import create_register
from udens_register.services.register import open_register
from udens_register.services.register_import import zip_evidence
from udens_register.services.register_import_check import JsonRefused


def _without_time(data: bytes) -> dict[str, object]:
    doc = json.loads(data)
    doc.pop("exported_at")
    return doc


def _export_zip(register, path: Path) -> bytes:  # type: ignore[no-untyped-def]
    """``export-json --with-evidence`` into ``path``; its ``register.json``."""
    with path.open("wb") as out:
        register.export_zip(out)
    with zipfile.ZipFile(path) as archive:
        return archive.read("register.json")


def _files(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist() if n != "register.json"}


@pytest.fixture
def demo_export(tmp_path: Path) -> Path:
    """A demo register's export with its evidence (the ZIP)."""
    folder = tmp_path / "old"
    create_register(folder, PASSPHRASE, "Zorgcoördinator — M. de Vries", kdf_seconds=FAST_KDF)
    with open_register(folder, PASSPHRASE) as register:
        fill_demo(register)
        register.importer.apply(
            b"Stamnr;Roepnaam;Achternaam;Telefoon;Email\n990001;Noor;Bakker;06-11112222;noor@example.org\n",
            None,
        )
        _export_zip(register, tmp_path / "export.zip")
    return tmp_path / "export.zip"


def _document(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read("register.json")


@pytest.mark.slow
def test_round_trip_of_a_demo_register_is_exact(tmp_path: Path, demo_export: Path) -> None:
    folder = tmp_path / "new"
    create_register(folder, PASSPHRASE, "Zorgcoördinator — J. Janssen", kdf_seconds=FAST_KDF)
    before = _document(demo_export)
    with open_register(folder, PASSPHRASE) as register, zipfile.ZipFile(demo_export) as archive:
        loaded = register.register_importer.load(json.loads(before), zip_evidence(archive))
        assert loaded.persons >= 60 and loaded.incidents >= 25 and loaded.evidence_files > 0
        again = _export_zip(register, tmp_path / "again.zip")
        assert _without_time(again) == _without_time(before)
        assert _files(tmp_path / "again.zip") == _files(demo_export)
        # a working register: search, a new case gets the next number, the audit chain is whole
        first = json.loads(before)["incidents"][0]
        assert register.incidents.count(IncidentFilter()) == loaded.incidents
        assert register.incidents.count(IncidentFilter(text=first["title"].split()[0])) >= 1
        assert register.audit.verify() is None
    with open_register(folder, PASSPHRASE) as register:  # and after opening it again
        assert _without_time(_export_zip(register, tmp_path / "third.zip")) == _without_time(before)


@pytest.mark.slow
def test_a_register_that_holds_data_refuses_an_import(reg, demo_export: Path) -> None:  # type: ignore[no-untyped-def]
    reg.importer.apply(b"Stamnr;Roepnaam;Achternaam\n1;Anna;Smit\n")
    with pytest.raises(JsonRefused) as info:
        reg.register_importer.load(json.loads(_document(demo_export)))
    assert info.value.code == "json_not_empty"
    assert len(reg.persons.find()) == 1


@pytest.mark.slow
def test_the_command_line_round_trip_into_a_new_folder(tmp_path: Path, demo_export: Path) -> None:
    exported = demo_export
    folder = tmp_path / "laptop"
    result = run("--data-dir", str(folder), "import-json", str(exported))
    assert result.returncode == 0, result.stderr
    assert "Register geladen" in result.stderr
    out = tmp_path / "again.zip"
    result = run("--data-dir", str(folder), "export-json", "--with-evidence", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert _without_time(_document(out)) == _without_time(_document(demo_export))
    assert _files(out) == _files(demo_export)
    result = run("--data-dir", str(folder), "import-json", str(exported))
    assert result.returncode == 2 and "bevat al gegevens" in result.stderr
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "iets anders"}')
    result = run("--data-dir", str(tmp_path / "other"), "import-json", str(bad))
    assert result.returncode == 2 and "Traceback" not in result.stderr
