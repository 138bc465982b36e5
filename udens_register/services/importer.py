"""Pupil import from the school administration's export (Magister, Somtoday, ParnasSys).

All or nothing: any bad row refuses the whole file, naming up to 20 lines and reasons, and
nothing is imported. Importing again updates pupils by student number (leading zeros ignored,
the first form seen kept) and never erases: a column the file lacks leaves that field as it is,
and an empty cell is reported rather than applied unless the coordinator says empty means
empty. Every changed value is a correction in the pupil's history, naming the file and the day.
Pupils of the register missing from the file are listed, to be marked as having left.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from datetime import date
from pathlib import Path

from sqlalchemy import insert

from udens_register.domain.enums import PersonKind
from udens_register.domain.errors import ValidationError
from udens_register.domain.events import EventKind
from udens_register.domain.text import check_text
from udens_register.services.clock import local_today
from udens_register.services.convert import person_row
from udens_register.services.convert import plain_value
from udens_register.services.dto import PersonRow
from udens_register.services.import_columns import PUPIL_FIELDS
from udens_register.services.import_columns import PUPIL_REQUIRED
from udens_register.services.import_columns import Columns
from udens_register.services.import_columns import Layout
from udens_register.services.import_columns import layout
from udens_register.services.import_columns import recognise
from udens_register.services.recording import CoordinatorService
from udens_register.services.tabular import MAX_BYTES
from udens_register.services.tabular import MAX_REPORTED
from udens_register.services.tabular import MAX_ROWS
from udens_register.services.tabular import Cell
from udens_register.services.tabular import Formula
from udens_register.services.tabular import ImportRefused
from udens_register.services.tabular import Problem
from udens_register.services.tabular import Table
from udens_register.services.tabular import problem
from udens_register.services.tabular import read_table
from udens_register.storage import repositories as repo
from udens_register.storage.models import Event
from udens_register.storage.models import Person
from udens_register.storage.ports import AbstractUnitOfWork
from udens_register.wording.dates import fmt_date

__all__ = ["MAX_BYTES", "MAX_REPORTED", "MAX_ROWS", "ImportOptions", "ImportPlan", "ImportRefused",
           "ListImporter", "Problem", "PupilImporter", "PupilRow", "number_key", "parse"]  # fmt: skip

_p = problem
LIMITS = {"first_name": 100, "infix": 30, "last_name": 100, "class_name": 30, "phone": 40, "email": 254}
_PHONE_CHARS = frozenset("0123456789+-() ./")
_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def number_key(number: str) -> str:
    """A student number as matched: ``1234`` and ``001234`` are the same pupil."""
    return number.strip().lstrip("0") or "0"


def parse_date(value: Cell) -> date | None:
    """A date cell, or text as dd-mm-jjjj, d-m-jjjj or jjjj-mm-dd (``/`` and ``.`` also); else None."""
    if isinstance(value, date):
        return value
    match = _DMY.fullmatch(value.strip())
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        match = _YMD.fullmatch(value.strip())
        if not match:
            return None
        year, month, day = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def text_of(value: Cell) -> str:
    """A cell as text (a date cell in a text field is written dd-mm-jjjj)."""
    return fmt_date(value) if isinstance(value, date) else value.strip()


def contact_problem(key: str, value: str) -> str | None:
    """The problem code of a phone number or e-mail address, or None when it is fine."""
    if key == "phone" and (not set(value) <= _PHONE_CHARS or sum(c.isdigit() for c in value) < 6):
        return "phone_invalid"
    if key == "email" and (value.count("@") != 1 or " " in value or "." not in value.split("@")[1]):
        return "email_invalid"
    return None


_NAMES = ("first_name", "infix", "last_name", "full_name")
_FORMULA = ("=", "+", "@", "\t")


def cell_values(
    table: Table, columns: Columns, line: int, record: tuple[Cell, ...], today: date
) -> tuple[dict[str, object], list[Problem]]:
    """The fields of one record (every used column, empty ones as ``""``/None) and its problems."""
    values: dict[str, object] = {}
    problems: list[Problem] = []
    if table.delimiter and len(record) > len(table.header):
        problems.append(_p(line, "field_count", found=len(record), expected=len(table.header)))
    for key, index in columns.index.items():
        raw: Cell = record[index] if index < len(record) else ""
        if isinstance(raw, Formula):  # no value to read: not an empty cell, a formula never calculated
            problems.append(_p(line, "formula_cell", column=table.header[index].strip()))
            continue
        if key == "date_of_birth":
            if isinstance(raw, str) and not raw.strip():
                values[key] = None
                continue
            born = parse_date(raw)
            if born is None:
                problems.append(_p(line, "date_invalid", value=text_of(raw)))
            elif born > today or born.year < 1900:
                problems.append(_p(line, "date_impossible", value=text_of(raw)))
            values[key] = born
            continue
        if key in _NAMES and isinstance(raw, date):  # a date cell where a name belongs
            problems.append(_p(line, "name_is_date", column=table.header[index].strip()))
            continue
        if key in _NAMES and isinstance(raw, str) and raw.lstrip(" ").startswith(_FORMULA):
            # a spreadsheet formula (CSV injection): it would run when the list is opened again
            problems.append(_p(line, "name_formula", column=table.header[index].strip()))
            continue
        value = text_of(raw)
        try:
            check_text(key, value, multiline=False)
        except ValidationError:
            problems.append(_p(line, "control_char", column=table.header[index].strip()))
            continue
        limit = LIMITS.get(key)
        if limit is not None and len(value) > limit:
            problems.append(_p(line, f"{key}_long" if key in ("class_name",) else "value_long",
                               column=table.header[index].strip(), limit=limit))  # fmt: skip
        elif key in ("phone", "email") and value:
            code = contact_problem(key, value)
            if code:
                problems.append(_p(line, code, value=value))
        values[key] = value
    return values, problems


@dataclass(frozen=True)
class ImportOptions:
    """How to read and apply a file: its name (for the history), the sheet, a column mapping and
    whether an empty cell clears the field."""

    filename: str = ""
    sheet: str | None = None
    mapping: Mapping[str, str] | None = None
    empty_clears: bool = False
    left_on: date | None = None  # mark the pupils missing from this (full) list as left on this day


@dataclass(frozen=True)
class PupilRow:
    """One valid row of the file; ``fields`` names the fields the file gives (to apply)."""

    line: int
    student_number: str
    first_name: str
    infix: str
    last_name: str
    class_name: str
    date_of_birth: date | None
    phone: str = ""
    email: str = ""
    fields: frozenset[str] = frozenset()

    def value(self, key: str) -> object:
        """The file's value of a field."""
        return getattr(self, key)


@dataclass
class ImportPlan:
    """What an import would do: new pupils, changed ones, unchanged ones, and what is left aside."""

    rows: list[PupilRow]
    new: list[PupilRow] = field(default_factory=list)
    changed: list[tuple[PupilRow, dict[str, tuple[object, object]]]] = field(default_factory=list)
    unchanged: int = 0
    encoding: str = ""
    delimiter: str = ""
    unused: tuple[str, ...] = ()  # headers of the columns not imported
    empty_kept: list[tuple[int, str]] = field(default_factory=list)  # (line, field) left as it was
    missing: list[PersonRow] = field(default_factory=list)  # pupils of the register not in the file
    sheet: str = ""
    sheets: tuple[str, ...] = ()
    header: tuple[str, ...] = ()


def parse(
    raw: bytes, today: date, options: ImportOptions | None = None
) -> tuple[list[PupilRow], Table, Columns]:
    """Rows of a pupil list; raises :class:`ImportRefused` naming lines and reasons."""
    options = options or ImportOptions()
    table = read_table(raw, options.filename, options.sheet)
    columns = recognise(table.header, PUPIL_FIELDS, PUPIL_REQUIRED, options.mapping)
    if columns.missing:
        names = {"student_number": "Stamnummer/Leerlingnummer", "first_name": "Roepnaam/Voornaam",
                 "last_name": "Achternaam"}  # fmt: skip
        raise ImportRefused(
            [_p(table.header_line, "missing_column", column=names[m]) for m in columns.missing]
        )
    problems: list[Problem] = []
    rows: list[PupilRow] = []
    seen: dict[str, int] = {}
    for line, record in table.rows:
        values, row_problems = cell_values(table, columns, line, record, today)
        number = str(values.get("student_number", ""))
        if not number:
            row_problems.append(_p(line, "number_empty"))
        elif len(number) > 30:
            row_problems.append(_p(line, "number_long"))
        elif number_key(number) in seen:
            row_problems.append(_p(line, "number_repeated", number=number, other=seen[number_key(number)]))
        else:
            seen[number_key(number)] = line
        if "last_name" in values and not values["last_name"]:
            row_problems.append(_p(line, "last_empty"))
        if "first_name" in values and not values["first_name"]:
            row_problems.append(_p(line, "first_empty"))
        if row_problems:
            problems.extend(row_problems)
            continue
        present = frozenset(k for k in values if k != "student_number")
        rows.append(
            PupilRow(
                line, number,
                str(values.get("first_name", "")), str(values.get("infix", "")), str(values.get("last_name", "")),
                str(values.get("class_name", "")), values.get("date_of_birth"),  # type: ignore[arg-type]
                str(values.get("phone", "")), str(values.get("email", "")), present,
            )
        )  # fmt: skip
    if problems:
        bad_lines = len({p.line for p in problems})
        raise ImportRefused(problems[:MAX_REPORTED], bad_lines)
    if not rows:
        raise ImportRefused([_p(table.header_line, "no_pupils")])
    return rows, table, columns


def _empty(value: object) -> bool:
    return value is None or value == ""


def safe_name(filename: str) -> str:
    """A file's name as the history keeps it: without control or direction characters."""
    try:
        check_text("file", filename, multiline=False)
    except ValidationError:
        return "".join(ch for ch in filename if ch.isprintable())
    return filename


def import_reason(filename: str, day: date) -> str:
    """The reason a changed value carries in the person's history (in the school's language)."""
    where = f" ({filename})" if filename else ""
    return f"bijgewerkt uit import van {fmt_date(day)}{where}"


class ListImporter(CoordinatorService):
    """What the pupil and the parent import share: the file checks, the register and its clock,
    and reading a file's header against the list's own ``FIELDS`` and ``REQUIRED``."""

    FIELDS: tuple[str, ...]
    REQUIRED: tuple[str, ...]

    def layout(self, raw: bytes, options: ImportOptions | None = None) -> Layout:
        """The file's header and the field each column is taken as (reads the header only)."""
        options = options or ImportOptions()
        return layout(raw, options.filename, options.sheet, self.FIELDS, self.REQUIRED, options.mapping)

    @staticmethod
    def read(path: Path) -> bytes:
        """The file's bytes (a clear error if it cannot be read); its size is checked first, so a
        file far too large to be a pupil list is never read."""
        try:
            if path.stat().st_size > MAX_BYTES:
                raise ImportRefused([_p(0, "too_large")])
            return path.read_bytes()
        except OSError as exc:
            raise ImportRefused([_p(0, "unreadable", file=path.name)]) from exc


class PupilImporter(ListImporter):
    """Plan and apply an import in one transaction."""

    FIELDS: tuple[str, ...] = PUPIL_FIELDS
    REQUIRED: tuple[str, ...] = PUPIL_REQUIRED

    def plan(self, raw: bytes, options: ImportOptions | None = None) -> ImportPlan:
        """Parse and compare with the register; changes nothing (the preview)."""
        options = options or ImportOptions()
        rows, table, columns = parse(raw, local_today(self._clock), options)
        plan = ImportPlan(
            rows=rows, encoding=table.source, delimiter=table.delimiter, unused=columns.unused,
            sheet=table.sheet, sheets=table.sheets, header=table.header,
        )  # fmt: skip
        with self._uow() as uow:
            existing: dict[str, Person] = {}
            for number, known in sorted(uow.persons.pupils_by_number().items(), key=lambda x: x[1].id):
                existing.setdefault(number_key(number), known)
            in_file = set()
            for row in rows:
                person = existing.get(number_key(row.student_number))
                in_file.add(number_key(row.student_number))
                if person is None:
                    plan.new.append(row)
                    continue
                if person.kind != PersonKind.PUPIL.value:
                    raise ImportRefused([_p(row.line, "non_pupil", number=row.student_number)])
                diff: dict[str, tuple[object, object]] = {}
                for key in sorted(row.fields):
                    old, new = getattr(person, key), row.value(key)
                    if old == new or (_empty(old) and _empty(new)):
                        continue
                    if _empty(new) and not options.empty_clears:
                        plan.empty_kept.append((row.line, key))
                        continue
                    diff[key] = (old, new)
                if person.left_on is not None:
                    diff["left_on"] = (person.left_on, None)  # on the school's list again
                if diff:
                    plan.changed.append((row, diff))
                else:
                    plan.unchanged += 1
            plan.missing = [
                person_row(p)
                for key, p in sorted(existing.items(), key=lambda x: x[1].id)
                if key not in in_file and p.kind == PersonKind.PUPIL.value and p.left_on is None
            ]
        return plan

    def apply(self, raw: bytes, options: ImportOptions | None = None) -> ImportPlan:
        """Import all rows, or nothing; with ``options.left_on`` the pupils missing from the list
        are marked as left in the same transaction."""
        options = options or ImportOptions()
        if options.left_on is not None and options.left_on > local_today(self._clock):
            raise ValidationError("left_on", "in the future")
        plan = self.plan(raw, options)
        now = self._clock()
        filename = safe_name(options.filename)
        reason = import_reason(filename, local_today(self._clock))
        with self._uow() as uow:
            s = uow.session
            if plan.new:
                s.execute(
                    insert(Person),
                    [
                        {
                            "kind": PersonKind.PUPIL.value,
                            "first_name": r.first_name,
                            "infix": r.infix,
                            "last_name": r.last_name,
                            "student_number": r.student_number,
                            "class_name": r.class_name,
                            "date_of_birth": r.date_of_birth,
                            "phone": r.phone,
                            "email": r.email,
                            "created_at": now,
                            "updated_at": now,
                        }
                        for r in plan.new
                    ],
                )
            existing = {number_key(n): p for n, p in repo.pupils_by_number(s).items()}
            corrections = []
            for row, diff in plan.changed:
                person = existing[number_key(row.student_number)]
                for key, (_old, new) in diff.items():
                    setattr(person, key, new)
                person.updated_at = now
                changes = {k: [plain_value(old), plain_value(new)] for k, (old, new) in diff.items()}
                corrections.append({
                    "at": now, "kind": "corrected", "coordinator_id": self._coordinator_id, "incident_id": None,
                    "detail": {"entity": "person", "person_id": person.id, "changes": changes, "reason": reason,
                               "import": filename},
                })  # fmt: skip
            if corrections:
                # One statement for thousands of corrections (their values passed the text rule when
                # read); the audit trail gets the import's one entry below, as before.
                s.execute(insert(Event), corrections)
            if plan.new or plan.changed:
                uow.events.add(
                    self._event(
                        EventKind.PERSONS_IMPORTED,
                        detail={
                            "new": len(plan.new),
                            "updated": len(plan.changed),
                            "unchanged": plan.unchanged,
                        },
                    )
                )
            if options.left_on is not None and plan.missing:
                self._mark_left(uow, [p.id for p in plan.missing], options.left_on, filename)
            uow.commit()
        return plan

    def mark_left(self, person_ids: list[int], day: date, filename: str = "") -> int:
        """Mark pupils as having left the school (uitgeschreven) on ``day``: their retention term
        starts then. Recorded as a correction in each pupil's history; returns how many changed."""
        if day > local_today(self._clock):
            raise ValidationError("left_on", "in the future")
        with self._uow() as uow:
            changed = self._mark_left(uow, person_ids, day, filename)
            uow.commit()
        return changed

    def _mark_left(self, uow: AbstractUnitOfWork, person_ids: list[int], day: date, filename: str) -> int:
        now = self._clock()
        reason = f"uitgeschreven: niet in de import van {fmt_date(local_today(self._clock))}" + (
            f" ({filename})" if filename else ""
        )
        changed = 0
        for person_id in person_ids:
            person = uow.persons.get(person_id)
            if person is None or person.kind != PersonKind.PUPIL.value:
                raise ValidationError("person", f"no pupil {person_id}")
            if person.left_on == day:
                continue
            uow.events.add(
                self._event(
                    EventKind.CORRECTED,
                    detail={
                        "entity": "person",
                        "person_id": person.id,
                        "changes": {"left_on": [plain_value(person.left_on), plain_value(day)]},
                        "reason": reason,
                    },
                )
            )
            person.left_on = day
            person.updated_at = now
            changed += 1
        return changed
