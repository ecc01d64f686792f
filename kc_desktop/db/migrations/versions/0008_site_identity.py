"""A site's identity in its database: its own keys (rotated, retired), keys it revoked, and the
epochs of its change numbers; the epoch of each package the city imported.

Revision ID: 0008
Revises: 0007
"""
from alembic import op
import sqlalchemy as sa

from kc_desktop.db.base import UTCDateTime


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('site_key',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('purpose', sa.String(length=16), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('private_pem', sa.Text(), nullable=False),
    sa.Column('protected', sa.Boolean(), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('retired_at', UTCDateTime(), nullable=True),
    sa.Column('announcement', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site_key')),
    sa.UniqueConstraint('public_key', name=op.f('uq_site_key_public_key'))
    )
    op.create_table('sync_revoked_key',
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('revoked_at', UTCDateTime(), nullable=False),
    sa.Column('revoked_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('public_key', name=op.f('pk_sync_revoked_key'))
    )
    op.create_table('sync_former_key',
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('retired_at', UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('public_key', name=op.f('pk_sync_former_key'))
    )
    with op.batch_alter_table('sync_former_key', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_former_key_site_id'), ['site_id'], unique=False)

    op.create_table('sync_epoch',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('first_seq', sa.Integer(), nullable=False),
    sa.Column('version_floor', sa.Integer(), nullable=False),
    sa.Column('started_at', UTCDateTime(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('home', sa.String(length=1000), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_epoch'))
    )
    with op.batch_alter_table('sync_import', schema=None) as batch_op:
        batch_op.add_column(sa.Column('epoch', sa.String(length=36), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('epoch_first', sa.Integer(), nullable=False, server_default='1'))
    with op.batch_alter_table('sync_import', schema=None) as batch_op:
        batch_op.add_column(sa.Column('history_index', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('history_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('imported_by', sa.String(length=36), nullable=False, server_default=''))
    # The history chain: entries made before it are chained at the first commit that follows.
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('chain_index', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('chain', sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f('ix_change_log_chain_index'), ['chain_index'], unique=False)
    # A restored office numbers its changes afresh in a new epoch: its audit must not collide with the old one.
    with op.batch_alter_table('sync_audit', schema=None) as batch_op:
        batch_op.add_column(sa.Column('epoch', sa.String(length=36), nullable=False, server_default=''))
        batch_op.drop_constraint('uq_sync_audit_site_seq', type_='unique')
        batch_op.create_unique_constraint('uq_sync_audit_site_epoch_seq', ['site_id', 'epoch', 'seq'])


def downgrade() -> None:
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_change_log_chain_index'))
        batch_op.drop_column('chain')
        batch_op.drop_column('chain_index')
    with op.batch_alter_table('sync_import', schema=None) as batch_op:
        batch_op.drop_column('imported_by')
        batch_op.drop_column('history_hash')
        batch_op.drop_column('history_index')
    with op.batch_alter_table('sync_audit', schema=None) as batch_op:
        batch_op.drop_constraint('uq_sync_audit_site_epoch_seq', type_='unique')
        batch_op.create_unique_constraint('uq_sync_audit_site_seq', ['site_id', 'seq'])
        batch_op.drop_column('epoch')
    with op.batch_alter_table('sync_import', schema=None) as batch_op:
        batch_op.drop_column('epoch_first')
        batch_op.drop_column('epoch')
    op.drop_table('sync_epoch')
    op.drop_table('sync_former_key')
    op.drop_table('sync_revoked_key')
    op.drop_table('site_key')
