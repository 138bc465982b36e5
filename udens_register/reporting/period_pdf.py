"""The anonymous period report for school leadership and the participation council, with charts."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
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


def _bars(values: list[tuple[str, int]], width: float, horizontal: bool) -> Drawing:
    height = max(60.0, 16.0 * len(values) + 30) if horizontal else 150.0
    drawing = Drawing(width, height)
    chart: Any = HorizontalBarChart() if horizontal else VerticalBarChart()
    label_room = 150 if horizontal else 0
    chart.x = 10 + label_room
    chart.y = 20 if not horizontal else 10
    chart.width = width - 30 - label_room
    chart.height = height - 35 if not horizontal else height - 20
    chart.data = [[v for _, v in values] or [0]]
    chart.categoryAxis.categoryNames = [k for k, _ in values] or ["—"]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
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
    start, end = report.date_from.strftime("%d-%m-%Y"), report.date_to.strftime("%d-%m-%Y")
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
    categories = [(label("category", k, lang).split(" (")[0][:40], v) for k, v in report.per_category]
    story: list[Any] = [
        Paragraph(report.school, s["body"]),
        Paragraph(t("period_title", lang), s["h1"]),
        Paragraph(t("period", lang, start=start, end=end), s["body"]),
        Paragraph(t("anonymous_note", lang), s["small"]),
        Spacer(1, 4 * mm),
        figures,
        Paragraph(t("per_month", lang), s["h2"]),
        _bars(list(report.per_month), width, horizontal=False),
        Paragraph(t("per_category", lang), s["h2"]),
        _bars(categories, width, horizontal=True),
        Paragraph(t("per_platform", lang), s["h2"]),
        _bars(list(report.per_platform), width, horizontal=True),
        Paragraph(t("rules_period", lang), s["h2"]),
        _bars([(t("rule", lang, code=r), n) for r, n in report.rules_applied], width, horizontal=True),
    ]
    generated = t("generated", lang, when=report.generated_at.astimezone().strftime("%d-%m-%Y %H:%M"))
    footer = lambda page, pages: f"{t('report_footer', lang, page=page, pages=pages)} — {generated}"  # noqa: E731
    doc.build(story, canvasmaker=numbered_canvas(footer, ""))
    return out.getvalue()
