"""Sync bookkeeping (trusted keys, imported packages, conflicts, the version shared with the other
side on every synced record) and the advanced and settled amounts of a project.

Revision ID: 0006
Revises: 0005
"""
from alembic import op
import sqlalchemy as sa

from kc_desktop.db.base import UTCDateTime


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_conflict',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('applied_state', sa.Text(), nullable=False),
    sa.Column('other_state', sa.Text(), nullable=False),
    sa.Column('fields', sa.Text(), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('resolved_at', UTCDateTime(), nullable=True),
    sa.Column('resolved_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflict'))
    )
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflict_record_id'), ['record_id'], unique=False)

    op.create_table('sync_import',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('package_hash', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('seq_from', sa.Integer(), nullable=False),
    sa.Column('seq_to', sa.Integer(), nullable=False),
    sa.Column('records', sa.Integer(), nullable=False),
    sa.Column('applied', sa.Integer(), nullable=False),
    sa.Column('conflicts', sa.Integer(), nullable=False),
    sa.Column('attachments', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('imported_at', UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_import')),
    sa.UniqueConstraint('package_hash', name=op.f('uq_sync_import_package_hash'))
    )
    with op.batch_alter_table('sync_import', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_import_site_id'), ['site_id'], unique=False)

    op.create_table('sync_trusted_key',
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('level', sa.String(length=16), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('encryption_key', sa.String(length=64), nullable=True),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('trusted_at', UTCDateTime(), nullable=False),
    sa.Column('trusted_by', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('site_id', name=op.f('pk_sync_trusted_key'))
    )
    with op.batch_alter_table('acceptance', schema=None) as batch_op:
        batch_op.add_column(sa.Column('synced_version', sa.Integer(), nullable=True))

    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('synced_version', sa.Integer(), nullable=True))

    with op.batch_alter_table('craft_village', schema=None) as batch_op:
        batch_op.add_column(sa.Column('synced_version', sa.Integer(), nullable=True))

    with op.batch_alter_table('establishment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('synced_version', sa.Integer(), nullable=True))

    with op.batch_alter_table('field_record', schema=None) as batch_op:
        batch_op.add_column(sa.Column('synced_version', sa.Integer(), nullable=True))

    with op.batch_alter_table('follow_up_action', schema=None) as batch_op:
        batch_op.add_column(sa.Column('synced_version', sa.Integer(), nullable=True))

    with op.batch_alter_table('form_template', schema=None) as batch_op:
        batch_op.add_column(sa.Column('synced_version', sa.Integer(), nullable=True))

    with op.batch_alter_table('officer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('synced_version', sa.Integer(), nullable=True))

    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.add_column(sa.Column('advanced_amount', sa.BigInteger(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('settled_amount', sa.BigInteger(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('synced_version', sa.Integer(), nullable=True))

    with op.batch_alter_table('project_beneficiary', schema=None) as batch_op:
        batch_op.add_column(sa.Column('synced_version', sa.Integer(), nullable=True))

    with op.batch_alter_table('project_status_change', schema=None) as batch_op:
        batch_op.add_column(sa.Column('synced_version', sa.Integer(), nullable=True))

    with op.batch_alter_table('site', schema=None) as batch_op:
        batch_op.add_column(sa.Column('synced_version', sa.Integer(), nullable=True))


    # Codes are unique within an office: the city holds every office's registry, projects and templates.
    with op.batch_alter_table('establishment', schema=None) as batch_op:
        batch_op.drop_index('uq_establishment_tax_code', sqlite_where=sa.text('tax_code IS NOT NULL'))
        batch_op.create_index('uq_establishment_origin_tax_code', ['origin_site_id', 'tax_code'], unique=True,
                              sqlite_where=sa.text('tax_code IS NOT NULL'),
                              postgresql_where=sa.text('tax_code IS NOT NULL'))
    with op.batch_alter_table('form_template', schema=None) as batch_op:
        batch_op.drop_constraint('uq_form_template_code_version', type_='unique')
        batch_op.create_unique_constraint('uq_form_template_origin_code_version',
                                          ['origin_site_id', 'code', 'template_version'])
    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.drop_constraint('uq_project_code', type_='unique')
        batch_op.create_unique_constraint('uq_project_origin_code', ['origin_site_id', 'code'])



def downgrade() -> None:
    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.drop_constraint('uq_project_origin_code', type_='unique')
        batch_op.create_unique_constraint('uq_project_code', ['code'])
    with op.batch_alter_table('form_template', schema=None) as batch_op:
        batch_op.drop_constraint('uq_form_template_origin_code_version', type_='unique')
        batch_op.create_unique_constraint('uq_form_template_code_version', ['code', 'template_version'])
    with op.batch_alter_table('establishment', schema=None) as batch_op:
        batch_op.drop_index('uq_establishment_origin_tax_code', sqlite_where=sa.text('tax_code IS NOT NULL'),
                            postgresql_where=sa.text('tax_code IS NOT NULL'))
        batch_op.create_index('uq_establishment_tax_code', ['tax_code'], unique=True,
                              sqlite_where=sa.text('tax_code IS NOT NULL'),
                              postgresql_where=sa.text('tax_code IS NOT NULL'))
    with op.batch_alter_table('site', schema=None) as batch_op:
        batch_op.drop_column('synced_version')

    with op.batch_alter_table('project_status_change', schema=None) as batch_op:
        batch_op.drop_column('synced_version')

    with op.batch_alter_table('project_beneficiary', schema=None) as batch_op:
        batch_op.drop_column('synced_version')

    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.drop_column('synced_version')
        batch_op.drop_column('settled_amount')
        batch_op.drop_column('advanced_amount')

    with op.batch_alter_table('officer', schema=None) as batch_op:
        batch_op.drop_column('synced_version')

    with op.batch_alter_table('form_template', schema=None) as batch_op:
        batch_op.drop_column('synced_version')

    with op.batch_alter_table('follow_up_action', schema=None) as batch_op:
        batch_op.drop_column('synced_version')

    with op.batch_alter_table('field_record', schema=None) as batch_op:
        batch_op.drop_column('synced_version')

    with op.batch_alter_table('establishment', schema=None) as batch_op:
        batch_op.drop_column('synced_version')

    with op.batch_alter_table('craft_village', schema=None) as batch_op:
        batch_op.drop_column('synced_version')

    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_column('synced_version')

    with op.batch_alter_table('acceptance', schema=None) as batch_op:
        batch_op.drop_column('synced_version')

    op.drop_table('sync_trusted_key')
    with op.batch_alter_table('sync_import', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_import_site_id'))

    op.drop_table('sync_import')
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflict_record_id'))

    op.drop_table('sync_conflict')
