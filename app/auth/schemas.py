from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, Field

from app.auth.service import SCOPES
from app.types import STRICT, ShortText


class KeyCreate(BaseModel):
    model_config = STRICT

    name: ShortText = Field(min_length=1, max_length=100)
    scopes: list[Annotated[str, Field(max_length=50)]] = Field(
        min_length=1, max_length=len(SCOPES), examples=[["forecasts:write"]]
    )


class KeyOut(BaseModel):
    id: int
    name: str
    prefix: str
    scopes: list[str]
    created_at: datetime
    revoked_at: datetime | None


class KeyCreated(KeyOut):
    key: str = Field(description="The secret. Shown once; only its hash is stored.")
