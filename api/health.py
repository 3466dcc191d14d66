"""``/healthz`` (the process answers), ``/readyz`` (model loaded, database reachable), ``/metrics``."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, jsonify
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from api.db import ping
from api.runtime import runtime

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz() -> Any:
    return jsonify({"status": "ok"})


@bp.get("/readyz")
def readyz() -> Any:
    rt = runtime()
    moderator = rt.holder.current
    wants_model = str(rt.config.get("MODEL") or "").strip().lower() != "none"
    checks = {
        "model": moderator.model is not None or not wants_model,
        "database": ping(rt.engine),
    }
    ready = all(checks.values())
    body = {
        "status": "ready" if ready else "not_ready",
        "checks": checks,
        "model_version": moderator.model_version,
        "policy_version": moderator.settings.policy_version,
    }
    return jsonify(body), 200 if ready else 503


@bp.get("/metrics")
def metrics() -> Response:
    return Response(generate_latest(runtime().metrics.registry), mimetype=CONTENT_TYPE_LATEST)
