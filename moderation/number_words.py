"""Spelled-out numbers in et, en, ru, lv, lt and fi, turned into digits.

Sellers dictate phone numbers in words ("viis kaks kolm", "пятьдесят два", "fifty-two",
"viisikymmentäkaksi") to slip past digit patterns. :func:`find_number_words` finds every
standalone number word in an already case-folded text and says which digits replace it.

Rules, chosen to be simple and predictable rather than clever:

* Every standalone number word is converted, wherever it stands ("üks pakk" -> "1 pakk").
  That is harmless: phone and account detection downstream need long digit clusters,
  so a lone "1" changes nothing, while a dictated number is never missed for lack of
  context.
* A word stands alone: number words inside longer words or glued to digits are left alone
  ("someone", "kolmapäev", "FI83...DU"). A word made only of number words ("viisikymmentäkaksi",
  "kakskümmendkaks", "fivesix") is split into them.
* Neighbouring words separated by one space or hyphen combine like numerals do:
  [hundreds] [tens] [units] or [hundreds] [teen] ("сто двадцать пять" -> 125,
  "piecdesmit divi" -> 52, "two hundred five" -> 205). Anything else starts a new number,
  so dictated digits stay digits ("five six" -> "5 6", "two fifty" -> "2 50").
  English "double"/"triple" repeat the next digit ("double five" -> "55").
* Each digit keeps the span of the word it came from: in "fifty two" the '5' is "fifty"
  and the '2' is "two"; zeros that no smaller word fills belong to the larger word
  ("сто пять" -> '1','0' from "сто", '5' from "пять").
* Missing diacritics are tolerated ("uks", "kumme", "seitseman", "septini", "sesi"), and a
  few common inflected, gendered and colloquial forms are known (одна/две, divas/piecas,
  dvi/penkios, kakskend, kasi/ysi). No other fuzzy matching: a typo costs a miss, never
  a false digit.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum


class Kind(Enum):
    ZERO = "zero"  # 0
    UNIT = "unit"  # 1-9
    TEEN = "teen"  # 10-19
    TEN = "ten"  # 20, 30, ... 90
    HUNDREDS = "hundreds"  # 200 ... 900 written as one word ("пятьсот", "kakssada")
    HUNDRED = "hundred"  # 100 on its own, or x100 after a unit ("sada", "сто", "hundred", "šimtai")
    REPEAT = "repeat"  # "double", "triple": repeat the next digit


@dataclass(frozen=True, slots=True)
class NumberWord:
    value: int
    kind: Kind


@dataclass(frozen=True, slots=True)
class Replacement:
    """Replace ``text[start:end]`` by ``digits``; ``spans[i]`` is the text span of ``digits[i]``."""

    start: int
    end: int
    digits: str
    spans: tuple[tuple[int, int], ...]


# --- the lexicon -----------------------------------------------------------------------------
# Lists are indexed by value: UNITS[0] is zero; TEENS[0] is ten; TENS[0] is twenty;
# HUNDREDS[0] is two hundred. A cell may hold several forms separated by spaces.
_LANGUAGES: dict[str, dict[str, list[str]]] = {
    "en": {
        "units": ["zero oh nought nil", "one", "two", "three", "four", "five", "six", "seven", "eight",
                  "nine"],
        "teens": ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                  "eighteen", "nineteen"],
        "tens": ["twenty", "thirty", "forty fourty", "fifty", "sixty", "seventy", "eighty", "ninety"],
        "hundreds": [],
        "hundred": ["hundred"],
    },
    "et": {
        "units": ["null", "üks", "kaks", "kolm", "neli", "viis", "kuus", "seitse", "kaheksa", "üheksa"],
        "teens": ["kümme", "üksteist", "kaksteist", "kolmteist", "neliteist", "viisteist", "kuusteist",
                  "seitseteist", "kaheksateist", "üheksateist"],
        "tens": ["kakskümmend kakskend", "kolmkümmend kolmkend", "nelikümmend nelikend",
                 "viiskümmend viiskend", "kuuskümmend kuuskend", "seitsekümmend seitsekend",
                 "kaheksakümmend kaheksakend", "üheksakümmend üheksakend"],
        "hundreds": ["kakssada", "kolmsada", "nelisada", "viissada", "kuussada", "seitsesada",
                     "kaheksasada", "üheksasada"],
        "hundred": ["sada"],
    },
    "ru": {
        "units": ["ноль нуль", "один одна одно адин", "два две", "три", "четыре читыре", "пять", "шесть",
                  "семь", "восемь", "девять"],
        "teens": ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
                  "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"],
        "tens": ["двадцать", "тридцать", "сорок", "пятьдесят пятдесят", "шестьдесят шестдесят",
                 "семьдесят семдесят", "восемьдесят восемдесят", "девяносто"],
        "hundreds": ["двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот",
                     "девятьсот"],
        "hundred": ["сто"],
    },
    "lv": {
        "units": ["nulle", "viens viena", "divi divas", "trīs", "četri četras", "pieci piecas",
                  "seši sešas", "septiņi septiņas", "astoņi astoņas", "deviņi deviņas"],
        "teens": ["desmit", "vienpadsmit", "divpadsmit", "trīspadsmit", "četrpadsmit", "piecpadsmit",
                  "sešpadsmit", "septiņpadsmit", "astoņpadsmit", "deviņpadsmit"],
        "tens": ["divdesmit", "trīsdesmit", "četrdesmit", "piecdesmit", "sešdesmit", "septiņdesmit",
                 "astoņdesmit", "deviņdesmit"],
        "hundreds": ["divsimt", "trīssimt", "četrsimt", "piecsimt", "sešsimt", "septiņsimt", "astoņsimt",
                     "deviņsimt"],
        "hundred": ["simts simt simti"],
    },
    "lt": {
        "units": ["nulis", "vienas viena", "du dvi", "trys", "keturi keturios", "penki penkios",
                  "šeši šešios", "septyni septynios", "aštuoni aštuonios", "devyni devynios"],
        "teens": ["dešimt", "vienuolika", "dvylika", "trylika", "keturiolika", "penkiolika", "šešiolika",
                  "septyniolika", "aštuoniolika", "devyniolika"],
        "tens": ["dvidešimt", "trisdešimt", "keturiasdešimt", "penkiasdešimt", "šešiasdešimt",
                 "septyniasdešimt", "aštuoniasdešimt", "devyniasdešimt"],
        "hundreds": [],
        "hundred": ["šimtas šimtai šimtų"],
    },
    "fi": {
        "units": ["nolla", "yksi yks", "kaksi kaks", "kolme", "neljä", "viisi viis", "kuusi kuus",
                  "seitsemän seittemän", "kahdeksan kasi", "yhdeksän ysi"],
        "teens": ["kymmenen", "yksitoista", "kaksitoista", "kolmetoista", "neljätoista", "viisitoista",
                  "kuusitoista", "seitsemäntoista", "kahdeksantoista", "yhdeksäntoista"],
        "tens": ["kaksikymmentä", "kolmekymmentä", "neljäkymmentä", "viisikymmentä", "kuusikymmentä",
                 "seitsemänkymmentä", "kahdeksankymmentä", "yhdeksänkymmentä"],
        "hundreds": ["kaksisataa", "kolmesataa", "neljäsataa", "viisisataa", "kuusisataa",
                     "seitsemänsataa", "kahdeksansataa", "yhdeksänsataa"],
        "hundred": ["sata sataa"],
    },
}
_REPEATS = {"double": 2, "triple": 3}


def _strip_table() -> dict[int, str]:
    """Latin letters with diacritics -> base letter, and Russian ё -> е (lengths stay 1:1)."""
    table: dict[int, str] = {ord("ё"): "е"}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii() and base.isalpha():
            table[code] = base.lower()
    return table


_STRIP = _strip_table()


def strip_diacritics(word: str) -> str:
    """Drop diacritics from Latin letters (and ё -> е); keeps the length, so offsets stay valid."""
    return word.translate(_STRIP)


def _build_lexicon() -> dict[str, NumberWord]:
    lexicon: dict[str, NumberWord] = {}

    def add(forms: str, word: NumberWord) -> None:
        for form in forms.split():
            lexicon[form] = word
            lexicon.setdefault(strip_diacritics(form), word)

    for table in _LANGUAGES.values():
        for value, forms in enumerate(table["units"]):
            add(forms, NumberWord(value, Kind.ZERO if value == 0 else Kind.UNIT))
        for offset, forms in enumerate(table["teens"]):
            add(forms, NumberWord(10 + offset, Kind.TEEN))
        for offset, forms in enumerate(table["tens"]):
            add(forms, NumberWord(20 + 10 * offset, Kind.TEN))
        for offset, forms in enumerate(table["hundreds"]):
            add(forms, NumberWord(200 + 100 * offset, Kind.HUNDREDS))
        for forms in table["hundred"]:
            add(forms, NumberWord(100, Kind.HUNDRED))
    for form, times in _REPEATS.items():
        add(form, NumberWord(times, Kind.REPEAT))
    return lexicon


LEXICON: dict[str, NumberWord] = _build_lexicon()

# Pieces a one-word compound may be split into: at least 3 letters, so that short words
# ("du", "oh") never turn ordinary words into numbers.
_PIECES = {form: word for form, word in LEXICON.items() if len(form) >= 3 and word.kind is not Kind.REPEAT}
_PIECE_LENGTHS = sorted({len(form) for form in _PIECES}, reverse=True)
_PREFIXES = {form[:3] for form in _PIECES}
_MAX_COMPOUND = 60  # longer letter runs are not numbers people write

_WORD_RE = re.compile(r"[^\W\d_]+")


def lookup(word: str) -> NumberWord | None:
    """The number word ``word`` (case-folded) stands for, tolerating missing diacritics."""
    found = LEXICON.get(word)
    if found is None and not word.isascii():
        found = LEXICON.get(strip_diacritics(word))
    return found


def split_compound(word: str) -> list[tuple[NumberWord, int, int]] | None:
    """Split a word made only of number words into them, with offsets; None if it is not one.

    Dynamic programming over end positions, preferring the fewest pieces; linear in the
    word's length (the piece lengths are a fixed small set).
    """
    n = len(word)
    if n < 6 or n > _MAX_COMPOUND:
        return None
    key = strip_diacritics(word)
    if key[:3] not in _PREFIXES:
        return None
    best: list[tuple[int, int] | None] = [None] * (n + 1)  # (pieces, previous cut)
    best[0] = (0, 0)
    for end in range(3, n + 1):
        for length in _PIECE_LENGTHS:
            start = end - length
            if start < 0 or best[start] is None or key[start:end] not in _PIECES:
                continue
            pieces = best[start][0] + 1  # type: ignore[index]
            if best[end] is None or pieces < best[end][0]:  # type: ignore[index]
                best[end] = (pieces, start)
    if best[n] is None or best[n][0] < 2:
        return None
    parts: list[tuple[NumberWord, int, int]] = []
    end = n
    while end > 0:
        start = best[end][1]  # type: ignore[index]
        parts.append((_PIECES[key[start:end]], start, end))
        end = start
    parts.reverse()
    return parts


def _magnitude(value: int) -> int:
    return len(str(value)) - 1


def _read_number(parts: list[tuple[NumberWord, int, int]], i: int) -> tuple[Replacement | None, int]:
    """Read one number starting at ``parts[i]``; return it (None: nothing to emit) and the next index."""
    word, start, end = parts[i]
    n = len(parts)
    following = parts[i + 1][0] if i + 1 < n else None

    if word.kind is Kind.REPEAT:
        if following is not None and following.kind in (Kind.ZERO, Kind.UNIT):
            span = (start, parts[i + 1][2])
            digits = str(following.value) * word.value
            return Replacement(start, span[1], digits, (span,) * len(digits)), i + 2
        return None, i + 1
    if word.kind in (Kind.ZERO, Kind.TEEN) or (word.kind is Kind.UNIT and (
            following is None or following.kind is not Kind.HUNDRED)):
        digits = str(word.value)
        return Replacement(start, end, digits, ((start, end),) * len(digits)), i + 1

    # components: (value, start, end), highest first
    components: list[tuple[int, int, int]] = []
    if word.kind is Kind.UNIT:  # unit x hundred: "two hundred", "divi simti", "du šimtai"
        components.append((word.value * 100, start, parts[i + 1][2]))
        i += 2
    elif word.kind in (Kind.HUNDREDS, Kind.HUNDRED):
        components.append((word.value, start, end))
        i += 1
    if i < n and components and parts[i][0].kind in (Kind.TEEN, Kind.TEN, Kind.UNIT):
        word, start, end = parts[i]
        components.append((word.value, start, end))
        i += 1
    elif not components:  # a ten: "fifty"
        components.append((word.value, start, end))
        i += 1
    if components[-1][0] >= 20 and components[-1][0] < 100 and i < n and parts[i][0].kind is Kind.UNIT:
        word, start, end = parts[i]
        components.append((word.value, start, end))
        i += 1

    digits = str(sum(value for value, _, _ in components))
    spans = []
    for position in range(len(digits) - 1, -1, -1):
        # the digit belongs to the smallest component that reaches its position
        owner = min((c for c in components if _magnitude(c[0]) >= position), key=lambda c: c[0])
        spans.append((owner[1], owner[2]))
    return Replacement(components[0][1], components[-1][2], digits, tuple(spans)), i


def _numbers(parts: list[tuple[NumberWord, int, int]]) -> list[Replacement]:
    out: list[Replacement] = []
    i = 0
    while i < len(parts):
        replacement, i = _read_number(parts, i)
        if replacement is not None:
            out.append(replacement)
    return out


# First three letters of every form, as written and without diacritics: a cheap filter
# that rules out almost every ordinary word before any real lookup.
_FIRST3 = {form[:3] for form in LEXICON} | {strip_diacritics(form[:3]) for form in LEXICON}


def _pieces(word: str) -> list[tuple[NumberWord, int, int]] | None:
    found = lookup(word)
    if found is not None:
        return [(found, 0, len(word))]
    return split_compound(word)


def find_number_words(text: str) -> list[Replacement]:
    """Every number in ``text`` (case-folded) written in words, in order, non-overlapping."""
    hits: dict[str, list[tuple[NumberWord, int, int]]] = {}
    for word in {w for w in _WORD_RE.findall(text) if w[:3] in _FIRST3}:
        pieces = _pieces(word)
        if pieces:
            hits[word] = pieces
    if not hits:
        return []
    occurrences: list[tuple[int, int, list[tuple[NumberWord, int, int]]]] = []
    n = len(text)
    for word, pieces in hits.items():
        start = text.find(word)
        while start != -1:
            end = start + len(word)
            # a whole word, not glued to letters or digits ("fi83...du" is an account number)
            if (start == 0 or not text[start - 1].isalnum()) and (end == n or not text[end].isalnum()):
                occurrences.append((start, end, pieces))
            start = text.find(word, end)
    occurrences.sort(key=lambda o: o[0])

    replacements: list[Replacement] = []
    chain: list[tuple[NumberWord, int, int]] = []  # number words joined by " " or "-"
    previous_end = -1
    for start, end, pieces in occurrences:
        if chain and not (start - previous_end == 1 and text[previous_end] in " -"):
            replacements.extend(_numbers(chain))
            chain = []
        chain.extend((w, start + s, start + e) for w, s, e in pieces)
        previous_end = end
    replacements.extend(_numbers(chain))
    return replacements
