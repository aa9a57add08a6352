"""Input validation shared by the public entry points.

Public functions validate once here; the arithmetic behind them trusts its input.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from decimal import Decimal
from numbers import Real

Probabilities = Iterable[float]
"""Forecast probabilities of "yes": any iterable of real numbers in [0, 1]."""

Outcomes = Iterable[int]
"""Resolutions: 1 (or True) for yes, 0 (or False) for no; 1.0 and 0.0 are accepted too."""

MAX_BINS = 100


class ScoringInputError(ValueError):
    """Raised when input to the scoring package is invalid (bad values, lengths or options)."""


def _is_number(value: object) -> bool:
    if type(value) in (float, int):
        return True  # the common case, without the slower ABC check below
    # Decimal is accepted because database drivers return NUMERIC columns as Decimal.
    return isinstance(value, Real | Decimal)


def _is_boolish(value: object) -> bool:
    # numpy's bool scalar is not registered as a number, yet boolean outcome arrays are common.
    return type(value).__name__ in ("bool", "bool_")


def check_probability(value: object, label: str = "probability") -> float:
    """Return `value` as a float, or raise if it is not a finite number in [0, 1].

    Booleans are rejected: a bool where a probability belongs usually means swapped arguments.
    """
    if _is_number(value) and not _is_boolish(value):
        number = float(value)  # type: ignore[arg-type]
        if math.isfinite(number) and 0.0 <= number <= 1.0:
            return number
    raise ScoringInputError(f"{label} must be a finite number in [0, 1], got {value!r}")


def check_outcome(value: object, label: str = "outcome") -> int:
    """Return `value` as 0 or 1, or raise if it is not 0/1 or a bool."""
    if (_is_number(value) or _is_boolish(value)) and value in (0, 1):
        return 1 if value else 0
    raise ScoringInputError(f"{label} must be 0 or 1 (or a bool), got {value!r}")


def check_probabilities(values: Probabilities, name: str = "probabilities") -> list[float]:
    """Validate every probability, naming the first bad position in the error."""
    return [check_probability(v, f"{name}[{i}]") for i, v in enumerate(values)]


def check_pairs(
    probabilities: Probabilities, outcomes: Outcomes, *, non_empty: bool = False
) -> tuple[list[float], list[int]]:
    """Validate parallel probability and outcome sequences of equal length."""
    if isinstance(probabilities, str | bytes) or isinstance(outcomes, str | bytes):
        raise ScoringInputError("probabilities and outcomes must be sequences of numbers")
    ps = check_probabilities(probabilities)
    ys = [check_outcome(v, f"outcomes[{i}]") for i, v in enumerate(outcomes)]
    if len(ps) != len(ys):
        raise ScoringInputError(
            f"probabilities and outcomes must have the same length, got {len(ps)} and {len(ys)}"
        )
    if non_empty and not ps:
        raise ScoringInputError("at least one forecast is required")
    return ps, ys


def check_bins(bins: object) -> int:
    """Bin counts are whole numbers from 1 to MAX_BINS (bool is rejected: it is a mistake)."""
    if isinstance(bins, int) and not isinstance(bins, bool) and 1 <= bins <= MAX_BINS:
        return bins
    raise ScoringInputError(f"bins must be an integer from 1 to {MAX_BINS}, got {bins!r}")


def check_log_eps(log_eps: object) -> float:
    """The log-score clip must leave a non-empty interval [eps, 1 - eps] strictly inside (0, 1)."""
    if _is_number(log_eps):
        eps = float(log_eps)  # type: ignore[arg-type]
        if math.isfinite(eps) and 0.0 < eps < 0.5:
            return eps
    raise ScoringInputError(f"log_eps must be a number in (0, 0.5), got {log_eps!r}")


def check_count(value: object, label: str) -> int:
    """Counts are non-negative integers (bool is rejected)."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    # Integral floats and Decimals come back from SQL SUM(); accept them when they are whole.
    if _is_number(value) and not isinstance(value, bool):
        number = float(value)  # type: ignore[arg-type]
        if math.isfinite(number) and number >= 0 and number.is_integer():
            return int(number)
    raise ScoringInputError(f"{label} must be a non-negative integer, got {value!r}")


def check_finite(value: object, label: str) -> float:
    """Return `value` as a finite float, or raise."""
    if _is_number(value):
        number = float(value)  # type: ignore[arg-type]
        if math.isfinite(number):
            return number
    raise ScoringInputError(f"{label} must be a finite number, got {value!r}")
