"""Time the seller-compliance queries on 100,000 ``seller_checks`` (plus their ``decisions``).

    .venv/bin/python -m benchmarks.bench_compliance
    .venv/bin/python -m benchmarks.bench_compliance --postgres postgresql+psycopg://postgres@127.0.0.1:5432/postgres

SQLite always (a fresh file in a temporary folder); PostgreSQL when ``--postgres`` or
``TEST_POSTGRES_URL`` names a server (a fresh database is created there and dropped after).
The data are synthetic from a fixed seed: sellers with a long-tailed volume (a few heavy
sellers, many light ones) over 90 days; ~85% allow, ~8% warn, ~7% block; 60% of checks
carry an SLA. ``decisions`` gets what production stores: every block/warn, 1% of allows.

Timed (each ``--repeat`` times, median and max reported): the ranking of all sellers for the
last 30 and 90 days (limit 50, with the repeated-attempts flag), and one seller's figures
(counts + percentiles) and daily history, for the heaviest seller and a median one.
Results go to ``benchmarks/results/bench_compliance.{json,md}``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, insert, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from api import compliance
from api.db import make_engine, upgrade
from api.models import DecisionRecord, SellerCheck
from moderation.types import CATEGORIES

RESULTS_DIR = Path(__file__).parent / "results"
NOW = datetime(2026, 3, 31, 12, 0, tzinfo=UTC)
DAYS = 90


def synthetic_rows(n: int, sellers: int, seed: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(seed)
    ids = [f"seller-{i:05d}" for i in range(sellers)]
    weights = [1.0 / (i + 1) ** 0.8 for i in range(sellers)]  # long tail: a few heavy sellers
    risk = {s: rng.random() ** 3 for s in ids}  # most sellers behave; a few often try
    checks: list[dict[str, Any]] = []
    decisions: list[dict[str, Any]] = []
    for seller in rng.choices(ids, weights, k=n):
        at = NOW - timedelta(seconds=rng.uniform(0, DAYS * 86400))
        r = rng.random()
        decision = (
            "block" if r < 0.04 + 0.3 * risk[seller] else "warn" if r < 0.12 + 0.3 * risk[seller] else "allow"
        )
        flagged: set[str] = set()
        if decision != "allow":
            flagged.add(rng.choice(CATEGORIES))
            if rng.random() < 0.2:
                flagged.add(rng.choice(CATEGORIES))
        hours = rng.lognormvariate(2.3, 0.8) if rng.random() < 0.6 else None
        decision_id = None
        if decision != "allow" or rng.random() < 0.01:
            decision_id = uuid.UUID(int=rng.getrandbits(128)).hex
            decisions.append(
                {
                    "id": decision_id,
                    "created_at": at,
                    "seller_id": seller,
                    "text": "(bench)",
                    "decision": decision,
                }
            )
        checks.append(
            {
                "decision_id": decision_id,
                "seller_id": seller,
                "created_at": at,
                "language": "et",
                "decision": decision,
                "working_hours_elapsed": hours,
                "sla_met": None if hours is None else hours <= 24.0,
                **{f"flag_{c}": c in flagged for c in CATEGORIES},
            }
        )
    return checks, decisions


def load(engine: Engine, checks: list[dict[str, Any]], decisions: list[dict[str, Any]]) -> float:
    started = time.perf_counter()
    with engine.begin() as conn:
        for i in range(0, len(checks), 5000):
            conn.execute(insert(SellerCheck), checks[i : i + 5000])
        for i in range(0, len(decisions), 5000):
            conn.execute(insert(DecisionRecord), decisions[i : i + 5000])
    with engine.begin() as conn:
        conn.execute(text("ANALYZE"))
    return time.perf_counter() - started


def timed(fn: Callable[[], Any], repeat: int) -> dict[str, float]:
    fn()  # warm: plans, pages in cache
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return {"median_ms": round(statistics.median(samples), 2), "max_ms": round(max(samples), 2)}


def run_queries(engine: Engine, checks: list[dict[str, Any]], repeat: int) -> dict[str, Any]:
    volume = Counter(c["seller_id"] for c in checks)
    heavy = volume.most_common(1)[0][0]
    ordered = sorted(volume, key=volume.__getitem__)
    median_seller = ordered[len(ordered) // 2]
    last30 = compliance.Period(NOW - timedelta(days=30), NOW)
    last90 = compliance.Period(NOW - timedelta(days=DAYS), NOW)

    def rank(period: compliance.Period) -> Callable[[], Any]:
        def go() -> Any:
            with Session(engine) as s:
                rows = compliance.ranking(s, period, 50)
                return compliance.repeat_offenders(s, [r.seller_id for r in rows], NOW, 7, 3)

        return go

    def one(seller: str) -> Callable[[], Any]:
        def go() -> Any:
            with Session(engine) as s:
                return compliance.seller_figures(s, seller, last30), compliance.seller_history(
                    s, seller, last30
                )

        return go

    with Session(engine) as s:
        top = compliance.ranking(s, last30, 3)
    return {
        "sellers_with_checks": len(volume),
        "heaviest_seller_checks": volume[heavy],
        "median_seller_checks": volume[median_seller],
        "top3_last_30_days": [(r.seller_id, round(r.risk, 2), r.checked) for r in top],
        "ranking_30_days_limit_50": timed(rank(last30), repeat),
        "ranking_90_days_limit_50": timed(rank(last90), repeat),
        "one_seller_heaviest_30_days": timed(one(heavy), repeat),
        "one_seller_median_30_days": timed(one(median_seller), repeat),
    }


def bench_sqlite(
    checks: list[dict[str, Any]], decisions: list[dict[str, Any]], repeat: int
) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{tmp}/bench.sqlite3", timeout_s=30)
        upgrade(engine)
        out = {"insert_s": round(load(engine, checks, decisions), 2), **run_queries(engine, checks, repeat)}
        engine.dispose()
    return out


def bench_postgres(
    base: str, checks: list[dict[str, Any]], decisions: list[dict[str, Any]], repeat: int
) -> dict[str, Any]:
    url = make_url(base)
    name = f"moderation_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        engine = make_engine(url.set(database=name).render_as_string(hide_password=False), timeout_s=60)
        upgrade(engine)
        out = {"insert_s": round(load(engine, checks, decisions), 2), **run_queries(engine, checks, repeat)}
        with engine.connect() as conn:
            plan = conn.execute(
                text(
                    "EXPLAIN SELECT count(*) FROM seller_checks WHERE seller_id = 'seller-00000' "
                    "AND created_at >= :start AND created_at < :end"
                ),
                {"start": NOW - timedelta(days=30), "end": NOW},
            ).scalars()
            out["one_seller_plan"] = [line for line in plan][:3]
        engine.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return out


def to_markdown(result: dict[str, Any]) -> str:
    lines = [
        "# Seller compliance queries",
        "",
        f"{result['rows']:,} seller_checks ({result['decisions']:,} decisions) over {DAYS} days, "
        f"{result['sellers']:,} sellers, seed {result['seed']}; {result['machine']}.",
        "",
        "| backend | insert (s) | ranking 30 d | ranking 90 d | one seller, heaviest | one seller, median |",
        "|---|---|---|---|---|---|",
    ]
    for backend in ("sqlite", "postgresql"):
        r = result.get(backend)
        if not r:
            continue
        cells = [
            f"{r[k]['median_ms']} ms (max {r[k]['max_ms']})"
            for k in (
                "ranking_30_days_limit_50",
                "ranking_90_days_limit_50",
                "one_seller_heaviest_30_days",
                "one_seller_median_30_days",
            )
        ]
        lines.append(f"| {backend} | {r['insert_s']} | " + " | ".join(cells) + " |")
    r = result.get("sqlite") or result.get("postgresql") or {}
    lines += [
        "",
        f"Heaviest seller: {r.get('heaviest_seller_checks')} checks in 90 days; median seller: "
        f"{r.get('median_seller_checks')}. Medians of {result['repeat']} runs after one warm-up.",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--sellers", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=20260331)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--postgres", default=os.environ.get("TEST_POSTGRES_URL"))
    parser.add_argument("--no-write", action="store_true", help="print only; leave benchmarks/results alone")
    args = parser.parse_args(argv)

    checks, decisions = synthetic_rows(args.rows, args.sellers, args.seed)
    result: dict[str, Any] = {
        "rows": len(checks),
        "decisions": len(decisions),
        "sellers": args.sellers,
        "seed": args.seed,
        "repeat": args.repeat,
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}, load average {os.getloadavg()[0]:.1f} at start",
        "sqlite": bench_sqlite(checks, decisions, args.repeat),
    }
    if args.postgres:
        result["postgresql"] = bench_postgres(args.postgres, checks, decisions, args.repeat)
    print(json.dumps(result, indent=2, default=str))
    if not args.no_write:
        RESULTS_DIR.mkdir(parents=True, exist_ok=True)
        (RESULTS_DIR / "bench_compliance.json").write_text(json.dumps(result, indent=2, default=str) + "\n")
        (RESULTS_DIR / "bench_compliance.md").write_text(to_markdown(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
