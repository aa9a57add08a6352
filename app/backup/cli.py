"""``forecast-tracker export`` and ``restore``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from app.audit.cli import database_url, open_current

FILE = click.Path(dir_okay=False, allow_dash=True)


@click.command("export")
@click.argument("file", type=FILE)
@database_url
def export_command(file: str, database_url: str | None) -> None:
    """Write the whole record to FILE as one JSON document ("-": standard output).

    API keys are exported as their hashes; the secrets are never stored anywhere.
    """
    from app.backup.service import export
    from app.db import snapshot

    db = open_current(database_url)
    try:
        with snapshot(db) as session:
            if file == "-":
                summary = export(session, sys.stdout)
            else:
                # Written aside and renamed, so a failed export never looks like a backup.
                partial = Path(f"{file}.partial")
                try:
                    with partial.open("w", encoding="utf-8") as out:
                        summary = export(session, out)
                    partial.replace(file)
                finally:
                    partial.unlink(missing_ok=True)
    finally:
        db.dispose()
    rows = ", ".join(f"{name} {n}" for name, n in summary.counts.items() if n)
    head = f"audit head {summary.head[0]} {summary.head[1]}" if summary.head else "no audit log"
    click.echo(f"exported {rows or 'nothing'}; {head}", err=True)


@click.command("restore")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@database_url
def restore_command(file: str, database_url: str | None) -> None:
    """Load FILE, written by `export`, into an EMPTY database, all or nothing.

    The database is created or migrated first. Ids, times and the audit chain are
    kept as they were; the counted forecasts are rebuilt.
    """
    from sqlalchemy.exc import IntegrityError

    from app.backup.service import restore
    from app.errors import DomainError
    from app.migrate import migrated_session

    try:
        with (
            click.open_file(file, encoding="utf-8") as source,
            migrated_session(database_url) as session,
        ):
            summary = restore(session, source)
    except DomainError as exc:
        raise click.ClickException(f"nothing was restored: {exc.detail}") from None
    except IntegrityError as exc:
        raise click.ClickException(
            f"nothing was restored: the export's rows break the schema's rules: {exc.orig}"
        ) from None
    total = sum(summary.counts.values())
    head = f"audit head {summary.head[0]} {summary.head[1]}" if summary.head else "no audit log"
    click.echo(
        f"restored {total} rows in {len(summary.counts)} tables, rebuilt "
        f"{summary.counted} counted forecasts; {head}. "
        "Check it with `forecast-tracker audit verify`."
    )
