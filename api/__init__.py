"""The HTTP API: a thin Flask adapter over the ``moderation`` library.

``create_app(config=None)`` builds everything once (settings, model, moderator, database,
keys); ``flask --app api run`` serves it for development and ``moderation serve`` under
gunicorn for production.
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Mapping
from typing import Any

from flask import Flask, Response, g, request

from api import logs, problems
from api.config import DEFAULTS, default_database_url, load_config
from api.db import make_engine, upgrade
from api.keys import KeyCache
from api.metrics import Metrics
from api.ratelimit import RateLimiter
from api.runtime import ModeratorHolder, Runtime, default_loader, initial_model
from api.storage import DecisionWriter, SellerFlags
from moderation import Moderator, Settings

log = logging.getLogger("api")
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the app. ``config`` (tests) replaces the environment: defaults + these keys.

    Extra keys tests may pass: ``MODEL_LOADER(path) -> model`` and
    ``MODERATOR_FACTORY(settings, model) -> Moderator``.
    """
    app = Flask(__name__, instance_relative_config=True)
    cfg: dict[str, Any] = dict(DEFAULTS) if config is not None else load_config()
    if config is not None:
        cfg.update(config)
    if not cfg.get("DATABASE_URL"):
        cfg["DATABASE_URL"] = default_database_url()
    app.config.update(cfg)
    logs.configure(str(cfg["LOG_LEVEL"]), bool(cfg["LOG_JSON"]))

    settings = Settings.load(cfg.get("POLICY_FILE"))
    loader = cfg.get("MODEL_LOADER") or default_loader
    factory = cfg.get("MODERATOR_FACTORY") or Moderator.build
    moderator = factory(settings, initial_model(cfg, settings, loader))

    engine = make_engine(str(cfg["DATABASE_URL"]), float(cfg["DB_TIMEOUT_S"]))
    if cfg["MIGRATE_ON_START"]:
        try:
            upgrade(engine)
        except Exception as exc:  # noqa: BLE001 - start anyway; /readyz reports the database
            log.error("database migration failed at start-up", extra={"error": type(exc).__name__})
    metrics = Metrics()
    metrics.set_model(moderator.model_version, settings.policy_version)
    keys = KeyCache(engine, float(cfg["KEY_CACHE_TTL_S"]), cfg.get("API_KEYS") or ())
    keys.refresh()
    app.extensions["moderation"] = Runtime(
        config=cfg,
        settings=settings,
        holder=ModeratorHolder(moderator),
        engine=engine,
        writer=DecisionWriter(engine, metrics, int(cfg["STORE_QUEUE_SIZE"])),
        seller_flags=SellerFlags(
            engine, metrics, int(cfg["SELLER_FLAG_MIN_BLOCKS"]), float(cfg["SELLER_FLAG_WINDOW_DAYS"])
        ),
        keys=keys,
        limiter=RateLimiter(float(cfg["RATE_LIMIT_PER_S"]), int(cfg["RATE_LIMIT_BURST"])),
        metrics=metrics,
        loader=loader,
        factory=factory,
    )

    problems.init_app(app)
    _init_request_hooks(app, metrics)
    from api import admin, docs, health, moderate, sellers

    for module in (moderate, admin, health, docs, sellers):
        app.register_blueprint(module.bp)
    return app


def _init_request_hooks(app: Flask, metrics: Metrics) -> None:
    @app.before_request
    def _start() -> None:
        given = request.headers.get("X-Request-Id", "")
        g.request_id = given if _REQUEST_ID.match(given) else uuid.uuid4().hex
        g.started = time.perf_counter()

    @app.after_request
    def _finish(response: Response) -> Response:
        elapsed = time.perf_counter() - g.get("started", time.perf_counter())
        endpoint = request.url_rule.rule if request.url_rule is not None else "unmatched"
        metrics.requests.labels(endpoint, request.method, str(response.status_code)).inc()
        metrics.latency.labels(endpoint).observe(elapsed)
        response.headers["X-Request-Id"] = g.get("request_id", "")
        principal = g.get("principal")
        log.info(
            "request",
            extra={
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "duration_ms": round(elapsed * 1000, 2),
                "key_id": principal.key_id if principal else None,
            },
        )
        return response
