"""One typed settings object, built once from the bundled policy file, an optional
override file and the environment, then passed down. Nothing reads the environment
anywhere else in the library."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from moderation.errors import ConfigError
from moderation.types import CATEGORIES


@dataclass(frozen=True, slots=True)
class Thresholds:
    block: float
    warn: float

    def action(self, score: float) -> str:
        if score >= self.block:
            return "block"
        if score >= self.warn:
            return "warn"
        return "allow"


@dataclass(frozen=True, slots=True)
class Settings:
    policy_version: str
    max_text_chars: int
    max_context_chars: int
    thresholds: Mapping[str, Thresholds]
    platform_domains: frozenset[str]
    carrier_domains: frozenset[str]
    model_min_block: float = 0.80
    model_min_warn: float = 0.50
    model_warn_only: frozenset[str] = frozenset()
    model_path: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def allowed_domains(self) -> frozenset[str]:
        return self.platform_domains | self.carrier_domains

    def guard_model_thresholds(self, category: str, t: Thresholds) -> Thresholds:
        """A model's own thresholds, raised to the policy's floors (and never blocking for warn-only)."""
        warn = max(t.warn, self.model_min_warn)
        block = max(t.block, self.model_min_block, warn)
        if category in self.model_warn_only:
            block = float("inf")
        return Thresholds(block=block, warn=warn)

    @classmethod
    def load(
        cls, path: str | os.PathLike[str] | None = None, env: Mapping[str, str] | None = None
    ) -> Settings:
        """Defaults, then ``path`` (or ``MODERATION_POLICY_FILE``), then environment overrides."""
        env = os.environ if env is None else env
        raw = _read_default()
        path = path or env.get("MODERATION_POLICY_FILE")
        if path:
            raw = _deep_merge(raw, _read_file(Path(path)))
        return cls.from_mapping(raw, env)

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any], env: Mapping[str, str] | None = None) -> Settings:
        env = {} if env is None else env
        try:
            thresholds = {}
            for cat in CATEGORIES:
                t = raw["thresholds"][cat]
                thresholds[cat] = Thresholds(block=float(t["block"]), warn=float(t["warn"]))
                if not 0.0 <= thresholds[cat].warn <= thresholds[cat].block:
                    raise ConfigError(f"thresholds.{cat}: need 0 <= warn <= block")
            limits = raw["limits"]
            platform = {d.lower() for d in raw["domains"]["platform"]}
            carriers = {d.lower() for d in raw["domains"]["carriers"]}
            model = raw.get("model", {})
            warn_only = frozenset(model.get("warn_only", ()))
            if not warn_only <= set(CATEGORIES):
                raise ConfigError(
                    f"model.warn_only: unknown categories {sorted(warn_only - set(CATEGORIES))}"
                )
            settings = cls(
                policy_version=str(raw["version"]),
                max_text_chars=int(limits["max_text_chars"]),
                max_context_chars=int(limits["max_context_chars"]),
                thresholds=thresholds,
                platform_domains=frozenset(platform),
                carrier_domains=frozenset(carriers),
                model_min_block=float(model.get("min_block", 0.80)),
                model_min_warn=float(model.get("min_warn", 0.50)),
                model_warn_only=warn_only,
                model_path=raw.get("model_path"),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"invalid policy configuration: {exc!r}") from exc
        return settings._apply_env(env)

    def _apply_env(self, env: Mapping[str, str]) -> Settings:
        out = self
        if env.get("MODERATION_ALLOWED_DOMAINS"):
            extra = {d.strip().lower() for d in env["MODERATION_ALLOWED_DOMAINS"].split(",") if d.strip()}
            out = replace(out, platform_domains=out.platform_domains | extra)
        if env.get("MODERATION_MAX_TEXT_CHARS"):
            try:
                out = replace(out, max_text_chars=int(env["MODERATION_MAX_TEXT_CHARS"]))
            except ValueError as exc:
                raise ConfigError("MODERATION_MAX_TEXT_CHARS must be an integer") from exc
        if env.get("MODERATION_MODEL_PATH"):
            out = replace(out, model_path=env["MODERATION_MODEL_PATH"])
        return out


def _read_default() -> dict[str, Any]:
    text = resources.files("moderation").joinpath("policy.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _read_file(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"policy file not found: {path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"policy file {path} is not valid TOML: {exc}") from exc


def _deep_merge(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = _deep_merge(out[key], value)
        else:
            out[key] = value
    return out
