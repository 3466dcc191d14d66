"""The hand-written seed set, parsed from the per-language tables in ``seeds_*.py``.

Three kinds of seed, one line each (``#`` starts a comment):

``messages``  ``id | labels | text``: a seller message with ``{slot}`` placeholders;
              labels are letters: C contact_details, O off_platform, M marketing, E evasive, - none.
``qa``        ``id | buyer question || full answer || partial answer ~~ other partial answer``:
              the full answer is clean, each partial or dodging answer is evasive.
``generic``   ``id | reply``: a stock non-answer; evasive when paired with a buyer's question.
"""

from __future__ import annotations

from dataclasses import dataclass

from moderation.types import CONTACT_DETAILS, EVASIVE, MARKETING, OFF_PLATFORM
from training import seeds_et_en, seeds_intent, seeds_lt_fi, seeds_promo_direct, seeds_ru_lv

LABEL_LETTERS = {"C": CONTACT_DETAILS, "O": OFF_PLATFORM, "M": MARKETING, "E": EVASIVE}


@dataclass(frozen=True, slots=True)
class MessageSeed:
    id: str
    lang: str
    text: str
    labels: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class QASeed:
    id: str
    lang: str
    question: str
    full: str
    partial: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GenericSeed:
    id: str
    lang: str
    text: str


def _lines(block: str) -> list[str]:
    return [ln.strip() for ln in block.strip().splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def parse_labels(letters: str) -> tuple[str, ...]:
    letters = letters.strip()
    if letters == "-":
        return ()
    try:
        return tuple(sorted({LABEL_LETTERS[ch] for ch in letters}))
    except KeyError as exc:
        raise ValueError(f"unknown label letter in {letters!r}") from exc


def parse_messages(block: str, lang: str) -> list[MessageSeed]:
    out = []
    for line in _lines(block):
        sid, labels, text = (part.strip() for part in line.split(" | ", 2))
        if not sid.startswith(lang + "-"):
            raise ValueError(f"seed {sid!r} listed under {lang!r}")
        out.append(MessageSeed(sid, lang, text, parse_labels(labels)))
    return out


def parse_qa(block: str, lang: str) -> list[QASeed]:
    out = []
    for line in _lines(block):
        sid, rest = (part.strip() for part in line.split(" | ", 1))
        question, full, partial = (part.strip() for part in rest.split(" || "))
        out.append(QASeed(sid, lang, question, full, tuple(p.strip() for p in partial.split(" ~~ "))))
    return out


def parse_generic(block: str, lang: str) -> list[GenericSeed]:
    out = []
    for line in _lines(block):
        sid, text = (part.strip() for part in line.split(" | ", 1))
        out.append(GenericSeed(sid, lang, text))
    return out


_TABLES = {
    "et": (seeds_et_en.ET, seeds_et_en.ET_QA, seeds_et_en.ET_GENERIC),
    "en": (seeds_et_en.EN, seeds_et_en.EN_QA, seeds_et_en.EN_GENERIC),
    "ru": (seeds_ru_lv.RU, seeds_ru_lv.RU_QA, seeds_ru_lv.RU_GENERIC),
    "lv": (seeds_ru_lv.LV, seeds_ru_lv.LV_QA, seeds_ru_lv.LV_GENERIC),
    "lt": (seeds_lt_fi.LT, seeds_lt_fi.LT_QA, seeds_lt_fi.LT_GENERIC),
    "fi": (seeds_lt_fi.FI, seeds_lt_fi.FI_QA, seeds_lt_fi.FI_GENERIC),
}


@dataclass(frozen=True, slots=True)
class SeedSet:
    messages: tuple[MessageSeed, ...]
    qa: tuple[QASeed, ...]
    generic: tuple[GenericSeed, ...]


def load_seeds(languages: tuple[str, ...] | None = None) -> SeedSet:
    messages: list[MessageSeed] = []
    qa: list[QASeed] = []
    generic: list[GenericSeed] = []
    for lang, (msg_block, qa_block, generic_block) in _TABLES.items():
        if languages is not None and lang not in languages:
            continue
        messages += parse_messages(msg_block, lang)
        messages += parse_messages(seeds_intent.TABLES[lang], lang)
        messages += parse_messages(seeds_promo_direct.TABLES[lang], lang)
        qa += parse_qa(qa_block, lang)
        generic += parse_generic(generic_block, lang)
    ids = [s.id for s in (*messages, *qa, *generic)]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate seed ids")
    return SeedSet(tuple(messages), tuple(qa), tuple(generic))
