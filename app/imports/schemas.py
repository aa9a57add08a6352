from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from app.types import STRICT, LongText, Name, Probability, Tag, Timestamp, Title


class ImportForecast(BaseModel):
    model_config = STRICT

    forecaster: Name
    probability: Probability
    made_at: Timestamp = Field(description="When it was made; not in the future.")
    publisher: Name | None = None
    phrase: str | None = Field(default=None, max_length=100)


class ImportResolution(BaseModel):
    model_config = STRICT

    outcome: Literal["yes", "no", "annulled"]
    resolved_at: Timestamp = Field(description="When the outcome became known.")
    note: LongText = ""


class ImportQuestion(BaseModel):
    model_config = STRICT

    external_id: str = Field(
        min_length=1, max_length=200, description="Your id; a question is imported once."
    )
    title: Title
    description: LongText = ""
    resolution_criteria: LongText = ""
    resolve_by: date
    tags: list[Tag] = Field(default_factory=list, max_length=20)
    forecasts: list[ImportForecast] = Field(default_factory=list)
    resolution: ImportResolution | None = None


class ImportRequest(BaseModel):
    model_config = STRICT

    questions: list[ImportQuestion]


class ImportCounts(BaseModel):
    questions_created: int
    questions_existing: int = Field(description="Already imported (same external_id): kept.")
    forecasts_created: int
    forecasts_skipped: int = Field(
        description="Already recorded: same question, forecaster, made_at and probability."
    )
    resolutions_created: int
    resolutions_skipped: int = Field(
        description="The question already has a resolution with this outcome and time."
    )
