"""The establishment list index also covers the id, so listing ids in name order reads only the index.

Revision ID: 0004
Revises: 0003
"""
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("establishment", schema=None) as batch_op:
        batch_op.drop_index("ix_establishment_list")
        batch_op.create_index("ix_establishment_list", ["deleted_at", "name_sort", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("establishment", schema=None) as batch_op:
        batch_op.drop_index("ix_establishment_list")
        batch_op.create_index("ix_establishment_list", ["deleted_at", "name_sort"], unique=False)
