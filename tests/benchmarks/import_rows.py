"""Figures for the pupil import at its limit: ``python tests/benchmarks/import_rows.py [--rows N] [--xlsx]``.

Makes a fictional list of N pupils (Magister shape: ``;``, BOM, abbreviated headers, or an .xlsx
with date cells), imports it into a new register, then imports it again (every row compared,
nothing changes) and a third time with every class changed (N corrections in the history).
Run under ``/usr/bin/time -v`` for the peak memory.
"""

from __future__ import annotations

import argparse
import io
import os
import tempfile
import time
from datetime import date
from pathlib import Path

from udens_register.services.importer import ImportOptions
from udens_register.services.register import create_register
from udens_register.services.register import open_register

PASSPHRASE = "benchmark passphrase that is long enough"


def rows(n: int, klass: str) -> list[list[object]]:
    return [[f"{i:06d}", f"Kind{i}", "van" if i % 7 == 0 else "", f"Achternaam{i}", f"{1 + i % 6}{klass}{i % 4}",
             date(2008 + i % 6, 1 + i % 12, 1 + i % 28)] for i in range(n)]  # fmt: skip


def csv_bytes(data: list[list[object]]) -> bytes:
    lines = ["Stamnr;Roepnaam;Tussenv;Achternaam;Klas;Geb.datum"]
    lines += [";".join(f"{c:%d-%m-%Y}" if isinstance(c, date) else str(c) for c in r) for r in data]
    return b"\xef\xbb\xbf" + ("\r\n".join(lines) + "\r\n").encode("utf-8")


def xlsx_bytes(data: list[list[object]]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["Leerlingnummer", "Voornaam", "Tussenvoegsel", "Achternaam", "Klas", "Geboortedatum"])
    for r in data:
        ws.append(r)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--xlsx", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("UDENS_REGISTER_KDF_SECONDS", "0.05")
    make = xlsx_bytes if args.xlsx else csv_bytes
    first, second = make(rows(args.rows, "A")), make(rows(args.rows, "B"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "R"
        create_register(folder, PASSPHRASE, "Benchmark", kdf_seconds=0.05)
        with open_register(folder, PASSPHRASE) as register:
            for label, raw in (("new", first), ("again", first), ("changed", second)):
                start = time.perf_counter()
                plan = register.importer.apply(raw, ImportOptions("lijst"))
                took = time.perf_counter() - start
                print(f"{label:8} {len(raw) / 1e6:5.1f} MB  {took:6.2f} s  new={len(plan.new)} "
                      f"changed={len(plan.changed)} unchanged={plan.unchanged}")  # fmt: skip


if __name__ == "__main__":
    main()
