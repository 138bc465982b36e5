"""The anonymous period report for school leadership and the participation council, with charts."""

from __future__ import annotations

import io
from html import escape
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether
from reportlab.platypus import Paragraph
from reportlab.platypus import SimpleDocTemplate
from reportlab.platypus import Spacer
from reportlab.platypus import Table
from reportlab.platypus import TableStyle

from udens_register.reporting.pdf import FONT
from udens_register.reporting.pdf import FONT_BOLD
from udens_register.reporting.pdf import MARGIN
from udens_register.reporting.pdf import NAVY
from udens_register.reporting.pdf import PAGE
from udens_register.reporting.pdf import numbered_canvas
from udens_register.reporting.pdf import register_fonts
from udens_register.reporting.pdf import styles
from udens_register.services.dto import PeriodReport
from udens_register.wording import label
from udens_register.wording import text as t
from udens_register.wording.dates import fmt_date
from udens_register.wording.dates import fmt_datetime

LABEL_SIZE = 7
ROW = 16.0  # points per bar of a horizontal chart, per line of its label


def _wrap(text: str, room: float) -> str:
    """``text`` broken at spaces into lines no wider than ``room`` points (a label is never cut)."""
    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", FONT, LABEL_SIZE) <= room:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(lines) or "—"


def _bars(values: list[tuple[str, int]], width: float, horizontal: bool) -> Drawing:
    names = [k for k, _ in values] or ["—"]
    # A horizontal chart's labels get the room their longest line needs, up to 45% of the width;
    # longer ones wrap onto more lines, and their bar is made taller to hold them.
    label_room = 0.0
    if horizontal:
        widest = max(stringWidth(n, FONT, LABEL_SIZE) for n in names)
        label_room = min(widest, width * 0.45)
        names = [_wrap(n, label_room) for n in names]
    lines = max(n.count("\n") + 1 for n in names)
    if horizontal:
        height = max(60.0, ROW * max(1, lines * 0.75) * len(names) + 30)
    else:
        longest = max(stringWidth(n, FONT, LABEL_SIZE) for n in names)
        height = 120.0 + longest * 0.72  # room for the 45° labels below the bars
    drawing = Drawing(width, height)
    chart: Any = HorizontalBarChart() if horizontal else VerticalBarChart()
    chart.x = 10 + label_room + 6
    chart.y = 10 if horizontal else 10 + longest * 0.72
    chart.width = width - 30 - label_room
    chart.height = height - 20 if horizontal else 110.0
    chart.data = [[v for _, v in values] or [0]]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.leading = LABEL_SIZE + 1.5
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.valueMin = 0
    top = max([v for _, v in values] or [1])
    chart.valueAxis.valueStep = max(1, (top + 4) // 5)
    chart.bars[0].fillColor = NAVY
    chart.bars[0].strokeColor = None
    if not horizontal:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
    drawing.add(chart)
    return drawing


def _section(title: str, body: Any, style: Any) -> KeepTogether:
    """A heading kept on the same page as what it heads."""
    return KeepTogether([Paragraph(title, style), body])


def render_period_report(report: PeriodReport, fonts_dir: Path, lang: str = "nl") -> bytes:
    """The report as PDF bytes: figures and charts only, no names or case descriptions."""
    register_fonts(fonts_dir)
    s = styles()
    width = PAGE[0] - 2 * MARGIN
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=20 * mm,
        title=t("period_title", lang), author="Udens Register", subject=t("period_title", lang), creator="Udens Register",
    )  # fmt: skip
    start, end = fmt_date(report.date_from), fmt_date(report.date_to)
    median = (
        t("days", lang, n=f"{report.median_days_to_close:.0f}")
        if report.median_days_to_close is not None
        else "—"
    )
    figures = Table(
        [
            [t("total", lang), str(report.total)],
            [t("closed_cases", lang), str(report.closed)],
            [t("median_close", lang), median],
            [t("overdue_actions", lang), str(report.overdue_actions)],
        ]
        + [[t("rule", lang, code=rule), str(n)] for rule, n in report.rules_applied],
        colWidths=[100 * mm, 30 * mm],
    )
    figures.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTNAME", (1, 0), (1, -1), FONT_BOLD),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#cccccc")),
            ]
        )
    )
    # Whole labels, the protocol article included: they wrap in the chart rather than being cut.
    categories = [(label("category", k, lang), v) for k, v in report.per_category]
    story: list[Any] = [
        Paragraph(report.school, s["body"]),
        Paragraph(t("period_title", lang), s["h1"]),
        Paragraph(t("period", lang, start=start, end=end), s["body"]),
        Paragraph(t("anonymous_note", lang), s["small"]),
        *(
            [Paragraph(f"{t('issued_to', lang)}: {escape(report.recipient)}", s["small"])]
            if report.recipient
            else []
        ),
        *(
            [Paragraph(f"{t('signed_key', lang)}: {report.signature_id}", s["small"])]
            if report.signature_id
            else []
        ),
        Spacer(1, 4 * mm),
        figures,
        _section(t("per_month", lang), _bars(list(report.per_month), width, horizontal=False), s["h2"]),
        _section(t("per_category", lang), _bars(categories, width, horizontal=True), s["h2"]),
        _section(
            t("per_group", lang),
            _bars(
                [(label("analysis_group", g, lang), n) for g, n in report.per_group], width, horizontal=True
            ),
            s["h2"],
        ),
        Paragraph(t("count_note", lang), s["small"]),
        _section(
            t("per_role", lang),
            _bars([(label("role", r, lang), n) for r, n in report.per_role], width, horizontal=True),
            s["h2"],
        ),
        _section(t("per_platform", lang), _bars(list(report.per_platform), width, horizontal=True), s["h2"]),
        _section(
            t("rules_period", lang),
            _bars([(t("rule", lang, code=r), n) for r, n in report.rules_applied], width, horizontal=True),
            s["h2"],
        ),
    ]
    generated = t("generated", lang, when=fmt_datetime(report.generated_at))
    confidential = t("confidential_short", lang)
    footer = lambda page, pages: (  # noqa: E731
        f"{confidential} — {t('report_footer', lang, page=page, pages=pages)} — {generated}"
    )
    doc.build(story, canvasmaker=numbered_canvas(footer, confidential.upper()))
    return out.getvalue()
