"""Prometheus metrics on a per-app registry (tests build many apps; the global one would clash).

Under gunicorn each worker keeps its own registry, so /metrics shows the worker that answered.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.requests = Counter(
            "moderation_http_requests", "HTTP requests", ["endpoint", "method", "status"], registry=r
        )
        self.latency = Histogram(
            "moderation_http_request_seconds",
            "HTTP request latency",
            ["endpoint"],
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0),
            registry=r,
        )
        self.decisions = Counter(
            "moderation_decisions", "Decisions made", ["decision", "language"], registry=r
        )
        self.flagged = Counter(
            "moderation_flagged_categories",
            "Categories flagged in decisions",
            ["category", "language"],
            registry=r,
        )
        self.model_info = Gauge(
            "moderation_model_info",
            "Loaded model and policy (value 1)",
            ["model_version", "policy_version"],
            registry=r,
        )
        self.storage_written = Counter(
            "moderation_storage_written", "Decisions written to the database", registry=r
        )
        self.storage_failures = Counter(
            "moderation_storage_failures", "Database operations that failed", ["operation"], registry=r
        )
        self.storage_dropped = Counter(
            "moderation_storage_dropped", "Decisions not stored because the write queue was full", registry=r
        )
        self.rate_limited = Counter(
            "moderation_rate_limited", "Requests refused by the rate limiter", registry=r
        )

    def set_model(self, model_version: str | None, policy_version: str) -> None:
        self.model_info.clear()
        self.model_info.labels(model_version or "none", policy_version).set(1)
