"""``python -m training build-data | train | evaluate``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from moderation.config import Settings
from moderation.model_store import default_models_root, load_model
from training.data import DEFAULT_DATA, Finder, compute_findings, model_inputs, read_corpus, write_jsonl
from training.evaluate import evaluate
from training.generate import generate, iter_dicts
from training.report import evaluation_markdown
from training.train import TrainConfig, train


def make_finder(no_findings: bool) -> Finder | None:
    """The detection core's ``find``: the same extractors the service runs."""
    if no_findings:
        return None
    from moderation.moderator import Moderator

    return Moderator.build(Settings.load(env={})).find


def cmd_build_data(args: argparse.Namespace) -> int:
    examples = generate(per_template=args.per_template, seed=args.seed)
    path = write_jsonl(iter_dicts(examples), args.out)
    print(f"wrote {len(examples)} examples to {path}", file=sys.stderr)
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    cfg = TrainConfig(seed=args.seed, max_features=args.max_features)
    out = train(
        args.data,
        args.out,
        make_finder(args.no_findings),
        cfg,
        version=args.version,
        make_current=not args.no_current,
    )
    print(f"model written to {out}", file=sys.stderr)
    print((out / "evaluation.md").read_text(encoding="utf-8"))
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    model = load_model(args.model)
    corpus = read_corpus(args.data)
    findings = compute_findings(corpus, make_finder(args.no_findings))
    report = evaluate(model, corpus, model_inputs(corpus, findings), findings)
    report_all = {
        "held_out": report,
        "grouped_cv": report,
        "split": {"train": 0, "test": report["n"], "test_sources": len(set(corpus.groups))},
    }
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        md = evaluation_markdown(report_all, model.version)
        print(md.split("## Grouped")[0])
    return 0


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m training", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build-data", help="generate the corpus JSONL from the seed set")
    b.add_argument("--out", default=str(DEFAULT_DATA))
    b.add_argument("--per-template", type=int, default=10)
    b.add_argument("--seed", type=int, default=0)
    b.set_defaults(func=cmd_build_data)
    t = sub.add_parser("train", help="train, evaluate and save a model under --out/<version>/")
    t.add_argument("--data", default=str(DEFAULT_DATA))
    t.add_argument("--out", default=str(default_models_root()))
    t.add_argument("--seed", type=int, default=0)
    t.add_argument("--max-features", type=int, default=40000)
    t.add_argument("--version", help="model version (default: clf-<date>-<data hash>-s<seed>)")
    t.add_argument("--no-current", action="store_true", help="do not point <out>/CURRENT at the new model")
    t.add_argument("--no-findings", action="store_true", help="train without the extractors' findings")
    t.set_defaults(func=cmd_train)
    e = sub.add_parser("evaluate", help="evaluate a saved model on a corpus")
    e.add_argument("--model", help="model directory (default: models/CURRENT)")
    e.add_argument("--data", default=str(DEFAULT_DATA))
    e.add_argument("--no-findings", action="store_true")
    e.add_argument("--json", action="store_true", help="print the JSON report")
    e.set_defaults(func=cmd_evaluate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    return args.func(args)
