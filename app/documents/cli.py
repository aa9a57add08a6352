"""``forecast-tracker extract`` and ``ingest``: articles from the command line."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import click
import httpx

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def _looks_like_html(raw: str) -> bool:
    head = raw.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def read_article(path: str) -> tuple[str, bool]:
    """Return the file's content and whether it is HTML ('-' reads standard input)."""
    raw = (
        sys.stdin.read()
        if path == "-"
        else Path(path).read_text(encoding="utf-8", errors="replace")
    )
    is_html = Path(path).suffix.lower() in HTML_SUFFIXES or _looks_like_html(raw)
    return raw, is_html


@click.command(
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
    add_help_option=False,
)
@click.pass_context
def extract(ctx: click.Context) -> None:
    """Print the forecasts found in an article (text or HTML); nothing is stored.

    FILE --published YYYY-MM-DD --publisher NAME [--format json|table] [--scale NAME|PATH]
    [--default-horizon-days N] [--backend rules|llm ...]; see --help.
    """
    from app.extraction.cli import main as run

    ctx.exit(run(ctx.args, prog="forecast-tracker extract"))


def _metadata(html: str) -> dict[str, Any]:
    from trafilatura import extract_metadata

    meta: Any = extract_metadata(html)
    if meta is None:
        return {}
    return {"title": meta.title, "author": meta.author, "date": meta.date, "site": meta.sitename}


@click.command()
@click.argument("source")
@click.option("--url", "server", required=True, help="Base URL of the running service.")
@click.option("--key", required=True, envvar="FORECAST_API_KEY", help="API key (forecasts:write).")
@click.option("--publisher", help="Defaults to the page's site name.")
@click.option("--published", type=click.DateTime(["%Y-%m-%d"]), help="Defaults to the page's date.")
@click.option("--title")
@click.option("--author")
@click.option("--scale", default="icd203", show_default=True)
def ingest(
    source: str,
    server: str,
    key: str,
    publisher: str | None,
    published: datetime | None,
    title: str | None,
    author: str | None,
    scale: str,
) -> None:
    """Send an article (a file, or a URL this command fetches) to a running service."""
    page_url: str | None = None
    if source.startswith(("http://", "https://")):
        try:
            fetched = httpx.get(source, follow_redirects=True, timeout=30)
            fetched.raise_for_status()
        except httpx.HTTPError as exc:
            raise click.ClickException(f"could not fetch {source}: {exc}") from None
        raw, is_html, page_url = fetched.text, True, str(fetched.url)
    else:
        raw, is_html = read_article(source)
    meta = _metadata(raw) if is_html else {}
    publisher = publisher or meta.get("site")
    if not publisher:
        raise click.UsageError("--publisher is required (the page names no site)")
    when = published.date() if published else _date(meta.get("date"))
    if when is None:
        raise click.UsageError("--published is required (the page gives no date)")
    body: dict[str, Any] = {
        "publisher": publisher,
        "published_at": datetime.combine(when, time(), UTC).isoformat(),
        "title": title or meta.get("title") or "",
        "author": author or meta.get("author"),
        "url": page_url,
        "scale": scale,
        ("html" if is_html else "text"): raw,
    }
    res = httpx.post(
        f"{server.rstrip('/')}/v1/documents",
        json=body,
        headers={"Authorization": f"Bearer {key}"},
        timeout=120,
    )
    if res.status_code >= 400:
        detail = res.json().get("detail", res.text) if res.content else res.reason_phrase
        raise click.ClickException(f"{res.status_code}: {detail}")
    doc = res.json()
    state = "stored" if res.status_code == 201 else "already stored"
    click.echo(
        f"document {doc['id']} {state}: {len(doc['candidates'])} candidate forecasts "
        f"({doc['candidate_counts']['proposed']} awaiting review)"
    )


def _date(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
