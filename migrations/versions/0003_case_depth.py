"""case depth

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 04:59:05.082072
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


SEARCH_SQL = (
    "CREATE VIRTUAL TABLE incident_search USING fts5("
    "case_number, title, description, notes, persons, tokenize = 'unicode61 remove_diacritics 2')"
)
FILL_SQL = """
INSERT INTO incident_search (rowid, case_number, title, description, notes, persons)
SELECT i.id, i.case_number, i.title, i.description, i.closing_rationale || ' ' || i.platform,
       coalesce((SELECT group_concat(trim(p.first_name || ' ' || p.infix || ' ' || p.last_name || ' '
                 || coalesce(p.student_number, '') || ' ' || p.class_name), ' ')
                 FROM involvements v JOIN persons p ON p.id = v.person_id WHERE v.incident_id = i.id), '')
FROM incidents i
"""


def upgrade() -> None:
    
    op.create_table('communications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('informed', sa.String(length=200), nullable=False),
    sa.Column('what', sa.Text(), nullable=False),
    sa.Column('informed_on', sa.Date(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_communications_incident_id_incidents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_communications'))
    )
    with op.batch_alter_table('communications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_communications_incident_id'), ['incident_id'], unique=False)

    op.create_table('evidence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('mime', sa.String(length=60), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('original', sa.LargeBinary(), nullable=True),
    sa.Column('working', sa.LargeBinary(), nullable=True),
    sa.Column('thumbnail', sa.LargeBinary(), nullable=True),
    sa.Column('platform', sa.String(length=60), nullable=False),
    sa.Column('post_url', sa.Text(), nullable=False),
    sa.Column('profile', sa.String(length=300), nullable=False),
    sa.Column('posted_at', sa.DateTime(), nullable=True),
    sa.Column('captured_at', sa.DateTime(), nullable=True),
    sa.Column('captured_by', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('removed_at', sa.DateTime(), nullable=True),
    sa.Column('removed_reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_evidence_incident_id_incidents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence'))
    )
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.create_index('ix_evidence_incident', ['incident_id', 'id'], unique=False)

    op.create_table('guardianships',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=False),
    sa.Column('child_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['persons.id'], name=op.f('fk_guardianships_child_id_persons'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['parent_id'], ['persons.id'], name=op.f('fk_guardianships_parent_id_persons'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guardianships')),
    sa.UniqueConstraint('parent_id', 'child_id', name='uq_guardianships_parent_child')
    )
    with op.batch_alter_table('guardianships', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_guardianships_child_id'), ['child_id'], unique=False)

    op.create_table('measures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('taken_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_measures_incident_id_incidents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_measures_person_id_persons'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measures'))
    )
    with op.batch_alter_table('measures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measures_incident_id'), ['incident_id'], unique=False)

    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sexual_images_minor', sa.Boolean(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('manager_consulted', sa.String(length=200), server_default='', nullable=False))
        batch_op.add_column(sa.Column('manager_consulted_on', sa.Date(), nullable=True))

    with op.batch_alter_table('involvements', schema=None) as batch_op:
        batch_op.add_column(sa.Column('removed_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('removed_reason', sa.Text(), server_default='', nullable=False))

    


    op.execute(SEARCH_SQL)
    op.execute(FILL_SQL)


def downgrade() -> None:
    op.execute("DROP TABLE incident_search")
    
    with op.batch_alter_table('involvements', schema=None) as batch_op:
        batch_op.drop_column('removed_reason')
        batch_op.drop_column('removed_at')

    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.drop_column('manager_consulted_on')
        batch_op.drop_column('manager_consulted')
        batch_op.drop_column('sexual_images_minor')

    with op.batch_alter_table('measures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measures_incident_id'))

    op.drop_table('measures')
    with op.batch_alter_table('guardianships', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_guardianships_child_id'))

    op.drop_table('guardianships')
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.drop_index('ix_evidence_incident')

    op.drop_table('evidence')
    with op.batch_alter_table('communications', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_communications_incident_id'))

    op.drop_table('communications')
    
