"""Scores computed in the database over the counted forecast of each forecaster."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.forecasters.service import find as find_forecaster
from app.forecasts.models import LatestForecast
from app.questions.models import Question, QuestionTag

# Log scores clip the probability given to what happened to [0.001, 0.999].
LOG_EPS = 0.001


@dataclass(frozen=True)
class BasicScore:
    n: int
    brier: float | None
    log_score: float | None


def basic(session: Session, *, forecaster: str | None = None, tag: str | None = None) -> BasicScore:
    p = LatestForecast.probability
    yes = Question.outcome == "yes"
    y = case((yes, 1.0), else_=0.0)
    p_true = case((yes, p), else_=1 - p)
    clipped = case((p_true < LOG_EPS, LOG_EPS), (p_true > 1 - LOG_EPS, 1 - LOG_EPS), else_=p_true)
    stmt = (
        select(func.count(), func.avg((p - y) * (p - y)), func.avg(-func.ln(clipped)))
        .select_from(LatestForecast)
        .join(Question, Question.id == LatestForecast.question_id)
        .where(Question.status == "resolved", Question.outcome.in_(("yes", "no")))
    )
    if forecaster:
        who = find_forecaster(session, forecaster)
        if who is None:
            return BasicScore(0, None, None)
        stmt = stmt.where(LatestForecast.forecaster_id == who.id)
    if tag:
        tagged = select(QuestionTag.question_id).where(QuestionTag.tag == tag)
        stmt = stmt.where(LatestForecast.question_id.in_(tagged))
    n, brier, log = session.execute(stmt).one()
    return BasicScore(int(n), brier, log)
