"""The search index without prefix indexes: they cost a third of an import's writing and saved
almost nothing (short prefixes are slow because of how many records match, not the lookup).

Revision ID: 0005
Revises: 0004
"""
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _recreate(options: str) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TABLE IF EXISTS establishment_fts")
    op.execute(
        "CREATE VIRTUAL TABLE establishment_fts USING fts5(search_text, content='establishment', "
        f"content_rowid='search_key', tokenize='unicode61 remove_diacritics 2'{options})"
    )
    op.execute("INSERT INTO establishment_fts(establishment_fts) VALUES ('rebuild')")


def upgrade() -> None:
    _recreate("")


def downgrade() -> None:
    _recreate(", prefix='1 2 3'")
