"""Domain errors and their rendering as RFC 9457 problem details."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
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


class Unavailable(DomainError):
    status = 503
    title = "Service unavailable"


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
