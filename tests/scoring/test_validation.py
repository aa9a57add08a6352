"""Bad input is rejected once, at the boundary, with ScoringInputError and a clear message."""

import math
from collections.abc import Callable
from decimal import Decimal

import numpy as np
import pytest

from app.scoring import (
    BinSums,
    ScoringInputError,
    Summary,
    auc_from_counts,
    auc_from_rank_sum,
    beta_quantile,
    bin_index,
    brier_score,
    brier_skill_score,
    calibration_table,
    consensus,
    jeffreys_interval,
    log_score,
    relative_brier,
    report,
    roc_auc,
    score,
    summarize,
    wilson_interval,
)

RAW_SCORERS: list[Callable[..., object]] = [brier_score, log_score, roc_auc, score, summarize]


def test_error_is_a_value_error() -> None:
    assert issubclass(ScoringInputError, ValueError)


@pytest.mark.parametrize("scorer", RAW_SCORERS)
@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (math.nan, r"probabilities\[1\] must be a finite number in \[0, 1\], got nan"),
        (math.inf, r"probabilities\[1\] must be a finite number in \[0, 1\], got inf"),
        (-0.01, r"probabilities\[1\] .* got -0\.01"),
        (1.5, r"probabilities\[1\] .* got 1\.5"),
        ("0.5", r"probabilities\[1\] .* got '0\.5'"),
        (None, r"probabilities\[1\] .* got None"),
        (True, r"probabilities\[1\] .* got True"),
    ],
)
def test_bad_probability(scorer: Callable[..., object], bad: object, message: str) -> None:
    with pytest.raises(ScoringInputError, match=message):
        scorer([0.5, bad], [1, 0])


@pytest.mark.parametrize("scorer", RAW_SCORERS)
@pytest.mark.parametrize("bad", [2, -1, 0.5, math.nan, "1", None])
def test_bad_outcome(scorer: Callable[..., object], bad: object) -> None:
    with pytest.raises(ScoringInputError, match=r"outcomes\[0\] must be 0 or 1 \(or a bool\)"):
        scorer([0.5, 0.5], [bad, 1])


@pytest.mark.parametrize("scorer", RAW_SCORERS)
def test_mismatched_lengths(scorer: Callable[..., object]) -> None:
    with pytest.raises(ScoringInputError, match="same length, got 3 and 2"):
        scorer([0.1, 0.2, 0.3], [0, 1])


def test_string_instead_of_sequence() -> None:
    with pytest.raises(ScoringInputError, match="sequences of numbers"):
        brier_score("0.5", [1, 0, 1])


def test_raw_scores_need_at_least_one_forecast() -> None:
    with pytest.raises(ScoringInputError, match="at least one forecast"):
        brier_score([], [])


def test_accepted_input_types() -> None:
    expected = brier_score([0.2, 0.9], [0, 1])
    assert brier_score(np.array([0.2, 0.9]), np.array([False, True])) == expected
    assert brier_score([Decimal("0.2"), np.float32(0.9)], [False, 1.0]) == pytest.approx(expected)
    assert brier_score((p for p in [0.2, 0.9]), iter([0, 1])) == expected


@pytest.mark.parametrize("bins", [0, 101, -3, 2.5, True, "10", None])
def test_bad_bins(bins: object) -> None:
    with pytest.raises(ScoringInputError, match="bins must be an integer from 1 to 100"):
        calibration_table([0.5], [1], bins=bins)
    with pytest.raises(ScoringInputError, match="bins must be"):
        bin_index(0.5, bins)


@pytest.mark.parametrize("log_eps", [0.0, 0.5, -0.1, math.nan])
def test_bad_log_eps(log_eps: float) -> None:
    with pytest.raises(ScoringInputError, match=r"log_eps must be a number in \(0, 0\.5\)"):
        log_score([0.5], [1], log_eps=log_eps)


def test_bad_options() -> None:
    with pytest.raises(ScoringInputError, match="reference must be"):
        brier_skill_score([0.5], [1], reference="climatology")
    with pytest.raises(ScoringInputError, match="method must be"):
        consensus([0.5], method="mode")
    with pytest.raises(ScoringInputError, match="at least one probability"):
        consensus([])
    with pytest.raises(ScoringInputError, match=r"auc must be in \[0, 1\]"):
        report(summarize([0.5], [1]), auc=1.5)


def test_bad_bin_sums_and_summary() -> None:
    with pytest.raises(ScoringInputError, match=r"BinSums\.sum_p must be a finite number"):
        BinSums(1, math.nan, 0, 0, 0, 0, 0, 0, 0, 0)
    with pytest.raises(ScoringInputError, match=r"BinSums\.n must be a non-negative integer"):
        BinSums(-1, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    one = BinSums.of(0.5, 1)
    with pytest.raises(ScoringInputError, match=r"bin index must be an integer in \[0, 10\)"):
        Summary(bins=10, by_bin={10: one})
    with pytest.raises(ScoringInputError, match="bin 3 is empty"):
        Summary(bins=10, by_bin={3: BinSums.zero()})
    with pytest.raises(ScoringInputError, match="roc rows count 2 forecasts but the bins hold 1"):
        Summary(bins=10, by_bin={5: one}, roc=((0.5, 1, 1),))
    with pytest.raises(ScoringInputError, match="cannot merge summaries with 10 and 5 bins"):
        _ = Summary(bins=10, by_bin={5: one}) + Summary(bins=5, by_bin={2: one})
    with pytest.raises(ScoringInputError, match="p must be a finite number"):
        BinSums.of(1.2, 1)


def test_bad_auc_inputs() -> None:
    with pytest.raises(
        ScoringInputError, match=r"rows\[0\] must be \(value, positives, negatives\)"
    ):
        auc_from_counts([(0.5, 1)])
    with pytest.raises(ScoringInputError, match=r"rows\[1\] negatives must be a non-negative"):
        auc_from_counts([(0.5, 1, 1), (0.7, 1, -2)])
    with pytest.raises(ScoringInputError, match=r"numerator must lie in \[0, positives"):
        auc_from_rank_sum(7, 2, 3)


def test_bad_interval_inputs() -> None:
    with pytest.raises(ScoringInputError, match=r"successes must lie in \[0, trials\]"):
        wilson_interval(11, 10)
    with pytest.raises(ScoringInputError, match="trials must be positive"):
        jeffreys_interval(0, 0)
    with pytest.raises(ScoringInputError, match=r"level must be in \(0, 1\)"):
        jeffreys_interval(1, 2, level=1.0)
    with pytest.raises(ScoringInputError, match="a and b must be positive"):
        beta_quantile(0.5, 0.0, 1.0)


def test_bad_relative_brier_inputs() -> None:
    with pytest.raises(ScoringInputError, match="question 'q1' has conflicting outcomes"):
        relative_brier({"q1": {"a": (0.2, 1), "b": (0.4, 0)}})
    with pytest.raises(ScoringInputError, match="question 'q1', forecaster 'b': probability"):
        relative_brier({"q1": {"a": (0.2, 1), "b": (1.4, 1)}})
    with pytest.raises(ScoringInputError, match=r"expected \(probability, outcome\)"):
        relative_brier({"q1": {"a": 0.2}})  # type: ignore[dict-item]
