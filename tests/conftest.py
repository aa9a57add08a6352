"""Shared fixtures: a fresh database per test, on SQLite always and PostgreSQL when configured.

Set FORECAST_TEST_DATABASE_URL (postgresql+psycopg://...) to also run every
database test against PostgreSQL. That database is wiped: never point it at
data you want to keep.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from app.audit.service import record
from app.auth.service import SYSTEM, create_key
from app.config import Settings
from app.db import Base, Database
from app.main import create_app
from app.migrate import upgrade, wipe_postgres

PG_URL = os.environ.get("FORECAST_TEST_DATABASE_URL", "")
BACKENDS = ["sqlite", *(["postgresql"] if PG_URL else [])]


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file; each test gets a copy, which is far faster than migrating."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    upgrade(f"sqlite:///{path}")
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def postgres_url() -> str:
    if not PG_URL:
        pytest.skip("FORECAST_TEST_DATABASE_URL is not set")
    # Drop everything so the migrations run from scratch, as on a new server.
    wipe_postgres(PG_URL)
    upgrade(PG_URL)
    return PG_URL


def truncate_all(db: Database) -> None:
    names = ", ".join(t.name for t in Base.metadata.sorted_tables)
    with db.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=BACKENDS)
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path / "test.db"
        shutil.copy(template, path)
        db = Database(f"sqlite:///{path}")
    else:
        db = Database(request.getfixturevalue("postgres_url"))
        truncate_all(db)
    yield db
    db.dispose()


@pytest.fixture
def settings(database: Database) -> Settings:
    return Settings(database_url=database.url)


@pytest.fixture
def app(settings: Settings, database: Database) -> FastAPI:
    return create_app(settings, database)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c


@dataclass(frozen=True)
class Keys:
    admin: str
    writer: str
    resolver: str
    both: str

    @staticmethod
    def header(secret: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {secret}"}

    @property
    def w(self) -> dict[str, str]:
        return self.header(self.writer)

    @property
    def r(self) -> dict[str, str]:
        return self.header(self.resolver)

    @property
    def a(self) -> dict[str, str]:
        return self.header(self.admin)


@pytest.fixture
def keys(database: Database) -> Keys:
    secrets: dict[str, str] = {}
    with database.transaction() as session:
        # Audited like the CLI's keys, so `audit verify` holds on any test's database.
        for name, scopes in (
            ("admin", "admin"),
            ("writer", "forecasts:write"),
            ("resolver", "outcomes:write"),
            ("both", "forecasts:write,outcomes:write"),
        ):
            key, secrets[name] = create_key(session, name, scopes)
            record(session, SYSTEM, "key.create", key)
    return Keys(**secrets)


def count(database: Database, table: str) -> int:
    with database.engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
