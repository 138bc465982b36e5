"""Every text written to the register passes the one text rule (:mod:`udens_register.domain.text`):
checked at the last moment before a flush, so no form, import or service can forget it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON
from sqlalchemy import String
from sqlalchemy import Text
from sqlalchemy import event
from sqlalchemy import inspect
from sqlalchemy.orm import Session
from sqlalchemy.orm import sessionmaker

from udens_register.domain.text import check_text

# Columns that hold what the program writes itself (hashes, chained audit values, codes).
_SYSTEM_TABLES = frozenset({"audit_log", "alembic_version"})


def _walk(field: str, value: Any) -> None:
    if isinstance(value, str):
        check_text(field, value, multiline=True)
    elif isinstance(value, dict):
        for key, item in value.items():
            _walk(str(key) if field.endswith("detail") else field, item)
    elif isinstance(value, list | tuple):
        for item in value:
            _walk(field, item)


def _check(session: Session, _context: Any, _instances: Any) -> None:
    new = set(session.new)
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        mapper = state.mapper
        if mapper.local_table.name in _SYSTEM_TABLES:
            continue
        for attr in mapper.column_attrs:
            if obj not in new and not state.attrs[attr.key].history.has_changes():
                continue  # only what is written now; older text is not held to a newer rule
            column_type = attr.columns[0].type
            value = getattr(obj, attr.key)
            if value is None:
                continue
            if isinstance(column_type, JSON):
                _walk(attr.key, value)
            elif isinstance(value, str) and isinstance(column_type, String):
                check_text(attr.key, value, multiline=isinstance(column_type, Text))


def install(factory: sessionmaker[Session]) -> None:
    """Check the text of every object a session of ``factory`` flushes."""
    event.listen(factory, "before_flush", _check)
