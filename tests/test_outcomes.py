from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient

from app.db import Database
from tests.conftest import Keys, count
from tests.helpers import assert_problem, forecast, new_event, new_question, resolve


def test_events_crud(client: TestClient, keys: Keys) -> None:
    e = new_event(
        client,
        keys,
        title="Kim visits Beijing",
        description="Fourth visit in a year.",
        source_url="https://example.org/kim-beijing",
        occurred_at="2019-01-08T00:00:00Z",
    )
    assert e["title"] == "Kim visits Beijing"
    assert client.get(f"/v1/events/{e['id']}").json() == e
    new_event(client, keys, title="Xi visits Pyongyang", occurred_at="2019-06-20T00:00:00Z")
    page = client.get("/v1/events").json()
    assert page["total"] == 2
    assert page["items"][0]["title"] == "Xi visits Pyongyang"
    assert client.get("/v1/events", params={"q": "beijing"}).json()["total"] == 1
    assert client.get("/v1/events", params={"after": "2019-06-20"}).json()["total"] == 1
    assert client.get("/v1/events", params={"before": "2019-01-08"}).json()["total"] == 1
    assert_problem(client.get("/v1/events/77"), 404, "event 77")


def test_event_validation(client: TestClient, keys: Keys, database: Database) -> None:
    future = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    bad = [
        ({"title": "X", "occurred_at": future}, "future"),
        (
            {"title": "X", "occurred_at": "2019-01-01", "source_url": "javascript:alert(1)"},
            "source_url",
        ),
        ({"title": "", "occurred_at": "2019-01-01"}, "title"),
        ({"title": "X"}, "occurred_at"),
    ]
    for body, needle in bad:
        assert_problem(client.post("/v1/events", json=body, headers=keys.r), 422, needle)
    body = {"title": "X", "occurred_at": "2019-01-01"}
    assert_problem(client.post("/v1/events", json=body, headers=keys.w), 403, "outcomes:write")
    assert count(database, "events") == 0


def test_resolve_with_events(client: TestClient, keys: Keys) -> None:
    q = new_question(client, keys)
    e = new_event(client, keys, occurred_at="2019-03-20T15:00:00Z")
    r = resolve(client, keys, q["id"], "yes", event_ids=[e["id"]], note="Xinhua confirms.")
    assert r["outcome"] == "yes"
    assert r["resolver"] == "resolver"
    assert r["current"] is True
    assert [ev["id"] for ev in r["events"]] == [e["id"]]
    assert r["resolved_at"].startswith("2019-03-20T15:00:00")
    detail = client.get(f"/v1/questions/{q['id']}").json()
    assert detail["status"] == "resolved"
    assert detail["outcome"] == "yes"
    assert detail["resolutions"][0]["note"] == "Xinhua confirms."


def test_resolved_at_defaults_to_the_deadline_without_events(
    client: TestClient, keys: Keys
) -> None:
    q = new_question(client, keys, resolve_by="2019-03-28")
    r = resolve(client, keys, q["id"], "no")
    assert datetime.fromisoformat(r["resolved_at"]) == datetime(2019, 3, 29, tzinfo=UTC)


def test_re_resolving_appends_history(client: TestClient, keys: Keys) -> None:
    q = new_question(client, keys)
    resolve(client, keys, q["id"], "yes")
    resolve(client, keys, q["id"], "no", note="The visit was to New York, not Washington.")
    detail = client.get(f"/v1/questions/{q['id']}").json()
    assert [r["outcome"] for r in detail["resolutions"]] == ["yes", "no"]
    assert [r["current"] for r in detail["resolutions"]] == [False, True]
    assert detail["outcome"] == "no"
    resolve(client, keys, q["id"], "annulled")
    assert client.get(f"/v1/questions/{q['id']}").json()["status"] == "annulled"


def test_resolution_failures_write_nothing(
    client: TestClient, keys: Keys, database: Database
) -> None:
    q = new_question(client, keys)
    url = f"/v1/questions/{q['id']}/resolution"
    assert_problem(
        client.post("/v1/questions/9999/resolution", json={"outcome": "yes"}, headers=keys.r), 404
    )
    assert_problem(client.post(url, json={"outcome": "maybe"}, headers=keys.r), 422, "outcome")
    assert_problem(
        client.post(url, json={"outcome": "yes", "event_ids": [41, 42]}, headers=keys.r),
        422,
        "41, 42",
    )
    future = (datetime.now(UTC) + timedelta(days=2)).isoformat()
    assert_problem(
        client.post(url, json={"outcome": "yes", "resolved_at": future}, headers=keys.r),
        422,
        "future",
    )
    assert_problem(client.post(url, json={"outcome": "yes"}, headers=keys.w), 403)
    assert count(database, "resolutions") == 0
    assert client.get(f"/v1/questions/{q['id']}").json()["status"] == "open"


def test_resolution_moves_the_counted_forecast_before_the_outcome(
    client: TestClient, keys: Keys
) -> None:
    q = new_question(client, keys, resolve_by="2019-12-31")
    before = forecast(client, keys, q["id"], "A", 0.4, made_at="2019-03-01T00:00:00Z")
    after = forecast(client, keys, q["id"], "A", 0.99, made_at="2019-03-25T00:00:00Z")
    only_after = forecast(client, keys, q["id"], "B", 0.9, made_at="2019-03-26T00:00:00Z")
    e = new_event(client, keys, occurred_at="2019-03-20T00:00:00Z")
    resolve(client, keys, q["id"], "yes", event_ids=[e["id"]])
    detail = client.get(f"/v1/questions/{q['id']}").json()
    current = {f["id"] for f in detail["forecasts"] if f["current"]}
    assert current == {before["id"]}
    assert after["id"] not in current
    assert only_after["id"] not in current
    # Re-resolving with a later time brings the later forecasts back.
    resolve(client, keys, q["id"], "yes", resolved_at="2019-04-01T00:00:00Z")
    detail = client.get(f"/v1/questions/{q['id']}").json()
    assert {f["id"] for f in detail["forecasts"] if f["current"]} == {after["id"], only_after["id"]}
