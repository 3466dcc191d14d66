"""``Authorization: Bearer KEY`` checks, role checks and the per-key rate limit, as a decorator."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from flask import g, request

from api.keys import Principal
from api.problems import ApiError
from api.ratelimit import retry_after_header
from api.runtime import runtime

F = TypeVar("F", bound=Callable[..., Any])
_MAX_KEY_CHARS = 200
_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="moderation"'}


def authenticate() -> Principal:
    header = request.headers.get("Authorization", "")
    scheme, _, key = header.partition(" ")
    key = key.strip()
    if scheme.lower() != "bearer" or not key:
        raise ApiError(
            401, "unauthorized", "send an API key as 'Authorization: Bearer KEY'", headers=_CHALLENGE
        )
    if len(key) > _MAX_KEY_CHARS:
        raise ApiError(401, "unauthorized", "invalid API key", headers=_CHALLENGE)
    principal = runtime().keys.lookup(key)
    if principal is None:
        raise ApiError(401, "unauthorized", "invalid API key", headers=_CHALLENGE)
    return principal


def authorize(principal: Principal, role: str, cost: float = 1.0) -> None:
    """Check the key's role (403), then spend ``cost`` rate-limit tokens (429)."""
    g.principal = principal
    if not principal.may(role):
        raise ApiError(403, "forbidden", f"this key's role ({principal.role}) may not do this; needs {role}")
    rt = runtime()
    wait = rt.limiter.take(principal.key_id, cost)
    if wait > 0:
        rt.metrics.rate_limited.inc()
        raise ApiError(
            429,
            "rate_limited",
            "too many requests for this API key",
            headers={"Retry-After": retry_after_header(wait)},
        )


def require(role: str, cost: Callable[[], float] | None = None) -> Callable[[F], F]:
    """Allow the call for keys with ``role`` (or admin), then spend rate-limit tokens."""

    def wrap(view: F) -> F:
        @functools.wraps(view)
        def inner(*args: Any, **kwargs: Any) -> Any:
            authorize(authenticate(), role, cost() if cost else 1.0)
            return view(*args, **kwargs)

        return inner  # type: ignore[return-value]

    return wrap
