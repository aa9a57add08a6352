from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Double,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, UTCDateTime, utcnow

# SQLite only auto-increments a column declared exactly INTEGER PRIMARY KEY.
BigId = BigInteger().with_variant(Integer(), "sqlite")

SOURCES = ("api", "document", "import", "demo")


class Forecast(Base):
    """A probability a forecaster gave a question at a time. Rows are never updated."""

    __tablename__ = "forecasts"
    __table_args__ = (
        CheckConstraint("probability >= 0 AND probability <= 1", name="probability"),
        CheckConstraint("made_at <= recorded_at", name="made_before_recorded"),
        CheckConstraint(f"source IN {SOURCES}", name="source"),
        # Serves a question's history and the rebuild of its counted forecasts.
        Index("ix_forecasts_question_forecaster_made", "question_id", "forecaster_id", "made_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("questions.id"))
    forecaster_id: Mapped[int] = mapped_column(ForeignKey("forecasters.id"), index=True)
    publisher_id: Mapped[int | None] = mapped_column(ForeignKey("forecasters.id"))
    probability: Mapped[float] = mapped_column(Double)
    made_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The estimative words behind the number, when it came from prose.
    phrase: Mapped[str | None] = mapped_column(String(100))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), index=True)
    source: Mapped[str] = mapped_column(String(10), default="api")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("api_keys.id"))


class LatestForecast(Base):
    """The forecast that counts for each (question, forecaster): derived, never authoritative.

    It holds the latest forecast by ``made_at`` (ties by id); once a question is
    resolved, the latest one made before the outcome was known. It is kept in
    the same transaction as the writes that change it, so scoring can read one
    narrow table instead of ranking the whole forecast history.

    ``outcome``, ``resolved_at`` and ``phrase`` are copies (of the question's
    current resolution and of the forecast) so that scoring a million rows
    needs no join; forecasts and resolutions maintain them under the question's
    row lock, so they cannot drift from their sources.
    """

    __tablename__ = "latest_forecasts"

    question_id: Mapped[int] = mapped_column(ForeignKey("questions.id"), primary_key=True)
    forecaster_id: Mapped[int] = mapped_column(
        ForeignKey("forecasters.id"), primary_key=True, index=True
    )
    forecast_id: Mapped[int] = mapped_column(BigId, ForeignKey("forecasts.id"), unique=True)
    publisher_id: Mapped[int | None] = mapped_column(ForeignKey("forecasters.id"), index=True)
    probability: Mapped[float] = mapped_column(Double)
    made_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    phrase: Mapped[str | None] = mapped_column(String(100))
    # 1 (yes) or 0 (no) once the question is resolved; NULL while open or annulled.
    outcome: Mapped[int | None] = mapped_column(SmallInteger)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
