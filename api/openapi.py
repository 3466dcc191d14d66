"""The OpenAPI 3.1 document, written by hand to match what the handlers do.

``tests/api/test_openapi.py`` runs schemathesis against it, so a handler that drifts from
this document fails a test.
"""

from __future__ import annotations

from typing import Any

PROBLEM = {"$ref": "#/components/responses/Problem"}
_ID = {
    "oneOf": [
        {"type": "string", "minLength": 1, "maxLength": 128},
        {"type": "integer", "minimum": -(2**53) + 1, "maximum": 2**53 - 1},
    ]
}
_TIME = {"type": "string", "format": "date-time", "description": "ISO 8601 with a UTC offset"}


def openapi_document(
    max_text_chars: int = 20_000, max_context_chars: int = 20_000, max_batch: int = 100
) -> dict[str, Any]:
    text = {
        "type": "string",
        "minLength": 1,
        "maxLength": max_text_chars,
        "pattern": r"\S",
        "description": f"The seller's message (not blank; at most {max_text_chars} characters).",
    }
    context = {
        "type": "object",
        "additionalProperties": False,
        "description": "The buyer message answered, ids for storage, SLA and seller flags (all optional).",
        "properties": {
            "buyer_message": {"type": "string", "maxLength": max_context_chars},
            "conversation_id": _ID,
            "order_id": _ID,
            "seller_id": _ID,
            "buyer_id": _ID,
            "message_id": _ID,
            "buyer_message_received_at": _TIME,
            "sent_at": {
                **_TIME,
                "description": "when the answer is sent (default: now); needs buyer_message_received_at",
            },
            "country": {"type": "string", "enum": ["EE", "LV", "LT", "FI"], "default": "EE"},
        },
    }
    language = {
        "type": ["string", "null"],
        "pattern": r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$",
        "description": "ISO 639-1 hint such as 'et'; detected when absent",
    }
    message = {
        "type": "object",
        "required": ["text"],
        "additionalProperties": False,
        "properties": {
            "text": text,
            "context": {**context, "type": ["object", "null"]},
            "language": language,
        },
    }
    batch_item = {
        **message,
        "properties": {**message["properties"], "id": _ID},
    }
    decision = {
        "type": "object",
        "required": [
            "decision",
            "categories",
            "findings",
            "reasons",
            "language",
            "redacted_text",
            "policy_version",
            "model_version",
            "decision_id",
            "request_id",
            "seller_flags",
        ],
        "properties": {
            "id": {"type": ["string", "null"], "description": "the message id, when given"},
            "decision": {"type": "string", "enum": ["block", "warn", "allow"]},
            "categories": {
                "type": "object",
                "additionalProperties": {
                    "type": "object",
                    "required": ["score", "flagged", "action"],
                    "properties": {
                        "score": {"type": "number"},
                        "flagged": {"type": "boolean"},
                        "action": {"type": "string", "enum": ["block", "warn", "allow"]},
                    },
                },
            },
            "findings": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["category", "kind", "start", "end", "text", "source", "score"],
                    "properties": {
                        "category": {"type": "string"},
                        "kind": {"type": "string"},
                        "start": {"type": "integer"},
                        "end": {"type": "integer"},
                        "text": {"type": "string"},
                        "normalized": {"type": "string"},
                        "source": {"type": "string"},
                        "score": {"type": "number"},
                        "explanation": {"type": "string"},
                    },
                },
            },
            "reasons": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["category", "code", "message"],
                    "properties": {
                        "category": {"type": "string"},
                        "code": {"type": "string"},
                        "message": {"type": "string"},
                        "start": {"type": "integer"},
                        "end": {"type": "integer"},
                    },
                },
            },
            "language": {"type": "string"},
            "redacted_text": {"type": "string"},
            "policy_version": {"type": "string"},
            "model_version": {"type": ["string", "null"]},
            "decision_id": {
                "type": "string",
                "description": "id of the stored record (block/warn always, allow sampled)",
            },
            "request_id": {"type": "string"},
            "sla": {
                "type": "object",
                "required": ["due_at", "answered_at", "working_hours_elapsed", "met"],
                "description": "present when context.buyer_message_received_at is given: 24 working hours",
                "properties": {
                    "due_at": {"type": "string", "format": "date-time"},
                    "answered_at": {"type": "string", "format": "date-time"},
                    "working_hours_elapsed": {"type": "number"},
                    "met": {"type": "boolean"},
                },
            },
            "seller_flags": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["code"],
                    "properties": {
                        "code": {"type": "string", "enum": ["repeated_off_platform_attempts"]},
                        "blocked_messages": {"type": "integer"},
                        "window_days": {"type": "integer"},
                        "threshold": {"type": "integer"},
                    },
                },
            },
        },
    }
    problem_schema = {
        "type": "object",
        "required": ["type", "title", "status", "detail"],
        "properties": {
            "type": {"type": "string"},
            "title": {"type": "string"},
            "status": {"type": "integer"},
            "detail": {"type": "string"},
            "instance": {"type": ["string", "null"]},
            "field": {"type": "string"},
            "errors": {"type": "array", "items": {"type": "object"}},
            "request_id": {"type": "string"},
        },
    }
    json_body = lambda schema: {  # noqa: E731 - local shorthand
        "required": True,
        "content": {"application/json": {"schema": schema}},
    }
    ok = lambda schema, description="OK": {  # noqa: E731
        "description": description,
        "content": {"application/json": {"schema": schema}},
    }
    errors = {s: PROBLEM for s in ("400", "401", "403", "413", "415", "422", "429", "500")}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Helpdesk message moderation",
            "version": "1",
            "description": "Checks a seller's message before it is sent: block, warn or allow, with reasons.",
        },
        "components": {
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer", "description": "an API key"},
                "basic": {
                    "type": "http",
                    "scheme": "basic",
                    "description": "pages only: any user name, an API key as the password",
                },
            },
            "schemas": {
                "Decision": decision,
                "Problem": problem_schema,
                "Message": message,
                "Readiness": _readiness(),
            },
            "responses": {
                "Problem": {
                    "description": "RFC 9457 problem details",
                    "content": {
                        "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}
                    },
                }
            },
        },
        "paths": {
            "/v1/moderate": {
                "post": {
                    "summary": "Check one message (role: service)",
                    "security": [{"bearer": []}],
                    "requestBody": json_body({"$ref": "#/components/schemas/Message"}),
                    "responses": {"200": ok({"$ref": "#/components/schemas/Decision"}), **errors},
                }
            },
            "/v1/moderate/batch": {
                "post": {
                    "summary": f"Check up to {max_batch} messages (role: service)",
                    "description": "Results come back in the same order; an invalid item gets its own error "
                    "object and does not fail the others. Each message costs one rate-limit token.",
                    "security": [{"bearer": []}],
                    "requestBody": json_body(
                        {
                            "type": "object",
                            "required": ["messages"],
                            "additionalProperties": False,
                            "properties": {
                                "messages": {
                                    "type": "array",
                                    "minItems": 1,
                                    "maxItems": max_batch,
                                    "items": batch_item,
                                }
                            },
                        }
                    ),
                    "responses": {
                        "200": ok(
                            {
                                "type": "object",
                                "required": ["results"],
                                "properties": {
                                    "request_id": {"type": "string"},
                                    "results": {
                                        "type": "array",
                                        "items": {
                                            "oneOf": [
                                                {"$ref": "#/components/schemas/Decision"},
                                                {
                                                    "type": "object",
                                                    "required": ["error"],
                                                    "properties": {
                                                        "id": {"type": ["string", "integer", "null"]},
                                                        "error": {"$ref": "#/components/schemas/Problem"},
                                                    },
                                                },
                                            ]
                                        },
                                    },
                                },
                            }
                        ),
                        **errors,
                    },
                }
            },
            "/v1/admin/model/reload": {
                "post": {
                    "summary": "Load a model version from the models directory and swap it in (role: admin)",
                    "description": "Requests in flight finish on the old model; later ones use the new one.",
                    "security": [{"bearer": []}],
                    "requestBody": json_body(
                        {
                            "type": "object",
                            "required": ["version"],
                            "additionalProperties": False,
                            "properties": {
                                "version": {"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"}
                            },
                        }
                    ),
                    "responses": {
                        "200": ok(
                            {
                                "type": "object",
                                "required": ["model_version"],
                                "properties": {
                                    "model_version": {"type": ["string", "null"]},
                                    "previous_model_version": {"type": ["string", "null"]},
                                },
                            }
                        ),
                        **errors,
                    },
                }
            },
            "/healthz": {
                "get": {
                    "summary": "The process answers",
                    "responses": {"200": ok({"type": "object", "properties": {"status": {"const": "ok"}}})},
                }
            },
            "/readyz": {
                "get": {
                    "summary": "Ready: model loaded (unless configured without one), database reachable",
                    "responses": {
                        "200": ok({"$ref": "#/components/schemas/Readiness"}),
                        "503": ok({"$ref": "#/components/schemas/Readiness"}, "Not ready"),
                    },
                }
            },
            "/metrics": {
                "get": {
                    "summary": "Prometheus metrics of the worker that answers",
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {"text/plain": {"schema": {"type": "string"}}},
                        }
                    },
                }
            },
            "/v1/openapi.json": {
                "get": {"summary": "This document", "responses": {"200": ok({"type": "object"})}}
            },
            "/docs": {
                "get": {
                    "summary": "This document as a web page",
                    "responses": {
                        "200": {"description": "OK", "content": {"text/html": {"schema": {"type": "string"}}}}
                    },
                }
            },
            **_seller_paths(),
        },
    }


def _readiness() -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["status", "checks"],
        "properties": {
            "status": {"type": "string", "enum": ["ready", "not_ready"]},
            "checks": {"type": "object", "additionalProperties": {"type": "boolean"}},
            "model_version": {"type": ["string", "null"]},
            "policy_version": {"type": "string"},
        },
    }


def _seller_paths() -> dict[str, Any]:
    """Seller compliance (``api/sellers.py``): two JSON endpoints and the two T&S pages."""
    when = {
        "type": "string",
        "maxLength": 64,
        "description": "ISO date (a UTC day; 'to' includes it) or instant with an offset",
    }
    period = [
        {"name": "from", "in": "query", "schema": when, "description": "default: 'to' minus 30 days"},
        {"name": "to", "in": "query", "schema": when, "description": "default: now; at most 366 days"},
    ]
    seller = {
        "name": "seller_id",
        "in": "path",
        "required": True,
        "schema": {"type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[A-Za-z0-9_-]+$"},
        "description": "as sent in context.seller_id (any 1-128 characters; the pattern only guides tests)",
    }
    limit = {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 1000}}
    fmt = {"name": "format", "in": "query", "schema": {"type": "string", "enum": ["json", "csv"]}}
    per_category = {"type": "object", "additionalProperties": {"type": "integer"}}
    nullable_number = {"type": ["number", "null"]}
    figures = {
        "type": "object",
        "required": ["seller_id", "messages_checked", "blocked", "warned", "answers", "risk_score"],
        "properties": {
            "seller_id": {"type": "string"},
            "messages_checked": {"type": "integer"},
            "blocked": {"type": "integer"},
            "warned": {"type": "integer"},
            "allowed": {"type": "integer"},
            "blocked_contact_or_off_platform": {"type": "integer"},
            "blocked_by_category": per_category,
            "warned_by_category": per_category,
            "answers": {
                "type": "object",
                "properties": {
                    "on_time": {"type": "integer"},
                    "late": {"type": "integer"},
                    "late_rate": nullable_number,
                },
            },
            "working_hours_to_answer": {
                "type": "object",
                "properties": {"median": nullable_number, "p90": nullable_number},
            },
            "risk_score": {"type": "number"},
            "flagged": {"type": "boolean", "description": "repeated_off_platform_attempts now"},
        },
    }
    period_out = {"type": "object", "properties": {"from": {"type": "string"}, "to": {"type": "string"}}}
    errors = {s: PROBLEM for s in ("400", "401", "403", "404", "429", "500")}
    html = {"description": "OK", "content": {"text/html": {"schema": {"type": "string"}}}}
    page_security = [{"bearer": []}, {"basic": []}]
    return {
        "/v1/sellers/{seller_id}/compliance": {
            "get": {
                "summary": "One seller's compliance figures for a period (role: reviewer or admin)",
                "description": "Messages checked, blocked and warned per category, answers on time and "
                "late, median and 90th percentile of working hours to answer, the risk score, "
                "and whether the seller carries the repeated-attempts flag now.",
                "security": [{"bearer": []}],
                "parameters": [seller, *period],
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {
                            "application/json": {
                                "schema": {
                                    **figures,
                                    "properties": {
                                        **figures["properties"],
                                        "period": period_out,
                                        "seller_flags": {"type": "array", "items": {"type": "object"}},
                                    },
                                }
                            }
                        },
                    },
                    **errors,
                },
            }
        },
        "/v1/sellers/compliance": {
            "get": {
                "summary": "Sellers ranked by risk score for a period, JSON or CSV (role: reviewer or admin)",
                "description": "risk = 100 * (3 * blocked_contact_or_off_platform + warned) / "
                "(messages_checked + 10) + 25 * late / (on_time + late + 5). "
                "format=csv returns text/csv with a header row, as an attachment.",
                "security": [{"bearer": []}],
                "parameters": [*period, limit, fmt],
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["period", "sellers"],
                                    "properties": {
                                        "period": period_out,
                                        "limit": {"type": "integer"},
                                        "risk_score": {"type": "string"},
                                        "sellers": {
                                            "type": "array",
                                            "items": {
                                                **figures,
                                                "properties": {
                                                    **figures["properties"],
                                                    "rank": {"type": "integer"},
                                                },
                                            },
                                        },
                                    },
                                }
                            },
                            "text/csv": {"schema": {"type": "string"}},
                        },
                    },
                    **errors,
                },
            }
        },
        "/sellers": {
            "get": {
                "summary": "Trust-and-safety page: the seller ranking (API key as HTTP Basic password)",
                "security": page_security,
                "parameters": [*period, limit],
                "responses": {"200": html, **errors},
            }
        },
        "/sellers/{seller_id}": {
            "get": {
                "summary": "Trust-and-safety page: one seller's figures and history chart",
                "security": page_security,
                "parameters": [seller, *period],
                "responses": {"200": html, **errors},
            }
        },
    }
