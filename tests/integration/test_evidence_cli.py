"""``add-evidence`` of many files, ``export-json --with-evidence`` as a ZIP and ``verify --repair``,
through the real command line."""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from tests.integration.test_cli import run
from udens_register.domain.enums import Category
from udens_register.domain.model import IncidentDraft
from udens_register.services.dto import EvidenceMeta
from udens_register.services.register import create_register
from udens_register.services.register import open_register


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small register with two cases (2026-0001 with a screenshot kept from before)."""
    folder = tmp_path_factory.mktemp("cli") / "R"
    create_register(folder, PASSPHRASE, "Zorgcoördinator", kdf_seconds=FAST_KDF)
    with open_register(folder, PASSPHRASE) as reg:
        first = reg.incidents.create(
            IncidentDraft(title="Dreiging", category=Category.OTHER, reported_at=date(2026, 3, 1))
        )
        reg.incidents.create(
            IncidentDraft(title="Roddel", category=Category.OTHER, reported_at=date(2026, 3, 2))
        )
        shot = tmp_path_factory.mktemp("old") / "oud.png"
        _png(shot, 9)
        reg.evidence.intake_file(first.id, shot, EvidenceMeta(platform="Snapchat"))
    return folder


def _png(path: Path, seed: int) -> bytes:
    img = Image.frombytes("RGB", (64, 48), bytes((seed * 7 + i) % 256 for i in range(64 * 48 * 3)))
    out = io.BytesIO()
    img.save(out, "PNG")
    path.write_bytes(out.getvalue())
    return out.getvalue()


@pytest.mark.slow
def test_add_evidence_names_each_file_then_exports_them_in_a_zip(demo_dir: Path, tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    shots.mkdir()
    one = _png(shots / "een.png", 1)
    two = _png(shots / "twee.png", 2)
    (shots / "notitie.txt").write_text("geen bewijs")
    video = tmp_path / "story.mp4"
    video.write_bytes(b"\0\0\0\x18ftypmp42\0\0\0\0mp42isom" + os.urandom(2000))
    result = run(
        "--data-dir", str(demo_dir), "add-evidence", "2026-0001", str(shots), str(video),
        str(tmp_path / "weg.png"), "--platform", "TikTok", "--profile", "@klas2b",
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert (
        lines[0].startswith("bewaard  een.png")
        and "SHA-256 " + hashlib.sha256(one).hexdigest()[:16] in lines[0]
    )
    assert lines[1].startswith("geweigerd notitie.txt: Alleen PNG-, JPEG- en PDF-bestanden")
    assert lines[2].startswith("bewaard  twee.png") and lines[3].startswith("bewaard  story.mp4")
    assert lines[4].startswith("geweigerd weg.png: Het bestand kan niet worden gelezen")
    assert lines[5] == "Dossier 2026-0001: 3 bewaard, 2 geweigerd."
    assert "Traceback" not in result.stderr
    target = tmp_path / "export.zip"
    result = run("--data-dir", str(demo_dir), "export-json", "--with-evidence", "-o", str(target))
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(target) as zf:
        doc = json.loads(zf.read("register.json"))
        case = next(i for i in doc["incidents"] if i["case_number"] == "2026-0001")
        ours = {e["filename"]: e for e in case["evidence"] if e["profile"] == "@klas2b"}
        assert set(ours) == {"een.png", "twee.png", "story.mp4"}
        for name, data in (("een.png", one), ("twee.png", two), ("story.mp4", video.read_bytes())):
            item = ours[name]
            assert item["file"] == f"evidence/{item['id']}/{name}" and "content_base64" not in item
            assert zf.read(item["file"]) == data and item["sha256"] == hashlib.sha256(data).hexdigest()
        every = [e for i in doc["incidents"] for e in i["evidence"] if "file" in e]
        assert sorted(zf.namelist()) == sorted(["register.json", *(e["file"] for e in every)])
    plain = json.loads(run("--data-dir", str(demo_dir), "export-json", "-o", "-").stdout)
    for d in (plain, doc):
        d.pop("exported_at")
        for i in d["incidents"]:
            for e in i["evidence"]:
                e.pop("file", None)
    assert plain == doc, "the ZIP's register.json has the plain export's shape"
    result = run("--data-dir", str(demo_dir), "verify")
    assert result.returncode == 0 and "opgeslagen bestanden (" in result.stderr, result.stderr


@pytest.mark.slow
def test_add_evidence_to_an_unknown_case_is_one_line(demo_dir: Path, tmp_path: Path) -> None:
    _png(tmp_path / "a.png", 3)
    result = run("--data-dir", str(demo_dir), "add-evidence", "2099-9999", str(tmp_path / "a.png"))
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    result = run(
        "--data-dir", str(demo_dir), "export-json", "--with-evidence", "-o", str(tmp_path / "nope" / "x.zip")
    )
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.slow
def test_verify_repair_removes_an_orphan(demo_dir: Path) -> None:
    store = demo_dir / "objects"
    orphan = store / ("ab" * 16 + ".obj")
    orphan.write_bytes(b"left by a crash")
    result = run("--data-dir", str(demo_dir), "verify")
    assert result.returncode == 1 and "ab" * 16 in result.stderr
    result = run("--data-dir", str(demo_dir), "verify", "--repair")
    assert result.returncode == 0 and "1 verweesd(e) bewijsobject(en) verwijderd" in result.stderr, (
        result.stderr
    )
    assert not orphan.exists()
