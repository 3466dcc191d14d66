"""Engine creation with short timeouts, and Alembic migrations applied programmatically."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def make_engine(url: str, timeout_s: float = 2.0) -> Engine:
    """An engine whose every call gives up after about ``timeout_s`` (connect, lock, statement).

    SQLite: the file's folder is created; ``timeout`` bounds waits on the write lock.
    PostgreSQL: ``connect_timeout`` (libpq's minimum is 2 s) and ``statement_timeout``.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": timeout_s, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # noqa: ANN001 - DBAPI callback
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.close()

        return engine
    if parsed.get_backend_name() == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        ms = int(timeout_s * 1000)
        return create_engine(
            parsed,
            pool_pre_ping=True,
            pool_size=5,
            max_overflow=5,
            pool_timeout=timeout_s,
            connect_args={
                "connect_timeout": max(2, int(timeout_s)),
                "options": f"-c statement_timeout={ms} -c lock_timeout={ms}",
            },
        )
    return create_engine(parsed, pool_pre_ping=True)


def alembic_config(engine: Engine) -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply every migration up to ``revision`` (from an empty database too)."""
    command.upgrade(alembic_config(engine), revision)


def ping(engine: Engine) -> bool:
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return True
    except Exception:  # noqa: BLE001 - any failure means "not reachable"
        return False
