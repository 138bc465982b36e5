"""The benchmark keeps working: run it at a small N and check that every figure is there."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

RUN = Path(__file__).with_name("run.py")
KEYS = {
    "unlock_ms", "open_ms", "startup_ms", "first_page_ms", "search_ms", "search_baseline_ms", "search_ratio",
    "filter_ms", "flagged_cases_ms", "case_pdf_ms", "peak_rss_mb", "move_first_edition_ms",
    "move_first_edition_items",
}  # fmt: skip
# As small as still proves every step runs: 40 incidents (two hold a screenshot), a case file
# of one screenshot and 10 timeline entries, one app start, the fastest key derivation. The
# figures at 100,000 are taken by hand with the defaults.
SMALL = ["--incidents", "40", "--case-screenshots", "1", "--case-events", "10", "--startup-runs", "1",
         "--kdf-seconds", "0.01"]  # fmt: skip


@pytest.mark.slow
def test_benchmark_runs_at_small_n(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    result = subprocess.run([sys.executable, str(RUN), *SMALL, "--json", str(out)],
                            capture_output=True, text=True, timeout=600, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert KEYS <= set(figures)
    assert figures["incidents"] == 40
    assert all(isinstance(figures[k], int | float) and figures[k] >= 0 for k in KEYS)
    assert figures["budgets"]["search_ms"] == 50
    assert figures["budgets"]["open_ms"] == 1500
    # Today's format: the built evidence is in the object store (original and thumbnail each).
    assert figures["evidence_items"] == 2 and figures["evidence_objects"] == 4
    # The move is measured on its own: every item of the first-edition copy moved (the built
    # ones and the case file's screenshot).
    assert figures["move_first_edition_items"] == figures["evidence_items"] + 1
    assert figures["move_first_edition_ms"] > 0


EVIDENCE = Path(__file__).with_name("evidence.py")
EVIDENCE_KEYS = {
    "intake_mb_s", "stored_ratio", "backup_first_s", "backup_incremental_s", "backup_folder_ratio",
    "restore_s", "export_s", "verify_s", "close_ms", "cp_mb_s", "case_pdf_s", "case_pdf_mb",
}  # fmt: skip
OPERATIONS = {
    "intake",
    "backup_first",
    "backup_incremental",
    "restore",
    "verify",
    "export",
    "close",
    "case_pdf",
}


@pytest.mark.slow
def test_evidence_benchmark_runs_at_a_few_megabytes(tmp_path: Path) -> None:
    out = tmp_path / "evidence.json"
    # As small as still proves every step runs: two automatic backups (the first, and an
    # incremental one after one more screenshot), a case file of one screenshot. The figures at
    # 5,000 MB (ten backups, ten screenshots, 60 in the case file) are taken by hand.
    result = subprocess.run([sys.executable, str(EVIDENCE), "--evidence-mb", "2", "--case-screenshots", "1",
                             "--backups", "2", "--incremental-screenshots", "1", "--json", str(out),
                             "--workdir", str(tmp_path)],
                            capture_output=True, text=True, timeout=900, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert EVIDENCE_KEYS <= set(figures)
    assert all(isinstance(figures[k], int | float) and figures[k] > 0 for k in EVIDENCE_KEYS)
    assert set(figures["peak_rss_mb"]) == OPERATIONS and all(v > 0 for v in figures["peak_rss_mb"].values())
    assert figures["evidence_mb"] >= 2 and figures["budgets"]["backup_folder_ratio"] == 1.3
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("udens-evidence-")], "cleaned up"
