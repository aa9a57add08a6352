"""`forecast-tracker import` and `import-forecastbench`: send import files to a service."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import click
import httpx
from click._termui_impl import ProgressBar

COUNTS = (
    "questions_created",
    "questions_existing",
    "forecasts_created",
    "forecasts_skipped",
    "resolutions_created",
    "resolutions_skipped",
)
# Stay well inside the default request limits whatever --batch says.
MAX_FORECASTS_PER_REQUEST = 50_000


def batches(
    items: Sequence[dict[str, Any]], size: int
) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    """(index of the first item, items) chunks of at most `size` questions."""
    start = 0
    while start < len(items):
        chunk: list[dict[str, Any]] = []
        held = 0
        for item in items[start : start + size]:
            held += len(item.get("forecasts") or [])
            if chunk and held > MAX_FORECASTS_PER_REQUEST:
                break
            chunk.append(item)
        yield start, chunk
        start += len(chunk)


def _problem(res: httpx.Response, first: int, last: int) -> str:
    where = f"questions {first}-{last} of the file"
    try:
        body = res.json()
    except ValueError:
        return f"{where}: HTTP {res.status_code}: {res.text[:300]}"
    detail = body.get("detail", res.text[:300])
    if isinstance(body.get("index"), int):
        where = f"question {first + body['index']} of the file"
    return f"{where}: {body.get('title', 'error')} ({res.status_code}): {detail}"


def _post(client: httpx.Client, body: bytes, attempts: int = 4) -> httpx.Response:
    """POST one batch, retrying what a retry can fix: a busy or briefly unreachable server.

    Safe because an import is idempotent and all-or-nothing.
    """
    for attempt in range(attempts):
        try:
            res = client.post("/v1/import", content=body)
        except httpx.TransportError:
            if attempt == attempts - 1:
                raise
        else:
            if res.status_code not in (409, 503) or attempt == attempts - 1:
                return res
        time.sleep(2**attempt)
    raise AssertionError("unreachable")


def send(items: Sequence[dict[str, Any]], url: str, key: str, batch: int) -> dict[str, int]:
    """Import `items` in batches with a progress bar; return the summed counts."""
    totals = dict.fromkeys(COUNTS, 0)
    headers = {"Authorization": f"Bearer {key}", "content-type": "application/json"}
    forecasts = sum(len(i.get("forecasts") or []) for i in items)
    bar: ProgressBar[int] = click.progressbar(
        length=len(items) + forecasts,
        label=f"importing {len(items):,} questions, {forecasts:,} forecasts",
        file=sys.stderr,
    )
    with httpx.Client(base_url=url.rstrip("/"), headers=headers, timeout=600) as client, bar:
        for first, chunk in batches(items, batch):
            body = json.dumps({"questions": chunk}).encode()
            try:
                res = _post(client, body)
            except httpx.TransportError as exc:
                raise click.ClickException(f"cannot reach {url}: {exc}") from None
            if res.status_code != 200:
                raise click.ClickException(_problem(res, first, first + len(chunk) - 1))
            for name, value in res.json().items():
                if name in totals:
                    totals[name] += int(value)
            bar.update(len(chunk) + sum(len(i.get("forecasts") or []) for i in chunk))
    return totals


def _report(totals: dict[str, int]) -> None:
    click.echo(
        f"questions: {totals['questions_created']:,} created, "
        f"{totals['questions_existing']:,} already there; "
        f"forecasts: {totals['forecasts_created']:,} created, "
        f"{totals['forecasts_skipped']:,} skipped; "
        f"resolutions: {totals['resolutions_created']:,} created, "
        f"{totals['resolutions_skipped']:,} skipped"
    )


def _items_of(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise click.ClickException(f"cannot read {path}: {exc}") from None
    items = data.get("questions") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise click.ClickException(f'{path} must hold {{"questions": [...]}} or a list')
    return items


def _is_export_file(path: Path) -> bool:
    # An export names its format first, so a peek at the head tells the two apart
    # without reading a large file.
    from app.backup.service import FORMAT

    with path.open(encoding="utf-8", errors="replace") as fh:
        head = fh.read(512)
    return f'"format": "{FORMAT}"' in head or f'"format":"{FORMAT}"' in head


@click.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--url", envvar="FORECAST_URL", help="The service, e.g. http://127.0.0.1:8000")
@click.option("--key", envvar="FORECAST_KEY", help="An API key with the admin scope.")
@click.option(
    "--batch", default=500, show_default=True, type=click.IntRange(1), help="Questions per request."
)
@click.option(
    "--database-url",
    help="For an export file: the empty database to restore into (default: the configured one).",
)
@click.pass_context
def import_file(
    ctx: click.Context,
    file: Path,
    url: str | None,
    key: str | None,
    batch: int,
    database_url: str | None,
) -> None:
    """Load FILE: an import file is sent to a running service, an export is restored.

    An import file ({"questions": [...]}) goes to --url in batches; each batch is
    all or nothing and the import is idempotent, so a failed or interrupted run can
    simply be repeated. A file written by `forecast-tracker export` is restored into
    an empty local database instead (the same as `forecast-tracker restore`).
    """
    if _is_export_file(file):
        from app.backup.cli import restore_command

        ctx.invoke(restore_command, file=str(file), database_url=database_url)
        return
    if not url or not key:
        raise click.UsageError("an import file needs --url and --key (an admin API key)")
    _report(send(_items_of(file), url, key, batch))


@click.command("import-forecastbench")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--url", envvar="FORECAST_URL", help="A running service; else the local database.")
@click.option("--key", envvar="FORECAST_KEY", help="An admin API key (with --url).")
@click.option("--batch", default=500, show_default=True, type=click.IntRange(1))
@click.option(
    "--out", type=click.Path(dir_okay=False, path_type=Path), help="Only write the converted file."
)
def import_forecastbench(
    directory: Path, url: str | None, key: str | None, batch: int, out: Path | None
) -> None:
    """Load a ForecastBench question set (questions.csv, forecasts.csv), then score it.

    Tags each question with its kind (market, dataset) and source, then prints the
    median-consensus Brier per tag and the individual Brier.
    """
    from app.imports.forecastbench import convert

    items = list(convert(directory))
    if out is not None:
        out.write_text(json.dumps({"questions": items}), encoding="utf-8")
        click.echo(f"wrote {len(items)} questions to {out}")
        return
    if url:
        if not key:
            raise click.UsageError("--url needs --key (an API key with the admin scope)")
        _report(send(items, url, key, batch))
        _print_scores(_remote_scores(url))
    else:
        _report(_local_import(items, batch))
        _print_scores(_local_scores())


def _local_import(items: list[dict[str, Any]], batch: int) -> dict[str, int]:
    from app.auth.service import SYSTEM
    from app.config import get_settings
    from app.db import Database
    from app.imports import service
    from app.imports.schemas import ImportRequest
    from app.migrate import upgrade

    settings = get_settings()
    upgrade(settings.database_url)
    db = Database(settings.database_url, settings)
    totals = dict.fromkeys(COUNTS, 0)
    try:
        for _, chunk in batches(items, batch):
            request = ImportRequest.model_validate({"questions": chunk})
            with db.transaction() as session:
                counts = service.run(session, SYSTEM, request.questions)
            for name, value in counts.model_dump().items():
                totals[name] += value
    finally:
        db.dispose()
    return totals


Scores = dict[str, Any]


def _remote_scores(url: str) -> list[tuple[str, Scores]]:
    with httpx.Client(base_url=url.rstrip("/"), timeout=120) as client:

        def get(**params: str) -> Scores:
            res = client.get("/v1/scores", params={**params, "limit": "500"})
            res.raise_for_status()
            body: Scores = res.json()
            return body

        return _views(get)


def _local_scores() -> list[tuple[str, Scores]]:
    from app.config import get_settings
    from app.db import Database
    from app.scores import service
    from app.scores.service import ScoreQuery

    settings = get_settings()
    db = Database(settings.database_url, settings)

    def get(**params: str) -> Scores:
        query = ScoreQuery(aggregate=params.get("aggregate"), group_by=params.get("group_by"))  # type: ignore[arg-type]
        with db.snapshot() as session:
            result = service.scores(session, query, limit=500)
        items = [{**g.report.to_dict(), "key": g.key} for g in result.groups]
        return {**result.overall.to_dict(), "groups": {"items": items}}

    try:
        return _views(get)
    finally:
        db.dispose()


def _views(get: Any) -> list[tuple[str, Scores]]:
    views = [("median consensus, all", get(aggregate="median"))]
    tagged = get(aggregate="median", group_by="tag")["groups"]["items"]
    views += [(f"median consensus, {g['key']}", g) for g in tagged]
    views.append(("individual forecasts, all", get()))
    by_tag = get(group_by="tag")["groups"]["items"]
    views += [(f"individual forecasts, {g['key']}", g) for g in by_tag]
    return views


def _print_scores(views: list[tuple[str, Scores]]) -> None:
    click.echo(f"{'scope':<40} {'n':>6} {'brier':>7} {'log':>7} {'auc':>6}")
    for label, s in views:

        def fmt(value: float | None) -> str:
            return "-" if value is None else f"{value:.4f}"

        click.echo(
            f"{label:<40} {s['n']:>6} {fmt(s['brier']):>7} {fmt(s['log_score']):>7} "
            f"{fmt(s['auc']):>6}"
        )
