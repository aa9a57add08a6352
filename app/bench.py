"""Benchmark: bulk import throughput and score latency over HTTP, on data it makes itself.

    forecast-tracker bench --database-url postgresql+psycopg://postgres@127.0.0.1/ft_bench
    python -m app.bench ...                       (the same command)

It wipes and migrates the given database, generates realistic resolved forecasts
(probabilities on a 0.01 or 0.001 grid, several per forecaster and question so that later
ones supersede earlier ones, tags, publishers, phrases), starts a real uvicorn server on a
free loopback port, imports everything through POST /v1/import in batches, then times
GET /v1/scores. Nothing here is a test: it prints figures for the README.
"""

from __future__ import annotations

import json
import math
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import click
import httpx

TOPICS = [
    "elections", "economy", "conflict", "china", "europe", "energy", "health", "technology",
    "climate", "markets", "africa", "latam", "russia", "middle east", "trade", "space",
    "science", "sport", "law", "culture",
]  # fmt: skip
PHRASES = [
    (0.1, "remote chance"),
    (0.4, "unlikely"),
    (0.6, "roughly even chance"),
    (0.9, "likely"),
    (1.01, "almost certain"),
]
START = datetime(2019, 1, 1, tzinfo=UTC)
SPAN_DAYS = 5 * 365


@dataclass(frozen=True)
class Persona:
    name: str
    noise: float
    grid: int
    publisher: str | None


def _phrase(p: float) -> str:
    return next(words for bound, words in PHRASES if p < bound)


def _iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def generate(
    forecasts: int, forecasters: int, seed: int = 1, max_updates: int = 3
) -> list[dict[str, Any]]:
    """Import items holding exactly `forecasts` forecasts, all on resolved questions.

    Each forecaster makes 1 to `max_updates` forecasts per question; with 1, every
    forecast is a counted one.
    """
    rng = random.Random(seed)
    outlets = [f"Outlet {i}" for i in range(50)]
    people = [
        Persona(
            name=f"Forecaster {i:04d}",
            noise=rng.uniform(0.3, 1.6),
            grid=1000 if rng.random() < 0.25 else 100,
            publisher=rng.choice(outlets) if rng.random() < 0.3 else None,
        )
        for i in range(forecasters)
    ]
    per_question = min(forecasters, 100)
    items: list[dict[str, Any]] = []
    made = 0
    while made < forecasts:
        opened = START + timedelta(days=rng.uniform(0, SPAN_DAYS))
        resolve_by = (opened + timedelta(days=rng.uniform(30, 365))).date()
        known = datetime(resolve_by.year, resolve_by.month, resolve_by.day, 12, tzinfo=UTC)
        truth = rng.betavariate(0.7, 0.7)
        logit = math.log(max(truth, 1e-6) / max(1 - truth, 1e-6))
        rows: list[dict[str, Any]] = []
        for who in rng.sample(people, per_question):
            times = sorted(
                opened + (known - opened) * rng.random() for _ in range(rng.randint(1, max_updates))
            )
            for k, at in enumerate(times):
                # Later forecasts know more: the noise shrinks as the question ages.
                noise = who.noise * (1.0 - 0.5 * k / max(3, max_updates))
                p = 1 / (1 + math.exp(-(logit * 0.6 + rng.gauss(0, noise))))
                p = min(1.0, max(0.0, round(p * who.grid) / who.grid))
                row: dict[str, Any] = {
                    "forecaster": who.name,
                    "probability": p,
                    "made_at": _iso(min(at, known - timedelta(hours=1))),
                }
                if who.publisher:
                    row["publisher"] = who.publisher
                if rng.random() < 0.05:
                    row["phrase"] = _phrase(p)
                rows.append(row)
        rows = rows[: forecasts - made]
        made += len(rows)
        items.append(
            {
                "external_id": f"bench:{len(items)}",
                "title": f"Benchmark question {len(items)}",
                "resolve_by": resolve_by.isoformat(),
                "tags": rng.sample(TOPICS, rng.randint(1, 3)),
                "forecasts": rows,
                "resolution": {
                    "outcome": "yes" if rng.random() < truth else "no",
                    "resolved_at": _iso(known),
                },
            }
        )
    return items


def batches(items: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    """Whole questions per batch, about `size` forecasts each."""
    batch: list[dict[str, Any]] = []
    held = 0
    for item in items:
        batch.append(item)
        held += len(item["forecasts"])
        if held >= size:
            yield batch
            batch, held = [], 0
    if batch:
        yield batch


def wipe_and_migrate(url: str) -> str:
    """Empty the database, bring it to head and return a new admin key."""
    from app.auth.service import create_key
    from app.db import Database
    from app.migrate import upgrade, wipe_postgres

    wipe_postgres(url)
    upgrade(url)
    db = Database(url)
    try:
        with db.transaction() as session:
            return create_key(session, "bench", "admin")[1]
    finally:
        db.dispose()


def vacuum(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("VACUUM (ANALYZE)"))
    engine.dispose()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """`forecast-tracker serve` in a child process, stopped on exit."""

    def __init__(self, url: str, workers: int) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "FORECAST_DATABASE_URL": url, "FORECAST_LOG_LEVEL": "warning"}
        command = [sys.executable, "-m", "app.cli", "serve", "--no-migrate"]
        command += ["--port", str(self.port), "--workers", str(workers)]
        self.process = subprocess.Popen(command, env=env)

    def __enter__(self) -> Server:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.base}/healthz", timeout=2).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            if self.process.poll() is not None:
                raise click.ClickException("the server exited during start-up")
            time.sleep(0.2)
        self.stop()
        raise click.ClickException("the server did not start within 60 s")

    def __exit__(self, *_: object) -> None:
        self.stop()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _stat(pid: int) -> list[str]:
    try:
        with open(f"/proc/{pid}/stat") as f:
            # Fields after the command name, which may itself hold spaces: [0] is field 3.
            return f.read().rsplit(")", 1)[1].split()
    except OSError:
        return []


def cpu_seconds(pid: int) -> float:
    """User + system CPU a process and its children (live or waited for) have used so far."""
    fields = _stat(pid)
    if not fields:
        return 0.0
    # utime, stime, cutime, cstime are fields 14-17 of stat(5).
    ticks = sum(int(x) for x in fields[11:15])
    children = [
        int(entry)
        for entry in os.listdir("/proc")
        if entry.isdigit() and _parent(int(entry)) == pid
    ]
    return ticks / os.sysconf("SC_CLK_TCK") + sum(cpu_seconds(child) for child in children)


def _parent(pid: int) -> int | None:
    fields = _stat(pid)
    return int(fields[1]) if fields else None


def backend_pids(url: str) -> list[int]:
    """The PostgreSQL server processes serving the benchmark database (not this one)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT pid FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        )
        pids = [int(pid) for (pid,) in rows]
    engine.dispose()
    return pids


def timed(call: Callable[[], httpx.Response], repeat: int) -> list[float]:
    """Milliseconds per call, after one untimed warm-up call."""
    call().raise_for_status()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call().raise_for_status()
        times.append((time.perf_counter() - start) * 1000)
    return times


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]


def machine() -> str:
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"{os.cpu_count()} cores, {model}; load average {load}"


@click.command("bench")
@click.option(
    "--database-url",
    envvar="FORECAST_BENCH_DATABASE_URL",
    required=True,
    help="A PostgreSQL database to WIPE and fill (env FORECAST_BENCH_DATABASE_URL).",
)
@click.option("--forecasts", default=1_000_000, show_default=True, type=click.IntRange(1))
@click.option("--forecasters", default=1_000, show_default=True, type=click.IntRange(2))
@click.option("--batch", default=50_000, show_default=True, help="Forecasts per import request.")
@click.option("--repeat", default=30, show_default=True, help="Timed calls per score query.")
@click.option("--workers", default=2, show_default=True, help="Server processes.")
@click.option("--clients", default=2, show_default=True, help="Import requests in flight at once.")
@click.option("--seed", default=1, show_default=True)
@click.option(
    "--max-updates",
    default=3,
    show_default=True,
    type=click.IntRange(1),
    help="Forecasts per forecaster per question, at most; 1 makes every forecast count.",
)
@click.option("--json-out", type=click.Path(dir_okay=False), help="Also write figures here.")
def bench(
    database_url: str,
    forecasts: int,
    forecasters: int,
    batch: int,
    repeat: int,
    workers: int,
    clients: int,
    seed: int,
    max_updates: int,
    json_out: str | None,
) -> None:
    """Measure import throughput and score latency (wipes --database-url first)."""
    if not database_url.startswith("postgresql"):
        raise click.UsageError("the benchmark targets PostgreSQL")
    figures: dict[str, Any] = {"machine": machine(), "forecasts": forecasts}
    click.echo(f"machine: {figures['machine']}")
    key = wipe_and_migrate(database_url)
    started = time.perf_counter()
    items = generate(forecasts, forecasters, seed, max_updates)
    bodies = [
        (sum(len(i["forecasts"]) for i in chunk), json.dumps({"questions": chunk}).encode())
        for chunk in batches(items, batch)
    ]
    click.echo(
        f"generated {forecasts:,} forecasts on {len(items):,} questions by {forecasters:,} "
        f"forecasters in {time.perf_counter() - started:.1f} s; {len(bodies)} requests"
    )
    headers = {"Authorization": f"Bearer {key}", "content-type": "application/json"}
    with Server(database_url, workers) as server, httpx.Client(base_url=server.base) as http:

        def post(job: tuple[int, bytes]) -> float:
            n, body = job
            t0 = time.perf_counter()
            res = http.post("/v1/import", content=body, headers=headers, timeout=600)
            if res.status_code != 200:
                raise click.ClickException(f"import failed: {res.status_code} {res.text[:500]}")
            return n / (time.perf_counter() - t0)

        server_cpu = cpu_seconds(server.process.pid)
        started = time.perf_counter()
        # The first request creates every forecaster; the rest can then run side by side.
        rates = [post(bodies[0])]
        with ThreadPoolExecutor(clients) as pool:
            rates += list(pool.map(post, bodies[1:]))
        elapsed = time.perf_counter() - started
        # CPU actually spent, which other load on the machine does not inflate the way it
        # inflates wall time. The server's connections are pooled and outlive the import;
        # the database sessions that served it are counted whole (they did nothing else).
        app_cpu = cpu_seconds(server.process.pid) - server_cpu
        db_cpu = sum(cpu_seconds(pid) for pid in backend_pids(database_url))
        figures["import_cpu_s"] = {"server": app_cpu, "postgresql": db_cpu}
        figures["import_per_s"] = forecasts / elapsed
        figures["import_batch_median_per_s"] = statistics.median(rates)
        click.echo(
            f"POST /v1/import: {forecasts:,} forecasts in {elapsed:.1f} s = "
            f"{figures['import_per_s']:,.0f} forecasts/s ({batch:,} per request, {clients} "
            f"in flight, {workers} server processes; median single request "
            f"{figures['import_batch_median_per_s']:,.0f}/s)"
        )
        click.echo(
            f"  CPU used by the import: server {app_cpu:.1f} s, PostgreSQL {db_cpu:.1f} s = "
            f"{forecasts / (app_cpu + db_cpu):,.0f} forecasts per CPU-second"
        )
        vacuum(database_url)
        queries = {
            "unfiltered": ({}, repeat),
            "group_by=forecaster": ({"group_by": "forecaster"}, repeat),
            "tag=economy": ({"tag": "economy"}, max(5, repeat // 3)),
            "group_by=tag": ({"group_by": "tag"}, max(5, repeat // 3)),
            "group_by=quarter": ({"group_by": "quarter"}, max(5, repeat // 3)),
            "aggregate=median": ({"aggregate": "median"}, max(5, repeat // 3)),
            "verified_only": ({"verified_only": "true"}, max(3, repeat // 10)),
        }
        first = http.get("/v1/scores", timeout=60).json()
        click.echo(f"scored n={first['n']:,} counted forecasts, brier={first['brier']:.4f}")
        for label, (params, times) in queries.items():

            def call(params: dict[str, str] = params) -> httpx.Response:
                return http.get("/v1/scores", params=params, timeout=120)

            ms = timed(call, times)
            figures[f"scores {label}"] = {
                "median_ms": statistics.median(ms),
                "p95_ms": p95(ms),
                "calls": times,
            }
            click.echo(
                f"GET /v1/scores {label:<22} median {statistics.median(ms):7.1f} ms, "
                f"p95 {p95(ms):7.1f} ms ({times} calls)"
            )
    figures["machine_after"] = machine()
    click.echo(f"machine after: {figures['machine_after']}")
    if json_out:
        with open(json_out, "w") as f:
            json.dump(figures, f, indent=2)


if __name__ == "__main__":
    bench()
