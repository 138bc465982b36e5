"""One wording catalogue for everything a person reads outside Qt's widget strings.

Codes go up from the core (categories, roles, statuses, outcome fields, error codes); words come
from here for the desktop app, the PDFs and the command line alike, so they cannot differ.
The English words are the source (:mod:`udens_register.wording.source`); Dutch, the school's
language and the default, comes from a gettext catalogue in ``resources/locale`` (made with
Babel: ``python -m udens_register.wording.tool``). Standard library only at run time.
"""

from __future__ import annotations

import errno
import gettext
import os
from collections.abc import Mapping
from collections.abc import Sequence
from datetime import date
from datetime import datetime
from functools import cache

from udens_register.paths import resources_dir
from udens_register.wording.dates import fmt_date
from udens_register.wording.dates import fmt_datetime
from udens_register.wording.source import ENTRIES

DOMAIN = "udens_register"
LANGUAGES = ("nl", "en")


@cache
def _catalogue(lang: str) -> gettext.NullTranslations:
    """The translations for ``lang``; English is the source and needs none, Dutch is the default."""
    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, localedir=str(resources_dir() / "locale"), languages=["nl"])


def has_label(group: str, code: str) -> bool:
    """Whether the catalogue has words for ``code`` in ``group``."""
    return str(code) in ENTRIES.get(group, {})


def label(group: str, code: str, lang: str) -> str:
    """The words for ``code`` of ``group`` (category, role, status, outcome ...) in ``lang``.

    An unknown code comes back as it is, so a new code is visible rather than hidden.
    """
    english = ENTRIES.get(group, {}).get(str(code))
    if english is None:
        return str(code)
    return _catalogue(lang).pgettext(f"{group}.{code}", english)


def _fill(template: str, values: Mapping[str, object]) -> str:
    if not values:
        return template
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template


def text(key: str, lang: str, **values: object) -> str:
    """A text of the case-file and report PDFs, with ``values`` filled in."""
    return _fill(label("pdf", key, lang), values)


def message(code: str, lang: str, **values: object) -> str:
    """A command-line message (falling back to the general error), with ``values`` filled in."""
    group = "cli" if has_label("cli", code) else "error"
    if not has_label(group, code):
        group, code = "cli", "error"
    return _fill(label(group, code, lang), values)


def checks_words(checks: Sequence[str], objects: int, lang: str) -> str:
    """What ``verify`` checked, in words: its check codes, ``objects`` the stored files read back."""
    return ", ".join(_fill(label("verify_check", code, lang), {"count": objects}) for code in checks)


def verify_problem_words(code: str, values: Mapping[str, object], lang: str) -> str:
    """One problem that ``verify`` found, in words: ``code`` with the check's ``values``."""
    filled = dict(values)
    if code == "audit":
        filled["how"] = label("verify_audit", str(values.get("how", "")), lang)
    elif code == "evidence":
        filled["role"] = label("verify_object_role", str(values.get("role", "")), lang)
        problem = str(values.get("problem", ""))
        if problem.startswith("chunk "):
            filled["problem"] = _fill(
                label("verify_object_problem", "chunk", lang), {"n": problem.split()[1]}
            )
        else:
            filled["problem"] = label("verify_object_problem", problem, lang)
    return _fill(label("verify_problem", code, lang), filled)


def action_event_words(kind: str, detail: Mapping[str, object], lang: str) -> str:
    """Which action a follow-up action's timeline entry is about, with its due date (when made)
    or its new status (when updated); "" for other entries or when the entry names no action."""
    action = detail.get("kind")
    if kind not in ("action_created", "action_updated") or not action:
        return ""
    name = label("action", str(action), lang)
    due, status = detail.get("due"), detail.get("status")
    if kind == "action_created" and isinstance(due, str):
        try:
            day = fmt_date(date.fromisoformat(due))
        except ValueError:
            return name
        return _fill(label("event_detail", "action_due", lang), {"action": name, "date": day})
    if kind == "action_updated" and status:
        status_words = label("action_status", str(status), lang)
        return _fill(label("event_detail", "action_status", lang), {"action": name, "status": status_words})
    return name


_COUNTS = ("found", "limit")  # the values of a refusal that are counts (a student number is not)


def date_hint(lang: str, with_time: bool = False) -> str:
    """How a date (or a date and time) is typed, in the words of ``lang``: ``dd-mm-jjjj`` in Dutch."""
    return label("date_hint", "datetime" if with_time else "date", lang)


def fmt_count(value: object, lang: str) -> str:
    """A count with its thousands marked as ``lang`` writes them: 20.000 in Dutch, 20,000 in English."""
    text = str(value)
    if not text.isdigit():
        return text
    grouped = f"{int(text):,}"
    return grouped.replace(",", ".") if lang == "nl" else grouped


def problem_words(code: str, lang: str, values: Mapping[str, object]) -> str:
    """Why a line of an imported file is refused, with its ``values`` filled in."""
    filled = {k: fmt_count(v, lang) if k in _COUNTS else v for k, v in values.items()}
    return _fill(label("import_problem", code, lang), filled)


def language_from_env(environ: Mapping[str, str] | None = None) -> str:
    """``"en"`` when the locale asks for English, otherwise ``"nl"``."""
    env = os.environ if environ is None else environ
    for var in ("UDENS_REGISTER_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value and value not in ("C", "POSIX", "C.UTF-8"):
            return "en" if value.lower().startswith("en") else "nl"
    return "nl"


# Fields whose stored values are codes of a group in the catalogue.
_VALUE_GROUPS = {
    "category": "category",
    "roles": "role",
    "status": "status",
    "kind": "kind",
    "relation": "relation",
    "how": "outcome_value",
    "report_type": "outcome_value",
    "note_kind": "note_kind",
    "board_decision": "outcome_value",
    "decision": "outcome_value",
    **{
        f: "value"
        for f in (
            "q1",
            "q2",
            "q3",
            "q4",
            "q5",
            "reasonable_suspicion",
            "veilig_thuis",
            "confirmed",
            "removed",
        )
    },
}


def value_words(field: str, value: object, lang: str) -> str:
    """A stored value in words: codes named, ISO dates as dd-mm-jjjj, yes/no, free text as typed."""
    if isinstance(value, list | tuple):
        return ", ".join(value_words(field, v, lang) for v in value)
    if isinstance(value, bool):
        return label("value", "yes" if value else "no", lang)
    if value is None or value == "":
        return "—"
    raw = str(value)
    group = _VALUE_GROUPS.get(field)
    if group and has_label(group, raw):
        return label(group, raw, lang)
    try:
        return fmt_date(date.fromisoformat(raw))
    except ValueError:
        pass
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        return raw
    return fmt_datetime(moment)


def field_words(field: str, lang: str) -> str:
    """The name of a recorded field (a corrected field or an outcome field)."""
    for group in ("field", "outcome"):
        if has_label(group, field):
            return label(group, field, lang)
    return label("field", field, lang)


def change_lines(changes: Mapping[str, object], lang: str) -> list[str]:
    """A correction's changes as ``Field: old → new`` lines, in words."""
    lines = []
    for field, pair in changes.items():
        if isinstance(pair, list | tuple) and len(pair) == 2:
            old, new = value_words(field, pair[0], lang), value_words(field, pair[1], lang)
            lines.append(f"{_capital(field_words(field, lang))}: {old} → {new}")
    return lines


def change_words(changes: Mapping[str, Sequence[object]], lang: str) -> str:
    """What an import would change, on one line: ``klas 2B → 3B; e-mail — → a@b.nl``."""
    return "; ".join(
        f"{field_words(field, lang)} {value_words(field, old, lang)} → {value_words(field, new, lang)}"
        for field, (old, new) in changes.items()
    )


# The reason a ValidationError gives for text that breaks the text rule (udens_register.domain.text).
CONTROL_CHARACTER = "control_character"
# The reason for evidence whose message is dated after the moment it was captured (EvidenceMeta).
POSTED_AFTER_CAPTURE = "posted_after_capture"


def validation_words(field: str, reason: str, lang: str) -> str:
    """A refused field in words: its name, and why where the reason is a known code."""
    name = field_words(field, lang)
    if reason == CONTROL_CHARACTER:
        return message("control_character", lang, field=name)
    if reason == POSTED_AFTER_CAPTURE:
        return message(POSTED_AFTER_CAPTURE, lang)
    return message("check_field", lang, field=name, message=reason)


def _capital(text: str) -> str:
    return f"{text[:1].upper()}{text[1:]}"


def outcome_lines(outcome: Mapping[str, object], lang: str) -> list[str]:
    """An action's outcome as ``Label: value`` lines: field names and coded values in words,
    dates as dd-mm-jjjj, free text as typed. A question reads ``Question? answer`` and its
    reasoning (``<field>_reason``) follows it directly, so each answer stands with its why."""
    order = [f for f in outcome if not (f.endswith("_reason") and f[: -len("_reason")] in outcome)]
    lines = []
    for field in order:
        for key in (field, f"{field}_reason"):
            value = outcome.get(key)
            if value in (None, "", [], ()):
                continue
            name = _capital(label("outcome", key, lang))
            lines.append(f"{name}{' ' if name.endswith('?') else ': '}{value_words(key, value, lang)}")
    return lines


__all__ = [
    "LANGUAGES",
    "POSTED_AFTER_CAPTURE",
    "change_lines",
    "change_words",
    "date_hint",
    "field_words",
    "fmt_date",
    "fmt_datetime",
    "has_label",
    "label",
    "language_from_env",
    "message",
    "outcome_lines",
    "text",
    "validation_words",
    "value_words",
]


_FIXED_DETAILS = {english: code for code, english in ENTRIES["detail"].items()}


def readable_detail(exc: BaseException, detail: str, lang: str) -> str:
    """``detail`` in the words of ``lang``: a fixed detail of a known error from the catalogue,
    or the operating system's English reason replaced.

    The reason comes from the ``OSError`` that caused ``exc`` (by ``errno`` name); a detail that
    does not end in the system's text is returned as it is.
    """
    fixed = _FIXED_DETAILS.get(detail)
    if fixed is not None:
        return label("detail", fixed, lang)
    cause: BaseException | None = exc
    while cause is not None and not isinstance(cause, OSError):
        cause = cause.__cause__
    if not isinstance(cause, OSError) or not cause.strerror or not detail.endswith(cause.strerror):
        return detail
    name = errno.errorcode.get(cause.errno or 0, "unknown")
    reason = label("os_reason", name if has_label("os_reason", name) else "unknown", lang)
    return detail[: -len(cause.strerror)] + reason
