"""Acceptance sessions (nghiệm thu): council, items approved vs delivered, money, checks, conclusion.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 23:33:25.711124
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('acceptance',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('establishment_id', sa.String(length=36), nullable=False),
    sa.Column('acceptance_date', sa.Date(), nullable=True),
    sa.Column('start_time', sa.String(length=5), nullable=False),
    sa.Column('end_time', sa.String(length=5), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('approval_decision_no', sa.String(length=60), nullable=False),
    sa.Column('approval_date', sa.Date(), nullable=True),
    sa.Column('contract_no', sa.String(length=60), nullable=False),
    sa.Column('contract_date', sa.Date(), nullable=True),
    sa.Column('council', sa.Text(), nullable=False),
    sa.Column('items', sa.Text(), nullable=False),
    sa.Column('checks', sa.Text(), nullable=False),
    sa.Column('total_amount', sa.BigInteger(), nullable=False),
    sa.Column('kc_amount', sa.BigInteger(), nullable=False),
    sa.Column('counterpart_amount', sa.BigInteger(), nullable=False),
    sa.Column('conclusion', sa.String(length=24), nullable=False),
    sa.Column('conclusion_text', sa.Text(), nullable=False),
    sa.Column('recommendations', sa.Text(), nullable=False),
    sa.Column('recipients', sa.Text(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('error_count', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('number_text', sa.String(length=40), nullable=False),
    sa.Column('finalized_at', sa.DateTime(), nullable=True),
    sa.Column('correction_reason', sa.Text(), nullable=False),
    sa.Column('supersedes_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_site_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['establishment_id'], ['establishment.id'], name=op.f('fk_acceptance_establishment_id_establishment')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_acceptance_project_id_project')),
    sa.ForeignKeyConstraint(['supersedes_id'], ['acceptance.id'], name=op.f('fk_acceptance_supersedes_id_acceptance')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_acceptance'))
    )
    with op.batch_alter_table('acceptance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_acceptance_establishment_id'), ['establishment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_acceptance_project_id'), ['project_id'], unique=False)
        batch_op.create_index('ix_acceptance_state', ['deleted_at', 'state'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('acceptance', schema=None) as batch_op:
        batch_op.drop_index('ix_acceptance_state')
        batch_op.drop_index(batch_op.f('ix_acceptance_project_id'))
        batch_op.drop_index(batch_op.f('ix_acceptance_establishment_id'))

    op.drop_table('acceptance')
