from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, status
from sqlalchemy.orm import Session

from app.auth.deps import ForecastWriter, ReadAccess, SessionDep
from app.forecasts import service as forecasts
from app.forecasts.router import forecasts_out
from app.idempotency.route import IdempotentRoute
from app.outcomes import service as outcomes
from app.outcomes.router import resolution_out
from app.pagination import Page, Paging
from app.questions import service
from app.questions.models import Question
from app.questions.schemas import (
    QuestionCreate,
    QuestionDetail,
    QuestionOut,
    QuestionSort,
    Status,
)
from app.types import Id, Name, ShortText, Tag

router = APIRouter(prefix="/v1/questions", tags=["questions"], route_class=IdempotentRoute)


def question_out(q: Question) -> QuestionOut:
    return QuestionOut(
        id=q.id,
        title=q.title,
        description=q.description,
        resolution_criteria=q.resolution_criteria,
        resolve_by=q.resolve_by,
        tags=q.tag_names,
        status=q.status,
        outcome=q.outcome,
        resolved_at=q.resolved_at,
        overdue=service.is_overdue(q),
        external_id=q.external_id,
        created_at=q.created_at,
    )


def detail(session: Session, question: Question) -> QuestionDetail:
    history = forecasts.history(session, question.id)
    current = forecasts.current_ids(session, question.id)
    resolutions = outcomes.history(session, question.id)
    events = outcomes.events_by_id(session, {i for r in resolutions for i in r.event_ids})
    last = resolutions[-1].id if resolutions else None
    return QuestionDetail(
        **question_out(question).model_dump(),
        forecasts=forecasts_out(session, history, {question.id: question}, current),
        resolutions=[resolution_out(r, events, current=r.id == last) for r in resolutions],
    )


@router.post("", status_code=status.HTTP_201_CREATED, summary="Create a question")
def create_question(
    session: SessionDep, principal: ForecastWriter, body: QuestionCreate
) -> QuestionDetail:
    return detail(session, service.create(session, principal, body))


@router.get("", summary="List questions")
def list_questions(
    session: SessionDep,
    _: ReadAccess,
    page: Paging,
    status: Status | None = None,
    tag: Tag | None = None,
    forecaster: Annotated[Name | None, Query(description="Has a forecast by this name.")] = None,
    due_before: Annotated[date | None, Query(description="resolve_by on or before.")] = None,
    due_after: Annotated[date | None, Query(description="resolve_by on or after.")] = None,
    overdue: Annotated[bool | None, Query(description="Open and past resolve_by.")] = None,
    q: Annotated[ShortText | None, Query(description="Title contains.")] = None,
    sort: QuestionSort = "-created",
) -> Page[QuestionOut]:
    rows, total = service.search(
        session,
        limit=page.limit,
        offset=page.offset,
        sort=sort,
        status=status,
        tag=tag,
        forecaster=forecaster,
        due_before=due_before,
        due_after=due_after,
        overdue=overdue,
        q=q,
    )
    return Page(
        items=[question_out(r) for r in rows], total=total, limit=page.limit, offset=page.offset
    )


@router.get("/{question_id}", summary="Get a question with its forecasts and resolutions")
def get_question(session: SessionDep, _: ReadAccess, question_id: Id) -> QuestionDetail:
    return detail(session, service.get(session, question_id))
