"""Fixtures for the dashboard: the demo data set loaded on each backend."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.dashboard.demo import load
from app.db import Database
from app.main import create_app
from tests.conftest import BACKENDS, truncate_all

ORIGIN = {"Origin": "http://testserver"}
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@dataclass(frozen=True)
class Seeded:
    db: Database
    client: TestClient
    key: str


def _seed(db: Database) -> str:
    with db.transaction() as session:
        loaded = load(session)
    assert loaded.key is not None
    return loaded.key


@pytest.fixture(scope="module", params=BACKENDS)
def seeded(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Seeded]:
    """The demo on one backend, shared by a module's read-only tests."""
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path_factory.mktemp("seeded") / "demo.db"
        shutil.copy(template, path)
        db = Database(f"sqlite:///{path}")
    else:
        db = Database(request.getfixturevalue("postgres_url"))
        truncate_all(db)
    key = _seed(db)
    app = create_app(Settings(database_url=db.url), db)
    with TestClient(app) as client:
        yield Seeded(db, client, key)
    db.dispose()


@pytest.fixture
def demo(database: Database) -> str:
    """The demo in this test's own database; returns the demo admin key."""
    return _seed(database)


def sign_in(client: TestClient, key: str) -> None:
    res = client.post(
        "/login", data={"key": key, "next": "/"}, headers=ORIGIN, follow_redirects=False
    )
    assert res.status_code == 303, res.text


def csrf_of(client: TestClient, path: str = "/") -> str:
    match = CSRF.search(client.get(path).text)
    assert match is not None, "no CSRF token on the page: not signed in?"
    return match.group(1)
