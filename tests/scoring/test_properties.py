"""Property tests: ranges, order invariance, identities and additivity for arbitrary input."""

import math
from dataclasses import fields

from hypothesis import given, settings
from hypothesis import strategies as st

from app.scoring import (
    LOG_EPS,
    BinSums,
    ScoreReport,
    auc_from_counts,
    bin_index,
    brier_score,
    roc_auc,
    score,
    summarize,
    wilson_interval,
)

PROPERTY = settings(deadline=None, max_examples=150)

probability = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)
# Coarse values produce ties and exact bin edges, which the continuous draws almost never hit.
coarse = st.integers(min_value=0, max_value=20).map(lambda k: k / 20)
forecast = st.tuples(st.one_of(probability, coarse), st.integers(min_value=0, max_value=1))
forecasts = st.lists(forecast, min_size=1, max_size=60)
bin_counts = st.integers(min_value=1, max_value=100)


def _split(pairs: list[tuple[float, int]]) -> tuple[list[float], list[int]]:
    return [p for p, _ in pairs], [y for _, y in pairs]


def _assert_reports_close(a: ScoreReport, b: ScoreReport) -> None:
    left, right = a.to_dict(), b.to_dict()
    for name, value in left.items():
        other = right[name]
        if isinstance(value, float) and isinstance(other, float):
            assert math.isclose(value, other, rel_tol=1e-9, abs_tol=1e-12), name
        elif name == "calibration":
            assert isinstance(value, list)
            assert isinstance(other, list)
            assert [row["n"] for row in value] == [row["n"] for row in other]
        else:
            assert value == other, name


@PROPERTY
@given(forecasts, bin_counts)
def test_scores_stay_in_their_stated_ranges(pairs: list[tuple[float, int]], bins: int) -> None:
    r = score(*_split(pairs), bins=bins)
    assert r.brier is not None
    assert r.brier_two_sided is not None
    assert r.log_score is not None
    assert r.spherical is not None
    assert r.ece is not None
    assert 0.0 <= r.brier <= 1.0
    assert 0.0 <= r.brier_two_sided <= 2.0
    tolerance = 1e-12  # a mean of equal terms can round one ulp past them
    assert -math.log(1 - LOG_EPS) - tolerance <= r.log_score <= -math.log(LOG_EPS) + tolerance
    assert 0.0 <= r.spherical <= 1.0
    assert 0.0 <= r.ece <= 1.0
    assert r.reliability is not None
    assert 0.0 <= r.reliability <= 1.0
    for part in (r.resolution, r.uncertainty, r.wbv):
        assert part is not None
        assert 0.0 <= part <= 0.25
    assert r.bss_uniform is not None
    assert -3.0 <= r.bss_uniform <= 1.0
    assert r.bss_base_rate is None or r.bss_base_rate <= 1.0
    assert r.auc is None or 0.0 <= r.auc <= 1.0
    assert r.spiegelhalter_p is None or 0.0 <= r.spiegelhalter_p <= 1.0
    for row in r.calibration:
        assert 0.0 <= row.ci_low <= row.observed <= row.ci_high <= 1.0
        # BIN_EPS admits values a hair below the lower edge; the mean can also round below it.
        assert row.lower - 1e-9 <= row.mean_forecast <= row.upper + 1e-12


@PROPERTY
@given(forecasts, bin_counts, st.randoms(use_true_random=False))
def test_reports_do_not_depend_on_order(
    pairs: list[tuple[float, int]], bins: int, rng: object
) -> None:
    shuffled = list(pairs)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    _assert_reports_close(score(*_split(pairs), bins=bins), score(*_split(shuffled), bins=bins))


@PROPERTY
@given(st.lists(st.integers(min_value=0, max_value=1), min_size=1, max_size=60), bin_counts)
def test_perfect_forecasts(outcomes: list[int], bins: int) -> None:
    r = score([float(y) for y in outcomes], outcomes, bins=bins)
    assert r.brier == 0.0
    assert r.reliability == 0.0
    assert r.ece == 0.0
    assert r.spherical == 1.0
    if 0 < sum(outcomes) < len(outcomes):
        assert r.auc == 1.0
        assert r.bss_base_rate == 1.0


@PROPERTY
@given(forecasts, bin_counts)
def test_generalized_decomposition_adds_up(pairs: list[tuple[float, int]], bins: int) -> None:
    r = score(*_split(pairs), bins=bins)
    assert r.brier is not None
    assert r.reliability is not None
    assert r.generalized_resolution is not None
    assert r.uncertainty is not None
    total = r.reliability - r.generalized_resolution + r.uncertainty
    assert math.isclose(total, r.brier, rel_tol=0.0, abs_tol=1e-12)


@PROPERTY
@given(forecasts)
def test_brier_interval_contains_the_brier_score(pairs: list[tuple[float, int]]) -> None:
    r = score(*_split(pairs))
    if r.n < 2:
        assert r.brier_ci_low is None
        assert r.brier_ci_high is None
        return
    assert r.brier is not None
    assert r.brier_ci_low is not None
    assert r.brier_ci_high is not None
    assert 0.0 <= r.brier_ci_low <= r.brier <= r.brier_ci_high <= 1.0


@PROPERTY
@given(forecasts, bin_counts)
def test_calibration_accounts_for_every_forecast(pairs: list[tuple[float, int]], bins: int) -> None:
    ps, ys = _split(pairs)
    r = score(ps, ys, bins=bins)
    assert sum(row.n for row in r.calibration) == len(pairs)
    expected = sorted({bin_index(p, bins) for p in ps})
    assert [round(row.lower * bins) for row in r.calibration] == expected
    weighted = sum(row.n * row.mean_forecast for row in r.calibration)
    assert math.isclose(weighted, math.fsum(ps), rel_tol=1e-9, abs_tol=1e-12)


@PROPERTY
@given(forecasts, forecasts, bin_counts)
def test_summaries_are_additive(
    first: list[tuple[float, int]], second: list[tuple[float, int]], bins: int
) -> None:
    whole = summarize(*_split(first + second), bins=bins)
    merged = summarize(*_split(first), bins=bins) + summarize(*_split(second), bins=bins)
    assert merged.roc == whole.roc
    assert merged.by_bin.keys() == whole.by_bin.keys()
    for k, sums in whole.by_bin.items():
        for f in fields(BinSums):
            left, right = getattr(merged.by_bin[k], f.name), getattr(sums, f.name)
            assert math.isclose(left, right, rel_tol=1e-9, abs_tol=1e-12), f.name


@PROPERTY
@given(forecasts)
def test_auc_from_aggregates_matches_pairwise_count(pairs: list[tuple[float, int]]) -> None:
    ps, ys = _split(pairs)
    positives = [p for p, y in pairs if y == 1]
    negatives = [p for p, y in pairs if y == 0]
    auc = roc_auc(ps, ys)
    if not positives or not negatives:
        assert auc is None
        return
    wins = sum((a > b) + 0.5 * (a == b) for a in positives for b in negatives)
    assert auc is not None
    assert math.isclose(auc, wins / (len(positives) * len(negatives)), rel_tol=1e-12)
    roc = summarize(ps, ys).roc
    assert roc is not None
    assert auc_from_counts(roc) == auc


@PROPERTY
@given(forecasts)
def test_raw_wrapper_agrees_with_report(pairs: list[tuple[float, int]]) -> None:
    ps, ys = _split(pairs)
    brier = score(ps, ys).brier
    assert brier is not None
    # Bins are summed in a different order than the single-bin total: equal up to rounding.
    assert math.isclose(brier_score(ps, ys), brier, rel_tol=1e-12, abs_tol=1e-15)
    direct = math.fsum((p - y) ** 2 for p, y in pairs) / len(pairs)
    assert math.isclose(brier_score(ps, ys), direct, rel_tol=1e-9, abs_tol=1e-12)


@PROPERTY
@given(st.integers(min_value=1, max_value=10_000), st.data())
def test_wilson_interval_contains_the_observed_frequency(trials: int, data: st.DataObject) -> None:
    successes = data.draw(st.integers(min_value=0, max_value=trials))
    low, high = wilson_interval(successes, trials)
    assert 0.0 <= low <= successes / trials <= high <= 1.0
