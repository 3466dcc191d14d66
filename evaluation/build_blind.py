"""Build the blind sets' JSONL files from their hand-written sources.

For each set: checks the counts per language and category, that evasive items carry the
buyer's question, that enough legitimate items answer one, that every listed phone number is
valid (phonenumbers) and appears in its text unless it is written obfuscated, then writes
``evaluation/<name>.jsonl``.
Run: .venv/bin/python -m evaluation.build_blind [v1|v2 ...]
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import phonenumbers

LANGS = ("et", "en", "ru", "lv", "lt", "fi")
CODES = {"C": "contact_details", "O": "off_platform", "M": "marketing", "E": "evasive"}
HERE = Path(__file__).parent


@dataclass(frozen=True)
class BlindSet:
    name: str  # the output is evaluation/<name>.jsonl
    package: str  # one module per language, each with ITEMS and PHONES
    want: dict[str, int]  # items per primary code ("L" = legitimate) and language
    min_legit_with_context: int
    id_prefix: str
    phone_digits: str  # how a listed phone must appear in the text: "as-written" or "national"
    unique_texts: bool  # v1 repeats the evasive reply "ok" in five languages (its context differs)


SETS = {
    "v1": BlindSet(
        "blind_v1",
        "evaluation.blind_src",
        {"C": 15, "O": 10, "M": 10, "E": 10, "L": 25},
        15,
        "",
        "as-written",
        False,
    ),
    "v2": BlindSet(
        "blind_v2",
        "evaluation.blind_v2_src",
        {"C": 12, "O": 8, "M": 8, "E": 8, "L": 24},
        12,
        "v2-",
        "national",
        True,
    ),
}


def expect_of(labels: list[str]) -> str:
    if set(labels) & {"contact_details", "off_platform", "marketing"}:
        return "block"
    return "warn" if "evasive" in labels else "allow"


def _check_phones(spec: BlindSet, lang: str, mod) -> None:
    digits_only = re.sub(r"[^0-9+]", "", "\n".join(t for _, t, _, _ in mod.ITEMS))
    for number, region, *obfuscated in mod.PHONES:
        parsed = phonenumbers.parse(number, region)
        assert phonenumbers.is_valid_number(parsed), (lang, number)
        if spec.phone_digits == "national":
            shown, haystack = str(parsed.national_number), digits_only.replace("+", "")
        else:
            shown, haystack = re.sub(r"[^0-9+]", "", number), digits_only
        assert obfuscated or shown in haystack, (lang, number)


def build(spec: BlindSet) -> list[dict]:
    rows = []
    for lang in LANGS:
        mod = importlib.import_module(f"{spec.package}.{lang}")
        primary = Counter((codes[:1] or "L") for codes, *_ in mod.ITEMS)
        assert all(primary[k] == v for k, v in spec.want.items()), (lang, primary)
        legit_ctx = sum(1 for c, _, ctx, _ in mod.ITEMS if not c and ctx)
        assert legit_ctx >= spec.min_legit_with_context, (lang, legit_ctx)
        assert all(ctx for c, _, ctx, _ in mod.ITEMS if c == "E"), lang
        _check_phones(spec, lang, mod)
        for i, (codes, text, ctx, note) in enumerate(mod.ITEMS, 1):
            labels = [CODES[c] for c in codes]
            rows.append(
                {
                    "id": f"{spec.id_prefix}{lang}-{i:03d}",
                    "lang": lang,
                    "text": text,
                    "context": ctx,
                    "labels": labels,
                    "expect": expect_of(labels),
                    "note": note,
                }
            )
    assert len({r["id"] for r in rows}) == len(rows), "duplicate ids"
    assert not spec.unique_texts or len({r["text"] for r in rows}) == len(rows), "duplicate texts"
    return rows


def main(names: list[str]) -> None:
    for name in names or list(SETS):
        spec = SETS[name]
        rows = build(spec)
        out = HERE / f"{spec.name}.jsonl"
        with out.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"wrote {len(rows)} rows to {out}")
        print(Counter((r["lang"], r["expect"]) for r in rows))


if __name__ == "__main__":
    main(sys.argv[1:])
