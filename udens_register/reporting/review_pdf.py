"""The director's reviews in the case file: a section with every recorded review and its further
measures, and the line above the sign-off block that names the last review."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak

from udens_register.reporting.pdf import Section
from udens_register.reporting.pdf import data_table
from udens_register.reporting.pdf import paragraph
from udens_register.services.dto import CaseFile
from udens_register.wording import fmt_date
from udens_register.wording import fmt_datetime
from udens_register.wording import label


def director_reviews_story(r: Section, case: CaseFile) -> list[Any]:
    """The section *Beoordelingen door de directie* (nothing when no review was recorded)."""
    if not case.reviews:
        return []
    s = r.s
    story: list[Any] = [CondPageBreak(40 * mm), paragraph(r.t("director_reviews"), s["h2"])]
    for review in case.reviews:
        story.append(
            paragraph(
                r.t(
                    "reviewed_by",
                    when=fmt_date(review.reviewed_on),
                    who=review.reviewer_name,
                    role=review.reviewer_role,
                ),
                s["h3"],
            )
        )
        story.append(paragraph(review.decision, s["body"]))
        notes = [r.t("review_recorded", when=fmt_datetime(review.created_at), by=review.coordinator or "—")]
        if review.file_issued_at is not None:
            notes.append(
                r.t("review_of_file", when=fmt_datetime(review.file_issued_at), sha=review.file_sha256[:16])
            )
        if review.paper_filename:
            notes.append(r.t("review_paper", file=review.paper_filename, sha=review.paper_sha256[:16]))
        story.append(paragraph("\n".join(notes), s["small"]))
        if review.measures:
            rows: list[list[Any]] = [[r.t("further_measure"), r.t("responsible"), r.t("due"), r.t("status")]]
            for m in review.measures:
                rows.append(
                    [
                        paragraph(m.description, s["body"]),
                        paragraph(m.responsible, s["body"]),
                        fmt_date(m.due_date),
                        label("action_status", m.status, r.lang)
                        + (f" ({r.t('overdue')})" if m.overdue else ""),
                    ]
                )
            story.append(data_table(rows, [r.width - 107 * mm, 45 * mm, 22 * mm, 40 * mm]))
    return story


def last_review_line(r: Section, case: CaseFile) -> str:
    """The sign-off block's note of the last recorded review ("" when there is none)."""
    if not case.reviews:
        return ""
    last = case.reviews[-1]
    return r.t(
        "signoff_last_review",
        when=fmt_date(last.reviewed_on),
        who=last.reviewer_name,
        role=last.reviewer_role,
    )
