"""The whole check path on awkward input: clear errors, no crashes, no hangs."""

import random
import time
from dataclasses import replace

import pytest

from moderation import InputTooLarge, InvalidInput, Moderator, Settings


@pytest.fixture(scope="module")
def moderator() -> Moderator:
    return Moderator.build(Settings.load(env={}), model=None)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("", "text"),
        ("   \n\t ", "text"),
        (None, "text"),
        (42, "text"),
        (b"\x00\xff binary", "text"),
        (["a"], "text"),
    ],
)
def test_invalid_text_is_a_clear_error(moderator, text, field):
    with pytest.raises(InvalidInput) as info:
        moderator.check(text)
    assert info.value.field == field


def test_wrong_context_and_language_types(moderator):
    with pytest.raises(InvalidInput, match="context"):
        moderator.check("Tere", context=12)
    with pytest.raises(InvalidInput, match="language"):
        moderator.check("Tere", language="not a language!")


def test_over_limit_is_input_too_large(moderator):
    with pytest.raises(InputTooLarge, match="limit"):
        moderator.check("a" * (moderator.settings.max_text_chars + 1))


def test_caller_language_wins(moderator):
    assert moderator.check("Tere, pakk on teel.", language="fi").language == "fi"
    assert moderator.check("Tere, pakk on teel ja jõuab homme kohale.").language == "et"


def _timed_check(moderator, text):
    start = time.perf_counter()
    decision = moderator.check(text)
    return decision, time.perf_counter() - start


@pytest.fixture(scope="module")
def unlimited() -> Moderator:
    settings = replace(Settings.load(env={}), max_text_chars=2_000_000)
    return Moderator.build(settings, model=None)


@pytest.mark.parametrize(
    "text",
    [
        "1" * 10_000,
        "1 " * 5_000,
        "a@" * 20_000,
        "." * 50_000,
        "tel " * 10_000,
        "x" * 1_000_000,
        "\ud800 lone surrogate \udfff and +372 5123 4567",
        "".join(chr(random.Random(7).randrange(0, 0x3000)) for _ in range(20_000)),
    ],
    ids=["digits", "spaced-digits", "at-signs", "dots", "cue-words", "1MB", "surrogates", "junk"],
)
def test_adversarial_input_finishes_and_spans_hold(unlimited, text):
    decision, _ = _timed_check(unlimited, text)
    assert decision.decision in {"allow", "warn", "block"}
    for f in decision.findings:
        assert text[f.start : f.end] == f.text


def test_check_time_grows_linearly(unlimited):
    """10x more text may cost ~10x more time, never 100x (no catastrophic backtracking)."""
    unit = "Tere! Pakk CE123456785EE on teel, maksab 49,99 €, tel 5123 4567. "
    _timed_check(unlimited, unit * 10)
    _, small = _timed_check(unlimited, unit * 100)
    _, large = _timed_check(unlimited, unit * 1000)
    assert large < small * 40 + 0.05


class _RecordingModel:
    """A model double that records whether the moderator handed it the normalized text."""

    version = "test"
    thresholds: dict = {}

    def __init__(self, takes_norm: bool) -> None:
        self.seen: list[object] = []
        if takes_norm:
            self.score = self._score_norm  # type: ignore[method-assign]

    def score(self, text, context, findings, language):
        self.seen.append(None)
        return {}

    def _score_norm(self, text, context, findings, language, norm=None):
        self.seen.append(norm)
        return {}


def test_moderator_passes_its_normalization_to_a_model_that_takes_it():
    from moderation.config import Settings
    from moderation.moderator import Moderator

    new, old = _RecordingModel(takes_norm=True), _RecordingModel(takes_norm=False)
    Moderator.build(Settings.load(env={}), model=new).check("Tellimus 12345 on teel")
    Moderator.build(Settings.load(env={}), model=old).check("Tellimus 12345 on teel")
    assert new.seen[0] is not None and new.seen[0].original == "Tellimus 12345 on teel"
    assert old.seen == [None]
