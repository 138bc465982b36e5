"""Migration 0015: a SQLCipher register made at 0014, whose involvements hold their roles joined by
commas, comes to a JSON list read and written through one type, with the encrypted safety copy
first; the role filter, the export's shape and the way back (downgrade) are as before."""

from __future__ import annotations

import json
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select
from sqlalchemy.orm import Session

from udens_register.domain.enums import Role
from udens_register.domain.model import IncidentFilter
from udens_register.storage import migrate
from udens_register.storage import repositories as repo
from udens_register.storage.engine import make_engine
from udens_register.storage.models import Base
from udens_register.storage.models import Involvement
from udens_register.storage.search import include_object

KEY = bytes(range(32))
NOW = "'2026-03-16 09:00:00'"
# person id -> the roles as the earlier schema held them
OLD_ROLES = {1: "victim,reporter", 2: "author", 3: "sharer,witness"}


def _register_at_0014(db: Path) -> None:
    migrate.upgrade(db, KEY, target="0014", create=True)
    engine = make_engine(db, KEY)
    with engine.begin() as conn:
        sql = conn.exec_driver_sql
        sql(
            "INSERT INTO incidents (id, case_year, case_seq, case_number, reported_at, platform, category, title,"
            " description, status, closing_rationale, created_at, updated_at) VALUES (1, 2026, 1, '2026-0001',"
            f" '2026-03-13', '', 'threat_of_violence', 'Dreigbericht', '', 'in_progress', '', {NOW}, {NOW})"
        )
        for pid, roles in OLD_ROLES.items():
            sql(
                "INSERT INTO persons (id, kind, first_name, infix, last_name, class_name, created_at, updated_at)"
                f" VALUES ({pid}, 'pupil', 'Leerling{pid}', '', 'Kuipers', '3H2', {NOW}, {NOW})"
            )
            sql(
                "INSERT INTO involvements (incident_id, person_id, roles, created_at, removed_reason)"
                f" VALUES (1, {pid}, ?, {NOW}, '')",
                (roles,),
            )
    engine.dispose()


def test_comma_joined_roles_become_a_json_list_after_an_encrypted_safety_copy(tmp_path: Path) -> None:
    db = tmp_path / "register.db"
    _register_at_0014(db)
    copy = migrate.upgrade(db, KEY)
    assert copy is not None and migrate.current_revision(copy, KEY) == "0014", "safety copy first"
    assert not copy.read_bytes().startswith(b"SQLite format 3"), "the safety copy is encrypted"
    assert migrate.current_revision(db, KEY) == migrate.head_revision()
    engine = make_engine(db, KEY)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_object": include_object})
            assert compare_metadata(context, Base.metadata) == []
            stored = dict(conn.exec_driver_sql("SELECT person_id, roles FROM involvements").all())
        assert {pid: json.loads(text) for pid, text in stored.items()} == {
            pid: joined.split(",") for pid, joined in OLD_ROLES.items()
        }
        with Session(engine) as s:
            read = {v.person_id: v.roles for v in s.scalars(select(Involvement))}
            assert read == {1: ("victim", "reporter"), 2: ("author",), 3: ("sharer", "witness")}
            for role, expected in ((Role.SHARER, 1), (Role.WITNESS, 1), (Role.AUTHOR, 1), (Role.REPORTER, 1)):
                assert len(repo.incident_page(s, IncidentFilter(role=role), after=None, limit=10)) == expected
            # Written in any order, stored in the order of the roles.
            one = s.scalars(select(Involvement).where(Involvement.person_id == 2)).one()
            one.roles = ("witness", "author")
            s.commit()
        with engine.connect() as conn:
            text = conn.exec_driver_sql("SELECT roles FROM involvements WHERE person_id = 2").scalar_one()
        assert json.loads(text) == ["author", "witness"]
    finally:
        engine.dispose()


def test_downgrade_joins_the_roles_with_commas_again(tmp_path: Path) -> None:
    db = tmp_path / "register.db"
    _register_at_0014(db)
    migrate.upgrade(db, KEY)
    engine = make_engine(db, KEY, foreign_keys=False)
    try:
        with engine.connect() as conn, conn.begin():
            cfg = migrate._config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0014")
        with engine.connect() as conn:
            rows = dict(conn.exec_driver_sql("SELECT person_id, roles FROM involvements").all())
    finally:
        engine.dispose()
    assert rows == OLD_ROLES
