"""A token bucket per API key, per worker process (so the real limit is rate x workers)."""

from __future__ import annotations

import math
import threading
import time


class RateLimiter:
    def __init__(self, rate_per_s: float, burst: int) -> None:
        self.rate = rate_per_s
        self.burst = max(1, burst)
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, last refill)
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.rate > 0

    def take(self, key: str, cost: float = 1.0, now: float | None = None) -> float:
        """Spend ``cost`` tokens; return 0 when allowed, else the seconds to wait before retrying.

        The table is bounded by the number of API keys, which only admins create.
        """
        if not self.enabled:
            return 0.0
        now = time.monotonic() if now is None else now
        cost = min(cost, self.burst)
        with self._lock:
            tokens, last = self._buckets.get(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            if tokens >= cost:
                self._buckets[key] = (tokens - cost, now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (cost - tokens) / self.rate


def retry_after_header(wait_s: float) -> str:
    return str(max(1, math.ceil(wait_s)))
