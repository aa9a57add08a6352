"""What the dashboard pages show, as plain data: counts, score reports, lists and queues.

Every figure about accuracy comes from `app.scores.service.scores`, the engine behind
`GET /v1/scores`, so a page, its CSV and the API always agree.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from app.db import utcnow
from app.documents import service as documents
from app.documents.models import Candidate, Document
from app.extraction import load_scale, rank_questions
from app.forecasters import service as forecasters
from app.forecasters.models import Forecaster
from app.forecasts import service as forecasts
from app.forecasts.models import Forecast, LatestForecast
from app.outcomes import service as outcomes
from app.outcomes.models import Event, Resolution
from app.outcomes.suggestions import linking_items
from app.questions import service as questions
from app.questions.models import Question, QuestionTag
from app.scores.service import GroupScore, Scores, cutoff_sql, scores
from app.scoring import ScoreReport, wilson_interval

from .filters import Filters

# Leaderboards on the overview; the full ones are paginated on /forecasters and /publishers.
TOP = 10
# Events a queue page compares its questions with, newest first.
EVENT_POOL = 300
# Below this a suggested event is more noise than help.
MIN_SUGGESTION = 0.12
SUGGESTIONS_PER_QUESTION = 3


@dataclass(frozen=True)
class StatusCounts:
    open: int = 0
    due: int = 0
    resolved: int = 0
    annulled: int = 0


@dataclass(frozen=True)
class Backfill:
    scored: int
    backfilled: int

    @property
    def share(self) -> float | None:
        return self.backfilled / self.scored if self.scored else None


@dataclass(frozen=True)
class Overview:
    counts: StatusCounts
    scores: Scores
    publishers: Scores
    backfill: Backfill
    recent: list[tuple[Resolution, Question]]


def _forecast_filter(session: Session, filters: Filters) -> ColumnElement[bool] | None:
    """Questions with a forecast matching the forecaster/publisher/date filters.

    Returns None when nothing restricts them, and a false condition for an unknown name.
    """
    conditions: list[ColumnElement[bool]] = []
    for name, column in (
        (filters.forecaster, Forecast.forecaster_id),
        (filters.publisher, Forecast.publisher_id),
    ):
        if name:
            who = forecasters.find(session, name)
            if who is None:
                return Question.id.is_(None)
            conditions.append(column == who.id)
    if filters.made_from:
        conditions.append(Forecast.made_at >= filters.made_from)
    if filters.made_to:
        conditions.append(Forecast.made_at < filters.made_to)
    if not conditions:
        return None
    return Question.id.in_(select(Forecast.question_id).where(*conditions))


def _question_conditions(session: Session, filters: Filters) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if filters.tag:
        tagged = select(QuestionTag.question_id).where(QuestionTag.tag == filters.tag)
        conditions.append(Question.id.in_(tagged))
    by_forecast = _forecast_filter(session, filters)
    if by_forecast is not None:
        conditions.append(by_forecast)
    return conditions


def status_counts(session: Session, filters: Filters, today: date | None = None) -> StatusCounts:
    """Questions by status; "due" is the open ones past their resolve_by date."""
    today = today or utcnow().date()
    late = case(((Question.status == "open") & (Question.resolve_by < today), 1), else_=0)
    stmt = (
        select(Question.status, func.count(), func.sum(late))
        .where(*_question_conditions(session, filters))
        .group_by(Question.status)
    )
    found: dict[str, int] = {}
    due = 0
    for status, n, n_late in session.execute(stmt):
        found[status] = int(n)
        due += int(n_late or 0)
    return StatusCounts(
        open=found.get("open", 0),
        due=due,
        resolved=found.get("resolved", 0),
        annulled=found.get("annulled", 0),
    )


def backfill(session: Session, filters: Filters) -> Backfill:
    """Of the scored forecasts, how many were recorded after the outcome was known.

    The same set `scores` counts without verified_only (the counted forecast per
    forecaster and resolved question), and the same test the API's `backfilled` flag
    uses: recorded after the end of the resolve_by day or after resolved_at.
    """
    lf = LatestForecast
    conditions: list[ColumnElement[bool]] = [lf.outcome.is_not(None)]
    named = ((filters.forecaster, lf.forecaster_id), (filters.publisher, lf.publisher_id))
    for name, column in named:
        if name:
            who = forecasters.find(session, name)
            if who is None:
                return Backfill(0, 0)
            conditions.append(column == who.id)
    if filters.tag:
        tagged = select(QuestionTag.question_id).where(QuestionTag.tag == filters.tag)
        conditions.append(lf.question_id.in_(tagged))
    if filters.made_from:
        conditions.append(lf.made_at >= filters.made_from)
    if filters.made_to:
        conditions.append(lf.made_at < filters.made_to)
    dialect = session.get_bind().dialect.name
    late = case((lf.recorded_at > cutoff_sql(dialect), 1), else_=0)
    stmt = (
        select(func.count(), func.sum(late))
        .select_from(lf)
        .join(Question, Question.id == lf.question_id)
        .where(*conditions)
    )
    n, n_late = session.execute(stmt).one()
    return Backfill(int(n or 0), int(n_late or 0))


def recent_resolutions(
    session: Session, filters: Filters, limit: int = 8
) -> list[tuple[Resolution, Question]]:
    stmt = (
        select(Resolution, Question)
        .join(Question, Question.id == Resolution.question_id)
        .where(*_question_conditions(session, filters))
        .order_by(Resolution.recorded_at.desc(), Resolution.id.desc())
        .limit(limit)
    )
    return [(r, q) for r, q in session.execute(stmt).all()]


def overview(session: Session, filters: Filters, top: int = TOP) -> Overview:
    """Everything on the overview page; run it in one snapshot so the parts agree."""
    return Overview(
        counts=status_counts(session, filters),
        scores=scores(session, filters.score_query(group_by="forecaster"), limit=top),
        publishers=scores(session, filters.score_query(group_by="publisher"), limit=top),
        backfill=backfill(session, filters),
        recent=recent_resolutions(session, filters),
    )


def leaderboard(session: Session, filters: Filters, by: str, limit: int, offset: int) -> Scores:
    group = "forecaster" if by == "forecaster" else "publisher"
    return scores(session, filters.score_query(group_by=group), limit=limit, offset=offset)


# --- a forecaster's track record -------------------------------------------------------


@dataclass(frozen=True)
class PhraseRow:
    phrase: str
    n: int
    observed: float
    ci_low: float
    ci_high: float
    mean_forecast: float | None
    band: tuple[float, float] | None


@dataclass(frozen=True)
class ForecastRow:
    forecast: Forecast
    question: Question
    counted: bool
    backfilled: bool
    brier: float | None
    publisher: str | None


@dataclass(frozen=True)
class Record:
    forecaster: Forecaster
    overall: ScoreReport
    relative: GroupScore | None
    quarters: list[GroupScore]
    phrases: list[PhraseRow]
    forecasts: list[ForecastRow]
    total_forecasts: int


def record(
    session: Session, forecaster_id: int, filters: Filters, limit: int, offset: int
) -> Record:
    who = forecasters.get(session, forecaster_id)
    own = filters.with_(forecaster=who.name)
    by_quarter = scores(session, own.score_query(group_by="quarter"), limit=400)
    ranked = scores(session, own.score_query(group_by="forecaster"), limit=1)
    by_phrase = scores(session, own.score_query(group_by="phrase"), limit=200)
    rows, total = forecast_rows(session, who.id, filters, limit, offset)
    return Record(
        forecaster=who,
        overall=by_quarter.overall,
        relative=ranked.groups[0] if ranked.groups else None,
        quarters=by_quarter.groups,
        phrases=phrase_rows(by_phrase.groups),
        forecasts=rows,
        total_forecasts=total,
    )


def phrase_rows(groups: list[GroupScore]) -> list[PhraseRow]:
    """Calibration per estimative phrase, with the ICD 203 band where the phrase has one."""
    scale = load_scale("icd203")
    rows = []
    for g in groups:
        if not isinstance(g.key, str) or g.report.n == 0 or g.report.base_rate is None:
            continue
        n = g.report.n
        hits = g.report.base_rate * n
        low, high = wilson_interval(round(hits), n)
        mean = sum(b.mean_forecast * b.n for b in g.report.calibration) / n
        entry = scale.find(g.key)
        rows.append(
            PhraseRow(
                phrase=g.key,
                n=n,
                observed=g.report.base_rate,
                ci_low=low,
                ci_high=high,
                mean_forecast=mean,
                band=(entry.low, entry.high) if entry else None,
            )
        )
    rows.sort(key=lambda r: (-r.n, r.phrase))
    return rows


def forecast_rows(
    session: Session, forecaster_id: int, filters: Filters, limit: int, offset: int
) -> tuple[list[ForecastRow], int]:
    """One forecaster's forecasts, newest first, with their questions' outcomes."""
    conditions: list[ColumnElement[bool]] = [Forecast.forecaster_id == forecaster_id]
    if filters.publisher:
        pub = forecasters.find(session, filters.publisher)
        if pub is None:
            return [], 0
        conditions.append(Forecast.publisher_id == pub.id)
    if filters.tag:
        tagged = select(QuestionTag.question_id).where(QuestionTag.tag == filters.tag)
        conditions.append(Forecast.question_id.in_(tagged))
    if filters.made_from:
        conditions.append(Forecast.made_at >= filters.made_from)
    if filters.made_to:
        conditions.append(Forecast.made_at < filters.made_to)
    total = session.scalar(select(func.count()).select_from(Forecast).where(*conditions)) or 0
    stmt = (
        select(Forecast, Question)
        .join(Question, Question.id == Forecast.question_id)
        .where(*conditions)
        .order_by(Forecast.made_at.desc(), Forecast.id.desc())
        .limit(limit)
        .offset(offset)
    )
    pairs = list(session.execute(stmt).all())
    counted = forecasts.current_among(session, [f.id for f, _ in pairs])
    names = _names(session, {f.publisher_id for f, _ in pairs if f.publisher_id})
    rows = []
    for f, q in pairs:
        y = forecasts.outcome_flag(q)
        is_counted = f.id in counted
        rows.append(
            ForecastRow(
                forecast=f,
                question=q,
                counted=is_counted,
                backfilled=f.recorded_at > questions.cutoff(q),
                brier=(f.probability - y) ** 2 if is_counted and y is not None else None,
                publisher=names.get(f.publisher_id) if f.publisher_id else None,
            )
        )
    return rows, total


def _names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(select(Forecaster.id, Forecaster.name).where(Forecaster.id.in_(ids)))
    return dict(rows.all())


# --- a question ------------------------------------------------------------------------


@dataclass(frozen=True)
class HistoryRow:
    forecast: Forecast
    forecaster: str
    publisher: str | None
    counted: bool
    backfilled: bool


@dataclass(frozen=True)
class Source:
    candidate: Candidate
    document: Document
    before: str
    quote: str
    after: str


@dataclass(frozen=True)
class QuestionView:
    question: Question
    history: list[HistoryRow]
    resolutions: list[Resolution]
    events: dict[int, Event]
    source: Source | None
    overdue: bool


# Characters of article text shown on either side of a quote.
CONTEXT = 280


def question_view(session: Session, question_id: int) -> QuestionView:
    q = questions.get(session, question_id)
    history = forecasts.history(session, q.id)
    counted = forecasts.current_ids(session, q.id)
    names = _names(
        session,
        {f.forecaster_id for f in history} | {f.publisher_id for f in history if f.publisher_id},
    )
    cutoff = questions.cutoff(q)
    rows = [
        HistoryRow(
            forecast=f,
            forecaster=names.get(f.forecaster_id, f"#{f.forecaster_id}"),
            publisher=names.get(f.publisher_id) if f.publisher_id else None,
            counted=f.id in counted,
            backfilled=f.recorded_at > cutoff,
        )
        for f in history
    ]
    resolutions = outcomes.history(session, q.id)
    events = outcomes.events_by_id(session, {i for r in resolutions for i in r.event_ids})
    return QuestionView(
        question=q,
        history=rows,
        resolutions=resolutions,
        events=events,
        source=source_of(session, q.id),
        overdue=questions.is_overdue(q),
    )


def source_of(session: Session, question_id: int) -> Source | None:
    candidate = documents.source_quotes(session, [question_id]).get(question_id)
    if candidate is None:
        return None
    document = documents.get(session, candidate.document_id)
    text = document.text
    start, end = candidate.quote_start, candidate.quote_end
    if not 0 <= start < end <= len(text):
        return Source(candidate, document, "", candidate.quote, "")
    lead = max(0, start - CONTEXT)
    tail = min(len(text), end + CONTEXT)
    before = ("\u2026" if lead else "") + text[lead:start]
    after = text[end:tail] + ("\u2026" if tail < len(text) else "")
    return Source(candidate, document, before, text[start:end], after)


# --- documents ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    """A run of article text; `marks` lists the candidates it belongs to (none: plain)."""

    text: str
    marks: tuple[int, ...] = ()


def segments(text: str, candidates: list[Candidate]) -> list[Segment]:
    """Split the text at candidate offsets; overlapping quotes share one highlighted run."""
    spans = sorted(
        (c.quote_start, c.quote_end, c.id)
        for c in candidates
        if 0 <= c.quote_start < c.quote_end <= len(text)
    )
    merged: list[tuple[int, int, list[int]]] = []
    for start, end, cid in spans:
        if merged and start < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), [*last[2], cid])
        else:
            merged.append((start, end, [cid]))
    out: list[Segment] = []
    at = 0
    for start, end, ids in merged:
        if start > at:
            out.append(Segment(text[at:start]))
        out.append(Segment(text[start:end], tuple(ids)))
        at = end
    if at < len(text):
        out.append(Segment(text[at:]))
    return out


# --- the resolution queue ----------------------------------------------------------------


@dataclass(frozen=True)
class EventMatch:
    event: Event
    score: float
    reasons: list[str]


@dataclass(frozen=True)
class QueueItem:
    question: Question
    days_late: int
    forecasts: int
    suggestions: list[EventMatch] = field(default_factory=list)


def queue(
    session: Session, filters: Filters, limit: int, offset: int
) -> tuple[list[QueueItem], int]:
    """Open questions past their resolve_by date, the longest overdue first."""
    rows, total = questions.search(
        session,
        limit=limit,
        offset=offset,
        sort="resolve_by",
        overdue=True,
        tag=filters.tag,
        forecaster=filters.forecaster,
    )
    today = utcnow().date()
    counts = _forecast_counts(session, [q.id for q in rows])
    matches = suggest_events(session, rows)
    items = [
        QueueItem(
            question=q,
            days_late=(today - q.resolve_by).days,
            forecasts=counts.get(q.id, 0),
            suggestions=matches.get(q.id, []),
        )
        for q in rows
    ]
    return items, total


def _forecast_counts(session: Session, ids: list[int]) -> dict[int, int]:
    if not ids:
        return {}
    stmt = (
        select(Forecast.question_id, func.count())
        .where(Forecast.question_id.in_(ids))
        .group_by(Forecast.question_id)
    )
    return {qid: int(n) for qid, n in session.execute(stmt).all()}


def _asked_at(session: Session, pool: list[Question]) -> dict[int, datetime]:
    """When each question was first forecast (else created): older events cannot settle it."""
    stmt = (
        select(Forecast.question_id, func.min(Forecast.made_at))
        .where(Forecast.question_id.in_([q.id for q in pool]))
        .group_by(Forecast.question_id)
    )
    first = dict(session.execute(stmt).all())
    return {q.id: first.get(q.id) or q.created_at for q in pool}


def suggest_events(session: Session, pool: list[Question]) -> dict[int, list[EventMatch]]:
    """Recent events that may settle each question, best first.

    The matching is `app.extraction.rank_questions`, the same ranking behind
    GET /v1/events/{id}/suggestions: each recent event ranks the questions of the pool,
    and each question keeps its best-scoring events.
    """
    if not pool:
        return {}
    asked = _asked_at(session, pool)
    since = min(asked.values())
    events = list(
        session.scalars(
            select(Event)
            .where(Event.occurred_at >= since)
            .order_by(Event.occurred_at.desc(), Event.id.desc())
            .limit(EVENT_POOL)
        )
    )
    if not events:
        return {}
    items = linking_items(session, pool)
    found: dict[int, list[EventMatch]] = defaultdict(list)
    for event in events:
        seen = {
            "title": event.title,
            "description": event.description,
            "occurred_at": event.occurred_at,
        }
        ranked = rank_questions(seen, items, limit=len(items))
        for s in ranked:
            qid = int(s.question_id)
            if s.score >= MIN_SUGGESTION and event.occurred_at >= asked[qid]:
                found[qid].append(EventMatch(event, s.score, list(s.reasons)))
    return {
        qid: sorted(matches, key=lambda m: (-m.score, -m.event.id))[:SUGGESTIONS_PER_QUESTION]
        for qid, matches in found.items()
    }


# --- lists ---------------------------------------------------------------------------------


def forecaster_choices(session: Session, limit: int = 300) -> list[str]:
    """Names offered by the filter form (a datalist; typing any other name works too)."""
    rows = session.scalars(select(Forecaster.name).order_by(Forecaster.name).limit(limit))
    return list(rows)


def tag_choices(session: Session, limit: int = 300) -> list[str]:
    rows = session.scalars(
        select(QuestionTag.tag).group_by(QuestionTag.tag).order_by(QuestionTag.tag).limit(limit)
    )
    return list(rows)
