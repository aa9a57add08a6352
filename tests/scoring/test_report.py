"""ScoreReport shape: empty input, small n, JSON safety and the AUC override."""

import json
import math
from dataclasses import replace

import numpy as np
import pytest

from app.scoring import (
    Summary,
    brier_interval,
    brier_score,
    report,
    score,
    summarize,
)

REQUIRED = {
    "n", "base_rate", "brier", "brier_two_sided", "brier_ci_low", "brier_ci_high", "log_score",
    "spherical", "bss_base_rate", "bss_uniform", "reliability", "resolution", "uncertainty",
    "wbv", "wbc", "generalized_resolution", "ece", "spiegelhalter_z", "spiegelhalter_p", "auc",
    "calibration",
}  # fmt: skip


def test_empty_input_gives_n_zero_report() -> None:
    r = score([], [])
    assert r.n == 0
    data = r.to_dict()
    assert data["calibration"] == []
    assert all(data[name] is None for name in REQUIRED - {"n", "calibration"})
    assert report(Summary(bins=10, by_bin={})).to_dict() == data


def test_report_has_every_field_and_is_strict_json() -> None:
    r = score([0.0, 1.0, 0.5, 0.5], [1, 0, 1, 1])
    data = r.to_dict()
    assert set(data) >= REQUIRED
    # allow_nan=False rejects NaN and infinity: the API must never emit them.
    text = json.dumps(data, allow_nan=False)
    assert json.loads(text)["n"] == 4
    calibration = data["calibration"]
    assert isinstance(calibration, list)
    assert set(calibration[0]) == {
        "lower", "upper", "n", "mean_forecast", "observed", "ci_low", "ci_high",
    }  # fmt: skip
    # Every p is 0, 0.5 or 1: Spiegelhalter's variance term is 0, so Z is undefined.
    assert data["spiegelhalter_z"] is None
    assert data["spiegelhalter_p"] is None


def test_to_dict_replaces_non_finite_floats() -> None:
    base = score([0.2, 0.7], [0, 1])
    broken = replace(base, brier=math.nan, log_score=math.inf)
    data = broken.to_dict()
    assert data["brier"] is None
    assert data["log_score"] is None
    assert data["spherical"] == base.spherical


def test_single_forecast_has_no_brier_interval() -> None:
    r = score([0.7], [1])
    assert r.brier == pytest.approx(0.09)
    assert r.brier_ci_low is None
    assert r.brier_ci_high is None
    assert brier_interval([0.7], [1]) is None
    assert r.auc is None  # one class only
    assert r.bss_base_rate is None  # base rate 1


def test_brier_interval_hand_value() -> None:
    # Squared errors 0.01 and 0.09: mean 0.05, sample sd sqrt(0.0032), half width 1.96 * 0.04.
    low, high = brier_interval([0.1, 0.3], [0, 0]) or (math.nan, math.nan)
    half = 1.96 * math.sqrt(0.0032 / 2)
    assert low == pytest.approx(max(0.0, 0.05 - half), abs=1e-12)
    assert high == pytest.approx(0.05 + half, abs=1e-12)
    assert low == 0.0  # clipped at the bottom of the scale


def test_brier_interval_matches_numpy_on_a_larger_sample() -> None:
    rng = np.random.default_rng(7)
    p = rng.uniform(size=400)
    y = (rng.uniform(size=400) < p).astype(int)
    errors = (p - y) ** 2
    half = 1.96 * errors.std(ddof=1) / math.sqrt(errors.size)
    interval = brier_interval(p, y)
    assert interval == pytest.approx((errors.mean() - half, errors.mean() + half), rel=1e-10)
    assert brier_score(p, y) == pytest.approx(errors.mean(), rel=1e-12)


def test_auc_argument_overrides_the_summary_rows() -> None:
    summary = summarize([0.2, 0.8, 0.6], [0, 1, 0])
    assert report(summary).auc == pytest.approx(1.0)
    assert report(summary, auc=0.25).auc == 0.25
    no_rows = Summary(bins=summary.bins, by_bin=summary.by_bin)
    assert report(no_rows).auc is None
    assert report(no_rows, auc=0.5).auc == 0.5


def test_calibration_rows_carry_edges_and_wilson_bounds() -> None:
    r = score([0.05, 0.15, 0.12, 0.95], [0, 1, 0, 1], bins=10)
    assert [(c.lower, c.upper, c.n) for c in r.calibration] == [
        (0.0, 0.1, 1),
        (0.1, 0.2, 2),
        (0.9, 1.0, 1),
    ]
    middle = r.calibration[1]
    assert middle.observed == 0.5
    assert middle.mean_forecast == pytest.approx(0.135)
    assert middle.ci_low < 0.5 < middle.ci_high
