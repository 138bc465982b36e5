"""The command line as a user runs it: a real process, real files, exit codes, one-line messages."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.conftest import snapshot

# Four characters or more: a 3-byte word occurs by chance in ~1% of encrypted files this size,
# a 4-byte one about once in 40,000 runs.
WORD = re.compile(r"[^\W\d_]{4,}|\d{4,}")


def run(*args: str, passphrase: str | None = PASSPHRASE, stdin: str | None = None, lang: str = "nl_NL.UTF-8"):  # type: ignore[no-untyped-def]
    env = {k: v for k, v in os.environ.items() if k != "UDENS_REGISTER_PASSPHRASE"}
    env["LANG"] = lang
    env.pop("LANGUAGE", None)
    env.pop("LC_ALL", None)
    if passphrase is not None:
        env["UDENS_REGISTER_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "udens_register", *args],
        input=stdin or "",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def _personal_words(doc: dict) -> set[str]:  # type: ignore[type-arg]
    words: set[str] = set()

    def walk(value: object, key: str = "") -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, list):
            for v in value:
                walk(v, key)
        elif (
            isinstance(value, str)
            and key not in ("kind", "category", "status", "platform")
            and not key.endswith("_at")
        ):
            words.update(WORD.findall(value))

    walk(doc["persons"])
    walk(doc["incidents"])
    return words


@pytest.mark.slow
def test_demo_register_leaks_no_personal_word(demo_dir: Path) -> None:
    result = run("--data-dir", str(demo_dir), "export-json", "-o", "-")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert len(doc["incidents"]) >= 25 and len(doc["persons"]) >= 60
    assert {i["category"] for i in doc["incidents"]} >= {
        "compromising_media", "profane_language", "confidential_info", "staff_discussion",
        "threat_of_violence", "sexual_intimidation", "accusation_sexual_intimidation",
        "insult_defamation", "privacy_violation", "copyright_portrait", "other",
    }  # fmt: skip
    assert {i["status"] for i in doc["incidents"]} == {"open", "in_progress", "closed"}
    assert all(re.fullmatch(r"\d{4}-\d{4}", i["case_number"]) for i in doc["incidents"])
    words = _personal_words(doc)
    assert len(words) > 200
    for name, data in snapshot(demo_dir).items():
        assert not data.startswith(b"SQLite format 3"), name
        for word in words:
            for enc in ("utf-8", "utf-16-le", "utf-16-be"):
                assert word.encode(enc) not in data, (name, word, enc)


@pytest.mark.slow
def test_verify_wrong_passphrase_exits_3_and_changes_nothing(demo_dir: Path) -> None:
    before = snapshot(demo_dir)
    result = run("--data-dir", str(demo_dir), "verify", passphrase="definitely not right")
    assert result.returncode == 3
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert snapshot(demo_dir) == before
    assert run("--data-dir", str(demo_dir), "verify").returncode == 0


@pytest.mark.slow
def test_a_healthy_verify_names_its_checks_in_dutch_words(demo_dir: Path) -> None:
    """The checks are words of the catalogue, not the code's names (issue 24 point 11)."""
    result = run("--data-dir", str(demo_dir), "verify")
    assert result.returncode == 0, result.stderr
    said = result.stderr.strip()
    assert said.startswith("Register in orde; gecontroleerd: versleutelde pagina's, "), said
    assert "ongeschonden logboek" in said and "opgeslagen bestanden (" in said, said
    assert not re.search(r"cipher_integrity|foreign_keys|audit_chain|evidence_objects|_", said), said


def test_demo_into_existing_register_changes_nothing(demo_dir: Path) -> None:
    before = snapshot(demo_dir)
    result = run("--data-dir", str(demo_dir), "demo")
    assert result.returncode == 2
    assert "al een register" in result.stderr
    assert snapshot(demo_dir) == before


def test_no_register_exits_3(tmp_path: Path) -> None:
    result = run("--data-dir", str(tmp_path / "none"), "verify", lang="en_GB.UTF-8")
    assert result.returncode == 3
    assert result.stderr.strip() == f"No register found in {tmp_path / 'none'}."
    assert not (tmp_path / "none").exists()


def test_usage_errors_exit_2_on_one_line(tmp_path: Path) -> None:
    result = run("--data-dir", str(tmp_path), "nonsense")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert run("--data-dir", str(tmp_path), "export-json").returncode == 2


def test_version_and_help() -> None:
    assert re.match(r"udens-register \d+\.\d+", run("--version").stdout)
    assert "export-json" in run("--help").stdout


@pytest.mark.slow
def test_init_asks_twice_and_prints_recovery_key_once(tmp_path: Path) -> None:
    folder = tmp_path / "R"
    mismatch = run(
        "--data-dir", str(folder), "init", passphrase=None, stdin="long enough phrase\nother phrase!!\n"
    )
    assert mismatch.returncode == 2 and not folder.exists()
    short = run("--data-dir", str(folder), "init", passphrase=None, stdin="short\nshort\n")
    assert short.returncode == 2 and "12" in short.stderr
    ok = run("--data-dir", str(folder), "init", "--label", "Zorg — T. Test", passphrase=None,
             stdin="long enough phrase\nlong enough phrase\n")  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    keys = re.findall(r"[A-Z2-7]{4}(?:-[A-Z2-7]{4}){7}", ok.stdout)
    assert len(keys) == 1
    assert "long enough phrase" not in ok.stdout + ok.stderr
    assert run("--data-dir", str(folder), "verify", passphrase=keys[0]).returncode == 0
    assert run("--data-dir", str(folder), "verify", passphrase="long enough phrase").returncode == 0


@pytest.mark.slow
def test_export_json_to_file(demo_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    result = run("--data-dir", str(demo_dir), "export-json", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "udens-register"
    missing = run("--data-dir", str(demo_dir), "export-json", "-o", str(tmp_path / "no" / "x.json"))
    assert missing.returncode == 2


@pytest.mark.slow
def test_damaged_database_verify_exits_1_without_traceback(demo_dir: Path, tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(demo_dir, copy)
    db = copy / "register.db"
    data = bytearray(db.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8] = b"\xde\xad\xbe\xef" * 2
    db.write_bytes(bytes(data))
    result = run("--data-dir", str(copy), "verify")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "Problemen in het register" in result.stderr
