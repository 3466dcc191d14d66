"""Judge a model on a labeled corpus: per category, per language, and the final decision."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from moderation.classifier import ModelInput, TrainedClassifier
from moderation.config import Settings, Thresholds
from moderation.policy import Policy
from moderation.types import CATEGORIES, Finding
from training.data import Corpus
from training.metrics import DECISIONS, confusion, gold_decision, prf


def category_metrics(Y: np.ndarray, P: np.ndarray, thresholds: Mapping[str, Thresholds]) -> dict:
    """Per category: the model alone, flagged at the warn threshold and at the block threshold."""
    out = {}
    for j, cat in enumerate(CATEGORIES):
        t = thresholds[cat]
        out[cat] = {
            "warn_level": prf(Y[:, j], (P[:, j] >= t.warn).astype(int)),
            "block_level": prf(Y[:, j], (P[:, j] >= t.block).astype(int)),
        }
    return out


def decisions(
    corpus: Corpus,
    findings: Sequence[Sequence[Finding]],
    P: np.ndarray,
    thresholds: Mapping[str, Thresholds],
    settings: Settings,
) -> list[str]:
    """What the policy decides from the rule findings plus these model scores."""
    policy = Policy(settings)
    out = []
    for row, f, p in zip(corpus.rows, findings, P, strict=True):
        scores = {c: float(v) for c, v in zip(CATEGORIES, p, strict=True)}
        out.append(
            policy.decide(
                row["text"], list(f), row["lang"], model_scores=scores, model_thresholds=thresholds
            ).decision
        )
    return out


def evaluate(
    model: TrainedClassifier,
    corpus: Corpus,
    inputs: Sequence[ModelInput],
    findings: Sequence[Sequence[Finding]],
    settings: Settings | None = None,
) -> dict:
    settings = settings or Settings.load()
    P = model.predict_proba(inputs)
    return evaluate_scores(corpus, P, findings, model.thresholds, settings)


def evaluate_scores(
    corpus: Corpus,
    P: np.ndarray,
    findings: Sequence[Sequence[Finding]],
    thresholds: Mapping[str, Thresholds],
    settings: Settings,
) -> dict:
    Y = corpus.labels
    langs = corpus.languages
    gold = [gold_decision(r["labels"]) for r in corpus.rows]
    predicted = decisions(corpus, findings, P, thresholds, settings)
    gold_a, pred_a = np.array(gold), np.array(predicted)
    report: dict = {
        "n": len(corpus.rows),
        "categories": category_metrics(Y, P, thresholds),
        "decision": _decision_summary(gold_a, pred_a),
        "by_language": {},
    }
    for lang in sorted(set(langs)):
        m = langs == lang
        report["by_language"][lang] = {
            "n": int(m.sum()),
            "categories": {
                cat: prf(Y[m, j], (P[m, j] >= thresholds[cat].warn).astype(int))
                for j, cat in enumerate(CATEGORIES)
            },
            "decision": _decision_summary(gold_a[m], pred_a[m]),
        }
    return report


def _decision_summary(gold: np.ndarray, predicted: np.ndarray) -> dict:
    allow = gold == "allow"
    return {
        "accuracy": round(float(np.mean(gold == predicted)), 4) if len(gold) else 0.0,
        "false_block_rate": round(float(np.mean(predicted[allow] == "block")), 4) if allow.any() else 0.0,
        "missed_block_rate": round(float(np.mean(predicted[gold == "block"] != "block")), 4)
        if (gold == "block").any()
        else 0.0,
        "confusion": confusion(list(gold), list(predicted)),
        "labels": list(DECISIONS),
    }
