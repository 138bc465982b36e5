"""Which column of an administration's list is which field: header synonyms and a saved mapping.

Headers are compared without case, accents, spaces or punctuation (``Geb. datum`` is
``gebdatum``, ``E-mail`` is ``email``), against the names Dutch schools' systems use and their
English equivalents. A column that is not used is named, never silently dropped, so a typo such
as ``Klass`` shows. When the needed columns are not recognised, a mapping (header name → field,
header names only: no personal data) chosen by the coordinator decides, and can be kept for next
time in the settings.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass

PUPIL_FIELDS = (
    "student_number", "first_name", "infix", "last_name", "class_name", "date_of_birth", "phone", "email",
)  # fmt: skip
PUPIL_REQUIRED = ("student_number", "first_name", "last_name")
PARENT_FIELDS = ("student_number", "first_name", "infix", "last_name", "relation", "phone", "email")
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
}  # fmt: skip


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
    return Columns(index, tuple(unused), tuple(f for f in required if f not in index))
