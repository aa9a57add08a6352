"""Reference values from the scoring spec (checked there with scikit-learn, properscoring and
scoringrules), hard-coded so the tests do not need the spec file."""

import pytest

from app.scoring import (
    brier_score,
    brier_two_sided,
    calibration_table,
    jeffreys_interval,
    report,
    roc_auc,
    spherical_score,
    summarize,
    wilson_interval,
)

DECOMP_P = [0.1, 0.2, 0.3, 0.6, 0.8, 0.9]
DECOMP_Y = [0, 0, 1, 1, 0, 1]


def test_brier_reference() -> None:
    p, y = [0.1, 0.9, 0.8, 0.3], [0, 1, 1, 0]
    assert brier_score(p, y) == pytest.approx(0.0375, abs=1e-12)
    assert brier_two_sided(p, y) == pytest.approx(0.075, abs=1e-12)


def test_roc_auc_reference() -> None:
    assert roc_auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]) == pytest.approx(0.75, abs=1e-12)


def test_calibration_curve_reference() -> None:
    y = [0, 0, 0, 0, 1, 1, 1, 1, 1]
    p = [0.1, 0.2, 0.3, 0.4, 0.65, 0.7, 0.8, 0.9, 1.0]
    rows = calibration_table(p, y, bins=3)
    assert [r.observed for r in rows] == pytest.approx([0.0, 0.5, 1.0], abs=1e-12)
    assert [r.mean_forecast for r in rows] == pytest.approx([0.2, 0.525, 0.85], abs=1e-12)
    assert [r.n for r in rows] == [3, 2, 4]


def test_decomposition_reference() -> None:
    r = report(summarize(DECOMP_P, DECOMP_Y, bins=2))
    assert r.brier == pytest.approx(0.225, abs=1e-12)
    assert r.reliability == pytest.approx(0.013889, abs=1e-6)
    assert r.resolution == pytest.approx(0.027778, abs=1e-6)
    assert r.uncertainty == pytest.approx(0.25, abs=1e-12)
    # The classic three-term decomposition is biased when forecasts inside a bin differ.
    assert r.reliability - r.resolution + r.uncertainty == pytest.approx(0.236111, abs=1e-6)
    assert r.wbv == pytest.approx(0.011111, abs=1e-6)
    assert r.wbc == pytest.approx(0.022222, abs=1e-6)
    assert r.generalized_resolution == pytest.approx(0.038889, abs=1e-6)
    assert r.reliability - r.generalized_resolution + r.uncertainty == pytest.approx(
        0.225, abs=1e-12
    )
    assert r.bss_base_rate == pytest.approx(0.1, abs=1e-12)
    assert r.ece == pytest.approx(0.116667, abs=1e-6)
    assert r.spiegelhalter_z == pytest.approx(0.76472, abs=1e-5)
    assert r.spiegelhalter_p == pytest.approx(0.44444, abs=1e-5)


def test_binomial_interval_references() -> None:
    assert wilson_interval(3, 10) == pytest.approx((0.10779, 0.60322), abs=1e-5)
    assert jeffreys_interval(3, 10) == pytest.approx((0.09269, 0.60582), abs=1e-5)


@pytest.mark.parametrize(("outcome", "expected"), [(1, 0.97014), (0, 0.24254)])
def test_spherical_reference(outcome: int, expected: float) -> None:
    assert spherical_score([0.8], [outcome]) == pytest.approx(expected, abs=1e-5)
