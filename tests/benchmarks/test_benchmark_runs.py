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
    "filter_ms", "flagged_cases_ms", "case_pdf_ms", "peak_rss_mb",
}  # fmt: skip


@pytest.mark.slow
def test_benchmark_runs_at_small_n(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    result = subprocess.run([sys.executable, str(RUN), "--incidents", "300", "--json", str(out)],
                            capture_output=True, text=True, timeout=600, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert KEYS <= set(figures)
    assert figures["incidents"] == 300
    assert all(isinstance(figures[k], int | float) and figures[k] >= 0 for k in KEYS)
    assert figures["budgets"]["search_ms"] == 50


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
    result = subprocess.run([sys.executable, str(EVIDENCE), "--evidence-mb", "2", "--case-screenshots", "3", "--json", str(out),
                             "--workdir", str(tmp_path)], capture_output=True, text=True, timeout=900, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert EVIDENCE_KEYS <= set(figures)
    assert all(isinstance(figures[k], int | float) and figures[k] > 0 for k in EVIDENCE_KEYS)
    assert set(figures["peak_rss_mb"]) == OPERATIONS and all(v > 0 for v in figures["peak_rss_mb"].values())
    assert figures["evidence_mb"] >= 2 and figures["budgets"]["backup_folder_ratio"] == 1.3
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("udens-evidence-")], "cleaned up"
