from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from app.audit import payloads
from app.audit.models import AuditEntry
from app.audit.service import canonical, sha256
from app.config import Settings
from app.db import Database
from app.forecasts import service as forecasts_service
from app.forecasts.models import Forecast, LatestForecast
from app.main import create_app
from app.outcomes.models import Resolution
from app.questions.models import Question
from tests.conftest import Keys, count
from tests.helpers import assert_problem

TABLES = ("questions", "question_tags", "forecasts", "latest_forecasts", "resolutions", "audit_log")


def sample() -> dict[str, Any]:
    return {
        "questions": [
            {
                "external_id": "gjo:1",
                "title": "Xi Jinping visits Washington by 2019-03-28",
                "resolve_by": "2019-03-28",
                "tags": ["China", "diplomacy"],
                "forecasts": [
                    {"forecaster": "Ann", "probability": 0.2, "made_at": "2019-01-01T00:00:00Z"},
                    {"forecaster": "Ann", "probability": 0.3, "made_at": "2019-02-01T00:00:00Z"},
                    {
                        "forecaster": "Stratfor",
                        "probability": 0.7,
                        "made_at": "2019-02-15",
                        "publisher": "The Daily Planet",
                        "phrase": "likely",
                    },
                ],
                "resolution": {
                    "outcome": "no",
                    "resolved_at": "2019-03-29T00:00:00Z",
                    "note": "No visit.",
                },
            },
            {
                "external_id": "gjo:2",
                "title": "Still open",
                "resolve_by": "2030-01-01",
                "forecasts": [
                    {"forecaster": "Ann", "probability": 0.5, "made_at": "2019-01-01T00:00:00Z"}
                ],
                "resolution": None,
            },
        ]
    }


def counts(database: Database) -> dict[str, int]:
    return {t: count(database, t) for t in TABLES}


def post(client: TestClient, keys: Keys, body: dict[str, Any]) -> Any:
    return client.post("/v1/import", json=body, headers=keys.a)


def test_import_creates_everything_and_scores_it(
    client: TestClient, keys: Keys, database: Database
) -> None:
    res = post(client, keys, sample())
    assert res.status_code == 200, res.text
    assert res.json() == {
        "questions_created": 2,
        "questions_existing": 0,
        "forecasts_created": 4,
        "forecasts_skipped": 0,
        "resolutions_created": 1,
        "resolutions_skipped": 0,
    }
    found = client.get("/v1/questions", params={"tag": "china"}).json()["items"]
    assert [q["external_id"] for q in found] == ["gjo:1"]
    detail = client.get(f"/v1/questions/{found[0]['id']}").json()
    assert detail["status"] == "resolved"
    assert detail["tags"] == ["china", "diplomacy"]
    assert {f["source"] for f in detail["forecasts"]} == {"import"}
    assert [f["probability"] for f in detail["forecasts"] if f["current"]] == [0.3, 0.7]
    stratfor = next(f for f in detail["forecasts"] if f["forecaster"]["name"] == "Stratfor")
    assert stratfor["publisher"]["name"] == "The Daily Planet"
    assert stratfor["phrase"] == "likely"
    score = client.get("/v1/scores").json()
    assert score["n"] == 2
    assert score["brier"] == pytest.approx((0.09 + 0.49) / 2)
    by_phrase = client.get("/v1/scores", params={"group_by": "phrase"}).json()["groups"]
    assert [(g["key"], g["n"]) for g in by_phrase["items"]] == [("likely", 1), (None, 1)]


def test_reimport_is_idempotent_and_adds_only_new_forecasts(
    client: TestClient, keys: Keys, database: Database
) -> None:
    assert post(client, keys, sample()).status_code == 200
    before = counts(database)
    again = post(client, keys, sample()).json()
    assert again == {
        "questions_created": 0,
        "questions_existing": 2,
        "forecasts_created": 0,
        "forecasts_skipped": 4,
        "resolutions_created": 0,
        "resolutions_skipped": 1,
    }
    assert counts(database) == before

    more = sample()
    more["questions"][1]["forecasts"].append(
        {"forecaster": "Bob", "probability": 0.25, "made_at": "2019-06-01T00:00:00Z"}
    )
    more["questions"][0]["forecasts"].append(  # same forecaster and time, new number: new
        {"forecaster": "Ann", "probability": 0.35, "made_at": "2019-02-01T00:00:00Z"}
    )
    res = post(client, keys, more).json()
    assert (res["forecasts_created"], res["forecasts_skipped"]) == (2, 4)
    assert count(database, "forecasts") == before["forecasts"] + 2
    # Equal made_at: the later-recorded forecast counts, as with single writes.
    q1 = client.get("/v1/questions", params={"tag": "china"}).json()["items"][0]
    current = [
        f["probability"]
        for f in client.get(f"/v1/questions/{q1['id']}").json()["forecasts"]
        if f["current"] and f["forecaster"]["name"] == "Ann"
    ]
    assert current == [0.35]


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        (lambda q: q["forecasts"][0].update(probability=1.5), "questions.1.forecasts.0"),
        (lambda q: q["forecasts"][0].update(made_at="2999-01-01"), "questions[1]"),
        (lambda q: q.update(external_id="gjo:1"), "repeats the external_id"),
        (
            lambda q: q.update(resolution={"outcome": "yes", "resolved_at": "2018-12-31"}),
            "not before the outcome was known",
        ),
        (lambda q: q.update(resolution={"outcome": "yes", "resolved_at": "2999-01-01"}), "future"),
        (lambda q: q.update(colour="red"), "questions.1.colour"),
        (lambda q: q["forecasts"][0].update(forecaster="..."), "no letters"),
    ],
)
def test_one_invalid_item_writes_nothing(
    client: TestClient, keys: Keys, database: Database, change: Any, needle: str
) -> None:
    before = counts(database)
    body = sample()
    change(body["questions"][1])
    problem = assert_problem(post(client, keys, body), 422, needle)
    if "index" in problem:
        assert problem["index"] == 1
    assert counts(database) == before


def test_new_forecasts_obey_an_earlier_resolution(
    client: TestClient, keys: Keys, database: Database
) -> None:
    assert post(client, keys, sample()).status_code == 200
    late = sample()
    late["questions"][0]["resolution"] = None
    late["questions"][0]["forecasts"].append(
        {"forecaster": "Cid", "probability": 0.1, "made_at": "2019-04-01T00:00:00Z"}
    )
    assert_problem(post(client, keys, late), 422, "questions[0]", "not before the outcome")

    annul = sample()
    annul["questions"][1]["resolution"] = {"outcome": "annulled", "resolved_at": "2020-01-01"}
    assert post(client, keys, annul).json()["resolutions_created"] == 1
    annul["questions"][1]["resolution"] = None
    annul["questions"][1]["forecasts"].append(
        {"forecaster": "Cid", "probability": 0.1, "made_at": "2019-04-01T00:00:00Z"}
    )
    assert_problem(post(client, keys, annul), 422, "questions[1]", "annulled")


def test_a_new_resolution_moves_the_cutoff(
    client: TestClient, keys: Keys, database: Database
) -> None:
    assert post(client, keys, sample()).status_code == 200
    earlier = sample()
    earlier["questions"][0]["forecasts"] = []
    earlier["questions"][0]["resolution"] = {"outcome": "yes", "resolved_at": "2019-01-15"}
    res = post(client, keys, earlier).json()
    assert (res["resolutions_created"], res["forecasts_created"]) == (1, 0)
    score = client.get("/v1/scores").json()
    assert score["n"] == 1  # only Ann's first forecast was made before 2019-01-15
    assert score["brier"] == pytest.approx(0.64)
    _assert_latest_consistent(database)


def test_import_needs_admin_and_respects_the_item_limit(
    client: TestClient, keys: Keys, database: Database
) -> None:
    assert_problem(client.post("/v1/import", json=sample()), 401, "admin")
    assert_problem(client.post("/v1/import", json=sample(), headers=keys.w), 403, "admin")
    small = create_app(Settings(database_url=database.url, max_import_items=1), database)
    with TestClient(small) as c:
        assert_problem(c.post("/v1/import", json=sample(), headers=keys.a), 413, "batches")
    assert count(database, "questions") == 0


def test_import_audit_entries_recompute_from_the_rows(
    client: TestClient, keys: Keys, database: Database
) -> None:
    body = sample()
    for i in range(3, 40):
        q = copy.deepcopy(body["questions"][0])
        q["external_id"] = f"gjo:{i}"
        body["questions"].append(q)
    assert post(client, keys, body).status_code == 200
    builders: dict[str, tuple[Any, Callable[[Any], dict[str, Any]]]] = {
        "forecast": (Forecast, payloads.forecast),
        "question": (Question, payloads.question),
        "resolution": (Resolution, payloads.resolution),
    }
    with database.transaction(write=False) as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action.like("%.import"))).all()
        assert {e.entity for e in entries} == set(builders)
        for entry in entries:
            model, build = builders[entry.entity]
            assert entry.refs is not None
            rows = {r.id: r for r in s.scalars(select(model).where(model.id.in_(entry.refs)))}
            recomputed = [build(rows[i]) for i in entry.refs]
            assert sha256(canonical(recomputed)) == entry.digest, entry.entity
    _assert_latest_consistent(database)


def _assert_latest_consistent(database: Database) -> None:
    """The maintained table equals a rebuild from scratch."""

    def snapshot() -> list[tuple[Any, ...]]:
        with database.transaction(write=False) as s:
            rows = s.scalars(select(LatestForecast)).all()
            return sorted(
                (r.question_id, r.forecaster_id, r.forecast_id, r.outcome, r.resolved_at, r.phrase)
                for r in rows
            )

    maintained = snapshot()
    with database.transaction() as s:
        forecasts_service.rebuild_latest_many(s, s.scalars(select(Question.id)).all())
    assert snapshot() == maintained


def test_reimporting_an_old_file_does_not_undo_a_later_resolution(
    client: TestClient, keys: Keys, database: Database
) -> None:
    assert post(client, keys, sample()).status_code == 200
    q1 = client.get("/v1/questions", params={"tag": "china"}).json()["items"][0]
    res = client.post(
        f"/v1/questions/{q1['id']}/resolution",
        json={"outcome": "yes", "resolved_at": "2019-03-29T00:00:00Z"},
        headers=keys.r,
    )
    assert res.status_code == 201, res.text
    again = post(client, keys, sample()).json()
    assert (again["resolutions_created"], again["resolutions_skipped"]) == (0, 1)
    assert client.get(f"/v1/questions/{q1['id']}").json()["outcome"] == "yes"
