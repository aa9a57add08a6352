from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, UnaryExpression, func, select
from sqlalchemy.orm import Session, lazyload

from app.audit.service import record
from app.auth.service import Principal
from app.db import utcnow
from app.errors import Conflict, NotFound
from app.forecasters.service import find as find_forecaster
from app.forecasts.models import Forecast
from app.questions.models import Question, QuestionTag
from app.questions.schemas import QuestionCreate


def deadline(question: Question) -> datetime:
    """The end of the resolve_by day, in UTC."""
    return datetime.combine(question.resolve_by + timedelta(days=1), time(), UTC)


def cutoff(question: Question) -> datetime:
    """When the outcome was known at the latest: the deadline, or an earlier resolution."""
    end = deadline(question)
    if question.resolved_at is not None:
        return min(end, question.resolved_at)
    return end


def is_overdue(question: Question, today: date | None = None) -> bool:
    return question.status == "open" and question.resolve_by < (today or utcnow().date())


def create(session: Session, principal: Principal, data: QuestionCreate) -> Question:
    if data.external_id is not None:
        taken = session.scalar(select(Question.id).where(Question.external_id == data.external_id))
        if taken is not None:
            raise Conflict(f"external_id {data.external_id!r} is already question {taken}")
    question = Question(
        title=data.title,
        description=data.description,
        resolution_criteria=data.resolution_criteria,
        resolve_by=data.resolve_by,
        external_id=data.external_id,
        created_by=principal.key_id,
        tags=[QuestionTag(tag=t) for t in sorted(set(data.tags))],
    )
    session.add(question)
    session.flush()
    record(session, principal, "question.create", question)
    return question


def get(session: Session, question_id: int, *, lock: str | None = None) -> Question:
    """Load a question; ``lock`` is "share" or "update" to hold a row lock until commit."""
    stmt = select(Question).where(Question.id == question_id)
    if lock is not None:
        # Writers rarely need the tags; loading them would cost a query per write.
        stmt = stmt.with_for_update(read=lock == "share").options(lazyload(Question.tags))
    question = session.scalar(stmt)
    if question is None:
        raise NotFound(f"question {question_id} does not exist")
    return question


def _filtered(
    stmt: Select[Question],
    session: Session,
    *,
    status: str | None,
    tag: str | None,
    forecaster: str | None,
    due_before: date | None,
    due_after: date | None,
    overdue: bool | None,
    q: str | None,
) -> Select[Question] | None:
    if status:
        stmt = stmt.where(Question.status == status)
    if tag:
        tagged = select(QuestionTag.question_id).where(
            QuestionTag.tag == " ".join(tag.lower().split())
        )
        stmt = stmt.where(Question.id.in_(tagged))
    if forecaster:
        who = find_forecaster(session, forecaster)
        if who is None:
            return None
        stmt = stmt.where(
            Question.id.in_(select(Forecast.question_id).where(Forecast.forecaster_id == who.id))
        )
    if due_before:
        stmt = stmt.where(Question.resolve_by <= due_before)
    if due_after:
        stmt = stmt.where(Question.resolve_by >= due_after)
    if overdue is not None:
        late = (Question.status == "open") & (Question.resolve_by < utcnow().date())
        stmt = stmt.where(late if overdue else ~late)
    if q:
        stmt = stmt.where(Question.title.icontains(q, autoescape=True))
    return stmt


SORTS: dict[str, tuple[UnaryExpression[Any], UnaryExpression[Any]]] = {
    "created": (Question.created_at.asc(), Question.id.asc()),
    "-created": (Question.created_at.desc(), Question.id.desc()),
    "resolve_by": (Question.resolve_by.asc(), Question.id.asc()),
    "-resolve_by": (Question.resolve_by.desc(), Question.id.desc()),
}


def search(
    session: Session,
    *,
    limit: int,
    offset: int,
    sort: str = "-created",
    status: str | None = None,
    tag: str | None = None,
    forecaster: str | None = None,
    due_before: date | None = None,
    due_after: date | None = None,
    overdue: bool | None = None,
    q: str | None = None,
) -> tuple[list[Question], int]:
    stmt = _filtered(
        select(Question),
        session,
        status=status,
        tag=tag,
        forecaster=forecaster,
        due_before=due_before,
        due_after=due_after,
        overdue=overdue,
        q=q,
    )
    if stmt is None:
        return [], 0
    total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = session.scalars(stmt.order_by(*SORTS[sort]).limit(limit).offset(offset))
    return list(rows), total
