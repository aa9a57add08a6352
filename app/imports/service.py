"""Bulk import of questions with their forecasts and resolutions, all or nothing per call.

Idempotent: a question is known by its external_id and a forecast by (question,
forecaster, made_at, probability), so sending the same file twice writes nothing the second
time, and a file with new forecasts adds only those.

Built for volume: rows go in with bulk Core statements (PostgreSQL COPY for forecasts), the
counted forecasts with one batched upsert, and the audit chain gets one entry per kind of row
per call whose payload lists every row (`refs` their ids in order), so the chain still vouches
for each row and `audit verify` can recompute it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Table, insert, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.audit.service import record_payload
from app.auth.service import Principal
from app.db import utcnow
from app.errors import Conflict, Invalid
from app.forecasters import service as forecasters
from app.forecasts.models import Forecast
from app.forecasts.service import rebuild_latest_many, upsert_latest
from app.imports.schemas import ImportCounts, ImportQuestion
from app.outcomes.models import Resolution
from app.questions.models import Question, QuestionTag

FORECAST_COLUMNS = (
    "id",
    "question_id",
    "forecaster_id",
    "publisher_id",
    "probability",
    "made_at",
    "recorded_at",
    "phrase",
    "source",
    "created_by",
)
COPY_TYPES = (
    "int8",
    "int4",
    "int4",
    "int4",
    "float8",
    "timestamptz",
    "timestamptz",
    "varchar",
    "varchar",
    "int4",
)


def _table(model: type[Any]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


@dataclass
class _State:
    """A question as it will stand once this call commits."""

    id: int
    status: str
    outcome: str | None
    resolved_at: datetime | None

    @property
    def flag(self) -> int | None:
        return {"yes": 1, "no": 0}.get(self.outcome or "") if self.status == "resolved" else None


@dataclass
class _Batch:
    counts: ImportCounts = field(
        default_factory=lambda: ImportCounts(
            questions_created=0,
            questions_existing=0,
            forecasts_created=0,
            forecasts_skipped=0,
            resolutions_created=0,
            resolutions_skipped=0,
        )
    )
    states: dict[str, _State] = field(default_factory=dict)
    # Questions whose counted forecasts are computed from scratch in SQL: the new ones
    # (faster than sending the rows back) and existing ones whose cutoff moves.
    rebuild: set[int] = field(default_factory=set)


def run(session: Session, principal: Principal, items: Sequence[ImportQuestion]) -> ImportCounts:
    """Import `items` in the caller's transaction; an invalid item raises, and it rolls back."""
    now = utcnow()
    _check(items, now)
    batch = _Batch()
    existing = _lock_existing(session, [item.external_id for item in items])
    _create_questions(
        session, principal, batch, [i for i in items if i.external_id not in existing], now
    )
    _resolve_existing(session, principal, batch, items, existing, now)
    ids = _forecaster_ids(session, principal, items)
    _add_forecasts(session, principal, batch, items, existing, ids, now)
    rebuild_latest_many(session, batch.rebuild)
    return batch.counts


def _check(items: Sequence[ImportQuestion], now: datetime) -> None:
    """What makes an item invalid on its own, named by its index."""
    seen: dict[str, int] = {}
    for i, item in enumerate(items):
        where = f"questions[{i}] ({item.external_id!r})"
        if item.external_id in seen:
            raise Invalid(
                f"{where} repeats the external_id of questions[{seen[item.external_id]}]", index=i
            )
        seen[item.external_id] = i
        known_at = item.resolution.resolved_at if item.resolution else None
        if known_at is not None and known_at > now:
            raise Invalid(f"{where}: resolved_at {known_at.isoformat()} is in the future", index=i)
        for j, f in enumerate(item.forecasts):
            at = f"{where}.forecasts[{j}]"
            if f.made_at > now:
                raise Invalid(
                    f"{at}: made_at {f.made_at.isoformat()} is in the future "
                    f"(server time {now.isoformat()})",
                    index=i,
                )
            if known_at is not None and f.made_at >= known_at:
                raise Invalid(
                    f"{at}: made_at {f.made_at.isoformat()} is not before the outcome was "
                    f"known ({known_at.isoformat()})",
                    index=i,
                )
            for name in (f.forecaster, f.publisher):
                if name is not None and not forecasters.name_key(name):
                    raise Invalid(f"{at}: the name {name!r} has no letters or digits", index=i)


def _lock_existing(session: Session, external_ids: list[str]) -> dict[str, Question]:
    if not external_ids:
        return {}
    # Locked in id order, so two imports touching the same questions queue instead of
    # deadlocking, and no single-forecast write slips past the checks below.
    stmt = (
        select(Question)
        .where(Question.external_id.in_(external_ids))
        .order_by(Question.id)
        .with_for_update()
    )
    return {q.external_id: q for q in session.scalars(stmt) if q.external_id is not None}


def _create_questions(
    session: Session,
    principal: Principal,
    batch: _Batch,
    items: list[ImportQuestion],
    now: datetime,
) -> None:
    if not items:
        return
    rows: list[dict[str, Any]] = []
    for item in items:
        res = item.resolution
        rows.append(
            {
                "title": item.title,
                "description": item.description,
                "resolution_criteria": item.resolution_criteria,
                "resolve_by": item.resolve_by,
                "status": "open" if res is None else _status(res.outcome),
                "outcome": None if res is None else res.outcome,
                "resolved_at": None if res is None else res.resolved_at,
                "external_id": item.external_id,
                "created_at": now,
                "created_by": principal.key_id,
            }
        )
    table = _table(Question)
    try:
        ids = list(
            session.scalars(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows)
        )
    except IntegrityError:
        raise Conflict(
            "another import created some of these questions at the same time; "
            "retry: already imported questions are skipped"
        ) from None
    tags = [
        {"question_id": qid, "tag": tag}
        for qid, item in zip(ids, items, strict=True)
        for tag in sorted(set(item.tags))
    ]
    if tags:
        session.execute(insert(_table(QuestionTag)), tags)
    payloads: list[Mapping[str, Any]] = [
        {
            "id": qid,
            "title": row["title"],
            "description": row["description"],
            "resolution_criteria": row["resolution_criteria"],
            "resolve_by": row["resolve_by"],
            "external_id": row["external_id"],
            "tags": sorted(set(item.tags)),
            "created_at": now,
        }
        for qid, row, item in zip(ids, rows, items, strict=True)
    ]
    _audit(session, principal, "question.import", "question", payloads, ids)
    batch.counts.questions_created += len(ids)
    batch.rebuild.update(ids)
    for qid, row, item in zip(ids, rows, items, strict=True):
        batch.states[item.external_id] = _State(
            qid, row["status"], row["outcome"], row["resolved_at"]
        )
    _add_resolutions(
        session,
        principal,
        batch,
        [(qid, item) for qid, item in zip(ids, items, strict=True) if item.resolution],
        now,
    )


def _status(outcome: str) -> str:
    return "annulled" if outcome == "annulled" else "resolved"


def _resolve_existing(
    session: Session,
    principal: Principal,
    batch: _Batch,
    items: Sequence[ImportQuestion],
    existing: dict[str, Question],
    now: datetime,
) -> None:
    """Existing questions: keep them, and append a resolution only where it is news.

    A resolution already on record (same outcome and resolved_at, current or not) is
    skipped: re-importing an old file must not undo a later re-resolution.
    """
    known = _recorded_resolutions(
        session, [q.id for i in items if i.resolution and (q := existing.get(i.external_id))]
    )
    changed: list[tuple[int, ImportQuestion]] = []
    for item in items:
        q = existing.get(item.external_id)
        if q is None:
            continue
        batch.counts.questions_existing += 1
        res = item.resolution
        if res is not None and (q.id, res.outcome, res.resolved_at) in known:
            batch.counts.resolutions_skipped += 1
        elif res is not None:
            # Re-resolving appends, as POST /v1/questions/{id}/resolution does.
            q.status = _status(res.outcome)
            q.outcome = res.outcome
            q.resolved_at = res.resolved_at
            changed.append((q.id, item))
            batch.rebuild.add(q.id)
        batch.states[item.external_id] = _State(q.id, q.status, q.outcome, q.resolved_at)
    session.flush()
    _add_resolutions(session, principal, batch, changed, now)


def _recorded_resolutions(
    session: Session, question_ids: list[int]
) -> set[tuple[int, str, datetime]]:
    found: set[tuple[int, str, datetime]] = set()
    for start in range(0, len(question_ids), 5000):
        stmt = select(Resolution.question_id, Resolution.outcome, Resolution.resolved_at).where(
            Resolution.question_id.in_(question_ids[start : start + 5000])
        )
        found.update((q, outcome, at) for q, outcome, at in session.execute(stmt))
    return found


def _add_resolutions(
    session: Session,
    principal: Principal,
    batch: _Batch,
    items: list[tuple[int, ImportQuestion]],
    now: datetime,
) -> None:
    if not items:
        return
    rows = []
    for qid, item in items:
        assert item.resolution is not None
        rows.append(
            {
                "question_id": qid,
                "outcome": item.resolution.outcome,
                "note": item.resolution.note,
                "resolver": principal.name,
                "resolved_at": item.resolution.resolved_at,
                "recorded_at": now,
                "created_by": principal.key_id,
            }
        )
    table = _table(Resolution)
    ids = list(
        session.scalars(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows)
    )
    payloads: list[Mapping[str, Any]] = [
        {
            "id": rid,
            "question_id": row["question_id"],
            "outcome": row["outcome"],
            "note": row["note"],
            "resolver": row["resolver"],
            "resolved_at": row["resolved_at"],
            "recorded_at": now,
            "event_ids": [],
        }
        for rid, row in zip(ids, rows, strict=True)
    ]
    _audit(session, principal, "resolution.import", "resolution", payloads, ids)
    batch.counts.resolutions_created += len(ids)


def _forecaster_ids(
    session: Session, principal: Principal, items: Sequence[ImportQuestion]
) -> dict[str, int]:
    """Name key -> forecaster id for every forecaster and publisher named in the items."""
    kinds = {f.publisher: "organisation" for item in items for f in item.forecasts if f.publisher}
    kinds.update({f.forecaster: "unknown" for item in items for f in item.forecasts})
    return forecasters.ensure_many(session, principal, kinds)


def _add_forecasts(
    session: Session,
    principal: Principal,
    batch: _Batch,
    items: Sequence[ImportQuestion],
    existing: dict[str, Question],
    ids: dict[str, int],
    now: datetime,
) -> None:
    stored = _stored_identities(session, [q.id for q in existing.values()])
    id_of = _NameIds(ids)
    rows: list[dict[str, Any]] = []
    for i, item in enumerate(items):
        state = batch.states[item.external_id]
        for j, f in enumerate(item.forecasts):
            who = id_of[f.forecaster]
            identity = (state.id, who, f.made_at, f.probability)
            if identity in stored:
                batch.counts.forecasts_skipped += 1
                continue
            stored.add(identity)
            if item.resolution is None:
                _check_open(item, i, j, f.made_at, state)
            rows.append(
                {
                    "question_id": state.id,
                    "forecaster_id": who,
                    "publisher_id": id_of[f.publisher] if f.publisher else None,
                    "probability": f.probability,
                    "made_at": f.made_at,
                    "recorded_at": now,
                    "phrase": f.phrase,
                    "source": "import",
                    "created_by": principal.key_id,
                }
            )
    if not rows:
        return
    forecast_ids = _insert_forecasts(session, rows)
    batch.counts.forecasts_created += len(rows)
    recorded = _iso(now)
    payloads: list[Mapping[str, Any]] = [
        {
            "id": fid,
            "question_id": row["question_id"],
            "forecaster_id": row["forecaster_id"],
            "publisher_id": row["publisher_id"],
            "probability": row["probability"],
            "made_at": _iso(row["made_at"]),
            "recorded_at": recorded,
            "phrase": row["phrase"],
            "document_id": None,
            "source": "import",
        }
        for fid, row in zip(forecast_ids, rows, strict=True)
    ]
    _audit(session, principal, "forecast.import", "forecast", payloads, forecast_ids)
    _update_latest(session, batch, rows, forecast_ids)


class _NameIds(dict[str, int]):
    """Name -> forecaster id, working out each distinct name's key once."""

    def __init__(self, by_key: dict[str, int]) -> None:
        super().__init__()
        self.by_key = by_key

    def __missing__(self, name: str) -> int:
        fid = self[name] = self.by_key[forecasters.name_key(name)]
        return fid


def _iso(value: datetime) -> str:
    """The text `canonical` writes for a time, made here once: its fallback is slow in bulk."""
    return value.isoformat(timespec="microseconds")


def _check_open(item: ImportQuestion, i: int, j: int, made_at: datetime, state: _State) -> None:
    """New forecasts on a question resolved earlier obey the single-forecast rules."""
    where = f"questions[{i}] ({item.external_id!r}).forecasts[{j}]"
    if state.status == "annulled":
        raise Invalid(f"{where}: the question is annulled and takes no forecasts", index=i)
    if state.resolved_at is not None and made_at >= state.resolved_at:
        raise Invalid(
            f"{where}: made_at {made_at.isoformat()} is not before the outcome was known "
            f"({state.resolved_at.isoformat()})",
            index=i,
        )


def _stored_identities(
    session: Session, question_ids: list[int]
) -> set[tuple[int, int, datetime, float]]:
    found: set[tuple[int, int, datetime, float]] = set()
    for start in range(0, len(question_ids), 5000):
        chunk = question_ids[start : start + 5000]
        stmt = select(
            Forecast.question_id, Forecast.forecaster_id, Forecast.made_at, Forecast.probability
        ).where(Forecast.question_id.in_(chunk))
        found.update((q, f, made, p) for q, f, made, p in session.execute(stmt))
    return found


def _insert_forecasts(session: Session, rows: list[dict[str, Any]]) -> list[int]:
    """Insert forecast rows and return their ids, in order."""
    table = _table(Forecast)
    if session.get_bind().dialect.name != "postgresql":
        return list(
            session.scalars(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows)
        )
    # COPY is several times faster than multi-row INSERT; it returns nothing, so the ids are
    # drawn from the table's sequence first (in one round trip).
    session.flush()
    ids = list(
        session.scalars(
            text(
                "SELECT nextval(pg_get_serial_sequence('forecasts', 'id')) "
                "FROM generate_series(1, :n)"
            ),
            {"n": len(rows)},
        )
    )
    ids.sort()
    raw = session.connection().connection.driver_connection
    assert raw is not None
    columns = ", ".join(FORECAST_COLUMNS)
    # Binary COPY spares both sides formatting and parsing text.
    sql = f"COPY forecasts ({columns}) FROM STDIN (FORMAT BINARY)"
    with raw.cursor() as cursor, cursor.copy(sql) as copy:
        copy.set_types(COPY_TYPES)
        for fid, row in zip(ids, rows, strict=True):
            copy.write_row((fid, *(row[c] for c in FORECAST_COLUMNS[1:])))
    return ids


def _update_latest(
    session: Session, batch: _Batch, rows: list[dict[str, Any]], forecast_ids: list[int]
) -> None:
    states = {state.id: state for state in batch.states.values()}
    best: dict[tuple[int, int], dict[str, Any]] = {}
    for fid, row in zip(forecast_ids, rows, strict=True):
        qid = row["question_id"]
        if qid in batch.rebuild:
            continue
        key = (qid, row["forecaster_id"])
        held = best.get(key)
        if held is None or (row["made_at"], fid) > (held["made_at"], held["forecast_id"]):
            state = states[qid]
            best[key] = {
                "question_id": qid,
                "forecaster_id": row["forecaster_id"],
                "forecast_id": fid,
                "publisher_id": row["publisher_id"],
                "probability": row["probability"],
                "made_at": row["made_at"],
                "recorded_at": row["recorded_at"],
                "phrase": row["phrase"],
                "outcome": state.flag,
                "resolved_at": state.resolved_at,
            }
    upsert_latest(session, best.values())


def _audit(
    session: Session,
    principal: Principal,
    action: str,
    entity: str,
    payloads: list[Mapping[str, Any]],
    ids: list[int],
) -> None:
    record_payload(session, principal, action, entity, f"{ids[0]}..{ids[-1]}", payloads, refs=ids)
