"""The detail pane: case summary, persons and roles, timeline; rendered from a DTO."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser
from PySide6.QtWidgets import QWidget

from udens_register.services.chronology import chronology
from udens_register.services.dto import ActionRow
from udens_register.services.dto import CommunicationRow
from udens_register.services.dto import DecisionRow
from udens_register.services.dto import EvidenceRow
from udens_register.services.dto import IncidentDetail
from udens_register.services.dto import MeasureRow
from udens_register.services.dto import NoteRow
from udens_register.services.dto import ReviewRow
from udens_register.ui.actions import kind_text
from udens_register.ui.actions import outcome_text
from udens_register.ui.actions import status_text
from udens_register.ui.actions import urgency_text
from udens_register.ui.case_edit import measure_label
from udens_register.ui.i18n import category_label
from udens_register.ui.i18n import event_label
from udens_register.ui.i18n import fmt_date
from udens_register.ui.i18n import fmt_datetime
from udens_register.ui.i18n import kind_label
from udens_register.ui.i18n import role_label
from udens_register.ui.i18n import status_label
from udens_register.ui.i18n import ui_lang
from udens_register.ui.i18n import words
from udens_register.ui.review import reviews_html
from udens_register.wording import action_event_words
from udens_register.wording import change_lines
from udens_register.wording.decisions import deviation_words
from udens_register.wording.decisions import line_words
from udens_register.wording.decisions import route_title


def _t(text: str) -> str:
    return QCoreApplication.translate("DetailPane", text)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _decisions_html(decisions: list[DecisionRow]) -> list[str]:
    parts = [f"<h3>{_e(_t('Protocol decisions'))}</h3>"]
    if not decisions:
        parts.append(f"<p><i>{_e(_t('No decision recorded yet (Ctrl+D).'))}</i></p>")
    for d in decisions:
        head = (
            _t("Decision of %1 by %2")
            .replace("%1", fmt_datetime(d.created_at))
            .replace("%2", d.coordinator or "—")
        )
        parts.append(f"<p><b>{_e(head)}</b><br><small>{_e(d.protocol_version)}</small></p><ul>")
        if not d.view.lines:
            parts.append(f"<li>{_e(_t('No action under rules 3-5.'))}</li>")
        lang = ui_lang()
        for line in d.view.lines:
            text = line_words(line, lang)
            if line.deviation is not None:
                note = deviation_words(line.deviation, lang)
                parts.append(f"<li><s>{_e(text)}</s> — <b>{_e(note)}</b></li>")
            else:
                parts.append(f"<li>{_e(text)}</li>")
        for route in d.view.routes:
            parts.append(f"<li><b>{_e(route_title(route, lang))}</b></li>")
        parts.append("</ul>")
    return parts


def _actions_html(actions: list[ActionRow]) -> list[str]:
    if not actions:
        return []
    parts = [f"<h3>{_e(_t('Follow-up actions'))}</h3><ul>"]
    for a in actions:
        status = status_text(a.status)
        if a.overdue:
            status = f"<span style='color:#b00020'><b>{_e(status)} — {_e(_t('overdue'))}</b></span>"
        else:
            status = _e(status)
        subject = a.person_name or a.description
        who = f" — {_e(subject)}" if subject else ""
        due = _t("due %1").replace("%1", fmt_date(a.due_date))
        extra = outcome_text(a.outcome)
        if a.status_reason:
            extra = f"{extra}; {a.status_reason}" if extra else a.status_reason
        urgency = urgency_text(a)
        if urgency:
            who = f" <span style='color:#b00020'><b>— {_e(urgency)}</b></span>{who}"
        line = f"<li><b>{_e(kind_text(a.kind))}</b>{who}<br>{_e(a.responsible)} · {_e(due)} · {status}"
        if extra:
            line += f"<br><small>{_e(extra)}</small>"
        parts.append(line + "</li>")
    parts.append("</ul>")
    return parts


def _evidence_html(evidence: list[EvidenceRow]) -> list[str]:
    if not evidence:
        return []
    parts = [f"<h3>{_e(_t('Evidence'))}</h3><ul>"]
    for ev in evidence:
        if ev.kind == "description":
            line = _e(_t("Description: %1").replace("%1", ev.meta.description))
        else:
            line = f"{_e(ev.filename)} <small>SHA-256 {_e(ev.sha256)}</small>"
        extra = ", ".join(
            x
            for x in (
                ev.meta.platform,
                ev.meta.profile,
                ev.meta.post_url,
                _t("posted %1").replace("%1", fmt_datetime(ev.meta.posted_at)) if ev.meta.posted_at else "",
                _t("captured %1").replace("%1", fmt_datetime(ev.meta.captured_at))
                if ev.meta.captured_at
                else "",
            )
            if x
        )
        if extra:
            line += f"<br><small>{_e(extra)}</small>"
        if ev.removed_at:
            line = f"<s>{line}</s> — {_e(_t('removed: %1').replace('%1', ev.removed_reason))}"
        parts.append(f"<li>{line}</li>")
    parts.append("</ul>")
    return parts


def _measures_html(measures: list[MeasureRow], communications: list[CommunicationRow]) -> list[str]:
    if not measures and not communications:
        return []
    parts = [f"<h3>{_e(_t('Measures and communication'))}</h3><ul>"]
    for m in measures:
        who = f" — {_e(m.person_name)}" if m.person_name else ""
        note = f": {_e(m.note)}" if m.note else ""
        parts.append(f"<li>{_e(fmt_date(m.taken_on))} {_e(measure_label(m.kind))}{who}{note}</li>")
    for c in communications:
        what = f": {_e(c.what)}" if c.what else ""
        parts.append(
            f"<li>{_e(fmt_date(c.informed_on))} {_e(_t('Informed: %1').replace('%1', c.informed))}{what}</li>"
        )
    parts.append("</ul>")
    return parts


def _note_html(n: NoteRow) -> str:
    """A case note as a timeline row: when, what kind, with whom, what, by whom."""
    head = words("note_kind", n.kind) + (f" — {n.with_whom}" if n.with_whom else "")
    body = _e(n.text).replace(chr(10), "<br>")
    line = f"<b>{_e(head)}</b>: {body}"
    if n.removed_at is not None:
        line = f"<s>{line}</s> — {_e(_t('removed: %1').replace('%1', n.removed_reason))}"
    who = f" <span style='color: gray'>— {_e(n.coordinator)}</span>" if n.coordinator else ""
    return f"<tr><td>{_e(fmt_datetime(n.at))}</td><td>{line}{who}</td></tr>"


def _change_text(detail: dict[str, object]) -> str:
    changes = detail.get("changes")
    if not isinstance(changes, dict):
        return ""
    reason = detail.get("reason")
    text = "; ".join(change_lines(changes, ui_lang()))
    if reason:
        text += " — " + _t("reason: %1").replace("%1", str(reason))
    return text


def incident_html(
    d: IncidentDetail,
    decisions: list[DecisionRow] | None = None,
    actions: list[ActionRow] | None = None,
    evidence: list[EvidenceRow] | None = None,
    measures: list[MeasureRow] | None = None,
    communications: list[CommunicationRow] | None = None,
    notes: list[NoteRow] | None = None,
    reviews: tuple[ReviewRow, ...] = (),
    awaiting_review: bool = False,
    images_stored: int = 0,
) -> str:
    """The case as HTML (every value escaped); notes stand in the timeline at their own moment.
    ``images_stored``: files a case flagged as sexual images of a minor still holds (red, on top)."""
    rows = [
        (_t("Case"), d.case_number),
        (_t("Status"), status_label(d.status)),
        (_t("Category"), category_label(d.category)),
        (_t("Platform"), d.platform or "—"),
        (_t("Reported on"), fmt_date(d.reported_at)),
        (_t("Happened on"), fmt_date(d.occurred_at) or "—"),
    ]
    if d.closed_at:
        rows.append((_t("Closed on"), fmt_datetime(d.closed_at)))
    parts = [f"<h2>{_e(d.case_number)} — {_e(d.title)}</h2>"]
    if images_stored:
        notice = QCoreApplication.translate(
            "DetailPane",
            "This case concerns sexual images of a minor, yet %n file(s) of it are still stored. Keeping "
            "them is itself an offence: destroy them for good on the Evidence tab.",
            "",
            images_stored,
        )
        parts.append(
            "<table width='100%' cellpadding='8' style='background-color:#fdecea; border: 1px solid #b00020'>"
            f"<tr><td style='color:#b00020'><b>{_e(notice)}</b> "
            f"<a href='#evidence'>{_e(_t('Open the Evidence tab'))}</a></td></tr></table>"
        )
    parts.append("<table cellspacing='0' cellpadding='3'>")
    parts += [f"<tr><td><b>{_e(k)}</b></td><td>{_e(v)}</td></tr>" for k, v in rows]
    parts.append("</table>")
    if d.description:
        parts.append(f"<h3>{_e(_t('Description'))}</h3><p>{_e(d.description).replace(chr(10), '<br>')}</p>")
    if d.closing_rationale:
        parts.append(f"<h3>{_e(_t('Closing rationale'))}</h3><p>{_e(d.closing_rationale)}</p>")
    parts.append(f"<h3>{_e(_t('Persons and roles'))}</h3>")
    if d.involvements:
        parts.append("<ul>")
        for inv in d.involvements:
            p = inv.person
            extra = ", ".join(x for x in (kind_label(p.kind), p.class_name) if x)
            roles = ", ".join(role_label(r) for r in inv.roles)
            line = f"<b>{_e(p.name)}</b> ({_e(extra)}): {_e(roles)}"
            if inv.removed:
                line = f"<s>{line}</s> — {_e(_t('removed: %1').replace('%1', inv.removed_reason))}"
            parts.append(f"<li>{line}</li>")
        parts.append("</ul>")
    else:
        parts.append(f"<p><i>{_e(_t('No persons recorded yet.'))}</i></p>")
    if d.sexual_images_minor and not images_stored:  # with files still stored it would not be true
        parts.append(
            f"<p style='color:#8a1c1c'><b>{_e(_t('Sexual images of a minor: no images are kept, only descriptions.'))}</b></p>"
        )
    if d.legal_hold:
        parts.append(f"<p><b>{_e(_t('Legal hold: kept while a police case is pending.'))}</b></p>")
    if d.manager_consulted:
        consulted = _t("Manager consulted (guideline 8): %1").replace("%1", d.manager_consulted)
        if d.manager_consulted_on:
            consulted += f", {fmt_date(d.manager_consulted_on)}"
        parts.append(f"<p>{_e(consulted)}</p>")
    parts += _evidence_html(evidence or [])
    parts += _measures_html(measures or [], communications or [])
    parts += _decisions_html(decisions or [])
    if reviews or awaiting_review:
        parts += reviews_html(reviews, awaiting_review)
    parts += _actions_html(actions or [])
    parts.append(f"<h3>{_e(_t('Timeline'))}</h3><table cellspacing='0' cellpadding='3'>")
    names = {inv.person.id: inv.person.name for inv in d.involvements}
    for ev in chronology(d.events, notes or []):
        if isinstance(ev, NoteRow):
            parts.append(_note_html(ev))
            continue
        what = event_label(ev.kind)
        person = ev.detail.get("person_id")
        if person in names:
            roles = ", ".join(role_label(r) for r in ev.detail.get("roles", []))
            what = f"{what}: {names[person]}" + (f" ({roles})" if roles else "")
        if action := action_event_words(ev.kind, ev.detail, ui_lang()):
            what = f"{what}: {action}"
        if ev.kind == "corrected":
            what = f"{what}: {_change_text(ev.detail)}"
        if ev.kind in ("person_removed", "evidence_removed", "note_removed") and ev.detail.get("reason"):
            what = f"{what} — {_t('reason: %1').replace('%1', str(ev.detail['reason']))}"
        if ev.kind == "review_recorded" and ev.detail.get("reviewer"):
            what = f"{what}: {ev.detail['reviewer']} ({ev.detail.get('role', '')})"
        if ev.kind == "case_exported" and ev.detail.get("recipient"):
            what = f"{what} ({ev.detail.get('audience', '')}) → {ev.detail['recipient']}"
        if ev.kind == "status_changed":
            what = f"{what}: {status_label(str(ev.detail.get('from', '')))} → {status_label(str(ev.detail.get('to', '')))}"
        who = f" <span style='color: gray'>— {_e(ev.coordinator)}</span>" if ev.coordinator else ""
        parts.append(f"<tr><td>{_e(fmt_datetime(ev.at))}</td><td>{_e(what)}{who}</td></tr>")
    parts.append("</table>")
    return "".join(parts)


class DetailPane(QTextBrowser):
    """Read-only view of the selected case."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAccessibleName(_t("Case details"))
        self.show_nothing()

    def show_incident(
        self,
        detail: IncidentDetail,
        decisions: list[DecisionRow] | None = None,
        actions: list[ActionRow] | None = None,
        evidence: list[EvidenceRow] | None = None,
        measures: list[MeasureRow] | None = None,
        communications: list[CommunicationRow] | None = None,
        notes: list[NoteRow] | None = None,
        reviews: tuple[ReviewRow, ...] = (),
        awaiting_review: bool = False,
        images_stored: int = 0,
    ) -> None:
        """Render ``detail`` with everything recorded about it."""
        self.setHtml(
            incident_html(
                detail,
                decisions,
                actions,
                evidence,
                measures,
                communications,
                notes,
                reviews,
                awaiting_review,
                images_stored,
            )
        )

    def show_nothing(self) -> None:
        """The empty state."""
        self.setHtml(f"<p style='color: gray'>{_e(_t('Select an incident to see its details.'))}</p>")
