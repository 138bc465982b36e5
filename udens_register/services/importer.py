"""Pupil import from the school administration's CSV export (Magister, Somtoday, ParnasSys).

All or nothing: any bad row refuses the whole file, naming up to 20 lines and reasons, and
nothing is imported. Importing again updates pupils by student number and creates no
duplicates; an unchanged file changes nothing. The delimiter (``;`` or ``,``) is found by
:class:`csv.Sniffer`; the encoding is UTF-8 (with or without BOM) or Windows-1252.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field
from datetime import date
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from udens_register.domain.enums import PersonKind
from udens_register.domain.errors import RegisterError
from udens_register.services.clock import Clock
from udens_register.services.clock import local_today
from udens_register.storage import repositories as repo
from udens_register.storage.models import Person
from udens_register.storage.uow import UnitOfWorkFactory

MAX_REPORTED = 20
MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 20_000  # a large school has a few thousand pupils; more is not a pupil list

HEADERS: dict[str, tuple[str, ...]] = {
    "student_number": ("stamnummer", "leerlingnummer", "student number", "studentnumber", "student_number",
                       "pupil number", "student id"),
    "first_name": ("roepnaam", "voornaam", "first name", "firstname", "first_name", "given name"),
    "infix": ("tussenvoegsel", "tussenvoegsels", "infix", "prefix", "name prefix"),
    "last_name": ("achternaam", "last name", "lastname", "last_name", "surname", "family name"),
    "class_name": ("klas", "class", "group", "stamgroep"),
    "date_of_birth": ("geboortedatum", "date of birth", "birth date", "birthdate", "date_of_birth", "dob"),
}  # fmt: skip
REQUIRED = ("student_number", "last_name", "first_name")


@dataclass(frozen=True)
class Problem:
    """Why a line is refused: a ``code`` the UI and CLI turn into words, with ``values``."""

    line: int
    code: str
    values: tuple[tuple[str, str], ...] = ()

    def params(self) -> dict[str, str]:
        """The values as a dict for formatting."""
        return dict(self.values)


def _p(line: int, code: str, **values: object) -> Problem:
    return Problem(line, code, tuple((k, str(v)) for k, v in values.items()))


class ImportRefused(RegisterError):
    """The file is refused as a whole; ``problems`` lists the first 20, ``total`` counts all."""

    code = "import_refused"

    def __init__(self, problems: list[Problem], total: int | None = None) -> None:
        super().__init__(f"{total or len(problems)} problem(s)")
        self.problems = problems
        self.total = total if total is not None else len(problems)


@dataclass(frozen=True)
class PupilRow:
    """One valid row of the file."""

    line: int
    student_number: str
    first_name: str
    infix: str
    last_name: str
    class_name: str
    date_of_birth: date | None


@dataclass
class ImportPlan:
    """What an import would do: new pupils, changed pupils, unchanged ones."""

    rows: list[PupilRow]
    new: list[PupilRow] = field(default_factory=list)
    changed: list[tuple[PupilRow, dict[str, tuple[object, object]]]] = field(default_factory=list)
    unchanged: int = 0
    encoding: str = ""
    delimiter: str = ""


def _decode(raw: bytes) -> tuple[str, str]:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8"), "utf-8-sig"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="strict"), "windows-1252"


def _norm(header: str) -> str:
    return " ".join(header.strip().strip('"').replace("_", " ").lower().split())


def _records(reader: Any) -> Iterator[tuple[int, list[str]]]:
    """(line, record) pairs; a quote left open is refused with the line it starts on."""
    start = 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise ImportRefused([_p(start, "bad_quote")]) from exc
        yield reader.line_num, record
        start = reader.line_num + 1


def parse(raw: bytes, today: date) -> tuple[list[PupilRow], str, str]:
    """Rows of a pupil CSV; raises :class:`ImportRefused` naming lines and reasons."""
    if len(raw) > MAX_BYTES:
        raise ImportRefused([_p(0, "too_large")])
    if b"\x00" in raw:  # UTF-16, a spreadsheet or another binary file, not a CSV export
        raise ImportRefused([_p(0, "encoding")])
    try:
        textdata, encoding = _decode(raw)
    except UnicodeDecodeError:
        raise ImportRefused([_p(0, "encoding")]) from None
    lines = textdata.splitlines()
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise ImportRefused([_p(1, "empty_file")])
    try:
        delimiter = csv.Sniffer().sniff(lines[first], delimiters=";,").delimiter
    except csv.Error:
        delimiter = ";" if lines[first].count(";") >= lines[first].count(",") else ","
    # strict: an unterminated quote is an error at its line, not one endless field
    reader = csv.reader(io.StringIO(textdata, newline=""), delimiter=delimiter, strict=True)
    header: list[str] | None = None
    columns: dict[str, int] = {}
    problems: list[Problem] = []
    rows: list[PupilRow] = []
    seen: dict[str, int] = {}
    for line, record in _records(reader):
        if not any(cell.strip() for cell in record):
            continue
        if len(rows) >= MAX_ROWS:
            raise ImportRefused([_p(line, "too_many_rows", limit=str(MAX_ROWS))])
        if header is None:
            header = record
            known = {alias: key for key, aliases in HEADERS.items() for alias in aliases}
            for index, name in enumerate(record):
                key = known.get(_norm(name))
                if key and key not in columns:
                    columns[key] = index
            missing = [k for k in REQUIRED if k not in columns]
            if missing:
                names = {"student_number": "Stamnummer/Leerlingnummer", "first_name": "Roepnaam/Voornaam",
                         "last_name": "Achternaam"}  # fmt: skip
                raise ImportRefused([_p(line, "missing_column", column=names[m]) for m in missing])
            continue

        def cell(key: str, rec: list[str] = record) -> str:
            index = columns.get(key)
            return rec[index].strip() if index is not None and index < len(rec) else ""

        row_problems: list[Problem] = []
        if len(record) > len(header):
            row_problems.append(_p(line, "field_count", found=len(record), expected=len(header)))
        number = cell("student_number")
        if not number:
            row_problems.append(_p(line, "number_empty"))
        elif len(number) > 30:
            row_problems.append(_p(line, "number_long"))
        elif number in seen:
            row_problems.append(_p(line, "number_repeated", number=number, other=seen[number]))
        else:
            seen[number] = line
        first_name, last_name = cell("first_name"), cell("last_name")
        if not last_name:
            row_problems.append(_p(line, "last_empty"))
        if not first_name:
            row_problems.append(_p(line, "first_empty"))
        if len(first_name) > 100 or len(last_name) > 100:
            row_problems.append(_p(line, "name_long"))
        birth: date | None = None
        raw_birth = cell("date_of_birth")
        if raw_birth:
            try:
                birth = datetime.strptime(raw_birth, "%d-%m-%Y").date()
            except ValueError:
                row_problems.append(_p(line, "date_invalid", value=raw_birth))
            else:
                if birth > today or birth.year < 1900:
                    row_problems.append(_p(line, "date_impossible", value=raw_birth))
        if len(cell("class_name")) > 30:
            row_problems.append(_p(line, "class_long"))
        if row_problems:
            problems.extend(row_problems)
            continue
        rows.append(PupilRow(line, number, first_name, cell("infix"), last_name, cell("class_name"), birth))
    if header is None:
        raise ImportRefused([_p(1, "empty_file")])
    if problems:
        bad_lines = len({p.line for p in problems})
        raise ImportRefused(problems[:MAX_REPORTED], bad_lines)
    if not rows:
        raise ImportRefused([_p(first + 1, "no_pupils")])
    return rows, encoding, delimiter


_FIELDS = ("first_name", "infix", "last_name", "class_name", "date_of_birth")


class PupilImporter:
    """Plan and apply an import in one transaction."""

    def __init__(self, uow: UnitOfWorkFactory, coordinator_id: int | None, clock: Clock) -> None:
        self._uow = uow
        self._coordinator_id = coordinator_id
        self._clock = clock

    def plan(self, raw: bytes) -> ImportPlan:
        """Parse and compare with the register; changes nothing (the preview)."""
        rows, encoding, delimiter = parse(raw, local_today(self._clock))
        plan = ImportPlan(rows=rows, encoding=encoding, delimiter=delimiter)
        with self._uow() as uow:
            existing = repo.pupils_by_number(uow.session)
            for row in rows:
                person = existing.get(row.student_number)
                if person is None:
                    plan.new.append(row)
                    continue
                if person.kind != PersonKind.PUPIL.value:
                    raise ImportRefused([_p(row.line, "non_pupil", number=row.student_number)])
                diff = {
                    f: (getattr(person, f), getattr(row, f))
                    for f in _FIELDS
                    if getattr(person, f) != getattr(row, f)
                }
                if diff:
                    plan.changed.append((row, diff))
                else:
                    plan.unchanged += 1
        return plan

    def apply(self, raw: bytes) -> ImportPlan:
        """Import all rows, or nothing."""
        plan = self.plan(raw)
        now = self._clock()
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
                            "created_at": now,
                            "updated_at": now,
                        }
                        for r in plan.new
                    ],
                )
            for row, diff in plan.changed:
                person = repo.person_by_student_number(s, row.student_number)
                assert person is not None
                for f in diff:
                    setattr(person, f, getattr(row, f))
                person.updated_at = now
            if plan.new or plan.changed:
                repo.add_event(
                    s,
                    "persons_imported",
                    coordinator_id=self._coordinator_id,
                    detail={"new": len(plan.new), "updated": len(plan.changed), "unchanged": plan.unchanged},
                ).at = now
            uow.commit()
        return plan

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
