"""Small vectors worked out by hand (arithmetic in the comments), plus scipy for the beta math."""

import math

import pytest
from scipy import special, stats

from app.scoring import (
    beta_quantile,
    brier_skill_score,
    expected_calibration_error,
    jeffreys_interval,
    regularized_beta,
    report,
    spherical_score,
    spiegelhalter,
    summarize,
    wilson_interval,
)


def test_spherical_hand_values() -> None:
    # 0.5 / sqrt(0.5) = 1 / sqrt(2) whatever happens.
    assert spherical_score([0.5, 0.5], [0, 1]) == pytest.approx(1 / math.sqrt(2), rel=1e-12)
    # 0.6 / sqrt(0.36 + 0.16)
    assert spherical_score([0.6], [1]) == pytest.approx(0.6 / math.sqrt(0.52), rel=1e-12)
    # Certain and right scores 1, certain and wrong scores 0; the mean is 0.5.
    assert spherical_score([1.0, 0.0], [1, 1]) == pytest.approx(0.5, abs=1e-15)


def test_brier_skill_hand_values() -> None:
    p, y = [0.5, 0.5, 0.0, 0.0], [1, 0, 0, 0]
    # BS = (0.25 + 0.25) / 4 = 0.125; base rate 0.25 -> BS_ref = 0.1875; 1 - 0.125/0.1875 = 1/3.
    assert brier_skill_score(p, y) == pytest.approx(1 / 3, rel=1e-12)
    # Against always-0.5: 1 - 0.125 / 0.25 = 0.5.
    assert brier_skill_score(p, y, reference="uniform") == pytest.approx(0.5, rel=1e-12)
    # Same outcome everywhere: the base-rate forecaster is perfect, skill undefined.
    assert brier_skill_score([0.3, 0.4], [1, 1]) is None
    assert brier_skill_score([0.3, 0.4], [1, 1], reference="uniform") == pytest.approx(
        1 - ((0.49 + 0.36) / 2) / 0.25
    )


def test_decomposition_hand_values_single_bin() -> None:
    # One bin: f = 0.3, o = 0.5. REL = 0.04, RES = 0, UNC = 0.25,
    # WBV = (0.01 + 0.01) / 2 = 0.01, WBC = (2/2) * ((-0.1)(-0.5) + (0.1)(0.5)) = 0.1,
    # GRES = 0 - 0.01 + 0.1 = 0.09 and REL - GRES + UNC = 0.2 = BS = (0.04 + 0.36) / 2.
    r = report(summarize([0.2, 0.4], [0, 1], bins=1))
    assert r.reliability == pytest.approx(0.04, abs=1e-12)
    assert r.resolution == pytest.approx(0.0, abs=1e-12)
    assert r.uncertainty == pytest.approx(0.25, abs=1e-12)
    assert r.wbv == pytest.approx(0.01, abs=1e-12)
    assert r.wbc == pytest.approx(0.1, abs=1e-12)
    assert r.generalized_resolution == pytest.approx(0.09, abs=1e-12)
    assert r.brier == pytest.approx(0.2, abs=1e-12)
    # Classic decomposition is off by WBV - WBC here: 0.04 - 0 + 0.25 = 0.29, not 0.2.
    assert r.reliability - r.resolution + r.uncertainty == pytest.approx(0.29, abs=1e-12)


def test_decomposition_equal_forecasts_per_bin_has_no_within_terms() -> None:
    # Bins of identical forecasts: WBV = WBC = 0 and the classic identity is exact.
    r = report(summarize([0.15, 0.15, 0.85, 0.85], [0, 1, 1, 1], bins=10))
    assert r.wbv == pytest.approx(0.0, abs=1e-15)
    assert r.wbc == pytest.approx(0.0, abs=1e-15)
    assert r.brier is not None
    assert r.reliability - r.resolution + r.uncertainty == pytest.approx(r.brier, abs=1e-12)


def test_ece_hand_values() -> None:
    # One bin: |0.5 - 0.3| = 0.2.
    assert expected_calibration_error([0.2, 0.4], [0, 1], bins=1) == pytest.approx(0.2)
    # Two bins of two: |0 - 0.15| * 2/4 + |1 - 0.85| * 2/4 = 0.15.
    p, y = [0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1]
    assert expected_calibration_error(p, y, bins=2) == pytest.approx(0.15)


def test_spiegelhalter_hand_values() -> None:
    # num = 0.8 * 0.6 = 0.48, var = 0.36 * 0.16 = 0.0576, Z = 0.48 / 0.24 = 2.
    z, p_value = spiegelhalter([0.2], [1])
    assert z == pytest.approx(2.0, rel=1e-12)
    assert p_value == pytest.approx(0.0455002638963584, rel=1e-9)  # 2 (1 - Phi(2))
    # Terms cancel: (-0.2)(0.6) + (0.6)(0.2) = 0 -> Z = 0, p = 1.
    z, p_value = spiegelhalter([0.2, 0.4], [0, 1])
    assert z == pytest.approx(0.0, abs=1e-15)
    assert p_value == pytest.approx(1.0)
    # Overconfidence pushes Z up: 0.1 and 0.9 forecasts that are right only 50% of the time.
    z, _ = spiegelhalter([0.1, 0.1, 0.9, 0.9], [0, 1, 0, 1])
    assert z is not None
    assert z > 0


def test_spiegelhalter_undefined_without_variance() -> None:
    assert spiegelhalter([0.5, 0.0, 1.0], [1, 0, 1]) == (None, None)


def test_wilson_hand_values() -> None:
    # k = 0: bounds are 0 and (z^2/m) / (1 + z^2/m) = 0.38416 / 1.38416.
    low, high = wilson_interval(0, 10)
    assert low == 0.0
    assert high == pytest.approx(0.38416 / 1.38416, rel=1e-12)
    # k = m mirrors k = 0.
    low, high = wilson_interval(10, 10)
    assert low == pytest.approx(1 - 0.38416 / 1.38416, rel=1e-12)
    assert high == 1.0
    # Symmetric around 1/2 for k = m/2: centre exactly 0.5.
    low, high = wilson_interval(5, 10)
    assert (low + high) / 2 == pytest.approx(0.5, abs=1e-15)


def test_jeffreys_boundary_convention() -> None:
    # Brown, Cai & DasGupta: k = 0 pins the lower bound to 0, k = m the upper bound to 1.
    low, high = jeffreys_interval(0, 5)
    assert low == 0.0
    assert high == pytest.approx(stats.beta.ppf(0.975, 0.5, 5.5), rel=1e-9)
    low, high = jeffreys_interval(5, 5)
    assert low == pytest.approx(stats.beta.ppf(0.025, 5.5, 0.5), rel=1e-9)
    assert high == 1.0


@pytest.mark.parametrize(
    ("k", "m"), [(1, 1), (1, 2), (1, 10), (7, 10), (9, 10), (17, 40), (3, 500), (250, 1000)]
)
@pytest.mark.parametrize("level", [0.8, 0.95, 0.99])
def test_jeffreys_matches_scipy(k: int, m: int, level: float) -> None:
    tail = (1 - level) / 2
    low, high = jeffreys_interval(k, m, level=level)
    if k > 0:
        assert low == pytest.approx(stats.beta.ppf(tail, k + 0.5, m - k + 0.5), rel=1e-9)
    if k < m:
        assert high == pytest.approx(stats.beta.ppf(1 - tail, k + 0.5, m - k + 0.5), rel=1e-9)


@pytest.mark.parametrize("a", [0.5, 1.0, 2.5, 30.0, 1000.5])
@pytest.mark.parametrize("b", [0.5, 3.0, 45.5, 2000.0])
@pytest.mark.parametrize("x", [1e-6, 0.01, 0.3, 0.5, 0.77, 0.999])
def test_regularized_beta_matches_scipy(a: float, b: float, x: float) -> None:
    assert regularized_beta(x, a, b) == pytest.approx(special.betainc(a, b, x), abs=1e-12)


@pytest.mark.parametrize("a", [0.5, 1.0, 3.5, 120.5, 10000.5])
@pytest.mark.parametrize("b", [0.5, 2.0, 80.5, 50000.5])
@pytest.mark.parametrize("q", [0.0, 1e-5, 0.025, 0.5, 0.975, 0.99999, 1.0])
def test_beta_quantile_matches_scipy(a: float, b: float, q: float) -> None:
    expected = stats.beta.ppf(q, a, b)
    assert beta_quantile(q, a, b) == pytest.approx(expected, rel=1e-8, abs=1e-15)
