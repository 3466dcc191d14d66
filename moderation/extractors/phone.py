"""Phone numbers (``contact_details`` / ``phone``), found in the ``digits`` view.

Match, then validate:

1. *Runs*: a linear pattern finds clusters of digit groups joined by phone separators
   (space - line breaks are spaces in the view - dot, dash, slash, brackets), with an
   optional ``+`` (or ``(+``) in front. A run glued to letters on its left is skipped, a
   trailing group glued to letters ("256gb") is dropped. Up to three runs separated only
   by up to three *joiner words* ("5123 ja siis 4567", "5123 и 4567") form one
   super-run.
2. *Windows*: contiguous groups of a super-run (a group is never split), longest first,
   from left to right; 7-15 digits (17 with ``00``).
3. *Validation* with ``phonenumbers``: a ``+``/``00`` form parses anywhere; a national
   form is tried in EE, LV, LT, FI, RU, PL, DE, GB, US in that order (the first that
   validates gives the E.164 value). FI, DE and GB accept almost any digit string without
   their trunk ``0``, so there a national form must start with it. A national form that
   starts with 372/371/370/358/48/49/44 is also tried as a number without its ``+``.
4. *Allowlist*: a window overlapping a protected span (``moderation.allowlist``) is
   dropped, by the span's strength: ``format`` (date, price, tracking code, IBAN...) unless
   the window has a ``+``/``00`` prefix and a phone cue; ``checksum`` (EAN, UPC, IMEI) unless
   it has a prefix, a phone cue or spelled digits; ``context`` (order/tracking cue word)
   unless it has a prefix.

Scores (the finding's confidence; policy blocks at >= 0.80, warns at >= 0.50):

================================================================  =====
evidence                                                          score
================================================================  =====
``+`` / ``00`` prefix, valid                                      1.00
national, strong phone cue near ("helista", "тел", "whatsapp")    0.95
  ... and grouped, spelled or joined as well                      1.00
spelled-out digits (3 or more digits written as words)            0.95
country code without ``+`` ("372 5123 4567")                      0.90
phone-like grouping ("5123 4567", "040-123 4567"), mobile range   0.90
phone-like grouping, fixed line or other range                    0.80
split by joiner words, mobile range, no round part ("..00")       0.85
split by joiner words, otherwise                                  0.60
bare digit run ("51234567"), mobile range                         0.65
bare digit run, other range                                       0.55
bare digit run in a sentence about a parcel, return, order, code  not reported
================================================================  =====

"number" / "nr" / "номер" alone is no phone cue (order and return numbers are numbers
too); "my number" ("mu number", "мой номер", "minun numero") is a strong cue.

Nobody spells out an order number, so spelled digits score high; a bare run that is valid
only as a national number may be an order or customer number, so it warns, not blocks.

Bounds: at most ``MAX_RUNS`` super-runs, ``MAX_CHECKS`` validations and ``MAX_FINDINGS``
findings per message. A run of 10,000 digits is one group longer than any phone number:
it gives no window and no finding. 10,000 digits in groups ("5123 4567 5123 ...") give at
most ``MAX_FINDINGS`` findings.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain
from typing import TYPE_CHECKING, NamedTuple

import phonenumbers
from phonenumbers import PhoneNumber, PhoneNumberFormat, PhoneNumberType

from moderation.allowlist import CHECKSUM, CONTEXT, FORMAT, ProtectedSpan, anchor_spans, digit_runs
from moderation.cue_words import (
    JOINER_WORDS,
    NUMBER,
    ORDER,
    PHONE,
    POSSESSIVES,
    cue_flags,
    mentions_reference,
    words_after,
    words_before,
)
from moderation.normalize import Normalized, TextView
from moderation.types import CONTACT_DETAILS, Finding

if TYPE_CHECKING:
    from moderation.config import Settings

REGIONS: tuple[str, ...] = ("EE", "LV", "LT", "FI", "RU", "PL", "DE", "GB", "US")
# Regions whose national numbers are written with a trunk prefix, and whose numbering
# plans are so open that a digit string without it validates by accident.
_TRUNK_REQUIRED = frozenset({"FI", "DE", "GB"})
# Far-away regions whose national form is accepted only as it is written there (or after a
# strong phone cue): a Baltic order number "2024-220731" is also a valid US number, but
# nobody here writes one that way.
_GROUPING_REQUIRED = {"US": frozenset({(3, 3, 4)})}
_BARE_COUNTRY_CODES = ("372", "371", "370", "358", "48", "49", "44")

MAX_RUNS = 64
MAX_CHECKS = 400
MAX_FINDINGS = 16
MIN_DIGITS = 7
MAX_NATIONAL_DIGITS = 13
MAX_INTERNATIONAL_DIGITS = 15
_MAX_JOIN_GAP = 40
_PROTECTION_REACH = 48
_MAX_PARTS = 3

_MOBILE_TYPES = frozenset({PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE})

# A "+" may be glued to a word ("tel+372..."); bare digits may not ("a546b").
_RUN = re.compile(r"(?=[(+\d])(?:(?:\( ?)?\+ ?|(?<![^\W_+])(?:\( ?)?)\d+(?:[ .\-–/()]{1,3}\d+)*")
_GROUP = re.compile(r"\d+")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")
_GAP_PUNCT_CHARS = r"[\s,.:;…\-–]"
# a joiner word is a whole run of letters: the lookahead stops "ja" matching inside "jaan"
_JOINERS = "|".join(sorted(map(re.escape, JOINER_WORDS)))
_JOINER_GAP = re.compile(rf"{_GAP_PUNCT_CHARS}*(?:(?:{_JOINERS})(?![^\W\d_]){_GAP_PUNCT_CHARS}*){{1,3}}")
_PAUSE = re.compile(r" ?[,;] ?")


_TYPE_DESCS = (
    "premium_rate",
    "toll_free",
    "shared_cost",
    "voip",
    "personal_number",
    "pager",
    "uan",
    "voicemail",
    "fixed_line",
    "mobile",
)

_Desc = tuple[frozenset[int], re.Pattern[str]]


def _desc(desc: object) -> _Desc | None:
    pattern = getattr(desc, "national_number_pattern", None)
    if not pattern:
        return None
    return frozenset(getattr(desc, "possible_length", ()) or ()), re.compile(pattern)


def _matches(desc: _Desc, nsn: str) -> bool:
    lengths, pattern = desc
    return (not lengths or len(nsn) in lengths) and pattern.fullmatch(nsn) is not None


class _Validity:
    """``phonenumbers.is_valid_number`` for one country code, with the patterns compiled once.

    Same decision, made the same way: the region among those sharing the country code is the
    only one, or the first whose leading digits match, or the first without leading digits
    for which the number has a type; the number is valid when, in that region, it matches
    the general pattern and one type's pattern (lengths checked first). The library looks
    its patterns up in a cache on every call, which is most of the phone extractor's time.
    ``tests/moderation/test_phone.py`` compares the two on random numbers.
    """

    __slots__ = ("_regions",)

    def __init__(self, country_code: int) -> None:
        regions = []
        for code in phonenumbers.region_codes_for_country_code(country_code):
            meta = phonenumbers.PhoneMetadata.metadata_for_region(code)
            if meta is None:
                continue
            general = _desc(meta.general_desc)
            types = tuple(d for d in (_desc(getattr(meta, name)) for name in _TYPE_DESCS) if d is not None)
            leading = re.compile(meta.leading_digits) if meta.leading_digits else None
            regions.append((leading, general, types))
        self._regions = tuple(regions)

    @staticmethod
    def _typed(general: _Desc | None, types: tuple[_Desc, ...], nsn: str) -> bool:
        if general is None or not _matches(general, nsn):
            return False
        return any(_matches(d, nsn) for d in types)

    def __call__(self, nsn: str) -> bool:
        if len(self._regions) == 1:
            _, general, types = self._regions[0]
            return self._typed(general, types, nsn)
        for leading, general, types in self._regions:
            if leading is not None:
                if leading.match(nsn):
                    return self._typed(general, types, nsn)
            elif self._typed(general, types, nsn):
                return True
        return False


@dataclass(frozen=True, slots=True)
class _Region:
    code: str
    country_code: int
    trunks: tuple[str, ...]  # national (trunk) prefixes: "0", "8" for LT, "8" for RU
    trunk_required: bool
    lengths: frozenset[int]
    general: re.Pattern[str]  # every national number of the region matches it: a cheap pre-check
    valid: _Validity
    written_lengths: frozenset[int]  # lengths of a national number as written, trunk included


class _Group(NamedTuple):  # a tuple: built for every digit group, ~3x cheaper than a frozen dataclass
    start: int  # view coordinates of the digits
    end: int
    digits: str
    prefix_start: int | None  # where "+" / "(+" starts, for the first group of a "+" run
    lead_start: int  # where the window starts when it starts here ("(" before "040" included)
    joined: bool  # separated from the previous group by joiner words


class _Valid(NamedTuple):
    number: PhoneNumber
    form: str  # "international", "national", "country-code"


def _trunk_prefixes(prefix: str | None, for_parsing: str | None) -> tuple[str, ...]:
    """The trunk prefixes of a region: "[08]" (LT) gives ("0", "8")."""
    if for_parsing and re.fullmatch(r"\[\d+\]", for_parsing):
        return tuple(for_parsing[1:-1])
    if for_parsing and for_parsing.isdigit():
        return (for_parsing,)
    return (prefix,) if prefix else ()


def _build_regions() -> tuple[_Region, ...]:
    out = []
    for code in REGIONS:
        meta = phonenumbers.PhoneMetadata.metadata_for_region(code)
        trunks = _trunk_prefixes(meta.national_prefix, meta.national_prefix_for_parsing)
        lengths = frozenset(meta.general_desc.possible_length)
        written = {n + len(t) for n in lengths for t in trunks}
        if code not in _TRUNK_REQUIRED:
            written |= lengths
        out.append(
            _Region(
                code=code,
                country_code=meta.country_code,
                trunks=trunks,
                trunk_required=code in _TRUNK_REQUIRED,
                lengths=lengths,
                general=re.compile(meta.general_desc.national_number_pattern),
                valid=_Validity(meta.country_code),
                written_lengths=frozenset(written),
            )
        )
    return tuple(out)


class PhoneExtractor:
    """Finds phone numbers; see the module docstring for the rules and the score table."""

    name = "phone"

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings
        self._regions = _build_regions()

    # --- public ---------------------------------------------------------------------
    def find(self, norm: Normalized) -> list[Finding]:
        view = norm.digits
        text = view.text
        superruns = _superruns(norm, text)
        if not superruns:
            return []
        state = _State()
        findings: list[Finding] = []
        for groups in superruns[:MAX_RUNS]:
            self._scan(norm, view, groups, state, findings)
            if len(findings) >= MAX_FINDINGS or state.checks >= MAX_CHECKS:
                break
        return findings[:MAX_FINDINGS]

    # --- windows --------------------------------------------------------------------
    def _scan(
        self,
        norm: Normalized,
        view: TextView,
        groups: list[_Group],
        state: _State,
        findings: list[Finding],
    ) -> None:
        text = view.text
        n = len(groups)
        i = 0
        while i < n and state.checks < MAX_CHECKS and len(findings) < MAX_FINDINGS:
            first = groups[i]
            plus = first.prefix_start is not None
            intl_digits = plus or (first.digits.startswith("00") and not first.digits.startswith("000"))
            limit = MAX_INTERNATIONAL_DIGITS + (0 if plus else 2) if intl_digits else MAX_NATIONAL_DIGITS
            ends: list[int] = []
            total = 0
            for j in range(i, n):
                total += len(groups[j].digits)
                if total > limit:
                    break
                if total >= MIN_DIGITS:
                    ends.append(j)
            found = None
            start = first.lead_start
            cue_before = _cue_before(text, start) if ends else ""
            for j in reversed(ends):
                window = groups[i : j + 1]
                end = groups[j].end
                # validate first (cheap), then ask the allowlist (dearer) about valid ones only
                state.checks += 1
                grouping = () if cue_before == "strong" else tuple(len(g.digits) for g in window)
                valid = self._validate("".join(g.digits for g in window), plus, grouping)
                if valid is None:
                    if state.checks >= MAX_CHECKS:
                        break
                    continue
                cue = cue_before or _cue_after(text, end)
                spelled = _spelled_count(norm, view, window)
                # "+" marks a phone; "00" only with grouping (a bare "00..." run may be a barcode)
                marked = plus or (intl_digits and j > i)
                if self._dropped(text, state, window, start, end, marked, cue, spelled):
                    continue
                found = _finding(norm, view, window, start, end, valid, cue, spelled)
                if found is not None:
                    findings.append(found)
                    i = j + 1
                    break
            if found is None:
                i += 1

    def _dropped(
        self,
        text: str,
        state: _State,
        window: list[_Group],
        start: int,
        end: int,
        intl: bool,
        cue: str,
        spelled: int,
    ) -> bool:
        strong = cue == "strong"
        for span in state.overlapping(text, window, start, end):
            if span.strength == FORMAT and not (intl and strong):
                return True
            if span.strength == CHECKSUM and not (intl or strong or spelled >= 3):
                return True
            if span.strength == CONTEXT and not intl:
                return True
        return False

    # --- validation -----------------------------------------------------------------
    def _validate(self, digits: str, plus: bool, grouping: tuple[int, ...] = ()) -> _Valid | None:
        """``grouping``: the digit groups as written; empty when a strong phone cue vouches
        for the number, which lifts ``_GROUPING_REQUIRED``."""
        if plus or (digits.startswith("00") and not digits.startswith("000")):
            body = digits if plus else digits[2:]
            number = _parse_international(body, possible_ok=True)
            if number is None:
                return None
            valid = phonenumbers.is_valid_number(number)
            return _Valid(number, "international" if valid else "international-unlisted")
        if len(digits) > MAX_NATIONAL_DIGITS or digits.startswith("00"):
            return None
        for region in self._regions:
            if (
                grouping
                and region.code in _GROUPING_REQUIRED
                and grouping not in _GROUPING_REQUIRED[region.code]
            ):
                continue
            number = _national(region, digits)
            if number is not None:
                return _Valid(number, "national")
        if 10 <= len(digits) <= 13 and digits.startswith(_BARE_COUNTRY_CODES):
            number = _parse_international(digits)
            if number is not None:
                return _Valid(number, "country-code")
        return None


class _State:
    """Per-message work: the validation count, and the protected spans of each digit run,
    computed when a valid window first needs them (``moderation.allowlist``)."""

    __slots__ = ("checks", "_spans")

    def __init__(self) -> None:
        self.checks = 0
        self._spans: dict[int, tuple[ProtectedSpan, ...]] = {}

    def overlapping(self, text: str, window: list[_Group], start: int, end: int) -> Iterator[ProtectedSpan]:
        """Protected spans that overlap ``[start, end)``, lazily: first those of the window's
        own digit runs (a legitimate number is usually ruled out by its own digits), then
        those of runs up to ``_PROTECTION_REACH`` before it, nearest first (an IBAN or a
        spaced tracking code may start there)."""
        inside = [(g.start, g.end) for g in window]  # a window's groups are whole digit runs
        before = digit_runs(text, start - _PROTECTION_REACH, window[0].start)
        for s, e in chain(inside, reversed(before)):
            spans = self._spans.get(s)
            if spans is None:
                spans = self._spans[s] = anchor_spans(text, s, e)
            for span in spans:
                if span.start < end and start < span.end:
                    yield span


def _parse_international(body: str, possible_ok: bool = False) -> PhoneNumber | None:
    """``+body`` parsed; valid numbers only, or also merely possible ones (right length)."""
    if not MIN_DIGITS <= len(body) <= MAX_INTERNATIONAL_DIGITS + 1:
        return None
    try:
        number = phonenumbers.parse("+" + body, None)
    except phonenumbers.NumberParseException:
        return None
    if phonenumbers.is_valid_number(number):
        return number
    if possible_ok and phonenumbers.is_possible_number(number):
        return number
    return None


def _national(region: _Region, digits: str) -> PhoneNumber | None:
    """``digits`` as a national number of ``region`` (trunk prefix stripped), if valid."""
    if len(digits) not in region.written_lengths:
        return None
    for t in region.trunks:
        if digits.startswith(t):
            number = _national_significant(region, digits[len(t) :])
            if number is not None:
                return number
    return None if region.trunk_required else _national_significant(region, digits)


def _national_significant(region: _Region, nsn: str) -> PhoneNumber | None:
    if len(nsn) not in region.lengths or nsn.startswith("0") or not region.general.fullmatch(nsn):
        return None
    if region.valid(nsn):
        return PhoneNumber(country_code=region.country_code, national_number=int(nsn))
    return None


# --- runs ---------------------------------------------------------------------------
def _groups_of(text: str, m: re.Match[str]) -> list[_Group]:
    head = m.group()
    plus_at = m.start() if head.startswith("+") or (head.startswith("(") and "+" in head[:3]) else None
    groups = []
    for g in _GROUP.finditer(text, m.start(), m.end()):
        first = not groups
        lead = m.start() if first else g.start()
        groups.append(_Group(g.start(), g.end(), g.group(), plus_at if first else None, lead, False))
    # a last group glued to letters is a unit or a model ("256gb", "4070ti")
    if m.end() < len(text) and _LETTER.match(text, m.end()):
        groups.pop()
    return groups


def _spelled_pause(norm: Normalized, text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    """A comma between two parts of a number dictated in words ("divdesmit viens, divi trīs")."""
    if _PAUSE.fullmatch(text, left.end(), right.start()) is None:
        return False
    view = norm.digits
    for m in (left, right):
        src = norm.original[view.starts[m.start()] : view.ends[m.end() - 1]]
        if not _WORD.search(src):
            return False
    return True


def _joiner_gap(gap: str) -> bool:
    """One to three joiner words and nothing else but spaces and light punctuation."""
    return len(gap) <= _MAX_JOIN_GAP and _JOINER_GAP.fullmatch(gap) is not None


def _superruns(norm: Normalized, text: str) -> list[list[_Group]]:
    """Runs of digit groups, with up to three runs joined by joiner words into one.

    Groups are built only for super-runs with enough digits to hold a phone number.
    """
    merged: list[list[re.Match[str]]] = []
    last: list[re.Match[str]] = []
    last_end = -_MAX_JOIN_GAP - 1
    for count, m in enumerate(_RUN.finditer(text)):
        if count >= MAX_RUNS * 8:
            break
        start, end = m.span()
        if (
            start - last_end <= _MAX_JOIN_GAP
            and len(last) < _MAX_PARTS
            and text[start] not in "+("
            and (
                _joiner_gap(text[last_end:start])
                or (_PAUSE.fullmatch(text, last_end, start) and _spelled_pause(norm, text, last[-1], m))
            )
        ):
            last.append(m)
        else:
            last = [m]
            merged.append(last)
        last_end = end
    out: list[list[_Group]] = []
    for matches in merged:
        if sum(m.end() - m.start() for m in matches) < MIN_DIGITS:
            continue  # fewer characters than digits needed, separators included
        groups: list[_Group] = []
        for k, m in enumerate(matches):
            part = _groups_of(text, m)
            if part and k:
                first = part[0]
                part[0] = first._replace(prefix_start=None, joined=True)
            groups.extend(part)
        if sum(len(g.digits) for g in groups) >= MIN_DIGITS:
            out.append(groups)
    return out


# --- evidence and scoring -----------------------------------------------------------
def _cue_before(text: str, start: int) -> str:
    """'strong' or 'weak' for the nearest phone/number cue before ``start``; '' if none
    or if an order cue comes first. "number" alone is weak (orders have numbers too);
    "my number" ("mu number", "мой номер") is strong."""
    words = words_before(text, start, max_words=5)
    for i, word in enumerate(words[:4]):
        flags = cue_flags(word)
        if flags & PHONE:
            return "strong"
        if flags & ORDER:
            return ""
        if flags & NUMBER:
            return "strong" if i + 1 < len(words) and words[i + 1] in POSSESSIVES else "weak"
    return ""


def _cue_after(text: str, end: int) -> str:
    for word in words_after(text, end, max_words=2):
        if cue_flags(word) & PHONE:
            return "strong"
    return ""


def _spelled_count(norm: Normalized, view: TextView, window: list[_Group]) -> int:
    """How many of the window's digits stand for words in the original text."""
    count = 0
    for g in window:
        src = norm.original[view.starts[g.start] : view.ends[g.end - 1]]
        if src != g.digits and unicodedata.normalize("NFKC", src) != g.digits:
            count += len(g.digits)
    return count


def _grouped(window: list[_Group]) -> bool:
    if len(window) < 2:
        return False
    if all(len(g.digits) == 1 for g in window):
        return True  # spaced digits: "5 1 2 3 4 5 6 7"
    return len(window[0].digits) <= 5 and all(len(g.digits) <= 8 for g in window)


def _finding(
    norm: Normalized,
    view: TextView,
    window: list[_Group],
    start: int,
    end: int,
    valid: _Valid,
    cue: str,
    spelled: int,
) -> Finding | None:
    number = valid.number
    mobile = phonenumbers.number_type(number) in _MOBILE_TYPES
    joined = any(g.joined for g in window[1:])
    grouped = _grouped(window)
    evidence: list[str] = []
    if valid.form == "international":
        score, rule = 1.0, "international"
        evidence.append("international prefix")
    elif valid.form == "international-unlisted":
        # right length for its country code but outside the listed ranges (new or reserved):
        # reported only when written like a phone
        if not (grouped or cue == "strong"):
            return None
        score, rule = 0.85, "international"
        evidence.append("international prefix, number range not listed")
    elif cue == "strong":
        score = 1.0 if (grouped or joined or spelled >= 3) else 0.95
        rule = "spelled" if spelled >= 3 else "national"
        evidence.append("phone cue nearby")
    elif spelled >= 3:
        score, rule = 0.95, "spelled"
    elif valid.form == "country-code":
        score, rule = 0.9, "country-code"
        evidence.append("country code without +")
    elif joined:
        round_part = any(g.digits.endswith("00") for g in window)
        score = 0.85 if mobile and not round_part else 0.6
        rule = "joined"
    elif grouped:
        score, rule = (0.9 if mobile else 0.8), "national"
    else:
        # an unformatted run with no cue: in a sentence about a parcel, a return, an order
        # or a code it is the reference written on the box, not a phone
        if mentions_reference(view.text, start, end):
            return None
        score, rule = (0.65 if mobile else 0.55), "bare"
    if spelled >= 3:
        evidence.append(f"{spelled} digits spelled out")
    if joined:
        evidence.append("parts joined by words")
    if grouped and not joined:
        evidence.append("phone-like grouping")
    if cue == "weak" and not valid.form.startswith("international"):
        evidence.append("number cue nearby")  # no score: order numbers are "numbers" too
    if rule == "bare":
        evidence.append("bare digit run")
    score = min(1.0, score)
    o_start, o_end = view.original_span(start, end)
    region = phonenumbers.region_code_for_number(number) or phonenumbers.region_code_for_country_code(
        number.country_code
    )
    kind = "mobile" if mobile else "fixed/other"
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    return Finding(
        category=CONTACT_DETAILS,
        kind="phone",
        start=o_start,
        end=o_end,
        text=norm.original[o_start:o_end],
        normalized=e164,
        source=f"phone/{rule}",
        score=round(score, 4),
        explanation=(
            f"valid {region} {kind} number {e164} ({valid.form} form); evidence: {', '.join(evidence)}"
        ),
    )
