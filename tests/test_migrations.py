"""The schema comes only from Alembic, and the models never drift from it."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

import app.models  # noqa: F401
from app.db import Base, Database
from app.migrate import alembic_config


def test_models_match_migrations(database: Database) -> None:
    with database.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_database_is_at_the_single_head(database: Database) -> None:
    heads = ScriptDirectory.from_config(alembic_config(database.url)).get_heads()
    assert len(heads) == 1
    with database.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_heads() == tuple(heads)
