"""The services written against repositories stay so: none of them reaches for the unit of work's
ORM session or imports SQLAlchemy, so their logic keeps running on the in-memory fakes.

The others still use the session where their work is SQL itself or not yet converted: the
period report's aggregates (casefile), the purge's deletions (retention), the bulk pupil
import, keys and register setup, evidence upkeep, export and the register import."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import udens_register.services

ON_REPOSITORIES = (
    "cases",
    "decisions",
    "drafts",
    "evidence",
    "family",
    "images_past",
    "incidents",
    "notes",
    "parent_import",
    "persons",
    "reviews",
    "signing",
)


@pytest.mark.parametrize("name", ON_REPOSITORIES)
def test_the_service_speaks_to_repositories_not_to_the_session(name: str) -> None:
    source = Path(udens_register.services.__file__).with_name(f"{name}.py")
    tree = ast.parse(source.read_text(encoding="utf-8"))
    sessions = [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Attribute) and n.attr == "session"]
    assert sessions == [], f"{name}.py uses uow.session on lines {sessions}"
    imported = [
        n.module
        for n in ast.walk(tree)
        if isinstance(n, ast.ImportFrom) and n.module and n.module.split(".")[0] == "sqlalchemy"
    ]
    assert imported == [], f"{name}.py imports {imported}"
