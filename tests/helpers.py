"""Small builders used across the API tests."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from app.auth.service import create_key
from app.db import Database
from tests.conftest import Keys

PROBLEM = "application/problem+json"


def new_question(client: TestClient, keys: Keys, **fields: Any) -> dict[str, Any]:
    body = {"title": "Xi Jinping visits Washington by 2019-03-28", "resolve_by": "2019-03-28"}
    body.update(fields)
    res = client.post("/v1/questions", json=body, headers=keys.w)
    assert res.status_code == 201, res.text
    data: dict[str, Any] = res.json()
    return data


def forecast(
    client: TestClient, keys: Keys, question_id: int, who: str, p: float, **fields: Any
) -> dict[str, Any]:
    body = {"forecaster": who, "probability": p, **fields}
    res = client.post(f"/v1/questions/{question_id}/forecasts", json=body, headers=keys.w)
    assert res.status_code == 201, res.text
    data: dict[str, Any] = res.json()
    return data


def new_event(client: TestClient, keys: Keys, **fields: Any) -> dict[str, Any]:
    body = {
        "title": "Xi Jinping meets Trump at the White House",
        "occurred_at": "2019-03-20T15:00:00Z",
    }
    body.update(fields)
    res = client.post("/v1/events", json=body, headers=keys.r)
    assert res.status_code == 201, res.text
    data: dict[str, Any] = res.json()
    return data


def resolve(
    client: TestClient, keys: Keys, question_id: int, outcome: str, **fields: Any
) -> dict[str, Any]:
    res = client.post(
        f"/v1/questions/{question_id}/resolution",
        json={"outcome": outcome, **fields},
        headers=keys.r,
    )
    assert res.status_code == 201, res.text
    data: dict[str, Any] = res.json()
    return data


def assert_problem(res: Any, status: int, *needles: str) -> dict[str, Any]:
    assert res.status_code == status, res.text
    assert res.headers["content-type"].startswith(PROBLEM)
    body: dict[str, Any] = res.json()
    assert body["status"] == status
    for needle in needles:
        assert needle in body["detail"], body["detail"]
    return body


def make_keys(db: Database) -> Keys:
    """The fixture's four keys, for tests that build their own database."""
    with db.transaction() as session:
        made = [
            create_key(session, name, scopes)[1]
            for name, scopes in (
                ("admin", "admin"),
                ("writer", "forecasts:write"),
                ("resolver", "outcomes:write"),
                ("both", "forecasts:write,outcomes:write"),
            )
        ]
    return Keys(*made)
