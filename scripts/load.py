"""Bounded load run against the real server on PostgreSQL, then a full consistency check.

    .venv/bin/python -m scripts.load [--database-url URL] [--clients 32] [--requests 6000]
                                     [--seconds 120] [--workers 2]

It WIPES the database it is given (default ft_hardening_load on 127.0.0.1), migrates
it, starts ``forecast-tracker serve --workers N`` on a free loopback port, and runs
async clients through a mix of question, forecast, event and resolution writes
(resolvers racing on a few hot questions, retried duplicates with one
Idempotency-Key) and score reads. It stops after --requests or --seconds,
whichever comes first, then checks that every acknowledged write is stored
exactly once with the acknowledged content and that the database invariants
hold, and prints throughput and p50/p99 latency per operation.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from app.auth.service import create_key
from app.db import Database
from app.forecasts.models import Forecast
from app.migrate import upgrade, wipe_postgres
from app.outcomes.models import Event, Resolution
from app.questions.models import Question
from tests.invariants import audit_counts, problems
from tests.served import Server

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/ft_hardening_load"
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
HOT_QUESTIONS = 8
# Operation mix, by weight.
MIX = {
    "question": 10,
    "forecast": 40,
    "event": 8,
    "resolution": 7,
    "retry_pair": 5,
    "scores": 15,
    "get_question": 10,
    "list_questions": 5,
}


@dataclass
class Run:
    rng: random.Random
    writer: dict[str, str]
    resolver: dict[str, str]
    budget: int
    deadline: float
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statuses: Counter[tuple[str, int]] = field(default_factory=Counter)
    acked: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    questions: list[int] = field(default_factory=list)
    events: list[int] = field(default_factory=list)
    serial: int = 0

    def token(self, kind: str) -> str:
        self.serial += 1
        return f"{kind}-{self.serial}"

    def take(self, n: int = 1) -> bool:
        if self.budget < n or time.monotonic() > self.deadline:
            return False
        self.budget -= n
        return True


async def timed(
    run: Run, op: str, call: Callable[[], Awaitable[httpx.Response]]
) -> httpx.Response | None:
    started = time.perf_counter()
    try:
        res = await call()
    except httpx.HTTPError as exc:
        run.statuses[(op, -1)] += 1
        print(f"transport error on {op}: {exc!r}", file=sys.stderr)
        return None
    run.latencies[op].append(time.perf_counter() - started)
    run.statuses[(op, res.status_code)] += 1
    return res


async def one(run: Run, http: httpx.AsyncClient) -> bool:
    op = run.rng.choices(list(MIX), weights=list(MIX.values()))[0]
    if op in ("forecast", "resolution", "get_question", "retry_pair") and not run.questions:
        op = "question"
    if not run.take(2 if op == "retry_pair" else 1):
        return False
    rng = run.rng
    body: dict[str, Any]
    if op == "question":
        token = run.token("q")
        body = {"title": token, "resolve_by": "2025-01-01", "tags": [rng.choice("abc")]}
        res = await timed(
            run, op, lambda: http.post("/v1/questions", json=body, headers=run.writer)
        )
        if res is not None and res.status_code == 201:
            run.questions.append(res.json()["id"])
            run.acked[op].append({**body, "id": res.json()["id"]})
    elif op in ("forecast", "retry_pair"):
        qid = rng.choice(run.questions)
        body = {
            "forecaster": f"Forecaster {rng.randrange(40)}",
            "probability": rng.randrange(1001) / 1000,
            "made_at": f"{rng.randrange(2019, 2025)}-0{rng.randrange(1, 10)}-1{rng.randrange(10)}",
            "phrase": run.token("f"),
        }
        path = f"/v1/questions/{qid}/forecasts"
        if op == "forecast":
            res = await timed(run, op, lambda: http.post(path, json=body, headers=run.writer))
            replies = [res]
        else:
            # A client that retries while its first attempt is still in flight.
            headers = {**run.writer, "Idempotency-Key": str(body["phrase"])}
            replies = await asyncio.gather(
                *(timed(run, op, lambda: http.post(path, json=body, headers=headers)) for _ in "ab")
            )
        ok = [r for r in replies if r is not None and r.status_code == 201]
        for r in ok:
            run.acked[op].append({**body, "id": r.json()["id"], "question_id": qid})
    elif op == "event":
        body = {"title": run.token("e"), "occurred_at": "2024-12-01T12:00:00Z"}
        res = await timed(run, op, lambda: http.post("/v1/events", json=body, headers=run.resolver))
        if res is not None and res.status_code == 201:
            run.events.append(res.json()["id"])
            run.acked[op].append({**body, "id": res.json()["id"]})
    elif op == "resolution":
        # Most resolutions race on a few hot questions.
        pool = run.questions[:HOT_QUESTIONS] if rng.random() < 0.7 else run.questions
        qid = rng.choice(pool)
        body = {
            "outcome": rng.choice(("yes", "yes", "no", "no", "annulled")),
            "note": run.token("r"),
            "event_ids": rng.sample(run.events, min(len(run.events), 2)),
        }
        path = f"/v1/questions/{qid}/resolution"
        res = await timed(run, op, lambda: http.post(path, json=body, headers=run.resolver))
        if res is not None and res.status_code == 201:
            run.acked[op].append({**body, "id": res.json()["id"], "question_id": qid})
    elif op == "scores":
        params = {"tag": rng.choice("abc")} if rng.random() < 0.5 else {}
        await timed(run, op, lambda: http.get("/v1/scores", params=params))
    elif op == "get_question":
        qid = rng.choice(run.questions)
        await timed(run, op, lambda: http.get(f"/v1/questions/{qid}"))
    else:
        await timed(run, op, lambda: http.get("/v1/questions", params={"limit": 50}))
    return True


async def client_loop(run: Run, http: httpx.AsyncClient) -> None:
    while await one(run, http):
        pass


async def drive(base: str, run: Run, clients: int) -> float:
    limits = httpx.Limits(max_connections=clients * 2, max_keepalive_connections=clients * 2)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as http:
        started = time.perf_counter()
        await asyncio.gather(*(client_loop(run, http) for _ in range(clients)))
        return time.perf_counter() - started


def verify(db: Database, run: Run) -> list[str]:
    """Every acknowledged write exactly once, with its content; then the invariants."""
    failures: list[str] = []
    with db.transaction(write=False) as s:
        questions = {q.title: q for q in s.scalars(select(Question))}
        for a in run.acked["question"]:
            q = questions.get(a["title"])
            if q is None or q.id != a["id"]:
                failures.append(f"acknowledged question {a} is missing or moved")
        forecasts = Counter(s.scalars(select(Forecast.phrase)))
        rows = {f.id: f for f in s.scalars(select(Forecast))}
        pairs: dict[str, set[int]] = defaultdict(set)
        for kind in ("forecast", "retry_pair"):
            for a in run.acked[kind]:
                f = rows.get(a["id"])
                stored = None if f is None else (f.phrase, f.probability, f.question_id)
                if stored != (a["phrase"], a["probability"], a["question_id"]):
                    failures.append(f"acknowledged forecast {a} is missing or differs")
                if forecasts[a["phrase"]] != 1:
                    failures.append(f"forecast {a['phrase']} stored {forecasts[a['phrase']]} times")
                if kind == "retry_pair":
                    pairs[a["phrase"]].add(a["id"])
        failures += [f"retried pair {p} got ids {ids}" for p, ids in pairs.items() if len(ids) > 1]
        events = Counter(s.scalars(select(Event.title)))
        failures += [
            f"event {a} stored {events[a['title']]} times"
            for a in run.acked["event"]
            if events[a["title"]] != 1
        ]
        notes = {r.note: r for r in s.scalars(select(Resolution))}
        for a in run.acked["resolution"]:
            r = notes.get(a["note"])
            if r is None or (r.id, r.outcome, r.question_id) != (
                a["id"],
                a["outcome"],
                a["question_id"],
            ):
                failures.append(f"acknowledged resolution {a} is missing or differs")
        totals = {
            "question": s.scalar(select(func.count()).select_from(Question)),
            "forecast": len(rows),
            "event": sum(events.values()),
            "resolution": len(notes),
        }
    expected = {
        "question": len(run.acked["question"]),
        "forecast": len(run.acked["forecast"]) + len(pairs),
        "event": len(run.acked["event"]),
        "resolution": len(run.acked["resolution"]),
    }
    lost = sum(n for (_, code), n in run.statuses.items() if code == -1 or code >= 500)
    for kind, n in totals.items():
        # A request that failed in transit may have committed: extra rows are allowed
        # only then, and only as many as such failures.
        if not expected[kind] <= (n or 0) <= expected[kind] + lost:
            failures.append(f"{kind}: {n} rows for {expected[kind]} acknowledged writes")
    audited = audit_counts(db)
    for kind, action in (
        ("question", "question.create"),
        ("forecast", "forecast.create"),
        ("event", "event.create"),
        ("resolution", "resolution.create"),
    ):
        if audited.get(action, 0) != totals[kind]:
            failures.append(
                f"{action}: {audited.get(action, 0)} audit entries, {totals[kind]} rows"
            )
    return failures + problems(db)


def wipe(url: str) -> None:
    wipe_postgres(url)
    upgrade(url)


def percentile(values: list[float], q: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def report(run: Run, elapsed: float, args: argparse.Namespace) -> None:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    load = os.getloadavg()
    print(
        f"\nmachine: {os.cpu_count()} CPUs ({cpu}); load average before/after run "
        f"{args.load_before[0]:.2f}/{load[0]:.2f}; Python {platform.python_version()}"
    )
    print(
        f"run: {args.clients} clients, serve --workers {args.workers}, "
        f"{sum(len(v) for v in run.latencies.values())} requests in {elapsed:.1f} s "
        f"= {sum(len(v) for v in run.latencies.values()) / elapsed:.0f} req/s\n"
    )
    print(f"{'operation':<16}{'requests':>9}{'req/s':>8}{'p50 ms':>9}{'p99 ms':>9}  statuses")
    for op in MIX:
        values = run.latencies.get(op, [])
        if not values:
            continue
        codes = ", ".join(f"{c}x{n}" for (o, c), n in sorted(run.statuses.items()) if o == op)
        print(
            f"{op:<16}{len(values):>9}{len(values) / elapsed:>8.0f}"
            f"{percentile(values, 50) * 1000:>9.1f}{percentile(values, 99) * 1000:>9.1f}  {codes}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--requests", type=int, default=6000)
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    url = make_url(args.database_url)
    if url.get_backend_name() != "postgresql" or url.host not in LOOPBACK:
        parser.error("needs a PostgreSQL database on this machine (loopback only)")
    if not (0 < args.requests <= 100_000 and 0 < args.seconds <= 900 and 0 < args.clients <= 256):
        parser.error("keep it bounded: requests <= 100000, seconds <= 900, clients <= 256")
    args.load_before = os.getloadavg()

    wipe(args.database_url)
    db = Database(args.database_url)
    with db.transaction() as session:
        writer = create_key(session, "load-writer", "forecasts:write")[1]
        resolver = create_key(session, "load-resolver", "outcomes:write")[1]
    run = Run(
        rng=random.Random(args.seed),
        writer={"Authorization": f"Bearer {writer}"},
        resolver={"Authorization": f"Bearer {resolver}"},
        budget=args.requests,
        deadline=time.monotonic() + args.seconds,
    )
    with tempfile.TemporaryDirectory() as workdir:
        server = Server(args.database_url, Path(workdir), workers=args.workers, name="ft_load")
        server.start()
        try:
            elapsed = asyncio.run(drive(server.base, run, args.clients))
        finally:
            server.stop()
    report(run, elapsed, args)
    failures = verify(db, run)
    db.dispose()
    acked = sum(len(v) for v in run.acked.values())
    if failures:
        print(f"\nCHECK FAILED ({len(failures)}):")
        for failure in failures[:50]:
            print(f"  {failure}")
        return 1
    print(
        f"\ncheck passed: all {acked} acknowledged writes stored exactly once with their "
        "content; outcomes, counted forecasts and the audit chain are consistent"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
