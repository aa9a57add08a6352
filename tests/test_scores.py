from __future__ import annotations

import math

import pytest
from fastapi.testclient import TestClient

from tests.conftest import Keys
from tests.helpers import forecast, new_question, resolve


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
