import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moderation.classifier import CUE_GROUPS, ModelInput, cue_features, evasive_features, words_text
from moderation.types import CATEGORIES, Finding
from tests.training.tiny import inputs, tiny_corpus, tiny_model

CUE_NAMES = [name for name, _ in CUE_GROUPS]


def test_fast_path_matches_predict_proba():
    model = tiny_model()
    records = inputs(tiny_corpus())[:400]
    reference = model.predict_proba(records)
    fast = np.array(
        [[model.score(r.text, r.context, (), r.language)[c] for c in CATEGORIES] for r in records]
    )
    assert np.abs(reference - fast).max() < 1e-6


def test_fast_path_matches_with_findings():
    model = tiny_model()
    finding = Finding("contact_details", "phone", 0, 4, "5123", "5123", "phone/test")
    record = ModelInput.build("5123 helista", None, [finding], "et")
    ref = model.predict_proba([record])[0]
    got = model.score(record.text, None, [finding], "et")
    assert np.allclose(ref, [got[c] for c in CATEGORIES], atol=1e-6)


def test_score_many_equals_score():
    model = tiny_model()
    items = [(r["text"], r["context"], (), r["lang"]) for r in tiny_corpus().rows[:50]]
    batch = model.score_many(items)
    assert batch == [pytest.approx(model.score(*item), abs=1e-12) for item in items]
    assert model.score_many([]) == []


@given(st.text(max_size=300), st.one_of(st.none(), st.text(max_size=200)))
@settings(max_examples=60, deadline=None)
def test_scores_are_probabilities(text, context):
    scores = tiny_model().score(text, context, (), "und")
    assert set(scores) == set(CATEGORIES)
    assert all(0.0 <= v <= 1.0 for v in scores.values())


@pytest.mark.parametrize(
    ("text", "group", "expected"),
    [
        ("Pakk jõuab kohale reedel", "discount", 0.0),  # "ale" inside "kohale" is not a sale
        ("Suur ale nyt kaupassamme", "discount", 1.0),
        ("Pay via Revolut please", "pay_app", 1.0),
        ("Please keep all communication here", "keep_rules", 1.0),
        ("Оплатите наличными при получении", "cash", 1.0),
        ("Tilaus lähtee tänään", "cash", 0.0),
    ],
)
def test_cue_features(text, group, expected):
    assert cue_features(words_text(text))[CUE_NAMES.index(group)] == expected


def test_evasive_features_without_context_are_neutral():
    f = evasive_features("We will check.", None)
    assert f[:9] == [0.0] * 9
    assert f[10] > 0  # the generic-phrase cue still fires


def test_evasive_features_see_overlap_and_missing_numbers():
    ctx = "When will the parcel arrive? And how much is shipping?"
    vague = evasive_features("We will check.", ctx)
    full = evasive_features("The parcel arrives on Friday, shipping costs 3.99 €.", ctx)
    assert full[2] > vague[2]  # key-term overlap
    assert vague[5] == 1.0 and full[5] == 0.0  # asked when/how much, no number in the reply
    assert vague[3] > full[3]  # unanswered questions


def test_words_view_is_bounded():
    assert len(words_text("a" * 100_000)) <= 4000


# --- intent features ---------------------------------------------------------------------------
from moderation.classifier import N_CUE_FEATURES, intent_features, split_clauses  # noqa: E402
from moderation.normalize import normalize  # noqa: E402


@pytest.mark.parametrize(
    ("text", "lang", "negated_word"),
    [
        ("Please never pay the seller directly, use the checkout.", "en", "directly"),
        ("We don't accept cash, pay at checkout.", "en", "cash"),
        ("Ärge kandke raha otse müüjale.", "et", "otse"),
        ("Не переводите деньги напрямую.", "ru", "напрямую"),
        ("Nepārskaitiet naudu tieši pārdevējam.", "lv", "tieši"),
        ("Nesiųskite pinigų tiesiogiai pardavėjui.", "lt", "tiesiogiai"),
        ("Älkää maksako suoraan myyjälle.", "fi", "suoraan"),
    ],
)
def test_negated_clause_holds_the_cue(text, lang, negated_word):
    asserted, negated = split_clauses(words_text(text), lang)
    assert negated_word in negated
    assert negated_word not in asserted


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pay me directly, then there are no fees.", "en"),
        ("Order no. 4411 ships on Monday.", "en"),  # 'no.' before a number is not a negation
        ("Saadame paki järgmisel nädalal, et jõuaks reedeks.", "et"),  # Estonian 'et' = 'that'
        ("Nākamnedēļ nosūtīsim, nedēļas laikā būs klāt.", "lv"),  # 'nedēļa' = week
        ("Nešiojamas kompiuteris išsiųstas neseniai.", "lt"),  # 'nešiojamas', 'neseniai'
    ],
)
def test_affirmative_clauses_are_not_negated(text, lang):
    asserted, negated = split_clauses(words_text(text), lang)
    first_clause = words_text(text).split(",")[0]
    assert first_clause.strip() in asserted


def test_intent_features_separate_asserted_from_negated_cues():
    direct = CUE_NAMES.index("direct")
    invite = intent_features(words_text("Pay me directly, it is cheaper."), "en", has_contact=False)
    warning = intent_features(words_text("Never pay anyone directly."), "en", has_contact=False)
    assert invite[direct] == 1.0 and invite[N_CUE_FEATURES + direct] == 0.0
    assert warning[direct] == 0.0 and warning[N_CUE_FEATURES + direct] == 1.0


def test_messenger_without_a_channel_is_its_own_feature():
    bare = intent_features(words_text("The watch shows Viber notifications."), "en", has_contact=False)
    reached = intent_features(words_text("The watch shows Viber notifications."), "en", has_contact=True)
    assert bare != reached


def test_score_reuses_the_moderators_normalization():
    model = tiny_model()
    for r in tiny_corpus().rows[:40]:
        plain = model.score(r["text"], r["context"], (), r["lang"])
        reused = model.score(r["text"], r["context"], (), r["lang"], norm=normalize(r["text"]))
        assert reused == pytest.approx(plain, abs=1e-12)
    other = normalize("something else entirely")
    text = "kirjuta mulle otse"
    assert model.score(text, None, (), "et", norm=other) == pytest.approx(model.score(text, None, (), "et"))
    items = [(r["text"], r["context"], (), r["lang"]) for r in tiny_corpus().rows[:20]]
    norms = [normalize(t) for t, *_ in items]
    expected = [pytest.approx(s, abs=1e-12) for s in model.score_many(items)]
    assert model.score_many(items, norms=norms) == expected
