"""Run the app under gunicorn, preloaded: the model loads once in the master, workers fork it."""

from __future__ import annotations

from typing import Any

from gunicorn.app.base import BaseApplication


class GunicornApp(BaseApplication):
    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        from api import create_app

        return create_app()


def _post_fork(server: Any, worker: Any) -> None:
    # Database connections opened in the master (migrations, key cache) must not be shared.
    app = worker.app.callable
    if app is not None:
        app.extensions["moderation"].engine.dispose(close=False)


def run(host: str, port: int, workers: int, threads: int, timeout: int) -> None:
    GunicornApp(
        {
            "bind": f"{host}:{port}",
            "workers": workers,
            "threads": threads,
            "worker_class": "gthread" if threads > 1 else "sync",
            "preload_app": True,
            "timeout": timeout,
            "graceful_timeout": timeout,
            "accesslog": None,  # the app logs each request as JSON
            "post_fork": _post_fork,
        }
    ).run()
