"""The import dialog's words: what a plan would do, why a file is refused, what was imported."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QTableWidgetItem

from udens_register.domain.model import display_name
from udens_register.services.import_columns import PARENT_FIELDS
from udens_register.services.import_columns import PUPIL_FIELDS
from udens_register.services.import_columns import Layout
from udens_register.services.import_columns import foreign
from udens_register.ui.errors import known_error_text
from udens_register.ui.i18n import fmt_date
from udens_register.ui.i18n import ui_lang
from udens_register.ui.i18n import words
from udens_register.ui.import_mapping import field_name
from udens_register.wording import change_words
from udens_register.wording import field_words
from udens_register.wording import problem_words

if TYPE_CHECKING:
    from datetime import date

PREVIEW_ROWS = 200
SHOWN = 20  # empty cells and missing pupils named one by one, before "and N more"


def _t(text: str) -> str:
    return QCoreApplication.translate("Persons", text)


def problem_text(code: str, values: dict[str, str]) -> str:
    """Plain words for a refused line of a list."""
    return problem_words(code, ui_lang(), values)


def num(count: int) -> str:
    """A count as the interface's language writes it (20.000 in Dutch)."""
    return QLocale().toString(count)


def counted(count: int, one: str, many: str) -> str:
    """``one`` for a count of one, else ``many`` with the count (``%1``) filled in."""
    return one if count == 1 else many.replace("%1", num(count))


def links_text(links: int) -> str:
    """The new links between parents and pupils, singular or plural."""
    return counted(links, _t("1 new link to a pupil"), _t("%1 new links to pupils"))


def _more(shown: list[str], total: int) -> str:
    text = ", ".join(shown)
    return text + (
        " " + _t("and %1 more").replace("%1", num(total - len(shown))) if total > len(shown) else ""
    )


def plan_lines(plan: Any, kind: str, found: Layout | None = None) -> list[str]:
    """What importing would do, a line per point: counts, columns not imported, mapped columns,
    empty cells kept, pupils missing from the list."""
    if kind == "parents":
        rows = counted(len(plan.rows), _t("1 parent row"), _t("%1 parent rows"))
        lines = [
            _t("%1: %2 new, %3 changed, %4 unchanged; %5. Nothing is imported until you press Import.")
            .replace("%1", rows).replace("%2", num(len(plan.new))).replace("%3", num(len(plan.changed)))
            .replace("%4", num(plan.unchanged)).replace("%5", links_text(plan.links))
        ]  # fmt: skip
    else:
        rows = counted(len(plan.rows), _t("1 pupil"), _t("%1 pupils"))
        lines = [
            _t("%1: %2 new, %3 changed, %4 unchanged. Nothing is imported until you press Import.")
            .replace("%1", rows).replace("%2", num(len(plan.new))).replace("%3", num(len(plan.changed)))
            .replace("%4", num(plan.unchanged))
        ]  # fmt: skip
    odd = foreign(plan.unused, PARENT_FIELDS if kind == "parents" else PUPIL_FIELDS)
    if odd and kind == "parents":
        lines.insert(0, _t("Note: the column %1 belongs to a pupil list. If this is a list of pupils, choose "
                           "Pupils at The file holds.").replace("%1", ", ".join(odd)))  # fmt: skip
    elif odd:
        lines.insert(0, _t("Note: the column %1 belongs to a list of parents. If this is a list of parents, "
                           "choose Parents at The file holds.").replace("%1", ", ".join(odd)))  # fmt: skip
    if len(plan.rows) > PREVIEW_ROWS:
        lines.append(_t("The table shows the first %1 rows.").replace("%1", str(PREVIEW_ROWS)))
    if found is not None:
        mapped = [
            f"{name.strip()} → {field_name(taken) if taken else _t('(not imported)')}"
            for name, taken, automatic in zip(found.header, found.taken, found.automatic, strict=True)
            if taken != automatic and name.strip()
        ]
        if mapped:
            lines.append(_t("Columns as chosen (Columns… to change): %1.").replace("%1", "; ".join(mapped)))
    if plan.unused:
        lines.append(_t("Columns not imported: %1.").replace("%1", ", ".join(plan.unused)))
    if plan.empty_kept:
        cells = [
            _t("line %1 %2").replace("%1", str(line)).replace("%2", field_words(key, ui_lang()))
            for line, key in plan.empty_kept[:SHOWN]
        ]
        lines.append(
            _t("Empty cells left as they are in the register: %1.").replace(
                "%1", _more(cells, len(plan.empty_kept))
            )
        )
    missing = list(getattr(plan, "missing", []))
    if missing:
        names = [
            f"{p.student_number} {display_name(p.first_name, p.infix, p.last_name)}".strip()
            + (f" ({p.class_name})" if p.class_name else "")
            for p in missing[:SHOWN]
        ]
        said = (
            _t("1 pupil of the register is not in this list: %2.")
            if len(missing) == 1
            else _t("%1 pupils of the register are not in this list: %2.").replace("%1", num(len(missing)))
        )
        lines.append(said.replace("%2", _more(names, len(missing))))
    return lines


def refusal_text(exc: BaseException) -> str:
    """Why the file is refused: one line for one reason, else a head line and a line per problem."""
    problems = getattr(exc, "problems", None)
    if problems is None:
        return known_error_text(exc) or _t("Something went wrong; nothing was changed.")
    reasons = [
        (_t("line %1: ").replace("%1", str(p.line)) if p.line else "") + problem_text(p.code, p.params())
        for p in problems
    ]
    total = int(getattr(exc, "total", len(problems)))
    if len(reasons) == 1 and total <= 1:
        return _t("The file is refused, nothing was imported: %1.").replace("%1", reasons[0])
    head = (
        _t("The file is refused: 1 line with errors. Nothing was imported.")
        if total == 1
        else _t("The file is refused: %1 lines with errors. Nothing was imported.").replace("%1", num(total))
    )
    return head + "\n" + "\n".join(reasons)


def done_text(result: Any, kind: str, left: date | None = None) -> str:
    """The status bar's line after an import."""
    if result is None:
        return ""
    if kind == "pupils" and left is not None and result.missing:
        return (
            _t("Pupils imported: %1 new, %2 updated, %3 marked as left (uitgeschreven) on %4.")
            .replace("%1", num(len(result.new)))
            .replace("%2", num(len(result.changed)))
            .replace("%3", num(len(result.missing)))
            .replace("%4", fmt_date(left))
        )
    if kind == "parents":
        return (
            _t("Parents imported: %1 new, %2 updated; %3.")
            .replace("%1", num(len(result.new)))
            .replace("%2", num(len(result.changed)))
            .replace("%3", links_text(result.links))
        )
    return (
        _t("Pupils imported: %1 new, %2 updated.")
        .replace("%1", num(len(result.new)))
        .replace("%2", num(len(result.changed)))
    )


def preview_headers(table: QTableWidget, kind: str) -> None:
    """The preview table's headers for a list of pupils or of parents."""
    parents = kind == "parents"
    table.setHorizontalHeaderLabels(
        [_t("Child (student number)") if parents else _t("Student number"), _t("Name"),
         _t("Relation") if parents else _t("Class"), _t("Phone, e-mail") if parents else _t("Date of birth"),
         _t("Change")]
    )  # fmt: skip


def change_text(plan: Any, row: Any, new: set[int], changed: dict[int, Any]) -> str:
    """What importing does to a row: new, the fields it changes (``klas 2B → 3B``), or nothing."""
    if row.line in new:
        return _t("new")
    diff = changed.get(row.line)
    return change_words(diff, ui_lang()) if diff else ""


def changes_by_line(plan: Any) -> dict[int, Any]:
    """The changes of a pupil plan (row, diff) or a parents plan (row, person, diff), by line."""
    return {entry[0].line: entry[-1] for entry in plan.changed}


def child_text(plan: Any, row: Any) -> str:
    """The pupil a parent row is about: the name, with the student number."""
    name, number = getattr(plan, "children", {}).get(row.line, ("", row.student_number))
    return f"{name} ({number})" if name else row.student_number


def fill_preview(table: QTableWidget, plan: Any, kind: str) -> None:
    """The first rows of the plan, each with what importing does to it (new, the fields changed, or
    nothing)."""
    changed = changes_by_line(plan)
    new = {row.line for row in plan.new}
    shown = plan.rows[:PREVIEW_ROWS]
    table.setRowCount(len(shown))
    for r, row in enumerate(shown):
        name = display_name(row.first_name, row.infix, row.last_name)
        change = change_text(plan, row, new, changed)
        if kind == "parents":
            first = child_text(plan, row)
            third = words("relation", row.relation) if row.relation else ""
            born = ", ".join(v for v in (row.phone, row.email) if v)
        else:
            first = row.student_number
            third, born = row.class_name, fmt_date(row.date_of_birth) if row.date_of_birth else ""
        for c, value in enumerate((first, name, third, born, change)):
            table.setItem(r, c, QTableWidgetItem(str(value)))
