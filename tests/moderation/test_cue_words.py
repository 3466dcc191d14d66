"""Cue words: stem matching, the remembered flags, and the reference-sentence test."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moderation.cue_words import (
    CARRIER,
    CARRIER_CUES,
    NUMBER,
    NUMBER_CUES,
    ORDER,
    ORDER_CUES,
    PARCEL,
    PARCEL_CUES,
    PHONE,
    PHONE_CUES,
    cue_flags,
    is_cue,
    mentions_reference,
    sentence_around,
)

SETS = (
    (PHONE, PHONE_CUES),
    (NUMBER, NUMBER_CUES),
    (ORDER, ORDER_CUES),
    (CARRIER, CARRIER_CUES),
    (PARCEL, PARCEL_CUES),
)


@pytest.mark.parametrize(
    ("word", "stems", "expected"),
    [
        ("tellimuse", ORDER_CUES, True),
        ("helistage", PHONE_CUES, True),
        ("tel", PHONE_CUES, True),
        ("telia", PHONE_CUES, False),  # short stems match exactly
        ("чека", ORDER_CUES, True),
        ("kuitin", ORDER_CUES, True),
        ("laatikkoon", PARCEL_CUES, True),
        ("number", NUMBER_CUES, True),
        ("number", PHONE_CUES, False),
        # typos: doubled letters squeezed, one edit from a stem of five letters or more
        ("закааз", ORDER_CUES, True),
        ("arvve", ORDER_CUES, True),
        ("pasūtījjums", ORDER_CUES, True),
        ("oder", ORDER_CUES, True),
        ("tilasu", ORDER_CUES, True),
        ("tellmuse", ORDER_CUES, True),
        ("užsakmo", ORDER_CUES, True),
        ("whasapp", PHONE_CUES, True),
        ("helistge", PHONE_CUES, True),
        # ...but not ordinary words near a stem
        ("teel", PHONE_CUES, False),  # squeezed "tel" is a short stem: exact only
        ("tell", PHONE_CUES, False),
        ("arvestan", ORDER_CUES, False),  # a typo and a long ending: another word
        ("после", ORDER_CUES, False),
        ("price", ORDER_CUES, False),
        ("positive", CARRIER_CUES, False),
        ("watch", ORDER_CUES, False),  # the first letter is kept
    ],
)
def test_is_cue(word: str, stems: frozenset[str], expected: bool) -> None:
    assert is_cue(word, stems) is expected
    assert is_cue(word, stems) is expected  # remembered answer is the same


@given(st.text(alphabet="abcdefghijklmnoprstuvõäöüшкзаяtelhisk", min_size=1, max_size=14))
def test_flags_agree_with_the_sets(word: str) -> None:
    flags = cue_flags(word)
    for bit, stems in SETS:
        assert bool(flags & bit) == is_cue(word, stems)


@pytest.mark.parametrize(
    "text",
    [
        "for a return, write the number 51234567 on the box",
        "tagastamisel kirjutage pakile number 51234567",
        "garantii kehtib kuni 4.3., ostukviitung 51234567",  # compound: ostu + kviitung
        "при возврате напишите на коробке номер 51234567",
        "atgriežot uzrakstiet uz kastes numuru 51234567",
        "palautuksessa kirjoita laatikkoon numero 51234567",
    ],
)
def test_reference_sentences(text: str) -> None:
    start = text.index("51234567")
    assert mentions_reference(text, start, start + 8)


@pytest.mark.parametrize(
    "text",
    [
        "tere, 51234567 aitäh",
        "for a return call me 51234567 on the box",  # a phone cue wins
        "the box is ready. write 51234567 anytime",  # another sentence
        "my number 51234567",
    ],
)
def test_not_reference_sentences(text: str) -> None:
    start = text.index("51234567")
    assert not mentions_reference(text, start, start + 8)


def test_sentence_is_bounded() -> None:
    text = "box " * 1000 + "51234567" + " label" * 1000
    start = text.index("5")
    around = sentence_around(text, start, start + 8)
    assert len(around) <= 2 * 120 + 1
