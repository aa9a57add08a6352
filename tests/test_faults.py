"""Database faults: an outage is a clean 503 and heals by itself; a lock timeout is a 503."""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import make_url

from app.audit.service import CHAIN_LOCK
from app.config import Settings
from app.db import Database
from app.main import create_app
from tests import served
from tests.conftest import count, truncate_all
from tests.helpers import assert_problem, make_keys, new_question
from tests.invariants import problems
from tests.proxy import Proxy

QUESTION = {"title": "Up or down?", "resolve_by": "2030-01-01"}
APP_NAME = "ft_outage"


def _unavailable(res: Any) -> None:
    assert_problem(res, 503)
    assert res.headers["retry-after"] == "1"


@pytest.fixture
def proxy(postgres_url: str) -> Iterator[Proxy]:
    url = make_url(postgres_url)
    proxy = Proxy(url.host or "127.0.0.1", url.port or 5432)
    yield proxy
    proxy.cut()


@pytest.fixture
def proxied(postgres_url: str, proxy: Proxy) -> Iterator[Database]:
    direct = Database(postgres_url)
    truncate_all(direct)
    direct.dispose()
    url = make_url(postgres_url).set(
        host="127.0.0.1", port=proxy.port, query={"application_name": APP_NAME}
    )
    settings = Settings(database_url=url.render_as_string(False), db_connect_timeout_seconds=2)
    db = Database(settings.database_url, settings)
    yield db
    db.dispose()


@pytest.fixture
def outage_client(proxied: Database) -> Iterator[TestClient]:
    settings = Settings(database_url=proxied.url, db_connect_timeout_seconds=2)
    with TestClient(create_app(settings, proxied)) as client:
        yield client


@pytest.mark.postgres
def test_outage_is_503_and_heals_without_restart(
    outage_client: TestClient, proxied: Database, proxy: Proxy, postgres_url: str
) -> None:
    client = outage_client
    keys = make_keys(proxied)
    assert client.post("/v1/questions", json=QUESTION, headers=keys.w).status_code == 201
    assert client.get("/v1/questions").status_code == 200

    proxy.cut()
    _unavailable(client.post("/v1/questions", json=QUESTION, headers=keys.w))
    _unavailable(client.get("/v1/questions"))
    _unavailable(client.get("/v1/questions/1"))
    _unavailable(client.get("/healthz"))
    retried = {**keys.w, "Idempotency-Key": "during-outage"}
    _unavailable(client.post("/v1/questions", json=QUESTION, headers=retried))

    proxy.restore()
    assert client.get("/healthz").status_code == 200
    after = client.post("/v1/questions", json=QUESTION, headers=retried)
    assert after.status_code == 201
    assert "idempotent-replayed" not in after.headers
    assert client.get("/v1/questions").json()["total"] == 2
    direct = Database(postgres_url)
    try:
        assert count(direct, "questions") == 2
        assert problems(direct) == []
    finally:
        direct.dispose()


@pytest.mark.postgres
def test_connections_dropped_mid_transaction_undo_the_write(
    outage_client: TestClient, proxied: Database, proxy: Proxy, postgres_url: str
) -> None:
    client = outage_client
    keys = make_keys(proxied)
    q = new_question(client, keys)
    answers: list[Any] = []

    def resolve() -> None:
        answers.append(
            client.post(
                f"/v1/questions/{q['id']}/resolution",
                json={"outcome": "yes", "note": "cut off"},
                headers=keys.r,
            )
        )

    # Held here, the audit chain lock stalls the write after its rows, before its commit.
    with served.advisory_lock(postgres_url, CHAIN_LOCK):
        writer = threading.Thread(target=resolve)
        writer.start()
        deadline = time.monotonic() + 30
        while not served.pg_waiting_on_advisory_lock(postgres_url, APP_NAME):
            assert time.monotonic() < deadline, "the write never reached the chain lock"
            time.sleep(0.01)
        proxy.cut()
        writer.join(timeout=30)
    _unavailable(answers[0])
    proxy.restore()
    deadline = time.monotonic() + 30
    while served.pg_connections(postgres_url, APP_NAME) > 0:
        assert time.monotonic() < deadline
        time.sleep(0.05)

    direct = Database(postgres_url)
    try:
        assert count(direct, "resolutions") == 0
        assert problems(direct) == []
        # The pool threw away its dead connections: the very next request works.
        again = client.post(
            f"/v1/questions/{q['id']}/resolution", json={"outcome": "yes"}, headers=keys.r
        )
        assert again.status_code == 201, again.text
        assert count(direct, "resolutions") == 1
    finally:
        direct.dispose()


def test_sqlite_lock_timeout_is_503(sqlite_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    shutil.copy(sqlite_template, path)
    settings = Settings(database_url=f"sqlite:///{path}", sqlite_busy_timeout_ms=200)
    db = Database(settings.database_url, settings)
    keys = make_keys(db)
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        with TestClient(create_app(settings, db)) as client:
            holder.execute("BEGIN IMMEDIATE")
            _unavailable(client.post("/v1/questions", json=QUESTION, headers=keys.w))
            with_key = {**keys.w, "Idempotency-Key": "locked"}
            _unavailable(client.post("/v1/questions", json=QUESTION, headers=with_key))
            # Reads do not wait for writers in WAL mode.
            assert client.get("/v1/questions").status_code == 200
            holder.execute("ROLLBACK")
            assert client.post("/v1/questions", json=QUESTION, headers=with_key).status_code == 201
    finally:
        holder.close()
        db.dispose()
    assert count(Database(settings.database_url), "questions") == 1
