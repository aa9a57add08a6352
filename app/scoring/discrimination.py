"""Discrimination: ROC AUC as the Mann-Whitney statistic, computable from aggregates.

AUC is the probability that a randomly chosen "yes" forecast carries a higher probability than a
randomly chosen "no" forecast, ties counting one half. It only needs, for each distinct
probability value v, the number of positives pos_v and negatives neg_v at that value:

    sort the distinct values ascending; neg_below_v = sum of neg_u over values u < v
    AUC = sum_v pos_v * (neg_below_v + neg_v / 2) / (n_pos * n_neg)

In SQL the numerator is one pass with a window function over rows grouped by probability:

    SUM(pos * (SUM(neg) OVER (ORDER BY p ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
               + neg / 2.0))

(COALESCE the window sum to 0 for the lowest value) and `auc_from_rank_sum(numerator, n_pos,
n_neg)` finishes the job. AUC is undefined (None) when either class is absent.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from app.scoring._checks import (
    Outcomes,
    Probabilities,
    ScoringInputError,
    check_count,
    check_finite,
    check_pairs,
    check_probability,
)


class RocRow(NamedTuple):
    """Counts of positive and negative outcomes among forecasts with one probability value."""

    value: float
    positives: int
    negatives: int


def count_by_value(probabilities: list[float], outcomes: list[int]) -> tuple[RocRow, ...]:
    """Group validated raw forecasts into ROC rows, sorted by value (internal; trusts input)."""
    counts: dict[float, list[int]] = {}
    for p, y in zip(probabilities, outcomes, strict=True):
        pair = counts.setdefault(p, [0, 0])
        pair[0 if y else 1] += 1
    return tuple(RocRow(v, pos, neg) for v, (pos, neg) in sorted(counts.items()))


def auc_from_rank_sum(numerator: float, positives: int, negatives: int) -> float | None:
    """ROC AUC from the Mann-Whitney numerator and the class counts.

    `numerator` is sum_v pos_v * (neg_below_v + neg_v / 2), see the module docstring.
    Higher is better; range 0-1, 0.5 means no discrimination. None when a class is absent.
    """
    n_pos = check_count(positives, "positives")
    n_neg = check_count(negatives, "negatives")
    top = check_finite(numerator, "numerator")
    pairs = n_pos * n_neg
    if pairs == 0:
        return None
    if not 0.0 <= top <= pairs:
        raise ScoringInputError(
            f"numerator must lie in [0, positives * negatives] = [0, {pairs}], got {numerator!r}"
        )
    return top / pairs


def check_roc_rows(rows: Iterable[tuple[float, int, int]]) -> tuple[RocRow, ...]:
    """Validate (value, positives, negatives) rows; merge repeated values and sort by value."""
    merged: dict[float, list[int]] = {}
    for i, row in enumerate(rows):
        try:
            raw_value, raw_pos, raw_neg = row
        except (TypeError, ValueError):
            raise ScoringInputError(
                f"rows[{i}] must be (value, positives, negatives), got {row!r}"
            ) from None
        value = check_probability(raw_value, f"rows[{i}] value")
        pair = merged.setdefault(value, [0, 0])
        pair[0] += check_count(raw_pos, f"rows[{i}] positives")
        pair[1] += check_count(raw_neg, f"rows[{i}] negatives")
    return tuple(RocRow(v, pos, neg) for v, (pos, neg) in sorted(merged.items()))


def auc_from_counts(rows: Iterable[tuple[float, int, int]]) -> float | None:
    """ROC AUC from (probability value, positives, negatives) rows, in any order.

    Rows repeating a value are merged. Higher is better; range 0-1, 0.5 means no
    discrimination. None when either class is absent.
    """
    return auc_of_sorted_rows(check_roc_rows(rows))


def auc_of_sorted_rows(rows: tuple[RocRow, ...]) -> float | None:
    """AUC of rows already validated, merged and sorted by `check_roc_rows` (internal)."""
    # Doubling keeps the numerator an exact integer (ties add halves) until the final division.
    twice = 0
    neg_below = 0
    n_pos = 0
    for _, pos, neg in rows:
        twice += pos * (2 * neg_below + neg)
        neg_below += neg
        n_pos += pos
    return auc_from_rank_sum(twice / 2, n_pos, neg_below)


def roc_auc(probabilities: Probabilities, outcomes: Outcomes) -> float | None:
    """ROC AUC of raw forecasts (Mann-Whitney, ties count one half).

    Higher is better; range 0-1, 0.5 means no discrimination. None when all outcomes are equal
    (or there are no forecasts).
    """
    ps, ys = check_pairs(probabilities, outcomes)
    return auc_from_counts(count_by_value(ps, ys))
