"""The ASGI application factory."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from sqlalchemy import text
from starlette.responses import JSONResponse

from app import __version__, docs, errors, headers
from app.audit.router import router as audit_router
from app.auth.router import router as keys_router
from app.config import Settings, get_settings
from app.dashboard.api import router as dashboard_api_router
from app.dashboard.router import router as dashboard_router
from app.db import Database
from app.documents.router import router as documents_router
from app.forecasters.router import router as forecasters_router
from app.forecasts.router import router as forecasts_router
from app.imports.router import router as import_router
from app.limits import BodyLimit
from app.outcomes.router import router as outcomes_router
from app.questions.router import router as questions_router
from app.scores.router import router as scores_router

DESCRIPTION = """
Register forecasts, record what happened, resolve questions and score forecasters
with proper scoring rules.

Writes need `Authorization: Bearer <api key>` with the right scope
(`forecasts:write`, `outcomes:write` or `admin`). Errors are
`application/problem+json` (RFC 9457). Lists are `{"items": [...], "total": N}`
with `limit` and `offset`.
"""


def create_app(settings: Settings | None = None, database: Database | None = None) -> FastAPI:
    settings = settings or get_settings()
    db = database or Database(settings.database_url, settings)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        if database is None:
            db.dispose()

    app = FastAPI(
        title="Forecast Tracker",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        # /docs is served from bundled assets by app.docs; FastAPI's pages use a CDN.
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.db = db
    errors.install(app)
    app.add_middleware(
        BodyLimit,
        default=settings.max_body_bytes,
        overrides={
            "/v1/import": settings.max_import_bytes,
            "/v1/documents": settings.max_document_bytes,
            "/v1/extract": settings.max_document_bytes,
        },
    )
    for router in (
        questions_router,
        forecasts_router,
        outcomes_router,
        forecasters_router,
        scores_router,
        documents_router,
        import_router,
        keys_router,
        audit_router,
        dashboard_api_router,
        dashboard_router,
    ):
        app.include_router(router)
    # Outermost of ours, so that every response, a 413 included, gets the headers.
    app.add_middleware(headers.SecurityHeaders)
    docs.install(app)

    @app.get("/healthz", tags=["health"], summary="Liveness and database check")
    def healthz() -> JSONResponse:
        try:
            with db.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception:
            return errors.problem(
                503, "Service unavailable", "the database is unreachable", errors.RETRY_AFTER
            )
        return JSONResponse({"status": "ok", "database": db.dialect, "version": __version__})

    return app
