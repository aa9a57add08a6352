"""Scores, calibration and decomposition computed from a Summary (sufficient statistics only).

Notation: n forecasts, base rate o = sum_y / n; bin k holds n_k forecasts with mean forecast
f_k = sum_p / n_k and observed frequency o_k = sum_y / n_k. Every figure below is a closed form
of the BinSums fields, which is what lets the service compute them from SQL aggregates.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields

from app.scoring._checks import ScoringInputError, check_finite
from app.scoring.discrimination import auc_of_sorted_rows
from app.scoring.intervals import Z95, wilson_interval
from app.scoring.sums import BinSums, Summary


@dataclass(frozen=True)
class CalibrationBin:
    """One non-empty calibration bin [lower, upper) (the last bin includes 1).

    `observed` is the frequency of "yes"; ci_low/ci_high is its 95% Wilson interval.
    """

    lower: float
    upper: float
    n: int
    mean_forecast: float
    observed: float
    ci_low: float
    ci_high: float

    def to_dict(self) -> dict[str, float | int | None]:
        """Plain dict with JSON-safe numbers."""
        return {f.name: _json_number(getattr(self, f.name)) for f in fields(self)}


@dataclass(frozen=True)
class ScoreReport:
    """All figures for one set of binary forecasts; None where a figure is undefined.

    - n: forecasts scored; bins: calibration bin count; base_rate: frequency of "yes" (0-1).
    - brier: mean (p - y)^2, 0-1, lower better; brier_two_sided = 2 * brier, 0-2 (GJ Open,
      Fatebook); brier_ci_low/high: its 95% normal interval, None when n < 2.
    - log_score: mean -ln(clipped probability of the outcome), nats, lower better;
      -ln(1 - LOG_EPS) to -ln(LOG_EPS), i.e. 0.0010 to 6.908 with the default clip.
    - spherical: 0-1, higher better.
    - bss_base_rate / bss_uniform: Brier skill vs the sample base rate / vs always 0.5;
      at most 1, higher better, 0 = no better than the reference (bss_uniform >= -3).
    - reliability (0-1, lower better), resolution (0-0.25, higher better), uncertainty
      (0-0.25, depends on outcomes only): Murphy's decomposition over the bins.
    - wbv (0-0.25), wbc, generalized_resolution = resolution - wbv + wbc (higher better), so
      that brier = reliability - generalized_resolution + uncertainty exactly.
    - ece: 0-1, lower better.
    - spiegelhalter_z: near 0 is good; positive means a worse Brier than calibrated forecasts
      would expect (typically overconfidence). spiegelhalter_p: two-sided p-value, 0-1.
    - auc: ROC AUC, 0-1, higher better, 0.5 = no discrimination.
    - calibration: the non-empty bins in order (a tuple here, a list of dicts in to_dict()).
    """

    n: int
    bins: int
    base_rate: float | None
    brier: float | None
    brier_two_sided: float | None
    brier_ci_low: float | None
    brier_ci_high: float | None
    log_score: float | None
    spherical: float | None
    bss_base_rate: float | None
    bss_uniform: float | None
    reliability: float | None
    resolution: float | None
    uncertainty: float | None
    wbv: float | None
    wbc: float | None
    generalized_resolution: float | None
    ece: float | None
    spiegelhalter_z: float | None
    spiegelhalter_p: float | None
    auc: float | None
    calibration: tuple[CalibrationBin, ...]

    def to_dict(self) -> dict[str, object]:
        """Plain dict for JSON: non-finite floats become None, calibration a list of dicts."""
        result: dict[str, object] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "calibration":
                result[f.name] = [row.to_dict() for row in value]
            else:
                result[f.name] = _json_number(value)
        return result


def _json_number(value: float | int | None) -> float | int | None:
    # JSON has no NaN or infinity; undefined is spelled None throughout the API.
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _clamp(value: float, low: float, high: float) -> float:
    # Sums of bounded terms can leave the exact range by an ulp or so; report the true range.
    return min(high, max(low, value))


def _squared_error_sum(total: BinSums) -> float:
    # sum (p - y)^2 = sum p^2 - 2 sum p*y + sum y, because y^2 = y for 0/1 outcomes.
    return max(0.0, total.sum_p2 - 2.0 * total.sum_py + total.sum_y)


def brier_of(total: BinSums) -> float:
    """Brier score (0-1 scale, lower better) of the forecasts summed in `total` (n > 0)."""
    return _clamp(_squared_error_sum(total) / total.n, 0.0, 1.0)


def brier_interval_of(total: BinSums) -> tuple[float, float] | None:
    """Normal-approximation 95% interval for the Brier score; None when n < 2.

    mean +/- 1.96 s / sqrt(n), with s^2 the sample variance of the per-forecast squared errors
    (from sum (p - y)^4 and sum (p - y)^2), clipped to [0, 1]. With fewer than two forecasts
    there is no variance estimate, and an interval would only pretend to know something.
    """
    n = total.n
    if n < 2:
        return None
    errors = _squared_error_sum(total)
    variance = max(0.0, (total.sum_sq2 - errors * errors / n) / (n - 1))
    half = Z95 * math.sqrt(variance / n)
    mean = brier_of(total)
    return max(0.0, mean - half), min(1.0, mean + half)


def log_score_of(total: BinSums) -> float:
    """Mean clipped log loss in nats (lower better) of the forecasts in `total` (n > 0)."""
    return total.sum_log / total.n


def spherical_of(total: BinSums) -> float:
    """Mean spherical score (0-1, higher better) of the forecasts in `total` (n > 0)."""
    return _clamp(total.sum_sph / total.n, 0.0, 1.0)


def skill(brier: float, reference: float) -> float | None:
    """Brier skill score 1 - BS / BS_ref; None when the reference Brier is 0."""
    return None if reference <= 0.0 else 1.0 - brier / reference


def base_rate_of(total: BinSums) -> float:
    """Observed frequency of "yes" (n > 0)."""
    return _clamp(total.sum_y / total.n, 0.0, 1.0)


@dataclass(frozen=True)
class Decomposition:
    """Murphy and Stephenson-Coelho-Jolliffe components, plus ECE (all over the bins)."""

    reliability: float
    resolution: float
    uncertainty: float
    wbv: float
    wbc: float
    ece: float

    @property
    def generalized_resolution(self) -> float:
        """GRES = RES - WBV + WBC, so that BS = REL - GRES + UNC exactly."""
        return self.resolution - self.wbv + self.wbc


def decomposition_of(summary: Summary, total: BinSums) -> Decomposition:
    """Decompose the Brier score of a non-empty summary (`total` is `summary.total`).

    REL = (1/n) sum_k n_k (f_k - o_k)^2, RES = (1/n) sum_k n_k (o_k - o)^2, UNC = o (1 - o);
    WBV = (1/n) sum_k (sum_p2 - sum_p^2 / n_k), WBC = (2/n) sum_k (sum_py - sum_p sum_y / n_k)
    (Stephenson, Coelho & Jolliffe 2008); ECE = (1/n) sum_k |sum_y - sum_p|.
    """
    n = total.n
    base = base_rate_of(total)
    rel = res = wbv = wbc = gap = 0.0
    for sums in summary.by_bin.values():
        mean_f = sums.sum_p / sums.n
        observed = sums.sum_y / sums.n
        rel += sums.n * (mean_f - observed) ** 2
        res += sums.n * (observed - base) ** 2
        # Centered sums: sum (f - f_k)^2 = sum f^2 - f_k sum f; sum (f - f_k)(y - o_k) likewise.
        wbv += max(0.0, sums.sum_p2 - mean_f * sums.sum_p)
        wbc += sums.sum_py - sums.sum_p * observed
        gap += abs(sums.sum_y - sums.sum_p)
    return Decomposition(
        reliability=_clamp(rel / n, 0.0, 1.0),
        resolution=_clamp(res / n, 0.0, 0.25),
        uncertainty=base * (1.0 - base),
        wbv=_clamp(wbv / n, 0.0, 0.25),
        wbc=2.0 * wbc / n,
        ece=_clamp(gap / n, 0.0, 1.0),
    )


def spiegelhalter_of(total: BinSums) -> tuple[float | None, float | None]:
    """Spiegelhalter's Z and its two-sided p-value; both None when the variance term is 0.

    Z = sum (y - p)(1 - 2p) / sqrt(sum (1 - 2p)^2 p (1 - p)); the numerator is the observed
    sum of squared errors minus the one calibrated forecasts would expect, sum p (1 - p).
    Under perfect calibration Z is approximately standard normal, so |Z| near 0 (p-value near
    1) is good and a small p-value is evidence of miscalibration; positive Z usually signals
    overconfidence. The variance term vanishes when every p is 0, 0.5 or 1.
    """
    if total.sum_spieg_var <= 0.0:
        return None, None
    z = total.sum_spieg_num / math.sqrt(total.sum_spieg_var)
    return z, math.erfc(abs(z) / math.sqrt(2.0))


def calibration_of(summary: Summary) -> list[CalibrationBin]:
    """Calibration rows for the non-empty bins of `summary`, in bin order."""
    rows = []
    for k, sums in sorted(summary.by_bin.items()):
        low, high = wilson_interval(sums.sum_y, sums.n)
        rows.append(
            CalibrationBin(
                lower=k / summary.bins,
                upper=(k + 1) / summary.bins,
                n=sums.n,
                mean_forecast=sums.sum_p / sums.n,
                observed=sums.sum_y / sums.n,
                ci_low=low,
                ci_high=high,
            )
        )
    return rows


def report(summary: Summary, auc: float | None = None) -> ScoreReport:
    """Score the forecasts described by `summary`.

    `auc` overrides the AUC computed from `summary.roc` (the SQL layer computes it separately).
    An empty summary gives n = 0 with every figure None and no calibration rows.
    """
    if not isinstance(summary, Summary):
        raise ScoringInputError(f"summary must be a Summary, got {type(summary).__name__}")
    if auc is not None:
        auc = check_finite(auc, "auc")
        if not 0.0 <= auc <= 1.0:
            raise ScoringInputError(f"auc must be in [0, 1], got {auc!r}")
    total = summary.total
    if total.n == 0:
        return _empty_report(summary.bins)
    if auc is None and summary.roc is not None:
        auc = auc_of_sorted_rows(summary.roc)  # Summary already validated and sorted its rows
    brier = brier_of(total)
    interval = brier_interval_of(total)
    parts = decomposition_of(summary, total)
    z, z_p = spiegelhalter_of(total)
    return ScoreReport(
        n=total.n,
        bins=summary.bins,
        base_rate=base_rate_of(total),
        brier=brier,
        brier_two_sided=2.0 * brier,
        brier_ci_low=None if interval is None else interval[0],
        brier_ci_high=None if interval is None else interval[1],
        log_score=log_score_of(total),
        spherical=spherical_of(total),
        bss_base_rate=skill(brier, parts.uncertainty),
        bss_uniform=skill(brier, 0.25),
        reliability=parts.reliability,
        resolution=parts.resolution,
        uncertainty=parts.uncertainty,
        wbv=parts.wbv,
        wbc=parts.wbc,
        generalized_resolution=parts.generalized_resolution,
        ece=parts.ece,
        spiegelhalter_z=z,
        spiegelhalter_p=z_p,
        auc=auc,
        calibration=tuple(calibration_of(summary)),
    )


def _empty_report(bins: int) -> ScoreReport:
    undefined = {
        f.name: None for f in fields(ScoreReport) if f.name not in ("n", "bins", "calibration")
    }
    return ScoreReport(n=0, bins=bins, calibration=(), **undefined)
