from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from app.types import STRICT, Name

Kind = Literal["person", "organisation", "model", "unknown"]


class ForecasterCreate(BaseModel):
    model_config = STRICT

    name: Name
    kind: Kind = "unknown"
    aliases: list[Name] = Field(default_factory=list, max_length=50)


class AliasCreate(BaseModel):
    model_config = STRICT

    alias: Name


class ForecasterRef(BaseModel):
    id: int
    name: str


class ForecasterOut(BaseModel):
    id: int
    name: str
    kind: str
    aliases: list[str]
    created_at: datetime
