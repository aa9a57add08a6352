from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.auth.deps import ForecastWriter, ReadAccess, SessionDep
from app.forecasters import service as forecasters
from app.forecasters.models import Forecaster
from app.forecasters.schemas import ForecasterRef
from app.forecasts import service
from app.forecasts.models import Forecast, LatestForecast
from app.forecasts.schemas import ForecastCreate, ForecastOut
from app.idempotency.route import IdempotentRoute
from app.pagination import Page, Paging
from app.questions import service as questions
from app.questions.models import Question
from app.types import Id, Name

router = APIRouter(tags=["forecasts"], route_class=IdempotentRoute)


def forecaster_refs(session: Session, ids: set[int]) -> dict[int, ForecasterRef]:
    if not ids:
        return {}
    rows = session.execute(select(Forecaster.id, Forecaster.name).where(Forecaster.id.in_(ids)))
    return {fid: ForecasterRef(id=fid, name=name) for fid, name in rows}


def forecasts_out(
    session: Session, rows: list[Forecast], by_id: dict[int, Question], current: set[int]
) -> list[ForecastOut]:
    """Render forecasts; ``by_id`` holds their questions, ``current`` the counted ids."""
    refs = forecaster_refs(
        session, {f.forecaster_id for f in rows} | {f.publisher_id for f in rows if f.publisher_id}
    )
    cutoffs = {qid: questions.cutoff(q) for qid, q in by_id.items()}
    return [
        ForecastOut(
            id=f.id,
            question_id=f.question_id,
            forecaster=refs[f.forecaster_id],
            publisher=refs[f.publisher_id] if f.publisher_id else None,
            probability=f.probability,
            made_at=f.made_at,
            recorded_at=f.recorded_at,
            phrase=f.phrase,
            document_id=f.document_id,
            source=f.source,
            current=f.id in current,
            backfilled=f.recorded_at > cutoffs[f.question_id],
        )
        for f in rows
    ]


@router.post(
    "/v1/questions/{question_id}/forecasts",
    status_code=status.HTTP_201_CREATED,
    summary="Register a forecast",
    description="Appends a forecast. A later forecast by the same forecaster supersedes "
    "earlier ones for scoring; none is ever changed or deleted.",
)
def create_forecast(
    session: SessionDep, principal: ForecastWriter, question_id: Id, body: ForecastCreate
) -> ForecastOut:
    question = questions.get(session, question_id, lock="share")
    forecast = service.add(
        session,
        principal,
        question_id,
        locked=question,
        forecaster=body.forecaster,
        probability=body.probability,
        made_at=body.made_at,
        publisher=body.publisher,
        phrase=body.phrase,
    )
    return forecasts_out(
        session, [forecast], {question.id: question}, service.current_among(session, [forecast.id])
    )[0]


@router.get("/v1/forecasts", summary="List forecasts, newest first")
def list_forecasts(
    session: SessionDep,
    _: ReadAccess,
    page: Paging,
    forecaster: Annotated[Name | None, Query(description="Forecaster name or alias.")] = None,
    question_id: Annotated[Id | None, Query()] = None,
    current: Annotated[bool | None, Query(description="Only the counted forecasts.")] = None,
) -> Page[ForecastOut]:
    stmt = select(Forecast)
    if forecaster:
        who = forecasters.find(session, forecaster)
        if who is None:
            return Page(items=[], total=0, limit=page.limit, offset=page.offset)
        stmt = stmt.where(Forecast.forecaster_id == who.id)
    if question_id is not None:
        stmt = stmt.where(Forecast.question_id == question_id)
    if current is not None:
        counted = Forecast.id.in_(select(LatestForecast.forecast_id))
        stmt = stmt.where(counted if current else ~counted)
    total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    ordered = stmt.order_by(Forecast.made_at.desc(), Forecast.id.desc())
    rows = list(session.scalars(ordered.limit(page.limit).offset(page.offset)))
    by_id = {
        q.id: q
        for q in session.scalars(
            select(Question).where(Question.id.in_({f.question_id for f in rows}))
        )
    }
    counted_ids = service.current_among(session, [f.id for f in rows])
    items = forecasts_out(session, rows, by_id, counted_ids)
    return Page(items=items, total=total, limit=page.limit, offset=page.offset)
