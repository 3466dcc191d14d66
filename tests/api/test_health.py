"""/healthz, /readyz, /metrics, /v1/openapi.json and /docs."""

from __future__ import annotations

from api.openapi import openapi_document


def test_healthz(client):
    resp = client.get("/healthz")
    assert resp.status_code == 200 and resp.get_json() == {"status": "ok"}


def test_readyz_ready_with_database_and_configured_model(client):
    resp = client.get("/readyz")
    assert resp.status_code == 200
    assert resp.get_json()["checks"] == {"model": True, "database": True}


def test_readyz_not_ready_when_database_unreachable(make_app):
    app = make_app(DATABASE_URL="postgresql+psycopg://nobody@127.0.0.1:1/none", MIGRATE_ON_START=True)
    resp = app.test_client().get("/readyz")
    assert resp.status_code == 503
    assert resp.get_json()["checks"]["database"] is False


def test_metrics_count_requests_decisions_and_model(client, service_headers):
    client.post("/v1/moderate", json={"text": "mail x@gmail.com", "language": "en"}, headers=service_headers)
    text = client.get("/metrics").get_data(as_text=True)
    assert 'moderation_decisions_total{decision="block",language="en"} 1.0' in text
    assert 'moderation_flagged_categories_total{category="contact_details",language="en"} 1.0' in text
    assert 'moderation_http_requests_total{endpoint="/v1/moderate",method="POST",status="200"} 1.0' in text
    assert 'moderation_http_request_seconds_count{endpoint="/v1/moderate"} 1.0' in text
    assert 'moderation_model_info{model_version="none"' in text


def test_two_apps_keep_separate_metrics(make_app):
    a, b = make_app(), make_app()
    a.test_client().get("/healthz")
    assert 'endpoint="/healthz"' in a.test_client().get("/metrics").get_data(as_text=True)
    assert 'endpoint="/healthz"' not in b.test_client().get("/metrics").get_data(as_text=True)


def test_openapi_document_is_served_and_lists_every_route(app, client):
    doc = client.get("/v1/openapi.json").get_json()
    assert doc["openapi"].startswith("3.1")
    assert doc == openapi_document(
        app.extensions["moderation"].settings.max_text_chars,
        app.extensions["moderation"].settings.max_context_chars,
        app.config["MAX_BATCH"],
    )
    routes = {
        r.rule.replace("<", "{").replace(">", "}") for r in app.url_map.iter_rules() if r.endpoint != "static"
    }
    assert routes == set(doc["paths"])


def test_docs_page(client):
    resp = client.get("/docs")
    assert resp.status_code == 200 and resp.content_type.startswith("text/html")
    page = resp.get_data(as_text=True)
    assert "/v1/moderate/batch" in page and "problem+json" in page
