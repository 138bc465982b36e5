"""The case file PDF: cover, summary, persons, incident, evidence, decision, actions, measures,
chronology and the director's sign-off; one version per reader, already redacted by services."""

from __future__ import annotations

import io
from datetime import date
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import CondPageBreak
from reportlab.platypus import Image
from reportlab.platypus import KeepTogether
from reportlab.platypus import PageBreak
from reportlab.platypus import SimpleDocTemplate
from reportlab.platypus import Spacer
from reportlab.platypus import Table
from reportlab.platypus import TableStyle

from udens_register.domain.decisions import ActionKind
from udens_register.domain.decisions import ActionStatus
from udens_register.domain.enums import Audience
from udens_register.protocol import rule_text
from udens_register.reporting.contacts_pdf import contacts_story
from udens_register.reporting.pdf import MARGIN
from udens_register.reporting.pdf import NAVY
from udens_register.reporting.pdf import PAGE
from udens_register.reporting.pdf import data_table
from udens_register.reporting.pdf import numbered_canvas
from udens_register.reporting.pdf import paragraph
from udens_register.reporting.pdf import register_fonts
from udens_register.reporting.pdf import styles
from udens_register.reporting.pdf_document import PdfDocument
from udens_register.reporting.pictures import PICTURE_MAX_HEIGHT
from udens_register.reporting.pictures import EvidencePicture
from udens_register.reporting.review_pdf import director_reviews_story
from udens_register.reporting.review_pdf import last_review_line
from udens_register.reporting.route_pdf import action_cell
from udens_register.reporting.route_pdf import is_step
from udens_register.reporting.route_pdf import reporting_story
from udens_register.reporting.route_pdf import reviews_story
from udens_register.reporting.route_pdf import routes_story
from udens_register.services.chronology import chronology
from udens_register.services.dto import CaseFile
from udens_register.services.dto import CaseFileBundle
from udens_register.services.dto import NoteRow
from udens_register.services.dto import Picture
from udens_register.wording import action_event_words
from udens_register.wording import change_lines
from udens_register.wording import fmt_date
from udens_register.wording import fmt_datetime
from udens_register.wording import label
from udens_register.wording import outcome_lines
from udens_register.wording import text as t
from udens_register.wording.decisions import deviation_words
from udens_register.wording.decisions import line_words
from udens_register.wording.decisions import route_advice
from udens_register.wording.decisions import route_title
from udens_register.wording.decisions import why_not_words

THUMB_MAX = 62 * mm


def _d(value: date | None) -> str:
    return fmt_date(value, "—")


def _dt(value: datetime | None) -> str:
    return fmt_datetime(value, "—")


# Rule 4's police action and the images checklist's police step: either reports to the police.
POLICE_ACTIONS = (ActionKind.POLICE, ActionKind.SI_POLICE)


def images_police_sentence(case: CaseFile, lang: str) -> str:
    """What the case file says of reporting the images to the police: what the police action's
    status holds, never more (a file once said "reported" while the action was still open)."""
    police = [a for a in case.actions if a.kind in POLICE_ACTIONS]
    if any(a.status == ActionStatus.DONE for a in police):
        return t("images_police_done", lang)
    still_open = sorted(a.due_date for a in police if a.status == ActionStatus.OPEN)
    if still_open:
        return t("images_police_open", lang, due=_d(still_open[0]))
    if police:
        return t("images_police_not_needed", lang)
    return t("images_police_none", lang)


class CaseFileRenderer:
    """Renders a :class:`CaseFileBundle` into PDF bytes."""

    def __init__(self, fonts_dir: Path, lang: str = "nl") -> None:
        register_fonts(fonts_dir)
        self.lang = lang
        self.s = styles()
        self.width = PAGE[0] - 2 * MARGIN
        self._pictures: list[Picture] = []

    def t(self, key: str, **values: object) -> str:
        """A text in the renderer's language."""
        return t(key, self.lang, **values)

    def render(self, bundle: CaseFileBundle) -> bytes:
        """The whole PDF in memory, every picture at its working size (for tests and small files;
        files to be issued are written picture by picture from :meth:`document`)."""
        return self.document(bundle).to_bytes()

    def document(self, bundle: CaseFileBundle) -> PdfDocument:
        """The case file laid out, its pictures still in their streams (never a temporary file)."""
        self._pictures = []
        numbers = ", ".join(f.case_number for f in bundle.files) or "—"
        reference = bundle.files[0].case_number if len(bundle.files) == 1 else self.t("access_export")
        generated = self.t("generated", when=_dt(bundle.generated_at))
        footer = lambda page, pages: (  # noqa: E731
            f"{self.t('confidential_short')} — {reference} — {self.t('page_of', page=page, pages=pages)} — {generated}"
        )
        out = io.BytesIO()
        doc = SimpleDocTemplate(
            out,
            pagesize=PAGE,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=20 * mm,
            # Metadata names no one: a case number and what the document is.
            title=f"{self.t('case_file')} {numbers}"
            if bundle.audience != Audience.INZAGE
            else self.t("access_export"),
            author="Udens Register",
            subject=self.t("confidential_short"),
            keywords=[self.t("confidential_short"), bundle.audience],
            creator="Udens Register",
        )
        story: list[Any] = self._cover(bundle)
        for index, case in enumerate(bundle.files):
            if index:
                story.append(PageBreak())
            story += self._case(case, bundle)
        if bundle.audience == Audience.DIRECTIE:
            story += self._disclosures(bundle)
            story += self._signoff(last_review_line(self, bundle.files[-1]) if bundle.files else "")
        doc.build(story, canvasmaker=numbered_canvas(footer, self.t("confidential")))
        return PdfDocument(out.getvalue(), tuple(self._pictures))

    # -- parts --------------------------------------------------------------------------
    def _cover(self, bundle: CaseFileBundle) -> list[Any]:
        s = self.s
        reader = {
            Audience.DIRECTIE: self.t("reader_directie"),
            Audience.POLITIE: self.t("reader_politie"),
            Audience.INZAGE: self.t("reader_inzage", subject=bundle.subject),
        }[Audience(bundle.audience)]
        numbers = ", ".join(f.case_number for f in bundle.files) or "—"
        heading = self.t("access_export") if bundle.audience == Audience.INZAGE else self.t("case_file")
        rows = [
            [self.t("case"), numbers],
            [self.t("date"), _d(bundle.generated_at.astimezone().date())],
            [self.t("prepared_by"), bundle.prepared_by or "—"],
            [self.t("reader"), reader],
        ]
        if bundle.recipient:
            rows.append([self.t("issued_to"), bundle.recipient])
        if bundle.signature_id:
            rows.append([self.t("signed_key"), bundle.signature_id])
        table = Table(
            [[paragraph(a, s["h3"]), paragraph(b, s["body"])] for a, b in rows],
            colWidths=[45 * mm, self.width - 45 * mm],
        )
        table.setStyle(
            TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, NAVY)])
        )
        story: list[Any] = [
            Spacer(1, 30 * mm),
            paragraph(bundle.school, s["cover"]),
            Spacer(1, 6 * mm),
            paragraph(self.t("confidential"), s["stamp"]),
            Spacer(1, 8 * mm),
            paragraph(heading, s["h1"]),
            Spacer(1, 4 * mm),
            table,
            Spacer(1, 12 * mm),
            paragraph(self.t("cover_note" if _about_minors(bundle) else "cover_note_adults"), s["small"]),
        ]
        if bundle.signature_id:  # a director meets an unknown signer: how to check it, where it is met
            check = "check_signature" if bundle.audience == Audience.DIRECTIE else "check_signature_outside"
            story += [Spacer(1, 3 * mm), paragraph(self.t(check), s["small"])]
        if bundle.audience == Audience.INZAGE:
            story.append(paragraph(self.t("redaction_note"), s["small"]))
        story.append(PageBreak())
        return story

    def _case(self, case: CaseFile, bundle: CaseFileBundle) -> list[Any]:
        s = self.s
        story: list[Any] = [paragraph(f"{case.case_number} — {case.title}", s["h1"])]
        story += self._summary(case)
        story += self._persons(case)
        story += contacts_story(case, self.lang, s, self.width, data_table, bundle.subject)
        story += self._incident(case)
        story += self._evidence(case)
        if case.audience != Audience.POLITIE:
            story += self._decisions(case)
            story += director_reviews_story(self, case)
            story += self._actions(case)
            story += routes_story(case, self.lang, s, self.width, data_table)
            story += reviews_story(case, self.lang, s, self.width, data_table)
            story += self._measures(case)
            story += self._chronology(case)
        else:  # the police see the reporting, not the deliberation behind it
            story += reporting_story(case, self.lang, s, self.width, data_table)
            if case.notes:  # with the notes the coordinator chose to include
                story += self._notes(case)
        return story

    def _kv(self, rows: list[tuple[str, str]]) -> Table:
        s = self.s
        table = Table(
            [[paragraph(k, s["h3"]), paragraph(v, s["body"])] for k, v in rows],
            colWidths=[48 * mm, self.width - 48 * mm],
        )
        table.setStyle(
            TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])
        )
        return table

    def _summary(self, case: CaseFile) -> list[Any]:
        rows = [
            (self.t("category"), label("category", case.category, self.lang)),
            *(
                [
                    (
                        self.t("further_categories"),
                        ", ".join(label("category", c, self.lang) for c in case.further_categories),
                    )
                ]
                if case.further_categories
                else []
            ),
            (self.t("platform"), case.platform or "—"),
            (self.t("status"), label("status", case.status, self.lang)),
            (self.t("reported_at"), _d(case.reported_at)),
            (self.t("occurred_at"), _d(case.occurred_at)),
        ]
        if case.closed_at:
            rows.append((self.t("closed_at"), _dt(case.closed_at)))
        if case.manager_consulted:
            rows.append((self.t("manager"), case.manager_consulted))
        story: list[Any] = [paragraph(self.t("summary"), self.s["h2"]), self._kv(rows)]
        if case.sexual_images_minor:
            # Files of a case flagged later wait to be destroyed: "no images kept" only when none is.
            stored = any(e.kind == "file" and e.destroyed_at is None for e in case.evidence)
            kept = self.t("images_minor_stored" if stored else "images_minor")
            story.append(paragraph(kept + " " + images_police_sentence(case, self.lang), self.s["warn"]))
        return story

    def _persons(self, case: CaseFile) -> list[Any]:
        s = self.s
        story: list[Any] = [paragraph(self.t("persons"), s["h2"])]
        if not case.persons:
            return [*story, paragraph(self.t("no_persons"), s["body"])]
        rows = [[self.t("who"), self.t("kind"), self.t("class"), self.t("roles")]]
        for p in case.persons:
            roles = ", ".join(label("role", r, self.lang) for r in p.roles)
            if p.removed:
                roles += f" ({self.t('removed')})"
            rows.append(
                [
                    paragraph(p.label, s["body"]),
                    label("kind", p.kind, self.lang),
                    p.class_name or "—",
                    paragraph(roles, s["body"]),
                ]
            )
        story.append(data_table(rows, [60 * mm, 28 * mm, 18 * mm, self.width - 106 * mm]))
        return story

    def _incident(self, case: CaseFile) -> list[Any]:
        s = self.s
        story: list[Any] = [
            paragraph(self.t("incident"), s["h2"]),
            paragraph(case.description or "—", s["body"]),
        ]
        if case.closing_rationale:
            story += [
                paragraph(self.t("closing_rationale"), s["h3"]),
                paragraph(case.closing_rationale, s["body"]),
            ]
        return story

    def _evidence(self, case: CaseFile) -> list[Any]:
        s = self.s
        story: list[Any] = [CondPageBreak(40 * mm), paragraph(self.t("evidence"), s["h2"])]
        if not case.evidence:
            return [*story, paragraph(self.t("no_evidence"), s["body"])]
        for e in case.evidence:
            rows: list[tuple[str, str]] = []
            if e.kind == "file":
                rows += [(self.t("file"), f"{e.filename} ({e.mime}, {max(1, e.size // 1024)} kB)")]
            else:
                rows += [(self.t("described"), e.meta.description)]
            rows += [
                (self.t("platform"), e.meta.platform or "—"),
                (self.t("profile"), e.meta.profile or "—"),
                (self.t("post_url"), e.meta.post_url or "—"),
                (self.t("posted_at"), _dt(e.meta.posted_at)),
                (self.t("captured"), f"{_dt(e.meta.captured_at)} — {e.meta.captured_by or '—'}"),
            ]
            if e.kind == "file" and e.meta.description:
                rows.append((self.t("description"), e.meta.description))
            if e.destroyed_at is not None:
                rows.append(
                    (
                        self.t("removed"),
                        self.t("destroyed", when=_dt(e.destroyed_at), reason=e.removed_reason),
                    )
                )
            elif e.removed_reason:
                rows.append((self.t("removed"), e.removed_reason))
            details = Table(
                [[paragraph(k, s["small"]), paragraph(v, s["body"])] for k, v in rows],
                colWidths=[32 * mm, None],
            )
            details.setStyle(
                TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
            )
            cells: list[Any] = [details]
            if e.sha256:
                cells.append(paragraph(f"{self.t('sha256')}: {e.sha256}", s["mono"]))
            block: list[Any] = cells
            if e.picture is not None:
                # The picture follows its details; it shrinks to the rest of the page when
                # that still holds it large enough, else it starts the next page.
                picture = EvidencePicture.of(e.picture, self._pictures, self.width, PICTURE_MAX_HEIGHT)
                if picture is not None:
                    story += [KeepTogether([*cells, Spacer(1, 2 * mm)]), picture, Spacer(1, 4 * mm)]
                    continue
            elif e.thumbnail:
                reader = ImageReader(io.BytesIO(e.thumbnail))
                w, h = reader.getSize()
                scale = min(THUMB_MAX / w, THUMB_MAX / h)
                image = Image(io.BytesIO(e.thumbnail), width=w * scale, height=h * scale)
                table = Table(
                    [[image, cells]], colWidths=[THUMB_MAX + 4 * mm, self.width - THUMB_MAX - 4 * mm]
                )
                table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
                block = [table]
            story.append(KeepTogether([*block, Spacer(1, 4 * mm)]))
        return story

    def _decisions(self, case: CaseFile) -> list[Any]:
        s = self.s
        story: list[Any] = [CondPageBreak(50 * mm), paragraph(self.t("decision"), s["h2"])]
        if not case.decisions:
            return [*story, paragraph(self.t("no_decision"), s["body"])]
        yes, no = self.t("yes"), self.t("no")
        for d in case.decisions:
            story.append(
                paragraph(self.t("decided_on", when=_dt(d.created_at), who=d.coordinator or "—"), s["h3"])
            )
            a = d.answers
            threats = ", ".join(label("threat", x, self.lang) for x in a.threat_of_violence) or no
            facts = [
                (self.t("fact_violation"), yes if a.protocol_violation else no),
                (self.t("fact_threat"), threats),
                (self.t("fact_sexual"), yes if a.sexual_intimidation else no),
                (self.t("fact_accusation"), yes if a.accusation_of_sexual_intimidation else no),
                (self.t("fact_danger"), yes if a.immediate_danger else no),
            ]
            story += [paragraph(self.t("facts"), s["small"]), self._kv(facts)]
            story.append(paragraph(self.t("rules_applied"), s["small"]))
            if not d.view.cited:
                story.append(paragraph(self.t("no_rules"), s["body"]))
            for code in d.view.cited:
                story.append(paragraph(f"{self.t('rule', code=code)} — {rule_text(code)}", s["quote"]))
            for line in d.view.lines:
                story.append(paragraph(f"• {line_words(line, self.lang)}", s["body"]))
                if line.deviation is not None:
                    story.append(paragraph(deviation_words(line.deviation, self.lang), s["warn"]))
            for reason in why_not_words(d.view, self.lang):
                story.append(paragraph(reason, s["small"]))
            for route in d.view.routes:
                story.append(paragraph(route_title(route, self.lang), s["warn"]))
                story.append(paragraph(route_advice(route, self.lang), s["small"]))
            story.append(paragraph(f"{self.t('protocol_version')}: {d.protocol_version}", s["small"]))
        return story

    def _actions(self, case: CaseFile) -> list[Any]:
        s = self.s
        story: list[Any] = [CondPageBreak(30 * mm), paragraph(self.t("actions"), s["h2"])]
        actions = [a for a in case.actions if not is_step(a)]  # steps and reviews: their own parts
        if not actions:
            return [*story, paragraph(self.t("no_actions"), s["body"])]
        rows: list[list[Any]] = [
            [self.t("action"), self.t("responsible"), self.t("due"), self.t("status"), self.t("outcome")]
        ]
        for a in actions:
            subject = a.person_name or a.description
            what = label("action", a.kind, self.lang) + (f" — {subject}" if subject else "")
            status = label("action_status", a.status, self.lang) + (
                f" ({self.t('overdue')})" if a.overdue else ""
            )
            outcome = "\n".join(
                [*outcome_lines(a.outcome, self.lang), *([a.status_reason] if a.status_reason else [])]
            )
            rows.append(
                [
                    action_cell(what, a, self.lang, s["body"]),
                    paragraph(a.responsible, s["body"]),
                    _d(a.due_date),
                    status,
                    paragraph(outcome or "—", s["small"]),
                ]
            )
        story.append(data_table(rows, [42 * mm, 35 * mm, 20 * mm, 22 * mm, self.width - 119 * mm]))
        return story

    def _measures(self, case: CaseFile) -> list[Any]:
        s = self.s
        story: list[Any] = [CondPageBreak(30 * mm), paragraph(self.t("measures"), s["h2"])]
        if not case.measures and not case.communications:
            return [*story, paragraph(self.t("no_measures"), s["body"])]
        rows: list[list[Any]] = [[self.t("when"), self.t("what"), self.t("who")]]
        for m in case.measures:
            rows.append([_d(m.taken_on), paragraph(label("measure", m.kind, self.lang) + (f": {m.note}" if m.note else ""), s["body"]),
                         paragraph(m.person_name or "—", s["body"])])  # fmt: skip
        for c in case.communications:
            rows.append(
                [
                    _d(c.informed_on),
                    paragraph(
                        self.t("informed", who=c.informed) + (f": {c.what}" if c.what else ""), s["body"]
                    ),
                    "—",
                ]
            )
        story.append(data_table(rows, [22 * mm, self.width - 72 * mm, 50 * mm]))
        return story

    def _chronology(self, case: CaseFile) -> list[Any]:
        s = self.s
        story: list[Any] = [CondPageBreak(30 * mm), paragraph(self.t("chronology"), s["h2"])]
        rows: list[list[Any]] = [[self.t("when"), self.t("what"), self.t("by")]]
        labels = case.person_labels
        for ev in chronology(case.timeline, case.notes):
            if isinstance(ev, NoteRow):
                rows.append(
                    [
                        _dt(ev.at),
                        paragraph(self._note_text(ev), s["small"]),
                        paragraph(ev.coordinator or "—", s["small"]),
                    ]
                )
                continue
            what = label("event", ev.kind, self.lang)
            pid = ev.detail.get("person_id")
            if isinstance(pid, int) and pid in labels:
                what += f": {labels[pid]}"
            if action := action_event_words(ev.kind, ev.detail, self.lang):
                what += f": {action}"
            if ev.kind == "route_opened" and ev.detail.get("route"):
                what += ": " + label("route_title", str(ev.detail["route"]), self.lang)
            if ev.kind == "status_changed":
                before, after = str(ev.detail.get("from", "")), str(ev.detail.get("to", ""))
                what += f": {label('status', before, self.lang)} → {label('status', after, self.lang)}"
            if ev.kind == "review_recorded" and ev.detail.get("reviewer"):
                what += f": {ev.detail['reviewer']} ({ev.detail.get('role', '')})"
            if ev.kind == "case_exported" and ev.detail.get("recipient"):
                what += f" ({ev.detail.get('audience', '')}) " + self.t(
                    "exported_to", recipient=ev.detail["recipient"]
                )
            reason = ev.detail.get("reason") or ev.detail.get("rationale")
            changes = ev.detail.get("changes")
            if isinstance(changes, dict):
                what += "\n" + "\n".join(change_lines(changes, self.lang))
            if reason:
                what += f" ({reason})"
            rows.append(
                [_dt(ev.at), paragraph(what, s["small"]), paragraph(ev.coordinator or "—", s["small"])]
            )
        story.append(data_table(rows, [28 * mm, self.width - 78 * mm, 50 * mm]))
        return story

    def _note_text(self, n: NoteRow) -> str:
        head = label("note_kind", n.kind, self.lang) + (f" — {n.with_whom}" if n.with_whom else "")
        return f"{head}: {n.text}"

    def _notes(self, case: CaseFile) -> list[Any]:
        """The case notes on their own (the police version has no chronology to hold them)."""
        s = self.s
        rows: list[list[Any]] = [[self.t("when"), self.t("what"), self.t("by")]]
        for n in case.notes:
            rows.append(
                [
                    _dt(n.at),
                    paragraph(self._note_text(n), s["small"]),
                    paragraph(n.coordinator or "—", s["small"]),
                ]
            )
        return [
            CondPageBreak(30 * mm),
            paragraph(self.t("case_notes"), s["h2"]),
            data_table(rows, [28 * mm, self.width - 78 * mm, 50 * mm]),
        ]

    def _disclosures(self, bundle: CaseFileBundle) -> list[Any]:
        """The disclosure log of the case: which version went to whom before this copy."""
        if not bundle.disclosures:
            return []
        s = self.s
        rows: list[list[Any]] = [[self.t("date"), self.t("version"), self.t("recipient"), "SHA-256"]]
        for when, version, recipient, digest in bundle.disclosures:
            rows.append(
                [when, version, paragraph(recipient, s["small"]), paragraph(digest[:16] + "…", s["mono"])]
            )
        return [
            CondPageBreak(30 * mm),
            paragraph(self.t("disclosures"), s["h2"]),
            data_table(rows, [28 * mm, 24 * mm, self.width - 97 * mm, 45 * mm]),
        ]

    def _signoff(self, last_review: str = "") -> list[Any]:
        s = self.s
        lines = [
            [paragraph(self.t("name"), s["h3"]), ""],
            [paragraph(self.t("date"), s["h3"]), ""],
            [paragraph(self.t("decision_line"), s["h3"]), ""],
            [paragraph(self.t("signature"), s["h3"]), ""],
        ]
        table = Table(
            lines, colWidths=[40 * mm, self.width - 40 * mm], rowHeights=[11 * mm, 11 * mm, 24 * mm, 18 * mm]
        )
        table.setStyle(
            TableStyle(
                [("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
            )
        )
        return [
            KeepTogether(
                [
                    paragraph(self.t("signoff"), s["h2"]),
                    *([paragraph(last_review, s["small"])] if last_review else []),
                    paragraph(self.t("signoff_text"), s["body"]),
                    Spacer(1, 3 * mm),
                    table,
                ]
            )
        ]


def _about_minors(bundle: CaseFileBundle) -> bool:
    """Whether any person in the bundle's case files is a minor (the cover note says so only then)."""
    return any(p.minor for f in bundle.files for p in f.persons if not p.removed)
