"""Idempotency-Key on POST: replays, mismatches, races and expiry, on every backend."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlalchemy import select, text, update

from app.config import Settings
from app.db import Database, utcnow
from app.idempotency import service
from app.idempotency.models import IdempotencyKey
from app.idempotency.route import IdempotentRoute
from app.main import create_app
from tests.conftest import Keys, count
from tests.helpers import assert_problem, new_event, new_question

QUESTION = {"title": "Does the retry duplicate?", "resolve_by": "2030-01-01"}


def _post(
    client: TestClient, path: str, body: dict[str, Any], auth: dict[str, str], key: str
) -> Any:
    return client.post(path, json=body, headers={**auth, "Idempotency-Key": key})


def _tables(database: Database) -> dict[str, int]:
    names = ("questions", "forecasts", "resolutions", "events", "audit_log", "api_keys")
    return {name: count(database, name) for name in names}


def test_a_retry_replays_the_first_response_and_writes_nothing(
    client: TestClient, keys: Keys, database: Database
) -> None:
    first = _post(client, "/v1/questions", QUESTION, keys.w, "q-1")
    assert first.status_code == 201
    assert "idempotent-replayed" not in first.headers
    before = _tables(database)
    again = _post(client, "/v1/questions", QUESTION, keys.w, "q-1")
    assert again.status_code == 201
    assert again.headers["idempotent-replayed"] == "true"
    assert again.headers["content-type"] == first.headers["content-type"]
    assert again.content == first.content
    assert _tables(database) == before


def test_forecasts_and_resolutions_are_replayed(
    client: TestClient, keys: Keys, database: Database
) -> None:
    q = new_question(client, keys)
    event = new_event(client, keys)
    path = f"/v1/questions/{q['id']}/forecasts"
    body = {"forecaster": "Stratfor", "probability": 0.4, "made_at": "2019-02-28"}
    first = _post(client, path, body, keys.w, "f-1")
    assert first.status_code == 201
    resolution = {"outcome": "no", "event_ids": [event["id"]], "note": "no visit"}
    res_path = f"/v1/questions/{q['id']}/resolution"
    resolved = _post(client, res_path, resolution, keys.r, "r-1")
    assert resolved.status_code == 201
    before = _tables(database)
    for path_, body_, auth, key, original in (
        (path, body, keys.w, "f-1", first),
        (res_path, resolution, keys.r, "r-1", resolved),
    ):
        again = _post(client, path_, body_, auth, key)
        assert again.status_code == 201
        assert again.headers["idempotent-replayed"] == "true"
        assert again.json() == original.json()
    assert _tables(database) == before


def test_the_same_key_for_another_request_is_refused(
    client: TestClient, keys: Keys, database: Database
) -> None:
    assert _post(client, "/v1/questions", QUESTION, keys.w, "k").status_code == 201
    other = {**QUESTION, "title": "Another question"}
    assert_problem(_post(client, "/v1/questions", other, keys.w, "k"), 422, "different request")
    q = client.get("/v1/questions").json()["items"][0]
    forecast = {"forecaster": "A", "probability": 0.5}
    res = _post(client, f"/v1/questions/{q['id']}/forecasts", forecast, keys.w, "k")
    assert_problem(res, 422, "different request")
    assert count(database, "questions") == 1
    assert count(database, "forecasts") == 0


def test_keys_belong_to_one_api_key(client: TestClient, keys: Keys, database: Database) -> None:
    mine = _post(client, "/v1/questions", QUESTION, keys.w, "shared-name")
    theirs = _post(client, "/v1/questions", QUESTION, Keys.header(keys.both), "shared-name")
    assert mine.status_code == theirs.status_code == 201
    assert "idempotent-replayed" not in theirs.headers
    assert mine.json()["id"] != theirs.json()["id"]
    assert count(database, "questions") == 2


def test_concurrent_duplicates_write_once(
    client: TestClient, keys: Keys, database: Database
) -> None:
    def send(_: int) -> Any:
        return _post(client, "/v1/questions", QUESTION, keys.w, "race")

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(send, range(16)))
    assert {r.status_code for r in results} == {201}
    assert len({r.content for r in results}) == 1
    assert sum("idempotent-replayed" not in r.headers for r in results) == 1
    assert count(database, "questions") == 1
    assert count(database, "idempotency_keys") == 1


def test_a_failed_request_keeps_no_key(client: TestClient, keys: Keys, database: Database) -> None:
    forecast = {"forecaster": "A", "probability": 0.5, "made_at": "2019-01-01"}
    early = _post(client, "/v1/questions/1/forecasts", forecast, keys.w, "early")
    assert_problem(early, 404, "question 1")
    assert count(database, "idempotency_keys") == 0
    new_question(client, keys)
    later = _post(client, "/v1/questions/1/forecasts", forecast, keys.w, "early")
    assert later.status_code == 201
    assert "idempotent-replayed" not in later.headers


def test_expired_keys_run_again_and_are_swept(
    client: TestClient, keys: Keys, database: Database
) -> None:
    assert _post(client, "/v1/questions", QUESTION, keys.w, "old").status_code == 201
    with database.transaction() as session:
        session.execute(update(IdempotencyKey).values(expires_at=utcnow() - timedelta(seconds=1)))
    again = _post(client, "/v1/questions", QUESTION, keys.w, "old")
    assert again.status_code == 201
    assert "idempotent-replayed" not in again.headers
    assert count(database, "questions") == 2
    with database.transaction() as session:
        session.execute(update(IdempotencyKey).values(expires_at=utcnow() - timedelta(seconds=1)))
        assert service.sweep(session, utcnow()) == 1
    assert count(database, "idempotency_keys") == 0


def test_ttl_is_a_setting(database: Database, keys: Keys) -> None:
    settings = Settings(database_url=database.url, idempotency_ttl_seconds=3600)
    with TestClient(create_app(settings, database)) as client:
        assert _post(client, "/v1/questions", QUESTION, keys.w, "ttl").status_code == 201
    with database.transaction(write=False) as session:
        row = session.scalars(select(IdempotencyKey)).one()
    assert row.expires_at - row.created_at == timedelta(hours=1)


def test_a_created_api_key_secret_is_never_replayed_nor_stored(
    client: TestClient, keys: Keys, database: Database
) -> None:
    body = {"name": "ci", "scopes": ["forecasts:write"]}
    first = _post(client, "/v1/keys", body, keys.a, "key-1")
    assert first.status_code == 201
    secret = first.json()["key"]
    again = _post(client, "/v1/keys", body, keys.a, "key-1")
    assert_problem(again, 409, "shown only once")
    assert count(database, "api_keys") == 5
    with database.engine.connect() as conn:
        stored = conn.execute(text("SELECT body FROM idempotency_keys")).scalar_one()
    assert stored is None
    assert secret not in str(stored)


def test_malformed_keys_are_refused(client: TestClient, keys: Keys, database: Database) -> None:
    assert_problem(_post(client, "/v1/questions", QUESTION, keys.w, "x" * 256), 422)
    assert_problem(_post(client, "/v1/questions", QUESTION, keys.w, "with space"), 422)
    res = client.post(
        "/v1/questions",
        json=QUESTION,
        headers=[*keys.w.items(), ("Idempotency-Key", "a"), ("Idempotency-Key", "b")],
    )
    assert_problem(res, 422, "one Idempotency-Key")
    unauthenticated = client.post("/v1/questions", json=QUESTION, headers={"Idempotency-Key": "n"})
    assert_problem(unauthenticated, 401)
    assert count(database, "questions") == 0
    assert count(database, "idempotency_keys") == 0


def test_reads_ignore_the_header(client: TestClient) -> None:
    res = client.get("/v1/questions", headers={"Idempotency-Key": "r"})
    assert res.status_code == 200
    assert "idempotent-replayed" not in res.headers


def test_a_duplicate_that_waits_too_long_gets_409(database: Database, keys: Keys) -> None:
    if database.dialect != "postgresql":
        pytest.skip("on SQLite the wait is the write lock's busy timeout (503, tested there)")
    settings = Settings(database_url=database.url, idempotency_wait_seconds=0.3)
    holder = database.engine.connect()
    try:
        holder.begin()
        key_id = holder.execute(text("SELECT id FROM api_keys WHERE name = 'writer'")).scalar()
        holder.execute(
            text(
                "INSERT INTO idempotency_keys (api_key_id, key, fingerprint, created_at, "
                "expires_at) VALUES (:k, 'busy', 'x', now(), now() + interval '1 hour')"
            ),
            {"k": key_id},
        )
        with TestClient(create_app(settings, database)) as client:
            busy = _post(client, "/v1/questions", QUESTION, keys.w, "busy")
            assert_problem(busy, 409, "still in progress")
            assert busy.headers["retry-after"] == "1"
            holder.rollback()
            assert _post(client, "/v1/questions", QUESTION, keys.w, "busy").status_code == 201
    finally:
        holder.close()
    assert count(database, "questions") == 1


def _api_routes(routes: list[Any]) -> list[APIRoute]:
    # FastAPI keeps included routers nested; walk into them.
    found: list[APIRoute] = []
    for route in routes:
        if isinstance(route, APIRoute):
            found.append(route)
        inner = getattr(route, "original_router", None)
        if inner is not None:
            found.extend(_api_routes(inner.routes))
    return found


def test_every_post_route_honours_the_header(app: FastAPI) -> None:
    # A router added without route_class=IdempotentRoute would silently ignore the key.
    posts = [r for r in _api_routes(app.routes) if "POST" in (r.methods or set())]
    assert posts
    for route in posts:
        assert isinstance(route, IdempotentRoute), route.path
    spec = app.openapi()
    for path, ops in spec["paths"].items():
        if "post" in ops:
            names = [p["name"] for p in ops["post"].get("parameters", [])]
            assert "Idempotency-Key" in names, path
