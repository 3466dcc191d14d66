"""What one app holds at run time: settings, the current moderator, storage, keys, limits, metrics.

Model loading lives here too: ``create_app`` and the reload endpoint ask ``load_model``,
which uses ``moderation.model_store``. Running without a classifier is allowed only when
configured explicitly with ``MODERATION_MODEL=none``; anything else that fails to load is
a ``ModelError`` (a start-up error, or a refused reload).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask import current_app
from sqlalchemy import Engine

from api.keys import KeyCache
from api.metrics import Metrics
from api.ratelimit import RateLimiter
from api.storage import DecisionWriter, SellerFlags
from moderation import ModelError, Moderator, Settings
from moderation.moderator import ScoringModel

ModelLoader = Callable[[str | None], ScoringModel]
ModeratorFactory = Callable[[Settings, ScoringModel | None], Moderator]
_VERSION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


def default_loader(path: str | None) -> ScoringModel:
    from moderation.model_store import load_model

    return load_model(path)


def initial_model(config: dict[str, Any], settings: Settings, loader: ModelLoader) -> ScoringModel | None:
    choice = str(config.get("MODEL") or "").strip()
    if choice.lower() == "none":
        return None
    path = choice or settings.model_path or (config.get("MODELS_DIR") or None)
    try:
        return loader(path)
    except ModelError as exc:
        raise ModelError(f"{exc} (set MODERATION_MODEL=none to run with rules only)") from exc


def models_dir(config: dict[str, Any]) -> str:
    if config.get("MODELS_DIR"):
        return str(config["MODELS_DIR"])
    from moderation.model_store import default_models_root

    return str(default_models_root())


def version_dir(models_dir: str, version: str) -> str:
    """``models_dir/version``; the version must be a plain name (no path tricks)."""
    if not _VERSION.match(version):
        raise ValueError("version must be 1-64 letters, digits, '.', '_' or '-', not starting with '.'")
    return str(Path(models_dir) / version)


class ModeratorHolder:
    """One reference to the current moderator; a reload builds a new one, then swaps it.

    A request reads ``holder.current`` once and uses that object to the end, so requests in
    flight finish on the old moderator while new ones get the new one.
    """

    def __init__(self, moderator: Moderator) -> None:
        self.current = moderator
        self._reload_lock = threading.Lock()

    def reload(self, build: Callable[[], Moderator]) -> Moderator:
        with self._reload_lock:  # one reload at a time; checks never wait on this lock
            new = build()
            self.current = new
            return new


@dataclass
class Runtime:
    config: dict[str, Any]
    settings: Settings
    holder: ModeratorHolder
    engine: Engine
    writer: DecisionWriter
    seller_flags: SellerFlags
    keys: KeyCache
    limiter: RateLimiter
    metrics: Metrics
    loader: ModelLoader
    factory: ModeratorFactory


def runtime() -> Runtime:
    return current_app.extensions["moderation"]
