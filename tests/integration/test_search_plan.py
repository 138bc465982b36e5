"""A search page sorts only the hits' ids, rank and date, and builds whole incidents with their
open actions for the page's rows alone: a common word among 100,000 incidents ("mentor": 22,761
hits) made SQLite build every hit's row and count its open actions before the sort kept 50."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import event

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from udens_register.domain.enums import Category
from udens_register.domain.enums import Status
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import IncidentFilter
from udens_register.services.register import create_register
from udens_register.services.register import open_register


def test_the_search_sorts_ids_before_it_builds_rows(tmp_path: Path) -> None:
    folder = tmp_path / "R"
    create_register(folder, PASSPHRASE, "Zorg", kdf_seconds=FAST_KDF)
    with open_register(folder, PASSPHRASE) as register:
        made = [
            register.incidents.create(
                IncidentDraft(
                    title=("Mentor mentor " if i % 3 == 0 else "Gesprek met mentor ") + str(i),
                    category=Category.ONLINE_BULLYING,
                    reported_at=date(2026, 1, 1 + i),
                    status=Status.IN_PROGRESS if i % 2 else Status.OPEN,
                )
            )
            for i in range(12)
        ]
        statements: list[tuple[str, object]] = []

        def seen(_conn, _cursor, statement, parameters, *_args) -> None:  # type: ignore[no-untyped-def]
            if "MATCH" in statement and "count(actions.id)" in statement:
                statements.append((statement, parameters))

        event.listen(register.engine, "before_cursor_execute", seen)
        try:
            first = register.incidents.page(IncidentFilter(text="mentor"), limit=5)
            rest = register.incidents.page(IncidentFilter(text="mentor"), limit=5, after=first.next_key)
            open_only = register.incidents.page(IncidentFilter(text="mentor", status="open"), limit=50)
        finally:
            event.remove(register.engine, "before_cursor_execute", seen)
        # Best first (the titles with "mentor" twice), then newest; paging goes on where it stopped.
        ids = [r.id for r in first.rows + rest.rows]
        twice = [
            m.id
            for m in sorted(made, key=lambda m: m.reported_at, reverse=True)
            if "Mentor mentor" in m.title
        ]
        assert ids[:4] == twice and len(set(ids)) == 10
        assert {r.id for r in open_only.rows} == {m.id for m in made if m.status == Status.OPEN}

        sql, parameters = statements[0]
        with register.engine.connect() as conn:
            plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, parameters).all()  # type: ignore[arg-type]
    sorts = [parent for _id, parent, _n, detail in plan if "TEMP B-TREE FOR ORDER BY" in detail]
    counts = [parent for _id, parent, _n, detail in plan if "CORRELATED SCALAR SUBQUERY" in detail]
    assert sorts and all(parent != 0 for parent in sorts), f"the hits are sorted inside the page: {plan}"
    assert counts == [0], f"open actions are counted for the page's rows only: {plan}"
