"""Migration 0005: a register with first-edition decisions ("p12" person ids, text columns) comes to
JSON columns and register ids, with the safety copy first and nothing lost."""

from __future__ import annotations

import json
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select
from sqlalchemy.orm import Session

from udens_register.domain.decisions import ActionKind
from udens_register.domain.decisions import Ground
from udens_register.domain.decisions import ParentMode
from udens_register.domain.decisions import Route
from udens_register.services.decision_view import Deviation
from udens_register.services.decision_view import LineKey
from udens_register.services.decisions import decision_row
from udens_register.storage import migrate
from udens_register.storage.engine import make_engine
from udens_register.storage.models import Action
from udens_register.storage.models import Base
from udens_register.storage.models import DecisionRecord
from udens_register.storage.models import Event
from udens_register.storage.search import include_object

KEY = bytes(range(32))
NOW = "'2026-03-16 09:00:00'"
REASON = "Ouders zijn al door de mentor geïnformeerd; dubbel contact schaadt de leerling."

OLD_FACTS = {
    "persons": [
        {"id": "p1", "kind": "pupil", "roles": ["author"], "age": 15},
        {"id": "p2", "kind": "pupil", "roles": ["victim"], "age": 18},
    ],
    "protocol_violation": True,
    "threat_of_violence": ["physical"],
    "sexual_intimidation": False,
    "accusation_of_sexual_intimidation": False,
    "immediate_danger": True,
}
OLD_OUTCOME = {
    "violation": True,
    "parents": [{"person": "p1", "mode": "inform"}, {"person": "p2", "mode": "consent"}],
    "police": {"involve": True, "grounds": ["4a"], "urgent": True},
    "victim_guidance": ["p2"],
    "rules": ["3", "4", "5"],
}


def _old_register(db: Path) -> None:
    """A register at 0003 holding one decision as the first edition stored it."""
    migrate.upgrade(db, KEY, target="0003", create=True)
    engine = make_engine(db, KEY)
    with engine.begin() as conn:
        sql = conn.exec_driver_sql
        sql(
            "INSERT INTO incidents (id, case_year, case_seq, case_number, reported_at, platform, category, title,"
            " description, status, closing_rationale, created_at, updated_at) VALUES (1, 2026, 1, '2026-0001',"
            f" '2026-03-13', '', 'threat_of_violence', 'Dreigbericht', '', 'in_progress', '', {NOW}, {NOW})"
        )
        for pid, first in ((1, "Bram"), (2, "Iris")):
            sql(
                "INSERT INTO persons (id, kind, first_name, infix, last_name, class_name, created_at, updated_at)"
                f" VALUES ({pid}, 'pupil', '{first}', '', 'Kuipers', '3H2', {NOW}, {NOW})"
            )
        sql(
            "INSERT INTO decisions (id, incident_id, created_at, protocol_version, facts, outcome, deviations,"
            " routes, person_map) VALUES (1, 1, " + NOW + ", 'Social Media Protocol', ?, ?, ?, ?, ?)",
            (
                json.dumps(OLD_FACTS),
                json.dumps(OLD_OUTCOME),
                json.dumps([{"item": "parents:p1", "reason": REASON}]),
                json.dumps({"routes": ["meldcode"], "signals": {"domestic_violence": True}}),
                json.dumps({"p1": "Bram Kuipers", "p2": "Iris Kuipers"}, ensure_ascii=False),
            ),
        )
        sql(
            "INSERT INTO actions (id, incident_id, decision_id, kind, person_id, responsible, due_date, urgent,"
            " status, status_reason, outcome, created_at, updated_at) VALUES (1, 1, 1, 'parents', 2, 'Zorg',"
            f" '2026-03-16', 0, 'done', '', ?, {NOW}, {NOW})",
            (json.dumps({"contacted": "moeder", "how": "phone"}),),
        )
        sql(
            "INSERT INTO events (at, incident_id, kind, detail) VALUES ("
            + NOW
            + ", 1, 'decision_recorded', ?)",
            (json.dumps({"decision_id": 1, "rules": ["3", "4", "5"]}),),
        )
    engine.dispose()


def test_first_edition_decisions_come_to_json_columns_and_register_ids(tmp_path: Path) -> None:
    db = tmp_path / "register.db"
    _old_register(db)
    copy = migrate.upgrade(db, KEY)
    assert copy is not None and migrate.current_revision(copy, KEY) == "0003", "safety copy first"
    assert migrate.current_revision(db, KEY) == migrate.head_revision()
    engine = make_engine(db, KEY)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_object": include_object})
            assert compare_metadata(context, Base.metadata) == []
        with Session(engine) as s:
            record = s.scalars(select(DecisionRecord)).one()
            assert record.person_map == [{"id": 1, "name": "Bram Kuipers"}, {"id": 2, "name": "Iris Kuipers"}]
            assert [p["id"] for p in record.facts["persons"]] == [1, 2]
            assert record.deviations == [{"kind": "parents", "person_id": 1, "reason": REASON}]
            row = decision_row(record)
            action = s.scalars(select(Action)).one()
            assert action.decision_id == 1, "the rebuilt decisions table kept its actions"
            assert action.outcome == {"contacted": "moeder", "how": "phone"}
            event = s.scalars(select(Event)).one()
            assert event.detail == {"decision_id": 1, "rules": ["3", "4", "5"]}
    finally:
        engine.dispose()
    view = row.view
    assert view.rules == ("3", "4", "5") and view.violation
    assert [(x.kind, x.person.id if x.person else None, x.mode) for x in view.lines] == [
        (ActionKind.PARENTS, 1, ParentMode.INFORM),
        (ActionKind.PARENTS, 2, ParentMode.CONSENT),
        (ActionKind.POLICE, None, None),
        (ActionKind.GUIDANCE, 2, None),
    ]
    police = view.line(LineKey(ActionKind.POLICE))
    assert police.grounds == (Ground.THREAT_OF_VIOLENCE,) and police.urgent
    assert view.line(LineKey(ActionKind.GUIDANCE, 2)).person.name == "Iris Kuipers"  # type: ignore[union-attr]
    assert row.deviations == (Deviation(LineKey(ActionKind.PARENTS, 1), REASON),)
    assert view.routes == (Route.MELDCODE,)
    assert row.answers.domestic_violence_signals and row.answers.threat_of_violence == ("physical",)
    assert [(p.person_id, p.age) for p in row.persons] == [(1, 15), (2, 18)]


def test_downgrade_gives_the_first_edition_back(tmp_path: Path) -> None:
    db = tmp_path / "register.db"
    _old_register(db)
    migrate.upgrade(db, KEY)
    engine = make_engine(db, KEY, foreign_keys=False)
    try:
        with engine.connect() as conn, conn.begin():
            cfg = migrate._config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0004")
        with engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT facts, outcome, deviations, person_map FROM decisions").one()
    finally:
        engine.dispose()
    assert json.loads(row[0]) == OLD_FACTS
    assert json.loads(row[1]) == OLD_OUTCOME
    assert json.loads(row[2]) == [{"item": "parents:p1", "reason": REASON}]
    assert json.loads(row[3]) == {"p1": "Bram Kuipers", "p2": "Iris Kuipers"}
