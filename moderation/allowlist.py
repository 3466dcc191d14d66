"""Spans of legitimate numbers that must never be reported as phone numbers.

``protected_spans(text)`` finds tracking numbers, order/invoice/serial numbers named by a
cue word, barcodes, card-size numbers, IBAN-looking strings, prices, dates, times, ranges,
sizes, percentages, years and model codes. Any extractor of numbers can use it.

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

Every pattern is linear (no nested quantifiers over the same characters), and the work
is bounded by ``MAX_SPANS``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from moderation.cue_words import (
    CARRIER_CUES,
    ORDER_CUES,
    PHONE_CUES,
    is_cue,
    words_before,
)

FORMAT = "format"
CHECKSUM = "checksum"
CONTEXT = "context"

MAX_SPANS = 512


@dataclass(frozen=True, slots=True)
class ProtectedSpan:
    start: int
    end: int
    kind: str  # "s10", "ean13", "price", "date", "order", ...
    strength: str  # FORMAT, CHECKSUM or CONTEXT


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_NOT_WORD_BEFORE = r"(?<![^\W_])"
_NOT_WORD_AFTER = r"(?![^\W_])"
_NO_DIGIT_BEFORE = r"(?<![\d+])"
_NO_DIGIT_AFTER = r"(?![\d])"

# --- tracking codes -------------------------------------------------------------------
_S10 = _c(_NOT_WORD_BEFORE + r"([a-z]{2}) ?((?:\d ?){8})(\d) ?([a-z]{2})" + _NOT_WORD_AFTER)
_NAMED_TRACKING = _c(
    _NOT_WORD_BEFORE
    + r"(?:jjfi\d{6,22}|jjd\d{6,22}|jvgl\d{6,22}|v\d{3,6}e\d{5,10}|(?:00)?3\d{17}|1z[0-9a-z]{16})"
    + _NOT_WORD_AFTER
)
# 14 digits, optionally spaced (DPD parcel numbers), not part of a longer run
_DPD = _c(r"(?<![\d+])(?<!\d )(?:\d ?){13}\d(?! ?\d)")

# --- barcodes, IMEI, card-size numbers -----------------------------------------------
_EAN13 = _c(_NO_DIGIT_BEFORE + r"(?:\d{13}|\d \d{6} \d{6})" + _NO_DIGIT_AFTER)
_UPC_A = _c(_NO_DIGIT_BEFORE + r"\d{12}" + _NO_DIGIT_AFTER)
_EAN8 = _c(_NO_DIGIT_BEFORE + r"\d{8}" + _NO_DIGIT_AFTER)
_IMEI = _c(_NO_DIGIT_BEFORE + r"(?:\d{15}|\d{2}[ -]\d{6}[ -]\d{6}[ -]\d)" + _NO_DIGIT_AFTER)
_CARD16 = _c(_NO_DIGIT_BEFORE + r"\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}" + _NO_DIGIT_AFTER)
_LONG_DIGITS = _c(_NO_DIGIT_BEFORE + r"\d{13,19}" + _NO_DIGIT_AFTER)
_IBAN = _c(_NOT_WORD_BEFORE + r"[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,4})?" + _NOT_WORD_AFTER)

# --- money, percentages, sizes -------------------------------------------------------
_AMOUNT = r"(?:\d{1,3}(?:[ .\u2009]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
_CURRENCY = (
    r"(?:€|\$|£|₽|eur[^\W\d_]*|евро|руб[^\W\d_]*|usd|gbp|pln|zł|sek|nok|dkk|eiro[^\W\d_]*|"
    r"snt|senti[^\W\d_]*|cent[^\W\d_]*|ct|kr|коп[^\W\d_]*)"
)
_PRICE = _c(
    r"(?<![\d.,])" + _AMOUNT + r" ?" + _CURRENCY + r"(?![^\W\d_])"
    r"|" + _CURRENCY + r" ?" + _AMOUNT + r"(?![\d])"
    r"|(?<![\d.,])\d+[.,]-"
)
_PERCENT = _c(r"(?<![\d.,])\d+(?:[.,]\d+)? ?%")
_UNIT = (
    r"(?:mm|cm|dm|m|km|m2|m²|m3|m³|kg|g|mg|t|l|ml|dl|cl|gb|tb|mb|kb|mah|wh|kwh|w|kw|v|hz|khz|mhz|"
    r"ghz|tolli|toll|inch|inches|tk|pcs|шт|см|мм|м|кг|г|л|мл|gab|vnt|kpl|px|mp|dpi|°c|°|\"|″)"
)
_SIZE = _c(
    r"(?<![\d.,])(?<!\d )\d{1,5}(?:[.,]\d+)?(?: ?[x×*] ?\d{1,5}(?:[.,]\d+)?){0,2} ?" + _UNIT + r"(?![^\W\d_])"
    r"|(?<![\d.,])\d{1,5}(?:[.,]\d+)? ?[x×*] ?\d{1,5}(?:[.,]\d+)?(?: ?[x×*] ?\d{1,5}(?:[.,]\d+)?)?"
)

# --- dates, times, years, ranges -----------------------------------------------------
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"


def _date_patterns() -> re.Pattern[str]:
    """Dates whose separator does not continue into more digits ("25.12.2023-05.01.2024" is
    two dates; "04.12.34.5678" is no date)."""
    alternatives = []
    for sep in (r"\.", "/", "-"):
        before = rf"(?<!\d)(?<!\d{sep})"
        after = rf"(?!\d|{sep}\d)"
        alternatives.append(before + _DAY + sep + _MONTH + sep + r"(?:19|20)?\d{2}" + after)
        alternatives.append(before + r"(?:19|20)\d{2}" + sep + _MONTH + sep + _DAY + after)
        if sep != "-":
            alternatives.append(before + _DAY + sep + _MONTH + (r"\.?" if sep == r"\." else "") + after)
    return _c("|".join(alternatives))


_DATE = _date_patterns()
_HOUR = r"(?:[01]?\d|2[0-3])"
_TIME = _c(
    r"(?<![\d:])" + _HOUR + r":[0-5]\d(?::[0-5]\d)?(?!\d)"
    r"|(?<![\d.:])" + _HOUR + r"[.:][0-5]\d ?[-–] ?" + _HOUR + r"[.:][0-5]\d(?!\d)"
    r"|(?:kell|kl|klo|at|plkst|pulksten|val|в|к|до|alates|from|until|till|до|nuo|iki|alkaen|asti)\.? ?"
    + _HOUR
    + r"[.:][0-5]\d(?!\d)"
)
_YEAR = _c(
    r"(?:aasta[^\W\d_]*|year|years|vuonna|vuosi|vuoden|год[^\W\d_]*|gad[^\W\d_]*|met[^\W\d_]*|since|"
    r"alates|from|in) (?:19|20)\d{2}(?!\d)"
    r"|(?<![\d.])(?:19|20)\d{2} ?(?:a\.|aasta[^\W\d_]*|г\.?|года|году|год|m\.|g\.|gadā|gada|"
    r"metais|metų|vuonna|v\.)"
)
# 3-5, 10-15, 100–200: both sides short; must stand alone (see _standalone)
_RANGE = _c(r"(?<![\d.,])\d{1,3}(?:[.,]\d+)? ?[-–] ?\d{1,3}(?:[.,]\d+)?(?![\d])")
_RUN_SEPARATORS = " .,-–/()"

# --- model and serial codes ----------------------------------------------------------
# a token that mixes letters and digits: sm-a546b, 256gb, rtx4070, jjfi123...
_MIXED_TOKEN = _c(_NOT_WORD_BEFORE + r"[^\W_]*(?:[^\W\d_]\d|\d[^\W\d_])[^\W_]*(?:[-/][^\W_]+)*")
# short letter prefix glued by a hyphen to digits: SM-51234, GT-1234567 (not "tel-5123...")
_PREFIXED_CODE = _c(_NOT_WORD_BEFORE + r"([^\W\d_]{1,4})-\d[^\W_]*(?:-[^\W_]+)*")

_FORMAT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("tracking", _NAMED_TRACKING),
    ("dpd", _DPD),
    ("card", _CARD16),
    ("iban", _IBAN),
    ("price", _PRICE),
    ("percent", _PERCENT),
    ("size", _SIZE),
    ("date", _DATE),
    ("time", _TIME),
    ("year", _YEAR),
    ("code", _MIXED_TOKEN),
)

# --- numbers named by a cue word ----------------------------------------------------
_CODE_RUN = re.compile(r"(?<![^\W_])\d[^\W_]*(?:[ .\-/]\d[^\W_]*)*")
_HASH_BEFORE = re.compile(r"[#№] ?$")


def _s10_valid(digits8: str, check: str) -> bool:
    weights = (8, 6, 4, 2, 3, 5, 9, 7)
    total = sum(int(d) * w for d, w in zip(digits8, weights, strict=True))
    c = 11 - total % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return c == int(check)


def gtin_valid(digits: str) -> bool:
    """GS1 check digit (EAN-8, UPC-A, EAN-13, GTIN-14)."""
    body, check = digits[:-1], int(digits[-1])
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def _digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


def _standalone(text: str, start: int, end: int) -> bool:
    """No digit beyond mere separators on either side: "0 - 1 - 3123..." is no range."""
    left = text[max(0, start - 6) : start].rstrip(_RUN_SEPARATORS)
    right = text[end : end + 6].lstrip(_RUN_SEPARATORS)
    return not (left[-1:].isdigit() or right[:1].isdigit())


def _cue_kind(text: str, start: int) -> str | None:
    """'order' or 'carrier' when the nearest cue before ``start`` (same clause) names a reference.

    The nearest cue decides: "helista tellimuse asjus 5123 4567" is read as an order number,
    "tellimus 123, helista 5123 4567" protects only 123.
    """
    if _HASH_BEFORE.search(text, max(0, start - 2), start):
        return "order"
    words = words_before(text, start, max_words=4)
    for word in words:
        if is_cue(word, PHONE_CUES):
            return None
        if is_cue(word, ORDER_CUES):
            return "order"
        if is_cue(word, CARRIER_CUES):
            return "carrier"
    # "№ 123" (NFKC folds it to "no") or "No. 123" with no other cue: a reference number
    if words and words[0] == "no":
        return "order"
    return None


def protected_spans(text: str) -> tuple[ProtectedSpan, ...]:
    """Every legitimate-number span in ``text``, in ``text``'s coordinates, sorted by start."""
    spans: list[ProtectedSpan] = []

    def add(start: int, end: int, kind: str, strength: str) -> None:
        if len(spans) < MAX_SPANS:
            spans.append(ProtectedSpan(start, end, kind, strength))

    for m in _S10.finditer(text):
        valid = _s10_valid(_digits(m.group(2)), m.group(3))
        add(m.start(), m.end(), "s10" if valid else "s10-shape", FORMAT)
    for kind, pattern in _FORMAT_PATTERNS:
        for m in pattern.finditer(text):
            add(m.start(), m.end(), kind, FORMAT)
    for m in _RANGE.finditer(text):
        if _standalone(text, m.start(), m.end()):
            add(m.start(), m.end(), "range", FORMAT)
    for m in _PREFIXED_CODE.finditer(text):
        if not is_cue(m.group(1).lower(), PHONE_CUES):
            add(m.start(), m.end(), "code", FORMAT)
    for m in _LONG_DIGITS.finditer(text):
        if luhn_valid(m.group()):
            add(m.start(), m.end(), "luhn", CHECKSUM)
    for kind, pattern, check in (
        ("ean13", _EAN13, gtin_valid),
        ("upc", _UPC_A, gtin_valid),
        ("ean8", _EAN8, gtin_valid),
        ("imei", _IMEI, luhn_valid),
    ):
        for m in pattern.finditer(text):
            if check(_digits(m.group())):
                add(m.start(), m.end(), kind, CHECKSUM)
    for m in _CODE_RUN.finditer(text):
        kind = _cue_kind(text, m.start())
        if kind is not None:
            add(m.start(), m.end(), kind, CONTEXT)
    spans.sort(key=lambda s: (s.start, s.end))
    return tuple(spans)


def overlapping(spans: tuple[ProtectedSpan, ...], start: int, end: int) -> list[ProtectedSpan]:
    """The spans that share at least one character with ``[start, end)``."""
    return [s for s in spans if s.start < end and start < s.end]
