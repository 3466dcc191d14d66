"""Fixtures: an app on a fresh SQLite file with a small stand-in moderator, keys per role,
and a PostgreSQL database per session when ``TEST_POSTGRES_URL`` is set."""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from api import create_app
from api.db import alembic_config, make_engine
from api.keys import create_key
from moderation import Finding, Moderator, Settings
from moderation.language import LanguageIdentifier
from moderation.normalize import Normalized
from moderation.policy import Policy

_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}\.[a-z]{2,10}")
_MAYBE = re.compile(r"\bcall me\b")


class StandInExtractor:
    """A tiny deterministic extractor, so API tests do not depend on the real extractors:
    an e-mail address blocks (score 1.0), "call me" warns (0.6)."""

    name = "stand_in"

    def find(self, norm: Normalized) -> list[Finding]:
        out = []
        for pattern, kind, score in ((_EMAIL, "email", 1.0), (_MAYBE, "phrase", 0.6)):
            for m in pattern.finditer(norm.original):
                out.append(
                    Finding(
                        "contact_details", kind, m.start(), m.end(), m.group(), m.group(), "stand_in", score
                    )
                )
        return out


@dataclass(frozen=True)
class StandInModel:
    version: str
    thresholds: dict[str, Any]

    def score(self, text: str, context: str | None, findings: Any, language: str) -> dict[str, float]:
        return {}


@pytest.fixture(scope="session")
def language_identifier() -> LanguageIdentifier:
    return LanguageIdentifier()


@pytest.fixture(scope="session")
def moderator_factory(language_identifier):
    def factory(settings: Settings, model: Any) -> Moderator:
        return Moderator(settings, [StandInExtractor()], language_identifier, Policy(settings), model)

    return factory


def stand_in_loader(path: str | None) -> StandInModel:
    from moderation import ModelError

    name = os.path.basename(str(path or "")) or "default"
    if name.startswith("broken"):
        raise ModelError(f"model file in {path} is corrupt")
    return StandInModel(version=name, thresholds={})


@pytest.fixture
def make_app(tmp_path, moderator_factory):
    """``make_app(**overrides)`` -> app on its own SQLite file; tests change settings per app."""

    apps: list[Any] = []

    def make(**overrides: Any):
        config = {
            "DATABASE_URL": f"sqlite:///{tmp_path}/api-{uuid.uuid4().hex[:8]}.sqlite3",
            "MODEL": "none",
            "MODERATOR_FACTORY": moderator_factory,
            "MODEL_LOADER": stand_in_loader,
            "MODELS_DIR": str(tmp_path / "models"),
            "STORE_ALLOW_SAMPLE_RATE": 0.0,
            "RATE_LIMIT_PER_S": 0.0,
            "LOG_LEVEL": "WARNING",
        }
        config.update(overrides)
        app = create_app(config)
        apps.append(app)
        return app

    yield make
    for app in apps:  # close pooled connections (PostgreSQL ones warn when garbage-collected)
        rt = app.extensions["moderation"]
        rt.writer.flush(timeout_s=2.0)
        rt.engine.dispose()


@pytest.fixture
def app(make_app):
    return make_app()


@pytest.fixture
def client(app):
    return app.test_client()


def key_for(app, role: str, name: str = "test") -> str:
    rt = app.extensions["moderation"]
    _, key = create_key(rt.engine, role, name)
    rt.keys.refresh()
    return key


@pytest.fixture
def service_headers(app) -> dict[str, str]:
    return {"Authorization": f"Bearer {key_for(app, 'service')}"}


@pytest.fixture
def admin_headers(app) -> dict[str, str]:
    return {"Authorization": f"Bearer {key_for(app, 'admin')}"}


@pytest.fixture
def reviewer_headers(app) -> dict[str, str]:
    return {"Authorization": f"Bearer {key_for(app, 'reviewer')}"}


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh database on the server named by TEST_POSTGRES_URL, dropped after the session."""
    base = os.environ.get("TEST_POSTGRES_URL")
    if not base:
        pytest.skip(
            "TEST_POSTGRES_URL is not set (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/postgres)"
        )
    url = make_url(base)
    name = f"moderation_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = :n AND pid <> pg_backend_pid()"
                ),
                {"n": name},
            )
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request, tmp_path) -> str:
    """An empty database: a new SQLite file, or the session's PostgreSQL database with every
    migration rolled back, so each test starts from an empty schema."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/test.sqlite3"
    url = request.getfixturevalue("postgres_url")
    engine = make_engine(url)
    command.downgrade(alembic_config(engine), "base")
    engine.dispose()
    return url
