import re
from collections import Counter

import pytest

from moderation.types import CATEGORIES
from training import slots
from training.generate import generate
from training.seeds import load_seeds, parse_labels

LANGS = ("et", "en", "ru", "lv", "lt", "fi")


def test_generation_is_deterministic():
    assert generate(per_template=2, seed=3) == generate(per_template=2, seed=3)
    assert generate(per_template=2, seed=3) != generate(per_template=2, seed=4)


def test_every_example_names_its_seed():
    seed_ids = {s.id for s in (*load_seeds().messages, *load_seeds().qa, *load_seeds().generic)}
    examples = generate(per_template=2)
    assert all(e.source in seed_ids for e in examples)
    assert len({e.id for e in examples}) == len(examples)


def test_corpus_covers_every_language_and_category():
    examples = generate(per_template=3)
    by = Counter((e.lang, label) for e in examples for label in (e.labels or ("clean",)))
    for lang in LANGS:
        for label in (*CATEGORIES, "clean"):
            assert by[(lang, label)] >= 5, (lang, label)


def test_evasive_examples_have_a_buyer_question():
    assert all(e.context for e in generate(per_template=2) if "evasive" in e.labels)


@pytest.mark.parametrize("seed", range(20))
def test_slot_values_carry_valid_check_digits(seed):
    import random

    rng = random.Random(seed)
    code = slots.s10_tracking(rng)
    digits = [int(d) for d in code[2:10]]
    check = 11 - sum(d * w for d, w in zip(digits, (8, 6, 4, 2, 3, 5, 9, 7), strict=True)) % 11
    assert int(code[10]) == {10: 0, 11: 5}.get(check, check)
    ean = slots.ean13(rng)
    assert sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(ean)) % 10 == 0
    for lang in LANGS:
        iban = slots.iban(rng, lang).replace(" ", "")
        rearranged = iban[4:] + iban[:4]
        assert int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def test_unknown_label_letter_is_rejected():
    with pytest.raises(ValueError):
        parse_labels("CX")


def test_hard_negatives_are_clean():
    hard = [s for s in load_seeds().messages if re.match(r"\w\w-h\d", s.id)]
    assert len(hard) >= 30 and all(not s.labels for s in hard)
