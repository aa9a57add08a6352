"""Bulk imports racing in threads, each with its own connection, as server workers would."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from app.auth.service import SYSTEM
from app.db import Database
from app.errors import Conflict
from app.forecasters.models import Forecaster
from app.forecasts.models import Forecast, LatestForecast
from app.imports import service as imports
from app.imports.schemas import ImportRequest
from app.outcomes.models import Resolution
from app.questions.models import Question

WORKERS = 8


def test_racing_imports_write_each_row_once(database: Database) -> None:
    base = datetime(2020, 1, 1, tzinfo=UTC)
    body = ImportRequest.model_validate(
        {
            "questions": [
                {
                    "external_id": f"race:{q}",
                    "title": f"Race {q}",
                    "resolve_by": "2021-01-01",
                    "forecasts": [
                        {
                            "forecaster": f"Racer {f}",
                            "probability": (q + f) % 10 / 10,
                            "made_at": (base + timedelta(days=f)).isoformat(),
                        }
                        for f in range(6)
                    ],
                    "resolution": {"outcome": "yes", "resolved_at": "2020-12-01T00:00:00Z"},
                }
                for q in range(5)
            ]
        }
    )

    def load(_: int) -> int:
        for _attempt in range(5):
            try:
                with database.transaction() as s:
                    return imports.run(s, SYSTEM, body.questions).forecasts_created
            except Conflict:
                continue  # another import created the questions first: retry, as clients do
        raise AssertionError("the import never got through")

    with ThreadPoolExecutor(WORKERS) as pool:
        created = list(pool.map(load, range(WORKERS)))

    assert sum(created) == 30
    with database.transaction(write=False) as s:
        assert s.scalar(select(func.count()).select_from(Question)) == 5
        assert s.scalar(select(func.count()).select_from(Forecast)) == 30
        assert s.scalar(select(func.count()).select_from(Forecaster)) == 6
        assert s.scalar(select(func.count()).select_from(LatestForecast)) == 30
        assert s.scalar(select(func.count()).select_from(Resolution)) == 5
