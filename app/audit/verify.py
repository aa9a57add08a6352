"""Check that the stored record is exactly what the audit chain vouches for.

Every check streams: rows come from server-side cursors in batches, and the
joins and sorts that pair rows with their entries run in the database, so
memory stays flat however many forecasts there are.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.audit import coverage
from app.audit.models import AuditEntry
from app.audit.payloads import PAYLOADS
from app.audit.service import GENESIS, canonical, entry_hash, sha256
from app.forecasts.models import LatestForecast
from app.forecasts.service import LATEST_COLUMNS, counted_select
from app.outcomes.models import Resolution
from app.questions.models import Question

BATCH = 2_000
PREVIEW = 300
# Building ORM objects costs more than hashing them, so rows are read plain, except
# where the payload reads a relationship (a question's tags, a resolution's events).
ORM_LOADED: frozenset[type[Any]] = frozenset({Question, Resolution})


@dataclass(frozen=True)
class Problem:
    """One thing that is not as the chain says. ``check`` names the check that found it."""

    check: str
    message: str
    entry_id: int | None = None
    action: str | None = None
    entity: str | None = None
    row_id: str | None = None

    def __str__(self) -> str:
        where = []
        if self.entry_id is not None:
            where.append(f"entry {self.entry_id}" + (f" ({self.action})" if self.action else ""))
        if self.entity is not None and self.row_id is not None:
            where.append(f"{self.entity} {self.row_id}")
        return f"[{self.check}] " + (f"{', '.join(where)}: " if where else "") + self.message


@dataclass
class Report:
    """What was checked and the first problems found (all of them are counted)."""

    max_problems: int = 20
    entries: int = 0
    head: tuple[int, str] | None = None
    rows: dict[str, int] = field(default_factory=dict)
    # Rows of a batch entry some of whose rows were re-audited by later entries:
    # the batch digest can no longer be recomputed, so these rows go unchecked.
    unverifiable: dict[str, int] = field(default_factory=dict)
    questions: int = 0
    counted: int = 0
    problems: list[Problem] = field(default_factory=list)
    problem_count: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.problem_count == 0

    def add(self, problem: Problem) -> None:
        self.problem_count += 1
        if len(self.problems) < self.max_problems:
            self.problems.append(problem)


def verify(session: Session, *, max_problems: int = 20) -> Report:
    """Run every check on the session's database; read-only."""
    started = time.perf_counter()
    report = Report(max_problems=max_problems)
    dialect = session.get_bind().dialect.name
    check_chain(session, report)
    for model, (entity, build) in PAYLOADS.items():
        check_rows(session, report, dialect, model, entity, build)
    check_questions(session, report)
    check_counted(session, report)
    report.seconds = time.perf_counter() - started
    return report


def _short(digest: str) -> str:
    return digest[:16] + "…"


def check_chain(session: Session, report: Report) -> None:
    """Each entry must link to the previous one and hash to its stored hash."""
    prev_id: int | None = None
    prev_hash = GENESIS
    # Plain rows: building ORM objects would cost more than hashing them.
    entries = select(AuditEntry.__table__).order_by(AuditEntry.id)
    for entry in session.execute(entries.execution_options(yield_per=BATCH)):
        report.entries += 1
        if entry.prev_hash != prev_hash:
            if prev_id is None:
                after = "the start of the chain"
            else:
                after = f"entry {prev_id}'s hash {_short(prev_hash)}"
            gap = ""
            if prev_id is not None and entry.id == prev_id + 2:
                gap = f" (id {prev_id + 1} is absent)"
            elif prev_id is not None and entry.id > prev_id + 2:
                gap = f" (ids {prev_id + 1}-{entry.id - 1} are absent)"
            report.add(
                Problem(
                    "chain",
                    f"prev_hash {_short(entry.prev_hash)} does not match {after}{gap}: "
                    "an entry before it was deleted, inserted or rewritten",
                    entry.id,
                    entry.action,
                )
            )
        recomputed = entry_hash(entry)
        if recomputed != entry.hash:
            report.add(
                Problem(
                    "chain",
                    f"its fields hash to {_short(recomputed)}, not to its stored hash "
                    f"{_short(entry.hash)}: the entry was edited",
                    entry.id,
                    entry.action,
                )
            )
        prev_id, prev_hash = entry.id, entry.hash
    report.head = (prev_id, prev_hash) if prev_id is not None else None


@dataclass
class _Batch:
    """A batch entry being re-digested row by row, in the order it was digested."""

    entry_id: int
    action: str
    digest: str
    size: int
    seen: int = 0
    first: int | None = None
    last: int | None = None
    broken: bool = False
    hasher: Any = field(default_factory=lambda: hashlib.sha256(b"["))

    def add(self, row_id: int, payload: str) -> None:
        # canonical(list) is "[" + ",".join(canonical(item)) + "]", so the batch
        # digest can be fed one row at a time.
        if self.seen:
            self.hasher.update(b",")
        self.hasher.update(payload.encode())
        self.seen += 1
        self.first = row_id if self.first is None else self.first
        self.last = row_id


def check_rows(
    session: Session,
    report: Report,
    dialect: str,
    model: type[Any],
    entity: str,
    build: Callable[[Any], dict[str, Any]],
) -> None:
    """Every row must digest to its newest entry's digest, and have an entry at all."""
    placed = coverage.placed(dialect, entity)
    orm = model in ORM_LOADED
    stmt = (
        select(
            placed.c.row_id.label("audit_row_id"),
            placed.c.entry_id.label("audit_entry_id"),
            placed.c.n.label("audit_n"),
            placed.c.batch.label("audit_batch"),
            AuditEntry.action.label("audit_action"),
            AuditEntry.digest.label("audit_digest"),
            *((model,) if orm else model.__table__.columns),
        )
        .select_from(placed)
        .join(AuditEntry, AuditEntry.id == placed.c.entry_id)
        .outerjoin(model, model.id == placed.c.row_id)
        .order_by(placed.c.entry_id, placed.c.pos)
        .execution_options(yield_per=BATCH)
    )
    checked = 0
    batch: _Batch | None = None
    for row in session.execute(stmt):
        row_id, entry_id, size, is_batch, action, digest = row[:6]
        # A payload builder reads attributes, which a plain row has too.
        obj = row[6] if orm else (row if row.id is not None else None)
        if batch is not None and batch.entry_id != entry_id:
            _close(report, entity, batch)
            batch = None
        if is_batch and batch is None:
            batch = _Batch(entry_id, action, digest, size)
        if obj is None:
            what = (
                f"{entity} {row_id} no longer exists"
                if row_id is not None
                else "its entity_id is not a row id"
            )
            report.add(
                Problem("record", what, entry_id, action, entity, str(row_id) if row_id else None)
            )
            if batch is not None:
                batch.broken = True
            continue
        checked += 1
        payload = canonical(build(obj))
        if batch is not None:
            batch.add(row_id, payload)
            continue
        actual = sha256(payload)
        if actual != digest:
            report.add(
                Problem(
                    "record",
                    f"the stored row digests to {_short(actual)}, the entry vouches for "
                    f"{_short(digest)}; the row was changed after it was written. "
                    f"It now reads {_preview(payload)}",
                    entry_id,
                    action,
                    entity,
                    str(row_id),
                )
            )
    if batch is not None:
        _close(report, entity, batch)
    checked += _check_unaudited(session, report, dialect, model, entity)
    report.rows[entity] = checked


def _close(report: Report, entity: str, batch: _Batch) -> None:
    if batch.broken:
        return
    if batch.seen < batch.size:
        report.unverifiable[entity] = report.unverifiable.get(entity, 0) + batch.seen
        return
    batch.hasher.update(b"]")
    actual = batch.hasher.hexdigest()
    if actual != batch.digest:
        report.add(
            Problem(
                "record",
                f"its {batch.size} {entity} rows ({batch.first} … {batch.last}) digest to "
                f"{_short(actual)}, the entry vouches for {_short(batch.digest)}: at least one "
                "of them was changed after it was written (a batch digest cannot say which)",
                batch.entry_id,
                batch.action,
                entity,
            )
        )


def _check_unaudited(
    session: Session, report: Report, dialect: str, model: type[Any], entity: str
) -> int:
    """Report rows no entry names; returns how many rows that check looked at."""
    cover = coverage.cover(dialect, entity)
    # Two sorted streams merged here: anti-joining on a JSON-expanded subquery is
    # quadratic on SQLite, which cannot index it.
    covered = session.scalars(
        select(cover.c.row_id)
        .where(cover.c.row_id.is_not(None))
        .distinct()
        .order_by(cover.c.row_id)
        .execution_options(yield_per=BATCH)
    )
    stored = session.scalars(select(model.id).order_by(model.id).execution_options(yield_per=BATCH))
    found = 0
    next_covered = next(covered, None)
    for row_id in stored:
        while next_covered is not None and next_covered < row_id:
            next_covered = next(covered, None)
        if next_covered == row_id:
            continue
        found += 1
        report.add(
            Problem(
                "unaudited",
                "no audit entry covers this row: it was written behind the service's back",
                entity=entity,
                row_id=str(row_id),
            )
        )
    return found


def _preview(text: str) -> str:
    return text if len(text) <= PREVIEW else text[:PREVIEW] + "…"


def check_questions(session: Session, report: Report) -> None:
    """A question's status, outcome and resolved_at must be those of its latest resolution."""
    newest = (
        select(Resolution.question_id, func.max(Resolution.id).label("resolution_id"))
        .group_by(Resolution.question_id)
        .subquery()
    )
    stmt = (
        select(
            Question.id,
            Question.status,
            Question.outcome,
            Question.resolved_at,
            Resolution.id,
            Resolution.outcome,
            Resolution.resolved_at,
        )
        .outerjoin(newest, newest.c.question_id == Question.id)
        .outerjoin(Resolution, Resolution.id == newest.c.resolution_id)
        .order_by(Question.id)
        .execution_options(yield_per=BATCH)
    )
    for row in session.execute(stmt):
        qid, status, outcome, resolved_at = row[:4]
        # Outer-joined: a question without resolutions has nulls here.
        rid: int | None = row[4]
        r_outcome, r_resolved_at = row[5:]
        report.questions += 1
        if rid is None:
            expected: tuple[str, str | None, datetime | None] = ("open", None, None)
            source = "it has no resolution"
        else:
            state = "annulled" if r_outcome == "annulled" else "resolved"
            expected = (state, r_outcome, r_resolved_at)
            source = f"its latest resolution {rid} says"
        actual = (status, outcome, resolved_at)
        if actual != expected:
            diffs = ", ".join(
                f"{name} is {_show(got)} but {source} {_show(want)}"
                if rid is not None
                else f"{name} is {_show(got)} but {source}"
                for name, got, want in zip(
                    ("status", "outcome", "resolved_at"), actual, expected, strict=True
                )
                if got != want
            )
            report.add(Problem("question", diffs, entity="question", row_id=str(qid)))


def _show(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    return repr(value)


def check_counted(session: Session, report: Report) -> None:
    """latest_forecasts must equal what rebuilding it from the forecasts gives."""
    expected = counted_select().subquery()
    want = session.execute(
        select(expected)
        .order_by(expected.c.question_id, expected.c.forecaster_id)
        .execution_options(yield_per=BATCH)
    )
    have = session.execute(
        select(*(LatestForecast.__table__.c[c] for c in LATEST_COLUMNS))
        .order_by(LatestForecast.question_id, LatestForecast.forecaster_id)
        .execution_options(yield_per=BATCH)
    )
    for key, stored, rebuilt in _merge((tuple(r) for r in have), (tuple(r) for r in want)):
        report.counted += 1
        if stored == rebuilt:
            continue
        where = f"question {key[0]}, forecaster {key[1]}"
        if stored is None and rebuilt is not None:
            message = f"{where}: nothing is counted, rebuilding counts forecast {rebuilt[2]}"
        elif rebuilt is None and stored is not None:
            message = f"{where}: forecast {stored[2]} is counted, rebuilding counts none"
        elif stored is not None and rebuilt is not None:
            diffs = ", ".join(
                f"{name} {_show(a)} (rebuilt: {_show(b)})"
                for name, a, b in zip(LATEST_COLUMNS[2:], stored[2:], rebuilt[2:], strict=True)
                if a != b
            )
            message = f"{where}: counted row has {diffs}"
        report.add(Problem("latest_forecasts", message))


Row = tuple[Any, ...]


def _merge(
    left: Iterable[Row], right: Iterable[Row]
) -> Iterator[tuple[Row, Row | None, Row | None]]:
    """Pair two streams sorted by their first two columns."""
    lefts, rights = iter(left), iter(right)
    a, b = next(lefts, None), next(rights, None)
    while a is not None and b is not None:
        if a[:2] < b[:2]:
            yield a[:2], a, None
            a = next(lefts, None)
        elif b[:2] < a[:2]:
            yield b[:2], None, b
            b = next(rights, None)
        else:
            yield a[:2], a, b
            a, b = next(lefts, None), next(rights, None)
    if a is not None:
        for rest in chain([a], lefts):
            yield rest[:2], rest, None
    if b is not None:
        for rest in chain([b], rights):
            yield rest[:2], None, rest
