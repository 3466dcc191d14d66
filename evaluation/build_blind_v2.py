"""Build evaluation/blind_v2.jsonl from the hand-written sources in blind_v2_src/.

Second blind set, written without looking at the code, the training data or
blind_v1. Checks the counts per language and category, that every listed
phone number is valid (phonenumbers) and, unless it is obfuscated, appears in
its text; that evasive items carry the buyer's question. Writes the JSONL.
Run: .venv/bin/python -m evaluation.build_blind_v2
"""

from __future__ import annotations

import importlib
import json
import re
from collections import Counter
from pathlib import Path

import phonenumbers

LANGS = ("et", "en", "ru", "lv", "lt", "fi")
CODES = {"C": "contact_details", "O": "off_platform", "M": "marketing", "E": "evasive"}
WANT = {"C": 12, "O": 8, "M": 8, "E": 8, "L": 24}
MIN_LEGIT_WITH_CONTEXT = 12
OUT = Path(__file__).with_name("blind_v2.jsonl")


def expect_of(labels: list[str]) -> str:
    if set(labels) & {"contact_details", "off_platform", "marketing"}:
        return "block"
    return "warn" if "evasive" in labels else "allow"


def _check_phones(lang: str, mod) -> None:
    digits_only = re.sub(r"[^0-9+]", "", "\n".join(t for _, t, _, _ in mod.ITEMS))
    for number, region, *obfuscated in mod.PHONES:
        parsed = phonenumbers.parse(number, region)
        assert phonenumbers.is_valid_number(parsed), (lang, number)
        national = str(parsed.national_number)
        assert obfuscated or national in re.sub(r"\+", "", digits_only), (lang, number)


def build() -> list[dict]:
    rows = []
    for lang in LANGS:
        mod = importlib.import_module(f"evaluation.blind_v2_src.{lang}")
        primary = Counter((codes[:1] or "L") for codes, *_ in mod.ITEMS)
        assert all(primary[k] == v for k, v in WANT.items()), (lang, primary)
        legit_ctx = sum(1 for c, _, ctx, _ in mod.ITEMS if not c and ctx)
        assert legit_ctx >= MIN_LEGIT_WITH_CONTEXT, (lang, legit_ctx)
        assert all(ctx for c, _, ctx, _ in mod.ITEMS if c == "E"), lang
        _check_phones(lang, mod)
        for i, (codes, text, ctx, note) in enumerate(mod.ITEMS, 1):
            labels = [CODES[c] for c in codes]
            rows.append(
                {
                    "id": f"v2-{lang}-{i:03d}",
                    "lang": lang,
                    "text": text,
                    "context": ctx,
                    "labels": labels,
                    "expect": expect_of(labels),
                    "note": note,
                }
            )
    texts = [r["text"] for r in rows]
    assert len(texts) == len(set(texts)), "duplicate texts"
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")
    print(Counter((r["lang"], r["expect"]) for r in rows))


if __name__ == "__main__":
    main()
