"""Grow the seed set into a corpus: fill slots, vary wording and surface, pair questions with replies.

Each example records ``source`` (the seed it came from, plus the context seed for pairings):
the train/test split and cross-validation group by it, so no template is on both sides.

Variation, applied outside slot values (so a phone number stays a phone number):
case, stripped diacritics, typos, dropped punctuation, a greeting or sign-off in another
language (code-switching), a clean sentence prepended to a violation, homoglyphs in contacts.
"""

from __future__ import annotations

import hashlib
import random
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from training import slots
from training.seeds import SeedSet, load_seeds

_SLOT = re.compile(r"\{(\w+)\}")
GREETINGS = {
    "et": ["Tere!", "Tere,", "Tervist!"],
    "en": ["Hi!", "Hello,", "Hey,"],
    "ru": ["Здравствуйте!", "Привет,", "Добрый день!"],
    "lv": ["Sveiki!", "Labdien,"],
    "lt": ["Laba diena!", "Sveiki,"],
    "fi": ["Hei!", "Moi,", "Terve!"],
}
SIGNOFFS = {
    "et": ["Aitäh!", "Lugupidamisega, pood", "Ilusat päeva!"],
    "en": ["Thanks!", "Best regards", "Have a nice day!"],
    "ru": ["Спасибо!", "С уважением, магазин"],
    "lv": ["Paldies!", "Ar cieņu, veikals"],
    "lt": ["Ačiū!", "Pagarbiai, parduotuvė"],
    "fi": ["Kiitos!", "Ystävällisin terveisin"],
}
_HOMOGLYPHS = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і"}
_CONTACT_SLOTS = {"phone", "email", "url", "handle", "iban"}


@dataclass(frozen=True, slots=True)
class Example:
    id: str
    lang: str
    text: str
    context: str | None
    labels: tuple[str, ...]
    source: str

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "lang": self.lang,
            "text": self.text,
            "context": self.context,
            "labels": list(self.labels),
            "source": self.source,
        }


def render(template: str, rng: random.Random, lang: str, noise: float) -> str:
    """Fill ``{slots}`` and add surface noise to the words between them."""
    pieces: list[str] = []
    pos = 0
    for m in _SLOT.finditer(template):
        pieces.append(_noisy(template[pos : m.start()], rng, noise))
        value = slots.fill(m.group(1), rng, lang)
        if m.group(1) in _CONTACT_SLOTS and rng.random() < noise * 0.3:
            value = "".join(_HOMOGLYPHS.get(ch, ch) if rng.random() < 0.3 else ch for ch in value)
        pieces.append(value)
        pos = m.end()
    pieces.append(_noisy(template[pos:], rng, noise))
    return "".join(pieces)


def _noisy(text: str, rng: random.Random, noise: float) -> str:
    if not text or noise <= 0:
        return text
    chars = list(text)
    for _ in range(int(rng.random() < noise) + int(rng.random() < noise * 0.5)):
        letters = [i for i, ch in enumerate(chars) if ch.isalpha()]
        if len(letters) < 4:
            break
        i = rng.choice(letters)
        op = rng.randrange(3)
        if op == 0:
            del chars[i]
        elif op == 1:
            chars.insert(i, chars[i])
        elif i + 1 < len(chars):
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
    return "".join(chars)


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn"))


def surface(text: str, rng: random.Random, lang: str, noise: float) -> str:
    """Whole-message variation: case, diacritics, punctuation, another language's greeting."""
    if rng.random() < noise * 0.5:
        text = text.lower()
    if lang not in ("en", "ru") and rng.random() < noise * 0.4:
        text = strip_diacritics(text)
    if rng.random() < noise * 0.5:
        text = text.rstrip(".!")
    if rng.random() < noise * 0.4:
        other = rng.choice([lang, lang, rng.choice(list(GREETINGS))])
        text = f"{rng.choice(GREETINGS[other])} {text}"
    if rng.random() < noise * 0.3:
        other = rng.choice([lang, rng.choice(list(SIGNOFFS))])
        text = f"{text} {rng.choice(SIGNOFFS[other])}"
    return text


def _uid(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:12]


def generate(
    seeds: SeedSet | None = None, per_template: int = 10, seed: int = 0, noise: float = 0.35
) -> list[Example]:
    """The corpus: deterministic for the same seeds, ``per_template`` and ``seed``; duplicates dropped."""
    seeds = seeds or load_seeds()
    rng = random.Random(seed)
    out: dict[tuple[str, str | None], Example] = {}

    def add(lang: str, text: str, context: str | None, labels: tuple[str, ...], source: str) -> None:
        key = (text, context)
        if key not in out:
            out[key] = Example(
                _uid(source, text, context), lang, text, context, tuple(sorted(labels)), source
            )

    clean_by_lang: dict[str, list[str]] = {}
    for s in seeds.messages:
        if not s.labels:
            clean_by_lang.setdefault(s.lang, []).append(s.text)
    for s in seeds.messages:
        add(s.lang, render(s.text, rng, s.lang, 0.0), None, s.labels, s.id)
        for _ in range(per_template - 1):
            text = surface(render(s.text, rng, s.lang, noise), rng, s.lang, noise)
            if s.labels and rng.random() < 0.25:  # a violation inside an otherwise normal message
                lead = render(rng.choice(clean_by_lang[s.lang]), rng, s.lang, noise)
                text = f"{lead} {text}"
            add(s.lang, text, None, s.labels, s.id)
    for qa in seeds.qa:
        for _ in range(max(2, per_template // 2)):
            ctx = surface(render(qa.question, rng, qa.lang, noise), rng, qa.lang, noise * 0.5)
            add(qa.lang, surface(render(qa.full, rng, qa.lang, noise), rng, qa.lang, noise), ctx, (), qa.id)
            for partial in qa.partial:
                reply = surface(render(partial, rng, qa.lang, noise), rng, qa.lang, noise)
                add(qa.lang, reply, ctx, ("evasive",), qa.id)
    questions_by_lang: dict[str, list[str]] = {}
    for qa in seeds.qa:
        questions_by_lang.setdefault(qa.lang, []).append(qa.question)
    for g in seeds.generic:
        for _ in range(per_template):
            ctx = render(rng.choice(questions_by_lang[g.lang]), rng, g.lang, noise * 0.5)
            add(
                g.lang,
                surface(render(g.text, rng, g.lang, noise), rng, g.lang, noise),
                ctx,
                ("evasive",),
                g.id,
            )
        # without a buyer question there is nothing to dodge: a stock phrase alone is allowed
        add(g.lang, render(g.text, rng, g.lang, 0.0), None, (), g.id)
    return sorted(out.values(), key=lambda e: e.id)


def iter_dicts(examples: list[Example]) -> Iterator[dict[str, object]]:
    for e in examples:
        yield e.to_dict()
