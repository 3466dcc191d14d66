import json

import numpy as np
import pytest

from moderation.classifier import TrainedClassifier
from moderation.config import Settings, Thresholds
from moderation.model_store import load_model
from moderation.moderator import Moderator
from tests.training.tiny import fit_tiny, inputs, tiny_corpus, tiny_model
from training.cli import main


def test_training_is_reproducible():
    records = inputs(tiny_corpus())[:200]
    a = fit_tiny(seed=1).predict_proba(records)
    b = fit_tiny(seed=1).predict_proba(records)
    assert np.array_equal(a, b)


def with_thresholds(model: TrainedClassifier, block: float, warn: float) -> TrainedClassifier:
    return TrainedClassifier(
        model.pipeline, model.version, {c: Thresholds(block, warn) for c in model.categories}
    )


def test_model_thresholds_move_the_decision():
    """A score at or above block blocks, between warn and block warns, below warn allows."""
    base = tiny_model()
    text = "Get 15% off your next purchase with code SALE15! Subscribe to our newsletter."
    score = base.score(text, None, (), "en")["marketing"]
    assert score > 0.05
    settings = Settings.load(env={})
    never = 1.01  # above any probability
    cases = [(score, score / 2, "block"), (never, score, "warn"), (never, never, "allow")]
    for block, warn, expected in cases:
        moderator = Moderator.build(settings, model=with_thresholds(base, block, warn))
        decision = moderator.check(text, language="en")
        assert decision.category("marketing").action == expected


def test_build_data_train_evaluate_end_to_end(tmp_path, capsys):
    data = tmp_path / "corpus.jsonl"
    models = tmp_path / "models"
    assert main(["build-data", "--out", str(data), "--per-template", "2"]) == 0
    assert (
        main(
            ["train", "--data", str(data), "--out", str(models), "--max-features", "3000", "--version", "e2e"]
        )
        == 0
    )
    assert (models / "CURRENT").read_text().strip() == "e2e"
    for name in ("model.joblib", "metadata.json", "MODEL_CARD.md", "evaluation.json", "evaluation.md"):
        assert (models / "e2e" / name).is_file()
    meta = json.loads((models / "e2e" / "metadata.json").read_text())
    assert {"version", "created", "libraries", "sha256", "training_data", "thresholds", "metrics"} <= set(
        meta
    )
    evaluation = json.loads((models / "e2e" / "evaluation.json").read_text())
    assert {"en", "et", "ru", "lv", "lt", "fi"} <= set(evaluation["held_out"]["by_language"])
    assert load_model(models).version == "e2e"
    capsys.readouterr()
    assert main(["evaluate", "--model", str(models / "e2e"), "--data", str(data), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["n"] > 100
    assert report["decision"]["accuracy"] > 0.6  # a sanity floor for a seconds-long training run


@pytest.mark.parametrize("text", ["Tere! Pakk on teel.", "x"])
def test_check_many_matches_check(text):
    moderator = Moderator.build(Settings.load(env={}), model=tiny_model())
    msg = moderator.validate(text, "Millal pakk tuleb?", "et")
    assert moderator.check_many([msg])[0] == moderator.check(
        text, context="Millal pakk tuleb?", language="et"
    )
