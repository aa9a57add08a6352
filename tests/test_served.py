"""The real server, several worker processes: racing writers, and SIGKILL in mid-write."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, insert, select

from app.db import Database
from app.forecasters.models import Forecaster
from app.forecasts.models import Forecast, LatestForecast
from app.forecasts.service import LATEST_COLUMNS
from app.migrate import upgrade
from app.outcomes.models import Event, Resolution, ResolutionEvent
from app.questions.models import Question
from tests import served
from tests.conftest import BACKENDS, Keys, truncate_all
from tests.helpers import make_keys
from tests.invariants import audit_counts, problems

pytestmark = pytest.mark.slow

Task = tuple[str, str, dict[str, Any], dict[str, str]]
BOGUS_KEY = "ft_0123456789ab_NeverLogThisSecret000000000000000000000000"


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'served.db'}"
        upgrade(url)
        database = Database(url)
    else:
        database = Database(request.getfixturevalue("postgres_url"))
        truncate_all(database)
    yield database
    database.dispose()


def _server(db: Database, tmp_path: Path, name: str) -> served.Server:
    return served.Server(db.url, tmp_path, workers=2, name=name)


def test_workers_race_without_losing_or_duplicating(db: Database, tmp_path: Path) -> None:
    keys = make_keys(db)
    server = _server(db, tmp_path, "ft_race")
    rng = random.Random(7)
    with served.running(server), server.client() as http:
        qids = [
            http.post(
                "/v1/questions",
                json={"title": f"Race {i}", "resolve_by": "2030-01-01"},
                headers=keys.w,
            ).json()["id"]
            for i in range(6)
        ]
        tasks: list[Task] = []
        for n in range(60):
            body = {
                "forecaster": f"Forecaster {n % 4}",
                "probability": round(rng.random(), 3),
                "made_at": f"2019-01-01T00:{n:02d}:00Z",
                "phrase": f"forecast-{n}",
            }
            tasks.append(("forecast", f"/v1/questions/{qids[n % 6]}/forecasts", body, keys.w))
        outcomes = ("yes", "no", "annulled")
        for n in range(18):
            body = {"outcome": outcomes[n % 3], "note": f"resolution-{n}"}
            tasks.append(("resolution", f"/v1/questions/{qids[n % 3]}/resolution", body, keys.r))
        for n in range(10):
            body = {"title": f"event-{n}", "occurred_at": "2019-02-01"}
            tasks.append(("event", "/v1/events", body, keys.r))
        for n in range(8):
            body = {"forecaster": "Dup", "probability": 0.5, "phrase": f"dup-{n}"}
            auth = {**keys.w, "Idempotency-Key": f"dup-{n}"}
            path = f"/v1/questions/{qids[3 + n % 3]}/forecasts"
            tasks += [("dup", path, body, auth)] * 2
        rng.shuffle(tasks)

        def send(task: Task) -> tuple[str, httpx.Response]:
            kind, path, body, headers = task
            with server.client() as client:
                return kind, client.post(path, json=body, headers=headers)

        with ThreadPoolExecutor(16) as pool:
            results = list(pool.map(send, tasks))
            reads = list(pool.map(lambda _: http.get("/v1/scores").status_code, range(8)))
        refused = http.post("/v1/events", json={}, headers=Keys.header(BOGUS_KEY))
    assert set(reads) == {200}
    assert refused.status_code == 401

    statuses = Counter((kind, res.status_code) for kind, res in results)
    acked = {
        kind: [res.json() for k, res in results if k == kind and res.status_code == 201]
        for kind in ("forecast", "resolution", "event", "dup")
    }
    # Forecasts on a question that a racing resolver annulled are refused, never lost.
    assert set(statuses) <= {(k, 201) for k in acked} | {("forecast", 409)}, statuses
    assert len(acked["resolution"]) == 18
    assert len(acked["event"]) == 10
    assert len(acked["dup"]) == 16

    with db.transaction(write=False) as session:
        forecasts = {f.id: f for f in session.scalars(select(Forecast))}
        for body in acked["forecast"] + acked["dup"]:
            row = forecasts[body["id"]]
            assert (row.probability, row.phrase) == (body["probability"], body["phrase"])
        phrases = Counter(f.phrase for f in forecasts.values())
        assert all(n == 1 for n in phrases.values()), phrases
        assert len(forecasts) == len(acked["forecast"]) + 8
        notes = Counter(session.scalars(select(Resolution.note)))
        assert notes == Counter(r["note"] for r in acked["resolution"])
        assert session.scalar(select(func.count()).select_from(Event)) == 10
    assert problems(db) == []
    audited = audit_counts(db)
    assert audited["forecast.create"] == len(forecasts)
    assert audited["resolution.create"] == 18
    # The real server's access and error log: requests were logged, secrets were not.
    logged = server.logs()
    assert "POST /v1/events" in logged
    assert "Traceback" not in logged
    for secret in (keys.admin, keys.writer, keys.resolver, keys.both, BOGUS_KEY):
        assert secret.split("_", 2)[2] not in logged


def _big_question(db: Database, forecasters: int, events: int) -> tuple[int, list[int]]:
    """A question with many counted forecasts, so that resolving it rewrites many rows."""
    made = datetime(2019, 1, 1, tzinfo=UTC)
    with db.transaction() as session:
        question = Question(title="Big", resolve_by=date(2030, 1, 1))
        session.add(question)
        session.flush()
        session.execute(
            insert(Forecaster), [{"id": i, "name": f"F{i}"} for i in range(1, forecasters + 1)]
        )
        rows = [
            {
                "id": i,
                "question_id": question.id,
                "forecaster_id": i,
                "probability": (i % 100) / 100,
                "made_at": made,
                "recorded_at": made,
            }
            for i in range(1, forecasters + 1)
        ]
        session.execute(insert(Forecast), rows)
        session.execute(
            insert(LatestForecast),
            [{**{k: r[k] for k in LATEST_COLUMNS if k in r}, "forecast_id": r["id"]} for r in rows],
        )
        session.execute(
            insert(Event),
            [{"title": f"E{i}", "occurred_at": made} for i in range(events)],
        )
        ids = list(session.scalars(select(Event.id)))
    return question.id, ids


def _written(db: Database, qid: int, note: str) -> tuple[int, int, int, str]:
    """How much of the resolution is in the database: rows, links, audit entries, status."""
    with db.transaction(write=False) as session:
        found = session.scalars(select(Resolution.id).where(Resolution.note == note)).all()
        links = session.scalar(select(func.count()).select_from(ResolutionEvent)) or 0
        question = session.get(Question, qid)
        assert question is not None
        status = question.status
    return len(found), links, audit_counts(db).get("resolution.create", 0), status


def test_sigkill_mid_resolution_leaves_all_or_nothing(db: Database, tmp_path: Path) -> None:
    keys = make_keys(db)
    forecasters = 10_000 if db.dialect == "sqlite" else 2_000
    qid, event_ids = _big_question(db, forecasters=forecasters, events=100)
    note = "big-resolution " + "n" * 19_000
    body = {"outcome": "yes", "event_ids": event_ids, "note": note}
    headers = {**keys.r, "Idempotency-Key": "kill-me"}

    def send(client: httpx.Client) -> httpx.Response:
        return client.post(f"/v1/questions/{qid}/resolution", json=body, headers=headers)

    nothing = (0, 0, 0, "open")
    everything = (1, len(event_ids), 1, "resolved")
    server = _server(db, tmp_path, "ft_kill").start()
    try:
        outcome = served.kill_mid_write(server, send)
        assert outcome.response is None, outcome.response
        after_kill = _written(db, qid, note)
        assert after_kill in (nothing, everything)
        if db.dialect == "postgresql":
            # Stalled before commit with every row written: the kill must undo all of it.
            assert after_kill == nothing
        assert problems(db) == []

        server.start()
        with server.client() as client:
            retry = send(client)
            assert retry.status_code == 201, retry.text
            assert (retry.headers.get("idempotent-replayed") == "true") == (
                after_kill == everything
            )
            again = send(client)
            assert again.headers["idempotent-replayed"] == "true"
            assert again.json() == retry.json()
            later = client.post(
                "/v1/events", json={"title": "after", "occurred_at": "2019-03-01"}, headers=keys.r
            )
            assert later.status_code == 201
    finally:
        server.stop()
    assert _written(db, qid, note) == everything
    assert problems(db) == []


def _import_body(questions: int, per_question: int) -> dict[str, Any]:
    return {
        "questions": [
            {
                "external_id": f"kill:{i}",
                "title": f"Imported question {i}",
                "resolve_by": "2020-06-30",
                "tags": ["bulk"],
                "forecasts": [
                    {
                        "forecaster": f"Analyst {j}",
                        "probability": round((i * 7 + j) % 100 / 100, 2),
                        "made_at": "2020-01-15T12:00:00Z",
                    }
                    for j in range(per_question)
                ],
                "resolution": {"outcome": "yes" if i % 2 else "no", "resolved_at": "2020-06-30"},
            }
            for i in range(questions)
        ]
    }


def _imported(db: Database) -> tuple[int, int, int, int]:
    """Rows the import wrote: questions, forecasts, resolutions, import audit entries."""
    with db.transaction(write=False) as session:
        questions = session.scalar(select(func.count()).select_from(Question)) or 0
        forecasts = session.scalar(select(func.count()).select_from(Forecast)) or 0
        resolutions = session.scalar(select(func.count()).select_from(Resolution)) or 0
    entries = sum(n for action, n in audit_counts(db).items() if action.endswith(".import"))
    return questions, forecasts, resolutions, entries


def test_sigkill_mid_import_leaves_nothing_half_imported(db: Database, tmp_path: Path) -> None:
    keys = make_keys(db)
    questions, per_question = 400, 50
    body = _import_body(questions, per_question)
    headers = {**keys.a, "Idempotency-Key": "kill-the-import"}

    def send(client: httpx.Client) -> httpx.Response:
        return client.post("/v1/import", json=body, headers=headers, timeout=120)

    server = _server(db, tmp_path, "ft_kill_import").start()
    try:
        outcome = served.kill_mid_write(server, send)
        assert outcome.response is None, outcome.response
        after_kill = _imported(db)
        full = (questions, questions * per_question, questions)
        assert after_kill[:3] in ((0, 0, 0), full)
        if db.dialect == "postgresql":
            # Stalled before commit with every row written: the kill must undo all of it.
            assert after_kill == (0, 0, 0, 0)
        assert problems(db) == []

        server.start()
        with server.client() as client:
            retry = send(client)
            assert retry.status_code == 200, retry.text
            counts = retry.json()
            if after_kill[0] == 0:
                assert counts["forecasts_created"] == questions * per_question
            # Repeating the whole file, even under a new key, changes nothing.
            again = client.post("/v1/import", json=body, headers=keys.a, timeout=120)
            assert again.status_code == 200, again.text
            assert again.json()["forecasts_created"] == 0
            assert again.json()["questions_created"] == 0
    finally:
        server.stop()
    done = _imported(db)
    assert done[:3] == (questions, questions * per_question, questions)
    assert problems(db) == []
