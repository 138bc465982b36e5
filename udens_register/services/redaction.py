"""Redaction by person, not by string, for the inzage (right of access) version of a case file.

The redactor knows every person of the case and removes every form of anyone's name but the
subject's: full names, first names, surnames with or without infix, inflected (*Daans*,
*Daan's*) and accent-folded (*Dáán*) forms, names joined by ``_ . -`` as in file names, student
numbers and the classes of others; handles (``@name``) are removed whoever they belong to. The
subject's own full name is never altered; a name part the subject shares with someone else is
removed as *[weggelaten]* where it stands alone. Pure Python: it works on plain descriptions of
persons, so it is tested without a database.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from dataclasses import field
from typing import Protocol

OMITTED = "[weggelaten]"
_SEPARATOR = r"[\s_.\-]+"
_HANDLE = re.compile(r"(?<![\w@])@[\w.]{2,}")
# Contact details of anyone but the subject: e-mail addresses and Dutch phone numbers
# (06-12345678, 0413 123456, +31 6 1234 5678), written with spaces, dashes or dots between digits.
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w+])(?:\+31|0031|0)(?:[\s.()-]{0,2}\d){9}(?![\d])")


@dataclass(frozen=True)
class Replacement:
    """One removal, at ``start:end`` of the redacted text: ``original`` became ``replacement``."""

    start: int
    end: int
    original: str
    replacement: str


@dataclass(frozen=True)
class Redacted:
    """A redacted text and what was replaced in it, for the coordinator's review."""

    text: str
    replacements: tuple[Replacement, ...] = ()


class NamedPerson(Protocol):
    """What identifies a person in text (a stored person or a person DTO)."""

    @property
    def id(self) -> int: ...
    @property
    def first_name(self) -> str: ...
    @property
    def infix(self) -> str: ...
    @property
    def last_name(self) -> str: ...
    @property
    def student_number(self) -> str | None: ...
    @property
    def class_name(self) -> str: ...


def fold(text: str) -> tuple[str, list[int]]:
    """``text`` without accents and case, with the index in ``text`` of every folded character."""
    out: list[str] = []
    index: list[int] = []
    for i, char in enumerate(text):
        for part in unicodedata.normalize("NFKD", char):
            if unicodedata.combining(part):
                continue
            for folded in part.casefold():
                out.append(folded)
                index.append(i)
    return "".join(out), index


def _pattern(words: str, *, inflected: bool) -> re.Pattern[str] | None:
    parts = [re.escape(p) for p in fold(words)[0].split() if p]
    if not parts or len("".join(parts)) < 2:
        return None
    suffix = r"(?:'?s)?" if inflected else ""
    return re.compile(rf"(?<![0-9a-z]){_SEPARATOR.join(parts)}{suffix}(?![0-9a-z])")


@dataclass
class Redactor:
    """Pseudonyms for everyone but ``subject``; :meth:`text` applies them to any text."""

    subject: NamedPerson | None = None
    labels: dict[int, str] = field(default_factory=dict)
    replaced: list[tuple[str, str]] = field(default_factory=list)
    reviewed: list[Redacted] = field(default_factory=list)
    _rules: list[tuple[int, re.Pattern[str], str | None]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.subject is not None:
            s = self.subject
            for words in (_full(s), f"{s.first_name} {s.last_name}"):
                pattern = _pattern(words, inflected=True)
                if pattern is not None:
                    self._rules.append((10_000 + len(pattern.pattern), pattern, None))  # kept as written

    def _subject_parts(self) -> set[str]:
        if self.subject is None:
            return set()
        s = self.subject
        return {
            fold(p)[0] for p in (s.first_name, s.last_name, f"{s.infix} {s.last_name}".strip()) if p.strip()
        }

    def add(self, person: NamedPerson, label: str) -> str:
        """Replace every form of ``person``'s name by ``label`` (``Leerling A``, ``Medewerker B``)."""
        if person.id in self.labels or (self.subject is not None and person.id == self.subject.id):
            return self.labels.get(person.id, "")
        self.labels[person.id] = label
        shared = self._subject_parts()
        forms = {
            _full(person),
            f"{person.first_name} {person.last_name}",
            f"{person.infix} {person.last_name}".strip(),
            person.last_name,
            person.first_name,
        }
        for words in forms:
            if not words.strip():
                continue
            pattern = _pattern(words, inflected=True)
            if pattern is None:
                continue
            alone = fold(words)[0] in shared  # the subject's name part too: not attributable
            self._rules.append((len(pattern.pattern), pattern, OMITTED if alone else label))
        for exact in (person.student_number or "", person.class_name):
            pattern = _pattern(exact, inflected=False) if exact and exact.strip() else None
            if pattern is not None and not (
                self.subject and fold(exact)[0] == fold(self.subject.class_name)[0]
            ):
                self._rules.append((len(pattern.pattern), pattern, OMITTED))
        self._rules.sort(key=lambda rule: rule[0], reverse=True)
        return label

    def withhold(self, words: str) -> None:
        """Remove ``words`` too, wherever they occur (the coordinator marked them in the review)."""
        pattern = _pattern(words, inflected=False)
        if pattern is not None:
            self._rules.insert(0, (20_000 + len(pattern.pattern), pattern, OMITTED))
            self._rules.sort(key=lambda rule: rule[0], reverse=True)

    def text(self, value: str) -> str:
        """``value`` with every other person's name, number and class, and every handle, removed."""
        if not value:
            return value
        folded, index = fold(value)
        taken = [False] * len(folded)
        spans: list[tuple[int, int, str | None]] = []
        own = {fold(str(getattr(self.subject, k, "") or ""))[0] for k in ("email", "phone")} - {""}
        own_digits = {"".join(ch for ch in x if ch.isdigit())[-9:] for x in own}
        # Contacts and handles first, whole: a name inside one (@daan_vdijk, daan.dijk@...) must
        # not leave the rest behind; the subject's own e-mail address and phone number stay.
        for pattern in (_EMAIL, _PHONE, _HANDLE):
            for match in pattern.finditer(folded):
                start, end = match.span()
                if any(taken[start:end]) or match.group(0) in own:
                    continue
                if (
                    pattern is _PHONE
                    and "".join(ch for ch in match.group(0) if ch.isdigit())[-9:] in own_digits
                ):
                    continue
                for i in range(start, end):
                    taken[i] = True
                spans.append((start, end, OMITTED))
        for _priority, pattern, replacement in self._rules:
            for match in pattern.finditer(folded):
                start, end = match.span()
                if any(taken[start:end]):
                    continue
                for i in range(start, end):
                    taken[i] = True
                spans.append((start, end, replacement))
        out: list[str] = []
        made: list[Replacement] = []
        cursor = 0
        length = 0
        for start, end, replacement in sorted(spans):
            begin, finish = index[start], index[end - 1] + 1
            if replacement is None:
                continue  # the subject's own name stays as written
            out.append(value[cursor:begin])
            length += begin - cursor
            out.append(replacement)
            made.append(Replacement(length, length + len(replacement), value[begin:finish], replacement))
            length += len(replacement)
            self.replaced.append((value[begin:finish], replacement))
            cursor = finish
        out.append(value[cursor:])
        result = Redacted("".join(out), tuple(made))
        if made and result not in self.reviewed:
            self.reviewed.append(result)
        return result.text

    def deep(self, value: object) -> object:
        """Redact strings inside nested lists and dicts."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.deep(v) for v in value]
        if isinstance(value, dict):
            return {k: self.deep(v) for k, v in value.items()}
        return value


def _full(person: NamedPerson) -> str:
    return " ".join(p.strip() for p in (person.first_name, person.infix, person.last_name) if p.strip())
