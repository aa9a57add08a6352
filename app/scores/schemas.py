from __future__ import annotations

from pydantic import BaseModel, Field

from app.pagination import Page

PROBABILITY = "a probability, 0-1"


class CalibrationBinOut(BaseModel):
    lower: float = Field(description="Lower edge of the bin (inclusive), 0-1.")
    upper: float = Field(description="Upper edge (exclusive; the last bin includes 1), 0-1.")
    n: int = Field(description="Forecasts in the bin.")
    mean_forecast: float = Field(description=f"Mean forecast in the bin, {PROBABILITY}.")
    observed: float = Field(description="Frequency of 'yes' among them, 0-1.")
    ci_low: float = Field(description="95% Wilson interval of `observed`, lower end, 0-1.")
    ci_high: float = Field(description="95% Wilson interval of `observed`, upper end, 0-1.")


class ScoreBlock(BaseModel):
    """Every figure for one set of scored forecasts; null where a figure is undefined."""

    n: int = Field(
        description="Forecasts scored: the counted one per forecaster and resolved question "
        "(with `aggregate`, one consensus forecast per question)."
    )
    brier: float | None = Field(
        description="Mean Brier score (p - y)^2, 0 (perfect) to 1 (worst); lower is better. "
        "Always guessing 0.5 scores 0.25."
    )
    log_score: float | None = Field(
        description="Mean negative natural log of the probability given to what happened, "
        "clipped to [0.001, 0.999]; nats, 0.0010 to 6.908, lower is better."
    )
    bins: int = Field(description="Calibration bins used (the `bins` parameter).")
    base_rate: float | None = Field(description="Frequency of 'yes' among the outcomes, 0-1.")
    brier_two_sided: float | None = Field(
        description="2 x brier: the Brier score summed over both outcomes, 0-2, lower is "
        "better (the Good Judgment Open / Fatebook convention)."
    )
    brier_ci_low: float | None = Field(
        description="95% normal-approximation interval of `brier`, lower end (null if n < 2)."
    )
    brier_ci_high: float | None = Field(
        description="95% normal-approximation interval of `brier`, upper end (null if n < 2)."
    )
    spherical: float | None = Field(
        description="Mean spherical score p_outcome / sqrt(p^2 + (1-p)^2), 0-1, higher is better."
    )
    bss_base_rate: float | None = Field(
        description="Brier skill vs always forecasting the observed base rate: 1 - brier / "
        "(o(1-o)); at most 1, higher is better, 0 = no better than the base rate."
    )
    bss_uniform: float | None = Field(
        description="Brier skill vs always forecasting 0.5: 1 - brier / 0.25; -3 to 1, "
        "higher is better."
    )
    reliability: float | None = Field(
        description="Murphy reliability (calibration error) over the bins, 0-1, lower is better."
    )
    resolution: float | None = Field(
        description="Murphy resolution over the bins, 0-0.25, higher is better."
    )
    uncertainty: float | None = Field(
        description="o(1-o) of the outcomes, 0-0.25; depends on the outcomes only."
    )
    wbv: float | None = Field(description="Within-bin variance of the forecasts, 0-0.25.")
    wbc: float | None = Field(description="Within-bin covariance of forecasts and outcomes.")
    generalized_resolution: float | None = Field(
        description="resolution - wbv + wbc, so that brier = reliability - "
        "generalized_resolution + uncertainty exactly; higher is better."
    )
    ece: float | None = Field(
        description="Expected calibration error, sum over bins of n_k/n |observed - mean "
        "forecast|; 0-1, lower is better."
    )
    spiegelhalter_z: float | None = Field(
        description="Spiegelhalter's calibration Z; near 0 is good, positive usually means "
        "overconfidence."
    )
    spiegelhalter_p: float | None = Field(
        description="Two-sided p-value of spiegelhalter_z, 0-1; small is evidence of "
        "miscalibration."
    )
    auc: float | None = Field(
        description="ROC AUC: chance a 'yes' got a higher forecast than a 'no' (ties half); "
        "0-1, higher is better, 0.5 = no discrimination."
    )
    calibration: list[CalibrationBinOut] = Field(description="The non-empty bins, in order.")


class GroupKey(BaseModel):
    key: int | str | None = Field(
        description="The group: a forecaster or publisher id, a tag, a quarter like "
        "'2019-Q1', or a phrase; null for forecasts without a publisher or phrase."
    )
    label: str | None = Field(description="Forecaster or publisher name; else the key.")
    relative_brier: float | None = Field(
        default=None,
        description="group_by=forecaster only: the forecaster's Brier minus the median Brier "
        "of the other forecasters on the same question, averaged over its questions that "
        "others also forecast; 0-1 Brier scale, -1 to 1, negative is better than the crowd.",
    )
    relative_brier_questions: int | None = Field(
        default=None, description="Questions the relative Brier is based on."
    )


class GroupScoreOut(ScoreBlock, GroupKey):
    pass


class ScoreOut(ScoreBlock):
    groups: Page[GroupScoreOut] | None = Field(
        default=None,
        description="With group_by: one block per group, paged. Grouped by forecaster it is "
        "a leaderboard sorted by Brier (ascending, ties by n descending); otherwise sorted "
        "by key.",
    )
