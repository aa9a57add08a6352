"""Writers racing in threads, each with its own connection, as several server workers would."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select

from app.audit.models import AuditEntry
from app.audit.service import GENESIS
from app.auth.service import SYSTEM
from app.db import Database
from app.forecasters.models import Forecaster
from app.forecasts import service as forecasts
from app.forecasts.models import Forecast, LatestForecast
from app.outcomes import service as outcomes
from app.outcomes.models import Resolution
from app.outcomes.schemas import ResolutionCreate
from app.questions import service as questions
from app.questions.models import Question
from app.questions.schemas import QuestionCreate

WORKERS = 8


def _question(db: Database) -> int:
    with db.transaction() as s:
        q = questions.create(s, SYSTEM, QuestionCreate(title="Race", resolve_by=date(2030, 1, 1)))
        return q.id


def test_concurrent_forecasts_by_a_new_forecaster(database: Database) -> None:
    qid = _question(database)
    base = datetime(2020, 1, 1, tzinfo=UTC)

    def write(i: int) -> int:
        with database.transaction() as s:
            f = forecasts.add(
                s,
                SYSTEM,
                qid,
                forecaster="Brand New Co",
                probability=i / 100,
                made_at=base + timedelta(hours=i),
            )
            return f.id

    with ThreadPoolExecutor(WORKERS) as pool:
        ids = list(pool.map(write, range(1, 25)))

    with database.transaction(write=False) as s:
        assert s.scalar(select(func.count()).select_from(Forecaster)) == 1
        assert s.scalar(select(func.count()).select_from(Forecast)) == 24
        latest = s.scalars(select(LatestForecast)).all()
        assert len(latest) == 1
        assert latest[0].forecast_id == ids[-1]
        assert latest[0].probability == 0.24


def test_racing_resolvers_leave_one_current_outcome(database: Database) -> None:
    qid = _question(database)
    outcomes_cycle = ["yes", "no", "annulled"]

    def settle(i: int) -> int:
        with database.transaction() as s:
            r = outcomes.resolve(
                s,
                SYSTEM,
                qid,
                ResolutionCreate(outcome=outcomes_cycle[i % 3]),
            )
            return r.id

    with ThreadPoolExecutor(WORKERS) as pool:
        ids = list(pool.map(settle, range(12)))

    with database.transaction(write=False) as s:
        history = s.scalars(select(Resolution).order_by(Resolution.id)).all()
        assert sorted(ids) == [r.id for r in history]
        question = s.get(Question, qid)
        assert question is not None
        assert question.outcome == history[-1].outcome
        # Every write got exactly one link in one unbroken chain.
        chain = s.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        prev = GENESIS
        for entry in chain:
            assert entry.prev_hash == prev
            prev = entry.hash
        assert sum(e.action == "resolution.create" for e in chain) == 12
