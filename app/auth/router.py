from __future__ import annotations

from fastapi import APIRouter, status

from app.audit.service import record
from app.auth import service
from app.auth.deps import Admin, SessionDep
from app.auth.models import ApiKey
from app.auth.schemas import KeyCreate, KeyCreated, KeyOut
from app.idempotency.route import NO_REPLAY, IdempotentRoute
from app.pagination import Page, Paging
from app.types import Id

router = APIRouter(prefix="/v1/keys", tags=["keys"], route_class=IdempotentRoute)


def key_out(k: ApiKey) -> KeyOut:
    return KeyOut(
        id=k.id,
        name=k.name,
        prefix=k.prefix,
        scopes=sorted(k.scope_set),
        created_at=k.created_at,
        revoked_at=k.revoked_at,
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Create an API key (admin)",
    description="The response holds the key's secret, so a retry with the same "
    "Idempotency-Key is refused with 409 instead of showing the secret again.",
    openapi_extra=NO_REPLAY,
)
def create_key(session: SessionDep, principal: Admin, body: KeyCreate) -> KeyCreated:
    key, secret = service.create_key(session, body.name, body.scopes)
    record(session, principal, "key.create", key)
    return KeyCreated(**key_out(key).model_dump(), key=secret)


@router.get("", summary="List API keys (admin)")
def list_keys(session: SessionDep, _: Admin, page: Paging) -> Page[KeyOut]:
    keys, total = service.list_keys(session, page.limit, page.offset)
    return Page(items=[key_out(k) for k in keys], total=total, limit=page.limit, offset=page.offset)


@router.post("/{key_id}/revoke", summary="Revoke an API key (admin)")
def revoke_key(session: SessionDep, principal: Admin, key_id: Id) -> KeyOut:
    key = service.revoke_key(session, key_id)
    record(session, principal, "key.revoke", key)
    return key_out(key)
