"""JSON columns; decisions keep persons by register id

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 00:10:00

Every column that holds JSON becomes a JSON column (events.detail, actions.outcome and the
five of decisions). Stored decisions are rewritten from the first edition's shape, which named
persons ``"p<id>"`` (facts, outcome, deviations "parents:p12", person_map {"p12": name}), to
the typed view's shape with register ids (see ``udens_register/services/decision_view.py``).
This migration is the one place the old string ids are read. SQLite keeps the values as text
either way; Alembic's SQLite batch mode copies JSON columns without a CAST. The runner makes the
encrypted safety copy first and runs this with foreign keys off (a rebuilt ``decisions`` would
otherwise set ``actions.decision_id`` to NULL through ON DELETE SET NULL).
"""

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

DECISION_COLUMNS = ("facts", "outcome", "deviations", "routes", "person_map")


def _legacy_id(text: str) -> int:
    """A first-edition person id ("p12") as the register's id."""
    return int(text.removeprefix("p"))


def _line(kind: str, person_id: int | None, mode: str | None = None, grounds: Any = (), urgent: bool = False):
    return {"kind": kind, "person_id": person_id, "mode": mode, "grounds": list(grounds), "urgent": urgent}


def _new_outcome(old: dict[str, Any]) -> dict[str, Any]:
    if "lines" in old:
        return old
    lines = [_line("parents", _legacy_id(p["person"]), p["mode"]) for p in old.get("parents", [])]
    police = old.get("police", {})
    if police.get("involve"):
        lines.append(_line("police", None, None, police.get("grounds", []), bool(police.get("urgent"))))
    lines += [_line("guidance", _legacy_id(pid)) for pid in old.get("victim_guidance", [])]
    return {"violation": bool(old.get("violation")), "rules": list(old.get("rules", [])), "lines": lines}


def _new_facts(old: dict[str, Any]) -> dict[str, Any]:
    persons = [
        {**p, "id": _legacy_id(p["id"]) if isinstance(p["id"], str) else p["id"]} for p in old.get("persons", [])
    ]
    return {**old, "persons": persons}


def _new_deviation(old: dict[str, Any]) -> dict[str, Any]:
    if "kind" in old:
        return old
    kind, _, person = str(old["item"]).partition(":")
    return {"kind": kind, "person_id": _legacy_id(person) if person else None, "reason": old["reason"]}


def _new_routes(old: Any) -> dict[str, Any]:
    if isinstance(old, list):
        return {"routes": old, "signals": {}}
    return {"routes": list(old.get("routes", [])), "signals": dict(old.get("signals", {}))}


def _new_person_map(old: Any) -> list[dict[str, Any]]:
    if isinstance(old, list):
        return old
    return [{"id": _legacy_id(k), "name": v} for k, v in old.items()]


def _rewrite_decisions(convert: dict[str, Any]) -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, " + ", ".join(DECISION_COLUMNS) + " FROM decisions")).fetchall()
    for row in rows:
        values = {
            column: json.dumps(convert[column](json.loads(raw or "null")), ensure_ascii=False)
            for column, raw in zip(DECISION_COLUMNS, row[1:], strict=True)
        }
        conn.execute(
            sa.text(
                "UPDATE decisions SET " + ", ".join(f"{c} = :{c}" for c in DECISION_COLUMNS) + " WHERE id = :id"
            ),
            {**values, "id": row[0]},
        )


def _retype(to_type: Any, from_type: Any) -> None:
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        for column in DECISION_COLUMNS:
            batch_op.alter_column(column, existing_type=from_type, type_=to_type, existing_nullable=False)
    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.alter_column("outcome", existing_type=from_type, type_=to_type, existing_nullable=False)
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.alter_column("detail", existing_type=from_type, type_=to_type, existing_nullable=False)


def upgrade() -> None:
    _rewrite_decisions(
        {
            "facts": lambda v: _new_facts(v or {}),
            "outcome": lambda v: _new_outcome(v or {}),
            "deviations": lambda v: [_new_deviation(x) for x in v or []],
            "routes": lambda v: _new_routes(v or {}),
            "person_map": lambda v: _new_person_map(v or {}),
        }
    )
    _retype(sa.JSON(), sa.Text())


def _old_outcome(new: dict[str, Any]) -> dict[str, Any]:
    lines = new.get("lines", [])
    police = next((x for x in lines if x["kind"] == "police"), None)
    return {
        "violation": bool(new.get("violation")),
        "parents": [{"person": f"p{x['person_id']}", "mode": x["mode"]} for x in lines if x["kind"] == "parents"],
        "police": {
            "involve": police is not None,
            "grounds": list(police["grounds"]) if police else [],
            "urgent": bool(police["urgent"]) if police else False,
        },
        "victim_guidance": [f"p{x['person_id']}" for x in lines if x["kind"] == "guidance"],
        "rules": list(new.get("rules", [])),
    }


def downgrade() -> None:
    _retype(sa.Text(), sa.JSON())
    _rewrite_decisions(
        {
            "facts": lambda v: {
                **(v or {}),
                "persons": [{**p, "id": f"p{p['id']}"} for p in (v or {}).get("persons", [])],
            },
            "outcome": lambda v: _old_outcome(v or {}),
            "deviations": lambda v: [
                {
                    "item": x["kind"] if x["person_id"] is None else f"{x['kind']}:p{x['person_id']}",
                    "reason": x["reason"],
                }
                for x in v or []
            ],
            "routes": lambda v: v or {},
            "person_map": lambda v: {f"p{x['id']}": x["name"] for x in v or []},
        }
    )
