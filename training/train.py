"""Fit the pipeline, choose thresholds on grouped out-of-fold scores, judge it on held-out templates."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.model_selection import GroupKFold
from tqdm import tqdm

from moderation.classifier import ModelInput, TrainedClassifier, make_pipeline
from moderation.config import Settings, Thresholds
from moderation.model_store import CURRENT_FILE, save_model
from moderation.types import CATEGORIES
from training.data import Finder, compute_findings, data_hash, group_split, model_inputs, read_corpus
from training.evaluate import evaluate_scores
from training.metrics import choose_thresholds
from training.report import write_reports


@dataclass(frozen=True, slots=True)
class TrainConfig:
    seed: int = 0
    max_features: int = 40000
    C: float = 4.0
    cv_folds: int = 5
    calibration_folds: int = 4
    test_fraction: float = 0.2


def fit(inputs: Sequence[ModelInput], Y: np.ndarray, groups: np.ndarray, cfg: TrainConfig):
    pipeline = make_pipeline(max_features=cfg.max_features, C=cfg.C, cv=cfg.calibration_folds, seed=cfg.seed)
    return pipeline.fit(list(inputs), Y, clf__groups=list(groups))


def out_of_fold(
    inputs: Sequence[ModelInput], Y: np.ndarray, groups: np.ndarray, cfg: TrainConfig, progress: bool = True
) -> np.ndarray:
    """Grouped cross-validation: each row scored by a model that never saw its template."""
    P = np.zeros(Y.shape)
    n_splits = min(cfg.cv_folds, len(set(groups)))
    folds = list(GroupKFold(n_splits=n_splits).split(inputs, Y, groups))
    for train, test in tqdm(folds, desc="grouped cv", unit="fold", disable=not progress):
        model = fit([inputs[i] for i in train], Y[train], groups[train], cfg)
        P[test] = model.predict_proba([inputs[i] for i in test])
    return P


def train(
    data: str | os.PathLike[str],
    out_root: str | os.PathLike[str],
    finder: Finder | None,
    cfg: TrainConfig = TrainConfig(),
    version: str | None = None,
    make_current: bool = True,
    progress: bool = True,
) -> Path:
    """Train on the corpus at ``data``; write ``<out_root>/<version>/`` and point ``CURRENT`` at it."""
    settings = Settings.load(env={})
    corpus = read_corpus(data)
    findings = compute_findings(corpus, finder, progress)
    inputs = model_inputs(corpus, findings)
    Y, groups = corpus.labels, corpus.groups
    train_idx, test_idx = group_split(corpus, cfg.test_fraction, cfg.seed)
    tr_inputs = [inputs[i] for i in train_idx]

    oof = out_of_fold(tr_inputs, Y[train_idx], groups[train_idx], cfg, progress)
    thresholds = {}
    for j, cat in enumerate(CATEGORIES):
        block, warn = choose_thresholds(Y[train_idx, j], oof[:, j])
        thresholds[cat] = Thresholds(block=block, warn=warn)

    if progress:
        print("fitting the final model ...", file=sys.stderr)
    pipeline = fit(tr_inputs, Y[train_idx], groups[train_idx], cfg)
    digest = data_hash(data)
    version = version or f"clf-{dt.date.today():%Y%m%d}-{digest[:8]}-s{cfg.seed}"
    model = TrainedClassifier(pipeline, version, thresholds)

    train_corpus, test_corpus = corpus.subset(train_idx), corpus.subset(test_idx)
    cv_report = evaluate_scores(train_corpus, oof, [findings[i] for i in train_idx], thresholds, settings)
    test_P = model.predict_proba([inputs[i] for i in test_idx])
    test_report = evaluate_scores(test_corpus, test_P, [findings[i] for i in test_idx], thresholds, settings)
    evaluation = {
        "held_out": test_report,
        "grouped_cv": cv_report,
        "split": {
            "train": len(train_idx),
            "test": len(test_idx),
            "by": "source",
            "test_sources": len(set(groups[test_idx])),
        },
    }
    out_dir = Path(out_root) / version
    metadata = {
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "categories": list(CATEGORIES),
        "training_data": {"path": Path(data).name, "sha256": digest, "rows": len(corpus.rows)},
        "config": {k: getattr(cfg, k) for k in cfg.__slots__},
        "findings_used": finder is not None,
        "metrics": _headline(test_report),
    }
    save_model(
        pipeline,
        out_dir,
        version,
        {c: {"block": t.block, "warn": t.warn} for c, t in thresholds.items()},
        metadata,
    )
    write_reports(out_dir, evaluation, metadata | {"version": version, "thresholds": thresholds})
    if make_current:
        (Path(out_root) / CURRENT_FILE).write_text(version + "\n", encoding="utf-8")
    return out_dir


def _headline(report: dict) -> dict:
    return {
        "held_out_f1_warn_level": {c: m["warn_level"]["f1"] for c, m in report["categories"].items()},
        "held_out_precision_block_level": {
            c: m["block_level"]["precision"] for c, m in report["categories"].items()
        },
        "held_out_decision_accuracy": report["decision"]["accuracy"],
        "held_out_false_block_rate": report["decision"]["false_block_rate"],
    }
