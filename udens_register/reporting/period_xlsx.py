"""The period report (*Periodeoverzicht*) as a spreadsheet for management, who work in Excel.

openpyxl writes an ``.xlsx`` with an overview, one sheet of figures per dimension the yearly
incident analysis asks for (month, category, analysis group, class year, platform, victim kind,
rules 3–5, time to close) and a chart sheet. Counts only: no names, no descriptions, no case
numbers; the workbook's properties name the program, not a person.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from udens_register.services.dto import PeriodReport
from udens_register.wording import label
from udens_register.wording import text
from udens_register.wording.dates import XLSX_DATE
from udens_register.wording.dates import XLSX_DATETIME

CLOSE_BUCKETS = ((0, 7), (8, 14), (15, 30), (31, 60))


def _s(key: str, lang: str, **values: object) -> str:
    words = label("sheet", key, lang)
    return words.format(**values) if values else words


def close_buckets(days: Sequence[int], lang: str) -> list[tuple[str, int]]:
    """Closed cases per time-to-close range."""
    rows = [
        (_s("days_range", lang, low=low, high=high), sum(1 for d in days if low <= d <= high))
        for low, high in CLOSE_BUCKETS
    ]
    last = CLOSE_BUCKETS[-1][1]
    rows.append((_s("days_more", lang, low=last), sum(1 for d in days if d > last)))
    return rows


def tables(report: PeriodReport, lang: str) -> list[tuple[str, str, list[tuple[str, int]]]]:
    """(sheet title, first column's header, rows) for each dimension, in words."""

    def t(key: str, **values: object) -> str:
        return text(key, lang, **values)

    return [
        (t("per_month"), _s("month", lang), [(m[5:] + "-" + m[:4], n) for m, n in report.per_month]),
        (t("per_category"), t("per_category"), [(label("category", c, lang), n) for c, n in report.per_category]),
        (_s("per_group", lang), _s("per_group", lang),
         [(label("analysis_group", g, lang), n) for g, n in report.per_group]),
        (_s("per_class_year", lang), _s("class_year", lang), list(report.per_class_year)),
        (t("per_platform"), t("per_platform"), list(report.per_platform)),
        (_s("per_victim", lang), _s("per_victim", lang), [(label("kind", k, lang), n) for k, n in report.per_victim_kind]),
        (t("rules_period"), t("rules_applied"), [(t("rule", code=r), n) for r, n in report.rules_applied]),
        (_s("time_to_close", lang), _s("time_to_close", lang), close_buckets(report.days_to_close, lang)),
    ]  # fmt: skip


def _title(name: str, used: set[str]) -> str:
    # Sheet titles: at most 31 characters, none of []:*?/\ and unique.
    clean = "".join(ch for ch in name if ch not in "[]:*?/\\")[:31]
    candidate, n = clean, 2
    while candidate in used:
        candidate = f"{clean[:28]} {n}"
        n += 1
    used.add(candidate)
    return candidate


def render_period_xlsx(report: PeriodReport, lang: str = "nl") -> bytes:
    """The report as ``.xlsx`` bytes."""
    from openpyxl import Workbook  # noqa: PLC0415 - loaded on first use
    from openpyxl.chart import BarChart  # noqa: PLC0415
    from openpyxl.chart import Reference  # noqa: PLC0415
    from openpyxl.styles import Font  # noqa: PLC0415

    def t(key: str, **values: object) -> str:
        return text(key, lang, **values)

    book = Workbook()
    book.properties.creator = "Udens Register"
    book.properties.lastModifiedBy = "Udens Register"
    book.properties.title = t("period_title")
    bold = Font(bold=True)
    used: set[str] = set()
    overview: Any = book.active
    overview.title = _title(_s("overview", lang), used)
    median = (
        t("days", n=f"{report.median_days_to_close:.0f}") if report.median_days_to_close is not None else "—"
    )
    rows: list[tuple[str, object]] = [
        (report.school, ""),
        (t("period_title"), ""),
        (_s("from", lang), report.date_from),
        (_s("to", lang), report.date_to),
        (_s("generated", lang), report.generated_at.astimezone().replace(tzinfo=None)),
        (t("anonymous_note"), ""),
        ("", ""),
        (t("total"), report.total),
        (t("closed_cases"), report.closed),
        (t("median_close"), median),
        (_s("police_involved", lang), report.police_involved),
        (_s("open_actions", lang), report.open_actions),
        (t("overdue_actions"), report.overdue_actions),
    ]
    for row in rows:
        overview.append([None if v == "" else v for v in row])  # an empty cell lets a long text run on
    overview["A2"].font = Font(bold=True, size=14)
    for cell in ("B3", "B4"):
        overview[cell].number_format = XLSX_DATE
    overview["B5"].number_format = XLSX_DATETIME
    overview.column_dimensions["A"].width = 52
    overview.column_dimensions["B"].width = 18
    charts: Any = book.create_sheet(_title(_s("charts", lang), used))
    for index, (title, header, data) in enumerate(tables(report, lang)):
        sheet: Any = book.create_sheet(_title(title, used))
        sheet.append([header, t("count")])
        sheet["A1"].font = bold
        sheet["B1"].font = bold
        for name, count in data:
            sheet.append([str(name), int(count)])
        sheet.column_dimensions["A"].width = max(
            18, min(70, max((len(str(n)) for n, _ in data), default=10) + 2)
        )
        if index < 6 and data:  # the charts management asks for first; rules and closing are in the figures
            chart = BarChart()
            chart.type = "col" if index in (0, 3) else "bar"
            chart.title = title
            chart.legend = None
            chart.height, chart.width = 7.5, 16
            chart.add_data(
                Reference(sheet, min_col=2, min_row=1, max_row=len(data) + 1), titles_from_data=True
            )
            chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=len(data) + 1))
            charts.add_chart(chart, f"{'A' if index % 2 == 0 else 'K'}{1 + (index // 2) * 16}")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
