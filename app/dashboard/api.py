"""GET /v1/dashboard: the overview page's figures in one JSON call."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field

from app.auth.deps import ReadAccess, get_db
from app.db import Database
from app.errors import Invalid
from app.scores.schemas import GroupScoreOut, ScoreBlock
from app.scores.service import GroupScore
from app.types import Name, Tag, Timestamp

from . import service
from .filters import Filters

router = APIRouter(tags=["dashboard"])


class StatusCountsOut(BaseModel):
    open: int = Field(description="Open questions, due or not.")
    due: int = Field(description="Open questions past their resolve_by date (the queue).")
    resolved: int = Field(description="Resolved yes or no.")
    annulled: int


class BackfillOut(BaseModel):
    scored: int = Field(description="Counted forecasts on resolved questions (verified or not).")
    backfilled: int = Field(
        description="Of those, recorded after the question's deadline or outcome was known."
    )
    share: float | None = Field(description="backfilled / scored, 0-1; null when none scored.")


class ResolutionSummary(BaseModel):
    question_id: int
    title: str
    outcome: str
    resolved_at: datetime = Field(description="When the outcome became known.")
    recorded_at: datetime


class FiltersOut(BaseModel):
    forecaster: str | None
    publisher: str | None
    tag: str | None
    made_from: datetime | None
    made_to: datetime | None
    verified_only: bool


class DashboardOut(BaseModel):
    filters: FiltersOut
    counts: StatusCountsOut = Field(
        description="Questions by status. With forecaster, publisher or a date range, only "
        "questions with a matching forecast count."
    )
    scores: ScoreBlock = Field(description="The same block GET /v1/scores returns.")
    backfill: BackfillOut
    forecasters: list[GroupScoreOut] = Field(
        description="Leaderboard: GET /v1/scores?group_by=forecaster, first `top` rows."
    )
    total_forecasters: int
    publishers: list[GroupScoreOut] = Field(
        description="GET /v1/scores?group_by=publisher, first `top` rows."
    )
    total_publishers: int
    recent_resolutions: list[ResolutionSummary] = Field(description="Newest first.")


def group_out(g: GroupScore) -> GroupScoreOut:
    return GroupScoreOut.model_validate(
        {
            **g.report.to_dict(),
            "key": g.key,
            "label": g.label,
            "relative_brier": g.relative.mean if g.relative else None,
            "relative_brier_questions": g.relative.questions if g.relative else None,
        }
    )


@router.get(
    "/v1/dashboard",
    summary="The overview dashboard's figures in one call",
    description="Question counts, the overall scores with calibration, the forecaster and "
    "publisher leaderboards, the backfilled share and recent resolutions, under the same "
    "filters as GET /v1/scores (half-open time bounds; a bare date is midnight UTC). All "
    "parts are read from one snapshot, so they agree with each other.",
)
def dashboard(
    _: ReadAccess,
    db: Annotated[Database, Depends(get_db)],
    forecaster: Annotated[Name | None, Query(description="Forecaster name or alias.")] = None,
    publisher: Annotated[Name | None, Query(description="Publication name or alias.")] = None,
    tag: Annotated[Tag | None, Query(description="Only questions with this tag.")] = None,
    made_from: Annotated[Timestamp | None, Query(description="made_at on or after.")] = None,
    made_to: Annotated[Timestamp | None, Query(description="made_at before.")] = None,
    verified_only: Annotated[
        bool, Query(description="Only forecasts recorded before the outcome was known.")
    ] = False,
    top: Annotated[int, Query(ge=1, le=100, description="Leaderboard rows.")] = service.TOP,
) -> DashboardOut:
    if made_from is not None and made_to is not None and made_from >= made_to:
        raise Invalid("made_from must be before made_to")
    filters = Filters(
        forecaster=forecaster,
        publisher=publisher,
        tag=tag,
        made_from=made_from,
        made_to=made_to,
        verified_only=verified_only,
    )
    # The snapshot's rollback expires what it loaded: build the answer inside it.
    with db.snapshot() as session:
        return _out(filters, service.overview(session, filters, top=top))


def _out(filters: Filters, data: service.Overview) -> DashboardOut:
    counts = data.counts
    return DashboardOut(
        filters=FiltersOut(**{k: getattr(filters, k) for k in FiltersOut.model_fields}),
        counts=StatusCountsOut(
            open=counts.open, due=counts.due, resolved=counts.resolved, annulled=counts.annulled
        ),
        scores=ScoreBlock.model_validate(data.scores.overall.to_dict()),
        backfill=BackfillOut(
            scored=data.backfill.scored,
            backfilled=data.backfill.backfilled,
            share=data.backfill.share,
        ),
        forecasters=[group_out(g) for g in data.scores.groups],
        total_forecasters=data.scores.total_groups,
        publishers=[group_out(g) for g in data.publishers.groups],
        total_publishers=data.publishers.total_groups,
        recent_resolutions=[
            ResolutionSummary(
                question_id=q.id,
                title=q.title,
                outcome=r.outcome,
                resolved_at=r.resolved_at,
                recorded_at=r.recorded_at,
            )
            for r, q in data.recent
        ],
    )
