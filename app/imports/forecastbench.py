"""ForecastBench question sets (questions.csv + forecasts.csv) in the import format.

Each question becomes one import item with its `kind` (market / dataset) and `source`
(acled, manifold, ...) as tags; every forecast was made on the forecast due date. Resolved
questions get their outcome with resolved_at at the question's resolution_date; market
questions have none in the files, so theirs is the date the resolution set was taken.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from app.types import TAG_RE

DUE = date(2024, 7, 21)
# The resolution set behind the files' outcomes (their README): the fallback resolution
# date of market questions, which carry no resolution_date.
RESOLUTION_SET = date(2025, 9, 5)
TITLE_MAX = 500


def _iso(day: date) -> str:
    return datetime.combine(day, time()).isoformat() + "Z"


def _tag(text: str) -> str | None:
    tag = " ".join(text.casefold().split())[:64]
    return tag if TAG_RE.match(tag) else None


def _text(raw: str, resolution: date | None) -> str:
    filled = raw.replace("{forecast_due_date}", DUE.isoformat())
    if resolution is not None:
        filled = filled.replace("{resolution_date}", resolution.isoformat())
    return filled.strip()


def _title(text: str) -> str:
    first = text.splitlines()[0].strip() if text else ""
    first = first or "(untitled)"
    return first if len(first) <= TITLE_MAX else first[: TITLE_MAX - 1] + "…"


def read_forecasts(path: Path) -> dict[str, list[dict[str, Any]]]:
    by_key: dict[str, list[dict[str, Any]]] = {}
    with path.open(newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            by_key.setdefault(row["key"], []).append(
                {
                    "forecaster": row["forecaster"],
                    "probability": float(row["probability"]),
                    "made_at": _iso(DUE),
                }
            )
    return by_key


def convert(directory: Path) -> Iterator[dict[str, Any]]:
    """Yield import items for every question in `directory`, in file order."""
    forecasts = read_forecasts(directory / "forecasts.csv")
    with (directory / "questions.csv").open(newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            raw_day = row.get("resolution_date", "").strip()
            day = date.fromisoformat(raw_day) if raw_day else None
            text = _text(row["question"], day)
            item: dict[str, Any] = {
                "external_id": f"forecastbench:{row['key']}"[:200],
                "title": _title(text),
                "description": text,
                "resolve_by": (day or RESOLUTION_SET).isoformat(),
                "tags": sorted({t for t in (_tag(row["kind"]), _tag(row["source"])) if t}),
                "forecasts": forecasts.get(row["key"], []),
                "resolution": None,
            }
            if row.get("resolved", "").strip() == "1" and row.get("outcome", "").strip():
                item["resolution"] = {
                    "outcome": "yes" if float(row["outcome"]) >= 0.5 else "no",
                    "resolved_at": _iso(day or RESOLUTION_SET),
                    "note": "ForecastBench resolution set of 2025-09-05",
                }
            yield item
