from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.audit.service import record
from app.auth.service import Principal
from app.db import utcnow
from app.errors import Invalid, NotFound
from app.forecasts import service as forecasts
from app.forecasts.service import check_time
from app.outcomes.models import Event, Resolution, ResolutionEvent
from app.outcomes.schemas import EventCreate, ResolutionCreate
from app.questions import service as questions
from app.questions.models import Question


def create_event(session: Session, principal: Principal, data: EventCreate) -> Event:
    check_time(data.occurred_at, utcnow(), "occurred_at")
    event = Event(
        title=data.title,
        description=data.description,
        occurred_at=data.occurred_at,
        source_url=data.source_url,
        recorded_at=utcnow(),
        created_by=principal.key_id,
    )
    session.add(event)
    session.flush()
    record(session, principal, "event.create", event)
    return event


def get_event(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound(f"event {event_id} does not exist")
    return event


def search_events(
    session: Session,
    *,
    limit: int,
    offset: int,
    q: str | None = None,
    after: date | None = None,
    before: date | None = None,
) -> tuple[list[Event], int]:
    stmt = select(Event)
    if q:
        stmt = stmt.where(Event.title.icontains(q, autoescape=True))
    if after:
        stmt = stmt.where(Event.occurred_at >= datetime.combine(after, time(), UTC))
    if before:
        stmt = stmt.where(
            Event.occurred_at < datetime.combine(before + timedelta(days=1), time(), UTC)
        )
    total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = session.scalars(
        stmt.order_by(Event.occurred_at.desc(), Event.id.desc()).limit(limit).offset(offset)
    )
    return list(rows), total


def _known_at(question: Question, events: list[Event], now: datetime) -> datetime:
    if events:
        return max(e.occurred_at for e in events)
    return min(now, questions.deadline(question))


def resolve(
    session: Session, principal: Principal, question_id: int, data: ResolutionCreate
) -> Resolution:
    """Append a resolution; it becomes the question's current outcome."""
    # The row lock makes racing resolvers take turns, so the last to commit is
    # also the one whose verdict the question shows. The clock is read after it,
    # so recorded_at follows that order too.
    question = questions.get(session, question_id, lock="update")
    now = utcnow()
    ids = sorted(set(data.event_ids))
    events = list(session.scalars(select(Event).where(Event.id.in_(ids)))) if ids else []
    missing = sorted(set(ids) - {e.id for e in events})
    if missing:
        raise Invalid(f"event(s) {', '.join(map(str, missing))} do not exist")
    resolved_at = data.resolved_at or _known_at(question, events, now)
    check_time(resolved_at, now, "resolved_at")
    resolution = Resolution(
        question_id=question.id,
        outcome=data.outcome,
        note=data.note,
        resolver=principal.name,
        resolved_at=resolved_at,
        recorded_at=now,
        created_by=principal.key_id,
        links=[ResolutionEvent(event_id=i) for i in ids],
    )
    session.add(resolution)
    question.status = "annulled" if data.outcome == "annulled" else "resolved"
    question.outcome = data.outcome
    question.resolved_at = resolved_at
    session.flush()
    forecasts.rebuild_latest(session, question)
    record(session, principal, "resolution.create", resolution)
    return resolution


def history(session: Session, question_id: int) -> list[Resolution]:
    stmt = (
        select(Resolution)
        .where(Resolution.question_id == question_id)
        # Ids are assigned under the question's lock: the last is the one the question
        # mirrors, even if writers' clocks disagree.
        .order_by(Resolution.id)
    )
    return list(session.scalars(stmt))


def events_by_id(session: Session, ids: set[int]) -> dict[int, Event]:
    if not ids:
        return {}
    return {e.id: e for e in session.scalars(select(Event).where(Event.id.in_(ids)))}
