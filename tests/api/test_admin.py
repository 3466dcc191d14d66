"""POST /v1/admin/model/reload: swaps the model atomically, refuses bad versions, keeps serving."""

from __future__ import annotations

import threading
import time

import pytest

from tests.api.conftest import key_for


def test_reload_swaps_the_model_version(app, client, admin_headers, service_headers):
    assert (
        client.post("/v1/moderate", json={"text": "hi"}, headers=service_headers).get_json()["model_version"]
        is None
    )
    resp = client.post("/v1/admin/model/reload", json={"version": "v2"}, headers=admin_headers)
    assert resp.status_code == 200
    assert resp.get_json() == {"model_version": "v2", "previous_model_version": None}
    assert (
        client.post("/v1/moderate", json={"text": "hi"}, headers=service_headers).get_json()["model_version"]
        == "v2"
    )
    assert 'model_version="v2"' in client.get("/metrics").get_data(as_text=True)


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"version": "broken-1"}, 422),  # the loader refuses it: the old model stays
        ({"version": "../etc"}, 422),
        ({"version": ".hidden"}, 422),
        ({"version": 3}, 400),
        ({}, 400),
        ({"version": "v2", "x": 1}, 400),
    ],
)
def test_reload_refusals_keep_the_old_model(app, client, admin_headers, body, status):
    resp = client.post("/v1/admin/model/reload", json=body, headers=admin_headers)
    assert resp.status_code == status
    assert resp.content_type == "application/problem+json"
    assert app.extensions["moderation"].holder.current.model_version is None


def test_startup_with_a_broken_model_is_a_clear_error(make_app):
    from moderation import ModelError

    with pytest.raises(ModelError, match="MODERATION_MODEL=none"):
        make_app(MODEL="broken-model")


def test_startup_loads_the_configured_model(make_app):
    app = make_app(MODEL="models/v7")
    assert app.extensions["moderation"].holder.current.model_version == "v7"


def test_reload_under_load_fails_no_request(app, admin_headers):
    service = {"Authorization": f"Bearer {key_for(app, 'service')}"}
    stop = threading.Event()
    failures: list[object] = []
    versions: set[object] = set()
    counts = [0]

    def stream() -> None:
        c = app.test_client()
        while not stop.is_set():
            resp = c.post("/v1/moderate", json={"text": "mail x@gmail.com"}, headers=service)
            counts[0] += 1
            if resp.status_code != 200 or resp.get_json()["decision"] != "block":
                failures.append(resp.status_code)
            else:
                versions.add(resp.get_json()["model_version"])

    threads = [threading.Thread(target=stream) for _ in range(4)]
    for t in threads:
        t.start()
    admin = app.test_client()
    # Keep reloading until the streams have really overlapped the reloads (at least 10
    # reloads and 50 requests), however the threads happen to be scheduled.
    deadline = time.monotonic() + 30
    i = 0
    while (i < 10 or counts[0] < 50 or len(versions) < 2) and time.monotonic() < deadline:
        resp = admin.post("/v1/admin/model/reload", json={"version": f"v{i % 10}"}, headers=admin_headers)
        assert resp.status_code == 200
        i += 1
    stop.set()
    for t in threads:
        t.join(timeout=10)
    assert not failures
    assert counts[0] > 10
    assert len(versions) >= 2  # requests really ran across reloads
