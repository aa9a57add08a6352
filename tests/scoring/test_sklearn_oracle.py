"""scikit-learn as a test-only oracle over many random vectors."""

import numpy as np
import pytest
from sklearn.calibration import calibration_curve
from sklearn.metrics import brier_score_loss, log_loss, roc_auc_score

from app.scoring import (
    LOG_EPS,
    auc_from_counts,
    brier_score,
    calibration_table,
    log_score,
    roc_auc,
    summarize,
)

SEEDS = range(60)


def _random_case(seed: int, size_max: int = 80) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, size_max))
    p = rng.uniform(0.0, 1.0, n)
    # Outcomes drawn from the forecasts keep the vectors realistic (some skill, some noise).
    y = (rng.uniform(0.0, 1.0, n) < p).astype(int)
    return p, y


@pytest.mark.parametrize("seed", SEEDS)
def test_brier_matches_sklearn(seed: int) -> None:
    p, y = _random_case(seed)
    expected = brier_score_loss(y, p, labels=[0, 1])
    assert brier_score(p, y) == pytest.approx(expected, rel=1e-12, abs=1e-14)


@pytest.mark.parametrize("seed", SEEDS)
def test_log_score_matches_sklearn_inside_clip(seed: int) -> None:
    p, y = _random_case(seed)
    p = np.clip(p, 0.002, 0.998)  # inside [LOG_EPS, 1 - LOG_EPS]: no clipping on either side
    assert log_score(p, y) == pytest.approx(log_loss(y, p, labels=[0, 1]), rel=1e-12)


def test_log_score_clips_at_log_eps_where_sklearn_does_not() -> None:
    p = np.array([0.0, 1.0, 0.0005, 0.9999, 0.5])
    y = np.array([1, 0, 1, 1, 0])
    clipped = np.clip(p, LOG_EPS, 1 - LOG_EPS)
    ours = log_score(p, y)
    assert ours == pytest.approx(log_loss(y, clipped, labels=[0, 1]), rel=1e-12)
    # scikit-learn clips at machine epsilon only, so its confident misses cost far more.
    assert log_loss(y, p, labels=[0, 1]) > ours + 1.0


def test_log_eps_override_changes_the_clip() -> None:
    p, y = [0.0], [1]
    assert log_score(p, y, log_eps=0.01) == pytest.approx(-np.log(0.01), rel=1e-12)
    assert log_score(p, y) == pytest.approx(-np.log(LOG_EPS), rel=1e-12)


def _off_edge(p: np.ndarray, bins: int) -> np.ndarray:
    # Keep probabilities well away from bin edges, where the two edge conventions differ.
    distance = np.abs(p * bins - np.round(p * bins)) / bins
    return p[distance > 1e-6]


@pytest.mark.parametrize("seed", SEEDS)
def test_calibration_matches_sklearn_off_edges(seed: int) -> None:
    rng = np.random.default_rng(1000 + seed)
    bins = int(rng.integers(1, 21))
    p = _off_edge(rng.uniform(0.0, 1.0, int(rng.integers(2, 120))), bins)
    y = (rng.uniform(0.0, 1.0, p.size) < p).astype(int)
    if y.min() == y.max():
        y[0] = 1 - y[0]  # calibration_curve needs both labels present
    observed, mean_forecast = calibration_curve(y, p, n_bins=bins, strategy="uniform")
    rows = calibration_table(p, y, bins=bins)
    assert [r.observed for r in rows] == pytest.approx(observed.tolist(), abs=1e-12)
    assert [r.mean_forecast for r in rows] == pytest.approx(mean_forecast.tolist(), abs=1e-12)


def test_calibration_edge_convention_differs_from_sklearn() -> None:
    # 0.5 and 0.3 sit on interior edges of 10 bins: sklearn puts them in the lower bin,
    # this package in the upper one.
    p = np.array([0.3, 0.35, 0.5, 0.55])
    y = np.array([0, 1, 1, 0])
    _, sk_mean = calibration_curve(y, p, n_bins=10, strategy="uniform")
    assert sk_mean.tolist() == pytest.approx([0.3, 0.35, 0.5, 0.55])
    rows = calibration_table(p, y, bins=10)
    assert [(r.lower, r.n) for r in rows] == [(0.3, 2), (0.5, 2)]
    assert [r.mean_forecast for r in rows] == pytest.approx([0.325, 0.525])


@pytest.mark.parametrize("seed", SEEDS)
def test_auc_matches_sklearn_with_ties(seed: int) -> None:
    rng = np.random.default_rng(2000 + seed)
    n = int(rng.integers(2, 150))
    decimals = int(rng.integers(0, 3))  # coarse rounding creates many ties
    p = np.round(rng.uniform(0.0, 1.0, n), decimals)
    y = (rng.uniform(0.0, 1.0, n) < p).astype(int)
    y[0], y[1] = 0, 1  # both classes present
    expected = roc_auc_score(y, p)
    assert roc_auc(p, y) == pytest.approx(expected, rel=1e-12)
    roc = summarize(p, y).roc
    assert roc is not None
    assert auc_from_counts(reversed(roc)) == pytest.approx(expected, rel=1e-12)
