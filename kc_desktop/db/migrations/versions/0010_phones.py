"""Phones as field instruments: the phones allowed to fetch forms and send submissions, and every
submission received (stored once by its instanceID).

Revision ID: 0010
Revises: 0009
"""
from alembic import op
import sqlalchemy as sa

from kc_desktop.db.base import UTCDateTime


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('phone',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=False),
    sa.Column('revoked_at', UTCDateTime(), nullable=True),
    sa.Column('last_seen_at', UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_phone')),
    sa.UniqueConstraint('name', name=op.f('uq_phone_name')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_phone_token_hash'))
    )
    op.create_table('phone_submission',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('instance_id', sa.String(length=200), nullable=False),
    sa.Column('form_id', sa.String(length=100), nullable=False),
    sa.Column('form_version', sa.String(length=40), nullable=False),
    sa.Column('received_at', UTCDateTime(), nullable=False),
    sa.Column('phone_id', sa.Integer(), nullable=True),
    sa.Column('officer_id', sa.String(length=36), nullable=False),
    sa.Column('payload_hash', sa.String(length=64), nullable=False),
    sa.Column('encrypted', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=True),
    sa.Column('folder', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['phone_id'], ['phone.id'], name=op.f('fk_phone_submission_phone_id_phone')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_phone_submission')),
    sa.UniqueConstraint('instance_id', name=op.f('uq_phone_submission_instance_id'))
    )
    with op.batch_alter_table('phone_submission', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_phone_submission_phone_id'), ['phone_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_phone_submission_record_id'), ['record_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('phone_submission', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_phone_submission_record_id'))
        batch_op.drop_index(batch_op.f('ix_phone_submission_phone_id'))
    op.drop_table('phone_submission')
    op.drop_table('phone')
