"""CSV downloads: the numbers behind each chart, with the same filters as the page."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

from fastapi.responses import Response

from app.scores.service import GroupScore
from app.scoring import CalibrationBin

from .service import HistoryRow, PhraseRow

CALIBRATION = ("lower", "upper", "n", "mean_forecast", "observed", "ci_low", "ci_high")
GROUPS = (
    "key",
    "label",
    "n",
    "brier",
    "brier_ci_low",
    "brier_ci_high",
    "log_score",
    "relative_brier",
    "relative_brier_questions",
)
PHRASES = (
    "phrase",
    "n",
    "observed",
    "ci_low",
    "ci_high",
    "mean_forecast",
    "icd203_low",
    "icd203_high",
)
HISTORY = (
    "forecast_id",
    "forecaster",
    "publisher",
    "probability",
    "made_at",
    "recorded_at",
    "phrase",
    "counted",
    "backfilled",
)
# A spreadsheet runs a cell starting with one of these as a formula.
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        # repr keeps every digit, so the file and the JSON API agree exactly.
        return repr(value)
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def render(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return out.getvalue()


def download(name: str, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Response:
    return Response(
        render(header, rows),
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="{name}"',
            "X-Content-Type-Options": "nosniff",
        },
    )


def calibration_rows(bins: Sequence[CalibrationBin]) -> list[tuple[Any, ...]]:
    return [tuple(getattr(b, f) for f in CALIBRATION) for b in bins]


def group_rows(groups: Sequence[GroupScore]) -> list[tuple[Any, ...]]:
    return [
        (
            g.key,
            g.label,
            g.report.n,
            g.report.brier,
            g.report.brier_ci_low,
            g.report.brier_ci_high,
            g.report.log_score,
            g.relative.mean if g.relative else None,
            g.relative.questions if g.relative else None,
        )
        for g in groups
    ]


def phrase_rows(rows: Sequence[PhraseRow]) -> list[tuple[Any, ...]]:
    return [
        (
            r.phrase,
            r.n,
            r.observed,
            r.ci_low,
            r.ci_high,
            r.mean_forecast,
            r.band[0] if r.band else None,
            r.band[1] if r.band else None,
        )
        for r in rows
    ]


def history_rows(rows: Sequence[HistoryRow]) -> list[tuple[Any, ...]]:
    return [
        (
            r.forecast.id,
            r.forecaster,
            r.publisher,
            r.forecast.probability,
            r.forecast.made_at,
            r.forecast.recorded_at,
            r.forecast.phrase,
            r.counted,
            r.backfilled,
        )
        for r in rows
    ]
