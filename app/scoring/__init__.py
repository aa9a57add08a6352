"""Scoring of binary forecasts: pure Python (stdlib only), built on additive sufficient statistics.

p is the forecast probability of "yes" and y the outcome (1 = yes). Raw forecasts are turned
into per-bin sums by `summarize` (the service builds the same `Summary` from SQL aggregates) and
`report` derives every figure from those sums. Conventions (bin edges, log clipping, the
per-forecast SQL formulas) are documented in `app.scoring.sums`; the AUC aggregate formula in
`app.scoring.discrimination`.
"""

from app.scoring._checks import MAX_BINS, ScoringInputError
from app.scoring.consensus import RelativeBrier, consensus, relative_brier
from app.scoring.discrimination import RocRow, auc_from_counts, auc_from_rank_sum, roc_auc
from app.scoring.intervals import (
    Z95,
    beta_quantile,
    jeffreys_interval,
    regularized_beta,
    wilson_interval,
)
from app.scoring.report import CalibrationBin, ScoreReport, report
from app.scoring.scores import (
    brier_interval,
    brier_score,
    brier_skill_score,
    brier_two_sided,
    calibration_table,
    expected_calibration_error,
    log_score,
    score,
    spherical_score,
    spiegelhalter,
)
from app.scoring.sums import (
    BIN_EPS,
    DEFAULT_BINS,
    LOG_EPS,
    BinSums,
    Summary,
    bin_index,
    summarize,
)

__all__ = [
    "BIN_EPS",
    "DEFAULT_BINS",
    "LOG_EPS",
    "MAX_BINS",
    "Z95",
    "BinSums",
    "CalibrationBin",
    "RelativeBrier",
    "RocRow",
    "ScoreReport",
    "ScoringInputError",
    "Summary",
    "auc_from_counts",
    "auc_from_rank_sum",
    "beta_quantile",
    "bin_index",
    "brier_interval",
    "brier_score",
    "brier_skill_score",
    "brier_two_sided",
    "calibration_table",
    "consensus",
    "expected_calibration_error",
    "jeffreys_interval",
    "log_score",
    "regularized_beta",
    "relative_brier",
    "report",
    "roc_auc",
    "score",
    "spherical_score",
    "spiegelhalter",
    "summarize",
    "wilson_interval",
]
