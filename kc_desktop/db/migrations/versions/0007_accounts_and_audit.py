"""Sign-in accounts of officers (local), the audit on the change log (which fields changed from what
to what, and why), and the city's copy of every office's audit.

Revision ID: 0007
Revises: 0006
"""
import datetime as dt
import json

from alembic import op
import sqlalchemy as sa

from kc_desktop.db.base import UTCDateTime


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('account',
    sa.Column('officer_id', sa.String(length=36), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', UTCDateTime(), nullable=True),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('password_changed_at', UTCDateTime(), nullable=False),
    sa.Column('last_sign_in_at', UTCDateTime(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name=op.f('fk_account_officer_id_officer')),
    sa.PrimaryKeyConstraint('officer_id', name=op.f('pk_account')),
    sa.UniqueConstraint('username', name=op.f('uq_account_username'))
    )
    op.create_table('sync_audit',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('changed_at', UTCDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=False),
    sa.Column('changed_by_name', sa.String(length=200), nullable=False),
    sa.Column('fields', sa.Text(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_audit')),
    sa.UniqueConstraint('site_id', 'seq', name='uq_sync_audit_site_seq')
    )
    with op.batch_alter_table('sync_audit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_audit_record_id'), ['record_id'], unique=False)

    # Entries written before this revision say which record changed but not how: they keep NULLs.
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('fields', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('reason', sa.Text(), nullable=True))
        batch_op.create_index('ix_change_log_record_id', ['record_id'], unique=False)

    _promote_who_set_the_installation_up()


def _promote_who_set_the_installation_up() -> None:
    """Roles now decide who may correct finalized minutes, trust keys and publish. The officer who set an
    installation up (an office's first officer was a plain "officer", the city's a "head") becomes its
    head, or the city's administrator, as a new installation makes them: an ordinary, logged change that
    travels with the next package."""
    bind = op.get_bind()
    site_t = sa.table("site", sa.column("id", sa.String), sa.column("level", sa.String),
                      sa.column("is_self", sa.Boolean))
    officer_t = sa.table("officer", sa.column("id", sa.String), sa.column("site_id", sa.String),
                         sa.column("role", sa.String), sa.column("version", sa.Integer),
                         sa.column("created_at", UTCDateTime()), sa.column("updated_at", UTCDateTime()),
                         sa.column("updated_by", sa.String))
    setting_t = sa.table("app_setting", sa.column("key", sa.String), sa.column("value", sa.Text))
    log_t = sa.table("change_log", sa.column("table_name", sa.String), sa.column("record_id", sa.String),
                     sa.column("version", sa.Integer), sa.column("deleted", sa.Boolean),
                     sa.column("changed_at", UTCDateTime()), sa.column("changed_by", sa.String),
                     sa.column("fields", sa.Text), sa.column("reason", sa.Text))
    site = bind.execute(sa.select(site_t.c.id, site_t.c.level).where(site_t.c.is_self.is_(True))).first()
    if site is None:
        return
    current = bind.execute(sa.select(setting_t.c.value).where(setting_t.c.key == "current_officer_id")).scalar()
    columns = (officer_t.c.id, officer_t.c.role, officer_t.c.version)
    officer = bind.execute(sa.select(*columns).where(officer_t.c.id == current)).first() if current else None
    if officer is None:
        officer = bind.execute(sa.select(*columns).where(officer_t.c.site_id == site.id)
                               .order_by(officer_t.c.created_at).limit(1)).first()
    wanted = "city_admin" if site.level == "city" else "head"
    if officer is None or officer.role in (wanted, "city_admin"):
        return
    now = dt.datetime.now(dt.UTC)
    version = officer.version + 1
    bind.execute(officer_t.update().where(officer_t.c.id == officer.id)
                 .values(role=wanted, version=version, updated_at=now, updated_by=officer.id))
    bind.execute(log_t.insert().values(
        table_name="officer", record_id=officer.id, version=version, deleted=False, changed_at=now,
        changed_by=officer.id, fields=json.dumps({"role": [officer.role, wanted]}),
        reason="Nâng cấp: người thiết lập máy này quản lý tài khoản và các quyền của đơn vị"))


def downgrade() -> None:
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index('ix_change_log_record_id')
        batch_op.drop_column('reason')
        batch_op.drop_column('fields')

    with op.batch_alter_table('sync_audit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_audit_record_id'))

    op.drop_table('sync_audit')
    op.drop_table('account')
