"""Look-alike letters across Latin, Cyrillic and Greek ("gmаil" with a Cyrillic "а").

A word written in one script with a few letters from another is nearly always an attempt
to dodge keyword and address matching, so :func:`unmix_scripts` rewrites the odd letters
into the word's script. Words in a single script are left alone: a Russian word stays
Russian, an English one English. Works on case-folded text, one letter for one letter, so
offsets do not move.

Which script a mixed word is rewritten into:

1. the script into which every foreign letter of the word has a look-alike
   ("теlеgrаm": Cyrillic т, е, а all have Latin twins, Latin l, g do not have Cyrillic
   ones -> Latin "telegram");
2. if several (or none) qualify, the script with more letters in the word; a tie goes to
   Latin, the script of addresses, domains and handles.

Letters without a look-alike stay as they are.

One more case: a word wholly in Cyrillic or Greek look-alikes, glued by "." or "@" to a
Latin address part ("gmail.сом", "усс@mail.ee"), is rewritten into Latin: a top-level
domain of at most 4 letters after "." or any word touching "@".
"""

from __future__ import annotations

import re

# Case-folded letters only; uppercase look-alikes (В/B, Н/H, М/M, Т/T) are listed by their
# lowercase forms, because case folding has already happened.
CYRILLIC_TO_LATIN = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "г": "r", "д": "g", "и": "u", "к": "k", "м": "m",
    "н": "h", "о": "o", "п": "n", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ь": "b",
    "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l",
    "ү": "y", "ѵ": "v",
}
LATIN_TO_CYRILLIC = {
    "a": "а", "b": "в", "c": "с", "e": "е", "h": "н", "i": "і", "k": "к", "m": "м", "n": "п",
    "o": "о", "p": "р", "r": "г", "t": "т", "u": "и", "x": "х", "y": "у",
}
GREEK_TO_LATIN = {
    "α": "a", "ά": "a", "β": "b", "γ": "y", "ε": "e", "έ": "e", "ζ": "z", "η": "n", "ή": "n",
    "ι": "i", "ί": "i", "κ": "k", "μ": "u", "ν": "v", "ο": "o", "ό": "o", "ρ": "p", "τ": "t",
    "υ": "u", "ύ": "u", "χ": "x", "ω": "w", "ώ": "w",
}
LATIN_TO_GREEK = {
    "a": "α", "b": "β", "e": "ε", "i": "ι", "k": "κ", "n": "η", "o": "ο", "p": "ρ", "t": "τ",
    "u": "υ", "v": "ν", "w": "ω", "x": "χ", "y": "γ", "z": "ζ",
}

LATIN, CYRILLIC, GREEK = "latin", "cyrillic", "greek"
_INTO: dict[str, dict[str, dict[str, str]]] = {
    LATIN: {CYRILLIC: CYRILLIC_TO_LATIN, GREEK: GREEK_TO_LATIN},
    CYRILLIC: {LATIN: LATIN_TO_CYRILLIC},
    GREEK: {LATIN: LATIN_TO_GREEK},
}

_NON_LATIN_RE = re.compile(r"[\u0370-\u03ff\u0400-\u052f\u1f00-\u1fff]")
_LATIN_RE = re.compile(r"[a-z\u00c0-\u024f\u1e00-\u1eff]")
_WORD_RE = re.compile(r"[^\W_]+")
# Where a word may need unmixing: Latin next to Cyrillic/Greek (digits may sit between), or
# Cyrillic/Greek next to "@" or after "." (look-alike address parts).
_L = "a-z\u00c0-\u024f\u1e00-\u1eff"
_X = "\u0370-\u03ff\u0400-\u052f\u1f00-\u1fff"
_HINT_RE = re.compile(f"[{_L}][0-9]*[{_X}]|[{_X}][0-9]*[{_L}]|[.@][{_X}]|[{_X}]@")
_TLD_MAX = 4
_NONE: dict[str, str] = {}


def script_of(ch: str) -> str | None:
    """The script of a letter among the three we unmix; None for anything else."""
    code = ord(ch)
    if code < 0x250 or 0x1E00 <= code <= 0x1EFF:
        return LATIN if ch.isalpha() else None
    if 0x400 <= code <= 0x52F:
        return CYRILLIC
    if 0x370 <= code <= 0x3FF or 0x1F00 <= code <= 0x1FFF:
        return GREEK if ch.isalpha() else None
    return None


def _target(counts: dict[str, int], word: str) -> str:
    present = [s for s, c in counts.items() if c]
    complete = []
    for target in present:
        tables = _INTO[target]
        for ch in word:
            script = script_of(ch)
            if script is not None and script != target and ch not in tables.get(script, _NONE):
                break
        else:
            complete.append(target)
    candidates = complete if len(complete) == 1 else (complete or present)
    return max(candidates, key=lambda s: (counts[s], s == LATIN))


def _rewrite(word: str, target: str) -> str:
    tables = _INTO[target]
    out = []
    for ch in word:
        script = script_of(ch)
        if script is None or script == target:
            out.append(ch)
        else:
            out.append(tables.get(script, _NONE).get(ch, ch))
    return "".join(out)


def _glued_to_latin_address(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if before == "@" or after == "@":
        return True
    return before == "." and end - start <= _TLD_MAX and start >= 2 and text[start - 2].isascii() \
        and text[start - 2].isalnum()


def unmix_scripts(text: str) -> str:
    """Rewrite look-alike letters of mixed-script words (see module doc); same length as ``text``."""
    if text.isascii() or not _NON_LATIN_RE.search(text) or not _LATIN_RE.search(text):
        return text
    chars: list[str] | None = None
    done = 0
    n = len(text)
    for hint in _HINT_RE.finditer(text):
        a, b = hint.span()
        if a < done:
            continue
        while a > 0 and (text[a - 1].isalnum() or text[a - 1] == "_"):
            a -= 1
        while b < n and (text[b].isalnum() or text[b] == "_"):
            b += 1
        for match in _WORD_RE.finditer(text, a, b):
            new = _unmixed(text, match)
            if new is not None and new != match.group():
                if chars is None:
                    chars = list(text)
                chars[match.start():match.end()] = new
        done = b
    return text if chars is None else "".join(chars)


def _unmixed(text: str, match: re.Match[str]) -> str | None:
    word = match.group()
    if word.isascii():
        return None
    if _LATIN_RE.search(word) is None:
        if not _glued_to_latin_address(text, *match.span()):
            return None  # a word in one script
        new = _rewrite(word, LATIN)
        if any(script_of(ch) not in (LATIN, None) for ch in new):
            return None  # not wholly made of look-alikes: a real Cyrillic/Greek word
        return new
    if _NON_LATIN_RE.search(word) is None:
        return None
    counts = {LATIN: 0, CYRILLIC: 0, GREEK: 0}
    for ch in word:
        script = script_of(ch)
        if script is not None:
            counts[script] += 1
    return _rewrite(word, _target(counts, word))
