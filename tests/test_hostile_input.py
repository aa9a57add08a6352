"""Input that used to reach the database or the runtime unchecked is a clean 4xx."""

from __future__ import annotations

from fastapi.testclient import TestClient

from app.db import Database
from tests.conftest import Keys, count
from tests.helpers import assert_problem, new_question


def test_nul_characters_are_refused(client: TestClient, keys: Keys, database: Database) -> None:
    body = {"title": "T\x00", "resolve_by": "2020-01-01"}
    assert_problem(client.post("/v1/questions", json=body, headers=keys.w), 422, "NUL")
    q = new_question(client, keys)
    res = client.post(
        f"/v1/questions/{q['id']}/forecasts",
        json={"forecaster": "A\x00", "probability": 0.5},
        headers=keys.w,
    )
    assert_problem(res, 422, "NUL")
    for path in ("/v1/questions", "/v1/events", "/v1/forecasters"):
        assert_problem(client.get(path, params={"q": "x\x00"}), 422, "NUL")
    assert count(database, "questions") == 1


def test_times_that_overflow_in_utc_are_refused(client: TestClient, keys: Keys) -> None:
    q = new_question(client, keys)
    res = client.post(
        f"/v1/questions/{q['id']}/forecasts",
        json={"forecaster": "A", "probability": 0.5, "made_at": "0001-01-01T00:00:00+05:00"},
        headers=keys.w,
    )
    assert_problem(res, 422, "out of range")


def test_deeply_nested_json_is_a_client_error(client: TestClient, keys: Keys) -> None:
    body = b"[" * 100_000 + b"]" * 100_000
    res = client.post(
        "/v1/questions", content=body, headers={**keys.w, "content-type": "application/json"}
    )
    assert 400 <= res.status_code < 500
    assert res.headers["content-type"].startswith("application/problem+json")


def test_pagination_and_list_caps(client: TestClient, keys: Keys) -> None:
    assert_problem(client.get("/v1/questions", params={"limit": 501}), 422, "limit")
    assert_problem(client.get("/v1/questions", params={"offset": 10**12}), 422, "offset")
    body = {"title": "T", "resolve_by": "2020-01-01", "tags": [f"t{i}" for i in range(21)]}
    assert_problem(client.post("/v1/questions", json=body, headers=keys.w), 422, "tags")
    q = new_question(client, keys)
    res = client.post(
        f"/v1/questions/{q['id']}/resolution",
        json={"outcome": "yes", "event_ids": list(range(1, 102))},
        headers=keys.r,
    )
    assert_problem(res, 422, "event_ids")
    assert_problem(client.get("/v1/questions/99999999999999999999"), 422)
