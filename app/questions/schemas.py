from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

from app.forecasts.schemas import ForecastOut
from app.outcomes.schemas import ResolutionOut
from app.types import STRICT, LongText, ShortText, Tag, Title

Status = Literal["open", "resolved", "annulled"]
Outcome = Literal["yes", "no", "annulled"]
QuestionSort = Literal["created", "-created", "resolve_by", "-resolve_by"]


class QuestionCreate(BaseModel):
    model_config = STRICT

    title: Title = Field(examples=["Xi Jinping visits Washington by 2019-03-28"])
    description: LongText = ""
    resolution_criteria: LongText = ""
    resolve_by: date
    tags: list[Tag] = Field(default_factory=list, max_length=20)
    external_id: ShortText | None = Field(default=None, min_length=1)


class QuestionOut(BaseModel):
    id: int
    title: str
    description: str
    resolution_criteria: str
    resolve_by: date
    tags: list[str]
    status: Status
    outcome: Outcome | None
    resolved_at: datetime | None
    overdue: bool = Field(description="Open and past its resolve_by date.")
    external_id: str | None
    created_at: datetime


class QuestionDetail(QuestionOut):
    forecasts: list[ForecastOut] = Field(description="Every forecast, oldest first.")
    resolutions: list[ResolutionOut] = Field(description="Every resolution, oldest first.")
