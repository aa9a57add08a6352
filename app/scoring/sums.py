"""Sufficient statistics: every score in this package is a function of additive per-bin sums.

The service aggregates up to a million forecasts in SQL, so it cannot hand raw arrays to Python.
Instead it groups forecasts by calibration bin and sums a few per-forecast terms; `summarize`
does the same for raw arrays, and `report` (in `app.scoring.report`) scores either result.

Binning convention (pinned; the SQL layer uses the identical expression)::

    bin_index(p, K) = min(K - 1, floor(p * K + BIN_EPS))      with BIN_EPS = 1e-9

Bin k covers [k/K, (k+1)/K); the last bin is closed, [(K-1)/K, 1], so p = 1 lands in it.
BIN_EPS exists because binary floating point puts e.g. 0.29 * 100 at 28.999999999999996,
which would otherwise drop a probability that sits exactly on an edge into the lower bin.
A side effect: values less than BIN_EPS / K below an edge also move up; no real forecast is
that close to an edge without meaning to be on it.
This differs from scikit-learn's calibration_curve, which puts a value that sits on an interior
edge into the LOWER bin ([0, e1], (e1, e2], ...); the two agree everywhere else.

Per-forecast terms summed into BinSums (p in [0, 1], y in {0, 1}; copy these into SQL)::

    n             = 1
    sum_p         = p
    sum_p2        = p * p
    sum_y         = y
    sum_py        = p * y
    sum_sq2       = (p - y)^4                                   (squared error, squared)
    sum_log       = -ln(min(max(q, LOG_EPS), 1 - LOG_EPS))      q = p if y = 1 else 1 - p
    sum_sph       = q / sqrt(p * p + (1 - p) * (1 - p))         q as above
    sum_spieg_num = (y - p) * (1 - 2 * p)
    sum_spieg_var = (1 - 2 * p)^2 * p * (1 - p)

Log-score clipping: the probability given to the outcome that happened is clipped to
[LOG_EPS, 1 - LOG_EPS] with LOG_EPS = 0.001, the 0.1%-99.9% bounds Metaculus puts on binary
forecasts, so a confident miss costs at most -ln(0.001) = 6.908 instead of infinity. Raw-array
functions take a `log_eps` parameter to override it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType

from app.scoring._checks import (
    Outcomes,
    Probabilities,
    ScoringInputError,
    check_bins,
    check_count,
    check_finite,
    check_log_eps,
    check_outcome,
    check_pairs,
    check_probability,
)
from app.scoring.discrimination import RocRow, check_roc_rows, count_by_value

BIN_EPS = 1e-9
"""Added before flooring so that probabilities on a bin edge land in the upper bin."""

LOG_EPS = 0.001
"""Default clip for the log score: outcome probabilities are kept within [0.001, 0.999]."""

DEFAULT_BINS = 10


def bin_index(p: float, bins: int = DEFAULT_BINS) -> int:
    """Calibration bin of probability p: min(bins - 1, floor(p * bins + BIN_EPS))."""
    return _bin(check_probability(p, "p"), check_bins(bins))


def _bin(p: float, bins: int) -> int:
    return min(bins - 1, math.floor(p * bins + BIN_EPS))


def _terms(p: float, y: int, log_eps: float) -> tuple[float, ...]:
    """Per-forecast terms, in BinSums field order after n (the single source of the formulas)."""
    q = p if y else 1.0 - p
    error = p - y
    miss = 1.0 - 2.0 * p
    return (
        p,
        p * p,
        float(y),
        p * y,
        error**4,
        -math.log(min(max(q, log_eps), 1.0 - log_eps)),
        q / math.sqrt(p * p + (1.0 - p) * (1.0 - p)),
        (y - p) * miss,
        miss * miss * p * (1.0 - p),
    )


@dataclass(frozen=True)
class BinSums:
    """Additive sums over the forecasts of one calibration bin (formulas: module docstring).

    Build one per forecast with `BinSums.of(p, y)`, merge with `+`, or construct directly from
    SQL aggregates (Decimal and integral floats are converted).
    """

    n: int
    sum_p: float
    sum_p2: float
    sum_y: float
    sum_py: float
    sum_sq2: float
    sum_log: float
    sum_sph: float
    sum_spieg_num: float
    sum_spieg_var: float

    def __post_init__(self) -> None:
        object.__setattr__(self, "n", check_count(self.n, "BinSums.n"))
        for f in fields(self)[1:]:
            value = check_finite(getattr(self, f.name), f"BinSums.{f.name}")
            object.__setattr__(self, f.name, value)

    @classmethod
    def of(cls, p: float, y: int, log_eps: float = LOG_EPS) -> BinSums:
        """Sums for a single forecast p with outcome y."""
        prob = check_probability(p, "p")
        outcome = check_outcome(y, "y")
        return cls(1, *_terms(prob, outcome, check_log_eps(log_eps)))

    @classmethod
    def zero(cls) -> BinSums:
        """The empty bin, neutral for `+`."""
        return cls(0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)

    def __add__(self, other: object) -> BinSums:
        if not isinstance(other, BinSums):
            return NotImplemented
        return BinSums(
            *(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)),
        )


@dataclass(frozen=True)
class Summary:
    """Everything `report` needs: the bin count and the sums of each non-empty bin.

    `by_bin` maps bin index (0 .. bins - 1) to its BinSums; empty bins are left out. `roc`
    optionally carries (value, positives, negatives) rows for the AUC; the SQL layer may leave it
    None and pass the AUC to `report` directly instead.
    """

    bins: int
    by_bin: Mapping[int, BinSums] = field(hash=False)
    roc: tuple[RocRow, ...] | None = None

    def __post_init__(self) -> None:
        bins = check_bins(self.bins)
        cells: dict[int, BinSums] = {}
        for key, sums in sorted(self.by_bin.items()):
            if isinstance(key, bool) or not isinstance(key, int) or not 0 <= key < bins:
                raise ScoringInputError(f"bin index must be an integer in [0, {bins}), got {key!r}")
            if not isinstance(sums, BinSums):
                raise ScoringInputError(f"bin {key} must hold BinSums, got {type(sums).__name__}")
            if sums.n == 0:
                raise ScoringInputError(f"bin {key} is empty; leave empty bins out")
            cells[key] = sums
        # Read-only view: a frozen summary must not change under a report that was built from it.
        object.__setattr__(self, "by_bin", MappingProxyType(cells))
        if self.roc is not None:
            rows = check_roc_rows(self.roc)
            counted = sum(row.positives + row.negatives for row in rows)
            if counted != self.n:
                raise ScoringInputError(
                    f"roc rows count {counted} forecasts but the bins hold {self.n}"
                )
            object.__setattr__(self, "roc", rows)

    @property
    def total(self) -> BinSums:
        """Sums over all bins."""
        result = BinSums.zero()
        for sums in self.by_bin.values():
            result = result + sums
        return result

    @property
    def n(self) -> int:
        """Number of forecasts summarized."""
        return sum(sums.n for sums in self.by_bin.values())

    def __add__(self, other: object) -> Summary:
        """Merge two summaries of disjoint forecast sets (same bin count)."""
        if not isinstance(other, Summary):
            return NotImplemented
        if other.bins != self.bins:
            raise ScoringInputError(
                f"cannot merge summaries with {self.bins} and {other.bins} bins"
            )
        cells = dict(self.by_bin)
        for key, sums in other.by_bin.items():
            cells[key] = cells[key] + sums if key in cells else sums
        roc = None
        if self.roc is not None and other.roc is not None:
            roc = (*self.roc, *other.roc)  # __post_init__ merges repeated values
        return Summary(self.bins, cells, roc)


def summarize(
    probabilities: Probabilities,
    outcomes: Outcomes,
    bins: int = DEFAULT_BINS,
    log_eps: float = LOG_EPS,
) -> Summary:
    """Summarize raw forecasts into per-bin sums plus ROC rows (empty input is allowed)."""
    ps, ys = check_pairs(probabilities, outcomes)
    return summarize_checked(ps, ys, check_bins(bins), check_log_eps(log_eps))


def summarize_checked(
    ps: list[float], ys: list[int], bins: int, log_eps: float, *, with_roc: bool = True
) -> Summary:
    """`summarize` for input that is already validated (internal)."""
    # Plain lists avoid allocating a BinSums per forecast; the terms come from the same _terms.
    counts: dict[int, int] = {}
    totals: dict[int, list[float]] = {}
    for p, y in zip(ps, ys, strict=True):
        k = _bin(p, bins)
        acc = totals.get(k)
        if acc is None:
            acc = totals[k] = [0.0] * 9
            counts[k] = 0
        counts[k] += 1
        for i, term in enumerate(_terms(p, y, log_eps)):
            acc[i] += term
    cells = {k: BinSums(counts[k], *acc) for k, acc in totals.items()}
    return Summary(bins, cells, count_by_value(ps, ys) if with_roc else None)
