from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from app.questions.schemas import QuestionOut
from app.types import STRICT, Id, LongText, Name, Probability, Tag, Timestamp, Title, Url

MAX_TEXT = 500_000


class ExtractOptions(BaseModel):
    # Article text is kept byte for byte: candidate offsets point into it.
    model_config = ConfigDict(extra="forbid")

    scale: str = Field(
        default="icd203",
        max_length=100,
        description="Estimative-language scale: icd203 (default), phia or mauboussin2018.",
    )
    default_horizon_days: int = Field(
        default=365, ge=1, le=3650, description="Deadline used when the text states none."
    )
    backend: Literal["rules", "llm"] = Field(
        default="rules",
        description="rules: the offline extractor (default). llm: the OpenAI-compatible chat "
        "endpoint this server is configured with (FORECAST_LLM_BASE_URL), if any.",
    )


class ArticleIn(ExtractOptions):
    text: str | None = Field(default=None, max_length=MAX_TEXT, description="Plain text.")
    html: str | None = Field(
        default=None, max_length=4 * MAX_TEXT, description="A page; reduced to its main text."
    )

    @model_validator(mode="after")
    def _one_body(self) -> ArticleIn:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of text or html")
        return self


class ExtractRequest(ArticleIn):
    published: date = Field(description="Publication date; horizons are read relative to it.")
    publisher: Name = Field(description="Whom unattributed forecasts belong to.")


class DocumentCreate(ArticleIn):
    title: Annotated[str, StringConstraints(strip_whitespace=True, max_length=1000)] = ""
    url: Url | None = None
    publisher: Name
    author: Annotated[str, StringConstraints(strip_whitespace=True, max_length=300)] | None = None
    published_at: Timestamp = Field(description="Publication time; forecasts are made then.")


class CandidateOut(BaseModel):
    id: int | None = Field(default=None, description="Set once stored with a document.")
    status: Literal["proposed", "accepted", "rejected"] = "proposed"
    quote: str
    start: int = Field(description="Offset of the quote in the document text.")
    end: int
    claim: str
    probability: float
    probability_phrase: str
    scale: str
    resolve_by: date | None
    horizon_text: str | None
    horizon_source: Literal["stated", "default"]
    forecaster: str
    actors: list[str]
    conditional: str | None
    quantity: dict[str, Any] | None
    question_id: int | None = None
    forecast_id: int | None = None
    review_note: str = ""


class ExtractResult(BaseModel):
    text: str = Field(description="The text the offsets refer to (after HTML reduction).")
    candidates: list[CandidateOut]


class DocumentOut(BaseModel):
    id: int
    title: str
    url: str | None
    publisher: str | None
    author: str | None
    published_at: datetime
    content_hash: str
    created_at: datetime
    candidate_counts: dict[str, int]


class DocumentDetail(DocumentOut):
    text: str
    candidates: list[CandidateOut]


class AcceptRequest(BaseModel):
    model_config = STRICT

    claim: Title | None = Field(default=None, description="Edited claim; becomes the title.")
    probability: Probability | None = None
    resolve_by: date | None = None
    forecaster: Name | None = None
    resolution_criteria: LongText | None = None
    tags: list[Tag] = Field(default_factory=list, max_length=20)
    question_id: Id | None = Field(
        default=None, description="Attach the forecast to this existing question instead."
    )


class RejectRequest(BaseModel):
    model_config = STRICT

    note: LongText = ""


class AcceptResult(BaseModel):
    candidate: CandidateOut
    question: QuestionOut
    forecast_id: int
