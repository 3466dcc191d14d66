"""Measure the whole service on the blind set (evaluation/blind_v1.jsonl).

Runs the moderator twice: with the current default model, and rules only
(model=None). Reports per language and overall: decision accuracy, block
recall, false-block rate, expected-vs-got confusion, per-category
recall/precision of flagged categories, and every decision error.
Writes blind_v1_report.md and blind_v1_report.json next to this file.
Run: .venv/bin/python -m evaluation.run_blind
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from moderation import Moderator, Settings
from moderation.model_store import default_model_dir, load_model
from moderation.types import CATEGORIES

HERE = Path(__file__).parent
DATA = HERE / "blind_v1.jsonl"
DECISIONS = ("block", "warn", "allow")


def load_rows(path: Path = DATA) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def run(moderator: Moderator, rows: list[dict]) -> list[dict]:
    results = []
    for row in rows:
        d = moderator.check(row["text"], context=row["context"], language=None).to_dict()
        flagged = [c for c, s in d["categories"].items() if s["flagged"]]
        results.append(
            {
                **row,
                "got": d["decision"],
                "flagged": flagged,
                "detected_language": d.get("language"),
                "findings": [(f["kind"], f["text"], round(f["score"], 2)) for f in d["findings"]],
            }
        )
    return results


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 3) if den else None


def metrics(results: list[dict]) -> dict[str, Any]:
    n = len(results)
    correct = sum(r["got"] == r["expect"] for r in results)
    blocks = [r for r in results if r["expect"] == "block"]
    allows = [r for r in results if r["expect"] == "allow"]
    confusion = {e: {g: 0 for g in DECISIONS} for e in DECISIONS}
    for r in results:
        confusion[r["expect"]][r["got"]] += 1
    per_cat = {}
    for cat in CATEGORIES:
        tp = sum(cat in r["labels"] and cat in r["flagged"] for r in results)
        fn = sum(cat in r["labels"] and cat not in r["flagged"] for r in results)
        fp = sum(cat not in r["labels"] and cat in r["flagged"] for r in results)
        per_cat[cat] = {
            "support": tp + fn,
            "tp": tp,
            "fn": fn,
            "fp": fp,
            "recall": _ratio(tp, tp + fn),
            "precision": _ratio(tp, tp + fp),
        }
    return {
        "n": n,
        "accuracy": _ratio(correct, n),
        "block_recall": _ratio(sum(r["got"] == "block" for r in blocks), len(blocks)),
        "false_block_rate": _ratio(sum(r["got"] == "block" for r in allows), len(allows)),
        "false_flag_rate_allow": _ratio(sum(r["got"] != "allow" for r in allows), len(allows)),
        "confusion": confusion,
        "categories": per_cat,
    }


def evaluate(moderator: Moderator, rows: list[dict]) -> dict[str, Any]:
    results = run(moderator, rows)
    by_lang: dict[str, list[dict]] = defaultdict(list)
    for r in results:
        by_lang[r["lang"]].append(r)
    errors = [
        {k: r[k] for k in ("id", "expect", "got", "labels", "flagged", "note", "text", "context", "findings")}
        for r in results
        if r["got"] != r["expect"]
    ]
    return {
        "overall": metrics(results),
        "per_language": {lang: metrics(rs) for lang, rs in by_lang.items()},
        "errors": errors,
    }


def _fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def _summary_md(title: str, ev: dict[str, Any]) -> list[str]:
    out = [
        f"## {title}",
        "",
        "| lang | n | accuracy | block recall | false-block rate (allow) | non-allow rate (allow) |",
        "|---|---|---|---|---|---|",
    ]
    for lang, m in [*ev["per_language"].items(), ("**all**", ev["overall"])]:
        out.append(
            f"| {lang} | {m['n']} | {_fmt(m['accuracy'])} | {_fmt(m['block_recall'])} | "
            f"{_fmt(m['false_block_rate'])} | {_fmt(m['false_flag_rate_allow'])} |"
        )
    out += [
        "",
        "Confusion (rows expected, columns got), overall:",
        "",
        "| expect \\ got | block | warn | allow |",
        "|---|---|---|---|",
    ]
    for e in DECISIONS:
        c = ev["overall"]["confusion"][e]
        out.append(f"| {e} | {c['block']} | {c['warn']} | {c['allow']} |")
    out += [
        "",
        "Per category (flagged vs labels), overall and recall per language:",
        "",
        "| category | support | recall | precision | fp | " + " | ".join(ev["per_language"]) + " |",
        "|---|---|---|---|---|" + "---|" * len(ev["per_language"]),
    ]
    for cat, m in ev["overall"]["categories"].items():
        per = " | ".join(_fmt(pl["categories"][cat]["recall"]) for pl in ev["per_language"].values())
        out.append(
            f"| {cat} | {m['support']} | {_fmt(m['recall'])} | {_fmt(m['precision'])} | {m['fp']} | {per} |"
        )
    out += [
        "",
        f"### Errors ({len(ev['errors'])})",
        "",
        "| id | expect | got | labels | flagged | text |",
        "|---|---|---|---|---|---|",
    ]
    for e in ev["errors"]:
        text = e["text"].replace("\n", "⏎").replace("|", "\\|")
        out.append(
            f"| {e['id']} | {e['expect']} | {e['got']} | {','.join(e['labels'])} | "
            f"{','.join(e['flagged'])} | {text} |"
        )
    return out + [""]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=HERE / "blind_v1_report")
    args = parser.parse_args(argv)
    rows = load_rows(args.data)
    settings = Settings.load(env={})
    model = load_model(default_model_dir())
    model_version = getattr(model, "version", None) or default_model_dir().name
    runs = {
        "model": evaluate(Moderator.build(settings, model=model), rows),
        "rules_only": evaluate(Moderator.build(settings, model=None), rows),
    }
    report = {
        "data": str(args.data.name),
        "n": len(rows),
        "policy_version": settings.policy_version,
        "model": str(model_version),
        "runs": runs,
    }
    args.out.with_suffix(".json").write_text(
        json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    md = [
        f"# Blind evaluation: {args.data.name} ({len(rows)} messages)",
        "",
        f"Policy {settings.policy_version}; model `{model_version}`. "
        "Language is detected (language=None); context passed as the buyer's previous message.",
        "",
    ]
    md += _summary_md(f"With model `{model_version}`", runs["model"])
    md += _summary_md("Rules only (model=None)", runs["rules_only"])
    args.out.with_suffix(".md").write_text("\n".join(md), encoding="utf-8")
    for name, ev in runs.items():
        m = ev["overall"]
        print(
            f"{name}: accuracy {_fmt(m['accuracy'])} block recall {_fmt(m['block_recall'])} "
            f"false-block {_fmt(m['false_block_rate'])} errors {len(ev['errors'])}"
        )


if __name__ == "__main__":
    main()
