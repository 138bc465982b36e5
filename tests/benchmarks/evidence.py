"""Benchmark: a register with gigabytes of screenshots, built through the service layer, then its
intake, backups, restore, export, verify and closing measured, each operation in its own process.

    python tests/benchmarks/evidence.py --evidence-mb 5000 --json out.json

The screenshots are phone-sized PNGs (1170 x 2532) whose content is partly noise, so that each
file is 0.5 to 3 MB and incompressible, as real screenshots are after PNG's own compression.
Prints one JSON object: intake_mb_s, stored_ratio (bytes on disk / evidence bytes),
backup_first_s, backup_incremental_s (after adding 10 screenshots by default), backup_folder_ratio (the
backup folder after --backups automatic backups, 10 by default / the register's size), restore_s, export_s, verify_s,
close_ms (the app closing with its backup, offscreen), cp_mb_s (copying the register's files on
the same disk), case_pdf_s (``export-pdf --protect`` of one case with --case-screenshots
screenshots, 60 by default: written picture by picture) and peak_rss_mb per operation (each one's
own process), with the budgets at 5 GB.
Figures, not assertions: the test suite runs it at a few megabytes only to keep it working.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

PASSPHRASE = "benchmark passphrase 2026 evidence"
PDF_PASSWORD = "benchmark pdf password"
WIDTH, HEIGHT = 1170, 2532
BUDGETS = {
    "peak_rss_mb": 300,
    "backup_incremental_s": 3,
    "backup_folder_ratio": 1.3,
    "backup_first_vs_cp": 0.5,
    "stored_ratio": 1.25,
}
PLATFORMS = ["WhatsApp", "Instagram", "TikTok", "Snapchat"]


def screenshot(rng: random.Random, noise: bytes) -> bytes:
    """A PNG of 0.5 to 3 MB: a flat phone screen with a band of noise (incompressible)."""
    from PIL import Image

    target = rng.randint(512 * 1024, 3 * 1024 * 1024)
    rows = max(1, min(HEIGHT, target // (WIDTH * 3)))
    start = rng.randrange(0, len(noise) - rows * WIDTH * 3)
    image = Image.new("RGB", (WIDTH, HEIGHT), (rng.randrange(256), 240, 245))
    band = Image.frombytes("RGB", (WIDTH, rows), noise[start : start + rows * WIDTH * 3])
    image.paste(band, (0, rng.randrange(0, HEIGHT - rows + 1)))
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=1)
    return out.getvalue()


def _rss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024, 1)


_POOLS: dict[int, dict[int, bytes]] = {}
POOL = 8  # distinct screenshots per process (encoding them is slower than the intake measured)


def _pooled(pool: dict[int, bytes], index: int, rng: random.Random, noise: bytes) -> bytes:
    """Screenshot ``index`` of the pool, encoded when first asked for (a small run needs few)."""
    if index not in pool:
        pool[index] = screenshot(rng, noise)
    return pool[index]


def _add(register: object, count: int, rng: random.Random, noise: bytes, total_bytes: list[int]) -> float:
    """Add ``count`` screenshots to new incidents (four per incident); returns seconds in intake.

    Screenshots come from a pool of distinct ones, so the same bytes may be kept in two cases: as
    in a register where a screenshot is forwarded in several cases, each copy is its own object.
    Within one case the four differ (a case refuses the same file twice)."""
    from udens_register.domain.enums import Category
    from udens_register.domain.model import IncidentDraft
    from udens_register.services.dto import EvidenceMeta

    spent = 0.0
    incident_id = None
    pool = _POOLS.setdefault(id(noise), {})  # one per process, filled as screenshots are asked for
    base = 0
    for i in range(count):
        if i % 4 == 0:
            draft = IncidentDraft(f"Schermafbeeldingen {i}", Category.OTHER, date(2026, 1, 1 + i % 28))
            incident_id = register.incidents.create(draft).id  # type: ignore[attr-defined]
            base = rng.randrange(POOL)
        data = _pooled(pool, (base + i % 4) % POOL, rng, noise)
        meta = EvidenceMeta(platform=rng.choice(PLATFORMS), description="schermafbeelding")
        start = time.perf_counter()
        register.evidence.intake(incident_id, f"screenshot-{i}.png", data, meta)  # type: ignore[attr-defined]
        spent += time.perf_counter() - start
        total_bytes[0] += len(data)
    return spent


def _big_case(register: object, count: int, rng: random.Random, noise: bytes) -> dict[str, float]:
    """A case with ``count`` distinct screenshots; its sequence number and their bytes."""
    from udens_register.domain.enums import Category
    from udens_register.domain.model import IncidentDraft
    from udens_register.services.dto import EvidenceMeta

    draft = IncidentDraft(
        "Dreigberichten met veel schermafbeeldingen", Category.THREAT_OF_VIOLENCE, date(2026, 2, 2)
    )
    incident = register.incidents.create(draft)  # type: ignore[attr-defined]
    total = 0
    for i in range(count):
        data = screenshot(rng, noise)
        meta = EvidenceMeta(platform=rng.choice(PLATFORMS), description=f"schermafbeelding {i + 1}")
        register.evidence.intake(incident.id, f"bericht-{i + 1}.png", data, meta)  # type: ignore[attr-defined]
        total += len(data)
    year, seq = incident.case_number.split("-")
    return {"year": float(year), "seq": float(seq), "bytes": float(total)}


def child(op: str, folder: Path, other: Path, mb: float, seed: int) -> dict[str, float]:
    """One operation, in this process; returns its figures (and this process's peak memory)."""
    from udens_register.services.backups import restore_backup
    from udens_register.services.register import create_register
    from udens_register.services.register import open_register

    rng = random.Random(seed)
    noise = os.urandom(4 * WIDTH * 1024 * 3)
    figures: dict[str, float] = {}
    start = time.perf_counter()
    if op == "build":
        create_register(folder, PASSPHRASE, "Zorgcoördinator — benchmark", kdf_seconds=0.05)
        total = [0]
        with open_register(folder, PASSPHRASE) as register:
            spent = 0.0
            while total[0] < mb * 1024 * 1024:
                spent += _add(register, 4, rng, noise, total)
        figures = {"evidence_bytes": total[0], "intake_s": spent}
    elif op == "add":  # the small changes between automatic backups
        with open_register(folder, PASSPHRASE) as register:
            _add(register, int(mb), rng, noise, [0])
    elif op == "case":  # one case with many screenshots, for its case file
        with open_register(folder, PASSPHRASE) as register:
            figures = _big_case(register, int(mb), rng, noise)
    elif op == "backup":
        with open_register(folder, PASSPHRASE) as register:
            start = time.perf_counter()
            made = register.automatic_backup(other)
        figures = {"copied_bytes": made.copied_bytes}
    elif op == "restore":
        restore_backup(other, folder, PASSPHRASE)
    elif op == "close":
        figures = _close(folder, other)
    figures["s"] = time.perf_counter() - start
    figures["rss_mb"] = _rss_mb()
    return figures


def _close(folder: Path, backups: Path) -> dict[str, float]:
    """Open the app offscreen, unlock, then time Quit until the window has closed with its backup."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from udens_register.services.gateway import RegisterGateway
    from udens_register.services.settings import Settings
    from udens_register.ui.main_window import MainWindow

    app = QApplication([])
    window = MainWindow(RegisterGateway(folder), Settings(backup_folder=str(backups)))
    window.show()
    window.unlock_widget.secret.setText(PASSPHRASE)
    window.unlock_widget.try_unlock()
    while window.register is None:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(50):
        app.processEvents()
    start = time.perf_counter()
    window.close()
    while window.isVisible():
        app.processEvents()
        time.sleep(0.005)
    close_ms = (time.perf_counter() - start) * 1000
    window.deleteLater()
    app.processEvents()
    return {"close_ms": close_ms}


def run(op: str, folder: Path, other: Path, mb: float = 0, seed: int = 1) -> dict[str, float]:
    """``op`` in a child process; its figures."""
    proc = subprocess.run(
        [sys.executable, __file__, "--child", op, str(folder), str(other), str(mb), str(seed)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "UDENS_REGISTER_PASSPHRASE": PASSPHRASE},
    )
    if proc.returncode != 0:
        raise SystemExit(f"{op} failed: {proc.stderr[-3000:]}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def cli(folder: Path, *args: str) -> dict[str, float]:
    """A command of the real command line, timed, with its peak memory (/usr/bin/time where there)."""
    command = [sys.executable, "-m", "udens_register", "--data-dir", str(folder), *args]
    timer = shutil.which("time") or ("/usr/bin/time" if Path("/usr/bin/time").exists() else None)
    if timer:
        command = [timer, "-f", "%M", *command]
    env = {**os.environ, "UDENS_REGISTER_PASSPHRASE": PASSPHRASE, "UDENS_REGISTER_PDF_PASSWORD": PDF_PASSWORD}
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True, check=False, env=env, cwd=ROOT)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{args[0]} failed: {proc.stderr[-3000:]}")
    rss = float(proc.stderr.strip().splitlines()[-1]) / 1024 if timer else 0.0
    return {"s": seconds, "rss_mb": round(rss, 1)}


def size_of(path: Path) -> int:
    """Bytes of every file under ``path`` (or of the file)."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--evidence-mb", type=float, default=5000)
    parser.add_argument("--json", type=Path, help="write the figures here too")
    parser.add_argument("--case-screenshots", type=int, default=60, help="screenshots in the case PDF")
    parser.add_argument(
        "--backups", type=int, default=10, help="automatic backups, each after a small change (>= 2)"
    )
    parser.add_argument(
        "--incremental-screenshots",
        type=int,
        default=10,
        help="screenshots added before the incremental backup",
    )
    parser.add_argument("--workdir", type=Path, help="where to build (default: a temporary folder)")
    parser.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        op, folder, other, mb, seed = args.child
        print(json.dumps(child(op, Path(folder), Path(other), float(mb), int(seed))))
        return
    work = Path(tempfile.mkdtemp(prefix="udens-evidence-", dir=args.workdir))
    try:
        figures = measure(
            work, args.evidence_mb, args.case_screenshots, max(2, args.backups), args.incremental_screenshots
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    text = json.dumps(figures, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


def measure(
    work: Path,
    evidence_mb: float,
    case_screenshots: int = 60,
    automatic_backups: int = 10,
    incremental_screenshots: int = 10,
) -> dict[str, object]:
    """Build and measure in ``work``; the figures."""
    register, backups, restored = work / "R", work / "R-backups", work / "E"
    peaks: dict[str, float] = {}
    load_before = os.getloadavg()[1]  # the machine's load (5-minute average): figures depend on it
    built = run("build", register, backups, evidence_mb, seed=1)
    peaks["intake"] = built["rss_mb"]
    evidence = built["evidence_bytes"]
    register_bytes = size_of(register)
    copy = work / "cp"
    start = time.perf_counter()
    subprocess.run(["cp", "-r", str(register), str(copy)], check=True)
    os.sync()
    cp_s = time.perf_counter() - start
    shutil.rmtree(copy)
    first = run("backup", register, backups)
    peaks["backup_first"] = first["rss_mb"]
    run("add", register, backups, incremental_screenshots, seed=2)
    second = run("backup", register, backups)
    peaks["backup_incremental"] = second["rss_mb"]
    for n in range(
        automatic_backups - 2
    ):  # ten automatic backups in all by default, each after a small change
        run("add", register, backups, 1, seed=10 + n)
        run("backup", register, backups)
    register_after = size_of(register)
    folder_bytes = size_of(backups)
    restore = run("restore", restored, backups)
    peaks["restore"] = restore["rss_mb"]
    verify = cli(register, "verify")
    peaks["verify"] = verify["rss_mb"]
    export_file = work / "export.zip"
    export = cli(register, "export-json", "--with-evidence", "-o", str(export_file))
    peaks["export"] = export["rss_mb"]
    shutil.rmtree(restored, ignore_errors=True)
    case = run("case", register, backups, case_screenshots, seed=99)
    case_file = work / "dossier.pdf"
    number = f"{int(case['year'])}-{int(case['seq']):04d}"
    case_pdf = cli(register, "export-pdf", number, "--protect", "-o", str(case_file))
    peaks["case_pdf"] = case_pdf["rss_mb"]
    case_pdf_mb = size_of(case_file) / 1024 / 1024
    closing = run("close", register, backups)
    peaks["close"] = closing["rss_mb"]
    mb = 1024 * 1024
    figures: dict[str, object] = {
        "evidence_mb": round(evidence / mb, 1),
        "screenshots_mb_each": "0.5-3",
        "register_mb": round(register_bytes / mb, 1),
        "intake_mb_s": round(evidence / mb / max(built["intake_s"], 1e-6), 1),
        "stored_ratio": round(register_bytes / evidence, 3),
        "cp_mb_s": round(register_bytes / mb / cp_s, 1),
        "backup_first_s": round(first["s"], 2),
        "backup_first_mb_s": round(first["copied_bytes"] / mb / first["s"], 1),
        "backup_incremental_s": round(second["s"], 2),
        "backup_incremental_copied_mb": round(second["copied_bytes"] / mb, 1),
        "backup_incremental_screenshots": incremental_screenshots,
        "backup_folder_ratio": round(folder_bytes / register_after, 3),
        "automatic_backups": automatic_backups,
        "restore_s": round(restore["s"], 2),
        "export_s": round(export["s"], 2),
        "verify_s": round(verify["s"], 2),
        "close_ms": round(closing["close_ms"]),
        "case_pdf_s": round(case_pdf["s"], 2),
        "case_pdf_screenshots": case_screenshots,
        "case_pdf_evidence_mb": round(case["bytes"] / mb, 1),
        "case_pdf_mb": round(case_pdf_mb, 1),
        "peak_rss_mb": peaks,
        "load_average_5min": [round(load_before, 2), round(os.getloadavg()[1], 2)],
        "cpus": os.cpu_count(),
        "budgets": BUDGETS,
    }
    return figures


if __name__ == "__main__":
    main()
