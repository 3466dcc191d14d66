"""Initial schema: decisions, reviews, review_claims, api_keys.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "decisions",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("request_id", sa.String(64)),
        sa.Column("message_id", sa.String(128)),
        sa.Column("seller_id", sa.String(128)),
        sa.Column("buyer_id", sa.String(128)),
        sa.Column("conversation_id", sa.String(128)),
        sa.Column("order_id", sa.String(128)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("context", sa.JSON),
        sa.Column("language", sa.String(16)),
        sa.Column("decision", sa.String(8), nullable=False),
        sa.Column("scores", sa.JSON),
        sa.Column("findings", sa.JSON),
        sa.Column("categories_flagged", sa.JSON),
        sa.Column("model_version", sa.String(64)),
        sa.Column("policy_version", sa.String(64)),
        sa.Column("received_at", sa.DateTime(timezone=True)),
        sa.Column("due_at", sa.DateTime(timezone=True)),
        sa.Column("answered_at", sa.DateTime(timezone=True)),
        sa.Column("working_hours_elapsed", sa.Float),
        sa.Column("sla_met", sa.Boolean),
    )
    op.create_index(
        "ix_decisions_seller_decision_created", "decisions", ["seller_id", "decision", "created_at"]
    )
    op.create_index("ix_decisions_created_at", "decisions", ["created_at"])
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("decision_id", sa.String(32), sa.ForeignKey("decisions.id"), nullable=False),
        sa.Column("reviewer", sa.String(128), nullable=False),
        sa.Column("categories", sa.JSON),
        sa.Column("verdict", sa.String(32), nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("replaces", sa.Integer, sa.ForeignKey("reviews.id")),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_reviews_decision_id", "reviews", ["decision_id"])
    op.create_table(
        "review_claims",
        sa.Column("decision_id", sa.String(32), sa.ForeignKey("decisions.id"), primary_key=True),
        sa.Column("reviewer", sa.String(128), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "api_keys",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True)),
    )


def downgrade() -> None:
    op.drop_table("api_keys")
    op.drop_table("review_claims")
    op.drop_index("ix_reviews_decision_id", table_name="reviews")
    op.drop_table("reviews")
    op.drop_index("ix_decisions_created_at", table_name="decisions")
    op.drop_index("ix_decisions_seller_decision_created", table_name="decisions")
    op.drop_table("decisions")
