"""The period report's layout: every heading on the page of its chart, category labels whole,
*Vertrouwelijk* on every page (read back from the real PDF with pypdf)."""

from __future__ import annotations

import io
import re
from datetime import UTC
from datetime import date
from datetime import datetime

from pypdf import PdfReader

from udens_register.domain.enums import Category
from udens_register.paths import resources_dir
from udens_register.reporting.period_pdf import render_period_report
from udens_register.services.dto import PeriodReport
from udens_register.wording import label
from udens_register.wording import text


def _report(months: int) -> PeriodReport:
    per_month = tuple((f"{2024 + m // 12}-{m % 12 + 1:02d}", (m * 7) % 11) for m in range(months))
    return PeriodReport(
        date_from=date(2024, 1, 1),
        date_to=date(2026, 12, 31),
        generated_at=datetime(2026, 12, 1, 12, 0, tzinfo=UTC),
        total=120,
        per_month=per_month,
        per_category=tuple((c.value, i + 1) for i, c in enumerate(Category)),
        per_platform=(("WhatsApp", 40), ("Instagram", 30), ("TikTok", 20), ("Snapchat", 10)),
        rules_applied=(("3", 50), ("4", 20), ("5", 45)),
        closed=80,
        median_days_to_close=12.0,
        overdue_actions=4,
    )


def _pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def _flat(value: str) -> str:
    return re.sub(r"\s+", "", value)


def test_headings_stay_with_their_charts_and_labels_are_whole() -> None:
    pages = _pages(render_period_report(_report(36), resources_dir() / "fonts", "nl"))
    assert len(pages) >= 2
    for page in pages:
        assert "VERTROUWELIJK" in page and "Vertrouwelijk" in page
    whole = _flat("".join(pages))
    for category in Category:
        assert _flat(label("category", category.value, "nl")) in whole, category  # never cut
    charts = {
        "per_month": "2024-01",
        "per_category": label("category", Category.THREAT_OF_VIOLENCE.value, "nl").split()[0],
        "per_platform": "WhatsApp",
        "rules_period": text("rule", "nl", code="5"),
    }
    for key, first_label in charts.items():
        heading = text(key, "nl")
        on = [i for i, page in enumerate(pages) if heading in page]
        assert on, heading
        assert first_label in pages[on[0]], f"{heading} is alone on page {on[0] + 1}"
