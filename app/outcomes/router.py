from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, status

from app.auth.deps import OutcomeWriter, ReadAccess, SessionDep
from app.idempotency.route import IdempotentRoute
from app.outcomes import service
from app.outcomes.models import Event, Resolution
from app.outcomes.schemas import (
    EventCreate,
    EventOut,
    ResolutionCreate,
    ResolutionOut,
    SuggestionOut,
)
from app.outcomes.suggestions import suggest
from app.pagination import Page, Paging
from app.types import Id, ShortText

router = APIRouter(tags=["outcomes"], route_class=IdempotentRoute)


def event_out(e: Event) -> EventOut:
    return EventOut(
        id=e.id,
        title=e.title,
        description=e.description,
        occurred_at=e.occurred_at,
        source_url=e.source_url,
        recorded_at=e.recorded_at,
    )


def resolution_out(r: Resolution, events: dict[int, Event], *, current: bool) -> ResolutionOut:
    return ResolutionOut(
        id=r.id,
        question_id=r.question_id,
        outcome=r.outcome,
        note=r.note,
        resolver=r.resolver,
        resolved_at=r.resolved_at,
        recorded_at=r.recorded_at,
        current=current,
        events=[event_out(events[i]) for i in r.event_ids],
    )


@router.post("/v1/events", status_code=status.HTTP_201_CREATED, summary="Record an outcome event")
def create_event(session: SessionDep, principal: OutcomeWriter, body: EventCreate) -> EventOut:
    return event_out(service.create_event(session, principal, body))


@router.get("/v1/events", summary="List outcome events, newest first")
def list_events(
    session: SessionDep,
    _: ReadAccess,
    page: Paging,
    q: Annotated[ShortText | None, Query(description="Title contains.")] = None,
    after: Annotated[date | None, Query(description="Occurred on or after.")] = None,
    before: Annotated[date | None, Query(description="Occurred on or before.")] = None,
) -> Page[EventOut]:
    rows, total = service.search_events(
        session, limit=page.limit, offset=page.offset, q=q, after=after, before=before
    )
    return Page(
        items=[event_out(e) for e in rows], total=total, limit=page.limit, offset=page.offset
    )


@router.get("/v1/events/{event_id}", summary="Get an outcome event")
def get_event(session: SessionDep, _: ReadAccess, event_id: Id) -> EventOut:
    return event_out(service.get_event(session, event_id))


@router.get(
    "/v1/events/{event_id}/suggestions",
    summary="Open questions this event may resolve, best match first",
    description="Ranked by shared actors, shared wording and tags; a question whose deadline "
    "passed before the event is ranked down. Each suggestion says why.",
)
def event_suggestions(
    session: SessionDep,
    _: ReadAccess,
    event_id: Id,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> list[SuggestionOut]:
    return [
        SuggestionOut(
            question_id=r.question.id,
            title=r.question.title,
            resolve_by=r.question.resolve_by,
            score=r.score,
            reasons=r.reasons,
        )
        for r in suggest(session, event_id, limit)
    ]


@router.post(
    "/v1/questions/{question_id}/resolution",
    status_code=status.HTTP_201_CREATED,
    summary="Resolve (or re-resolve) a question",
    description="Appends a resolution. The latest one is the question's outcome; "
    "earlier ones stay readable in the question's history.",
)
def resolve_question(
    session: SessionDep, principal: OutcomeWriter, question_id: Id, body: ResolutionCreate
) -> ResolutionOut:
    resolution = service.resolve(session, principal, question_id, body)
    events = service.events_by_id(session, set(resolution.event_ids))
    return resolution_out(resolution, events, current=True)
