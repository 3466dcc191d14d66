"""Precision, recall, F1, threshold choice and the decision confusion matrix."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

DECISIONS = ("allow", "warn", "block")


def prf(y_true: np.ndarray, y_pred: np.ndarray) -> dict[str, float]:
    tp = int(np.sum((y_true == 1) & (y_pred == 1)))
    fp = int(np.sum((y_true == 0) & (y_pred == 1)))
    fn = int(np.sum((y_true == 1) & (y_pred == 0)))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "support": int(np.sum(y_true == 1)),
        "predicted": tp + fp,
    }


def choose_thresholds(
    y: np.ndarray,
    p: np.ndarray,
    block_precision: float = 0.97,
    warn_precision: float = 0.80,
    min_predicted: int = 5,
    floor: float = 0.5,
) -> tuple[float, float]:
    """``block``: the lowest threshold whose precision on (out-of-fold) data is >= ``block_precision``;
    ``warn``: the lowest at or below it with precision >= ``warn_precision``. Both rounded to 0.01.

    When no threshold reaches a target the model may not act at that level (1.01). Thresholds
    never go below ``floor`` (0.5: more likely than not): a perfectly separated training set would
    otherwise yield thresholds like 0.05 that no real message distribution supports.
    """
    grid = np.round(np.arange(floor, 1.0, 0.01), 2)

    def lowest(target: float) -> float:
        for t in grid:
            pred = p >= t
            if pred.sum() >= min_predicted and y[pred].mean() >= target:
                # precision must hold for every higher threshold too, not just this one
                if all(y[p >= u].mean() >= target for u in grid[grid > t] if (p >= u).sum() >= min_predicted):
                    return float(t)
        return 1.01

    block = max(lowest(block_precision), 0.5)
    warn = min(lowest(warn_precision), block)
    return block, warn


def gold_decision(labels: Sequence[str]) -> str:
    if any(c in labels for c in ("contact_details", "off_platform", "marketing")):
        return "block"
    if "evasive" in labels:
        return "warn"
    return "allow"


def confusion(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, dict[str, int]]:
    """``matrix[gold][predicted]`` counts."""
    matrix = {g: dict.fromkeys(DECISIONS, 0) for g in DECISIONS}
    for g, p in zip(gold, predicted, strict=True):
        matrix[g][p] += 1
    return matrix
