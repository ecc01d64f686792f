"""What minutes an official signs need besides what they had: the hours of a survey or inspection, the
decision forming an acceptance council, the explanation given when finalizing despite a contradiction,
and the follow-up actions as they were at finalization (the signed copy).

Revision ID: 0009
Revises: 0008
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('field_record', schema=None) as batch_op:
        batch_op.add_column(sa.Column('start_time', sa.String(length=5), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('end_time', sa.String(length=5), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('explanation', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('final_actions', sa.Text(), nullable=True))
    with op.batch_alter_table('acceptance', schema=None) as batch_op:
        batch_op.add_column(sa.Column('council_decision_no', sa.String(length=60), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('council_decision_date', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('explanation', sa.Text(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('acceptance', schema=None) as batch_op:
        batch_op.drop_column('explanation')
        batch_op.drop_column('council_decision_date')
        batch_op.drop_column('council_decision_no')
    with op.batch_alter_table('field_record', schema=None) as batch_op:
        batch_op.drop_column('final_actions')
        batch_op.drop_column('explanation')
        batch_op.drop_column('end_time')
        batch_op.drop_column('start_time')
