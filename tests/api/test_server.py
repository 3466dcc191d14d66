"""The real server: ``moderation serve`` (gunicorn, app preloaded) on a free loopback port."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest

from api.db import make_engine, upgrade
from api.keys import create_key
from tests.api.served import running_server


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
    url = f"sqlite:///{tmp_path}/served.sqlite3"
    engine = make_engine(url)
    upgrade(engine)
    _, key = create_key(engine, "service", "http-test")
    engine.dispose()
    env = {"DATABASE_URL": url, "MODERATION_MODEL": "none", "MODERATION_LOG_LEVEL": "WARNING"}
    serve = ["moderation", "serve", "--workers", "2", "--threads", "2"]
    with running_server(serve, env, tmp_path) as base:
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
