"""contacts and import: phone and e-mail on persons, the date a pupil left, the relation of a parent

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 15:45:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.add_column(sa.Column('phone', sa.String(length=40), server_default='', nullable=False))
        batch_op.add_column(sa.Column('email', sa.String(length=254), server_default='', nullable=False))
        batch_op.add_column(sa.Column('left_on', sa.Date(), nullable=True))
    with op.batch_alter_table('guardianships', schema=None) as batch_op:
        batch_op.add_column(sa.Column('relation', sa.String(length=16), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('guardianships', schema=None) as batch_op:
        batch_op.drop_column('relation')
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_column('left_on')
        batch_op.drop_column('email')
        batch_op.drop_column('phone')
