import numpy as np
import pytest

from training.metrics import choose_thresholds, confusion, gold_decision, prf


def test_prf_counts():
    m = prf(np.array([1, 1, 0, 0]), np.array([1, 0, 1, 0]))
    assert (m["precision"], m["recall"], m["f1"], m["support"]) == (0.5, 0.5, 0.5, 2)


def test_block_threshold_reaches_the_precision_target():
    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, 2000)
    p = np.clip(y * 0.5 + rng.normal(0.25, 0.2, 2000), 0, 1)
    block, warn = choose_thresholds(y, p)
    assert 0.3 <= warn <= block < 1.0
    assert y[p >= block].mean() >= 0.95
    assert y[p >= warn].mean() >= 0.80


def test_no_threshold_when_the_target_is_unreachable():
    y = np.array([0, 1] * 50)
    p = np.full(100, 0.9)
    assert choose_thresholds(y, p) == (1.01, 1.01)


@pytest.mark.parametrize(
    ("labels", "decision"),
    [
        ([], "allow"),
        (["evasive"], "warn"),
        (["marketing", "evasive"], "block"),
        (["contact_details"], "block"),
    ],
)
def test_gold_decision(labels, decision):
    assert gold_decision(labels) == decision


def test_confusion_matrix():
    c = confusion(["allow", "block", "block"], ["allow", "warn", "block"])
    assert c["block"] == {"allow": 0, "warn": 1, "block": 1}
