"""Figures for the app's import dialog at the limit: ``python tests/benchmarks/import_dialog.py [--rows N] [--xlsx]``.

Drives the real dialog offscreen on a new register: the time from choosing the file until the
preview is on screen (read, header, compare: on the worker thread), how often the UI thread ran
meanwhile (it stays responsive), and the import. Run under ``/usr/bin/time -v`` for the peak memory.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.benchmarks.import_rows import csv_bytes
from tests.benchmarks.import_rows import rows
from tests.benchmarks.import_rows import xlsx_bytes
from udens_register.services.register import create_register
from udens_register.services.register import open_register
from udens_register.ui.pupil_import import ImportDialog

PASSPHRASE = "benchmark passphrase that is long enough"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--xlsx", action="store_true")
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        file = Path(tmp) / ("lijst.xlsx" if args.xlsx else "lijst.csv")
        file.write_bytes((xlsx_bytes if args.xlsx else csv_bytes)(rows(args.rows, "A")))
        create_register(Path(tmp) / "R", PASSPHRASE, "Benchmark", kdf_seconds=0.05)
        with open_register(Path(tmp) / "R", PASSPHRASE) as register:
            dialog = ImportDialog(register.importer, None, parents_port=register.parent_importer)
            dialog.show()
            ticks = [0]
            timer = QTimer()
            timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
            timer.start(50)
            for step, signal, start_it in (
                ("preview", dialog.previewed, lambda: dialog.load(file)),
                ("import", dialog.imported, dialog.import_button.click),
            ):
                ticks[0] = 0
                began = time.perf_counter()
                signal.connect(app.quit)
                QTimer.singleShot(0, start_it)
                app.exec()
                signal.disconnect(app.quit)
                took = time.perf_counter() - began
                print(f"{step:8} {file.stat().st_size / 1e6:5.1f} MB  {took:6.2f} s  "
                      f"UI thread ran {ticks[0]} times (every 50 ms asked: {int(took / 0.05)})")  # fmt: skip
            dialog.close()


if __name__ == "__main__":
    main()
