"""Cross-cutting behaviour: auth for reads, keys, body limits, health, OpenAPI."""

from __future__ import annotations

from fastapi.testclient import TestClient

from app.config import Settings
from app.db import Database
from app.main import create_app
from tests.conftest import Keys, count
from tests.helpers import assert_problem, new_question


def test_health_and_docs(client: TestClient) -> None:
    health = client.get("/healthz")
    assert health.status_code == 200
    assert health.json()["status"] == "ok"
    spec = client.get("/openapi.json").json()
    for path in (
        "/v1/questions",
        "/v1/questions/{question_id}",
        "/v1/questions/{question_id}/forecasts",
        "/v1/events",
        "/v1/events/{event_id}",
        "/v1/questions/{question_id}/resolution",
        "/v1/scores",
    ):
        assert path in spec["paths"], path
    assert "text/html" in client.get("/docs").headers["content-type"]


def test_unknown_route_is_a_problem(client: TestClient) -> None:
    assert_problem(client.get("/v1/nothing"), 404)


def test_reads_can_require_a_key(database: Database, keys: Keys) -> None:
    settings = Settings(database_url=database.url, require_auth_for_reads=True)
    with TestClient(create_app(settings, database)) as client:
        assert_problem(client.get("/v1/questions"), 401, "reads need an API key")
        assert client.get("/v1/questions", headers=keys.w).status_code == 200
        assert client.get("/healthz").status_code == 200


def test_admin_manages_keys(client: TestClient, keys: Keys) -> None:
    res = client.post("/v1/keys", json={"name": "ci", "scopes": ["outcomes:write"]}, headers=keys.a)
    assert res.status_code == 201, res.text
    created = res.json()
    assert created["key"].startswith("ft_")
    fresh = keys.header(created["key"])
    assert (
        client.post(
            "/v1/events", json={"title": "E", "occurred_at": "2019-01-01"}, headers=fresh
        ).status_code
        == 201
    )
    listed = client.get("/v1/keys", headers=keys.a).json()
    assert listed["total"] == 5
    assert all("key" not in k and "key_hash" not in k for k in listed["items"])
    assert client.post(f"/v1/keys/{created['id']}/revoke", headers=keys.a).json()["revoked_at"]
    res = client.post("/v1/events", json={"title": "E", "occurred_at": "2019-01-01"}, headers=fresh)
    assert_problem(res, 401, "revoked")
    assert_problem(client.get("/v1/keys", headers=keys.w), 403, "admin")
    bad = client.post("/v1/keys", json={"name": "x", "scopes": ["root"]}, headers=keys.a)
    assert_problem(bad, 422, "root")


def test_oversized_bodies_are_refused(client: TestClient, keys: Keys, database: Database) -> None:
    huge = {"title": "T", "resolve_by": "2020-01-01", "description": "x" * 1_100_000}
    res = client.post("/v1/questions", json=huge, headers=keys.w)
    assert_problem(res, 413, "limit")
    assert count(database, "questions") == 0


def test_long_text_is_refused_below_the_body_limit(client: TestClient, keys: Keys) -> None:
    body = {"title": "T", "resolve_by": "2020-01-01", "description": "x" * 20_001}
    assert_problem(client.post("/v1/questions", json=body, headers=keys.w), 422, "description")


def test_every_write_is_audited(client: TestClient, keys: Keys, database: Database) -> None:
    before = count(database, "audit_log")
    q = new_question(client, keys)
    client.post(
        f"/v1/questions/{q['id']}/forecasts",
        json={"forecaster": "A", "probability": 0.5},
        headers=keys.w,
    )
    # question, forecaster, its name, forecast
    assert count(database, "audit_log") - before == 4
