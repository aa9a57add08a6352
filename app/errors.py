"""Domain errors and their rendering as RFC 9457 problem details."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.headers import ALWAYS as SECURITY

log = logging.getLogger(__name__)

PROBLEM_JSON = "application/problem+json"
# Clients may retry a 503 after this many seconds.
RETRY_AFTER = {"Retry-After": "1"}


class DomainError(Exception):
    """An error the client can act on; each subclass carries its HTTP status."""

    status = 400
    title = "Bad request"

    def __init__(self, detail: str, **extra: Any) -> None:
        super().__init__(detail)
        self.detail = detail
        self.extra = extra


class NotFound(DomainError):
    status = 404
    title = "Not found"


class Conflict(DomainError):
    status = 409
    title = "Conflict"


class Invalid(DomainError):
    status = 422
    title = "Invalid input"


class Unauthorized(DomainError):
    status = 401
    title = "Unauthorized"


class Forbidden(DomainError):
    status = 403
    title = "Forbidden"


class TooLarge(DomainError):
    status = 413
    title = "Request body too large"


class BadGateway(DomainError):
    status = 502
    title = "Bad gateway"


class Problem(BaseModel):
    """An RFC 9457 problem; a 422 adds ``errors``, other problems may add their own fields."""

    model_config = ConfigDict(extra="allow")

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    errors: list[dict[str, Any]] | None = Field(
        default=None, description="Per-field validation errors (422 only)."
    )


# Every operation may answer with these; the OpenAPI says so for each one.
PROBLEMS = {
    400: "The body could not be parsed.",
    401: "No API key, or an unknown, malformed or revoked one.",
    403: "The API key lacks the scope this operation needs.",
    404: "The resource does not exist.",
    409: "The write conflicts with the current state, or a request with the same "
    "Idempotency-Key is still in progress.",
    413: "The request body is over the configured limit.",
    422: "Invalid input: a field, query parameter or header fails validation, or an "
    "Idempotency-Key was reused for a different request.",
    503: "The database is unavailable or busy; retry after Retry-After seconds.",
}


def problem(
    status: int,
    title: str,
    detail: str,
    headers: Mapping[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, **extra}
    return JSONResponse(
        jsonable_encoder(body), status_code=status, media_type=PROBLEM_JSON, headers=headers
    )


def _describe(error: dict[str, Any]) -> str:
    where = ".".join(str(part) for part in error.get("loc", ()) if part != "body")
    return f"{where}: {error.get('msg', 'invalid')}" if where else str(error.get("msg", "invalid"))


def install(app: FastAPI) -> None:
    """Route every error the app can raise through one problem+json renderer."""
    _document(app)

    @app.exception_handler(DomainError)
    async def _domain(_: Request, exc: DomainError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return problem(exc.status, exc.title, exc.detail, headers=headers, **exc.extra)

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")}
            for e in exc.errors()
        ]
        detail = "; ".join(_describe(e) for e in errors[:5]) or "invalid request"
        return problem(422, "Invalid input", detail, errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        title = {404: "Not found", 405: "Method not allowed"}.get(exc.status_code, "Error")
        return problem(exc.status_code, title, str(exc.detail), headers=exc.headers)

    @app.exception_handler(Exception)
    async def _crash(_: Request, exc: Exception) -> JSONResponse:
        # Sent by Starlette's outermost middleware (which also logs the error), so it
        # carries the security headers itself.
        return problem(500, "Internal error", "An unexpected error occurred.", SECURITY)

    @app.exception_handler(OperationalError)
    async def _db_down(_: Request, exc: OperationalError) -> JSONResponse:
        # Lost connections and lock timeouts are transient: tell clients to retry.
        log.warning("database unavailable: %s", exc.orig)
        return unavailable()

    @app.exception_handler(DataError)
    async def _db_data(_: Request, exc: DataError) -> JSONResponse:
        # Validation should catch these first; the database is the last line.
        log.warning("database refused a value: %s", type(exc.orig).__name__)
        return problem(
            422, "Invalid input", "a value is out of range or holds characters (NUL) not stored"
        )

    @app.exception_handler(IntegrityError)
    async def _db_conflict(_: Request, exc: IntegrityError) -> JSONResponse:
        # A constraint broken by a concurrent writer: nothing was written, a retry may pass.
        log.warning("integrity error: %s", type(exc.orig).__name__)
        return problem(409, "Conflict", "the write conflicts with another one; retry it")

    @app.exception_handler(DBAPIError)
    async def _db_error(_: Request, exc: DBAPIError) -> JSONResponse:
        if exc.connection_invalidated:
            log.warning("database connection lost: %s", type(exc.orig).__name__)
            return unavailable()
        log.exception("database error", exc_info=exc)
        return problem(500, "Internal error", "The database refused the operation.")


def unavailable() -> JSONResponse:
    return problem(
        503,
        "Service unavailable",
        "The database is unavailable or busy; retry shortly.",
        headers=RETRY_AFTER,
    )


def _document(app: FastAPI) -> None:
    """Document the problem+json answers on every operation, the ones added later included.

    Post-processing the generated spec covers every router, whoever adds it,
    and replaces FastAPI's own 422 schema, which is not the shape sent here.
    """
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        spec = generate()
        schemas = spec.setdefault("components", {}).setdefault("schemas", {})
        schemas["Problem"] = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
        for name in ("HTTPValidationError", "ValidationError"):
            schemas.pop(name, None)
        ref = {"$ref": "#/components/schemas/Problem"}
        for operations in spec.get("paths", {}).values():
            for operation in operations.values():
                responses = operation.setdefault("responses", {})
                for status, description in PROBLEMS.items():
                    doc: dict[str, Any] = {
                        "description": description,
                        "content": {PROBLEM_JSON: {"schema": ref}},
                    }
                    if status in (409, 503):
                        doc["headers"] = {"Retry-After": _RETRY_AFTER_DOC}
                    responses[str(status)] = doc
        app.openapi_schema = spec
        return spec

    app.openapi = openapi  # type: ignore[method-assign]


_RETRY_AFTER_DOC = {
    "description": "Seconds to wait before retrying.",
    "schema": {"type": "string"},
    "required": False,
}
