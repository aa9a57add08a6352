"""Confidence intervals for a binomial proportion (observed frequency of "yes").

Wilson is used by the calibration table (cheap, closed form, good coverage). Jeffreys is the
equal-tailed Bayesian interval from the Beta(k + 1/2, m - k + 1/2) posterior; its quantile is
found here without scipy: the regularized incomplete beta function is evaluated with its
continued fraction and inverted by bisection.
"""

from __future__ import annotations

import math

from app.scoring._checks import ScoringInputError, check_finite

Z95 = 1.96
"""Normal quantile used for every 95% interval in this package (the customary rounded value)."""

_CF_TOLERANCE = 1e-15
_CF_MAX_TERMS = 100_000
_TINY = 1e-300


def _check_binomial(successes: float, trials: float) -> tuple[float, float]:
    k = check_finite(successes, "successes")
    m = check_finite(trials, "trials")
    if m <= 0:
        raise ScoringInputError(f"trials must be positive, got {trials!r}")
    if not 0.0 <= k <= m:
        raise ScoringInputError(f"successes must lie in [0, trials], got {successes!r} of {m:g}")
    return k, m


def wilson_interval(successes: float, trials: float, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for `successes` out of `trials` (default 95%, z = 1.96).

    Returns (low, high) within [0, 1]. Counts may be non-integer sums (e.g. from SQL SUM).
    """
    k, m = _check_binomial(successes, trials)
    z = check_finite(z, "z")
    if z <= 0:
        raise ScoringInputError(f"z must be positive, got {z!r}")
    phat = k / m
    z2 = z * z
    shrink = 1.0 + z2 / m
    center = (phat + z2 / (2.0 * m)) / shrink
    half = z * math.sqrt(phat * (1.0 - phat) / m + z2 / (4.0 * m * m)) / shrink
    # At k = 0 (k = m) the exact bound is 0 (1), but center - half rounds to a speck above it,
    # which would put the observed frequency outside its own interval.
    low = 0.0 if k == 0 else max(0.0, center - half)
    high = 1.0 if k == m else min(1.0, center + half)
    return low, high


def _beta_continued_fraction(x: float, a: float, b: float) -> float:
    """Continued fraction for the incomplete beta function (modified Lentz evaluation).

    Converges fast for x < (a + 1) / (a + b + 2); callers use the symmetry otherwise.
    """
    # c and d are Lentz's ratios of successive numerators and denominators of the convergents.
    c = 1.0
    d = 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > _TINY else _TINY)
    result = d
    for m in range(1, _CF_MAX_TERMS):
        two_m = 2.0 * m
        even = m * (b - m) * x / ((a + two_m - 1.0) * (a + two_m))
        odd = -(a + m) * (a + b + m) * x / ((a + two_m) * (a + two_m + 1.0))
        step = 1.0
        for coefficient in (even, odd):
            d = 1.0 + coefficient * d
            d = 1.0 / (d if abs(d) > _TINY else _TINY)
            c = 1.0 + coefficient / c
            c = c if abs(c) > _TINY else _TINY
            step = c * d
            result *= step
        if abs(step - 1.0) < _CF_TOLERANCE:
            break
    return result


def regularized_beta(x: float, a: float, b: float) -> float:
    """Regularized incomplete beta I_x(a, b), i.e. the Beta(a, b) CDF at x (a, b > 0)."""
    x = check_finite(x, "x")
    a = check_finite(a, "a")
    b = check_finite(b, "b")
    if a <= 0 or b <= 0:
        raise ScoringInputError(f"a and b must be positive, got a={a!r}, b={b!r}")
    return _beta_cdf(x, a, b)


def _beta_cdf(x: float, a: float, b: float) -> float:
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = (
        a * math.log(x)
        + b * math.log1p(-x)
        - (math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b))
    )
    front = math.exp(log_front)
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _beta_continued_fraction(x, a, b) / a
    return 1.0 - front * _beta_continued_fraction(1.0 - x, b, a) / b


def beta_quantile(q: float, a: float, b: float) -> float:
    """Inverse of the Beta(a, b) CDF at probability q in [0, 1] (a, b > 0)."""
    q = check_finite(q, "q")
    if not 0.0 <= q <= 1.0:
        raise ScoringInputError(f"q must be in [0, 1], got {q!r}")
    a = check_finite(a, "a")
    b = check_finite(b, "b")
    if a <= 0 or b <= 0:
        raise ScoringInputError(f"a and b must be positive, got a={a!r}, b={b!r}")
    return _beta_ppf(q, a, b)


def _beta_ppf(q: float, a: float, b: float) -> float:
    if q <= 0.0 or q >= 1.0:
        # The CDF rounds to 0 or 1 well inside (0, 1); the exact ends of the support are 0 and 1.
        return 0.0 if q <= 0.0 else 1.0
    # Bisection is slow-ish but cannot diverge, and the CDF is monotone on [0, 1].
    low, high = 0.0, 1.0
    for _ in range(2000):
        mid = 0.5 * (low + high)
        if mid in (low, high):
            break  # adjacent floats: as precise as float64 allows
        if _beta_cdf(mid, a, b) < q:
            low = mid
        else:
            high = mid
        # Relative precision suffices; stopping early saves hundreds of steps near 0.
        if high - low <= 1e-15 * high:
            break
    return 0.5 * (low + high)


def jeffreys_interval(successes: float, trials: float, level: float = 0.95) -> tuple[float, float]:
    """Jeffreys interval: equal-tailed quantiles of Beta(k + 1/2, m - k + 1/2).

    Follows Brown, Cai & DasGupta (2001): the lower bound is 0 when k = 0 and the upper bound
    is 1 when k = m (the posterior tail there would exclude the observed frequency).
    Returns (low, high) within [0, 1].
    """
    k, m = _check_binomial(successes, trials)
    level = check_finite(level, "level")
    if not 0.0 < level < 1.0:
        raise ScoringInputError(f"level must be in (0, 1), got {level!r}")
    tail = (1.0 - level) / 2.0
    a, b = k + 0.5, m - k + 0.5
    low = 0.0 if k == 0 else _beta_ppf(tail, a, b)
    high = 1.0 if k == m else _beta_ppf(1.0 - tail, a, b)
    return low, high
