from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from app.auth.deps import ReadAccess, SessionDep
from app.scores import service
from app.scores.schemas import ScoreOut
from app.types import Name, Tag

router = APIRouter(tags=["scores"])


@router.get("/v1/scores", summary="Score resolved forecasts")
def get_scores(
    session: SessionDep,
    _: ReadAccess,
    forecaster: Annotated[Name | None, Query(description="Forecaster name or alias.")] = None,
    tag: Tag | None = None,
) -> ScoreOut:
    score = service.basic(session, forecaster=forecaster, tag=tag)
    return ScoreOut(n=score.n, brier=score.brier, log_score=score.log_score)
