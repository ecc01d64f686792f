"""The «Nơi nhận» of survey and inspection minutes as the officer edits it ("" while it is the list computed
from who was present; finalizing keeps the list the signed copy prints).

Revision ID: 0011
Revises: 0010
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('field_record', schema=None) as batch_op:
        batch_op.add_column(sa.Column('recipients', sa.Text(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('field_record', schema=None) as batch_op:
        batch_op.drop_column('recipients')
