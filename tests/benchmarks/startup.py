"""Start-up, measured side by side in one run: process start to exit, medians.

    python -m tests.benchmarks.startup [--runs N]

Three programs, run in turn N times each (interleaved, so a busy machine slows all alike):

* ``bare``: a bare PySide6 window, shown and closed at once: what Qt itself costs;
* ``app``: ``udens-register`` on a register until its unlock window is shown
  (``UDENS_REGISTER_QUIT_AFTER_MS=1``);
* ``help``: ``udens-register --help``.

Prints one JSON object: each program's median in milliseconds, the app's ratio to the bare
window, and whether the budgets hold (the app within 4x the bare window, ``--help`` within 0.3 s).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication(sys.argv[:1])\n"
    "w = QWidget()\n"
    "w.resize(640, 480)\n"
    "w.show()\n"
    "QTimer.singleShot(1, w.close)\n"
    "sys.exit(app.exec())\n"
)
PASSPHRASE = "correct horse battery staple"
APP_BUDGET_RATIO = 4.0
HELP_BUDGET_MS = 300.0


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("UDENS_REGISTER_")}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # As installed: an installed package (pip, PyInstaller) starts from compiled bytecode, so the
    # warm-up run compiles it once into a cache of this run (PYTHONDONTWRITEBYTECODE would
    # measure Python compiling the sources at every start instead).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"))
    return env


def _timed(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, check=True, capture_output=True, timeout=120)
    return (time.perf_counter() - start) * 1000


def measure(runs: int) -> dict[str, object]:
    """The medians of ``runs`` starts of each program, in milliseconds."""
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        folder = home / "register"
        env = _env(home)
        made = {**env, "UDENS_REGISTER_PASSPHRASE": PASSPHRASE, "UDENS_REGISTER_KDF_SECONDS": "0.05"}
        subprocess.run([sys.executable, "-m", "udens_register", "--data-dir", str(folder), "init"],
                       env=made, check=True, capture_output=True, timeout=120)  # fmt: skip
        programs = {
            "bare": ([sys.executable, "-c", BARE], env),
            "app": ([sys.executable, "-m", "udens_register", "--data-dir", str(folder)],
                    {**env, "UDENS_REGISTER_QUIT_AFTER_MS": "1"}),
            "help": ([sys.executable, "-m", "udens_register", "--help"], env),
        }  # fmt: skip
        for argv, program_env in programs.values():  # warm the file cache once
            _timed(argv, program_env)
        times: dict[str, list[float]] = {name: [] for name in programs}
        for _ in range(runs):
            for name, (argv, program_env) in programs.items():
                times[name].append(_timed(argv, program_env))
    medians = {f"{name}_ms": round(statistics.median(values), 1) for name, values in times.items()}
    ratio = medians["app_ms"] / medians["bare_ms"]
    return {
        **medians,
        "app_to_bare": round(ratio, 2),
        "runs": runs,
        "platform": env["QT_QPA_PLATFORM"],
        "app_within_budget": ratio <= APP_BUDGET_RATIO,
        "help_within_budget": medians["help_ms"] <= HELP_BUDGET_MS,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    print(json.dumps(measure(args.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
