from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Date, Double, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, UTCDateTime, utcnow
from app.forecasts.models import BigId

CANDIDATE_STATUSES = ("proposed", "accepted", "rejected")


class Document(Base):
    """An article forecasts were extracted from. The same text is stored once."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(1000), default="")
    url: Mapped[str | None] = mapped_column(String(2000))
    publisher_id: Mapped[int | None] = mapped_column(ForeignKey("forecasters.id"), index=True)
    author: Mapped[str | None] = mapped_column(String(300))
    published_at: Mapped[datetime] = mapped_column(UTCDateTime)
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("api_keys.id"))


class Candidate(Base):
    """A forecast found in a document, waiting for a person to accept or reject it."""

    __tablename__ = "candidates"
    __table_args__ = (CheckConstraint(f"status IN {CANDIDATE_STATUSES}", name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    status: Mapped[str] = mapped_column(String(10), default="proposed", index=True)
    quote: Mapped[str] = mapped_column(Text)
    quote_start: Mapped[int] = mapped_column(Integer)
    quote_end: Mapped[int] = mapped_column(Integer)
    claim: Mapped[str] = mapped_column(Text)
    probability: Mapped[float] = mapped_column(Double)
    probability_phrase: Mapped[str] = mapped_column(String(100))
    scale: Mapped[str] = mapped_column(String(100))
    resolve_by: Mapped[date | None] = mapped_column(Date)
    horizon_text: Mapped[str | None] = mapped_column(String(300))
    horizon_source: Mapped[str] = mapped_column(String(10))
    forecaster: Mapped[str] = mapped_column(String(200))
    actors: Mapped[list[str]] = mapped_column(JSON, default=list)
    conditional: Mapped[str | None] = mapped_column(Text)
    quantity: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    question_id: Mapped[int | None] = mapped_column(ForeignKey("questions.id"), index=True)
    forecast_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("forecasts.id"), index=True)
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("api_keys.id"))
    review_note: Mapped[str] = mapped_column(Text, default="")
