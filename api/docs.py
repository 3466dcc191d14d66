"""``GET /v1/openapi.json`` and a human-readable page at ``GET /docs``."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, jsonify, render_template

from api.openapi import openapi_document
from api.runtime import runtime

bp = Blueprint("docs", __name__)


@bp.get("/v1/openapi.json")
def openapi_json() -> Any:
    return jsonify(_document())


@bp.get("/docs")
def docs_page() -> str:
    doc = _document()
    operations = [
        {"method": method.upper(), "path": path, **op}
        for path, item in doc["paths"].items()
        for method, op in item.items()
    ]
    return render_template("docs.html", info=doc["info"], operations=operations)


def _document() -> dict[str, Any]:
    rt = runtime()
    return openapi_document(
        rt.settings.max_text_chars, rt.settings.max_context_chars, int(rt.config["MAX_BATCH"])
    )
