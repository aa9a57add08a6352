from __future__ import annotations

from fastapi import APIRouter, Request

from app.auth.deps import Admin, SessionDep
from app.errors import TooLarge
from app.idempotency.route import IdempotentRoute
from app.imports import service
from app.imports.schemas import ImportCounts, ImportRequest

router = APIRouter(tags=["import"], route_class=IdempotentRoute)


@router.post(
    "/v1/import",
    summary="Bulk import questions, forecasts and resolutions",
    description="All or nothing: any invalid item is a 422 naming its index, and nothing is "
    "written. Idempotent: questions are matched by external_id and forecasts by question, "
    "forecaster, made_at and probability, so a repeated import adds only what is new. "
    "Imported forecasts get source 'import' and the server's recorded_at. The body limit "
    "is FORECAST_MAX_IMPORT_BYTES and the item limit FORECAST_MAX_IMPORT_ITEMS (413 above).",
)
def import_questions(
    request: Request, session: SessionDep, principal: Admin, body: ImportRequest
) -> ImportCounts:
    limit: int = request.app.state.settings.max_import_items
    if len(body.questions) > limit:
        raise TooLarge(
            f"{len(body.questions)} questions in one request; the limit is {limit} "
            "(FORECAST_MAX_IMPORT_ITEMS): send them in batches"
        )
    return service.run(session, principal, body.questions)
