"""The SQL scoring path against the pure oracle (`app.scoring`), through the HTTP API.

Random forecast histories are written straight through the services (so that recorded_at can
lie in the past), then every filter and grouping is asked for over HTTP and compared with the
same figures computed in Python from the raw rows.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.auth.service import SYSTEM
from app.db import Database
from app.forecasters import service as forecasters
from app.forecasts import service as forecasts_service
from app.forecasts.models import Forecast
from app.outcomes import service as outcomes
from app.outcomes.schemas import ResolutionCreate
from app.questions import service as questions
from app.questions.schemas import QuestionCreate
from app.scoring import ScoreReport, consensus, relative_brier, score

NAMES = [f"F{i}" for i in range(6)]
PUBLISHERS = ["Daily Planet", "The Bugle"]
PHRASES = ["likely", "unlikely", "almost certain"]
TAGS = ["asia", "economy", "war"]


@dataclass(frozen=True)
class Row:
    id: int
    question: int
    forecaster: str
    publisher: str | None
    p: float
    made_at: datetime
    recorded_at: datetime
    phrase: str | None


@dataclass(frozen=True)
class Q:
    id: int
    tags: tuple[str, ...]
    resolve_by: date
    outcome: str | None
    resolved_at: datetime | None

    @property
    def y(self) -> int | None:
        return {"yes": 1, "no": 0}.get(self.outcome or "")

    @property
    def cutoff(self) -> datetime:
        end = datetime.combine(self.resolve_by + timedelta(days=1), time(), UTC)
        return end if self.resolved_at is None else min(end, self.resolved_at)


@dataclass(frozen=True)
class World:
    questions: dict[int, Q]
    rows: list[Row]

    def counted(self, verified: bool = False) -> list[Row]:
        """The oracle's rule: per (question, forecaster) the latest eligible forecast."""
        best: dict[tuple[int, str], Row] = {}
        for row in self.rows:
            q = self.questions[row.question]
            if q.y is None or q.resolved_at is None or row.made_at >= q.resolved_at:
                continue
            if verified and row.recorded_at > q.cutoff:
                continue
            key = (row.question, row.forecaster)
            if key not in best or (row.made_at, row.id) > (best[key].made_at, best[key].id):
                best[key] = row
        return list(best.values())


def _at(rng: random.Random, start: datetime, days: int) -> datetime:
    return start + timedelta(seconds=rng.randrange(days * 86_400))


def build_world(db: Database, seed: int) -> World:
    rng = random.Random(seed)
    start = datetime(2019, 1, 1, tzinfo=UTC)
    qs: dict[int, Q] = {}
    rows: list[Row] = []
    with db.transaction() as s:
        specs = []
        for i in range(14):
            tags = tuple(sorted(rng.sample(TAGS, rng.randrange(3))))
            resolve_by = date(2019, 9, 30) if i % 3 else date(2030, 1, 1)
            data = QuestionCreate(title=f"Q{i}", resolve_by=resolve_by, tags=list(tags))
            specs.append((questions.create(s, SYSTEM, data), tags))
        ids = {name: forecasters.ensure(s, SYSTEM, name).id for name in NAMES + PUBLISHERS}
        for question, _ in specs:
            for name in NAMES:
                if rng.random() < 0.25:
                    continue
                for _ in range(rng.randrange(1, 4)):
                    grid = rng.choice([20, 100, 1000])
                    p = rng.randrange(grid + 1) / grid
                    made = _at(rng, start, 200)
                    publisher = rng.choice([None, *PUBLISHERS])
                    phrase = rng.choice([None, None, *PHRASES])
                    f = Forecast(
                        question_id=question.id,
                        forecaster_id=ids[name],
                        publisher_id=ids[publisher] if publisher else None,
                        probability=p,
                        made_at=made,
                        recorded_at=made + timedelta(days=rng.choice([0, 1, 30, 400])),
                        phrase=phrase,
                        source="api",
                    )
                    s.add(f)
                    s.flush()
                    rows.append(
                        Row(f.id, question.id, name, publisher, p, made, f.recorded_at, phrase)
                    )
        forecasts_service.rebuild_latest_many(s, [q.id for q, _ in specs])
        for i, (question, tags) in enumerate(specs):
            outcome = (
                None if i % 7 == 6 else ("annulled" if i % 7 == 5 else rng.choice(["yes", "no"]))
            )
            resolved_at = _at(rng, start + timedelta(days=90), 150) if outcome else None
            if outcome:
                outcomes.resolve(
                    s,
                    SYSTEM,
                    question.id,
                    ResolutionCreate(outcome=outcome, resolved_at=resolved_at),
                )
            qs[question.id] = Q(question.id, tags, question.resolve_by, outcome, resolved_at)
    return World(qs, rows)


def assert_same(block: dict[str, Any], expected: ScoreReport, label: object = "") -> None:
    want = expected.to_dict()
    assert block["n"] == want["n"], label
    for name, value in want.items():
        got = block[name]
        if name == "calibration":
            assert isinstance(value, list)
            assert len(got) == len(value), label
            for row, ref in zip(got, value, strict=True):
                assert row == pytest.approx(ref, rel=1e-9, abs=1e-12), (label, name)
        elif value is None:
            assert got is None, (label, name, got)
        else:
            assert got == pytest.approx(value, rel=1e-9, abs=1e-12), (label, name)


def oracle(rows: Iterable[Row], world: World, bins: int = 10) -> ScoreReport:
    rows = list(rows)
    ys = [world.questions[r.question].y for r in rows]
    return score([r.p for r in rows], [y for y in ys if y is not None], bins)


def quarter(t: datetime) -> str:
    return f"{t.year}-Q{(t.month - 1) // 3 + 1}"


KEYS: dict[str, Callable[[Row, World], list[Any]]] = {
    "forecaster": lambda r, w: [r.forecaster],
    "publisher": lambda r, w: [r.publisher],
    "phrase": lambda r, w: [r.phrase],
    "quarter": lambda r, w: [quarter(r.made_at)],
    "tag": lambda r, w: list(w.questions[r.question].tags),
}

FILTERS: list[tuple[dict[str, Any], Callable[[Row, World], bool]]] = [
    ({}, lambda r, w: True),
    ({"forecaster": "f2"}, lambda r, w: r.forecaster == "F2"),
    ({"tag": "asia"}, lambda r, w: "asia" in w.questions[r.question].tags),
    ({"publisher": "the daily planet"}, lambda r, w: r.publisher == "Daily Planet"),
    (
        {"made_from": "2019-03-01", "made_to": "2019-05-15T12:00:00Z"},
        lambda r, w: (
            datetime(2019, 3, 1, tzinfo=UTC) <= r.made_at < datetime(2019, 5, 15, 12, tzinfo=UTC)
        ),
    ),
    (
        {"resolved_from": "2019-06-01", "resolved_to": "2019-08-01"},
        lambda r, w: (
            datetime(2019, 6, 1, tzinfo=UTC)
            <= (w.questions[r.question].resolved_at or datetime.max.replace(tzinfo=UTC))
            < datetime(2019, 8, 1, tzinfo=UTC)
        ),
    ),
]


def _name(group_by: str, item: dict[str, Any]) -> Any:
    # The API keys forecasters and publishers by id; the oracle knows them by name (label).
    return item["label"] if group_by in ("forecaster", "publisher") else item["key"]


def _groups(client: TestClient, params: dict[str, Any]) -> tuple[dict[str, Any], dict[Any, Any]]:
    res = client.get("/v1/scores", params={**params, "limit": 500})
    assert res.status_code == 200, res.text
    body = res.json()
    items = body["groups"]["items"]
    assert body["groups"]["total"] == len(items)
    return body, {_name(params["group_by"], i): i for i in items}


@pytest.mark.parametrize("seed", [1, 2])
def test_every_filter_matches_the_oracle(client: TestClient, database: Database, seed: int) -> None:
    world = build_world(database, seed)
    # The data must exercise what is being tested: superseded, post-outcome, backfilled.
    assert len(world.counted(True)) < len(world.counted()) < len(world.rows)
    assert any(
        r.made_at >= (world.questions[r.question].resolved_at or r.made_at)
        for r in world.rows
        if world.questions[r.question].resolved_at
    )
    for verified in (False, True):
        counted = world.counted(verified)
        for params, keep in FILTERS:
            for bins in (10, 7):
                query = {**params, "bins": bins, "verified_only": verified}
                body = client.get("/v1/scores", params=query).json()
                expected = oracle([r for r in counted if keep(r, world)], world, bins)
                assert expected.n > 0 or params, query
                assert_same(body, expected, query)


@pytest.mark.parametrize("group_by", sorted(KEYS))
def test_every_grouping_matches_the_oracle(
    client: TestClient, database: Database, group_by: str
) -> None:
    world = build_world(database, 3)
    for verified in (False, True):
        counted = world.counted(verified)
        for params, keep in FILTERS[:3]:
            query = {**params, "group_by": group_by, "verified_only": verified}
            body, got = _groups(client, query)
            kept = [r for r in counted if keep(r, world)]
            assert_same(body, oracle(kept, world), query)
            expected: dict[Any, list[Row]] = {}
            for row in kept:
                for key in KEYS[group_by](row, world):
                    expected.setdefault(key, []).append(row)
            assert set(got) == set(expected), query
            for key, rows in expected.items():
                assert_same(got[key], oracle(rows, world), (query, key))


def test_forecaster_leaderboard_order_and_relative_brier(
    client: TestClient, database: Database
) -> None:
    world = build_world(database, 4)
    counted = world.counted()
    res = client.get("/v1/scores", params={"group_by": "forecaster", "tag": "economy"}).json()
    items = res["groups"]["items"]
    ranking = [(i["brier"], -i["n"]) for i in items]
    assert ranking == sorted(ranking)
    per_question: dict[int, dict[str, tuple[float, int]]] = {}
    for r in counted:
        q = world.questions[r.question]
        if "economy" in q.tags and q.y is not None:
            per_question.setdefault(r.question, {})[r.forecaster] = (r.p, q.y)
    expected = relative_brier(per_question)
    assert {i["label"] for i in items if i["relative_brier"] is not None} == set(expected)
    for item in items:
        ref = expected.get(item["label"])
        if ref is None:
            assert item["relative_brier_questions"] is None
            continue
        assert item["relative_brier"] == pytest.approx(ref.mean, rel=1e-9, abs=1e-12)
        assert item["relative_brier_questions"] == ref.questions

    # Filtering by forecaster narrows the rows, not the crowd it is compared with.
    one = client.get("/v1/scores", params={"group_by": "forecaster", "forecaster": "F1"}).json()
    (only,) = one["groups"]["items"]
    every = relative_brier(
        {
            qid: {
                r.forecaster: (r.p, world.questions[qid].y or 0)
                for r in counted
                if r.question == qid
            }
            for qid in {r.question for r in counted}
        }
    )
    assert only["relative_brier"] == pytest.approx(every["F1"].mean, rel=1e-9, abs=1e-12)


@pytest.mark.parametrize("method", ["median", "mean"])
def test_consensus_matches_the_oracle(client: TestClient, database: Database, method: str) -> None:
    world = build_world(database, 5)
    counted = world.counted()

    def consensus_report(rows: list[Row]) -> ScoreReport:
        by_q: dict[int, list[float]] = {}
        for r in rows:
            by_q.setdefault(r.question, []).append(r.p)
        ps = [consensus(v, method) for v in by_q.values()]  # type: ignore[arg-type]
        ys = [world.questions[q].y or 0 for q in by_q]
        return score(ps, ys)

    for params, keep in FILTERS:
        body = client.get("/v1/scores", params={**params, "aggregate": method}).json()
        assert_same(body, consensus_report([r for r in counted if keep(r, world)]), params)

    body, got = _groups(client, {"aggregate": method, "group_by": "tag"})
    for tag in TAGS:
        rows = [r for r in counted if tag in world.questions[r.question].tags]
        if rows:
            assert_same(got[tag], consensus_report(rows), tag)
    body, got = _groups(client, {"aggregate": method, "group_by": "publisher"})
    for pub in [None, *PUBLISHERS]:
        rows = [r for r in counted if r.publisher == pub]
        if rows:
            assert_same(got[pub], consensus_report(rows), pub)
