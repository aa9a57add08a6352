from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

from app.types import STRICT, Id, LongText, Timestamp, Title, Url


class EventCreate(BaseModel):
    model_config = STRICT

    title: Title
    description: LongText = ""
    occurred_at: Timestamp = Field(description="When it happened; not in the future.")
    source_url: Url | None = None


class EventOut(BaseModel):
    id: int
    title: str
    description: str
    occurred_at: datetime
    source_url: str | None
    recorded_at: datetime


class SuggestionOut(BaseModel):
    question_id: int
    title: str
    resolve_by: date
    score: float = Field(description="0-1; higher is a better match.")
    reasons: list[str]


class ResolutionCreate(BaseModel):
    model_config = STRICT

    outcome: Literal["yes", "no", "annulled"]
    event_ids: list[Id] = Field(default_factory=list, max_length=100)
    note: LongText = ""
    resolved_at: Timestamp | None = Field(
        default=None,
        description="When the outcome became known. Defaults to the latest linked event's "
        "time, else the end of the question's resolve_by day or now, whichever is earlier.",
    )


class ResolutionOut(BaseModel):
    id: int
    question_id: int
    outcome: str
    note: str
    resolver: str
    resolved_at: datetime
    recorded_at: datetime
    current: bool
    events: list[EventOut]
