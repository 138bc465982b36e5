"""a person's roles in an incident are a JSON list

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-08 02:40:00

``involvements.roles`` held the role codes joined by commas (``victim,reporter``), encoded and
decoded by hand at ten places. It becomes a JSON list (``["victim", "reporter"]``) that the
models read and write through one type (``RoleList``). The codes keep the order they were stored
in, which every writer already gave them (the order of the roles). The runner makes the
encrypted safety copy first and runs this with foreign keys off, as batch mode rebuilds the table.
"""

import json
from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def _rewrite(convert: Callable[[str | None], str]) -> None:
    conn = op.get_bind()
    for row_id, roles in conn.execute(sa.text("SELECT id, roles FROM involvements")).fetchall():
        conn.execute(
            sa.text("UPDATE involvements SET roles = :roles WHERE id = :id"), {"roles": convert(roles), "id": row_id}
        )


def upgrade() -> None:
    _rewrite(lambda joined: json.dumps([r for r in str(joined or "").split(",") if r]))
    with op.batch_alter_table("involvements", schema=None) as batch_op:
        batch_op.alter_column("roles", existing_type=sa.String(60), type_=sa.JSON(), existing_nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("involvements", schema=None) as batch_op:
        batch_op.alter_column("roles", existing_type=sa.JSON(), type_=sa.String(60), existing_nullable=False)
    _rewrite(lambda listed: ",".join(json.loads(listed or "[]")))
