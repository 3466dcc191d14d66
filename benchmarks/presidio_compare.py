"""Microsoft Presidio's pattern recognizers next to ours: quality on the labelled cases,
throughput on the benchmark corpus.

    .venv/bin/pip install -e '.[bench]'          # presidio-analyzer
    taskset -c 0 .venv/bin/python -m benchmarks.presidio_compare

How Presidio is set up (presidio-analyzer 2.2.x, no trained spaCy model available offline):

* NLP engine: ``BlankSpacyNlpEngine``, a ``SpacyNlpEngine`` whose ``load`` builds
  ``spacy.blank(lang)`` for each of et, en, ru, lv, lt, fi instead of ``spacy.load``
  (which would try to download ``en_core_web_lg``). A blank pipeline tokenizes only: no
  NER and no lemmas, so Presidio's context enhancement has little to work with; the five
  entities compared are all pattern recognizers and do not need NER.
* Recognizers: one instance each of ``PhoneRecognizer``, ``EmailRecognizer``,
  ``UrlRecognizer``, ``IbanRecognizer`` and ``CreditCardRecognizer`` *per language code*
  (Presidio recognizers are bound to one language), so each case is analysed in its own
  language. The phone recognizer gets our regions (EE, LV, LT, FI, RU, GB, US) instead of
  its defaults (US, GB, DE, FR, IL, IN, CA, BR), which would be unfair to it. Context words
  stay Presidio's English defaults.
* ``EmailRecognizer`` calls ``tldextract.extract``, whose default tries to download the
  public-suffix list on first use; offline that costs a network time-out. The harness
  points that module's ``tldextract`` at an offline ``TLDExtract(suffix_list_urls=())``
  (the bundled snapshot), which is what Presidio falls back to anyway.
* Flagged = any result for those entities (Presidio's default score threshold 0); the
  table also gives the figures at score >= 0.5.

Presidio finds PII; it has no notion of obfuscation, messengers, "pay me directly", or of
carrier and platform domains that are allowed. The comparison shows what a general PII
detector gives on this problem, not a contest on equal terms.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from benchmarks.bench_check import (
    CLOCKS,
    RESULTS_DIR,
    build_moderator,
    environment,
    latency_stats,
    time_checks,
)
from benchmarks.corpus import DEFAULT_SEED, generate
from tests.moderation.test_contact_cases import LANGUAGES, load_cases, moderator_predict, summarize

ENTITIES = ["PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "IBAN_CODE", "CREDIT_CARD"]
PHONE_REGIONS = ("EE", "LV", "LT", "FI", "RU", "GB", "US")


def build_presidio(languages: tuple[str, ...] = LANGUAGES) -> Any:
    import spacy
    import tldextract
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        EmailRecognizer,
        IbanRecognizer,
        PhoneRecognizer,
        UrlRecognizer,
    )
    from presidio_analyzer.predefined_recognizers.generic import email_recognizer

    email_recognizer.tldextract = SimpleNamespace(extract=tldextract.TLDExtract(suffix_list_urls=()))

    class BlankSpacyNlpEngine(SpacyNlpEngine):
        """spaCy tokenizers only: ``spacy.blank(lang)`` per language, nothing downloaded."""

        def __init__(self, langs: tuple[str, ...]) -> None:
            super().__init__(models=[{"lang_code": lang, "model_name": f"blank:{lang}"} for lang in langs])
            self._langs = langs

        def load(self) -> None:
            self.nlp = {lang: spacy.blank(lang) for lang in self._langs}

    nlp_engine = BlankSpacyNlpEngine(languages)
    nlp_engine.load()
    registry = RecognizerRegistry(supported_languages=list(languages))
    for lang in languages:
        registry.add_recognizer(PhoneRecognizer(supported_language=lang, supported_regions=PHONE_REGIONS))
        registry.add_recognizer(EmailRecognizer(supported_language=lang))
        registry.add_recognizer(UrlRecognizer(supported_language=lang))
        registry.add_recognizer(IbanRecognizer(supported_language=lang))
        registry.add_recognizer(CreditCardRecognizer(supported_language=lang))
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=list(languages))


def presidio_predict(analyzer: Any, lang_of: dict[str, str], min_score: float) -> Any:
    def predict(text: str) -> tuple[bool, list[tuple[int, int]]]:
        results = analyzer.analyze(text, language=lang_of[text], entities=ENTITIES)
        ranges = [(r.start, r.end) for r in results if r.score >= min_score and r.score > 0]
        return bool(ranges), ranges

    return predict


def time_presidio(analyzer: Any, messages: list[Any], warmup: int, clock_name: str) -> list[float]:
    for m in messages[:warmup]:
        analyzer.analyze(m.text, language=m.lang, entities=ENTITIES)
    out = []
    clock = CLOCKS[clock_name]
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        for m in messages:
            t0 = clock()
            analyzer.analyze(m.text, language=m.lang, entities=ENTITIES)
            out.append((clock() - t0) / 1e6)
    finally:
        if gc_was_enabled:
            gc.enable()
    return out


def _speed(ms: list[float], messages: list[Any]) -> dict[str, Any]:
    subset = [t for t, m in zip(ms, messages, strict=True) if m.subset == "300"]
    return {
        "messages_per_s": round(len(ms) / (sum(ms) / 1000), 1),
        "overall": latency_stats(ms),
        "subset_300": latency_stats(subset) if subset else {},
    }


def run(args: argparse.Namespace) -> dict[str, Any]:
    import presidio_analyzer

    cases = load_cases()
    lang_of = {c.text: c.lang for c in cases}
    moderator, held = build_moderator("none")
    analyzer = build_presidio()
    ours = summarize(cases, moderator_predict(moderator))
    theirs_any = summarize(cases, presidio_predict(analyzer, lang_of, 0.0))
    theirs_05 = summarize(cases, presidio_predict(analyzer, lang_of, 0.5))
    messages = generate(args.n, args.seed)
    our_ms, _ = time_checks(moderator, messages, args.warmup, 1, args.clock)
    their_ms = time_presidio(analyzer, messages, args.warmup, args.clock)
    try:
        from importlib.metadata import version

        presidio_version = version("presidio-analyzer")
    except Exception:  # metadata missing in odd installs; the figure is informative only
        presidio_version = getattr(presidio_analyzer, "__version__", "unknown")
    return {
        "benchmark": "presidio_compare",
        "presidio_analyzer": presidio_version,
        "presidio_setup": "blank spaCy per language; Phone/Email/Url/Iban/CreditCard recognizers "
        f"per language; phone regions {list(PHONE_REGIONS)}",
        "ours": {**held, "cases": ours["per_language"], "speed": _speed(our_ms, messages)},
        "presidio": {
            "cases_any_score": theirs_any["per_language"],
            "cases_score_0_5": theirs_05["per_language"],
            "speed": _speed(their_ms, messages),
        },
        "corpus": {"generated_seed": args.seed, "n": len(messages)},
        "clock": args.clock,
        "our_errors": ours["errors"],
        "presidio_errors_any_score": theirs_any["errors"],
        "environment": environment(),
    }


def _fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def to_markdown(r: dict[str, Any]) -> str:
    ours, pa, p5 = r["ours"]["cases"], r["presidio"]["cases_any_score"], r["presidio"]["cases_score_0_5"]
    missing = r["ours"]["missing_extractors"]
    lines = [
        "# Presidio comparison",
        "",
        f"presidio-analyzer {r['presidio_analyzer']} ({r['presidio_setup']}). "
        f"Ours: extractors {', '.join(r['ours']['extractors'])}"
        + (f" — **missing: {', '.join(missing)}**" if missing else "")
        + f"; commit {r['environment']['git_commit']}, CPU {r['environment']['cpu']}, "
        f"affinity {r['environment']['cpu_affinity']}.",
        "",
        "## Labelled cases (tests/moderation/data/contact_cases.jsonl)",
        "",
        "Recall = positives flagged with every expected span covered; detected = flagged at all; "
        "FPR = negatives flagged.",
        "",
        "| lang | pos | neg | ours recall | ours detected | ours FPR | Presidio recall | Presidio detected "
        "| Presidio FPR | Presidio recall (≥0.5) | Presidio FPR (≥0.5) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for lang in (*LANGUAGES, "all"):
        o, a, f = ours[lang], pa[lang], p5[lang]
        lines.append(
            f"| {lang} | {o['positives']} | {o['negatives']} "
            f"| {_fmt(o['recall'])} | {_fmt(o['detection_rate'])} "
            f"| {_fmt(o['false_positive_rate'])} | {_fmt(a['recall'])} | {_fmt(a['detection_rate'])} "
            f"| {_fmt(a['false_positive_rate'])} | {_fmt(f['recall'])} | {_fmt(f['false_positive_rate'])} |"
        )
    lines += [
        "",
        f"## Speed on the generated corpus ({r['corpus']['n']} messages, one core, {r['clock']} clock)",
        "",
        "| | messages/s | p50 ms | p99 ms | p50 ms (~300 chars) | p99 ms (~300 chars) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, s in (
        ("ours (Moderator.check, no model)", r["ours"]["speed"]),
        ("Presidio", r["presidio"]["speed"]),
    ):
        lines.append(
            f"| {name} | {s['messages_per_s']} | {s['overall']['p50_ms']} | {s['overall']['p99_ms']} "
            f"| {s['subset_300'].get('p50_ms')} | {s['subset_300'].get('p99_ms')} |"
        )
    lines += ["", f"Our errors on the cases: {len(r['our_errors'])} (listed in presidio_compare.json).", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Presidio vs our extractors.")
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--warmup", type=int, default=300)
    parser.add_argument("--clock", choices=tuple(CLOCKS), default="wall", help="wall time or thread CPU time")
    parser.add_argument("--out", type=Path, default=RESULTS_DIR)
    args = parser.parse_args(argv)
    try:
        import presidio_analyzer  # noqa: F401
    except ImportError:
        print("presidio-analyzer is not installed: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    result = run(args)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "presidio_compare.json").write_text(
        json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    md = to_markdown(result)
    (args.out / "presidio_compare.md").write_text(md, encoding="utf-8")
    print(md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
