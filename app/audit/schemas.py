from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field


class AuditEntryOut(BaseModel):
    id: int
    at: datetime
    key_id: int | None = Field(description="The API key that made the write; null for the CLI.")
    action: str
    entity: str
    entity_id: str
    refs: list[int] | None = Field(
        description="For an entry covering many rows: their ids, in the order digested."
    )
    digest: str = Field(description="SHA-256 of the canonical JSON of what was written.")
    prev_hash: str
    hash: str = Field(description="SHA-256 over this entry's fields and prev_hash.")
