"""Crowd helpers on raw data: consensus forecasts and Brier scores relative to the crowd.

These are small and exact on purpose: the service computes the same figures in SQL and its tests
use these functions as the reference.
"""

from __future__ import annotations

import statistics
from collections.abc import Hashable, Iterable, Mapping
from typing import Literal, NamedTuple, TypeVar

from app.scoring._checks import (
    ScoringInputError,
    check_outcome,
    check_probabilities,
    check_probability,
)
from app.scoring.report import brier_of
from app.scoring.sums import BinSums

QuestionT = TypeVar("QuestionT", bound=Hashable)
ForecasterT = TypeVar("ForecasterT", bound=Hashable)


class RelativeBrier(NamedTuple):
    """A forecaster's mean Brier minus the crowd median (0-1 Brier scale), over `questions`."""

    mean: float
    questions: int


def consensus(
    probabilities: Iterable[float], method: Literal["median", "mean"] = "median"
) -> float:
    """Consensus probability of a question: median (default) or mean of the forecasts given.

    Pass each forecaster's latest forecast. Result is a probability in [0, 1].
    """
    if method not in ("median", "mean"):
        raise ScoringInputError(f"method must be 'median' or 'mean', got {method!r}")
    ps = check_probabilities(probabilities)
    if not ps:
        raise ScoringInputError("consensus needs at least one probability")
    if method == "median":
        return statistics.median(ps)
    # fmean of values in [0, 1] can round just past 1; keep the result a probability.
    return min(1.0, statistics.fmean(ps))


def relative_brier(
    per_question: Mapping[QuestionT, Mapping[ForecasterT, tuple[float, int]]],
) -> dict[ForecasterT, RelativeBrier]:
    """Each forecaster's Brier minus the median Brier of the OTHER forecasters, averaged.

    `per_question` maps question -> {forecaster: (p, y)}, with y that question's outcome (0/1).
    For every question with at least two forecasters, a forecaster's term is its Brier (0-1
    scale) minus the median Brier of the other forecasters on that question; the result is the
    mean of its terms and the number of questions counted. Negative is better than the crowd,
    the Good Judgment Open / Fatebook convention (which they show on their 0-2 Brier scale;
    this is on the 0-1 scale, i.e. half their number). Range -1 to 1. Forecasters whose only
    questions had no other forecaster are left out. Each question must have one outcome.
    """
    totals: dict[ForecasterT, list[float]] = {}
    for question, forecasts in per_question.items():
        briers = _question_briers(question, forecasts)
        if len(briers) < 2:
            continue
        for forecaster, brier in briers.items():
            others = [b for who, b in briers.items() if who != forecaster]
            terms = totals.setdefault(forecaster, [])
            terms.append(brier - statistics.median(others))
    return {
        who: RelativeBrier(statistics.fmean(terms), len(terms)) for who, terms in totals.items()
    }


def _question_briers(
    question: object, forecasts: Mapping[ForecasterT, tuple[float, int]]
) -> dict[ForecasterT, float]:
    briers: dict[ForecasterT, float] = {}
    outcome: int | None = None
    for forecaster, pair in forecasts.items():
        label = f"question {question!r}, forecaster {forecaster!r}"
        try:
            raw_p, raw_y = pair
        except (TypeError, ValueError):
            raise ScoringInputError(
                f"{label}: expected (probability, outcome), got {pair!r}"
            ) from None
        p = check_probability(raw_p, f"{label}: probability")
        y = check_outcome(raw_y, f"{label}: outcome")
        if outcome is not None and y != outcome:
            raise ScoringInputError(f"question {question!r} has conflicting outcomes 0 and 1")
        outcome = y
        briers[forecaster] = brier_of(BinSums.of(p, y))
    return briers
