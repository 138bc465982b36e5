"""The case file's part for rule 3: the parents or guardians of the pupils involved with their
phone and e-mail (the director's and the police versions), or, in a pupil's own inzage version,
only that pupil's own parents; a pupil without a parent recorded is said so."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from udens_register.domain.enums import Audience
from udens_register.services.dto import CaseFile
from udens_register.wording import label
from udens_register.wording import text as t

Table = Callable[[list[list[Any]], list[float]], Any]


def _p(value: str, style: Any) -> Paragraph:
    return Paragraph(escape(value), style)


def contacts_story(
    case: CaseFile, lang: str, s: Any, width: float, table: Table, subject: str = ""
) -> list[Any]:
    """The parents and guardians part, or nothing when the file covers no pupil."""
    if not case.contact_pupils:
        return []
    intro = (t("contacts_intro_inzage", lang, subject=subject) if case.audience == Audience.INZAGE
             else t("contacts_intro", lang))  # fmt: skip
    story: list[Any] = [_p(t("contacts", lang), s["h2"]), _p(intro, s["small"])]
    rows: list[list[Any]] = [[t("pupil", lang), t("parent", lang), t("relation", lang), t("phone", lang),
                              t("email", lang)]]  # fmt: skip
    for pupil in case.contact_pupils:
        name = case.person_labels.get(pupil, "")
        found = [c for c in case.contacts if c.child_id == pupil]
        if not found:
            rows.append([_p(name, s["body"]), _p(t("no_parent", lang), s["small"]), "", "", ""])
        for c in found:
            relation = label("relation", c.relation, lang) if c.relation else t("parent_guardian", lang)
            rows.append([_p(name, s["body"]), _p(c.name, s["body"]), _p(relation, s["small"]),
                         _p(c.phone or "—", s["small"]), _p(c.email or "—", s["small"])])  # fmt: skip
    story.append(table(rows, [34 * mm, 36 * mm, 18 * mm, 25 * mm, width - 113 * mm]))
    return story
