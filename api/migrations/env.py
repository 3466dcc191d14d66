"""Alembic environment: the engine comes from ``api.db.upgrade`` (no alembic.ini, no env reads)."""

from alembic import context

from api.models import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:
    raise RuntimeError(
        "run migrations through `moderation db upgrade` (api.db.upgrade), which passes the engine"
    )

with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
