"""SIGKILL during evidence intake and during the move of a first-edition register's blobs:
nothing kept is lost, ``verify`` is healthy, and no orphan is left after ``verify --repair``."""

from __future__ import annotations

import hashlib
import io
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from udens_register.domain.enums import Category
from udens_register.domain.model import IncidentDraft
from udens_register.services.register import create_register
from udens_register.services.register import open_register
from udens_register.services.verify import verify_register
from udens_register.storage import migrate
from udens_register.storage.engine import make_engine
from udens_register.storage.models import Evidence
from udens_register.storage.objects import ObjectStore
from udens_register.storage.uow import UnitOfWork

INTAKE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from udens_register.services.dto import EvidenceMeta
    from udens_register.services.evidence_files import EvidenceRefused
    from udens_register.services.register import open_register
    folder, source = Path(sys.argv[1]), Path(sys.argv[2])
    with open_register(folder, sys.argv[3]) as register:
        incident = 1  # the one case the test made
        for path in sorted(source.iterdir()):
            try:
                row = register.evidence.intake_file(incident, path, EvidenceMeta())
            except EvidenceRefused as exc:  # kept by an earlier attempt: the coordinator tries again
                if exc.reason != "duplicate":
                    raise
                continue
            print("kept", path.name, row.sha256, flush=True)
    """
)

OPEN = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from udens_register.services.register import open_register
    def progress(done, total):
        print("moved", done, total, flush=True)
    with open_register(Path(sys.argv[1]), sys.argv[2], progress=progress):
        print("open", flush=True)
    """
)


def _noise_png(seed: int, size: int = 220) -> bytes:
    rng = random.Random(seed)
    img = Image.frombytes("RGB", (size, size), rng.randbytes(size * size * 3))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def _kill_after(args: list[str], lines: int, extra: float) -> list[str]:
    """Run a child, SIGKILL it ``extra`` seconds after it printed ``lines`` lines; what it printed."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    child = subprocess.Popen([sys.executable, "-c", *args], stdout=subprocess.PIPE, text=True, env=env)
    out: list[str] = []
    assert child.stdout is not None
    while len(out) < lines:
        line = child.stdout.readline()
        if not line:
            break
        out.append(line.strip())
    time.sleep(extra)
    child.send_signal(signal.SIGKILL)
    rest, _ = child.communicate(timeout=30)
    return out + [x for x in rest.splitlines() if x]


def _assert_healthy_after_repair(folder: Path) -> None:
    repaired = verify_register(folder, PASSPHRASE, repair=True)
    assert repaired.healthy, repaired.problems
    report = verify_register(folder, PASSPHRASE)
    assert report.healthy, report.problems
    assert not ObjectStore(folder).temp_files()


@pytest.mark.slow  # a kill loop
def test_sigkill_during_intake_loses_nothing_kept(tmp_path: Path) -> None:
    folder = tmp_path / "R"
    create_register(folder, PASSPHRASE, "Zorgcoördinator", kdf_seconds=FAST_KDF)
    with open_register(folder, PASSPHRASE) as reg:
        reg.incidents.create(
            IncidentDraft(title="Dreiging", category=Category.OTHER, reported_at=date(2026, 3, 1))
        )
    source = tmp_path / "shots"
    source.mkdir()
    digests = {}
    for n in range(40):
        data = _noise_png(n)
        (source / f"shot-{n:02d}.png").write_bytes(data)
        digests[f"shot-{n:02d}.png"] = hashlib.sha256(data).hexdigest()
    for attempt, (lines, extra) in enumerate(((3, 0.0), (2, 0.013), (1, 0.031))):
        printed = _kill_after([INTAKE, str(folder), str(source), PASSPHRASE], lines, extra)
        kept = [line.split() for line in printed if line.startswith("kept")]
        assert kept, f"attempt {attempt}: the child kept nothing before the kill"
        for _, name, sha in kept:
            assert digests[name] == sha
        _assert_healthy_after_repair(folder)
        with open_register(folder, PASSPHRASE) as reg:
            rows = reg.evidence.list(1)
            for _, name, sha in kept:
                assert any(r.filename == name and r.sha256 == sha for r in rows), name
            for row in rows:  # every row that committed can be read back whole
                with reg.evidence.open_content(row.id, "original") as reader:
                    assert hashlib.sha256(reader.read()).hexdigest() == row.sha256


def _first_edition(folder: Path, items: int) -> dict[int, str]:
    """A register as the first edition left it: schema 0006, evidence as blobs in the database."""
    create_register(folder, PASSPHRASE, "Zorgcoördinator", kdf_seconds=FAST_KDF)
    with open_register(folder, PASSPHRASE) as reg:
        incident = reg.incidents.create(
            IncidentDraft(title="Oude zaak", category=Category.OTHER, reported_at=date(2026, 3, 1))
        )
        key = reg.data_key
    from alembic import command

    engine = make_engine(reg.location.db_path, key, foreign_keys=False)
    try:
        with engine.connect() as conn, conn.begin():
            cfg = migrate._config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0006")
    finally:
        engine.dispose()
    digests = {}
    engine = make_engine(reg.location.db_path, key)
    try:
        with engine.begin() as conn:
            for n in range(items):
                data = _noise_png(1000 + n, 160)
                thumb = _noise_png(2000 + n, 20)
                result = conn.exec_driver_sql(
                    "INSERT INTO evidence (incident_id, kind, filename, mime, size, sha256, original, working,"
                    " thumbnail, platform, post_url, profile, captured_by, description, created_at, removed_reason)"
                    " VALUES (?, 'file', ?, 'image/png', ?, ?, ?, ?, ?, '', '', '', 'x', '', '2026-03-01 10:00:00', '')",
                    (
                        incident.id,
                        f"oud-{n}.png",
                        len(data),
                        hashlib.sha256(data).hexdigest(),
                        data,
                        data,
                        thumb,
                    ),
                )
                digests[int(result.lastrowid)] = hashlib.sha256(data).hexdigest()
    finally:
        engine.dispose()
    return digests


@pytest.mark.slow
def test_a_first_edition_register_moves_its_evidence_out_at_open(tmp_path: Path) -> None:
    folder = tmp_path / "R"
    digests = _first_edition(folder, 5)
    before = (folder / "register.db").stat().st_size
    seen: list[tuple[int, int]] = []
    with open_register(folder, PASSPHRASE, progress=lambda d, t: seen.append((d, t))) as reg:
        assert seen[-1] == (5, 5)
        assert list(folder.glob("register.before-0006-*.db")), "a safety copy before the schema changed"
        for evidence_id, sha in digests.items():
            with reg.evidence.open_content(evidence_id, "original") as reader:
                assert hashlib.sha256(reader.read()).hexdigest() == sha
            assert reg.evidence.thumbnails(1)[evidence_id]
        with UnitOfWork(reg.engine, read_only=True) as uow:
            left = uow.session.scalars(select(Evidence.id).where(Evidence.original.is_not(None))).all()
        assert left == []
    assert (folder / "register.db").stat().st_size < before, "the blobs' space is given back"
    assert verify_register(folder, PASSPHRASE).healthy


@pytest.mark.slow  # a kill loop
def test_sigkill_during_the_move_resumes_and_loses_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "R"
    digests = _first_edition(folder, 30)
    printed = _kill_after([OPEN, str(folder), PASSPHRASE], 4, 0.02)
    moved = [line for line in printed if line.startswith("moved")]
    assert moved and "open" not in printed, "killed half-way through the move"
    printed = _kill_after([OPEN, str(folder), PASSPHRASE], 2, 0.0)  # killed again, later on
    with open_register(folder, PASSPHRASE) as reg:  # and finished
        for evidence_id, sha in digests.items():
            with reg.evidence.open_content(evidence_id, "original") as reader:
                assert hashlib.sha256(reader.read()).hexdigest() == sha, evidence_id
    _assert_healthy_after_repair(folder)
    with open_register(folder, PASSPHRASE) as reg, UnitOfWork(reg.engine, read_only=True) as uow:
        assert uow.session.scalars(select(Evidence.id).where(Evidence.original.is_not(None))).all() == []
