"""Scores computed in the database over the counted forecast of each forecaster.

The database does the heavy lifting: it reduces the counted forecasts to one row per
(group, calibration bin) holding the additive sums of `app.scoring.sums`, plus each group's
AUC rank sum (`app.scoring.discrimination`). Python only turns those rows, bounded by
groups x bins, into `Summary` objects and calls `app.scoring.report`. No statement returns
individual forecasts.

Forecasts are first collapsed to one cell per distinct (group, probability, outcome) with a
count, and every per-forecast term is then evaluated once per cell and weighted by the count.
Probabilities come on coarse grids (0.01 or 0.001), so a million forecasts collapse to a few
thousand cells and the arithmetic costs next to nothing.
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
    String,
    Subquery,
    case,
    cast,
    func,
    literal_column,
    null,
    select,
)
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
from app.scoring.report import brier_of

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

    Run it in one snapshot (`Database.snapshot`): it issues up to four statements.
    """
    ids = _resolve_names(session, query)
    if ids is None:
        return Scores(report(Summary(query.bins, {})), [], 0)
    dialect = session.get_bind().dialect.name
    counted = _counted(dialect, query, ids)
    overall = _reports(session, _units(counted, None, query.aggregate, dialect), query.bins)
    empty = report(Summary(query.bins, {}))
    if query.group_by is None:
        return Scores(overall.get(None, empty), [], 0)

    grouped = _summaries(
        session, _units(counted, query.group_by, query.aggregate, dialect), query.bins
    )
    order = _order(query.group_by, grouped)
    page = order[offset : offset + limit]
    labels = _labels(session, query.group_by, page)
    relative: dict[Key, RelativeBrier] = {}
    if query.group_by == "forecaster" and page:
        crowd = _counted(dialect, replace(query, forecaster=None, publisher=None), {})
        relative = _relative_briers(session, crowd)
    groups = [
        GroupScore(
            key=key,
            label=labels.get(key),
            report=_report(*grouped[key]),
            relative=relative.get(key),
        )
        for key in page
    ]
    return Scores(overall.get(None, empty), groups, len(order))


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
            f.recorded_at <= _cutoff(dialect),
        )
        .subquery("ranked")
    )
    columns = [col for col in ranked.c if col.name != "rank"]
    return select(*columns).where(ranked.c.rank == 1).subquery("verified")


def _cutoff(dialect: str) -> ColumnElement[Any]:
    """min(end of the question's resolve_by day, resolved_at), in SQL."""
    q = Question
    if dialect == "postgresql":
        # Connections run in UTC (app.db), so midnight here is midnight UTC.
        end = cast(q.resolve_by, DateTime) + literal_column("interval '1 day'")
        return func.least(end, q.resolved_at)
    # SQLite stores times as 'YYYY-MM-DD HH:MM:SS.ffffff' text, which sorts as time does.
    end_text = func.date(q.resolve_by, "+1 day") + " 00:00:00.000000"
    return func.min(end_text, q.resolved_at)


def _group_key(counted: Subquery, group_by: GroupBy, dialect: str) -> ColumnElement[Any]:
    c = counted.c
    if group_by == "forecaster":
        return c.forecaster_id
    if group_by == "publisher":
        return c.publisher_id
    if group_by == "phrase":
        return c.phrase
    if group_by == "quarter":
        if dialect == "postgresql":
            return func.to_char(c.made_at, 'YYYY-"Q"Q')
        month = cast(func.strftime("%m", c.made_at), Integer)
        return func.strftime("%Y", c.made_at) + "-Q" + cast((month + 2) // 3, String)
    return QuestionTag.__table__.c.tag


def _units(
    counted: Subquery, group_by: GroupBy | None, aggregate: Aggregate | None, dialect: str
) -> Subquery:
    """What gets scored, as (g, p, y) rows: the forecasts, or each question's consensus.

    With `aggregate`, a unit is the median or mean of the counted forecasts of one question
    within one group (or overall when `group_by` is None).
    """
    key: ColumnElement[Any] = null() if group_by is None else _group_key(counted, group_by, dialect)
    source: FromClause = counted
    if group_by == "tag":
        source = counted.join(QuestionTag, QuestionTag.question_id == counted.c.question_id)
    c = counted.c
    if aggregate is None:
        return select(key.label("g"), c.p, c.y).select_from(source).subquery("units")
    if aggregate == "mean":
        central: ColumnElement[float] = func.avg(c.p)
    elif dialect == "postgresql":
        central = func.percentile_cont(0.5).within_group(c.p)
    else:
        central = func.median(c.p)  # registered on every SQLite connection by app.db
    per_question = (
        select(key.label("g"), c.question_id, central.label("p"), func.min(c.y).label("y"))
        .select_from(source)
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


def _sums_statement(units: Subquery, bins: int) -> Select[Any]:
    """One row per (g, non-empty bin): BinSums fields plus the group's AUC rank sum."""
    cells = (
        select(units.c.g, units.c.p, units.c.y, func.count().label("c"))
        .group_by(units.c.g, units.c.p, units.c.y)
        .cte("cells")
    )
    g, p, y = cells.c.g, cells.c.p, cells.c.y
    c = cast(cells.c.c, Double)
    one = _num(1.0)
    k = _num(bins)
    raw_bin = func.floor(p * k + _num(BIN_EPS), type_=Double)
    bin_index = case((raw_bin > _num(bins - 1), _num(bins - 1)), else_=raw_bin)
    q = case((y == one, p), else_=one - p)
    clipped_q = case(
        (q < _num(LOG_EPS), _num(LOG_EPS)), (q > _num(1 - LOG_EPS), _num(1 - LOG_EPS)), else_=q
    )
    miss = one - _num(2.0) * p
    error2 = (p - y) * (p - y)
    terms = [
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
    binned = (
        select(
            g.label("g"),
            bin_index.label("bin"),
            cast(func.sum(cells.c.c), BigInteger).label("n"),
            *(func.sum(c * term).label(f"s{i}") for i, term in enumerate(terms)),
        )
        .group_by(g, bin_index)
        .subquery("binned")
    )

    # AUC: positives and negatives per distinct value, then the Mann-Whitney numerator
    # sum_v pos_v * (negatives below v + neg_v / 2) with a running window sum.
    values = (
        select(
            g.label("g"),
            p.label("p"),
            func.sum(c * y).label("pos"),
            func.sum(c * (one - y)).label("neg"),
        )
        .group_by(g, p)
        .subquery("vals")
    )
    below = func.coalesce(
        func.sum(values.c.neg).over(partition_by=values.c.g, order_by=values.c.p, rows=(None, -1)),
        _num(0.0),
    )
    ranked = select(values.c.g, values.c.pos, values.c.neg, below.label("below")).subquery("rk")
    auc = (
        select(
            ranked.c.g,
            func.sum(ranked.c.pos * (ranked.c.below + ranked.c.neg / _num(2.0))).label("num"),
        )
        .group_by(ranked.c.g)
        .subquery("auc")
    )
    return select(binned, auc.c.num).join_from(
        binned, auc, binned.c.g.is_not_distinct_from(auc.c.g)
    )


Cells = tuple[Summary, float]


def _summaries(session: Session, units: Subquery, bins: int) -> dict[Key, Cells]:
    """Each group's Summary and AUC numerator, from one statement."""
    by_group: dict[Key, dict[int, BinSums]] = {}
    numerators: dict[Key, float] = {}
    for row in session.execute(_sums_statement(units, bins)):
        g, k, n, *sums, num = row
        by_group.setdefault(g, {})[int(k)] = BinSums(n, *sums)
        numerators[g] = float(num)
    return {g: (Summary(bins, cells), numerators[g]) for g, cells in by_group.items()}


def _report(summary: Summary, numerator: float) -> ScoreReport:
    total = summary.total
    positives = round(total.sum_y)
    auc = auc_from_rank_sum(numerator, positives, total.n - positives)
    return report(summary, auc=auc)


def _reports(session: Session, units: Subquery, bins: int) -> dict[Key, ScoreReport]:
    return {g: _report(*cells) for g, cells in _summaries(session, units, bins).items()}


def _order(group_by: GroupBy, grouped: dict[Key, Cells]) -> list[Key]:
    if group_by == "forecaster":
        # A leaderboard: best (lowest) Brier first, the larger record first among equals.
        def rank(key: Key) -> tuple[float, int, str]:
            total = grouped[key][0].total
            return (brier_of(total), -total.n, str(key))

        return sorted(grouped, key=rank)
    # Everything else reads best in key order (quarters chronologically), the blank key last.
    return sorted(grouped, key=lambda key: (key is None, str(key) if key is not None else ""))


def _labels(session: Session, group_by: GroupBy, keys: list[Key]) -> dict[Key, str | None]:
    if group_by not in ("forecaster", "publisher"):
        return {key: None if key is None else str(key) for key in keys}
    ids = [key for key in keys if isinstance(key, int)]
    if not ids:
        return {}
    rows = session.execute(select(Forecaster.id, Forecaster.name).where(Forecaster.id.in_(ids)))
    return {fid: name for fid, name in rows}  # noqa: C416  (rows are not pairs to mypy)


def _relative_briers(session: Session, counted: Subquery) -> dict[Key, RelativeBrier]:
    """Each forecaster's mean of (its Brier - median Brier of the others on the question).

    The median of the others is read off the question's sorted Briers: with m forecasts and
    c = (m - 1) div 2, removing the one ranked r leaves a median that is one of b[c], b[c+1],
    b[c+2] (or the mean of two of them), depending on r and the parity of m. See
    `app.scoring.relative_brier` for the definition this reproduces.
    """
    c = counted.c
    brier = (c.p - c.y) * (c.p - c.y)
    ranked = select(
        c.question_id,
        c.forecaster_id,
        brier.label("b"),
        func.row_number().over(partition_by=c.question_id, order_by=brier).label("r"),
        func.count().over(partition_by=c.question_id).label("m"),
    ).subquery("ranked")
    r = ranked.c
    middle = (r.m - 1) // 2

    def at(offset: int) -> ColumnElement[Any]:
        return func.max(case((r.r == middle + offset, r.b))).over(partition_by=r.question_id)

    around = (
        select(
            r.forecaster_id, r.b, r.r, r.m, at(0).label("v0"), at(1).label("v1"), at(2).label("v2")
        )
        .where(r.m >= 2)
        .subquery("around")
    )
    a = around.c
    mid = (a.m - 1) // 2
    half = _num(0.5)
    even = case((a.r <= mid + 1, a.v2), else_=a.v1)
    odd = case(
        (a.r <= mid, (a.v1 + a.v2) * half),
        (a.r == mid + 1, (a.v0 + a.v2) * half),
        else_=(a.v0 + a.v1) * half,
    )
    others = case((a.m % 2 == 0, even), else_=odd)
    stmt = select(a.forecaster_id, func.avg(a.b - others), func.count()).group_by(a.forecaster_id)
    return {fid: RelativeBrier(float(mean), int(n)) for fid, mean, n in session.execute(stmt)}
