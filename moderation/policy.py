"""Turns extractor findings and classifier scores into one decision with reasons."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from moderation import messages
from moderation.config import Settings, Thresholds
from moderation.types import (
    ALLOW,
    BLOCK,
    CATEGORIES,
    CONTACT_DETAILS,
    EVASIVE,
    MARKETING,
    OFF_PLATFORM,
    WARN,
    CategoryScore,
    Decision,
    Finding,
    Reason,
)

_RANK = {ALLOW: 0, WARN: 1, BLOCK: 2}
_REDACTED_CATEGORIES = (CONTACT_DETAILS, OFF_PLATFORM)
_MODEL_REASON_KEY = {
    CONTACT_DETAILS: "contact_model",
    OFF_PLATFORM: "off_platform_model",
    MARKETING: "marketing",
    EVASIVE: "evasive",
}


class Policy:
    """Stateless: rule thresholds from the settings, model thresholds from the model's metadata."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def decide(
        self,
        text: str,
        findings: Sequence[Finding],
        language: str,
        model_scores: Mapping[str, float] | None = None,
        model_thresholds: Mapping[str, Thresholds] | None = None,
        model_version: str | None = None,
        message_id: str | None = None,
    ) -> Decision:
        model_scores = model_scores or {}
        model_thresholds = model_thresholds or {}
        categories: list[CategoryScore] = []
        reasons: list[Reason] = []
        acted: list[Finding] = []
        for cat in CATEGORIES:
            rule_thresholds = self.settings.thresholds[cat]
            cat_findings = [f for f in findings if f.category == cat]
            rule_score = max((f.score for f in cat_findings), default=0.0)
            rule_action = rule_thresholds.action(rule_score)
            model_score = float(model_scores.get(cat, 0.0))
            model_action = ALLOW
            if cat in model_scores:
                guarded = self.settings.guard_model_thresholds(
                    cat, model_thresholds.get(cat, rule_thresholds)
                )
                model_action = guarded.action(model_score)
            action = max(rule_action, model_action, key=_RANK.__getitem__)
            if cat == EVASIVE and action == BLOCK:
                action = WARN  # evasive answers warn the seller; they never stop a message
            score = max(rule_score, model_score)
            categories.append(CategoryScore(cat, score, action != ALLOW, action))
            if action == ALLOW:
                continue
            flagged_findings = [f for f in cat_findings if rule_thresholds.action(f.score) != ALLOW]
            for f in flagged_findings:
                acted.append(f)
                reasons.append(
                    Reason(cat, f"{cat}.{f.kind}", self._finding_message(f, language), f.start, f.end)
                )
            if not flagged_findings:
                key = _MODEL_REASON_KEY[cat]
                reasons.append(Reason(cat, f"{cat}.model", messages.template_message(key, language)))
        overall = max((c.action for c in categories), key=_RANK.__getitem__, default=ALLOW)
        return Decision(
            decision=overall,
            categories=tuple(categories),
            findings=tuple(findings),
            reasons=tuple(reasons),
            language=language,
            redacted_text=redact(text, [f for f in acted if f.category in _REDACTED_CATEGORIES]),
            policy_version=self.settings.policy_version,
            model_version=model_version,
            id=message_id,
        )

    @staticmethod
    def _finding_message(f: Finding, language: str) -> str:
        if f.category == CONTACT_DETAILS:
            return messages.contact_message(f.kind, f.text, language)
        if f.category == OFF_PLATFORM:
            return messages.template_message("off_platform", language, f.text)
        return messages.template_message(_MODEL_REASON_KEY[f.category], language, f.text)


def redact(text: str, findings: Sequence[Finding], mask: str = "*") -> str:
    """Mask the flagged spans character by character, so offsets in the result stay valid."""
    if not findings:
        return text
    chars = list(text)
    for f in findings:
        for i in range(f.start, f.end):
            if not chars[i].isspace():
                chars[i] = mask
    return "".join(chars)
