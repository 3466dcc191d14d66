"""Writing decisions off the request path, and the one read the pre-send path makes.

Choice: decisions are written by one background thread from a bounded queue. The request
only does ``put_nowait``; when the database is slow or down, the queue fills, further
decisions are dropped and counted (``moderation_storage_dropped``), failed writes are
logged and counted (``moderation_storage_failures``), and the answer to the seller is
never held up. The price: a decision may be lost if the process dies with a full queue,
which is acceptable for an audit sample (the decision itself reached the caller).

The seller-flag count is a read on the request path; it uses the engine's short timeouts,
and after a failure it is skipped for ``BREAKER_S`` seconds so a dead database costs one
slow request, not every request.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, func, insert, select

from api.metrics import Metrics
from api.models import Base, DecisionRecord

log = logging.getLogger("api.storage")
BREAKER_S = 10.0
_BATCH = 100


class DecisionWriter:
    def __init__(self, engine: Engine, metrics: Metrics, queue_size: int) -> None:
        self.engine = engine
        self.metrics = metrics
        # (table, row): decisions and seller_checks share the queue, the thread and the batches
        self._queue: queue.Queue[tuple[type[Base], dict[str, Any]]] = queue.Queue(
            maxsize=max(1, queue_size)
        )
        self._thread: threading.Thread | None = None
        self._pid: int | None = None
        self._lock = threading.Lock()

    def submit(self, row: dict[str, Any], table: type[Base] = DecisionRecord) -> bool:
        """Queue one row (a decision unless ``table`` says otherwise); False (and counted) when full."""
        self._ensure_thread()
        try:
            self._queue.put_nowait((table, row))
            return True
        except queue.Full:
            self.metrics.storage_dropped.inc()
            log.warning(
                "row not stored: write queue full",
                extra={"table": table.__tablename__, "decision_id": row.get("id", row.get("decision_id"))},
            )
            return False

    def flush(self, timeout_s: float = 5.0) -> bool:
        """Wait until every queued decision is written or given up on (for tests and shutdown)."""
        deadline = time.monotonic() + timeout_s
        while self._queue.unfinished_tasks and time.monotonic() < deadline:
            time.sleep(0.01)
        return not self._queue.unfinished_tasks

    def _ensure_thread(self) -> None:
        # Started lazily, and again after a fork: gunicorn's preload_app forks workers from a
        # master whose threads do not survive the fork.
        if self._pid == os.getpid() and self._thread is not None and self._thread.is_alive():
            return
        with self._lock:
            if self._pid == os.getpid() and self._thread is not None and self._thread.is_alive():
                return
            self._pid = os.getpid()
            self._thread = threading.Thread(target=self._run, name="decision-writer", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            batch = [first]
            while len(batch) < _BATCH:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            try:
                self._write(batch)
            finally:
                for _ in batch:
                    self._queue.task_done()

    def _write(self, rows: list[tuple[type[Base], dict[str, Any]]]) -> None:
        by_table: dict[type[Base], list[dict[str, Any]]] = {}
        for table, row in rows:
            by_table.setdefault(table, []).append(row)
        try:
            with self.engine.begin() as conn:
                for table, table_rows in by_table.items():
                    conn.execute(insert(table), table_rows)
            self.metrics.storage_written.inc(len(by_table.get(DecisionRecord, ())))
        except Exception as exc:  # noqa: BLE001 - any storage failure is logged, counted, survived
            self.metrics.storage_failures.labels("write").inc(len(rows))
            log.error("storing decisions failed", extra={"count": len(rows), "error": type(exc).__name__})


class SellerFlags:
    """``repeated_off_platform_attempts`` when a seller has >= N blocks in the window."""

    CODE = "repeated_off_platform_attempts"

    def __init__(
        self,
        engine: Engine,
        metrics: Metrics,
        min_blocks: int,
        window_days: float,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.engine = engine
        self.metrics = metrics
        self.min_blocks = min_blocks
        self.window = timedelta(days=window_days)
        self.clock = clock
        self._skip_until = 0.0

    def flags(self, seller_id: str | None) -> list[dict[str, Any]]:
        if not seller_id or self.min_blocks <= 0 or time.monotonic() < self._skip_until:
            return []
        since = self.clock() - self.window
        stmt = (
            select(func.count())
            .select_from(DecisionRecord)
            .where(
                DecisionRecord.seller_id == seller_id,
                DecisionRecord.decision == "block",
                DecisionRecord.created_at >= since,
            )
        )
        try:
            with self.engine.connect() as conn:
                count = int(conn.execute(stmt).scalar_one())
        except Exception as exc:  # noqa: BLE001 - flags are advisory; storage trouble must not fail the check
            self._skip_until = time.monotonic() + BREAKER_S
            self.metrics.storage_failures.labels("seller_flags").inc()
            log.error("seller flag query failed", extra={"error": type(exc).__name__})
            return []
        if count < self.min_blocks:
            return []
        return [
            {
                "code": self.CODE,
                "blocked_messages": count,
                "window_days": self.window.days,
                "threshold": self.min_blocks,
            }
        ]
