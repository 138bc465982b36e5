"""protocol depth: further categories of an incident, evidence destroyed for good

Route steps and guidance reviews are follow-up actions of their own kinds (no schema change).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 16:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "incident_categories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_incident_categories_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_categories")),
        sa.UniqueConstraint("incident_id", "category", name="uq_incident_categories_incident_category"),
    )
    op.create_index(
        "ix_incident_categories_category", "incident_categories", ["category", "incident_id"], unique=False
    )
    with op.batch_alter_table("evidence") as batch:
        batch.add_column(sa.Column("destroyed_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("evidence") as batch:
        batch.drop_column("destroyed_at")
    op.drop_index("ix_incident_categories_category", table_name="incident_categories")
    op.drop_table("incident_categories")
