"""``import-json`` of an export that does not agree with itself (edited by hand, cut, or put
together from two): one Dutch line naming the fault, exit 2, and nothing in the register."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from tests.integration.test_cli import run
from udens_register.services.demo import fill_demo
from udens_register.services.register import create_register
from udens_register.services.register import open_register
from udens_register.services.register_import_check import JsonRefused
from udens_register.wording import message

Doc = dict[str, Any]


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> Doc:
    """A demo register's export (without evidence files: the rows only)."""
    folder = tmp_path_factory.mktemp("old") / "R"
    create_register(folder, PASSPHRASE, "Zorgcoördinator — M. de Vries", kdf_seconds=FAST_KDF)
    with open_register(folder, PASSPHRASE) as register:
        fill_demo(register)
        doc: Doc = json.loads(register.export_json())
    for incident in doc["incidents"]:  # rows only: no file behind any evidence item
        for item in incident["evidence"]:
            item.pop("content_base64", None)
            item.pop("file", None)
    return doc


def _with_evidence(doc: Doc) -> list[Doc]:
    return [i for i in doc["incidents"] if i["evidence"]]


def _review_to_nowhere(doc: Doc) -> None:
    incident = doc["incidents"][0]
    incident.setdefault("reviews", [])
    if not incident["reviews"]:
        incident["reviews"].append({"id": 99998, "created_at": incident["created_at"], "reviewer_name": "A",
                                    "reviewer_role": "afdelingsdirecteur", "reviewed_on": incident["reported_at"],
                                    "decision": "akkoord"})  # fmt: skip
    incident["reviews"][0]["disclosure_id"] = 99999


FAULTS: dict[str, tuple[Callable[[Doc], None], str]] = {
    "person twice": (lambda d: d["persons"].append(copy.deepcopy(d["persons"][6])), "persoon {p6} staat er twee keer in"),
    "incident twice": (lambda d: d["incidents"][1].update(id=d["incidents"][0]["id"]), "melding {i0} staat er twee keer in"),
    "case twice": (lambda d: d["incidents"][1].update(case_number=d["incidents"][0]["case_number"]),
                   "zaaknummer {c0} staat er twee keer in"),
    "evidence twice": (lambda d: _with_evidence(d)[1]["evidence"].append(copy.deepcopy(_with_evidence(d)[0]["evidence"][0])),
                       "bewijsstuk {e0} staat er twee keer in"),
    "involvement to nobody": (lambda d: d["incidents"][0]["involvements"][0].update(person_id=88888),
                              "zaak {c0} noemt persoon 88888, die er niet in staat"),
    "review to no disclosure": (_review_to_nowhere, "hoort bij verstrekking 99999, die er niet in staat"),
}  # fmt: skip


def _expected(doc: Doc, text: str) -> str:
    return text.format(p6=doc["persons"][6]["id"], i0=doc["incidents"][0]["id"],
                       c0=doc["incidents"][0]["case_number"], e0=_with_evidence(doc)[0]["evidence"][0]["id"])  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("fault", list(FAULTS))
def test_an_inconsistent_export_is_refused_with_its_reason(reg, export: Doc, fault: str) -> None:  # type: ignore[no-untyped-def]
    doc = copy.deepcopy(export)
    spoil, words = FAULTS[fault]
    expected = _expected(doc, words)
    spoil(doc)
    with pytest.raises(JsonRefused) as info:
        reg.register_importer.load(doc)
    assert expected in message(info.value.code, "nl", detail=info.value.detail, **info.value.values)
    assert reg.register_importer.is_empty()
    assert reg.persons.find() == []


@pytest.mark.parametrize("fault", ["person twice", "review to no disclosure", "involvement to nobody"])
def test_the_command_line_names_the_fault_in_one_dutch_line(tmp_path: Path, export: Doc, fault: str) -> None:
    doc = copy.deepcopy(export)
    spoil, words = FAULTS[fault]
    expected = _expected(doc, words)
    spoil(doc)
    file = tmp_path / "export.json"
    file.write_text(json.dumps(doc), encoding="utf-8")
    folder = tmp_path / "laptop"
    result = run("--data-dir", str(folder), "import-json", str(file))
    assert result.returncode == 2, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Het exportbestand klopt niet: ") and lines[0].endswith(
        ". Er is niets veranderd."
    )
    assert expected in lines[0] and "Onverwachte" not in lines[0]
    assert not folder.exists(), "refused before a register is made for it"


def _cli_line(tmp_path: Path, text: str) -> str:
    file = tmp_path / "export.json"
    file.write_text(text, encoding="utf-8")
    result = run("--data-dir", str(tmp_path / "laptop"), "import-json", str(file))
    assert result.returncode == 2, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_a_file_that_is_no_json_is_named_with_its_line_and_column(tmp_path: Path) -> None:
    line = _cli_line(tmp_path, '{\n  "format": "udens-register-export",\n    x\n}')
    assert line == "Het bestand is geen geldige JSON (regel 3, kolom 5); er is niets veranderd."


def _person_without_last_name(doc: Doc) -> str:
    del doc["persons"][3]["last_name"]
    return f"het veld last_name ontbreekt bij persoon {doc['persons'][3]['id']}"


def _bad_birth_date(doc: Doc) -> str:
    doc["persons"][2]["date_of_birth"] = "31-31-2020"
    return f"31-31-2020 is geen geldige datum bij persoon {doc['persons'][2]['id']}"


def _bad_reported_date(doc: Doc) -> str:
    doc["incidents"][1]["reported_at"] = "2020-13-01"
    return f"2020-13-01 is geen geldige datum bij zaak {doc['incidents'][1]['case_number']}"


@pytest.mark.slow
@pytest.mark.parametrize("spoil", [_person_without_last_name, _bad_birth_date, _bad_reported_date])
def test_a_missing_field_or_a_bad_date_is_named_in_dutch(
    tmp_path: Path, export: Doc, spoil: Callable[[Doc], str]
) -> None:
    doc = copy.deepcopy(export)
    expected = spoil(doc)
    line = _cli_line(tmp_path, json.dumps(doc))
    assert line == f"Het exportbestand klopt niet: {expected}. Er is niets veranderd."
    assert "Error" not in line
    # Found while loading, after a new register was made for it: that register goes again, as it
    # would otherwise hold a recovery key nobody was shown.
    assert not (tmp_path / "laptop").exists()


@pytest.mark.slow
def test_a_refused_load_into_a_folder_of_ones_own_leaves_it_as_it_was(tmp_path: Path, export: Doc) -> None:
    doc = copy.deepcopy(export)
    _bad_reported_date(doc)
    folder = tmp_path / "laptop"
    folder.mkdir()
    (folder / "lees-mij.txt").write_text("van de coördinator", encoding="utf-8")
    file = tmp_path / "export.json"
    file.write_text(json.dumps(doc), encoding="utf-8")
    result = run("--data-dir", str(folder), "import-json", str(file))
    assert result.returncode == 2, result.stderr
    assert [p.name for p in folder.iterdir()] == ["lees-mij.txt"]
