"""HTTP load test over loopback against ``moderation serve`` (gunicorn, storage on).

Two measurements for single checks and for batches:

* saturation: ``--threads`` closed-loop clients with keep-alive send as fast as answers
  come back for ``--seconds``; reports requests/s (and messages/s) and latency.
* fixed rate: an open-loop schedule at ``--rate`` requests/s; latency is measured from
  the *scheduled* send time, so a stalled server shows up in the percentiles instead of
  silently lowering the rate (no coordinated omission). wrk2 is not in Debian; this is
  the small Python stand-in.

    python -m benchmarks.http_load --seconds 15 --rate 200 --workers 2

The client runs on the same machine as the server and takes CPU from it: on a small
machine the saturation figure is a lower bound.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import queue
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Result:
    name: str
    requests: int
    errors: int
    seconds: float
    messages_per_request: int
    latencies_ms: list[float]

    def summary(self) -> dict[str, object]:
        lat = sorted(self.latencies_ms)

        def pct(p: float) -> float:
            return round(lat[min(len(lat) - 1, int(p / 100 * len(lat)))], 2) if lat else float("nan")

        return {
            "run": self.name,
            "requests": self.requests,
            "errors": self.errors,
            "requests_per_s": round(self.requests / self.seconds, 1),
            "messages_per_s": round(self.requests * self.messages_per_request / self.seconds, 1),
            "p50_ms": pct(50),
            "p90_ms": pct(90),
            "p99_ms": pct(99),
            "mean_ms": round(statistics.fmean(lat), 2) if lat else None,
        }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(workers: int, threads: int, db_url: str) -> tuple[subprocess.Popen[bytes], int, str]:
    from api.db import make_engine, upgrade
    from api.keys import create_key

    engine = make_engine(db_url)
    upgrade(engine)
    _, key = create_key(engine, "service", "http-load")
    engine.dispose()
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": db_url,
        "MODERATION_MODEL": os.environ.get("MODERATION_MODEL", "none"),
        "MODERATION_RATE_LIMIT_PER_S": "0",
        "MODERATION_LOG_LEVEL": "WARNING",
    }
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "moderation",
            "serve",
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--threads",
            str(threads),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/readyz")
            if conn.getresponse().status == 200:
                return proc, port, key
        except OSError:
            pass
        if proc.poll() is not None:
            break
        time.sleep(0.3)
    proc.terminate()
    raise SystemExit("the server did not become ready")


def bodies(batch: int, n: int = 600) -> list[bytes]:
    from benchmarks.corpus import generate

    msgs = generate(n=n, n_300=n)
    ctx = {"seller_id": "seller-1", "buyer_message_received_at": "2025-03-07T16:00:00+02:00"}
    if batch <= 1:
        return [json.dumps({"text": m.text, "context": ctx}).encode() for m in msgs]
    return [
        json.dumps({"messages": [{"id": m.id, "text": m.text} for m in msgs[i : i + batch]]}).encode()
        for i in range(0, len(msgs) - batch + 1, batch)
    ]


class Client:
    def __init__(self, port: int, key: str, path: str) -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.headers = {"Content-Type": "application/json", "Authorization": f"Bearer {key}"}
        self.path = path

    def send(self, body: bytes) -> bool:
        for attempt in (1, 2):
            try:
                self.conn.request("POST", self.path, body=body, headers=self.headers)
                resp = self.conn.getresponse()
                resp.read()
                return resp.status == 200
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                # the server closed an idle keep-alive connection (gunicorn's keepalive is 2 s):
                # not a failed request, so reconnect and send once more
                self.conn.close()
                if attempt == 2:
                    return False
            except (OSError, http.client.HTTPException):
                self.conn.close()
                return False
        return False


def saturate(
    port: int, key: str, path: str, payloads: list[bytes], threads: int, seconds: float, per_request: int
) -> Result:
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def loop(offset: int) -> None:
        client, i, mine, bad = Client(port, key, path), offset, [], 0
        while time.monotonic() < stop:
            t0 = time.perf_counter()
            ok = client.send(payloads[i % len(payloads)])
            mine.append((time.perf_counter() - t0) * 1000)
            bad += not ok
            i += threads
        with lock:
            latencies.extend(mine)
            errors[0] += bad

    started = time.monotonic()
    pool = [threading.Thread(target=loop, args=(k,)) for k in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    return Result(
        f"saturation {path}", len(latencies), errors[0], time.monotonic() - started, per_request, latencies
    )


def fixed_rate(
    port: int,
    key: str,
    path: str,
    payloads: list[bytes],
    rate: float,
    seconds: float,
    threads: int,
    per_request: int,
) -> Result:
    work: queue.Queue[tuple[float, bytes] | None] = queue.Queue()
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()

    def worker() -> None:
        client, mine, bad = Client(port, key, path), [], 0
        while (item := work.get()) is not None:
            scheduled, body = item
            ok = client.send(body)
            mine.append((time.perf_counter() - scheduled) * 1000)  # from the scheduled time
            bad += not ok
        with lock:
            latencies.extend(mine)
            errors[0] += bad

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for t in pool:
        t.start()
    start = time.perf_counter() + 0.05
    total = int(rate * seconds)
    for i in range(total):
        scheduled = start + i / rate
        delay = scheduled - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        work.put((scheduled, payloads[i % len(payloads)]))
    for _ in pool:
        work.put(None)
    for t in pool:
        t.join()
    elapsed = time.perf_counter() - start
    return Result(f"fixed {rate:g} rps {path}", len(latencies), errors[0], elapsed, per_request, latencies)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--seconds", type=float, default=15)
    p.add_argument("--rate", type=float, default=200)
    p.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    p.add_argument("--server-threads", type=int, default=4)
    p.add_argument("--threads", type=int, default=16, help="client connections")
    p.add_argument("--batch", type=int, default=20, help="messages per batch request")
    p.add_argument("--database-url", help="default: a fresh SQLite file")
    p.add_argument("--out", type=Path, help="write the results as JSON here")
    args = p.parse_args(argv)
    db_url = args.database_url or f"sqlite:///{tempfile.mkdtemp(prefix='http-load-')}/load.sqlite3"
    proc, port, key = start_server(args.workers, args.server_threads, db_url)
    results = []
    try:
        single, batch = bodies(1), bodies(args.batch)
        runs = [
            lambda: saturate(port, key, "/v1/moderate", single, args.threads, args.seconds, 1),
            lambda: fixed_rate(
                port, key, "/v1/moderate", single, args.rate, args.seconds, args.threads * 4, 1
            ),
            lambda: saturate(port, key, "/v1/moderate/batch", batch, args.threads, args.seconds, args.batch),
            lambda: fixed_rate(
                port,
                key,
                "/v1/moderate/batch",
                batch,
                args.rate / args.batch,
                args.seconds,
                args.threads,
                args.batch,
            ),
        ]
        for run in runs:
            summary = run().summary()
            results.append(summary)
            print(json.dumps(summary), flush=True)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    info = {
        "workers": args.workers,
        "server_threads": args.server_threads,
        "client_threads": args.threads,
        "batch": args.batch,
        "cpus": os.cpu_count(),
        "database": db_url.split(":")[0],
        "results": results,
    }
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(info, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
