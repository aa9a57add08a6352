from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient

from app.db import Database
from tests.conftest import Keys, count
from tests.helpers import assert_problem, forecast, new_event, new_question, resolve


def test_register_forecast(client: TestClient, keys: Keys) -> None:
    q = new_question(client, keys)
    f = forecast(
        client, keys, q["id"], "Stratfor", 0.3, made_at="2019-02-28T16:54:00Z", publisher="Stratfor"
    )
    assert f["probability"] == 0.3
    assert f["forecaster"]["name"] == "Stratfor"
    assert f["publisher"]["name"] == "Stratfor"
    assert f["made_at"].startswith("2019-02-28T16:54:00")
    assert f["current"] is True
    recorded = datetime.fromisoformat(f["recorded_at"])
    assert abs(recorded - datetime.now(UTC)) < timedelta(minutes=1)
    # The deadline (2019-03-28) had passed when this was recorded.
    assert f["backfilled"] is True


def test_made_at_defaults_to_now_and_naive_means_utc(client: TestClient, keys: Keys) -> None:
    q = new_question(client, keys, resolve_by="2099-01-01")
    f = forecast(client, keys, q["id"], "A", 0.5)
    assert f["made_at"] == f["recorded_at"]
    assert f["backfilled"] is False
    g = forecast(client, keys, q["id"], "A", 0.5, made_at="2020-05-01T12:00:00")
    assert datetime.fromisoformat(g["made_at"]) == datetime(2020, 5, 1, 12, tzinfo=UTC)


def test_new_forecast_supersedes_but_history_stays(client: TestClient, keys: Keys) -> None:
    q = new_question(client, keys, resolve_by="2099-01-01")
    first = forecast(client, keys, q["id"], "Stratfor", 0.3, made_at="2019-02-28T00:00:00Z")
    second = forecast(client, keys, q["id"], "stratfor", 0.6, made_at="2019-03-05T00:00:00Z")
    # A backfilled older forecast does not displace the newer one.
    older = forecast(client, keys, q["id"], "Stratfor", 0.1, made_at="2019-01-01T00:00:00Z")
    other = forecast(client, keys, q["id"], "Kim watcher", 0.9)
    detail = client.get(f"/v1/questions/{q['id']}").json()
    by_id = {f["id"]: f for f in detail["forecasts"]}
    assert [f["id"] for f in detail["forecasts"]] == [
        older["id"],
        first["id"],
        second["id"],
        other["id"],
    ]
    assert {fid for fid, f in by_id.items() if f["current"]} == {second["id"], other["id"]}
    assert by_id[first["id"]]["probability"] == 0.3
    assert len({f["forecaster"]["id"] for f in detail["forecasts"]}) == 2


def test_forecasts_cannot_be_edited_or_deleted(client: TestClient, keys: Keys) -> None:
    q = new_question(client, keys)
    f = forecast(client, keys, q["id"], "A", 0.4)
    for method in ("PUT", "PATCH", "DELETE"):
        res = client.request(method, f"/v1/questions/{q['id']}/forecasts", headers=keys.a)
        assert_problem(res, 405)
    detail = client.get(f"/v1/questions/{q['id']}").json()
    assert detail["forecasts"][0]["probability"] == f["probability"]


def test_bad_probabilities_are_refused(client: TestClient, keys: Keys, database: Database) -> None:
    q = new_question(client, keys)
    url = f"/v1/questions/{q['id']}/forecasts"
    for p in (-0.01, 1.01, "high", None):
        res = client.post(url, json={"forecaster": "A", "probability": p}, headers=keys.w)
        assert_problem(res, 422, "probability")
    for number in (b"NaN", b"Infinity", b"1e309"):
        raw = b'{"forecaster": "A", "probability": ' + number + b"}"
        res = client.post(url, content=raw, headers={**keys.w, "content-type": "application/json"})
        assert_problem(res, 422, "probability")
    assert count(database, "forecasts") == 0
    assert count(database, "forecasters") == 0


def test_edge_probabilities_are_allowed(client: TestClient, keys: Keys) -> None:
    q = new_question(client, keys)
    assert forecast(client, keys, q["id"], "A", 0)["probability"] == 0
    assert forecast(client, keys, q["id"], "B", 1)["probability"] == 1


def test_future_made_at_and_unknown_question(
    client: TestClient, keys: Keys, database: Database
) -> None:
    q = new_question(client, keys)
    later = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    res = client.post(
        f"/v1/questions/{q['id']}/forecasts",
        json={"forecaster": "A", "probability": 0.5, "made_at": later},
        headers=keys.w,
    )
    assert_problem(res, 422, "future")
    res = client.post(
        "/v1/questions/4242/forecasts", json={"forecaster": "A", "probability": 0.5}, headers=keys.w
    )
    assert_problem(res, 404, "question 4242")
    assert count(database, "forecasts") == 0


def test_forecast_needs_forecasts_scope(client: TestClient, keys: Keys) -> None:
    q = new_question(client, keys)
    url = f"/v1/questions/{q['id']}/forecasts"
    body = {"forecaster": "A", "probability": 0.5}
    assert_problem(client.post(url, json=body), 401)
    assert_problem(client.post(url, json=body, headers=keys.r), 403)


def test_forecast_after_the_outcome_is_refused(
    client: TestClient, keys: Keys, database: Database
) -> None:
    q = new_question(client, keys)
    event = new_event(client, keys, occurred_at="2019-03-20T15:00:00Z")
    resolve(client, keys, q["id"], "yes", event_ids=[event["id"]])
    res = client.post(
        f"/v1/questions/{q['id']}/forecasts",
        json={"forecaster": "Late", "probability": 0.99, "made_at": "2019-03-21T00:00:00Z"},
        headers=keys.w,
    )
    assert_problem(res, 409, "after the outcome was known")
    assert count(database, "forecasts") == 0
    # Backfilling a forecast made before the event is allowed, and flagged.
    early = forecast(client, keys, q["id"], "Early", 0.4, made_at="2019-03-01T00:00:00Z")
    assert early["backfilled"] is True
    assert early["current"] is True


def test_annulled_questions_take_no_forecasts(client: TestClient, keys: Keys) -> None:
    q = new_question(client, keys)
    resolve(client, keys, q["id"], "annulled")
    res = client.post(
        f"/v1/questions/{q['id']}/forecasts",
        json={"forecaster": "A", "probability": 0.5, "made_at": "2019-01-01T00:00:00Z"},
        headers=keys.w,
    )
    assert_problem(res, 409, "annulled")


def test_list_forecasts(client: TestClient, keys: Keys) -> None:
    q1 = new_question(client, keys)
    q2 = new_question(client, keys, title="Other")
    forecast(client, keys, q1["id"], "A", 0.2, made_at="2019-01-01T00:00:00Z")
    forecast(client, keys, q1["id"], "A", 0.3, made_at="2019-01-02T00:00:00Z")
    forecast(client, keys, q2["id"], "B", 0.4, made_at="2019-01-03T00:00:00Z")
    page = client.get("/v1/forecasts", params={"forecaster": "a"}).json()
    assert page["total"] == 2
    assert [f["probability"] for f in page["items"]] == [0.3, 0.2]
    assert client.get("/v1/forecasts", params={"question_id": q2["id"]}).json()["total"] == 1
    current = client.get("/v1/forecasts", params={"current": "true"}).json()
    assert sorted(f["probability"] for f in current["items"]) == [0.3, 0.4]
    assert client.get("/v1/forecasts", params={"forecaster": "nobody"}).json()["total"] == 0
