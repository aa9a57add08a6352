"""Run the Alembic migrations from code, with or without alembic.ini."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection
from sqlalchemy.orm import Session

import migrations
from app.config import get_settings
from app.db import Database


def alembic_config(url: str, connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(migrations.__file__).parent))
    cfg.attributes["url"] = url
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def upgrade(url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(url), revision)


def wipe_postgres(url: str) -> None:
    """Drop everything in a PostgreSQL database (for tests and benchmarks that own it)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()


def heads(url: str) -> tuple[str, ...]:
    return tuple(ScriptDirectory.from_config(alembic_config(url)).get_heads())


@contextmanager
def migrated_session(url: str | None = None) -> Iterator[Session]:
    """For command-line tools: bring the database to head, then one committed transaction."""
    settings = get_settings()
    url = url or settings.database_url
    upgrade(url)
    db = Database(url, settings)
    try:
        with db.transaction() as session:
            yield session
    finally:
        db.dispose()
