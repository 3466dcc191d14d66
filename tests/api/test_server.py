"""The real server: ``moderation serve`` (gunicorn, app preloaded) on a free loopback port."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from api.db import make_engine, upgrade
from api.keys import create_key

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(url: str, body: dict | None = None, key: str | None = None) -> tuple[int, dict]:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method="POST" if body is not None else "GET")
    if body is not None:
        req.add_header("Content-Type", "application/json")
    if key:
        req.add_header("Authorization", f"Bearer {key}")
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


@pytest.mark.slow
def test_moderation_serve_answers_over_http(tmp_path):
    try:
        from moderation import Moderator

        Moderator.build()
    except ModuleNotFoundError as exc:  # the library's extractors are still being written
        pytest.skip(f"Moderator.build() cannot run yet: {exc}")
    url = f"sqlite:///{tmp_path}/served.sqlite3"
    engine = make_engine(url)
    upgrade(engine)
    _, key = create_key(engine, "service", "http-test")
    engine.dispose()
    port = free_port()
    env = {**os.environ, "DATABASE_URL": url, "MODERATION_MODEL": "none", "MODERATION_LOG_LEVEL": "WARNING"}
    log_path = tmp_path / "server.log"
    log = log_path.open("wb")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "moderation",
            "serve",
            "--port",
            str(port),
            "--workers",
            "2",
            "--threads",
            "2",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if call(base + "/healthz")[0] == 200:
                    break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"server did not start: {log_path.read_text()[-3000:]}")
            time.sleep(0.2)
        assert call(base + "/readyz")[0] == 200
        status, body = call(base + "/v1/moderate", {"text": "Kirjuta mulle: jaan.tamm@gmail.com"}, key)
        assert status == 200 and body["decision"] == "block"
        status, body = call(base + "/v1/moderate", {"text": ""}, key)
        assert status == 400 and body["field"] == "text"
        assert call(base + "/v1/moderate", {"text": "hi"}, "wrong")[0] == 401
        status, body = call(base + "/v1/moderate/batch", {"messages": [{"text": "Aitäh!"}, {"text": 1}]}, key)
        assert (
            status == 200
            and "decision" in body["results"][0]
            and body["results"][1]["error"]["status"] == 400
        )
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()
