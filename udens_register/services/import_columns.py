"""Which column of an administration's list is which field: header synonyms and a saved mapping.

Headers are compared without case, accents, spaces or punctuation (``Geb. datum`` is
``gebdatum``, ``E-mail`` is ``email``), against the names Dutch schools' systems use and their
English equivalents. A column that is not used is named, never silently dropped, so a typo such
as ``Klass`` shows. When the needed columns are not recognised, a mapping (header name → field,
header names only: no personal data) chosen by the coordinator decides, and can be kept for next
time in the settings.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from udens_register.services.tabular import read_table
from udens_register.wording.dates import fmt_date

PUPIL_FIELDS = (
    "student_number", "first_name", "infix", "last_name", "class_name", "date_of_birth", "phone", "email",
)  # fmt: skip
PUPIL_REQUIRED = ("student_number", "first_name", "last_name")
PARENT_FIELDS = (
    "student_number",
    "first_name",
    "infix",
    "last_name",
    "full_name",
    "relation",
    "phone",
    "email",
)
PARENT_REQUIRED = ("student_number", "last_name")

SYNONYMS: dict[str, tuple[str, ...]] = {
    "student_number": (
        "stamnummer", "stamnr", "leerlingnummer", "leerlingnr", "llnr", "nummer", "studentnumber",
        "studentno", "studentid", "pupilnumber", "pupilid", "stamnummerleerling", "leerlingstamnummer",
    ),
    "first_name": ("roepnaam", "voornaam", "firstname", "givenname", "callname", "preferredname"),
    "infix": (
        "tussenvoegsel", "tussenvoegsels", "tussenv", "voorvoegsel", "voorvoegsels", "infix", "prefix",
        "nameprefix",
    ),
    "last_name": ("achternaam", "lastname", "surname", "familyname"),
    "class_name": ("klas", "klasnaam", "stamgroep", "stamklas", "groep", "class", "classname", "group"),
    "date_of_birth": ("geboortedatum", "gebdatum", "geboren", "dateofbirth", "birthdate", "dob", "birthday"),
    "email": ("email", "emailadres", "emailaddress", "emailschool", "mail"),
    "phone": (
        "telefoon", "telefoonnummer", "telnr", "tel", "mobiel", "mobielnummer", "mobiel nummer", "gsm",
        "phone", "phonenumber", "telephone", "mobile", "mobilephone",
    ),
    "relation": ("relatie", "relatietype", "soortrelatie", "relation", "relationship"),
    # one column with the whole name (a parents list): split into first name, infix and last name
    "full_name": (
        "naam", "volledigenaam", "naamouder", "naamverzorger", "naamouderverzorger", "naamvanouder",
        "naamvanverzorger", "ouderverzorgernaam", "oudernaam", "verzorgernaam", "fullname", "name",
        "parentname", "guardianname", "parentguardianname",
    ),
}  # fmt: skip
# The name fields a column with the whole name gives.
WHOLE_NAME = ("first_name", "infix", "last_name")


def norm(header: str) -> str:
    """A header without case, accents, spaces or punctuation."""
    folded = unicodedata.normalize("NFKD", header.strip().strip('"').lower())
    return "".join(ch for ch in folded if ch.isalnum())


_KNOWN = {norm(alias): key for key, aliases in SYNONYMS.items() for alias in aliases}


@dataclass(frozen=True)
class Columns:
    """The field each used column holds, and the headers of the columns left unused."""

    index: Mapping[str, int]
    unused: tuple[str, ...]
    missing: tuple[str, ...]

    def __contains__(self, key: object) -> bool:
        return key in self.index


def recognise(
    header: Sequence[str],
    fields: Sequence[str],
    required: Sequence[str],
    mapping: Mapping[str, str] | None = None,
) -> Columns:
    """Which column holds which of ``fields``; ``mapping`` (header → field or ``""``) goes first.

    The first column recognised as a field wins; a second one for the same field is unused and
    so named. ``missing`` lists required fields no column holds.
    """
    chosen = {norm(h): f for h, f in (mapping or {}).items()}
    index: dict[str, int] = {}
    unused: list[str] = []
    for position, name in enumerate(header):
        key = norm(name)
        if not key:
            continue
        field = chosen[key] if key in chosen else _KNOWN.get(key, "")
        if field in fields and field not in index:
            index[field] = position
        else:
            unused.append(name.strip())
    if "full_name" in index and any(f in index for f in WHOLE_NAME):
        unused.append(header[index.pop("full_name")].strip())  # separate name columns go first
    return Columns(index, tuple(unused), lacking(index, required))


def lacking(chosen: Sequence[str] | Mapping[str, int], required: Sequence[str]) -> tuple[str, ...]:
    """The required fields no column gives (a column with the whole name gives the name fields)."""
    given = set(chosen) | (set(WHOLE_NAME) if "full_name" in chosen else set())
    return tuple(f for f in required if f not in given)


@dataclass(frozen=True)
class Layout:
    """A list's header as read, and the field each column is taken as (for the column-mapping step)."""

    header: tuple[str, ...]
    taken: tuple[str, ...]  # per column: the field it is read as, ``""`` when not imported
    missing: tuple[str, ...]  # required fields no column holds
    automatic: tuple[str, ...]  # per column: the field by the synonyms alone, without a mapping
    sheet: str = ""
    sheets: tuple[str, ...] = ()
    example: tuple[str, ...] = ()  # per column: its value in the first row (shown, never kept)


def layout(
    raw: bytes,
    filename: str,
    sheet: str | None,
    fields: Sequence[str],
    required: Sequence[str],
    mapping: Mapping[str, str] | None = None,
) -> Layout:
    """Which field each column of the file's header is taken as; only the header and the first
    row are read."""
    table = read_table(raw, filename, sheet, head_only=True)
    first = table.rows[0][1] if table.rows else ()
    example = tuple(_text(first[i]) if i < len(first) else "" for i in range(len(table.header)))

    def per_column(columns: Columns) -> tuple[str, ...]:
        by_position = {position: f for f, position in columns.index.items()}
        return tuple(by_position.get(i, "") for i in range(len(table.header)))

    with_mapping = recognise(table.header, fields, required, mapping)
    alone = recognise(table.header, fields, required)
    return Layout(
        tuple(table.header), per_column(with_mapping), with_mapping.missing, per_column(alone),
        table.sheet, table.sheets, example,
    )  # fmt: skip


def _text(cell: object) -> str:
    return fmt_date(cell) if isinstance(cell, date) else str(cell).strip()


_DATA = re.compile(r"\d{3,}|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|[^@\s]+@[^@\s]+\.[^@\s]+|\+?[\d ()-]{8,}")


def looks_like_data(header: Sequence[str]) -> bool:
    """Whether a "header" is a row of data (a student number, a date or an e-mail address in it):
    a file without its header line. Such cells are never kept as a mapping (they may be personal)."""
    return any(_DATA.fullmatch(str(cell).strip()) for cell in header)


def rememberable(name: str) -> bool:
    """Whether a header name may be kept in the settings: short and holding nothing like data."""
    return 0 < len(name.strip()) <= 60 and not looks_like_data([name]) and not re.search(r"\d{3}|@", name)


def foreign(headers: Sequence[str], fields: Sequence[str]) -> tuple[str, ...]:
    """The headers that name a field of the other kind of list (``Relatie`` in a pupil list, ``Klas``
    in a parents list): the file was probably chosen as the wrong kind."""
    return tuple(h for h in headers if _KNOWN.get(norm(h), "") not in ("", "full_name", *fields))
