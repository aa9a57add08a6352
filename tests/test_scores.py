from __future__ import annotations

import math

import pytest
from fastapi.testclient import TestClient

from tests.conftest import Keys
from tests.helpers import assert_problem, forecast, new_question, resolve


def test_scores_cover_the_latest_forecast_on_resolved_questions(
    client: TestClient, keys: Keys
) -> None:
    q1 = new_question(client, keys, tags=["korea"])
    q2 = new_question(client, keys, title="Second")
    q3 = new_question(client, keys, title="Still open")
    forecast(client, keys, q1["id"], "A", 0.2, made_at="2019-01-01T00:00:00Z")
    forecast(client, keys, q1["id"], "A", 0.9, made_at="2019-01-02T00:00:00Z")  # supersedes 0.2
    forecast(client, keys, q1["id"], "B", 0.6, made_at="2019-01-02T00:00:00Z")
    forecast(client, keys, q2["id"], "A", 0.3, made_at="2019-01-02T00:00:00Z")
    forecast(client, keys, q3["id"], "A", 0.5, made_at="2019-01-02T00:00:00Z")
    resolve(client, keys, q1["id"], "yes")
    resolve(client, keys, q2["id"], "no")

    all_ = client.get("/v1/scores").json()
    assert all_["n"] == 3
    assert all_["brier"] == pytest.approx(((0.9 - 1) ** 2 + (0.6 - 1) ** 2 + 0.3**2) / 3)
    assert all_["log_score"] == pytest.approx(-(math.log(0.9) + math.log(0.6) + math.log(0.7)) / 3)

    a = client.get("/v1/scores", params={"forecaster": "a"}).json()
    assert a["n"] == 2
    assert a["brier"] == pytest.approx((0.01 + 0.09) / 2)
    korea = client.get("/v1/scores", params={"tag": "korea"}).json()
    assert korea["n"] == 2
    nobody = client.get("/v1/scores", params={"forecaster": "nobody"}).json()
    assert nobody == {**nobody, "n": 0, "brier": None}


def test_log_score_clips_certainty(client: TestClient, keys: Keys) -> None:
    q = new_question(client, keys)
    forecast(client, keys, q["id"], "Overconfident", 0.0, made_at="2019-01-01T00:00:00Z")
    resolve(client, keys, q["id"], "yes")
    score = client.get("/v1/scores").json()
    assert score["brier"] == 1.0
    assert score["log_score"] == pytest.approx(-math.log(0.001))


def test_annulled_questions_are_not_scored(client: TestClient, keys: Keys) -> None:
    q = new_question(client, keys)
    forecast(client, keys, q["id"], "A", 0.7, made_at="2019-01-01T00:00:00Z")
    resolve(client, keys, q["id"], "annulled")
    assert client.get("/v1/scores").json()["n"] == 0


def test_superseded_and_post_outcome_forecasts_do_not_count(client: TestClient, keys: Keys) -> None:
    q = new_question(client, keys, resolve_by="2030-01-01")
    forecast(client, keys, q["id"], "A", 0.2, made_at="2019-01-01T00:00:00Z")
    forecast(client, keys, q["id"], "A", 0.3, made_at="2019-02-01T00:00:00Z")  # supersedes 0.2
    forecast(client, keys, q["id"], "A", 0.9, made_at="2019-04-01T00:00:00Z")  # after the outcome
    forecast(client, keys, q["id"], "B", 0.6, made_at="2019-01-01T00:00:00Z")
    resolve(client, keys, q["id"], "yes", resolved_at="2019-03-01T00:00:00Z")
    body = client.get("/v1/scores").json()
    assert body["n"] == 2
    assert body["brier"] == pytest.approx(((0.3 - 1) ** 2 + (0.6 - 1) ** 2) / 2)


def test_verified_only_leaves_out_backfilled_forecasts(client: TestClient, keys: Keys) -> None:
    past = new_question(client, keys, resolve_by="2019-03-28")
    live = new_question(client, keys, title="Live", resolve_by="2030-01-01")
    # Recorded now, years after its deadline: a backfilled track record.
    forecast(client, keys, past["id"], "A", 0.9, made_at="2019-01-01T00:00:00Z")
    forecast(client, keys, live["id"], "A", 0.7, made_at="2019-01-01T00:00:00Z")
    forecast(client, keys, live["id"], "B", 0.3, made_at="2019-01-01T00:00:00Z")
    resolve(client, keys, past["id"], "yes", resolved_at="2019-03-20T00:00:00Z")
    resolve(client, keys, live["id"], "yes")
    # Made before the outcome but recorded after it: it counts, but is not verified.
    late = forecast(client, keys, live["id"], "B", 0.8, made_at="2019-02-01T00:00:00Z")
    assert late["backfilled"] is True

    everything = client.get("/v1/scores").json()
    assert everything["n"] == 3
    assert everything["brier"] == pytest.approx((0.01 + 0.09 + 0.04) / 3)
    verified = client.get("/v1/scores", params={"verified_only": True}).json()
    assert verified["n"] == 2
    assert verified["brier"] == pytest.approx((0.09 + 0.49) / 2)


def test_unknown_names_score_nothing(client: TestClient, keys: Keys) -> None:
    q = new_question(client, keys)
    forecast(client, keys, q["id"], "A", 0.7, made_at="2019-01-01T00:00:00Z")
    resolve(client, keys, q["id"], "yes")
    for params in ({"forecaster": "Nobody"}, {"publisher": "Nowhere"}):
        res = client.get("/v1/scores", params={**params, "group_by": "tag"})
        assert res.status_code == 200
        body = res.json()
        assert body["n"] == 0
        assert body["brier"] is None
        assert body["calibration"] == []
        assert body["groups"] == {"items": [], "total": 0, "limit": 50, "offset": 0}


@pytest.mark.parametrize(
    ("params", "needle"),
    [
        ({"bins": 0}, "bins"),
        ({"bins": 101}, "bins"),
        ({"group_by": "colour"}, "group_by"),
        ({"aggregate": "mode"}, "aggregate"),
        ({"made_from": "2020-01-01", "made_to": "2019-01-01"}, "made_from"),
        ({"resolved_from": "yesterday"}, "resolved_from"),
        ({"aggregate": "median", "group_by": "forecaster"}, "aggregate"),
        ({"limit": 0}, "limit"),
    ],
)
def test_bad_parameters_are_422_problems(
    client: TestClient, params: dict[str, object], needle: str
) -> None:
    assert_problem(client.get("/v1/scores", params=params), 422, needle)


def test_groups_are_paged_and_labelled(client: TestClient, keys: Keys) -> None:
    q = new_question(client, keys, tags=["asia"])
    for who, p in (("Good", 0.9), ("Bad", 0.1), ("Middling", 0.5)):
        forecast(client, keys, q["id"], who, p, made_at="2019-01-01T00:00:00Z", publisher="Post")
    resolve(client, keys, q["id"], "yes")
    board = client.get("/v1/scores", params={"group_by": "forecaster"}).json()["groups"]
    assert [i["label"] for i in board["items"]] == ["Good", "Middling", "Bad"]
    assert board["items"][0]["relative_brier"] == pytest.approx(0.01 - (0.25 + 0.81) / 2)
    assert board["items"][0]["relative_brier_questions"] == 1
    page = client.get(
        "/v1/scores", params={"group_by": "forecaster", "limit": 1, "offset": 1}
    ).json()["groups"]
    assert page["total"] == 3
    assert [i["label"] for i in page["items"]] == ["Middling"]
    by_pub = client.get("/v1/scores", params={"group_by": "publisher"}).json()["groups"]
    (post,) = by_pub["items"]
    assert (post["label"], post["n"]) == ("Post", 3)
    by_quarter = client.get("/v1/scores", params={"group_by": "quarter"}).json()["groups"]
    assert [(i["key"], i["label"], i["n"]) for i in by_quarter["items"]] == [
        ("2019-Q1", "2019-Q1", 3)
    ]


def test_phrases_group_into_a_track_record(client: TestClient, keys: Keys) -> None:
    for i, outcome in enumerate(["yes", "yes", "no"]):
        q = new_question(client, keys, title=f"Q{i}")
        forecast(client, keys, q["id"], "Source", 0.7, made_at="2019-01-01", phrase="likely")
        resolve(client, keys, q["id"], outcome)
    items = client.get("/v1/scores", params={"group_by": "phrase"}).json()["groups"]["items"]
    (likely,) = items
    assert likely["key"] == "likely"
    assert likely["n"] == 3
    assert likely["base_rate"] == pytest.approx(2 / 3)


def test_re_resolution_moves_the_scored_outcome(client: TestClient, keys: Keys) -> None:
    q = new_question(client, keys)
    forecast(client, keys, q["id"], "A", 0.8, made_at="2019-01-01T00:00:00Z")
    resolve(client, keys, q["id"], "yes")
    assert client.get("/v1/scores").json()["base_rate"] == 1.0
    resolve(client, keys, q["id"], "annulled")
    assert client.get("/v1/scores").json()["n"] == 0
    resolve(client, keys, q["id"], "no")
    body = client.get("/v1/scores", params={"resolved_from": "2019-01-01"}).json()
    assert (body["n"], body["base_rate"], body["brier"]) == (1, 0.0, pytest.approx(0.64))


def test_score_fields_are_documented(client: TestClient) -> None:
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    block = schemas["ScoreOut"]["properties"]
    for name in ("n", "brier", "log_score", "auc", "calibration", "brier_ci_low", "groups"):
        assert block[name].get("description"), name
    assert "lower is better" in block["brier"]["description"]
    assert "nats" in block["log_score"]["description"]
