"""Consensus and relative Brier: the oracles for the service's SQL."""

import pytest

from app.scoring import RelativeBrier, consensus, relative_brier


def test_consensus_median_and_mean() -> None:
    assert consensus([0.2, 0.9, 0.4]) == 0.4
    assert consensus([0.2, 0.9, 0.4, 0.5]) == pytest.approx(0.45)
    assert consensus([0.2, 0.9, 0.4], method="mean") == pytest.approx(0.5)
    assert consensus([1.0] * 7, method="mean") == 1.0


def test_relative_brier_hand_values() -> None:
    per_question = {
        # y = 1: Briers a 0.01, b 0.16, c 0.64.
        "q1": {"a": (0.9, 1), "b": (0.6, 1), "c": (0.2, 1)},
        # y = 0: Briers a 0.25, b 0.01.
        "q2": {"a": (0.5, 0), "b": (0.1, 0)},
        # Lone forecasters: nothing to compare with, skipped.
        "q3": {"c": (0.3, 0)},
        "q4": {"d": (0.7, 1)},
    }
    result = relative_brier(per_question)
    assert set(result) == {"a", "b", "c"}  # d never had company
    # a: q1 0.01 - median(0.16, 0.64) = -0.39; q2 0.25 - 0.01 = 0.24; mean -0.075.
    assert result["a"].mean == pytest.approx(-0.075)
    assert result["a"].questions == 2
    # b: q1 0.16 - median(0.01, 0.64) = -0.165; q2 0.01 - 0.25 = -0.24; mean -0.2025.
    assert result["b"] == pytest.approx(RelativeBrier(-0.2025, 2))
    # c: q1 0.64 - median(0.01, 0.16) = 0.555 only.
    assert result["c"].mean == pytest.approx(0.555)
    assert result["c"].questions == 1


def test_relative_brier_is_zero_for_identical_forecasters() -> None:
    same = {"q": dict.fromkeys("abc", (0.7, 0))}
    assert relative_brier(same) == {name: RelativeBrier(0.0, 1) for name in "abc"}


def test_relative_brier_accepts_bool_outcomes_and_integer_keys() -> None:
    result = relative_brier({1: {10: (0.8, True), 20: (0.4, True)}})
    assert result[10].mean == pytest.approx(0.04 - 0.36)
    assert result[20].mean == pytest.approx(0.36 - 0.04)
