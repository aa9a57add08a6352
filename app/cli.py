"""The ``forecast-tracker`` command."""

from __future__ import annotations

import sys

import click

from app.audit.cli import audit
from app.backup.cli import export_command, restore_command
from app.bench import bench
from app.config import get_settings
from app.dashboard.demo import demo
from app.documents.cli import extract, ingest
from app.imports.cli import import_file, import_forecastbench
from app.migrate import migrated_session


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="forecast-tracker")
def main() -> None:
    """Track, resolve and score forecasts."""


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64))
@click.option("--no-migrate", is_flag=True, help="Do not create or upgrade the database first.")
def serve(host: str, port: int, workers: int, no_migrate: bool) -> None:
    """Create or upgrade the database, then serve the API."""
    import uvicorn

    from app.migrate import upgrade

    settings = get_settings()
    if not no_migrate:
        upgrade(settings.database_url)
    click.echo(f"database: {_redact(settings.database_url)}", err=True)
    uvicorn.run(
        "app.main:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level=settings.log_level,
    )


@main.command()
def migrate() -> None:
    """Create or upgrade the database schema and exit."""
    from app.migrate import upgrade

    url = get_settings().database_url
    upgrade(url)
    click.echo(f"database at head: {_redact(url)}")


@main.group()
def keys() -> None:
    """Manage API keys."""


@keys.command("create")
@click.option("--name", required=True, help="Who or what the key is for.")
@click.option(
    "--scopes",
    required=True,
    help="Comma-separated: forecasts:write, outcomes:write, admin.",
)
def keys_create(name: str, scopes: str) -> None:
    """Create a key and print it once; only its hash is stored."""
    from app.audit.service import record
    from app.auth.service import SYSTEM, create_key
    from app.errors import DomainError

    with migrated_session() as session:
        try:
            key, secret = create_key(session, name, scopes)
        except DomainError as exc:
            raise click.UsageError(exc.detail) from None
        record(session, SYSTEM, "key.create", key)
    click.echo(secret)
    click.echo(
        f"key {key.id} ({key.name}) scopes {key.scopes}; store it now, it is not shown again",
        err=True,
    )


@keys.command("list")
def keys_list() -> None:
    """List keys (never their secrets)."""
    from app.auth.service import list_keys

    with migrated_session() as session:
        rows, _ = list_keys(session, 10_000, 0)
    for k in rows:
        state = f"revoked {k.revoked_at:%Y-%m-%d}" if k.revoked_at else "active"
        click.echo(f"{k.id}\t{k.name}\tft_{k.prefix}_…\t{k.scopes}\t{state}")


@keys.command("revoke")
@click.argument("key_id", type=int)
def keys_revoke(key_id: int) -> None:
    """Revoke a key at once, in every server process."""
    from app.audit.service import record
    from app.auth.service import SYSTEM, revoke_key
    from app.errors import DomainError

    with migrated_session() as session:
        try:
            key = revoke_key(session, key_id)
        except DomainError as exc:
            raise click.ClickException(exc.detail) from None
        record(session, SYSTEM, "key.revoke", key)
    click.echo(f"revoked key {key_id}")


def _redact(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


# Commands that belong to a feature live in its package; this file only registers them.
for command in (
    extract,
    ingest,
    import_file,
    import_forecastbench,
    audit,
    export_command,
    restore_command,
    bench,
    demo,
):
    main.add_command(command)


if __name__ == "__main__":
    sys.exit(main())
