"""a case whose category is sexual images of a minor is flagged as such

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01 23:50:00

The category (main or further) and the flag ``incidents.sexual_images_minor`` could disagree: a
case corrected to the category kept its files and took new ones, because only the flag guards
them. From now on the category sets the flag (the services see to it); this migration sets it on
every case whose category already says so, so the images guard of the past finds those that
still hold files and asks for them to be destroyed. Data only; the schema is unchanged.
"""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "UPDATE incidents SET sexual_images_minor = 1 WHERE sexual_images_minor = 0 AND ("
        "category = 'sexual_images_minor' OR id IN ("
        "SELECT incident_id FROM incident_categories WHERE category = 'sexual_images_minor'))"
    )


def downgrade() -> None:
    """The flag stays: which cases were flagged by this migration is not recorded."""
