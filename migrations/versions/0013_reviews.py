"""the director's review comes back: reviews, and actions that carry a review's measures

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01 16:20:00

A review records who reviewed a case (the director: name and role), on which day, the decision
and, optionally, the signed paper page (an evidence item). Each further measure of a review is a
follow-up action with its own text (``actions.description``) pointing back at the review
(``actions.review_id``). ``actions`` is rebuilt by Alembic's batch mode; no table refers to it,
and the runner migrates with foreign keys off after a safety copy.
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("coordinator_id", sa.Integer(), nullable=True),
        sa.Column("reviewer_name", sa.String(length=200), nullable=False),
        sa.Column("reviewer_role", sa.String(length=200), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=False),
        sa.Column("decision", sa.Text(), nullable=False),
        sa.Column("disclosure_id", sa.Integer(), nullable=True),
        sa.Column("evidence_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["coordinator_id"],
            ["coordinators.id"],
            name=op.f("fk_reviews_coordinator_id_coordinators"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["disclosure_id"],
            ["disclosures.id"],
            name=op.f("fk_reviews_disclosure_id_disclosures"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["evidence_id"], ["evidence.id"], name=op.f("fk_reviews_evidence_id_evidence"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incidents.id"], name=op.f("fk_reviews_incident_id_incidents"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviews")),
    )
    op.create_index("ix_reviews_incident_created", "reviews", ["incident_id", "created_at"], unique=False)
    with op.batch_alter_table("actions") as batch:
        batch.add_column(sa.Column("review_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("description", sa.Text(), server_default="", nullable=False))
        batch.create_foreign_key(
            batch.f("fk_actions_review_id_reviews"), "reviews", ["review_id"], ["id"], ondelete="SET NULL"
        )


def downgrade() -> None:
    with op.batch_alter_table("actions") as batch:
        batch.drop_constraint(batch.f("fk_actions_review_id_reviews"), type_="foreignkey")
        batch.drop_column("description")
        batch.drop_column("review_id")
    op.drop_index("ix_reviews_incident_created", table_name="reviews")
    op.drop_table("reviews")
