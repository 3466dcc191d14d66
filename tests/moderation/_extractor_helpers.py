"""Shared helpers for the extractor tests (spans, thresholds, timing)."""

from __future__ import annotations

import time
from collections.abc import Callable

from moderation.normalize import normalize
from moderation.types import Finding

REPORTED = 0.5  # the warn threshold: below it a finding is not reported
BLOCK = 0.8


def found(extractor: object, text: str, min_score: float = REPORTED) -> list[Finding]:
    return [f for f in extractor.find(normalize(text)) if f.score >= min_score]  # type: ignore[attr-defined]


def spans_ok(text: str, findings: list[Finding]) -> bool:
    return all(text[f.start : f.end] == f.text and f.start < f.end for f in findings)


def best_seconds(fn: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best
