"""Sufficient statistics: bin edges, per-forecast terms, additivity and SQL-shaped input."""

import math
import subprocess
import sys
from dataclasses import fields
from decimal import Decimal
from pathlib import Path

import pytest

from app.scoring import (
    BIN_EPS,
    LOG_EPS,
    BinSums,
    RocRow,
    Summary,
    auc_from_counts,
    auc_from_rank_sum,
    bin_index,
    report,
    roc_auc,
    summarize,
)

P = [0.05, 0.29, 0.3, 0.31, 0.5, 0.77, 0.9, 1.0, 0.0, 0.5, 0.29, 0.64]
Y = [0, 0, 1, 0, 1, 1, 1, 1, 0, 0, 1, 1]


def _close(a: BinSums, b: BinSums) -> bool:
    return a.n == b.n and all(
        math.isclose(getattr(a, f.name), getattr(b, f.name), rel_tol=1e-12, abs_tol=1e-12)
        for f in fields(BinSums)
    )


def test_every_edge_lands_in_its_upper_bin() -> None:
    # k/K computed in floating point is sometimes a hair below the true edge (0.29*100 case).
    assert 0.29 * 100 < 29
    assert bin_index(0.29, 100) == 29
    for bins in range(1, 101):
        for k in range(bins):
            assert bin_index(k / bins, bins) == k, (k, bins)


def test_last_bin_is_closed_and_interior_values_floor() -> None:
    assert bin_index(1.0, 10) == 9
    assert bin_index(0.0, 10) == 0
    assert bin_index(0.999, 10) == 9
    assert bin_index(0.2999, 10) == 2
    assert bin_index(0.64, 1) == 0
    assert bin_index(0.5, 2) == 1
    # Within BIN_EPS / K below an edge counts as on the edge (the documented side effect).
    assert bin_index(0.3 - BIN_EPS / 20, 10) == 3
    assert bin_index(0.3 - 1e-6, 10) == 2


def test_per_forecast_terms_follow_the_documented_formulas() -> None:
    for p, y in [(0.3, 1), (0.3, 0), (0.0, 1), (1.0, 1), (0.8, 0)]:
        s = BinSums.of(p, y)
        q = p if y == 1 else 1 - p
        assert s.n == 1
        assert s.sum_p == p
        assert s.sum_p2 == pytest.approx(p * p)
        assert s.sum_y == y
        assert s.sum_py == pytest.approx(p * y)
        assert s.sum_sq2 == pytest.approx((p - y) ** 4)
        assert s.sum_log == pytest.approx(-math.log(min(max(q, LOG_EPS), 1 - LOG_EPS)))
        assert s.sum_sph == pytest.approx(q / math.sqrt(p * p + (1 - p) ** 2))
        assert s.sum_spieg_num == pytest.approx((y - p) * (1 - 2 * p))
        assert s.sum_spieg_var == pytest.approx((1 - 2 * p) ** 2 * p * (1 - p))


def test_bin_sums_merge_equals_summarizing_the_whole() -> None:
    whole = summarize(P, Y, bins=5)
    halves = summarize(P[:5], Y[:5], bins=5) + summarize(P[5:], Y[5:], bins=5)
    assert set(halves.by_bin) == set(whole.by_bin)
    for k, sums in whole.by_bin.items():
        assert _close(halves.by_bin[k], sums)
    assert halves.roc == whole.roc
    merged = BinSums.zero()
    for p, y in zip(P, Y, strict=True):
        merged = merged + BinSums.of(p, y)
    assert _close(merged, whole.total)


def test_merged_summaries_score_like_the_whole() -> None:
    whole = report(summarize(P, Y, bins=4))
    parts = report(summarize(P[:7], Y[:7], bins=4) + summarize(P[7:], Y[7:], bins=4))
    for name, value in whole.to_dict().items():
        if isinstance(value, float):
            assert parts.to_dict()[name] == pytest.approx(value, rel=1e-12, abs=1e-12), name
    assert parts.n == whole.n


def test_summary_from_sql_shaped_rows_matches_summarize() -> None:
    # What the SQL layer does: group by bin, SUM the documented terms, driver returns Decimal.
    built = summarize(P, Y, bins=10)
    rows = {
        k: BinSums(*(Decimal(repr(getattr(s, f.name))) for f in fields(BinSums)))
        for k, s in built.by_bin.items()
    }
    from_sql = Summary(bins=10, by_bin=rows)
    assert from_sql.by_bin == built.by_bin
    assert isinstance(from_sql.total.sum_p, float)
    expected_auc = roc_auc(P, Y)
    assert expected_auc is not None
    sql_report = report(from_sql, auc=expected_auc)
    assert sql_report.to_dict() == report(built).to_dict()


def test_summary_is_read_only() -> None:
    cells = {0: BinSums.of(0.05, 0)}
    summary = Summary(bins=10, by_bin=cells)
    cells[1] = BinSums.of(0.15, 1)
    assert list(summary.by_bin) == [0]
    with pytest.raises(TypeError):
        summary.by_bin[1] = BinSums.of(0.15, 1)  # type: ignore[index]


def test_auc_from_counts_equals_raw_auc_and_ignores_row_order() -> None:
    rows = [RocRow(0.7, 2, 1), RocRow(0.1, 0, 3), RocRow(0.4, 1, 1), RocRow(0.7, 1, 0)]
    p = [0.7, 0.7, 0.7, 0.7, 0.1, 0.1, 0.1, 0.4, 0.4]
    y = [1, 1, 0, 1, 0, 0, 0, 1, 0]
    expected = roc_auc(p, y)
    assert expected is not None
    assert auc_from_counts(rows) == pytest.approx(expected, rel=1e-15)
    assert auc_from_counts(reversed(rows)) == pytest.approx(expected, rel=1e-15)
    # Hand: pairs (pos, neg) = 4 * 5 = 20; numerator = 0.7-row: 3 pos * (4 below + 1/2)
    # = 13.5, 0.4-row: 1 * (3 + 1/2) = 3.5 -> 17 / 20.
    assert expected == pytest.approx(17 / 20)


def test_auc_from_rank_sum_single_pass_formula() -> None:
    assert auc_from_rank_sum(17, 4, 5) == pytest.approx(0.85)
    assert auc_from_rank_sum(0, 3, 0) is None
    assert auc_from_rank_sum(0, 0, 3) is None
    assert auc_from_counts([]) is None
    assert roc_auc([0.2, 0.9], [1, 1]) is None


def test_package_does_not_import_numpy() -> None:
    code = "import sys, app.scoring; sys.exit('numpy' in sys.modules)"
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", code], check=False, cwd=root)
    assert done.returncode == 0
