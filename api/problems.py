"""RFC 9457 problem details, and the ONE place that maps errors to HTTP statuses.

Every error a client sees is ``application/problem+json`` with ``type``, ``title``,
``status``, ``detail`` and ``instance`` (plus ``field``/``errors`` where they help);
never HTML, never a stack trace.
"""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, Response, g, json, request
from werkzeug.exceptions import HTTPException

from moderation.errors import ConfigError, InputTooLarge, InvalidInput, ModelError, ModerationError

PROBLEM_JSON = "application/problem+json"
TYPE_BASE = "https://moderation.invalid/problems/"
log = logging.getLogger("api.errors")

_TITLES = {
    400: "Bad request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    413: "Content too large",
    415: "Unsupported media type",
    422: "Unprocessable content",
    429: "Too many requests",
    500: "Internal server error",
    503: "Service unavailable",
}


class ApiError(Exception):
    """Raised by handlers for a client-visible failure."""

    def __init__(
        self,
        status: int,
        code: str,
        detail: str,
        *,
        field: str | None = None,
        errors: list[dict[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.code = code
        self.detail = detail
        self.field = field
        self.errors = errors
        self.headers = headers or {}


def from_library(exc: ModerationError) -> ApiError:
    """The library's errors, as HTTP: the mapping lives here and nowhere else."""
    if isinstance(exc, InputTooLarge):
        return ApiError(413, exc.code, str(exc), field=exc.field)
    if isinstance(exc, InvalidInput):
        return ApiError(400, exc.code, str(exc), field=exc.field)
    if isinstance(exc, ModelError):
        return ApiError(503, exc.code, "the model is not available")
    if isinstance(exc, ConfigError):
        return ApiError(500, exc.code, "the service is misconfigured")
    return ApiError(500, getattr(exc, "code", "moderation_error"), "moderation failed")


def to_api_error(exc: BaseException) -> ApiError:
    if isinstance(exc, ApiError):
        return exc
    if isinstance(exc, ModerationError):
        return from_library(exc)
    if isinstance(exc, HTTPException) and exc.code is not None:
        code = (exc.name or "error").lower().replace(" ", "_")
        headers = {}
        if exc.code == 405 and exc.valid_methods:  # type: ignore[attr-defined]
            headers["Allow"] = ", ".join(exc.valid_methods)  # type: ignore[attr-defined]
        detail = exc.description or _TITLES.get(exc.code, "error")
        if exc.code == 413:
            detail = "the request body is larger than the limit"
        return ApiError(exc.code, code, detail, headers=headers)
    return ApiError(500, "internal_error", "an unexpected error occurred; it has been logged")


def problem_dict(err: ApiError) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": TYPE_BASE + err.code,
        "title": _TITLES.get(err.status, "Error"),
        "status": err.status,
        "detail": err.detail,
        "instance": request.path if request else None,
    }
    if err.field:
        body["field"] = err.field
    if err.errors:
        body["errors"] = err.errors
    rid = getattr(g, "request_id", None)
    if rid:
        body["request_id"] = rid
    return body


def problem_response(err: ApiError) -> Response:
    resp = Response(json.dumps(problem_dict(err)), status=err.status, mimetype=PROBLEM_JSON)
    for name, value in err.headers.items():
        resp.headers[name] = value
    return resp


def init_app(app: Flask) -> None:
    @app.errorhandler(Exception)
    def _handle(exc: Exception) -> Response:
        err = to_api_error(exc)
        if err.status >= 500:
            log.error("request failed", exc_info=exc, extra={"status": err.status, "code": err.code})
        return problem_response(err)
