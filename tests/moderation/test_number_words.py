"""Spelled-out numbers -> digits, per language, through the ``digits`` view."""

from __future__ import annotations

import pytest

from moderation.normalize import normalize
from moderation.number_words import LEXICON, Kind, find_number_words, lookup, split_compound, strip_diacritics

CASES = {
    "et": [
        ("viis kuus null", "5 6 0"),
        ("seitse", "7"),
        ("üks kaks kolm neli", "1 2 3 4"),
        ("viis kuus seitse kaheksa üheksa", "5 6 7 8 9"),
        ("viiskümmend kaks", "52"),
        ("kakskümmend", "20"),
        ("kaksteist", "12"),
        ("sada kaks", "102"),
        ("kakssada viiskümmend", "250"),
        ("5 kaks 3", "5 2 3"),
        ("+372 viis 1 2 3", "+372 5 1 2 3"),
        ("uks kumme", "1 10"),
        ("kakskend viis", "25"),
        ("üks pakk", "1 pakk"),
    ],
    "en": [
        ("five six oh", "5 6 0"),
        ("five six zero", "5 6 0"),
        ("fifty-two", "52"),
        ("fifty two", "52"),
        ("twenty", "20"),
        ("nineteen", "19"),
        ("one hundred", "100"),
        ("two hundred five", "205"),
        ("double five", "55"),
        ("call me: five 5 five", "call me: 5 5 5"),
        ("two fifty", "2 50"),
        ("someone often", "someone often"),
    ],
    "ru": [
        ("пять шесть ноль", "5 6 0"),
        ("нуль", "0"),
        ("пятьдесят два", "52"),
        ("сорок пять", "45"),
        ("сто двадцать пять", "125"),
        ("сто пять", "105"),
        ("девятьсот двадцать пять", "925"),
        ("двенадцать", "12"),
        ("восемь девять", "8 9"),
        ("один два три", "1 2 3"),
        ("семь-семь", "7-7"),
        ("трёх", "трёх"),
    ],
    "lv": [
        ("septiņi", "7"),
        ("nulle", "0"),
        ("piecdesmit divi", "52"),
        ("divdesmit", "20"),
        ("vienpadsmit", "11"),
        ("trīs četri pieci", "3 4 5"),
        ("septini", "7"),
        ("simts", "100"),
        ("divi simti", "200"),
        ("astoņi 2 deviņi", "8 2 9"),
        ("trīsdesmit trīs", "33"),
    ],
    "lt": [
        ("septyni", "7"),
        ("nulis", "0"),
        ("penkiasdešimt du", "52"),
        ("dvidešimt", "20"),
        ("dvylika", "12"),
        ("šeši septyni aštuoni", "6 7 8"),
        ("sesi", "6"),
        ("šimtas", "100"),
        ("du šimtai", "200"),
        ("devyni 9 devyni", "9 9 9"),
        ("trisdesimt trys", "33"),
    ],
    "fi": [
        ("seitsemän", "7"),
        ("nolla", "0"),
        ("viisikymmentäkaksi", "52"),
        ("viisikymmentä kaksi", "52"),
        ("kaksikymmentä", "20"),
        ("yksitoista", "11"),
        ("yksi kaksi kolme neljä", "1 2 3 4"),
        ("seitseman", "7"),
        ("sata", "100"),
        ("kaksisataa viisikymmentäkaksi", "252"),
        ("satakaksikymmentäviisi", "125"),
        ("kasi ysi", "8 9"),
    ],
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [case for cases in CASES.values() for case in cases],
    ids=[f"{lang}-{i}" for lang, cases in CASES.items() for i in range(len(cases))],
)
def test_digits_view(text: str, expected: str) -> None:
    assert normalize(text).digits.text == expected


def test_every_language_has_ten_cases() -> None:
    assert all(len(cases) >= 10 for cases in CASES.values())


@pytest.mark.parametrize(
    ("text", "digit_words"),
    [
        ("viis kaks", ["viis", "kaks"]),
        ("fifty two", ["fifty", "two"]),
        ("сто пять", ["сто", "сто", "пять"]),
        ("Fifty-Two", ["Fifty", "Two"]),
        ("VIISIKYMMENTÄKAKSI", ["VIISIKYMMENTÄ", "KAKSI"]),
        ("two hundred", ["two hundred"] * 3),
    ],
)
def test_each_digit_maps_to_its_word(text: str, digit_words: list[str]) -> None:
    view = normalize(text).digits
    digits = [i for i, ch in enumerate(view.text) if ch.isdigit()]
    assert len(digits) == len(digit_words)
    for i, word in zip(digits, digit_words, strict=True):
        start, end = view.original_span(i, i + 1)
        assert text[start:end] == word


def test_number_words_inside_other_words_stay() -> None:
    assert find_number_words("kolmapäev someone oneself") == []
    assert find_number_words("fi83000000000000du 5kaks3 one2") == []


def test_compound_split_needs_full_cover() -> None:
    assert split_compound("viisikymmentäkaksi") is not None
    assert split_compound("viisikymmentäkaksix") is None
    assert split_compound("kuusi") is None  # a single word is a lookup, not a compound


def test_missing_diacritics_resolve_to_same_value() -> None:
    for form, word in LEXICON.items():
        assert lookup(strip_diacritics(form)) is not None
        assert lookup(form) == word


def test_stripped_forms_do_not_collide() -> None:
    by_stripped: dict[str, set[tuple[int, Kind]]] = {}
    for form, word in LEXICON.items():
        by_stripped.setdefault(strip_diacritics(form), set()).add((word.value, word.kind))
    assert {k: v for k, v in by_stripped.items() if len(v) > 1} == {}


def test_long_runs_are_linear() -> None:
    text = "viis " * 20_000
    view = normalize(text).digits
    assert view.text == " ".join(["5"] * 20_000)
