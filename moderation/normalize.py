"""Text normalization that keeps a map back to the original characters.

Extractors never look at the raw message: they look at a *view* of it in which
obfuscation has been undone (Unicode compatibility forms, zero-width characters,
homoglyphs, spaced-out letters, leetspeak, spelled-out numbers). Every character of
a view remembers the span of original characters it came from, so a match in a view
maps back to exactly what the seller wrote: ``original[start:end]``.

Two views are built:

``words``
    for keywords, e-mail addresses, domains and handles: NFKC, case folding,
    zero-width removed, whitespace collapsed, spaced letters joined, homoglyphs mapped
    to the word's script, leetspeak undone inside words.
``digits``
    for phone numbers and account numbers: NFKC, case folding, zero-width removed,
    whitespace collapsed, homoglyphs mapped, letters imitating digits inside digit words
    become digits ("5O12" -> "5012"), and number words in the six languages become digits
    ("viis kaks" -> "5 2"); no leetspeak, no joining of spaced letters.

The steps, in order (each one pass over the text, all patterns compiled once):

1. :func:`fold_characters` - per character NFKC + case folding; format characters
   (zero-width space/joiners, soft hyphen, BOM, bidi marks), control characters,
   unpaired surrogates and invisible fillers dropped; every run of whitespace becomes one
   space, none at the ends. A combining mark is composed with the letter before it when
   Unicode has the precomposed letter ("e" + U+0301 -> "é", "и" + U+0306 -> "й"),
   otherwise dropped, so the base letter always survives. Plain text (ASCII, Latin-1,
   Latin Extended-A, Greek, Cyrillic letters and single spaces) is copied in bulk.
2. :func:`join_spaced_letters` (``words``) - "w h a t s a p p", "g.m.a.i.l", "g - m" -> one word.
3. :func:`moderation.homoglyphs.unmix_scripts` - "gmаil" (Cyrillic а) -> "gmail".
4. :func:`undo_leetspeak` (``words``) - "g00gle" -> "google", "wh4tsapp" -> "whatsapp";
   :func:`digits_from_lookalikes` (``digits``) - "5O12" -> "5012".
5. :func:`moderation.number_words.find_number_words` (``digits``).

Steps 3 and 4 replace one character by one, so they leave the offsets untouched.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from moderation.homoglyphs import unmix_scripts
from moderation.number_words import Replacement, find_number_words


@dataclass(frozen=True, slots=True)
class TextView:
    """A transformed text; ``starts[i]:ends[i]`` is the original span of ``text[i]``."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map the view's half-open span ``[start, end)`` to the original text."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside view of length {len(self.text)}")
        return self.starts[start], self.ends[end - 1]


class ViewBuilder:
    """Accumulates output characters, each with the original span it stands for."""

    __slots__ = ("_chars", "_starts", "_ends")

    def __init__(self) -> None:
        self._chars: list[str] = []
        self._starts: list[int] = []
        self._ends: list[int] = []

    def add(self, chars: str, start: int, end: int) -> None:
        for ch in chars:
            self._chars.append(ch)
            self._starts.append(start)
            self._ends.append(end)

    def last_char(self) -> str:
        return self._chars[-1] if self._chars else ""

    def __len__(self) -> int:
        return len(self._chars)

    def build(self) -> TextView:
        return TextView("".join(self._chars), tuple(self._starts), tuple(self._ends))


def identity_view(text: str) -> TextView:
    n = len(text)
    return TextView(text, tuple(range(n)), tuple(range(1, n + 1)))


def compose(outer: TextView, inner: TextView) -> TextView:
    """``inner`` was computed from ``outer.text``; express its spans in ``outer``'s original."""
    starts = tuple(outer.starts[s] for s in inner.starts)
    ends = tuple(outer.ends[e - 1] for e in inner.ends)
    return TextView(inner.text, starts, ends)


def _with_text(view: TextView, text: str) -> TextView:
    """Same offsets, new text of the same length (one-for-one replacement steps)."""
    return view if text is view.text else TextView(text, view.starts, view.ends)


# --- step 1: fold characters ---------------------------------------------------------------
# Characters whose NFKC form is themselves and whose case folding is one character: copied
# in bulk with ``str.casefold``. tests/moderation/test_normalize.py checks both properties.
PLAIN_CHARS = (
    "\x21-\x7e"  # printable ASCII except space
    "\u00c0-\u00d6\u00d8-\u00de\u00e0-\u00f6\u00f8-\u00ff"  # Latin-1 letters (not ß)
    "\u0100-\u012f\u0131\u0134-\u013e\u0141-\u0148\u014a-\u017e"  # Latin Extended-A (not İ ĳ ŀ ŉ ſ)
    "\u0386\u0388-\u038a\u038c\u038e\u038f\u0391-\u03a1\u03a3-\u03af\u03b1-\u03ce"  # Greek (not ΐ ΰ)
    "\u0400-\u045f"  # Cyrillic
)
# Anything that is not plain text or a space: handled one character at a time. (Runs of
# spaces are collapsed while copying plain text; one character class keeps the scan fast.)
_IRREGULAR_RE = re.compile(f"[^{PLAIN_CHARS} ]+")
_SPACES_RE = re.compile(" {2,}")
_DROPPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
# Letters and symbols that render as blank: Hangul fillers (dropped like zero-width
# characters) and the Braille blank (a space).
_INVISIBLE = frozenset("\u115f\u1160\u3164\uffa0")
_BLANK = frozenset("\u2800")


def _fold_char(ch: str) -> str:
    """One original character -> its folded form: "" (drop), " " (whitespace) or text."""
    if ch.isspace() or ch in _BLANK:
        return " "
    if ch in _INVISIBLE or unicodedata.category(ch) in _DROPPED_CATEGORIES:
        return ""
    if unicodedata.combining(ch) or unicodedata.category(ch).startswith("M"):
        return ch
    folded = unicodedata.normalize("NFKC", ch).casefold()
    return folded if folded.isascii() else unicodedata.normalize("NFKC", folded)


class _Folder:
    """Output buffer of :func:`fold_characters`; ``last`` is " " at the start (no leading space)."""

    __slots__ = ("parts", "starts", "ends", "last")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.last = " "

    def plain(self, text: str, a: int, b: int) -> None:
        """Copy ``text[a:b]``: plain characters and spaces."""
        if "  " in text[a:b]:
            for run in _SPACES_RE.finditer(text, a, b):
                self._plain(text, a, run.start() + 1)
                a = run.end()
            if a == b:
                return
        self._plain(text, a, b)

    def _plain(self, text: str, a: int, b: int) -> None:
        """Copy ``text[a:b]`` (plain characters, single spaces)."""
        if text[a] == " " and self.last == " ":
            a += 1
            if a == b:
                return
        folded = text[a:b].casefold()
        self.parts.append(folded)
        self.starts.extend(range(a, b))
        self.ends.extend(range(a + 1, b + 1))
        self.last = folded[-1]

    def char(self, ch: str, i: int) -> None:
        for out in _fold_char(ch):
            if out == " ":
                if self.last != " ":
                    self._append(" ", i)
            elif unicodedata.combining(out) or unicodedata.category(out).startswith("M"):
                self._combine(out, i)
            else:
                self._append(out, i)

    def _append(self, out: str, i: int) -> None:
        self.parts.append(out)
        self.starts.append(i)
        self.ends.append(i + 1)
        self.last = out

    def _combine(self, mark: str, i: int) -> None:
        if self.last == " ":
            return
        composed = unicodedata.normalize("NFC", self.last + mark)
        if len(composed) == 1:
            self.parts[-1] = self.parts[-1][:-1] + composed
            self.ends[-1] = i + 1
            self.last = composed

    def build(self) -> TextView:
        text = "".join(self.parts)
        if text.endswith(" "):
            text = text[:-1]
            self.starts.pop()
            self.ends.pop()
        return TextView(text, tuple(self.starts), tuple(self.ends))


def fold_characters(text: str) -> TextView:
    """NFKC + casefold per character, drop format characters, collapse runs of whitespace."""
    out = _Folder()
    pos = 0
    for match in _IRREGULAR_RE.finditer(text):
        a, b = match.span()
        if pos < a:
            out.plain(text, pos, a)
        for i in range(a, b):
            out.char(text[i], i)
        pos = b
    if pos < len(text):
        out.plain(text, pos, len(text))
    return out.build()


# --- step 2: spaced letters ----------------------------------------------------------------
# Three or more one-character words separated by a space or by one of . - _ @ (with an
# optional space on either side). Only the one-character words join; their neighbours are
# untouched ("call w h a t s a p p now" -> "call whatsapp now").
_SPACED_RE = re.compile(r"(?<![^\W_])[^\W_](?:(?: ?[._\-@] ?| )[^\W_]){2,}(?![^\W_])")
_SPACED_SEP_RE = re.compile(r" ?[._\-@] ?| ")
_SPACED_MIN_LETTERS = 2  # "1 2 3" is a list of digits, not a spelled-out word


def _joined(run: str) -> str | None:
    """The joined form of a spaced run, or None when it is not one.

    Letters spaced by blanks keep the punctuation between them ("j o h n @ g m a i l . c o m"
    -> "john@gmail.com"); letters spaced only by one repeated mark lose it ("g.m.a.i.l" ->
    "gmail"); anything else ("a@b.c") is left alone.
    """
    if sum(ch.isalpha() for ch in run) < _SPACED_MIN_LETTERS:
        return None
    marks = {sep.strip() for sep in _SPACED_SEP_RE.findall(run)}
    if "" in marks:
        return "".join(ch for ch in run if ch != " ")
    if len(marks) == 1 and "@" not in marks:
        return "".join(ch for ch in run if ch.isalnum())
    return None


def join_spaced_letters(view: TextView) -> TextView:
    """Join runs of spaced-out single letters into one word."""
    text, old_starts, old_ends = view.text, view.starts, view.ends
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for match in _SPACED_RE.finditer(text):
        a, b = match.span()
        joined = _joined(match.group())
        if joined is None:
            continue
        parts.append(text[pos:a])
        starts.extend(old_starts[pos:a])
        ends.extend(old_ends[pos:a])
        keep = iter(joined)
        want = next(keep, None)
        for i in range(a, b):
            if text[i] == want:
                parts.append(want)
                starts.append(old_starts[i])
                ends.append(old_ends[i])
                want = next(keep, None)
        pos = b
    if not parts:
        return view
    parts.append(text[pos:])
    starts.extend(old_starts[pos:])
    ends.extend(old_ends[pos:])
    return TextView("".join(parts), tuple(starts), tuple(ends))


# --- digits view: letters that look like digits ----------------------------------------------
# Inside a word made of digits and at most as many look-alike letters ("5O12", "4o", "5l23",
# "9I2", Cyrillic "З45"), the letters become the digits they imitate. One for one.
DIGIT_LOOKALIKES = {"o": "0", "о": "0", "ο": "0", "l": "1", "i": "1", "і": "1", "з": "3"}
_LOOKALIKE_WORD_RE = re.compile(r"(?<![^\W_])[0-9oоοlіiз]{2,}+(?![^\W_])")
_HAS_DIGIT_RE = re.compile(r"[0-9]")


def digits_from_lookalikes(text: str) -> str:
    """Replace look-alike letters in digit words by digits; same length as ``text``."""
    if not _HAS_DIGIT_RE.search(text):
        return text
    chars: list[str] | None = None
    for match in _LOOKALIKE_WORD_RE.finditer(text):
        word = match.group()
        if word.isdigit():
            continue  # the common case: a number
        digits = sum(ch.isdigit() for ch in word)
        if digits == len(word) or digits < len(word) - digits:
            continue
        if chars is None:
            chars = list(text)
        a = match.start()
        for i, ch in enumerate(word):
            chars[a + i] = DIGIT_LOOKALIKES.get(ch, ch)
    return text if chars is None else "".join(chars)


# --- step 4: leetspeak ---------------------------------------------------------------------
# Digits and symbols standing for letters. "1" is "l" before a vowel or after a vowel at the
# end of a word ("goog1e", "te1egram", "hotmai1"), else "i" ("1nstagram", "gma1l", "v1ber"). "@" is
# never touched (it is the e-mail separator), nor are symbols at the edge of a word ("hi!").
LEET_LATIN = {"0": "o", "1": "i", "2": "z", "3": "e", "4": "a", "5": "s", "6": "b", "7": "t", "8": "b",
              "9": "g", "$": "s", "!": "i", "|": "l", "€": "e"}
LEET_CYRILLIC = {"0": "о", "3": "з", "4": "ч", "6": "б"}
_LEET_RUN_RE = re.compile(r"[0-9$!|€]+")
_SYMBOLS = frozenset("$!|€")
_VOWELS = frozenset("aeiouyäöüõ")


def _in_address(text: str, a: int, b: int) -> bool:
    """The word is part of an e-mail address or a dotted name: leave its characters as written."""
    before = text[a - 1] if a else ""
    after = text[b] if b < len(text) else ""
    if before == "@" or after == "@":
        return True
    if before == "." and a >= 2 and text[a - 2].isalnum():
        return True
    return after == "." and b + 1 < len(text) and text[b + 1].isalnum()


def _leet_spots(word: str) -> list[int]:
    """Positions that may be leetspeak: not digit runs that are numbers (3+ digits, 2+ at an edge)."""
    spots: list[int] = []
    n = len(word)
    for run in _LEET_RUN_RE.finditer(word):
        a, b = run.span()
        if run.group().isdigit() and (b - a >= 3 or (b - a >= 2 and (a == 0 or b == n))):
            continue
        spots.extend(range(a, b))
    return spots


def _unleet_word(word: str) -> str:
    spots = _leet_spots(word)
    if not spots:
        return word
    letters = [ch for ch in word if ch.isalpha()]
    if len(letters) < 2 or len(spots) > len(letters):
        return word
    cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in letters) * 2 > len(letters)
    table = LEET_CYRILLIC if cyrillic else LEET_LATIN
    chars = list(word)
    n = len(word)
    for i in spots:
        ch = word[i]
        if ch not in table:
            continue
        prev = word[i - 1] if i else ""
        nxt = word[i + 1] if i + 1 < n else ""
        if ch in _SYMBOLS and not (nxt.isalpha() and (prev.isalpha() or (ch == "$" and i == 0))):
            continue
        new = table[ch]
        if ch == "1" and not cyrillic and (nxt in _VOWELS or (prev in _VOWELS and not nxt.isalpha())):
            new = "l"
        chars[i] = new
    return "".join(chars)


def _word_around(text: str, a: int, b: int) -> tuple[int, int]:
    """Widen ``text[a:b]`` to the whole word (letters, digits and leet symbols) around it."""
    n = len(text)
    while a > 0 and (text[a - 1].isalnum() or text[a - 1] in _SYMBOLS):
        a -= 1
    while b < n and (text[b].isalnum() or text[b] in _SYMBOLS):
        b += 1
    return a, b


def undo_leetspeak(text: str) -> str:
    """Undo leetspeak inside words that mix letters with digits or symbols; same length."""
    chars: list[str] | None = None
    done = 0  # words end before this offset have been handled
    n = len(text)
    for run in _LEET_RUN_RE.finditer(text):
        a, b = run.span()
        if a < done:
            continue
        if not ((a > 0 and text[a - 1].isalpha()) or (b < n and text[b].isalpha())):
            continue  # a number or punctuation standing alone
        a, b = _word_around(text, a, b)
        done = b
        if _in_address(text, a, b):
            continue
        word = text[a:b]
        new = _unleet_word(word)
        if new != word:
            if chars is None:
                chars = list(text)
            chars[a:b] = new
    return text if chars is None else "".join(chars)


# --- step 5: number words --------------------------------------------------------------------
def _apply_replacements(view: TextView, replacements: list[Replacement]) -> TextView:
    if not replacements:
        return view
    text, old_starts, old_ends = view.text, view.starts, view.ends
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for r in replacements:
        parts.append(text[pos:r.start])
        starts.extend(old_starts[pos:r.start])
        ends.extend(old_ends[pos:r.start])
        parts.append(r.digits)
        for s, e in r.spans:
            starts.append(old_starts[s])
            ends.append(old_ends[e - 1])
        pos = r.end
    parts.append(text[pos:])
    starts.extend(old_starts[pos:])
    ends.extend(old_ends[pos:])
    return TextView("".join(parts), tuple(starts), tuple(ends))


def spell_digits(view: TextView) -> TextView:
    """Number words -> digits, each digit mapped to the word it came from."""
    return _apply_replacements(view, find_number_words(view.text))


@dataclass(frozen=True, slots=True)
class Normalized:
    original: str
    words: TextView
    digits: TextView


def normalize(text: str) -> Normalized:
    base = fold_characters(text)
    unmixed = _with_text(base, unmix_scripts(base.text))
    joined = join_spaced_letters(base)
    if joined is base:
        words = unmixed
    else:
        words = _with_text(joined, unmix_scripts(joined.text))
    words = _with_text(words, undo_leetspeak(words.text))
    digits = spell_digits(_with_text(unmixed, digits_from_lookalikes(unmixed.text)))
    return Normalized(original=text, words=words, digits=digits)
