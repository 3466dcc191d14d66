"""Policy: findings and model scores -> decision, reasons, redaction."""

import pytest

from moderation.config import Settings, Thresholds
from moderation.policy import Policy, redact
from moderation.types import CATEGORIES, Finding


@pytest.fixture(scope="module")
def policy() -> Policy:
    return Policy(Settings.load(env={}))


def phone(text: str, start: int, score: float = 1.0) -> Finding:
    value = text[start : start + 14]
    return Finding(
        "contact_details", "phone", start, start + len(value), value, "+37251234567", "phone/test", score
    )


def test_no_findings_no_model_allows_with_all_categories(policy):
    d = policy.decide("Tere!", [], "et")
    assert d.decision == "allow"
    assert [c.category for c in d.categories] == list(CATEGORIES)
    assert all(c.score == 0 and not c.flagged for c in d.categories)
    assert d.reasons == ()
    assert d.redacted_text == "Tere!"
    assert d.model_version is None


@pytest.mark.parametrize(
    ("score", "expected"),
    [(1.0, "block"), (0.8, "block"), (0.79, "warn"), (0.5, "warn"), (0.49, "allow")],
)
def test_rule_score_thresholds(policy, score, expected):
    text = "Helista +372 5123 4567 palun"
    d = policy.decide(text, [phone(text, 8, score)], "et")
    assert d.decision == expected
    assert d.category("contact_details").flagged is (expected != "allow")


def test_reason_in_sellers_language_with_span(policy):
    text = "Helista +372 5123 4567 palun"
    d = policy.decide(text, [phone(text, 8)], "et")
    (reason,) = d.reasons
    assert reason.category == "contact_details"
    assert reason.code == "contact_details.phone"
    assert "telefoninumbrit" in reason.message and "+372 5123 4567" in reason.message
    assert (reason.start, reason.end) == (8, 22)


@pytest.mark.parametrize("lang", ["de", "und", "xx"])
def test_unknown_language_falls_back_to_english(policy, lang):
    text = "Call +372 5123 4567"
    d = policy.decide(text, [phone(text, 5)], lang)
    assert "phone number" in d.reasons[0].message
    assert d.language == lang


def test_redaction_masks_flagged_spans_and_keeps_length(policy):
    text = "Helista +372 5123 4567 palun"
    d = policy.decide(text, [phone(text, 8)], "et")
    assert d.redacted_text == "Helista **** **** **** palun"
    assert len(d.redacted_text) == len(text)


def test_unflagged_finding_is_not_redacted(policy):
    text = "Helista +372 5123 4567 palun"
    d = policy.decide(text, [phone(text, 8, 0.3)], "et")
    assert d.redacted_text == text
    assert d.decision == "allow"
    assert len(d.findings) == 1  # still reported, for reviewers


def test_model_scores_use_model_thresholds(policy):
    thresholds = {"marketing": Thresholds(block=0.9, warn=0.4)}
    d = policy.decide("Vaata meie poodi!", [], "et", {"marketing": 0.5}, thresholds, "m1")
    assert d.decision == "warn"
    assert d.category("marketing").action == "warn"
    assert d.reasons[0].code == "marketing.model"
    assert d.model_version == "m1"
    d = policy.decide("Vaata meie poodi!", [], "et", {"marketing": 0.95}, thresholds, "m1")
    assert d.decision == "block"


def test_evasive_never_blocks(policy):
    d = policy.decide("OK.", [], "en", {"evasive": 0.99}, {"evasive": Thresholds(0.5, 0.3)}, "m1")
    assert d.decision == "warn"


def test_rule_finding_blocks_regardless_of_model(policy):
    text = "Helista +372 5123 4567 palun"
    d = policy.decide(text, [phone(text, 8)], "et", {"contact_details": 0.01}, {}, "m1")
    assert d.decision == "block"


def test_to_dict_shape(policy):
    text = "Helista +372 5123 4567 palun"
    out = policy.decide(text, [phone(text, 8)], "et", message_id="m-1").to_dict()
    assert set(out) >= {
        "id",
        "decision",
        "categories",
        "findings",
        "reasons",
        "language",
        "redacted_text",
        "policy_version",
        "model_version",
    }
    assert out["id"] == "m-1"
    assert set(out["categories"]) == set(CATEGORIES)
    assert set(out["findings"][0]) >= {"category", "kind", "start", "end", "text", "normalized", "source"}


def test_redact_without_findings_is_identity():
    assert redact("abc", []) == "abc"


def test_model_alone_never_blocks_contact_details(policy):
    d = policy.decide(
        "WhatsApp ei tööta selles telefonis.",
        [],
        "et",
        {"contact_details": 0.99},
        {"contact_details": Thresholds(0.5, 0.5)},
        "m1",
    )
    assert d.decision == "warn"
    assert d.reasons[0].code == "contact_details.model"


def test_model_thresholds_are_raised_to_the_policy_floors(policy):
    lax = {"off_platform": Thresholds(block=0.3, warn=0.1)}
    assert policy.decide("x", [], "en", {"off_platform": 0.4}, lax, "m1").decision == "allow"
    assert policy.decide("x", [], "en", {"off_platform": 0.6}, lax, "m1").decision == "warn"
    assert policy.decide("x", [], "en", {"off_platform": 0.85}, lax, "m1").decision == "block"


def test_unknown_warn_only_category_is_a_config_error():
    from moderation.config import Settings as S
    from moderation.errors import ConfigError

    raw = {"model": {"warn_only": ["spam"]}}
    base = S.load(env={})
    with pytest.raises(ConfigError, match="spam"):
        S.from_mapping({**_raw_defaults(), **raw})
    assert base.model_warn_only == {"contact_details", "evasive"}


def _raw_defaults():
    from moderation.config import _read_default

    return _read_default()
