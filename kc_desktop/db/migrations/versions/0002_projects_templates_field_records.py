"""Projects, beneficiaries and history, form templates, field records, follow-up actions, attachments.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 22:54:45.164206
"""
import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('attachment',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('owner_table', sa.String(length=64), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=False),
    sa.Column('question', sa.String(length=100), nullable=False),
    sa.Column('media_type', sa.String(length=40), nullable=False),
    sa.Column('width', sa.Integer(), nullable=False),
    sa.Column('height', sa.Integer(), nullable=False),
    sa.Column('taken_at', sa.DateTime(), nullable=True),
    sa.Column('caption', sa.String(length=300), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_site_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_sha256'), ['sha256'], unique=False)

    op.create_table('document_counter',
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('doc_type', sa.String(length=16), nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.Column('in_use', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('site_id', 'year', 'doc_type', name=op.f('pk_document_counter'))
    )
    op.create_table('form_template',
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('code', sa.String(length=100), nullable=False),
    sa.Column('template_version', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('definition', sa.Text(), nullable=False),
    sa.Column('question_count', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_site_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_form_template')),
    sa.UniqueConstraint('code', 'template_version', name='uq_form_template_code_version')
    )
    op.create_table('project',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('plan_year', sa.Integer(), nullable=False),
    sa.Column('round', sa.Integer(), nullable=False),
    sa.Column('funding_source', sa.String(length=16), nullable=False),
    sa.Column('support_kind_code', sa.String(length=32), nullable=True),
    sa.Column('rules_version', sa.String(length=8), nullable=False),
    sa.Column('approval_decision_no', sa.String(length=60), nullable=False),
    sa.Column('approval_date', sa.Date(), nullable=True),
    sa.Column('contract_no', sa.String(length=60), nullable=False),
    sa.Column('contract_date', sa.Date(), nullable=True),
    sa.Column('planned_start', sa.Date(), nullable=True),
    sa.Column('planned_end', sa.Date(), nullable=True),
    sa.Column('total_amount', sa.BigInteger(), nullable=False),
    sa.Column('kc_amount', sa.BigInteger(), nullable=False),
    sa.Column('counterpart_amount', sa.BigInteger(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('cancel_reason', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('title_sort', sa.String(length=500), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_site_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['support_kind_code'], ['support_kind.code'], name=op.f('fk_project_support_kind_code_support_kind')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project')),
    sa.UniqueConstraint('code', name=op.f('uq_project_code'))
    )
    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.create_index('ix_project_list', ['deleted_at', 'plan_year', 'code'], unique=False)

    op.create_table('project_status_change',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('from_status', sa.String(length=16), nullable=True),
    sa.Column('to_status', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by_name', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_site_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_status_change_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_status_change'))
    )
    with op.batch_alter_table('project_status_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_status_change_project_id'), ['project_id'], unique=False)

    op.create_table('field_record',
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('template_id', sa.String(length=36), nullable=False),
    sa.Column('project_id', sa.String(length=36), nullable=True),
    sa.Column('establishment_id', sa.String(length=36), nullable=True),
    sa.Column('record_date', sa.Date(), nullable=True),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('participants', sa.Text(), nullable=False),
    sa.Column('answers', sa.Text(), nullable=False),
    sa.Column('findings', sa.Text(), nullable=False),
    sa.Column('conclusion', sa.Text(), nullable=False),
    sa.Column('recommendation', sa.Text(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('error_count', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('number_text', sa.String(length=40), nullable=False),
    sa.Column('finalized_at', sa.DateTime(), nullable=True),
    sa.Column('supersedes_id', sa.String(length=36), nullable=True),
    sa.Column('correction_reason', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_site_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['establishment_id'], ['establishment.id'], name=op.f('fk_field_record_establishment_id_establishment')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_field_record_project_id_project')),
    sa.ForeignKeyConstraint(['supersedes_id'], ['field_record.id'], name=op.f('fk_field_record_supersedes_id_field_record')),
    sa.ForeignKeyConstraint(['template_id'], ['form_template.id'], name=op.f('fk_field_record_template_id_form_template')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_field_record'))
    )
    with op.batch_alter_table('field_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_field_record_establishment_id'), ['establishment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_field_record_project_id'), ['project_id'], unique=False)
        batch_op.create_index('ix_field_record_state', ['deleted_at', 'state', 'kind'], unique=False)

    op.create_table('project_beneficiary',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('establishment_id', sa.String(length=36), nullable=False),
    sa.Column('total_amount', sa.BigInteger(), nullable=False),
    sa.Column('kc_amount', sa.BigInteger(), nullable=False),
    sa.Column('counterpart_amount', sa.BigInteger(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_site_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['establishment_id'], ['establishment.id'], name=op.f('fk_project_beneficiary_establishment_id_establishment')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_beneficiary_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_beneficiary'))
    )
    with op.batch_alter_table('project_beneficiary', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_beneficiary_establishment_id'), ['establishment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_beneficiary_project_id'), ['project_id'], unique=False)

    op.create_table('follow_up_action',
    sa.Column('field_record_id', sa.String(length=36), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('responsible', sa.String(length=200), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_site_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['field_record_id'], ['field_record.id'], name=op.f('fk_follow_up_action_field_record_id_field_record')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up_action'))
    )
    with op.batch_alter_table('follow_up_action', schema=None) as batch_op:
        batch_op.create_index('ix_follow_up_action_due', ['deleted_at', 'state', 'deadline'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_action_field_record_id'), ['field_record_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('follow_up_action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_up_action_field_record_id'))
        batch_op.drop_index('ix_follow_up_action_due')

    op.drop_table('follow_up_action')
    with op.batch_alter_table('project_beneficiary', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_beneficiary_project_id'))
        batch_op.drop_index(batch_op.f('ix_project_beneficiary_establishment_id'))

    op.drop_table('project_beneficiary')
    with op.batch_alter_table('field_record', schema=None) as batch_op:
        batch_op.drop_index('ix_field_record_state')
        batch_op.drop_index(batch_op.f('ix_field_record_project_id'))
        batch_op.drop_index(batch_op.f('ix_field_record_establishment_id'))

    op.drop_table('field_record')
    with op.batch_alter_table('project_status_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_status_change_project_id'))

    op.drop_table('project_status_change')
    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.drop_index('ix_project_list')

    op.drop_table('project')
    op.drop_table('form_template')
    op.drop_table('document_counter')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_sha256'))
        batch_op.drop_index(batch_op.f('ix_attachment_owner_id'))

    op.drop_table('attachment')

