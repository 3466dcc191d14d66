"""Allowlist of legitimate numbers: which spans are protected, with which strength."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moderation.allowlist import (
    CHECKSUM,
    CONTEXT,
    FORMAT,
    overlapping,
    protected_spans,
)
from moderation.checksums import gtin_valid, luhn_valid
from moderation.cue_words import CARRIER_CUES, JOINER_WORDS, ORDER_CUES, PHONE_CUES, is_cue
from moderation.normalize import normalize


def spans_of(text: str):
    view = normalize(text).digits
    return view.text, protected_spans(view.text)


def covering(text: str, needle: str):
    """The protected spans that cover the whole of ``needle`` (located in the view)."""
    view_text, spans = spans_of(text)
    start = view_text.index(needle)
    end = start + len(needle)
    return [s for s in spans if s.start <= start and end <= s.end]


# (text, a substring of the folded text that must be covered, kind, strength)
PROTECTED = [
    ("Pakk CE123456785EE teel", "ce123456785ee", "s10", FORMAT),
    ("Sūtījums RR123456785LV", "rr123456785lv", "s10", FORMAT),
    ("code CE 123 456 785 EE", "ce 123 456 785 ee", "s10", FORMAT),
    ("tracking CE123456789EE", "ce123456789ee", "s10-shape", FORMAT),
    ("JJFI65432110000012345 on teel", "jjfi65432110000012345", "tracking", FORMAT),
    ("DPD 05212345678901", "05212345678901", "dpd", FORMAT),
    ("saadetis 0521 2345 6789 01", "0521 2345 6789 01", "dpd", FORMAT),
    ("IBAN EE38 2200 2210 2014 5685", "ee38 2200 2210 2014 5685", "iban", FORMAT),
    ("LV80BANK0000435195001", "lv80bank0000435195001", "iban", FORMAT),
    ("kaart 4111 1111 1111 1111", "4111 1111 1111 1111", "card", FORMAT),
    ("Hind 49,99 €", "49,99 €", "price", FORMAT),
    ("€49.99", "€49.99", "price", FORMAT),
    ("1 299 EUR", "1 299 eur", "price", FORMAT),
    ("12.50 eur", "12.50 eur", "price", FORMAT),
    ("Hind 499.-", "499.-", "price", FORMAT),
    ("Цена 2 512 345 руб", "2 512 345 руб", "price", FORMAT),
    ("Allahindlus 25 %", "25 %", "percent", FORMAT),
    ("Mõõdud 30x40x50 cm", "30x40x50", "code", FORMAT),
    ("Mõõdud 30 x 40 x 50 cm", "30 x 40 x 50 cm", "size", FORMAT),
    ("Kaal 2,5 kg", "2,5 kg", "size", FORMAT),
    ("Tarne 12.03.2024", "12.03.2024", "date", FORMAT),
    ("2024-03-12", "2024-03-12", "date", FORMAT),
    ("toimetame 12/03", "12/03", "date", FORMAT),
    ("3.5.2024 kohale", "3.5.2024", "date", FORMAT),
    ("kell 14:30", "14:30", "time", FORMAT),
    ("avatud 14.30-18.00", "14.30-18.00", "time", FORMAT),
    ("klo 14.30", "14.30", "time", FORMAT),
    ("aastal 2021", "2021", "year", FORMAT),
    ("Tarne 3-5 päeva", "3-5", "range", FORMAT),
    ("SM-A546B", "a546b", "code", FORMAT),
    ("Mudel SM-51234567", "sm-51234567", "code", FORMAT),
    ("iPhone 15 Pro 256GB", "256gb", "code", FORMAT),
    ("EAN 4006381333931", "4006381333931", "ean13", CHECKSUM),
    ("IMEI 490154203237518", "490154203237518", "imei", CHECKSUM),
    ("IMEI 49 015420 323751 8", "49 015420 323751 8", "imei", CHECKSUM),
    ("Tellimus 51234567 saadetud", "51234567", "order", CONTEXT),
    ("Tellimuse nr 5123 4567", "5123 4567", "order", CONTEXT),
    ("Order #5123", "5123", "order", CONTEXT),
    ("Заказ № 51234567", "51234567", "order", CONTEXT),
    ("Номер заказа 5123 4567", "5123 4567", "order", CONTEXT),
    ("Pasūtījums 21234567", "21234567", "order", CONTEXT),
    ("Užsakymas 861234567", "861234567", "order", CONTEXT),
    ("Tilausnumero 0401234567", "0401234567", "order", CONTEXT),
    ("Lasku 040 123 4567", "040 123 4567", "order", CONTEXT),
    ("S/N 51234567", "51234567", "order", CONTEXT),
    ("DHL 5123456789", "5123456789", "carrier", CONTEXT),
    ("Omniva pakiautomaat, kood 51234567", "51234567", "order", CONTEXT),
]


@pytest.mark.parametrize(("text", "needle", "kind", "strength"), PROTECTED)
def test_protected(text, needle, kind, strength):
    found = covering(text, needle)
    assert any(s.kind == kind and s.strength == strength for s in found), (text, found)


NOT_PROTECTED = [
    ("helista 5123 4567", "5123 4567"),
    ("Tellimus 123 saadetud, helista 5123 4567", "5123 4567"),
    ("tel-5123 4567", "5123 4567"),
    ("call 040 123 4567 in the evening", "040 123 4567"),
    ("+372 5123 4567", "5123 4567"),
    ("helista 0 - 1 - 31234567", "0 - 1 - 31234567"),
    ("helista 04.12.34.5678", "04.12.34.5678"),
    ("whatsapp 5123-4567", "5123-4567"),
]


@pytest.mark.parametrize(("text", "needle"), NOT_PROTECTED)
def test_phone_numbers_are_not_protected(text, needle):
    view_text, spans = spans_of(text)
    start = view_text.index(needle)
    assert overlapping(spans, start, start + len(needle)) == [], spans


def test_nearest_cue_decides():
    # a phone cue between the order cue and the number wins, and the reverse
    assert covering("tellimuse kohta helista 5123 4567", "5123 4567") == []
    assert covering("helista tellimuse nr 5123 4567", "5123 4567")


def test_date_range_is_two_dates():
    found = [s.kind for s in spans_of("Puhkus 25.12.2023-05.01.2024")[1]]
    assert found.count("date") == 2


def test_checksums():
    assert gtin_valid("4006381333931") and not gtin_valid("4006381333932")
    assert gtin_valid("96385074")
    assert luhn_valid("4111111111111111") and not luhn_valid("4111111111111112")


def test_spans_are_sorted_and_in_bounds():
    text = "Tellimus 123, CE123456785EE, 49,99 €, 12.03.2024, EAN 4006381333931, kell 14:30"
    view_text, spans = spans_of(text)
    assert list(spans) == sorted(spans, key=lambda s: (s.start, s.end))
    assert all(0 <= s.start < s.end <= len(view_text) for s in spans)


def test_region_arguments_limit_the_anchors():
    text = "49,99 € " + "x" * 200 + " 12.03.2024"
    assert [s.kind for s in protected_spans(text, 0, 20)] == ["price"]
    assert [s.kind for s in protected_spans(text, 100)] == ["date"]


def test_cue_words():
    assert is_cue("tellimuse", ORDER_CUES) and is_cue("заказа", ORDER_CUES)
    assert is_cue("helistage", PHONE_CUES) and is_cue("звоните", PHONE_CUES)
    assert not is_cue("telia", PHONE_CUES) and not is_cue("puhas", PHONE_CUES)
    assert not is_cue("arvestan", ORDER_CUES)
    assert is_cue("dpd", CARRIER_CUES) and "ja" in JOINER_WORDS


@settings(max_examples=200, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**32))
def test_random_s10_protected(seed):
    rng = random.Random(seed)
    body = "".join(rng.choice("0123456789") for _ in range(8))
    total = sum(int(d) * w for d, w in zip(body, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
    check = 11 - total % 11
    check = 0 if check == 10 else 5 if check == 11 else check
    code = f"cx{body}{check}ee"
    assert any(s.kind == "s10" for s in covering(f"Saadetis {code}", code))


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="0123456789 .,-/:€%xabcdeklmnorstu+#№", max_size=300))
def test_any_text_gives_sane_spans(text):
    spans = protected_spans(text)
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    assert all(s.strength in (FORMAT, CHECKSUM, CONTEXT) for s in spans)
