"""Figures for the row limit counted before a list is read: ``python tests/benchmarks/import_limit.py``.

Makes fictional lists of 20,001 rows (one over the limit) and of 20,000 rows (at it): a CSV, a
workbook streamed without ``<dimension>`` (as scripts and many exporters write it) and one with it
(as Excel writes it), and times :func:`check_rows` on each: the refusal of the longer list and what
the count costs an accepted one. Run under ``/usr/bin/time -v`` for the peak memory; the command
line's whole refusal is timed with ``/usr/bin/time -v udens-register import-persons FILE``.
"""

from __future__ import annotations

import io
import time

from udens_register.services.tabular import MAX_ROWS
from udens_register.services.tabular import ImportRefused
from udens_register.services.tabular import check_rows

HEADER = ["Stamnummer", "Roepnaam", "Tussenvoegsel", "Achternaam", "Klas"]


def csv_bytes(n: int) -> bytes:
    return (
        ";".join(HEADER) + "\n" + "".join(f"{100000 + i};Kind;;Nummer{i};1A\n" for i in range(n))
    ).encode()


def xlsx_bytes(n: int, *, dimension: bool) -> bytes:
    import openpyxl

    book = openpyxl.Workbook(write_only=not dimension)
    ws = book.active if dimension else book.create_sheet()
    ws.append(HEADER)
    for i in range(n):
        ws.append([str(100000 + i), "Kind", "", f"Nummer{i}", "1A"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def timed(raw: bytes, name: str) -> tuple[float, str]:
    start = time.perf_counter()
    try:
        check_rows(raw, name)
        said = "accepted"
    except ImportRefused as exc:
        said = f"{exc.problems[0].code} {exc.problems[0].params()}"
    return time.perf_counter() - start, said


def main() -> None:
    for rows in (MAX_ROWS + 1, MAX_ROWS):
        for label, raw, name in (
            ("csv", csv_bytes(rows), "lijst.csv"),
            ("xlsx without dimension", xlsx_bytes(rows, dimension=False), "lijst.xlsx"),
            ("xlsx with dimension", xlsx_bytes(rows, dimension=True), "lijst.xlsx"),
        ):
            seconds, said = timed(raw, name)
            print(f"{rows} rows, {label} ({len(raw) / 1e6:.1f} MB): {seconds:.2f} s, {said}")


if __name__ == "__main__":
    main()
