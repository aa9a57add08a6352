"""Raw-array conveniences: thin wrappers that summarize the forecasts and reuse `report`'s math.

All take parallel sequences of probabilities (of "yes", in [0, 1]) and outcomes (0/1 or bool)
and raise ScoringInputError on invalid input, including no forecasts at all (use `score`, which
returns an n = 0 report, when empty input is legitimate).
"""

from __future__ import annotations

from typing import Literal

from app.scoring._checks import (
    Outcomes,
    Probabilities,
    ScoringInputError,
    check_bins,
    check_log_eps,
    check_pairs,
)
from app.scoring.report import (
    CalibrationBin,
    ScoreReport,
    base_rate_of,
    brier_interval_of,
    brier_of,
    calibration_of,
    decomposition_of,
    log_score_of,
    report,
    skill,
    spherical_of,
    spiegelhalter_of,
)
from app.scoring.sums import DEFAULT_BINS, LOG_EPS, BinSums, Summary, summarize, summarize_checked


def _summary(
    probabilities: Probabilities,
    outcomes: Outcomes,
    bins: int = 1,
    log_eps: float = LOG_EPS,
) -> Summary:
    ps, ys = check_pairs(probabilities, outcomes, non_empty=True)
    return summarize_checked(ps, ys, check_bins(bins), check_log_eps(log_eps), with_roc=False)


def _total(probabilities: Probabilities, outcomes: Outcomes, log_eps: float = LOG_EPS) -> BinSums:
    return _summary(probabilities, outcomes, log_eps=log_eps).total


def score(
    probabilities: Probabilities,
    outcomes: Outcomes,
    bins: int = DEFAULT_BINS,
    log_eps: float = LOG_EPS,
) -> ScoreReport:
    """Full report for raw forecasts (empty input gives an n = 0 report)."""
    return report(summarize(probabilities, outcomes, bins, log_eps))


def brier_score(probabilities: Probabilities, outcomes: Outcomes) -> float:
    """Brier score, mean (p - y)^2, on the 0-1 scale: 0 is perfect, lower is better.

    Good Judgment Open and Fatebook show the two-sided version, see `brier_two_sided`.
    """
    return brier_of(_total(probabilities, outcomes))


def brier_two_sided(probabilities: Probabilities, outcomes: Outcomes) -> float:
    """Brier score summed over both outcomes (2 x `brier_score`): 0-2, lower is better.

    This is the Good Judgment Open / Fatebook convention.
    """
    return 2.0 * brier_score(probabilities, outcomes)


def brier_interval(probabilities: Probabilities, outcomes: Outcomes) -> tuple[float, float] | None:
    """95% normal-approximation interval for the 0-1 Brier score, within [0, 1].

    mean +/- 1.96 s / sqrt(n) with s the sample standard deviation of the squared errors;
    None when there is only one forecast (no variance estimate).
    """
    return brier_interval_of(_total(probabilities, outcomes))


def log_score(probabilities: Probabilities, outcomes: Outcomes, log_eps: float = LOG_EPS) -> float:
    """Mean log loss -ln(probability given to the outcome), natural log: lower is better.

    The outcome's probability is clipped to [log_eps, 1 - log_eps] (default 0.001, Metaculus'
    0.1%-99.9% bounds), so the range is -ln(1 - log_eps) to -ln(log_eps): 0.0010 to 6.908 nats.
    """
    return log_score_of(_total(probabilities, outcomes, log_eps))


def spherical_score(probabilities: Probabilities, outcomes: Outcomes) -> float:
    """Mean spherical score p_outcome / sqrt(p^2 + (1 - p)^2): 0-1, higher is better."""
    return spherical_of(_total(probabilities, outcomes))


def brier_skill_score(
    probabilities: Probabilities,
    outcomes: Outcomes,
    reference: Literal["base_rate", "uniform"] = "base_rate",
) -> float | None:
    """Brier skill score 1 - BS / BS_ref: at most 1, higher is better, 0 = reference skill.

    reference="base_rate" uses BS_ref = o(1 - o) for the sample's own frequency o (None when
    every outcome is the same); reference="uniform" uses a constant 0.5 forecast, BS_ref = 0.25.
    """
    if reference not in ("base_rate", "uniform"):
        raise ScoringInputError(f"reference must be 'base_rate' or 'uniform', got {reference!r}")
    total = _total(probabilities, outcomes)
    if reference == "uniform":
        return skill(brier_of(total), 0.25)
    base = base_rate_of(total)
    return skill(brier_of(total), base * (1.0 - base))


def calibration_table(
    probabilities: Probabilities, outcomes: Outcomes, bins: int = DEFAULT_BINS
) -> list[CalibrationBin]:
    """Non-empty calibration bins with mean forecast, observed frequency and 95% Wilson CI.

    Bins are [k/bins, (k+1)/bins), the last one closed; see `app.scoring.sums` for the edge rule.
    """
    return calibration_of(_summary(probabilities, outcomes, bins))


def expected_calibration_error(
    probabilities: Probabilities, outcomes: Outcomes, bins: int = DEFAULT_BINS
) -> float:
    """ECE = sum_k (n_k / n) |o_k - f_k| over the bins: 0-1, lower is better."""
    summary = _summary(probabilities, outcomes, bins)
    return decomposition_of(summary, summary.total).ece


def spiegelhalter(
    probabilities: Probabilities, outcomes: Outcomes
) -> tuple[float | None, float | None]:
    """Spiegelhalter's Z (near 0 is good) and its two-sided p-value (0-1, higher is better).

    Both are None when every probability is 0, 0.5 or 1 (the variance term is then 0).
    """
    return spiegelhalter_of(_total(probabilities, outcomes))
