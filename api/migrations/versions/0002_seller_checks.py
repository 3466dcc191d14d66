"""seller_checks: one text-free row per check that names a seller, for compliance figures.

``decisions`` keeps every block/warn but only a sample of allows, so "messages checked" and
on-time/late answers per seller need a row for EVERY check; this table is that row.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "seller_checks",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True
        ),
        sa.Column("decision_id", sa.String(32)),
        sa.Column("seller_id", sa.String(128), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("language", sa.String(16)),
        sa.Column("decision", sa.String(8), nullable=False),
        sa.Column("flag_contact_details", sa.Boolean, nullable=False),
        sa.Column("flag_off_platform", sa.Boolean, nullable=False),
        sa.Column("flag_marketing", sa.Boolean, nullable=False),
        sa.Column("flag_evasive", sa.Boolean, nullable=False),
        sa.Column("working_hours_elapsed", sa.Float),
        sa.Column("sla_met", sa.Boolean),
    )
    op.create_index("ix_seller_checks_seller_created", "seller_checks", ["seller_id", "created_at"])
    op.create_index("ix_seller_checks_created_at", "seller_checks", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_seller_checks_created_at", table_name="seller_checks")
    op.drop_index("ix_seller_checks_seller_created", table_name="seller_checks")
    op.drop_table("seller_checks")
