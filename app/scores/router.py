from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from app.auth.deps import ReadAccess, get_db
from app.db import Database
from app.errors import Invalid
from app.pagination import Page, Paging
from app.scores import service
from app.scores.schemas import GroupScoreOut, ScoreOut
from app.scores.service import Aggregate, GroupBy, ScoreQuery
from app.scoring import MAX_BINS
from app.scoring.report import ScoreReport
from app.types import Name, Tag, Timestamp

router = APIRouter(tags=["scores"])

DESCRIPTION = """
Scores the counted forecast of each forecaster on each question resolved yes or no: the
latest one made before the outcome was known. Annulled and open questions are not scored.
Time bounds are half-open (`from` <= t < `to`); a bare date means midnight UTC.
Unknown forecaster or publisher names give n = 0.
"""


def _block(report: ScoreReport) -> dict[str, object]:
    return report.to_dict()


@router.get("/v1/scores", summary="Score resolved forecasts", description=DESCRIPTION)
def get_scores(
    _: ReadAccess,
    db: Annotated[Database, Depends(get_db)],
    page: Paging,
    forecaster: Annotated[Name | None, Query(description="Forecaster name or alias.")] = None,
    tag: Annotated[Tag | None, Query(description="Only questions with this tag.")] = None,
    publisher: Annotated[Name | None, Query(description="Publication name or alias.")] = None,
    made_from: Annotated[Timestamp | None, Query(description="made_at on or after.")] = None,
    made_to: Annotated[Timestamp | None, Query(description="made_at before.")] = None,
    resolved_from: Annotated[
        Timestamp | None, Query(description="Outcome known (resolved_at) on or after.")
    ] = None,
    resolved_to: Annotated[
        Timestamp | None, Query(description="Outcome known (resolved_at) before.")
    ] = None,
    verified_only: Annotated[
        bool,
        Query(
            description="Only forecasts recorded before the outcome was known (recorded_at <= "
            "min(end of the resolve_by day, resolved_at)); the latest of those counts. "
            "Slower: it ranks the whole forecast history."
        ),
    ] = False,
    aggregate: Annotated[
        Aggregate | None,
        Query(
            description="Score the consensus (median or mean) of the counted forecasts of "
            "each question instead of each forecast; n then counts questions."
        ),
    ] = None,
    bins: Annotated[int, Query(ge=1, le=MAX_BINS, description="Calibration bins.")] = 10,
    group_by: Annotated[
        GroupBy | None,
        Query(
            description="Also one block per group: forecaster (a leaderboard with relative "
            "Brier), tag, publisher, quarter of made_at, or estimative phrase."
        ),
    ] = None,
) -> ScoreOut:
    for low, high, name in (
        (made_from, made_to, "made"),
        (resolved_from, resolved_to, "resolved"),
    ):
        if low is not None and high is not None and low >= high:
            raise Invalid(f"{name}_from must be before {name}_to")
    if aggregate is not None and group_by == "forecaster":
        raise Invalid("aggregate scores a consensus per question; it cannot group by forecaster")
    query = ScoreQuery(
        forecaster=forecaster,
        tag=tag,
        publisher=publisher,
        made_from=made_from,
        made_to=made_to,
        resolved_from=resolved_from,
        resolved_to=resolved_to,
        verified_only=verified_only,
        aggregate=aggregate,
        bins=bins,
        group_by=group_by,
    )
    # One snapshot for every statement, so the overall block and the groups agree even
    # while other processes write.
    with db.snapshot() as session:
        result = service.scores(session, query, limit=page.limit, offset=page.offset)
    groups: Page[GroupScoreOut] | None = None
    if group_by is not None:
        items = [
            GroupScoreOut.model_validate(
                {
                    **_block(g.report),
                    "key": g.key,
                    "label": g.label,
                    "relative_brier": g.relative.mean if g.relative else None,
                    "relative_brier_questions": g.relative.questions if g.relative else None,
                }
            )
            for g in result.groups
        ]
        groups = Page(items=items, total=result.total_groups, limit=page.limit, offset=page.offset)
    return ScoreOut.model_validate({**_block(result.overall), "groups": groups})
