"""``POST /v1/admin/model/reload``: load a model version from ``MODELS_DIR`` and swap it in."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, jsonify

from api.auth import require
from api.inputs import expect_object, json_body
from api.problems import ApiError
from api.runtime import models_dir, runtime, version_dir
from moderation import ModelError

bp = Blueprint("admin", __name__, url_prefix="/v1/admin")


@bp.post("/model/reload")
@require("admin")
def reload_model() -> Any:
    rt = runtime()
    body = expect_object(json_body(), "body")
    unknown = sorted(set(body) - {"version"})
    if unknown:
        raise ApiError(400, "unknown_field", f"unknown field(s): {', '.join(unknown[:10])}", field=unknown[0])
    version = body.get("version")
    if not isinstance(version, str):
        raise ApiError(
            400,
            "invalid_type",
            "version must be a string naming a folder in the models directory",
            field="version",
        )
    try:
        path = version_dir(models_dir(rt.config), version)
    except ValueError as exc:
        raise ApiError(422, "invalid_value", str(exc), field="version") from exc
    previous = rt.holder.current.model_version
    try:
        # Build the whole new moderator first; only then swap the one reference.
        moderator = rt.holder.reload(lambda: rt.factory(rt.settings, rt.loader(path)))
    except ModelError as exc:
        raise ApiError(
            422, "model_error", f"model {version!r} was not loaded: {exc}", field="version"
        ) from exc
    rt.metrics.set_model(moderator.model_version, moderator.settings.policy_version)
    return jsonify({"model_version": moderator.model_version, "previous_model_version": previous})
