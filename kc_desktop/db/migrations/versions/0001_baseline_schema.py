"""Baseline schema: offices, officers, reference data, establishments, change log, search index.

Revision ID: 0001
Revises: 
Create Date: 2026-11-21 22:44:32.881846
"""
import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('admin_unit',
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('province_code', sa.Integer(), nullable=False),
    sa.Column('name_folded', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_admin_unit'))
    )
    with op.batch_alter_table('admin_unit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_admin_unit_name_folded'), ['name_folded'], unique=False)

    op.create_table('app_setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_app_setting'))
    )
    op.create_table('change_log',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_change_log')),
    sqlite_autoincrement=True
    )
    op.create_table('sector',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('decree', sa.String(length=16), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_sector'))
    )
    op.create_table('support_kind',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('decree', sa.String(length=16), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_support_kind'))
    )
    op.create_table('craft_village',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('admin_unit_code', sa.String(length=8), nullable=True),
    sa.Column('products', sa.String(length=300), nullable=False),
    sa.Column('recognised', sa.Boolean(), nullable=False),
    sa.Column('recognition_decision', sa.String(length=100), nullable=False),
    sa.Column('recognition_date', sa.Date(), nullable=True),
    sa.Column('name_folded', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_site_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['admin_unit_code'], ['admin_unit.code'], name=op.f('fk_craft_village_admin_unit_code_admin_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_craft_village'))
    )
    op.create_table('site',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('level', sa.String(length=16), nullable=False),
    sa.Column('admin_unit_code', sa.String(length=8), nullable=True),
    sa.Column('is_self', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_site_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['admin_unit_code'], ['admin_unit.code'], name=op.f('fk_site_admin_unit_code_admin_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site')),
    sa.UniqueConstraint('code', name=op.f('uq_site_code'))
    )
    op.create_table('establishment',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('tax_code', sa.String(length=20), nullable=True),
    sa.Column('representative', sa.String(length=200), nullable=False),
    sa.Column('representative_title', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=16), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('village', sa.String(length=200), nullable=False),
    sa.Column('admin_unit_code', sa.String(length=8), nullable=False),
    sa.Column('former_district', sa.String(length=100), nullable=False),
    sa.Column('craft_village_id', sa.String(length=36), nullable=True),
    sa.Column('sector_code', sa.String(length=32), nullable=True),
    sa.Column('trade', sa.String(length=300), nullable=False),
    sa.Column('products', sa.Text(), nullable=False),
    sa.Column('employees', sa.Integer(), nullable=True),
    sa.Column('women_owned', sa.Boolean(), nullable=False),
    sa.Column('ethnic_minority_owned', sa.Boolean(), nullable=False),
    sa.Column('latitude', sa.Double(), nullable=True),
    sa.Column('longitude', sa.Double(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('name_sort', sa.String(length=300), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('search_key', sa.BigInteger(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_site_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['admin_unit_code'], ['admin_unit.code'], name=op.f('fk_establishment_admin_unit_code_admin_unit')),
    sa.ForeignKeyConstraint(['craft_village_id'], ['craft_village.id'], name=op.f('fk_establishment_craft_village_id_craft_village')),
    sa.ForeignKeyConstraint(['sector_code'], ['sector.code'], name=op.f('fk_establishment_sector_code_sector')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_establishment')),
    sa.UniqueConstraint('search_key', name=op.f('uq_establishment_search_key'))
    )
    with op.batch_alter_table('establishment', schema=None) as batch_op:
        batch_op.create_index('ix_establishment_admin_unit_code', ['admin_unit_code'], unique=False)
        batch_op.create_index('ix_establishment_craft_village_id', ['craft_village_id'], unique=False)
        batch_op.create_index('ix_establishment_list', ['deleted_at', 'name_sort'], unique=False)
        batch_op.create_index('uq_establishment_tax_code', ['tax_code'], unique=True, sqlite_where=sa.text('tax_code IS NOT NULL'), postgresql_where=sa.text('tax_code IS NOT NULL'))

    op.create_table('officer',
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_site_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_officer_site_id_site')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_officer'))
    )


    if op.get_bind().dialect.name == "sqlite":
        _create_sqlite_search()


# Accent-folded full-text index over establishment.search_text; its rowid is the
# stable search_key (rowids of tables without INTEGER PRIMARY KEY may change on VACUUM).
SQLITE_SEARCH = [
    """CREATE VIRTUAL TABLE establishment_fts USING fts5(
        search_text, content='establishment', content_rowid='search_key',
        tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')""",
    """CREATE TRIGGER establishment_fts_insert AFTER INSERT ON establishment BEGIN
        INSERT INTO establishment_fts(rowid, search_text) VALUES (new.search_key, new.search_text);
    END""",
    """CREATE TRIGGER establishment_fts_delete AFTER DELETE ON establishment BEGIN
        INSERT INTO establishment_fts(establishment_fts, rowid, search_text)
        VALUES ('delete', old.search_key, old.search_text);
    END""",
    """CREATE TRIGGER establishment_fts_update AFTER UPDATE OF search_text, search_key ON establishment BEGIN
        INSERT INTO establishment_fts(establishment_fts, rowid, search_text)
        VALUES ('delete', old.search_key, old.search_text);
        INSERT INTO establishment_fts(rowid, search_text) VALUES (new.search_key, new.search_text);
    END""",
]


def _create_sqlite_search() -> None:
    for statement in SQLITE_SEARCH:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS establishment_fts")
    op.drop_table('officer')
    with op.batch_alter_table('establishment', schema=None) as batch_op:
        batch_op.drop_index('uq_establishment_tax_code', sqlite_where=sa.text('tax_code IS NOT NULL'), postgresql_where=sa.text('tax_code IS NOT NULL'))
        batch_op.drop_index('ix_establishment_list')
        batch_op.drop_index('ix_establishment_craft_village_id')
        batch_op.drop_index('ix_establishment_admin_unit_code')

    op.drop_table('establishment')
    op.drop_table('site')
    op.drop_table('craft_village')
    op.drop_table('support_kind')
    op.drop_table('sector')
    op.drop_table('change_log')
    op.drop_table('app_setting')
    with op.batch_alter_table('admin_unit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_admin_unit_name_folded'))

    op.drop_table('admin_unit')
