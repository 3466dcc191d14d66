"""Frozen result types shared by extractors, the classifier, the policy and every adapter."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CONTACT_DETAILS = "contact_details"
OFF_PLATFORM = "off_platform"
MARKETING = "marketing"
EVASIVE = "evasive"
CATEGORIES: tuple[str, ...] = (CONTACT_DETAILS, OFF_PLATFORM, MARKETING, EVASIVE)

BLOCK = "block"
WARN = "warn"
ALLOW = "allow"


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing an extractor found, with its exact span in the *original* text.

    `text == original[start:end]` always holds. `source` names the extractor and the rule
    ("phone/international"), `explanation` says what validated it, and `score` is how sure
    the rule is (1.0 = validated and unambiguous).
    """

    category: str
    kind: str
    start: int
    end: int
    text: str
    normalized: str
    source: str
    score: float = 1.0
    explanation: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "normalized": self.normalized,
            "source": self.source,
            "score": round(self.score, 4),
            "explanation": self.explanation,
        }


@dataclass(frozen=True, slots=True)
class CategoryScore:
    category: str
    score: float
    flagged: bool
    action: str = ALLOW  # what this category alone would decide: block, warn or allow

    def to_dict(self) -> dict[str, Any]:
        return {"score": round(self.score, 4), "flagged": self.flagged, "action": self.action}


@dataclass(frozen=True, slots=True)
class Reason:
    category: str
    code: str
    message: str
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"category": self.category, "code": self.code, "message": self.message}
        if self.start is not None:
            out["start"] = self.start
            out["end"] = self.end
        return out


@dataclass(frozen=True, slots=True)
class Decision:
    decision: str
    categories: tuple[CategoryScore, ...]
    findings: tuple[Finding, ...]
    reasons: tuple[Reason, ...]
    language: str
    redacted_text: str
    policy_version: str
    model_version: str | None
    id: str | None = None
    extra: tuple[tuple[str, Any], ...] = field(default=())

    def category(self, name: str) -> CategoryScore:
        for c in self.categories:
            if c.category == name:
                return c
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "decision": self.decision,
            "categories": {c.category: c.to_dict() for c in self.categories},
            "findings": [f.to_dict() for f in self.findings],
            "reasons": [r.to_dict() for r in self.reasons],
            "language": self.language,
            "redacted_text": self.redacted_text,
            "policy_version": self.policy_version,
            "model_version": self.model_version,
        }
        for key, value in self.extra:
            out[key] = value
        return out
