"""The detail pane: case summary, persons and roles, timeline; rendered from a DTO."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from udens_register.services.dto import ActionRow, DecisionRow, IncidentDetail
from udens_register.ui.actions import kind_text, outcome_text, status_text
from udens_register.ui.decision_wizard import decision_lines, route_text
from udens_register.ui.i18n import (
    category_label,
    event_label,
    fmt_date,
    fmt_datetime,
    kind_label,
    role_label,
    status_label,
)


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
        deviated = {x.item: x.reason for x in d.deviations}
        lines = decision_lines(d.decision, d.person_names)
        if not lines:
            parts.append(f"<li>{_e(_t('No action under rules 3-5.'))}</li>")
        for key, text in lines:
            if key in deviated:
                note = _t("deviated from: %1").replace("%1", deviated[key])
                parts.append(f"<li><s>{_e(text)}</s> — <b>{_e(note)}</b></li>")
            else:
                parts.append(f"<li>{_e(text)}</li>")
        for code in d.routes:
            title, _ = route_text(code)
            parts.append(f"<li><b>{_e(_t('Outside the protocol: %1').replace('%1', title))}</b></li>")
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
        who = f" — {_e(a.person_name)}" if a.person_name else ""
        due = _t("due %1").replace("%1", fmt_date(a.due_date))
        extra = outcome_text(a.outcome)
        if a.status_reason:
            extra = f"{extra}; {a.status_reason}" if extra else a.status_reason
        line = f"<li><b>{_e(kind_text(a.kind))}</b>{who}<br>{_e(a.responsible)} · {_e(due)} · {status}"
        if extra:
            line += f"<br><small>{_e(extra)}</small>"
        parts.append(line + "</li>")
    parts.append("</ul>")
    return parts


def incident_html(
    d: IncidentDetail, decisions: list[DecisionRow] | None = None, actions: list[ActionRow] | None = None
) -> str:
    """The case as HTML (every value escaped)."""
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
    parts = [f"<h2>{_e(d.case_number)} — {_e(d.title)}</h2>", "<table cellspacing='0' cellpadding='3'>"]
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
            parts.append(f"<li><b>{_e(p.name)}</b> ({_e(extra)}): {_e(roles)}</li>")
        parts.append("</ul>")
    else:
        parts.append(f"<p><i>{_e(_t('No persons recorded yet.'))}</i></p>")
    parts += _decisions_html(decisions or [])
    parts += _actions_html(actions or [])
    parts.append(f"<h3>{_e(_t('Timeline'))}</h3><table cellspacing='0' cellpadding='3'>")
    names = {inv.person.id: inv.person.name for inv in d.involvements}
    for ev in d.events:
        what = event_label(ev.kind)
        person = ev.detail.get("person_id")
        if person in names:
            roles = ", ".join(role_label(r) for r in ev.detail.get("roles", []))
            what = f"{what}: {names[person]}" + (f" ({roles})" if roles else "")
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
    ) -> None:
        """Render ``detail`` with its decisions and actions."""
        self.setHtml(incident_html(detail, decisions, actions))

    def show_nothing(self) -> None:
        """The empty state."""
        self.setHtml(f"<p style='color: gray'>{_e(_t('Select an incident to see its details.'))}</p>")
