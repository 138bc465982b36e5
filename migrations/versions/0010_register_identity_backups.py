"""register identity and change counter; where backups were made

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 15:50:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "register_meta",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("register_id", sa.String(length=32), nullable=True),
        sa.Column("change_counter", sa.Integer(), nullable=False),
        sa.Column("lineage", sa.String(length=32), nullable=True),
        sa.Column("ancestry", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register_meta")),
    )
    # The register id is adopted from the key file at the first open (storage.meta.adopt).
    op.execute(
        "INSERT INTO register_meta (id, register_id, change_counter, lineage, ancestry) "
        "VALUES (1, NULL, 0, lower(hex(randomblob(16))), '{}')"
    )
    op.create_table(
        "backup_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_backup_records")),
    )


def downgrade() -> None:
    op.drop_table("backup_records")
    op.drop_table("register_meta")
