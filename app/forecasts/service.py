from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    Table,
    and_,
    bindparam,
    case,
    delete,
    func,
    insert,
    or_,
    select,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.audit.service import record
from app.auth.service import Principal
from app.db import utcnow
from app.errors import Conflict, Invalid
from app.forecasters import service as forecasters
from app.forecasts.models import Forecast, LatestForecast
from app.questions import service as questions
from app.questions.models import Question

LATEST_COLUMNS = (
    "question_id",
    "forecaster_id",
    "forecast_id",
    "publisher_id",
    "probability",
    "made_at",
    "recorded_at",
    "phrase",
    "outcome",
    "resolved_at",
)


def outcome_flag(question: Question) -> int | None:
    """The outcome as scoring counts it: 1 or 0 once resolved yes/no, else None."""
    if question.status != "resolved":
        return None
    return {"yes": 1, "no": 0}.get(question.outcome or "")


def outcome_flag_sql() -> ColumnElement[int | None]:
    """`outcome_flag` as a SQL expression over the questions table."""
    resolved = Question.status == "resolved"
    return case(
        (resolved & (Question.outcome == "yes"), 1),
        (resolved & (Question.outcome == "no"), 0),
        else_=None,
    )


def check_time(made_at: datetime, now: datetime, what: str = "made_at") -> None:
    if made_at > now:
        raise Invalid(
            f"{what} {made_at.isoformat()} is in the future (server time {now.isoformat()})"
        )


def check_open_for(question: Question, made_at: datetime) -> None:
    """Refuse forecasts that could not have been made without knowing the outcome."""
    if question.status == "annulled":
        raise Conflict(f"question {question.id} is annulled and takes no forecasts")
    if question.resolved_at is not None and made_at >= question.resolved_at:
        raise Conflict(
            f"question {question.id} was resolved {question.outcome!r} as of "
            f"{question.resolved_at.isoformat()}; a forecast made at {made_at.isoformat()} "
            "came after the outcome was known"
        )


def add(
    session: Session,
    principal: Principal,
    question_id: int,
    *,
    forecaster: str,
    probability: float,
    made_at: datetime | None = None,
    publisher: str | None = None,
    phrase: str | None = None,
    document_id: int | None = None,
    source: str = "api",
    locked: Question | None = None,
) -> Forecast:
    """Append a forecast; ``locked`` is the question if the caller already holds its lock."""
    now = utcnow()
    made_at = made_at or now
    check_time(made_at, now)
    # A shared lock keeps a concurrent resolution from slipping in between the
    # check below and the insert.
    question = locked or questions.get(session, question_id, lock="share")
    check_open_for(question, made_at)
    who = forecasters.ensure(session, principal, forecaster)
    pub = forecasters.ensure(session, principal, publisher, "organisation") if publisher else None
    forecast = Forecast(
        question_id=question.id,
        forecaster_id=who.id,
        publisher_id=pub.id if pub else None,
        probability=probability,
        made_at=made_at,
        recorded_at=now,
        phrase=phrase,
        document_id=document_id,
        source=source,
        created_by=principal.key_id,
    )
    session.add(forecast)
    session.flush()
    upsert_latest(session, [latest_row(forecast, question)])
    record(session, principal, "forecast.create", forecast)
    return forecast


def latest_row(f: Forecast, question: Question) -> dict[str, Any]:
    return {
        "question_id": f.question_id,
        "forecaster_id": f.forecaster_id,
        "forecast_id": f.id,
        "publisher_id": f.publisher_id,
        "probability": f.probability,
        "made_at": f.made_at,
        "recorded_at": f.recorded_at,
        "phrase": f.phrase,
        "outcome": outcome_flag(question),
        "resolved_at": question.resolved_at,
    }


def upsert_latest(session: Session, rows: Iterable[dict[str, Any]]) -> None:
    """Make each row the counted forecast unless a later-made one is already there.

    One atomic statement per batch, so concurrent writers in several processes
    cannot both win: the database's conflict handling orders them. The caller
    holds a lock on each question (shared or exclusive), so the outcome copied
    into the rows is the question's current one.
    """
    # PostgreSQL refuses to update one row twice in a statement, so a batch keeps
    # only its own latest row per (question, forecaster).
    newest: dict[tuple[int, int], dict[str, Any]] = {}
    for row in rows:
        key = (row["question_id"], row["forecaster_id"])
        seen = newest.get(key)
        if seen is None or (row["made_at"], row["forecast_id"]) > (
            seen["made_at"],
            seen["forecast_id"],
        ):
            newest[key] = row
    rows = list(newest.values())
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    table = LatestForecast.__table__
    assert isinstance(table, Table)
    stmt: Any
    if dialect == "postgresql":
        # The rows travel as one array per column and unnest back into rows: a single
        # statement and round trip however many rows, where executemany sends one each.
        columns = [
            func.unnest(
                bindparam(c, [r[c] for r in rows], type_=postgresql.ARRAY(table.c[c].type))
            ).label(c)
            for c in LATEST_COLUMNS
        ]
        stmt = postgresql.insert(table).from_select(list(LATEST_COLUMNS), select(*columns))
    else:
        stmt = sqlite.insert(table)
    newer = or_(
        stmt.excluded.made_at > table.c.made_at,
        and_(
            stmt.excluded.made_at == table.c.made_at,
            stmt.excluded.forecast_id > table.c.forecast_id,
        ),
    )
    stmt = stmt.on_conflict_do_update(
        index_elements=["question_id", "forecaster_id"],
        set_={c: stmt.excluded[c] for c in LATEST_COLUMNS[2:]},
        where=newer,
    )
    if dialect == "postgresql":
        session.execute(stmt)
    else:
        session.execute(stmt, rows)


def rebuild_latest(session: Session, question: Question) -> None:
    """Recompute the counted forecasts of one question from its full history.

    Used when a resolution moves the cutoff: forecasts made after the outcome
    was known stop counting, and the forecaster's previous one counts instead.
    """
    rebuild_latest_many(session, [question.id])


def counted_select(question_ids: Iterable[int] | None = None) -> Select[Any]:
    """What ``latest_forecasts`` holds when rebuilt from the history, as one query.

    The latest forecast by made_at (ties by id) per question and forecaster,
    ignoring forecasts made at or after a resolved question's resolved_at; with
    the question's outcome and resolution time copied in. Rebuilds, restore and
    ``audit verify`` all use this one definition.
    """
    resolved = Question.status == "resolved"
    eligible = (
        select(
            Forecast.question_id,
            Forecast.forecaster_id,
            Forecast.id.label("forecast_id"),
            Forecast.publisher_id,
            Forecast.probability,
            Forecast.made_at,
            Forecast.recorded_at,
            Forecast.phrase,
            outcome_flag_sql().label("outcome"),
            Question.resolved_at,
        )
        .join(Question, Question.id == Forecast.question_id)
        .where(
            or_(~resolved, Question.resolved_at.is_(None), Forecast.made_at < Question.resolved_at)
        )
    )
    if question_ids is not None:
        eligible = eligible.where(Forecast.question_id.in_(sorted(set(question_ids))))
    ranked = eligible.add_columns(
        func.row_number()
        .over(
            partition_by=(Forecast.question_id, Forecast.forecaster_id),
            order_by=(Forecast.made_at.desc(), Forecast.id.desc()),
        )
        .label("rank")
    ).subquery()
    return select(*(ranked.c[c] for c in LATEST_COLUMNS)).where(ranked.c.rank == 1)


def rebuild_latest_many(session: Session, question_ids: Iterable[int]) -> None:
    """`rebuild_latest` for many questions in two set-based statements.

    The caller holds an exclusive lock on each question, as a resolution does.
    """
    ids = sorted(set(question_ids))
    if not ids:
        return
    session.flush()
    session.execute(delete(LatestForecast).where(LatestForecast.question_id.in_(ids)))
    session.execute(insert(LatestForecast).from_select(list(LATEST_COLUMNS), counted_select(ids)))


def history(session: Session, question_id: int) -> list[Forecast]:
    stmt = (
        select(Forecast)
        .where(Forecast.question_id == question_id)
        .order_by(Forecast.made_at, Forecast.id)
    )
    return list(session.scalars(stmt))


def current_ids(session: Session, question_id: int) -> set[int]:
    stmt = select(LatestForecast.forecast_id).where(LatestForecast.question_id == question_id)
    return set(session.scalars(stmt))


def current_among(session: Session, forecast_ids: list[int]) -> set[int]:
    if not forecast_ids:
        return set()
    stmt = select(LatestForecast.forecast_id).where(LatestForecast.forecast_id.in_(forecast_ids))
    return set(session.scalars(stmt))
