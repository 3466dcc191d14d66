"""A small corpus and model for tests: real seeds, few variants, small vocabulary (seconds to fit)."""

from __future__ import annotations

from functools import cache

from moderation.classifier import ModelInput, TrainedClassifier, make_pipeline
from moderation.config import Thresholds
from moderation.types import CATEGORIES
from training.data import Corpus
from training.generate import generate

THRESHOLDS = {c: Thresholds(block=0.8, warn=0.5) for c in CATEGORIES}


@cache
def tiny_corpus(seed: int = 0) -> Corpus:
    return Corpus(tuple(e.to_dict() for e in generate(per_template=2, seed=seed)))


def inputs(corpus: Corpus) -> list[ModelInput]:
    return [ModelInput.build(r["text"], r["context"], (), r["lang"]) for r in corpus.rows]


def fit_tiny(seed: int = 0) -> TrainedClassifier:
    corpus = tiny_corpus()
    pipeline = make_pipeline(max_features=3000, cv=3, seed=seed)
    pipeline.fit(inputs(corpus), corpus.labels, clf__groups=list(corpus.groups))
    return TrainedClassifier(pipeline, f"tiny-s{seed}", THRESHOLDS)


@cache
def tiny_model() -> TrainedClassifier:
    return fit_tiny(0)
