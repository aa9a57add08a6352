from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from app.forecasters.schemas import ForecasterRef
from app.types import STRICT, Name, Probability, ShortText, Timestamp


class ForecastCreate(BaseModel):
    model_config = STRICT

    forecaster: Name = Field(examples=["Stratfor"])
    probability: Probability = Field(examples=[0.7])
    made_at: Timestamp | None = Field(
        default=None,
        description="When the forecast was made (e.g. an article's publication time); "
        "defaults to now and may not be in the future. A time without zone is read as UTC.",
    )
    publisher: Name | None = Field(default=None, description="Publication the forecast ran in.")
    phrase: ShortText | None = Field(
        default=None, max_length=100, description="Estimative words behind the number."
    )


class ForecastOut(BaseModel):
    id: int
    question_id: int
    forecaster: ForecasterRef
    publisher: ForecasterRef | None
    probability: float
    made_at: datetime
    recorded_at: datetime = Field(description="Server time the forecast was recorded.")
    phrase: str | None
    document_id: int | None
    source: str
    current: bool = Field(description="This is the forecast that counts for this forecaster.")
    backfilled: bool = Field(
        description="Recorded after the question's deadline or outcome was known."
    )
