"""evidence objects: encrypted files beside the database, their keys inside it

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 16:00:00

The first-edition blobs stay in ``evidence`` here: they are moved out into the object store
at open, one item per commit (resumable when killed), then emptied.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evidence_objects",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("evidence_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("key", sa.LargeBinary(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("chunk_size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["evidence_id"],
            ["evidence.id"],
            name=op.f("fk_evidence_objects_evidence_id_evidence"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_evidence_objects")),
        sa.UniqueConstraint("evidence_id", "role", name="uq_evidence_objects_evidence_role"),
    )
    with op.batch_alter_table("evidence") as batch:
        batch.add_column(sa.Column("duration_ms", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("evidence") as batch:
        batch.drop_column("duration_ms")
    op.drop_table("evidence_objects")
