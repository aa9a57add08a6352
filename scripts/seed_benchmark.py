"""Fill an empty database with a large, realistic record to time `audit verify`, export, restore.

Every row goes through the same ORM objects and the same audit chain as the
service's writes (one entry per row), only in big transactions:

    python scripts/seed_benchmark.py --database-url sqlite:///bench.db --forecasts 300000
"""

from __future__ import annotations

import random
import time
from datetime import UTC, date, datetime, timedelta

import click
from sqlalchemy import delete, insert, select

from app.audit.service import record
from app.auth.service import SYSTEM
from app.db import Database
from app.forecasters import service as forecasters
from app.forecasts.models import Forecast, LatestForecast
from app.forecasts.service import LATEST_COLUMNS, counted_select
from app.migrate import upgrade
from app.outcomes import service as outcomes
from app.outcomes.schemas import ResolutionCreate
from app.questions import service as questions
from app.questions.models import Question
from app.questions.schemas import QuestionCreate

START = datetime(2015, 1, 1, tzinfo=UTC)
SPAN = timedelta(days=5 * 365)
CHUNK = 20_000


@click.command()
@click.option("--database-url", required=True)
@click.option("--forecasts", "n_forecasts", default=300_000, show_default=True)
@click.option("--questions", "n_questions", default=3_000, show_default=True)
@click.option("--forecasters", "n_forecasters", default=500, show_default=True)
@click.option("--seed", default=1, show_default=True)
def main(
    database_url: str, n_forecasts: int, n_questions: int, n_forecasters: int, seed: int
) -> None:
    rng = random.Random(seed)
    upgrade(database_url)
    db = Database(database_url)
    started = time.perf_counter()
    with db.transaction() as session:
        if session.scalar(select(Question.id).limit(1)) is not None:
            raise click.ClickException("the database already has questions")
        who = [
            forecasters.create(session, SYSTEM, f"Forecaster {i}", aliases=[f"F{i}"]).id
            for i in range(n_forecasters)
        ]
        asked = [
            questions.create(
                session,
                SYSTEM,
                QuestionCreate(
                    title=f"Question {i}",
                    resolve_by=date(2020, 1, 1) + timedelta(days=i % 365),
                    tags=[f"topic-{i % 20}"],
                ),
            ).id
            for i in range(n_questions)
        ]
    now = datetime.now(UTC)
    for first in range(0, n_forecasts, CHUNK):
        with db.transaction() as session:
            rows = [
                Forecast(
                    question_id=rng.choice(asked),
                    forecaster_id=rng.choice(who),
                    probability=round(rng.random(), 3),
                    made_at=START + SPAN * rng.random(),
                    recorded_at=now,
                    source="api",
                )
                for _ in range(min(CHUNK, n_forecasts - first))
            ]
            session.add_all(rows)
            session.flush()
            for row in rows:
                record(session, SYSTEM, "forecast.create", row)
        click.echo(f"{first + len(rows)} forecasts", err=True)
    with db.transaction() as session:
        session.execute(delete(LatestForecast))
        session.execute(insert(LatestForecast).from_select(list(LATEST_COLUMNS), counted_select()))
    with db.transaction() as session:
        for qid in rng.sample(asked, k=int(len(asked) * 0.6)):
            outcome = rng.choice(["yes", "no", "no", "annulled"])
            resolved_at = START + SPAN * (0.5 + rng.random() / 2)
            outcomes.resolve(
                session, SYSTEM, qid, ResolutionCreate(outcome=outcome, resolved_at=resolved_at)
            )
    db.dispose()
    click.echo(f"seeded in {time.perf_counter() - started:.0f} s", err=True)


if __name__ == "__main__":
    main()
