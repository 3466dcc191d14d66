"""Build evaluation/blind_v1.jsonl from the hand-written sources in blind_src/.

Checks the counts per language and category, that every listed phone number
is valid (phonenumbers) and appears in its text, then writes the JSONL.
Run: .venv/bin/python -m evaluation.build_blind
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
WANT = {"C": 15, "O": 10, "M": 10, "E": 10, "L": 25}
OUT = Path(__file__).with_name("blind_v1.jsonl")


def expect_of(labels: list[str]) -> str:
    if set(labels) & {"contact_details", "off_platform", "marketing"}:
        return "block"
    return "warn" if "evasive" in labels else "allow"


def build() -> list[dict]:
    rows = []
    for lang in LANGS:
        mod = importlib.import_module(f"evaluation.blind_src.{lang}")
        primary = Counter((codes[:1] or "L") for codes, *_ in mod.ITEMS)
        assert all(primary[k] == v for k, v in WANT.items()), (lang, primary)
        legit_ctx = sum(1 for c, _, ctx, _ in mod.ITEMS if not c and ctx)
        assert legit_ctx >= 15, (lang, legit_ctx)
        assert all(ctx for c, _, ctx, _ in mod.ITEMS if c == "E"), lang
        digits_only = re.sub(r"[^0-9+]", "", "\n".join(t for _, t, _, _ in mod.ITEMS))
        for number, region, *spelled in mod.PHONES:
            parsed = phonenumbers.parse(number, region)
            assert phonenumbers.is_valid_number(parsed), (lang, number)
            assert spelled or re.sub(r"[^0-9+]", "", number) in digits_only, (lang, number)
        for i, (codes, text, ctx, note) in enumerate(mod.ITEMS, 1):
            labels = [CODES[c] for c in codes]
            rows.append(
                {
                    "id": f"{lang}-{i:03d}",
                    "lang": lang,
                    "text": text,
                    "context": ctx,
                    "labels": labels,
                    "expect": expect_of(labels),
                    "note": note,
                }
            )
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
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
