"""Full-text search inside the encrypted database: an FTS5 table kept current on every flush.

One row per incident (rowid = incident id) with its case number, title, description, notes
(closing rationale, measures, communications, case notes, evidence descriptions and metadata) and the
names, student numbers and classes of the persons involved. A session ``after_flush`` hook
re-indexes every incident the flush touched, so no use case can forget to.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import event
from sqlalchemy import select
from sqlalchemy import text
from sqlalchemy.orm import Session
from sqlalchemy.orm import sessionmaker

from udens_register.domain.model import display_name
from udens_register.domain.text import MATCH_END
from udens_register.domain.text import MATCH_START
from udens_register.storage.models import CaseNote
from udens_register.storage.models import Communication
from udens_register.storage.models import Evidence
from udens_register.storage.models import Incident
from udens_register.storage.models import Involvement
from udens_register.storage.models import Measure
from udens_register.storage.models import Person

SEARCH_TABLE = "incident_search"
CREATE_SQL = (
    f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5("
    "case_number, title, description, notes, persons, tokenize = 'unicode61 remove_diacritics 2')"
)
# Marks around the matching words of a snippet: control characters, which no stored text can
# hold (the text rule refuses them), so a mark is never confused with what was written.
_TOKEN = re.compile(r"\w+", re.UNICODE)


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Alembic filter: the FTS5 table and its shadow tables are not ORM tables."""
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLE))


def _name(p: Person) -> str:
    return display_name(p.first_name, p.infix, p.last_name)


def document(session: Session, incident_id: int) -> tuple[str, str, str, str, str] | None:
    """The searchable text of one incident, or ``None`` if it no longer exists."""
    incident = session.get(Incident, incident_id)
    if incident is None:
        return None
    persons = session.scalars(
        select(Person)
        .join(Involvement, Involvement.person_id == Person.id)
        .where(Involvement.incident_id == incident_id, Involvement.removed_at.is_(None))
    ).all()
    notes: list[str] = [incident.closing_rationale, incident.platform, incident.manager_consulted]
    notes += session.scalars(select(Measure.note).where(Measure.incident_id == incident_id)).all()
    for informed, what in session.execute(
        select(Communication.informed, Communication.what).where(Communication.incident_id == incident_id)
    ):
        notes += [informed, what]
    for with_whom, note in session.execute(
        select(CaseNote.with_whom, CaseNote.text).where(
            CaseNote.incident_id == incident_id, CaseNote.removed_at.is_(None)
        )
    ):
        notes += [with_whom, note]
    for row in session.execute(
        select(Evidence.description, Evidence.filename, Evidence.profile, Evidence.post_url).where(
            Evidence.incident_id == incident_id, Evidence.removed_at.is_(None)
        )
    ):
        notes += [x for x in row if x]
    people = " ".join(
        " ".join(x for x in (_name(p), p.student_number or "", p.class_name) if x) for p in persons
    )
    return (
        incident.case_number,
        incident.title,
        incident.description,
        "\n".join(n for n in notes if n),
        people,
    )


def reindex(session: Session, incident_ids: Iterable[int]) -> None:
    """Bring the search rows of ``incident_ids`` up to date (inside the current transaction)."""
    conn = session.connection()
    for incident_id in sorted(set(incident_ids)):
        conn.execute(text(f"DELETE FROM {SEARCH_TABLE} WHERE rowid = :id"), {"id": incident_id})
        doc = document(session, incident_id)
        if doc is None:
            continue
        conn.execute(
            text(
                f"INSERT INTO {SEARCH_TABLE} (rowid, case_number, title, description, notes, persons) "
                "VALUES (:id, :c, :t, :d, :n, :p)"
            ),
            {"id": incident_id, "c": doc[0], "t": doc[1], "d": doc[2], "n": doc[3], "p": doc[4]},
        )


def _touched(session: Session) -> set[int]:
    ids: set[int] = set()
    person_ids: set[int] = set()
    dirty = set(session.dirty)  # a property that builds a new list on every use: once, not per object
    for obj in (*session.new, *dirty, *session.deleted):
        if isinstance(obj, Incident) and obj.id is not None:
            ids.add(obj.id)
        elif (
            isinstance(obj, Involvement | Evidence | Measure | Communication | CaseNote)
            and obj.incident_id is not None
        ):
            ids.add(obj.incident_id)
        elif isinstance(obj, Person) and obj.id is not None and obj in dirty:
            person_ids.add(obj.id)
    if person_ids:
        ids.update(
            session.scalars(
                select(Involvement.incident_id).where(Involvement.person_id.in_(person_ids))
            ).all()
        )
    return ids


def install(factory: sessionmaker[Session]) -> None:
    """Keep the search table current for every session ``factory`` makes."""

    @event.listens_for(factory, "after_flush")
    def _after_flush(session: Session, _context: Any) -> None:
        ids = session.info.setdefault("search_dirty", set())
        ids.update(_touched(session))

    @event.listens_for(factory, "before_commit")
    def _before_commit(session: Session) -> None:
        ids = session.info.pop("search_dirty", set())
        if session.new or session.dirty or session.deleted:
            session.flush()
            ids |= session.info.pop("search_dirty", set())
        if ids:
            reindex(session, ids)

    @event.listens_for(factory, "after_rollback")
    def _after_rollback(session: Session) -> None:
        session.info.pop("search_dirty", None)


def match_query(user_text: str) -> str:
    """An FTS5 query for what a person typed: every word must occur, the last as a prefix.

    A term like ``2026-0004`` becomes the phrase ``"2026 0004"``; quotes and operators typed by
    the user are treated as plain text, so no input is a syntax error.
    """
    terms = []
    words = user_text.split()
    for index, word in enumerate(words):
        tokens = _TOKEN.findall(word)
        if not tokens:
            continue
        phrase = " ".join(tokens)
        last = index == len(words) - 1
        terms.append(f'"{phrase}"*' if last else f'"{phrase}"')
    return " ".join(terms)


SNIPPET_WORDS = 10


@lru_cache(maxsize=4096)
def _base(char: str) -> str:
    """A character without its accent (é → e), or itself."""
    decomposed = unicodedata.normalize("NFKD", char)
    return decomposed[0] if decomposed and not unicodedata.combining(decomposed[0]) else char


def _fold(text: str) -> str:
    """Text as the index compares it (case and accents folded, as ``remove_diacritics 2``),
    character for character, so a position in the folded text is one in the original."""
    low = text.lower()
    if low.isascii():
        return low
    return low.translate({ord(c): _base(c) for c in set(low) if ord(c) > 127})


def _terms(user_text: str) -> list[tuple[str, bool]]:
    """The words :func:`match_query` searches for, folded, each with whether it is a prefix."""
    words = user_text.split()
    terms: list[tuple[str, bool]] = []
    for index, word in enumerate(words):
        tokens = _TOKEN.findall(word)
        for position, token in enumerate(tokens):
            prefix = index == len(words) - 1 and position == len(tokens) - 1
            terms.append((_fold(token), prefix))
    return terms


def _pattern(terms: list[tuple[str, bool]]) -> re.Pattern[str]:
    """One expression for every term: a whole word, or a word's start for the prefix term."""
    parts = [re.escape(term) + (r"\w*" if prefix else r"(?!\w)") for term, prefix in terms]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")")


def _hits(
    text: str, folded: str, terms: list[tuple[str, bool]], pattern: re.Pattern[str]
) -> list[tuple[int, int]]:
    """The spans of the words of ``text`` (``folded``: the same, folded) that match a term."""
    if len(folded) == len(text):  # folding kept every position: one search over the text
        return [(m.start(), m.end()) for m in pattern.finditer(folded)]
    found = []
    for match in _TOKEN.finditer(text):
        word = _fold(match.group())
        if any(word == term or (prefix and word.startswith(term)) for term, prefix in terms):
            found.append((match.start(), match.end()))
    return found


def highlight(columns: Sequence[str], user_text: str, words: int = SNIPPET_WORDS) -> str:
    """The words around the first match in the column with the most matches, the matching words
    between :data:`MATCH_START` and :data:`MATCH_END`, "…" where the text goes on (as FTS5's
    ``snippet()`` would mark them)."""
    terms = _terms(user_text)
    return _highlight(columns, terms, _pattern(terms), words) if terms else ""


def _highlight(
    columns: Sequence[str],
    terms: list[tuple[str, bool]],
    pattern: re.Pattern[str],
    words: int = SNIPPET_WORDS,
) -> str:
    best, best_hits = "", list[tuple[int, int]]()
    for column in columns:
        if not column:
            continue
        folded = _fold(column)
        if not any(term in folded for term, _ in terms):
            continue  # cheap: no term occurs anywhere in this column
        hits = _hits(column, folded, terms, pattern)
        if len(hits) > len(best_hits):
            best, best_hits = column, hits
    if not best_hits:
        return ""
    tokens = list(_TOKEN.finditer(best))
    first = next((i for i, t in enumerate(tokens) if t.start() == best_hits[0][0]), 0)
    start = max(0, min(first - 2, len(tokens) - words))
    window = tokens[start : start + words]
    marked = {begin for begin, _ in best_hits}
    out, cursor = [], window[0].start()
    for token in window:
        out.append(best[cursor : token.start()])
        word = token.group()
        out.append(f"{MATCH_START}{word}{MATCH_END}" if token.start() in marked else word)
        cursor = token.end()
    shown = " ".join("".join(out).split())
    if start > 0:
        shown = "…" + shown
    if start + words < len(tokens):
        shown += "…"
    return shown


def snippets(session: Session, user_text: str, incident_ids: Sequence[int]) -> dict[int, str]:
    """For each of ``incident_ids`` (one page of hits), the words around what matched.

    The rows are read by rowid, which costs a millisecond for a page; FTS5's own ``snippet()``
    with a MATCH restricted to these rowids re-runs the match per row (half a second for a
    common word in 100,000 incidents), so the marking is done here, the way the index folds words.
    """
    terms = _terms(user_text)
    if not incident_ids or not terms:
        return {}
    pattern = _pattern(terms)
    ids = ",".join(str(int(i)) for i in incident_ids)
    rows = session.execute(
        text(
            f"SELECT rowid, title, description, notes, persons, case_number FROM {SEARCH_TABLE} "
            f"WHERE rowid IN ({ids})"
        )
    )
    return {int(row[0]): _highlight([str(x or "") for x in row[1:]], terms, pattern) for row in rows}
