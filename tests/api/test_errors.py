"""Every error a client can cause is problem+json with the right status, never HTML or a trace."""

from __future__ import annotations

import pytest

from moderation import Moderator


def assert_problem(resp, status: int, field: str | None = None) -> dict:
    assert resp.status_code == status, resp.get_data(as_text=True)
    assert resp.content_type == "application/problem+json"
    body = resp.get_json()
    assert body["status"] == status
    assert body["type"].startswith("https://")
    assert body["title"] and body["detail"]
    assert "Traceback" not in resp.get_data(as_text=True)
    assert "<html" not in resp.get_data(as_text=True).lower()
    if field is not None:
        assert body["field"] == field
    return body


BAD_BODIES = [
    # (json body, status, field)
    ({"text": ""}, 400, "text"),
    ({"text": "   \n"}, 400, "text"),
    ({"text": 5}, 400, "text"),
    ({"text": None}, 400, "text"),
    ({"text": ["a"]}, 400, "text"),
    ({}, 400, "text"),
    ({"text": "hi", "extra": 1}, 400, "extra"),
    ({"text": "hi", "context": "buyer said"}, 400, "context"),
    ({"text": "hi", "context": {"buyer_message": 3}}, 400, "context"),
    ({"text": "hi", "context": {"seller_id": {"a": 1}}}, 400, "context.seller_id"),
    ({"text": "hi", "context": {"seller_id": True}}, 400, "context.seller_id"),
    ({"text": "hi", "context": {"seller_id": "x" * 129}}, 400, "context.seller_id"),
    ({"text": "hi", "context": {"nope": 1}}, 400, "context.nope"),
    ({"text": "hi", "language": 7}, 400, "language"),
    ({"text": "hi", "language": "not a language"}, 400, "language"),
    (
        {"text": "hi", "context": {"buyer_message_received_at": "tomorrow"}},
        422,
        "context.buyer_message_received_at",
    ),
    (
        {"text": "hi", "context": {"buyer_message_received_at": "2025-03-10T09:00:00"}},
        422,
        "context.buyer_message_received_at",
    ),
    (
        {"text": "hi", "context": {"buyer_message_received_at": 1700000000}},
        400,
        "context.buyer_message_received_at",
    ),
    ({"text": "hi", "context": {"sent_at": "2025-03-10T09:00:00+02:00"}}, 422, "context.sent_at"),
    (
        {
            "text": "hi",
            "context": {"buyer_message_received_at": "2025-03-10T09:00:00+02:00", "country": "SE"},
        },
        422,
        "context.country",
    ),
    (
        {
            "text": "hi",
            "context": {
                "buyer_message_received_at": "2025-03-10T09:00:00+02:00",
                "sent_at": "2025-03-09T09:00:00+02:00",
            },
        },
        422,
        "context.answered_at",
    ),
    (["text"], 400, "body"),
    ("text", 400, "body"),
]


@pytest.mark.parametrize(("body", "status", "field"), BAD_BODIES)
def test_bad_bodies(client, service_headers, body, status, field):
    assert_problem(client.post("/v1/moderate", json=body, headers=service_headers), status, field)


@pytest.mark.parametrize(
    ("data", "content_type", "status"),
    [
        ("{", "application/json", 400),
        ('{"text": "a"', "application/json", 400),
        (b"\xff\xfe{}", "application/json", 400),
        ('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}", "application/json", 400),
        ('{"text": "x", "context": {"order_id": ' + "9" * 5000 + "}}", "application/json", 400),
        ("text=hello", "application/x-www-form-urlencoded", 415),
        ('{"text": "hi"}', "text/plain", 415),
        ('{"text": "hi"}', None, 415),
    ],
)
def test_malformed_and_wrong_content_type(client, service_headers, data, content_type, status):
    resp = client.post("/v1/moderate", data=data, content_type=content_type, headers=service_headers)
    assert_problem(resp, status)


def test_body_over_max_content_length_is_413(make_app):
    from tests.api.conftest import key_for

    app = make_app(MAX_CONTENT_LENGTH=1000)
    h = {"Authorization": f"Bearer {key_for(app, 'service')}"}
    assert_problem(app.test_client().post("/v1/moderate", json={"text": "a" * 2000}, headers=h), 413)


def test_text_over_the_policy_limit_is_413(client, app, service_headers):
    limit = app.extensions["moderation"].settings.max_text_chars
    assert_problem(
        client.post("/v1/moderate", json={"text": "a" * (limit + 1)}, headers=service_headers), 413, "text"
    )


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer"},
        {"Authorization": "Basic dXNlcjpwYXNz"},
        {"Authorization": "Bearer nope"},
        {"Authorization": "Bearer " + "k" * 500},
    ],
)
def test_missing_or_bad_key_is_401(client, headers):
    resp = client.post("/v1/moderate", json={"text": "hi"}, headers=headers)
    assert_problem(resp, 401)
    assert resp.headers["WWW-Authenticate"].startswith("Bearer")


def test_wrong_role_is_403(client, reviewer_headers, service_headers):
    assert_problem(client.post("/v1/moderate", json={"text": "hi"}, headers=reviewer_headers), 403)
    assert_problem(
        client.post("/v1/admin/model/reload", json={"version": "v2"}, headers=service_headers), 403
    )


def test_unknown_path_is_404_and_wrong_method_405(client):
    assert_problem(client.get("/v1/nothing-here"), 404)
    resp = client.get("/v1/moderate")
    assert_problem(resp, 405)
    assert "POST" in resp.headers["Allow"]


def test_rate_limit_is_429_with_retry_after(make_app):
    from tests.api.conftest import key_for

    app = make_app(RATE_LIMIT_PER_S=0.5, RATE_LIMIT_BURST=3)
    c = app.test_client()
    h = {"Authorization": f"Bearer {key_for(app, 'service')}"}
    other = {"Authorization": f"Bearer {key_for(app, 'service', 'other')}"}
    statuses = [c.post("/v1/moderate", json={"text": "hi"}, headers=h).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    resp = c.post("/v1/moderate", json={"text": "hi"}, headers=h)
    assert_problem(resp, 429)
    assert int(resp.headers["Retry-After"]) >= 1
    assert (
        c.post("/v1/moderate", json={"text": "hi"}, headers=other).status_code == 200
    )  # buckets are per key
    batch = {"messages": [{"text": "hi"}] * 4}
    assert (
        c.post("/v1/moderate/batch", json=batch, headers=other).status_code == 429
    )  # a batch costs one per message


def test_unexpected_failure_is_a_500_problem_without_details(make_app, moderator_factory):
    class Exploding(Moderator):
        def check(self, *args, **kwargs):
            raise RuntimeError("secret internal detail")

    def factory(settings, model):
        m = moderator_factory(settings, model)
        return Exploding(m.settings, m.extractors, m.language_identifier, m.policy, m.model)

    from tests.api.conftest import key_for

    app = make_app(MODERATOR_FACTORY=factory)
    h = {"Authorization": f"Bearer {key_for(app, 'service')}"}
    resp = app.test_client().post("/v1/moderate", json={"text": "hi"}, headers=h)
    body = assert_problem(resp, 500)
    assert "secret" not in resp.get_data(as_text=True)
    assert body["request_id"] == resp.headers["X-Request-Id"]


def test_library_errors_map_in_one_place():
    from api.problems import from_library
    from moderation import ConfigError, InputTooLarge, InvalidInput, ModelError, ModerationError

    table = [
        (InvalidInput("x", field="text"), 400),
        (InputTooLarge("x", field="text"), 413),
        (ModelError("x"), 503),
        (ConfigError("x"), 500),
        (ModerationError("x"), 500),
    ]
    assert [from_library(exc).status for exc, _ in table] == [status for _, status in table]
