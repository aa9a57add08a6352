from __future__ import annotations

from fastapi.testclient import TestClient

from app.db import Database
from tests.conftest import Keys, count
from tests.helpers import assert_problem, forecast, new_question, resolve


def test_create_returns_the_question(client: TestClient, keys: Keys) -> None:
    res = client.post(
        "/v1/questions",
        json={
            "title": "  Xi Jinping visits Washington by 2019-03-28 ",
            "resolution_criteria": "A state or working visit reported by Xinhua.",
            "resolve_by": "2019-03-28",
            "tags": ["Korea", "US-China", "korea"],
            "external_id": "hanoi-1",
        },
        headers=keys.w,
    )
    assert res.status_code == 201, res.text
    q = res.json()
    assert q["title"] == "Xi Jinping visits Washington by 2019-03-28"
    assert q["tags"] == ["korea", "us-china"]
    assert q["status"] == "open"
    assert q["outcome"] is None
    assert q["external_id"] == "hanoi-1"
    assert q["forecasts"] == []
    assert q["resolutions"] == []
    assert client.get(f"/v1/questions/{q['id']}").json()["title"] == q["title"]


def test_duplicate_external_id_conflicts(
    client: TestClient, keys: Keys, database: Database
) -> None:
    new_question(client, keys, external_id="x-1")
    res = client.post(
        "/v1/questions",
        json={"title": "Another", "resolve_by": "2020-01-01", "external_id": "x-1"},
        headers=keys.w,
    )
    assert_problem(res, 409, "x-1")
    assert count(database, "questions") == 1


def test_create_needs_a_key_with_the_scope(
    client: TestClient, keys: Keys, database: Database
) -> None:
    body = {"title": "T", "resolve_by": "2020-01-01"}
    res = client.post("/v1/questions", json=body)
    assert_problem(res, 401, "forecasts:write")
    assert res.headers["www-authenticate"] == "Bearer"
    assert_problem(client.post("/v1/questions", json=body, headers=keys.r), 403, "forecasts:write")
    bogus = {"Authorization": "Bearer ft_nothing_here"}
    assert_problem(client.post("/v1/questions", json=body, headers=bogus), 401, "unknown")
    assert count(database, "questions") == 0
    # admin implies every scope
    assert client.post("/v1/questions", json=body, headers=keys.a).status_code == 201


def test_bad_input_is_a_clear_422_and_writes_nothing(
    client: TestClient, keys: Keys, database: Database
) -> None:
    cases = [
        ({"resolve_by": "2020-01-01"}, "title"),
        ({"title": "", "resolve_by": "2020-01-01"}, "title"),
        ({"title": "x" * 501, "resolve_by": "2020-01-01"}, "title"),
        ({"title": "T", "resolve_by": "someday"}, "resolve_by"),
        ({"title": "T", "resolve_by": "2020-01-01", "tags": ["#bad tag!"]}, "tags"),
        ({"title": "T", "resolve_by": "2020-01-01", "tags": ["t"] * 21}, "tags"),
        ({"title": "T", "resolve_by": "2020-01-01", "colour": "red"}, "colour"),
    ]
    for body, field in cases:
        assert_problem(client.post("/v1/questions", json=body, headers=keys.w), 422, field)
    res = client.post(
        "/v1/questions",
        content=b"{not json",
        headers={**keys.w, "content-type": "application/json"},
    )
    assert_problem(res, 422)
    assert count(database, "questions") == 0
    assert count(database, "audit_log") == 4  # the fixture's keys only


def test_get_unknown_and_out_of_range_ids(client: TestClient) -> None:
    assert_problem(client.get("/v1/questions/999"), 404, "question 999")
    assert_problem(client.get(f"/v1/questions/{2**70}"), 422)
    assert_problem(client.get("/v1/questions/abc"), 422)


def test_list_is_paginated(client: TestClient, keys: Keys) -> None:
    for i in range(5):
        new_question(client, keys, title=f"Q{i}")
    page = client.get("/v1/questions", params={"limit": 2, "offset": 1}).json()
    assert page["total"] == 5
    assert page["limit"] == 2
    assert page["offset"] == 1
    assert [q["title"] for q in page["items"]] == ["Q3", "Q2"]
    oldest_first = client.get("/v1/questions", params={"sort": "created"}).json()
    assert oldest_first["items"][0]["title"] == "Q0"
    assert_problem(client.get("/v1/questions", params={"limit": 0}), 422, "limit")
    assert_problem(client.get("/v1/questions", params={"limit": 10_000}), 422, "limit")
    assert_problem(client.get("/v1/questions", params={"sort": "random"}), 422, "sort")


def test_list_filters(client: TestClient, keys: Keys) -> None:
    a = new_question(client, keys, title="A", resolve_by="2019-03-01", tags=["korea"])
    b = new_question(client, keys, title="B", resolve_by="2019-06-01", tags=["china"])
    c = new_question(client, keys, title="C", resolve_by="2099-01-01", tags=["korea"])
    forecast(client, keys, a["id"], "Stratfor", 0.7, made_at="2019-02-01T00:00:00Z")
    forecast(client, keys, b["id"], "Fatebook user", 0.2, made_at="2019-02-01T00:00:00Z")
    resolve(client, keys, b["id"], "no")

    def titles(**params: object) -> list[str]:
        res = client.get("/v1/questions", params={"sort": "created", **params})
        assert res.status_code == 200, res.text
        return [q["title"] for q in res.json()["items"]]

    assert titles(status="open") == ["A", "C"]
    assert titles(status="resolved") == ["B"]
    assert titles(tag="KOREA") == ["A", "C"]
    assert titles(forecaster="stratfor") == ["A"]
    assert titles(forecaster="nobody at all") == []
    assert titles(due_before="2019-06-01") == ["A", "B"]
    assert titles(due_after="2019-03-02") == ["B", "C"]
    assert titles(overdue="true") == ["A"]
    assert titles(overdue="false") == ["B", "C"]
    assert titles(q="c") == ["C"]
    assert c["overdue"] is False
    assert client.get(f"/v1/questions/{a['id']}").json()["overdue"] is True
