"""Database tables (SQLAlchemy 2 declarative). Schema changes go through Alembic migrations."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out, on every backend.

    SQLite keeps no offset, so values are converted to UTC before they are stored (and a
    naive value is refused rather than guessed).
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetime: store aware datetimes only")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    pass


class DecisionRecord(Base):
    __tablename__ = "decisions"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
    request_id: Mapped[str | None] = mapped_column(String(64))
    message_id: Mapped[str | None] = mapped_column(String(128))
    seller_id: Mapped[str | None] = mapped_column(String(128))
    buyer_id: Mapped[str | None] = mapped_column(String(128))
    conversation_id: Mapped[str | None] = mapped_column(String(128))
    order_id: Mapped[str | None] = mapped_column(String(128))
    text: Mapped[str] = mapped_column(Text, nullable=False)
    context: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    language: Mapped[str | None] = mapped_column(String(16))
    decision: Mapped[str] = mapped_column(String(8), nullable=False)
    scores: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    findings: Mapped[list[Any] | None] = mapped_column(JSON)
    categories_flagged: Mapped[list[str] | None] = mapped_column(JSON)
    model_version: Mapped[str | None] = mapped_column(String(64))
    policy_version: Mapped[str | None] = mapped_column(String(64))
    received_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    due_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    working_hours_elapsed: Mapped[float | None] = mapped_column(Float)
    sla_met: Mapped[bool | None] = mapped_column(Boolean)

    __table_args__ = (
        # seller flags: count of a seller's blocks in a rolling window, one index range scan
        Index("ix_decisions_seller_decision_created", "seller_id", "decision", "created_at"),
        Index("ix_decisions_created_at", "created_at"),
    )


class Review(Base):
    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    decision_id: Mapped[str] = mapped_column(ForeignKey("decisions.id"), nullable=False, index=True)
    reviewer: Mapped[str] = mapped_column(String(128), nullable=False)
    categories: Mapped[list[str] | None] = mapped_column(JSON)
    verdict: Mapped[str] = mapped_column(String(32), nullable=False)
    note: Mapped[str | None] = mapped_column(Text)
    replaces: Mapped[int | None] = mapped_column(ForeignKey("reviews.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)


class ReviewClaim(Base):
    __tablename__ = "review_claims"

    decision_id: Mapped[str] = mapped_column(ForeignKey("decisions.id"), primary_key=True)
    reviewer: Mapped[str] = mapped_column(String(128), nullable=False)
    claimed_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)


class ApiKey(Base):
    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(128), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class SellerCheck(Base):
    """One row per check that named a seller (every decision, allows too): no text, for compliance.

    One boolean per category (not a JSON list) so per-category counts are plain
    ``SUM(CASE WHEN ...)`` over an index range scan, the same SQL on SQLite and PostgreSQL.
    ``decision_id`` points at the ``decisions`` row when that was stored (block/warn, sampled
    allow); no foreign key, so retention of ``decisions`` never touches these figures.
    """

    __tablename__ = "seller_checks"

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    decision_id: Mapped[str | None] = mapped_column(String(32))
    seller_id: Mapped[str] = mapped_column(String(128), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
    language: Mapped[str | None] = mapped_column(String(16))
    decision: Mapped[str] = mapped_column(String(8), nullable=False)
    flag_contact_details: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    flag_off_platform: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    flag_marketing: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    flag_evasive: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    working_hours_elapsed: Mapped[float | None] = mapped_column(Float)
    sla_met: Mapped[bool | None] = mapped_column(Boolean)

    __table_args__ = (
        # one seller's figures and history: a range scan on (seller_id, created_at)
        Index("ix_seller_checks_seller_created", "seller_id", "created_at"),
        # the ranking: every seller's rows in a period
        Index("ix_seller_checks_created_at", "created_at"),
    )
