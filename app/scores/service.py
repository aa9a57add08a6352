"""Scores computed in the database over the counted forecast of each forecaster.

The database does the heavy lifting: it reduces the counted forecasts to one row per
(group, calibration bin) holding the additive sums of `app.scoring.sums`, plus each group's
AUC rank sum (`app.scoring.discrimination`). Python only turns those rows, bounded by
groups x bins, into `Summary` objects and calls `app.scoring.report`. No statement returns
individual forecasts.

Forecasts are first collapsed to one row per distinct (group, probability) holding how many
forecasts and how many "yes" outcomes it has, and every per-forecast term is evaluated once
per such value, weighted by those counts. Probabilities come on coarse grids (0.01 or 0.001),
so overall a million forecasts collapse to a few thousand values and the arithmetic, logs and
square roots included, costs next to nothing next to reading the rows.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    DateTime,
    Double,
    FromClause,
    Integer,
    Select,
    Subquery,
    case,
    cast,
    func,
    literal_column,
    null,
    or_,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.orm import Session

from app.forecasters.models import Forecaster
from app.forecasters.service import find as find_forecaster
from app.forecasts.models import Forecast, LatestForecast
from app.forecasts.service import outcome_flag_sql
from app.questions.models import Question, QuestionTag
from app.scoring import (
    BIN_EPS,
    DEFAULT_BINS,
    LOG_EPS,
    BinSums,
    RelativeBrier,
    ScoreReport,
    Summary,
    auc_from_rank_sum,
    report,
)

# Per-transaction memory for the sorts behind the AUC and the relative Brier (PostgreSQL).
WORK_MEM = "64MB"

GroupBy = Literal["forecaster", "tag", "publisher", "quarter", "phrase"]
Aggregate = Literal["median", "mean"]
Key = int | str | None


@dataclass(frozen=True)
class ScoreQuery:
    """What to score. Time bounds are half-open: from <= t < to."""

    forecaster: str | None = None
    tag: str | None = None
    publisher: str | None = None
    made_from: datetime | None = None
    made_to: datetime | None = None
    resolved_from: datetime | None = None
    resolved_to: datetime | None = None
    verified_only: bool = False
    aggregate: Aggregate | None = None
    bins: int = DEFAULT_BINS
    group_by: GroupBy | None = None


@dataclass(frozen=True)
class GroupScore:
    key: Key
    label: str | None
    report: ScoreReport
    relative: RelativeBrier | None = None


@dataclass(frozen=True)
class Scores:
    overall: ScoreReport
    groups: list[GroupScore]
    total_groups: int


def scores(session: Session, query: ScoreQuery, *, limit: int = 50, offset: int = 0) -> Scores:
    """Score `query`; with `group_by`, also one block per group, paged by `limit`/`offset`.

    Run it in one snapshot (`Database.snapshot`): it issues several statements. Groups
    are first listed with their n and Brier (one cheap aggregate), ordered, and only the
    requested page is scored in full.
    """
    empty = report(Summary(query.bins, {}))
    ids = _resolve_names(session, query)
    if ids is None:
        return Scores(empty, [], 0)
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        # Hash aggregates and per-question sorts over up to a million rows: keep them in memory.
        session.execute(text(f"SET LOCAL work_mem = '{WORK_MEM}'"))
    counted = _counted(dialect, query, ids)
    overall = _summaries(session, _units(counted, None, query.aggregate, dialect), query.bins)
    overall_report = _report(*overall[None]) if None in overall else empty
    if query.group_by is None:
        return Scores(overall_report, [], 0)

    group_by = query.group_by
    listing = _listing(session, _units(counted, group_by, query.aggregate, dialect))
    order = _order(group_by, listing)
    page = order[offset : offset + limit]
    if not page:
        return Scores(overall_report, [], len(order))
    grouped = _summaries(
        session, _units(counted, group_by, query.aggregate, dialect, only=page), query.bins
    )
    labels = _labels(session, group_by, page)
    relative: dict[Key, RelativeBrier] = {}
    if group_by == "forecaster":
        crowd = _counted(dialect, replace(query, forecaster=None, publisher=None), {})
        relative = _relative_briers(session, crowd, dialect, [k for k in page if k is not None])
    groups = [
        GroupScore(
            key=_quarter_name(key) if group_by == "quarter" else key,
            label=labels.get(key),
            report=_report(*grouped[key]),
            relative=relative.get(key),
        )
        for key in page
    ]
    return Scores(overall_report, groups, len(order))


def _resolve_names(session: Session, query: ScoreQuery) -> dict[str, int] | None:
    """Forecaster and publisher names to ids; None when a name is unknown (nothing to score)."""
    ids: dict[str, int] = {}
    for field in ("forecaster", "publisher"):
        name = getattr(query, field)
        if name:
            who = find_forecaster(session, name)
            if who is None:
                return None
            ids[field] = who.id
    return ids


def _counted(dialect: str, query: ScoreQuery, ids: dict[str, int]) -> Subquery:
    """The counted forecasts on resolved (yes/no) questions that pass the filters.

    Columns: question_id, forecaster_id, publisher_id, p, y (1.0 or 0.0), made_at,
    resolved_at, phrase.
    """
    base = _verified(dialect) if query.verified_only else _latest()
    c = base.c
    conditions: list[ColumnElement[bool]] = []
    if "forecaster" in ids:
        conditions.append(c.forecaster_id == ids["forecaster"])
    if "publisher" in ids:
        conditions.append(c.publisher_id == ids["publisher"])
    if query.tag:
        tagged = select(QuestionTag.question_id).where(QuestionTag.tag == query.tag)
        conditions.append(c.question_id.in_(tagged))
    bounds = (
        (c.made_at, query.made_from, query.made_to),
        (c.resolved_at, query.resolved_from, query.resolved_to),
    )
    for column, low, high in bounds:
        if low is not None:
            conditions.append(column >= low)
        if high is not None:
            conditions.append(column < high)
    return select(*c).where(*conditions).subquery("counted")


def _latest() -> Subquery:
    lf = LatestForecast
    return (
        select(
            lf.question_id,
            lf.forecaster_id,
            lf.publisher_id,
            lf.probability.label("p"),
            cast(lf.outcome, Double).label("y"),
            lf.made_at,
            lf.resolved_at,
            lf.phrase,
        )
        .where(lf.outcome.is_not(None))
        .subquery("latest")
    )


def _verified(dialect: str) -> Subquery:
    """Counted forecasts among those recorded before the outcome was known.

    A forecast is verified when recorded_at <= min(end of the resolve_by day, resolved_at);
    the latest verified one made before resolved_at counts. This ranks the forecast history
    instead of reading the maintained latest table, so it is the slower path.
    """
    f, q = Forecast, Question
    outcome = outcome_flag_sql()
    ranked = (
        select(
            f.question_id,
            f.forecaster_id,
            f.publisher_id,
            f.probability.label("p"),
            cast(outcome, Double).label("y"),
            f.made_at,
            q.resolved_at,
            f.phrase,
            func.row_number()
            .over(
                partition_by=(f.question_id, f.forecaster_id),
                order_by=(f.made_at.desc(), f.id.desc()),
            )
            .label("rank"),
        )
        .join(q, q.id == f.question_id)
        .where(
            outcome.is_not(None),
            f.made_at < q.resolved_at,
            f.recorded_at <= cutoff_sql(dialect),
        )
        .subquery("ranked")
    )
    columns = [col for col in ranked.c if col.name != "rank"]
    return select(*columns).where(ranked.c.rank == 1).subquery("verified")


def cutoff_sql(dialect: str) -> ColumnElement[Any]:
    """`questions.service.cutoff` in SQL: min(end of the resolve_by day, resolved_at)."""
    q = Question
    if dialect == "postgresql":
        # Connections run in UTC (app.db), so midnight here is midnight UTC.
        end = cast(q.resolve_by, DateTime) + literal_column("interval '1 day'")
        return func.least(end, q.resolved_at)
    # SQLite stores times as 'YYYY-MM-DD HH:MM:SS.ffffff' text, which sorts as time does.
    end_text = func.date(q.resolve_by, "+1 day") + " 00:00:00.000000"
    return func.min(end_text, func.coalesce(q.resolved_at, end_text))


def _group_key(counted: Subquery, group_by: GroupBy, dialect: str) -> ColumnElement[Any]:
    c = counted.c
    if group_by == "forecaster":
        return c.forecaster_id
    if group_by == "publisher":
        return c.publisher_id
    if group_by == "phrase":
        return c.phrase
    if group_by == "quarter":
        # Grouped as the number year * 10 + quarter (cheap to compute and compare over a
        # million rows) and named "2019-Q1" afterwards.
        if dialect == "postgresql":
            year = func.date_part("year", c.made_at)
            return cast(year * 10 + func.date_part("quarter", c.made_at), Integer)
        month = cast(func.strftime("%m", c.made_at), Integer)
        return cast(func.strftime("%Y", c.made_at), Integer) * 10 + (month + 2) // 3
    return QuestionTag.__table__.c.tag


def _units(
    counted: Subquery,
    group_by: GroupBy | None,
    aggregate: Aggregate | None,
    dialect: str,
    only: list[Key] | None = None,
) -> Subquery:
    """What gets scored, as (g, p, y) rows: the forecasts, or each question's consensus.

    With `aggregate`, a unit is the median or mean of the counted forecasts of one question
    within one group (or overall when `group_by` is None). `only` keeps the listed groups.
    """
    key: ColumnElement[Any] = null() if group_by is None else _group_key(counted, group_by, dialect)
    source: FromClause = counted
    if group_by == "tag":
        source = counted.join(QuestionTag, QuestionTag.question_id == counted.c.question_id)
    conditions: list[ColumnElement[bool]] = []
    if only is not None:
        known = [k for k in only if k is not None]
        keep = key.in_(known)
        conditions.append(or_(keep, key.is_(None)) if None in only else keep)
    c = counted.c
    if aggregate is None:
        rows = select(key.label("g"), c.p, c.y).select_from(source).where(*conditions)
        return rows.subquery("units")
    if aggregate == "mean":
        central: ColumnElement[float] = func.avg(c.p)
    elif dialect == "postgresql":
        central = func.percentile_cont(0.5).within_group(c.p)
    else:
        central = func.median(c.p)  # registered on every SQLite connection by app.db
    per_question = (
        select(key.label("g"), c.question_id, central.label("p"), func.min(c.y).label("y"))
        .select_from(source)
        .where(*conditions)
        .group_by(*([] if group_by is None else [key]), c.question_id)
        .subquery("consensus")
    )
    u = per_question.c
    # A mean of probabilities can round a hair past 1; keep it in [0, 1] as the oracle does.
    clipped = case((u.p > 1.0, 1.0), else_=u.p)
    return select(u.g, clipped.label("p"), u.y).subquery("units")


def _num(value: float) -> ColumnElement[float]:
    # Constants are rendered inline: they are fixed numbers, never user text.
    return literal_column(repr(float(value)), Double)


def _terms(p: ColumnElement[float], y: ColumnElement[float]) -> list[ColumnElement[float]]:
    """The per-forecast terms of `app.scoring.sums`, in BinSums field order after n."""
    one = _num(1.0)
    q = case((y == one, p), else_=one - p)
    clipped_q = case(
        (q < _num(LOG_EPS), _num(LOG_EPS)), (q > _num(1 - LOG_EPS), _num(1 - LOG_EPS)), else_=q
    )
    miss = one - _num(2.0) * p
    error2 = (p - y) * (p - y)
    return [
        p,
        p * p,
        y,
        p * y,
        error2 * error2,
        -func.ln(clipped_q, type_=Double),
        q / func.sqrt(p * p + (one - p) * (one - p), type_=Double),
        (y - p) * miss,
        miss * miss * p * (one - p),
    ]


def _sums_statement(units: Subquery, bins: int) -> Select[Any]:
    """One row per (g, non-empty bin): n, the BinSums sums, and the bin's share of the AUC.

    No joins, one aggregation over the forecasts: count them and their positives per
    distinct value (g, p). Every term depends on p and y only, so a value's sums are
    pos * term(p, 1) + neg * term(p, 0). A running window gives each value the negatives
    below it, and the last grouping by bin adds up the sums and each value's Mann-Whitney
    term pos * (negatives below + neg / 2); a group's AUC numerator is the sum over its bins
    (`app.scoring.discrimination`).
    """
    values = (
        select(
            units.c.g,
            units.c.p,
            cast(func.count(), Double).label("n"),
            cast(func.sum(units.c.y), Double).label("pos"),
        )
        .group_by(units.c.g, units.c.p)
        .subquery("vals")
    )
    v = values.c
    neg = v.n - v.pos
    below = func.coalesce(
        func.sum(neg).over(partition_by=v.g, order_by=v.p, rows=(None, -1)), _num(0.0)
    )
    ranked = select(values, below.label("below")).subquery("ranked")
    r = ranked.c
    r_neg = r.n - r.pos
    sums = [
        r.pos * yes + r_neg * no
        for yes, no in zip(_terms(r.p, _num(1.0)), _terms(r.p, _num(0.0)), strict=True)
    ]
    raw_bin = func.floor(r.p * _num(bins) + _num(BIN_EPS), type_=Double)
    bin_index = case((raw_bin > _num(bins - 1), _num(bins - 1)), else_=raw_bin)
    return select(
        r.g,
        bin_index.label("bin"),
        cast(func.sum(r.n), BigInteger).label("n"),
        *(func.sum(term).label(f"s{i}") for i, term in enumerate(sums)),
        func.sum(r.pos * (r.below + r_neg * _num(0.5))).label("num"),
    ).group_by(r.g, bin_index)


def _listing(session: Session, units: Subquery) -> dict[Key, tuple[int, float]]:
    """Every group's n and Brier score, from one cheap aggregate."""
    u = units.c
    stmt = select(u.g, func.count(), func.avg((u.p - u.y) * (u.p - u.y))).group_by(u.g)
    return {g: (int(n), float(brier)) for g, n, brier in session.execute(stmt)}


Cells = tuple[Summary, float]


def _summaries(session: Session, units: Subquery, bins: int) -> dict[Key, Cells]:
    """Each group's Summary and AUC numerator, from one statement."""
    by_group: dict[Key, dict[int, BinSums]] = {}
    numerators: dict[Key, float] = {}
    for row in session.execute(_sums_statement(units, bins)):
        g, k, n, *sums, num = row
        by_group.setdefault(g, {})[int(k)] = BinSums(n, *sums)
        numerators[g] = numerators.get(g, 0.0) + float(num)
    return {g: (Summary(bins, cells), numerators[g]) for g, cells in by_group.items()}


def _report(summary: Summary, numerator: float) -> ScoreReport:
    total = summary.total
    positives = round(total.sum_y)
    auc = auc_from_rank_sum(numerator, positives, total.n - positives)
    return report(summary, auc=auc)


def _order(group_by: GroupBy, listing: dict[Key, tuple[int, float]]) -> list[Key]:
    if group_by == "forecaster":
        # A leaderboard: best (lowest) Brier first, the larger record first among equals.
        def rank(key: Key) -> tuple[float, int, int]:
            n, brier = listing[key]
            return (brier, -n, key if isinstance(key, int) else 0)

        return sorted(listing, key=rank)
    # Everything else reads best in key order (quarters chronologically), the blank key last.
    return sorted(listing, key=lambda key: (key is None, str(key) if key is not None else ""))


def _quarter_name(key: Key) -> str:
    assert isinstance(key, int)
    return f"{key // 10}-Q{key % 10}"


def _labels(session: Session, group_by: GroupBy, keys: list[Key]) -> dict[Key, str | None]:
    if group_by == "quarter":
        return {key: _quarter_name(key) for key in keys}
    if group_by not in ("forecaster", "publisher"):
        return {key: None if key is None else str(key) for key in keys}
    ids = [key for key in keys if isinstance(key, int)]
    if not ids:
        return {}
    rows = session.execute(select(Forecaster.id, Forecaster.name).where(Forecaster.id.in_(ids)))
    return {fid: name for fid, name in rows}  # noqa: C416  (rows are not pairs to mypy)


def _relative_briers(
    session: Session, counted: Subquery, dialect: str, forecaster_ids: list[Key]
) -> dict[Key, RelativeBrier]:
    """Each listed forecaster's mean of (its Brier - median Brier of the others), per question.

    Only three order statistics of a question's sorted Briers b[1..m] matter: with
    c = (m - 1) div 2, removing any one forecast leaves a median among b[c], b[c+1] and
    b[c+2], chosen by comparing the removed forecast's own Brier with them (equal Briers
    are interchangeable, so comparing values is as good as comparing ranks). See
    `app.scoring.relative_brier` for the definition this reproduces.
    """
    c = counted.c
    brier = (c.p - c.y) * (c.p - c.y)
    if dialect == "postgresql":
        # A parallel plan builds the per-question arrays once in every worker (the hash
        # side of the join is not shared), which only multiplies the work on a busy machine.
        session.execute(text("SET LOCAL max_parallel_workers_per_gather = 0"))
    stats = _order_statistics(counted, dialect)
    s = stats.c
    half = _num(0.5)
    others = case(
        (s.m % 2 == 0, case((brier < s.v2, s.v2), else_=s.v1)),
        (brier < s.v1, (s.v1 + s.v2) * half),
        (brier > s.v1, (s.v0 + s.v1) * half),
        else_=(s.v0 + s.v2) * half,
    )
    stmt = (
        select(c.forecaster_id, func.avg(brier - others), func.count())
        .join_from(counted, stats, stats.c.question_id == c.question_id)
        .where(c.forecaster_id.in_(forecaster_ids))
        .group_by(c.forecaster_id)
    )
    return {fid: RelativeBrier(float(mean), int(n)) for fid, mean, n in session.execute(stmt)}


def _order_statistics(counted: Subquery, dialect: str) -> Subquery:
    """Per question with two forecasts or more: m and the Briers ranked c, c + 1, c + 2."""
    c = counted.c
    brier = (c.p - c.y) * (c.p - c.y)
    if dialect == "postgresql":
        # One sorted array per question beats ranking every row with window functions.
        listed = (
            select(c.question_id, func.array_agg(aggregate_order_by(brier, brier)).label("bs"))
            .group_by(c.question_id)
            .having(func.count() >= 2)
            .subquery("sorted")
        )
        bs = listed.c.bs
        m = func.cardinality(bs)
        middle = (m - 1) // 2
        return select(
            listed.c.question_id,
            m.label("m"),
            bs[middle].label("v0"),
            bs[middle + 1].label("v1"),
            bs[middle + 2].label("v2"),
        ).subquery("stats")
    ranked = select(
        c.question_id,
        brier.label("b"),
        func.row_number().over(partition_by=c.question_id, order_by=brier).label("r"),
        func.count().over(partition_by=c.question_id).label("m"),
    ).subquery("ranked")
    r = ranked.c
    middle = (r.m - 1) // 2

    def at(offset: int) -> ColumnElement[Any]:
        return func.max(case((r.r == middle + offset, r.b)))

    return (
        select(r.question_id, func.max(r.m).label("m"), at(0).label("v0"), at(1).label("v1"))
        .add_columns(at(2).label("v2"))
        .where(r.m >= 2, r.r >= middle, r.r <= middle + 2)
        .group_by(r.question_id)
        .subquery("stats")
    )
