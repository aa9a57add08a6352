"""Request dependencies: the database session and the caller's permissions."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from app.auth.service import ANONYMOUS, Principal, authenticate
from app.db import Database
from app.errors import Forbidden, Unauthorized

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

_bearer = HTTPBearer(auto_error=False, description="API key: `Authorization: Bearer <key>`")


def get_db(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def get_session(request: Request) -> Iterator[Session]:
    """One session per request: committed when the handler returns, else rolled back."""
    db = get_db(request)
    with db.transaction(write=request.method in WRITE_METHODS) as session:
        yield session


# "function" scope commits before the response is sent, so a 2xx means the write is durable.
SessionDep = Annotated[Session, Depends(get_session, scope="function")]


def _principal(
    session: Session, credentials: HTTPAuthorizationCredentials | None
) -> Principal | None:
    if credentials is None:
        return None
    principal = authenticate(session, credentials.credentials)
    if principal is None:
        raise Unauthorized("the API key is unknown, malformed or revoked")
    return principal


def require(scope: str) -> Callable[..., Principal]:
    """Dependency that admits only callers whose key carries ``scope`` (or admin)."""

    def check(
        session: SessionDep,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    ) -> Principal:
        principal = _principal(session, credentials)
        if principal is None:
            raise Unauthorized(f"this operation needs an API key with the '{scope}' scope")
        if not principal.can(scope):
            raise Forbidden(f"this API key lacks the '{scope}' scope")
        return principal

    return check


def reader(
    request: Request,
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    """Reads are open unless FORECAST_REQUIRE_AUTH_FOR_READS is set."""
    principal = _principal(session, credentials)
    if principal is None:
        if request.app.state.settings.require_auth_for_reads:
            raise Unauthorized("reads need an API key on this server")
        return ANONYMOUS
    return principal


ReadAccess = Annotated[Principal, Depends(reader)]
ForecastWriter = Annotated[Principal, Depends(require("forecasts:write"))]
OutcomeWriter = Annotated[Principal, Depends(require("outcomes:write"))]
Admin = Annotated[Principal, Depends(require("admin"))]
