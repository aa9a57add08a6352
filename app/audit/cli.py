"""``forecast-tracker audit ...``: check the record against its chain."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click
from alembic.runtime.migration import MigrationContext

from app.config import get_settings
from app.db import Database, snapshot
from app.migrate import heads

if TYPE_CHECKING:
    from app.audit.verify import Report

database_url = click.option(
    "--database-url", metavar="URL", help="Database to use; defaults to FORECAST_DATABASE_URL."
)


def open_current(url: str | None) -> Database:
    """Open a database whose schema is at head, without changing anything in it."""
    url = url or get_settings().database_url
    db = Database(url)
    with db.engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_heads()
    expected = heads(url)
    if set(current) != set(expected):
        db.dispose()
        raise click.ClickException(
            f"the database schema is at {', '.join(current) or 'nothing'}, not at "
            f"{', '.join(expected)}; run `forecast-tracker migrate` first"
        )
    return db


@click.group()
def audit() -> None:
    """Verify the record against the audit chain, or print the chain's head."""


@audit.command("verify")
@database_url
@click.option(
    "--max-problems", default=20, show_default=True, type=click.IntRange(1), help="Problems listed."
)
def verify_command(database_url: str | None, max_problems: int) -> None:
    """Recompute the chain and check every row against it; exit 1 on any problem."""
    from app.audit.verify import verify

    db = open_current(database_url)
    try:
        with snapshot(db) as session:
            report = verify(session, max_problems=max_problems)
    finally:
        db.dispose()
    click.echo(summary(report))
    if not report.ok:
        sys.exit(1)


def summary(report: Report) -> str:
    lines = []
    if report.head is None:
        lines.append("audit chain: empty")
    else:
        head_id, head_hash = report.head
        lines.append(f"audit chain: {report.entries} entries, head {head_id} {head_hash}")
    rows = ", ".join(f"{entity} {n}" for entity, n in report.rows.items())
    lines.append(f"rows checked: {rows}")
    lines.append(
        f"questions checked against their latest resolution: {report.questions}; "
        f"counted forecasts compared with a rebuild: {report.counted}"
    )
    if report.unverifiable:
        skipped = ", ".join(f"{entity} {n}" for entity, n in report.unverifiable.items())
        lines.append(
            "not checkable (batch entries some of whose rows were re-audited later): " + skipped
        )
    if report.ok:
        lines.append(f"OK: the record matches the audit chain ({report.seconds:.1f} s)")
        return "\n".join(lines)
    first, *rest = report.problems
    lines.append(f"FAILED: {report.problem_count} problem(s) ({report.seconds:.1f} s); the first:")
    lines.append(f"  {first}")
    if rest:
        lines.append("then:")
        lines.extend(f"  {p}" for p in rest)
    if report.problem_count > len(report.problems):
        lines.append(f"  … and {report.problem_count - len(report.problems)} more")
    return "\n".join(lines)


@audit.command("head")
@database_url
def head_command(database_url: str | None) -> None:
    """Print the newest entry's id and hash, to publish or store elsewhere as an anchor."""
    from app.audit.service import head

    db = open_current(database_url)
    try:
        with snapshot(db) as session:
            entry = head(session)
            if entry is None:
                raise click.ClickException("the audit chain is empty")
            click.echo(f"{entry.id} {entry.hash} {entry.at.isoformat()}")
    finally:
        db.dispose()
