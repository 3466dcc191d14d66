"""Quality floors on the blind set (`evaluation/blind_v1.jsonl`), for the shipped model.

Floors, not pinned results: they sit a little under what the current model measured, so a
change that loses a real share of quality fails here and shows up before it ships. The
figures themselves are in `evaluation/blind_v1_report.md`.
"""

import pytest

from evaluation.run_blind import load_rows, metrics, run
from moderation import Moderator, Settings
from moderation.model_store import default_model_dir, load_model


@pytest.fixture(scope="module")
def results():
    moderator = Moderator.build(Settings.load(env={}), model=load_model(default_model_dir()))
    return metrics(run(moderator, load_rows()))


def test_legitimate_messages_are_almost_never_blocked(results):
    allow = results["confusion"]["allow"]
    assert allow["block"] / sum(allow.values()) <= 0.02


def test_contact_details_are_found(results):
    assert results["categories"]["contact_details"]["recall"] >= 0.95
    assert results["categories"]["contact_details"]["precision"] >= 0.9


def test_decisions_are_mostly_right(results):
    assert results["accuracy"] >= 0.85
    assert results["block_recall"] >= 0.75
