"""The service's settings: defaults, then an optional TOML file, then the environment.

Read once by ``create_app`` (never at import time) and stored in ``app.config``; tests pass a
mapping to ``create_app`` instead. Every key is listed in ``DEFAULTS`` and in ``api/README.md``.
"""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from moderation.errors import ConfigError

DEFAULTS: dict[str, Any] = {
    # storage
    "DATABASE_URL": "",  # "" = SQLite at <repository>/instance/moderation.sqlite3
    "MIGRATE_ON_START": True,
    "DB_TIMEOUT_S": 2.0,  # connect / lock / statement timeout for every database call
    "STORE_QUEUE_SIZE": 1000,  # decisions waiting to be written; when full, new ones are dropped and counted
    "STORE_ALLOW_SAMPLE_RATE": 0.01,  # share of "allow" decisions stored (every block/warn is stored)
    # model
    "MODEL": "",  # "" = the configured/default model; "none" = run without a classifier (rules only)
    "MODELS_DIR": "",  # versions for POST /v1/admin/model/reload; "" = models/ beside the package
    # requests
    "MAX_CONTENT_LENGTH": 1_048_576,  # bytes of request body (Flask's own key)
    "MAX_BATCH": 100,
    "RATE_LIMIT_PER_S": 50.0,  # per API key and worker; 0 disables
    "RATE_LIMIT_BURST": 100,
    "KEY_CACHE_TTL_S": 30.0,  # how long a revoked key may still work (keys are cached per worker)
    "API_KEYS": [],  # bootstrap keys not in the database: [{"name", "role", "sha256"}]
    # seller flags
    "SELLER_FLAG_MIN_BLOCKS": 3,
    "SELLER_FLAG_WINDOW_DAYS": 7,
    # policy
    "POLICY_FILE": None,  # passed to moderation.Settings.load
    "LOG_LEVEL": "INFO",
    "LOG_JSON": True,
}

_ENV_PREFIX = "MODERATION_"


def load_config(env: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Defaults, then ``MODERATION_CONFIG`` (a TOML file of the same keys), then env vars."""
    env = os.environ if env is None else env
    out = dict(DEFAULTS)
    file = env.get("MODERATION_CONFIG")
    if file:
        out.update(_read_toml(Path(file)))
    if env.get("DATABASE_URL"):
        out["DATABASE_URL"] = env["DATABASE_URL"]
    if env.get("MODERATION_POLICY_FILE"):
        out["POLICY_FILE"] = env["MODERATION_POLICY_FILE"]
    for key, default in DEFAULTS.items():
        raw = env.get(_ENV_PREFIX + key)
        if raw is None or key == "POLICY_FILE":
            continue
        out[key] = coerce(key, raw, default)
    return out


def coerce(key: str, raw: str, default: Any) -> Any:
    """Turn an environment string into the type of the default, with an error naming the key."""
    try:
        if isinstance(default, bool):
            if raw.strip().lower() in ("1", "true", "yes", "on"):
                return True
            if raw.strip().lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError(raw)
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
        if isinstance(default, list):
            value = json.loads(raw)
            if not isinstance(value, list):
                raise ValueError("expected a JSON list")
            return value
    except ValueError as exc:
        raise ConfigError(f"{_ENV_PREFIX}{key}: cannot read {raw!r} as {type(default).__name__}") from exc
    return raw


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"config file not found: {path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from exc
    unknown = set(data) - set(DEFAULTS)
    if unknown:
        raise ConfigError(f"config file {path}: unknown keys {sorted(unknown)}")
    return data


def default_database_url() -> str:
    """SQLite in ``instance/`` beside the ``api`` package (the repository root in a checkout)."""
    return "sqlite:///" + str(Path(__file__).resolve().parent.parent / "instance" / "moderation.sqlite3")
