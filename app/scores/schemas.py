from __future__ import annotations

from pydantic import BaseModel, Field


class ScoreOut(BaseModel):
    n: int = Field(description="Forecasts scored: the counted one per forecaster and question.")
    brier: float | None = Field(description="Mean Brier score, 0 (perfect) to 1 (worst).")
    log_score: float | None = Field(
        description="Mean negative natural log of the probability given to what happened, "
        "clipped to [0.001, 0.999]; 0 is perfect, lower is better."
    )
