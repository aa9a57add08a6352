from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from app.audit import service
from app.audit.models import AuditEntry
from app.audit.schemas import AuditEntryOut
from app.auth.deps import Admin, SessionDep
from app.pagination import Page, Paging
from app.types import MAX_ID, Id

router = APIRouter(prefix="/v1/audit", tags=["audit"])


def entry_out(e: AuditEntry) -> AuditEntryOut:
    return AuditEntryOut(
        id=e.id,
        at=e.at,
        key_id=e.key_id,
        action=e.action,
        entity=e.entity,
        entity_id=e.entity_id,
        refs=e.refs,
        digest=e.digest,
        prev_hash=e.prev_hash,
        hash=e.hash,
    )


@router.get(
    "",
    summary="Page through the audit chain (admin)",
    description="Oldest first unless `sort=-id`. `entity_id` also finds the batch entries "
    "whose `refs` list that id. To anchor the record, publish the newest entry's id and hash "
    "(`sort=-id&limit=1`).",
)
def list_entries(
    session: SessionDep,
    _: Admin,
    page: Paging,
    entity: Annotated[str | None, Query(max_length=30, examples=["forecast"])] = None,
    entity_id: Annotated[str | None, Query(min_length=1, max_length=100)] = None,
    action: Annotated[str | None, Query(max_length=50, examples=["forecast.create"])] = None,
    key_id: Annotated[Id | None, Query(description="Entries made with this API key.")] = None,
    after_id: Annotated[
        int | None, Query(ge=0, le=MAX_ID, description="Only entries with a larger id.")
    ] = None,
    sort: Literal["id", "-id"] = "id",
) -> Page[AuditEntryOut]:
    rows, total = service.search(
        session,
        limit=page.limit,
        offset=page.offset,
        entity=entity,
        entity_id=entity_id,
        action=action,
        key_id=key_id,
        after_id=after_id,
        newest_first=sort == "-id",
    )
    return Page(
        items=[entry_out(e) for e in rows], total=total, limit=page.limit, offset=page.offset
    )
