"""Engine, sessions and the declarative base shared by every feature's models."""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Engine, MetaData, create_engine, event
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry
from sqlalchemy.types import TypeDecorator

from app.config import Settings, get_settings

# Stable constraint names keep Alembic migrations identical on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC on the Python side on every backend.

    SQLite has no time zones, so values are stored there as naive UTC; naive
    input is refused rather than guessed at.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where an aware one is required")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def _sqlite_ln(x: float | None) -> float | None:
    return None if x is None or x <= 0 else math.log(x)


def _sqlite_sqrt(x: float | None) -> float | None:
    return None if x is None or x < 0 else math.sqrt(x)


def _sqlite_floor(x: float | None) -> int | None:
    return None if x is None else math.floor(x)


class _SqliteMedian:
    """median(x): PostgreSQL's percentile_cont(0.5), which SQLite lacks."""

    def __init__(self) -> None:
        self.values: list[float] = []

    def step(self, value: float | None) -> None:
        if value is not None:
            self.values.append(value)

    def finalize(self) -> float | None:
        return statistics.median(self.values) if self.values else None


def _configure_sqlite(engine: Engine, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: ConnectionPoolEntry) -> None:
        # Autocommit at the driver level so that we issue BEGIN ourselves below.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()
        # Not every SQLite build has the math functions; scoring SQL needs these.
        dbapi_conn.create_function("ln", 1, _sqlite_ln, deterministic=True)
        dbapi_conn.create_function("sqrt", 1, _sqlite_sqrt, deterministic=True)
        dbapi_conn.create_function("floor", 1, _sqlite_floor, deterministic=True)
        dbapi_conn.create_aggregate("median", 1, _SqliteMedian)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the lock up front: a deferred transaction that upgrades
        # from read to write fails at once with "database is locked" instead of
        # waiting out the busy timeout.
        mode = "IMMEDIATE" if conn.get_execution_options().get("sqlite_write") else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str, settings: Settings | None = None) -> Engine:
    settings = settings or get_settings()
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False}, hide_parameters=True)
        _configure_sqlite(engine, settings.sqlite_busy_timeout_ms)
        return engine
    return create_engine(
        url,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        pool_pre_ping=True,
        # Bound values never reach logs or error messages: they may hold client secrets.
        hide_parameters=True,
        connect_args={
            # Dates computed in SQL (quarters, days) must not depend on the server's zone.
            "options": "-c timezone=UTC",
            "connect_timeout": settings.db_connect_timeout_seconds,
        },
    )


class Database:
    """One engine and session factory per application instance."""

    def __init__(self, url: str, settings: Settings | None = None) -> None:
        self.url = url
        self.engine = make_engine(url, settings)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def session(self, *, write: bool = False) -> Session:
        session = self.sessions()
        if write and self.dialect == "sqlite":
            session.connection(execution_options={"sqlite_write": True})
        return session

    @contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[Session]:
        """Yield a session that commits on success and rolls back on any error."""
        session = self.session(write=write)
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def snapshot(self) -> Iterator[Session]:
        """A read-only session whose statements all see one consistent snapshot.

        PostgreSQL's default READ COMMITTED gives each statement its own
        snapshot; REPEATABLE READ pins the first one for the whole transaction.
        A SQLite read transaction already keeps its snapshot (WAL mode).
        """
        session = self.sessions()
        if self.dialect == "postgresql":
            session.connection(
                execution_options={
                    "isolation_level": "REPEATABLE READ",
                    "postgresql_readonly": True,
                }
            )
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
