"""The route class that makes every POST honour an ``Idempotency-Key`` header.

The handler FastAPI builds for a route serializes the response before the
function-scoped session dependency commits. Wrapping that handler lets the
response be stored in the session while the write's transaction is still
open, so one commit makes the write, the key and its response durable at once.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Header, Request, Response
from fastapi.params import Depends
from fastapi.routing import APIRoute
from fastapi.security.utils import get_authorization_scheme_param
from starlette.concurrency import run_in_threadpool

from app.auth.deps import SessionDep
from app.auth.service import authenticate
from app.errors import RETRY_AFTER, Conflict, Invalid, problem
from app.idempotency import service
from app.idempotency.service import InProgress, Replay

HEADER = "Idempotency-Key"
REPLAYED = "Idempotent-Replayed"
# Routes whose response holds a secret set this in ``openapi_extra``: the key still
# guards against a second write, but a retry gets a 409 instead of the secret again.
NO_REPLAY = {"x-idempotent-replay": False}


@dataclass
class Pending:
    fingerprint: str
    api_key_id: int | None = None


def claim_key(
    request: Request,
    session: SessionDep,
    key: Annotated[
        str | None,
        Header(
            alias=HEADER,
            min_length=1,
            max_length=255,
            pattern=r"^[\x21-\x7e]+$",
            description="Makes a retry safe: a request repeated with the same key (per API "
            "key) gets the first response back and writes nothing new.",
        ),
    ] = None,
) -> None:
    pending: Pending | None = getattr(request.state, "idempotency", None)
    if key is None or pending is None:
        return
    scheme, secret = get_authorization_scheme_param(request.headers.get("authorization"))
    principal = authenticate(session, secret) if scheme.lower() == "bearer" else None
    if principal is None or principal.key_id is None:
        # The route's own auth dependency answers 401; nothing is claimed for nobody.
        return
    settings = request.app.state.settings
    service.claim(
        session,
        principal.key_id,
        key,
        pending.fingerprint,
        ttl_seconds=settings.idempotency_ttl_seconds,
        wait_seconds=settings.idempotency_wait_seconds,
    )
    pending.api_key_id = principal.key_id
    request.state.idempotency_session = session


class IdempotentRoute(APIRoute):
    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        methods = {m.upper() for m in kwargs.get("methods") or ()}
        if "POST" in methods:
            deps = list(kwargs.get("dependencies") or [])
            if not any(d.dependency is claim_key for d in deps):
                deps.insert(0, Depends(claim_key))
            kwargs["dependencies"] = deps
        super().__init__(path, endpoint, **kwargs)

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()
        if "POST" not in (self.methods or set()):
            return handler
        replayable = (self.openapi_extra or {}).get("x-idempotent-replay", True)

        async def idempotent(request: Request) -> Response:
            keys = request.headers.getlist(HEADER)
            if not keys:
                return await handler(request)
            if len(keys) > 1:
                raise Invalid(f"send one {HEADER} header, not {len(keys)}")
            body = await request.body()
            request.state.idempotency = Pending(
                service.fingerprint(request.method, request.url.path, request.url.query, body)
            )
            try:
                response = await handler(request)
            except Replay as replay:
                return _replayed(replay)
            except InProgress as busy:
                return problem(409, busy.title, busy.detail, RETRY_AFTER)
            pending: Pending = request.state.idempotency
            if pending.api_key_id is not None:
                kept = getattr(response, "body", None) if replayable else None
                await run_in_threadpool(
                    service.store,
                    request.state.idempotency_session,
                    pending.api_key_id,
                    keys[0],
                    response.status_code,
                    dict(response.headers),
                    kept,
                )
            return response

        return idempotent


def _replayed(replay: Replay) -> Response:
    if replay.body is None:
        raise Conflict(
            f"a request with this {HEADER} already succeeded ({replay.status}); its response "
            "held a secret that is shown only once, so it is not repeated"
        )
    headers = {**replay.headers, REPLAYED: "true"}
    media = headers.pop("content-type", None)
    return Response(replay.body, status_code=replay.status, headers=headers, media_type=media)
