from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status

from app.auth.deps import ForecastWriter, ReadAccess, SessionDep
from app.forecasters import service
from app.forecasters.models import Forecaster
from app.forecasters.schemas import AliasCreate, ForecasterCreate, ForecasterOut
from app.idempotency.route import IdempotentRoute
from app.pagination import Page, Paging
from app.types import Id, ShortText

router = APIRouter(prefix="/v1/forecasters", tags=["forecasters"], route_class=IdempotentRoute)


def out(f: Forecaster) -> ForecasterOut:
    return ForecasterOut(
        id=f.id, name=f.name, kind=f.kind, aliases=f.aliases, created_at=f.created_at
    )


@router.get("", summary="List forecasters")
def list_forecasters(
    session: SessionDep,
    _: ReadAccess,
    page: Paging,
    q: Annotated[ShortText | None, Query(description="Name or alias contains.")] = None,
) -> Page[ForecasterOut]:
    rows, total = service.search(session, q, page.limit, page.offset)
    return Page(items=[out(f) for f in rows], total=total, limit=page.limit, offset=page.offset)


@router.post("", status_code=status.HTTP_201_CREATED, summary="Create a forecaster")
def create_forecaster(
    session: SessionDep, principal: ForecastWriter, body: ForecasterCreate
) -> ForecasterOut:
    return out(service.create(session, principal, body.name, body.kind, body.aliases))


@router.get("/{forecaster_id}", summary="Get a forecaster")
def get_forecaster(session: SessionDep, _: ReadAccess, forecaster_id: Id) -> ForecasterOut:
    return out(service.get(session, forecaster_id))


@router.post("/{forecaster_id}/aliases", summary="Add an alias", status_code=201)
def add_alias(
    session: SessionDep, principal: ForecastWriter, forecaster_id: Id, body: AliasCreate
) -> ForecasterOut:
    return out(service.add_alias(session, principal, forecaster_id, body.alias))
