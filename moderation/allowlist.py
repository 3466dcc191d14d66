r"""Spans of legitimate numbers that must never be reported as phone numbers.

``protected_spans(text)`` finds tracking numbers, order/invoice/serial numbers named by a
cue word, barcodes, card-size numbers, IBAN-looking strings, prices, dates, times, ranges,
sizes, percentages, years, model codes and numbers inside a URL. Any extractor of numbers can use it.

Coordinates: positions in the string you pass. Extractors pass the text of the view they
match in (``norm.digits.text``), so candidate spans and protected spans are compared in
the same coordinates; map to the original with ``view.original_span`` afterwards. The
patterns are case-insensitive, so the original text works too.

Each span has a *strength* that says how it may be overridden by a phone candidate
(the phone extractor applies the rule; see ``moderation.extractors.phone``):

``format``    the shape itself is the proof (a date, a price, an S10 tracking code, an IBAN,
              a model code, 16 digits in fours): a phone overlapping it is dropped, except a
              number with an explicit ``+``/``00`` prefix *and* a phone cue.
``checksum``  only a check digit says it is a barcode/IMEI (1 in 10 random numbers pass):
              a phone with any strong evidence (prefix, phone cue, spelled digits) wins.
``context``   a cue word before it ("tellimus", "order", "заказ", "DPD", "#"): the number
              after the cue is a reference, unless it carries a ``+``/``00`` prefix - no
              order number is written with one, so a cue cannot hide "+372 5123 4567".

Speed: a regex scanned over every position of a message is slow in Python, so nothing
here scans the whole text but one ``\d+``. Every digit run is an *anchor*, and the
patterns are tried with ``match`` at the anchor (or at the start of the token the anchor
is glued to). Every pattern is linear (no nested quantifiers over the same characters);
the work is bounded by ``MAX_ANCHORS`` anchors and ``MAX_SPANS`` spans per call.

Texts are expected folded (lowercase), as a view's text is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from moderation.checksums import gtin_valid, luhn_valid
from moderation.cue_words import (
    CARRIER,
    ORDER,
    PHONE,
    PHONE_CUES,
    cue_flags,
    is_cue,
    words_before,
)

FORMAT = "format"
CHECKSUM = "checksum"
CONTEXT = "context"

MAX_SPANS = 512
MAX_ANCHORS = 256


class ProtectedSpan(NamedTuple):  # immutable; a tuple is ~3x cheaper to build than a frozen dataclass
    start: int
    end: int
    kind: str  # "s10", "ean13", "price", "date", "order", ...
    strength: str  # FORMAT, CHECKSUM or CONTEXT


_c = re.compile
_NOT_WORD_BEFORE = r"(?<![^\W_])"
_NOT_WORD_AFTER = r"(?![^\W_])"

# --- tokens that mix letters and digits (tried at the token's start) -------------------
_S10 = _c(_NOT_WORD_BEFORE + r"([a-z]{2}) ?((?:\d ?){8})(\d) ?([a-z]{2})" + _NOT_WORD_AFTER)
_IBAN = _c(_NOT_WORD_BEFORE + r"[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,4})?" + _NOT_WORD_AFTER)
_NAMED_TRACKING = _c(
    r"(?:jjfi\d{6,22}|jjd\d{6,22}|jvgl\d{6,22}|v\d{3,6}e\d{5,10}|1z[0-9a-z]{16})" + _NOT_WORD_AFTER
)
_TOKEN = _c(r"[^\W_]+(?:[-/][^\W_]+)*")
# short letter prefix glued by a hyphen to digits: sm-51234, gt-1234567 (not "tel-5123...")
_PREFIXED_CODE = _c(_NOT_WORD_BEFORE + r"([^\W\d_]{1,4})-\d[^\W_]*(?:-[^\W_]+)*")

# --- free-standing numbers (tried at the anchor) ---------------------------------------
_AMOUNT = r"(?:\d{1,3}(?:[ .\u2009]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
_CURRENCY = (
    r"(?:€|\$|£|₽|eur[^\W\d_]*|евро|руб[^\W\d_]*|usd|gbp|pln|zł|sek|nok|dkk|eiro[^\W\d_]*|"
    r"snt|senti[^\W\d_]*|cent[^\W\d_]*|ct|kr|коп[^\W\d_]*)"
)
_UNIT = (
    r"(?:mm|cm|dm|m|km|m2|m²|m3|m³|kg|g|mg|t|l|ml|dl|cl|gb|tb|mb|kb|mah|wh|kwh|w|kw|v|hz|khz|mhz|"
    r"ghz|tolli|toll|inch|inches|tk|pcs|шт|см|мм|м|кг|г|л|мл|gab|vnt|kpl|px|mp|dpi|°c|°|\"|″)"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
_HOUR = r"(?:[01]?\d|2[0-3])"


def _dates() -> str:
    """Dates whose separator does not continue into more digits ("25.12.2023-05.01.2024" is
    two dates; "04.12.34.5678" is no date)."""
    alternatives = []
    for sep in (r"\.", "/", "-"):
        before = rf"(?<!\d{sep})"
        after = rf"(?!\d|{sep}\d)"
        alternatives.append(before + _DAY + sep + _MONTH + sep + r"(?:19|20)?\d{2}" + after)
        alternatives.append(before + r"(?:19|20)\d{2}" + sep + _MONTH + sep + _DAY + after)
        if sep != "-":
            alternatives.append(before + _DAY + sep + _MONTH + (r"\.?" if sep == r"\." else "") + after)
    return "|".join(alternatives)


# Tried in this order at an anchor, the first match wins (longest shapes first). The
# anchor is the start of a digit run, so "not preceded by a digit" holds already. (One
# alternation of them all is slower in CPython's re than these separate matches.)
_NUMERIC_ALTERNATION = (
    r"(?P<dpd>(?<![+])(?<!\d )(?!0 ?0)(?:\d ?){13}\d(?! ?\d))"
    r"|(?P<card>\d{4}(?P<card_sep>[ -]?)\d{4}(?:(?P=card_sep)\d{4}){2}(?!\d))"
    r"|(?P<date>" + _dates() + r")"
    r"|(?P<time>(?<![\d.:])" + _HOUR + r"[.:][0-5]\d ?[-–] ?" + _HOUR + r"[.:][0-5]\d(?!\d)"
    r"|(?<![:])" + _HOUR + r":[0-5]\d(?::[0-5]\d)?(?!\d))"
    r"|(?P<price>(?<![.,])" + _AMOUNT + r" ?" + _CURRENCY + r"(?![^\W\d_])|(?<![.,])\d+[.,]-)"
    r"|(?P<percent>(?<![.,])\d+(?:[.,]\d+)? ?%)"
    r"|(?P<size>(?<![.,])(?<!\d )\d{1,5}(?:[.,]\d+)?(?: ?[x×*] ?\d{1,5}(?:[.,]\d+)?){0,2} ?"
    + _UNIT
    + r"(?![^\W\d_])"
    r"|(?<![.,])\d{1,5}(?:[.,]\d+)? ?[x×*] ?\d{1,5}(?:[.,]\d+)?(?: ?[x×*] ?\d{1,5}(?:[.,]\d+)?)?)"
)
_NUMERIC: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (m.group(1), _c(alternative))
    for alternative in re.split(r"\|(?=\(\?P<)", _NUMERIC_ALTERNATION)
    if (m := re.match(r"\(\?P<(\w+)>", alternative))
)
_CURRENCY_BEFORE = _c(r"(?:€|\$|£|₽|eur|usd|gbp|pln|rub|руб\.?) ?$")
_AMOUNT_AFTER_CURRENCY = _c(_AMOUNT + r"(?!\d)")
_HHMM = _c(_HOUR + r"[.:][0-5]\d(?!\d|[.:]\d)")
_YEAR4 = _c(r"(?<![.,])(?:19|20)\d{2}(?!\d|[.,]\d)")
_YEAR_AFTER = _c(r" ?(?:a\.|aasta[^\W\d_]*|г\.?|года|году|год|m\.|g\.|gadā|gada|metais|metų|v\.)")
_TIME_CUES = frozenset(
    "kell kl klo at plkst pulksten val в к до с по alates from until till nuo iki alkaen asti".split()
)
_YEAR_CUES = frozenset(
    "aasta aastal aastast aastani year years vuonna vuosi vuoden год году года gads gadā gada "
    "metai metais metų since alates from in".split()
)
# 3-5, 10-15, 100–200: both sides short; must stand alone (see _standalone)
_RANGE = _c(r"(?<![.,])\d{1,3}(?:[.,]\d+)? ?[-–] ?\d{1,3}(?:[.,]\d+)?(?!\d)")
# model years and seasons: "(2012-2020)", "2019/2020"; the second year follows the first
_YEAR_RANGE = _c(r"(?<![.,\d])((?:19|20)\d{2}) ?[-–/] ?((?:19|20)\d{2})(?!\d)")
_RUN_SEPARATORS = " .,-–/()"
_SPACED_EAN13 = _c(r"\d \d{6} \d{6}(?!\d)")
_SPACED_IMEI = _c(r"\d{2}[ -]\d{6}[ -]\d{6}[ -]\d(?!\d)")

# --- numbers named by a cue word ------------------------------------------------------
_CODE_RUN = _c(r"\d[^\W_]*(?:[ .\-/]\d[^\W_]*)*")
_HASH_BEFORE = _c(r"[#№] ?$")
_DIGIT_RUN = _c(r"\d+")


def _s10_valid(digits8: str, check: str) -> bool:
    weights = (8, 6, 4, 2, 3, 5, 9, 7)
    total = sum(int(d) * w for d, w in zip(digits8, weights, strict=True))
    c = 11 - total % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return c == int(check)


def _digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


def _is_letter(ch: str) -> bool:
    return ch.isalpha()


def _token_start(text: str, pos: int, limit: int = 40) -> int:
    """Start of the run of letters and digits that ends at ``pos``."""
    lo = max(0, pos - limit)
    i = pos
    while i > lo and text[i - 1].isalnum():
        i -= 1
    return i


def _standalone(text: str, start: int, end: int) -> bool:
    """No digit beyond mere separators on either side: "0 - 1 - 3123..." is no range."""
    left = text[max(0, start - 6) : start].rstrip(_RUN_SEPARATORS)
    right = text[end : end + 6].lstrip(_RUN_SEPARATORS)
    return not (left[-1:].isdigit() or right[:1].isdigit())


def _no_digit_group_beside(text: str, start: int, end: int) -> bool:
    """No bare digit group next to the span ("5 2012-2020 1" is a longer number); a model code
    with digits ("Golf Mk7 2012-2020", "E90 2005-2011") is no digit group."""
    left = text[max(0, start - 12) : start].rstrip(" (").rsplit(" ", 1)[-1]
    right = text[end : end + 12].lstrip(" )").split(" ", 1)[0]
    return not (left.isdigit() or right.isdigit())


def _previous_word(text: str, pos: int) -> str:
    words = words_before(text, pos, max_words=1, max_chars=16)
    return words[0] if words else ""


def _cue_kind(text: str, start: int) -> str | None:
    """'order' or 'carrier' when the nearest cue before ``start`` (same clause) names a reference.

    The nearest cue decides: "helista tellimuse asjus 5123 4567" is read as an order number,
    "tellimus 123, helista 5123 4567" protects only 123.
    """
    if _HASH_BEFORE.search(text, max(0, start - 2), start):
        return "order"
    words = words_before(text, start, max_words=4)
    for word in words:
        flags = cue_flags(word)
        if flags & PHONE:
            return None
        if flags & ORDER:
            return "order"
        if flags & CARRIER:
            return "carrier"
    # "№ 123" (NFKC folds it to "no") or "No. 123" with no other cue: a reference number
    if words and words[0] == "no":
        return "order"
    return None


class _Collector:
    __slots__ = ("spans", "code_run_end")

    def __init__(self) -> None:
        self.spans: list[ProtectedSpan] = []
        self.code_run_end = -1

    def add(self, start: int, end: int, kind: str, strength: str) -> None:
        if len(self.spans) < MAX_SPANS:
            self.spans.append(ProtectedSpan(start, end, kind, strength))


def _glued_token(text: str, s: int, e: int, out: _Collector) -> None:
    """The anchor is glued to letters: a tracking code, an IBAN, a model or serial code."""
    ts = _token_start(text, s)
    m = _S10.match(text, ts)
    if m:
        valid = _s10_valid(_digits(m.group(2)), m.group(3))
        out.add(m.start(), m.end(), "s10" if valid else "s10-shape", FORMAT)
        return
    for kind, pattern in (("iban", _IBAN), ("tracking", _NAMED_TRACKING)):
        m = pattern.match(text, ts)
        if m:
            out.add(m.start(), m.end(), kind, FORMAT)
            return
    m = _TOKEN.match(text, ts)
    if m:
        out.add(m.start(), m.end(), "code", FORMAT)


def _free_number(text: str, s: int, e: int, out: _Collector) -> None:
    """The anchor starts a number that stands apart from letters."""
    prev = text[s - 1] if s else ""
    if prev == "-" and s >= 2 and _is_letter(text[s - 2]):
        ts = _token_start(text, s - 1)
        m = _PREFIXED_CODE.match(text, ts)
        if m and not is_cue(m.group(1), PHONE_CUES):
            out.add(m.start(), m.end(), "code", FORMAT)
    elif prev == " " and s >= 3 and _is_letter(text[s - 2]) and _is_letter(text[s - 3]):
        m = _S10.match(text, s - 3)  # spaced: "ce 123 456 785 ee"
        if m:
            valid = _s10_valid(_digits(m.group(2)), m.group(3))
            out.add(m.start(), m.end(), "s10" if valid else "s10-shape", FORMAT)
        m = _IBAN.match(text, _token_start(text, s - 1))
        if m:
            out.add(m.start(), m.end(), "iban", FORMAT)
    for kind, pattern in _NUMERIC:
        m = pattern.match(text, s)
        if m:
            out.add(m.start(), m.end(), kind, FORMAT)
            break
    currency = _CURRENCY_BEFORE.search(text, max(0, s - 6), s)
    if currency:
        m = _AMOUNT_AFTER_CURRENCY.match(text, s)
        if m:
            out.add(currency.start(), m.end(), "price", FORMAT)
    m = _HHMM.match(text, s)
    if m and _previous_word(text, s) in _TIME_CUES:
        out.add(s, m.end(), "time", FORMAT)
    m = _YEAR4.match(text, s)
    if m and (_previous_word(text, s) in _YEAR_CUES or _YEAR_AFTER.match(text, m.end())):
        out.add(s, m.end(), "year", FORMAT)
    m = _RANGE.match(text, s)
    if m and _standalone(text, m.start(), m.end()):
        out.add(m.start(), m.end(), "range", FORMAT)
    m = _YEAR_RANGE.match(text, s)
    if m and int(m[1]) < int(m[2]) <= int(m[1]) + 60 and _no_digit_group_beside(text, m.start(), m.end()):
        # as strong as a checksum: a phone cue ("mans numurs 2012-2020") still wins
        out.add(m.start(), m.end(), "year-range", CHECKSUM)
    _checksums(text, s, e, prev, out)
    if s >= out.code_run_end:
        m = _CODE_RUN.match(text, s)
        if m:
            out.code_run_end = m.end()
            kind = _cue_kind(text, s)
            if kind is not None:
                out.add(m.start(), m.end(), kind, CONTEXT)


def _checksums(text: str, s: int, e: int, prev: str, out: _Collector) -> None:
    if prev == "+":
        return
    n = e - s
    run = text[s:e]
    if n in (8, 12, 13) and gtin_valid(run):
        out.add(s, e, {8: "ean8", 12: "upc", 13: "ean13"}[n], CHECKSUM)
    elif 13 <= n <= 19 and luhn_valid(run):
        out.add(s, e, "imei" if n == 15 else "luhn", CHECKSUM)
    elif n == 1:
        m = _SPACED_EAN13.match(text, s)
        if m and gtin_valid(_digits(m.group())):
            out.add(s, m.end(), "ean13", CHECKSUM)
    elif n == 2:
        m = _SPACED_IMEI.match(text, s)
        if m and luhn_valid(_digits(m.group())):
            out.add(s, m.end(), "imei", CHECKSUM)


_URL_REACH = 300


def _url_end(text: str, s: int) -> int:
    """End of the URL the digit run at ``s`` is part of ("...track?barcode=0611426809"),
    or -1. The URL itself is the URL extractor's business; a number inside it is a
    path or query value (a tracking code, an id), never a phone on its own."""
    prev = text[s - 1] if s else " "
    if prev.isspace() or prev in "+(":
        return -1
    ts = text.rfind(" ", max(0, s - _URL_REACH), s) + 1
    head = text[ts:s]
    if "://" not in head and not head.startswith("www."):
        return -1
    te = text.find(" ", s)
    return len(text) if te < 0 else te


def _anchor(text: str, s: int, e: int, out: _Collector) -> None:
    """The spans the digit run ``text[s:e]`` starts or belongs to."""
    url_end = _url_end(text, s)
    if url_end > 0:
        out.add(s, url_end, "url", FORMAT)
        return
    if s and _is_letter(text[s - 1]):
        _glued_token(text, s, e, out)
        return
    if e < len(text) and _is_letter(text[e]):
        _glued_token(text, s, e, out)
    _free_number(text, s, e, out)


def protected_spans(text: str, start: int = 0, end: int | None = None) -> tuple[ProtectedSpan, ...]:
    """Legitimate-number spans in ``text`` (its coordinates), sorted by start.

    Only digit runs that begin in ``[start, end)`` are examined (a span found there may
    reach outside it); at most ``MAX_ANCHORS`` of them.
    """
    out = _Collector()
    for s, e in digit_runs(text, start, end):
        _anchor(text, s, e, out)
    out.spans.sort(key=lambda sp: (sp.start, sp.end))
    return tuple(out.spans)


def digit_runs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The digit runs that begin in ``[start, end)`` (one cut by ``start`` counts whole);
    at most ``MAX_ANCHORS``."""
    end = len(text) if end is None else end
    start = max(0, start)
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    out = []
    for m in _DIGIT_RUN.finditer(text, start):
        if len(out) >= MAX_ANCHORS or m.start() >= end:
            break
        out.append(m.span())
    return out


def anchor_spans(text: str, s: int, e: int) -> tuple[ProtectedSpan, ...]:
    """The spans found at the one digit run ``text[s:e]``, for callers that need only the
    spans around a few candidates (the phone extractor asks window by window and stops
    at the first span that rules the window out)."""
    out = _Collector()
    _anchor(text, s, e, out)
    return tuple(out.spans)


def overlapping(spans: Sequence[ProtectedSpan], start: int, end: int) -> list[ProtectedSpan]:
    """The spans that share at least one character with ``[start, end)``."""
    return [s for s in spans if s.start < end and start < s.end]
