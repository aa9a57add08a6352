"""Whole-database invariants that must hold after any mix of concurrent writes and crashes."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import select

from app.audit.models import AuditEntry
from app.audit.service import GENESIS, entry_hash
from app.db import Database
from app.forecasts.models import Forecast, LatestForecast
from app.outcomes.models import Resolution
from app.questions.models import Question


def problems(db: Database) -> list[str]:
    """Every broken invariant, described; an empty list means the database is consistent."""
    found: list[str] = []
    with db.transaction(write=False) as session:
        questions = {q.id: q for q in session.scalars(select(Question))}
        last: dict[int, Resolution] = {}
        for r in session.scalars(select(Resolution).order_by(Resolution.id)):
            last[r.question_id] = r
        for qid, q in questions.items():
            found.extend(_outcome_problems(q, last.get(qid)))

        eligible: dict[tuple[int, int], tuple[datetime, int]] = {}
        for f in session.scalars(select(Forecast)):
            q = questions[f.question_id]
            if q.status == "resolved" and q.resolved_at is not None and f.made_at >= q.resolved_at:
                continue
            pair = (f.question_id, f.forecaster_id)
            eligible[pair] = max(eligible.get(pair, (f.made_at, f.id)), (f.made_at, f.id))
        counted = {
            (lf.question_id, lf.forecaster_id): lf.forecast_id
            for lf in session.scalars(select(LatestForecast))
        }
        expected = {pair: fid for pair, (_, fid) in eligible.items()}
        if counted != expected:
            wrong = sorted(set(counted.items()) ^ set(expected.items()))[:5]
            found.append(f"counted forecasts differ from the history, e.g. {wrong}")

        prev = GENESIS
        for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
            if entry.prev_hash != prev or entry_hash(entry) != entry.hash:
                found.append(f"audit chain broken at entry {entry.id}")
                break
            prev = entry.hash
    return found


def _outcome_problems(q: Question, current: Resolution | None) -> list[str]:
    if current is None:
        if (q.status, q.outcome, q.resolved_at) != ("open", None, None):
            return [f"question {q.id} is {q.status}/{q.outcome} without any resolution"]
        return []
    status = "annulled" if current.outcome == "annulled" else "resolved"
    if (q.status, q.outcome, q.resolved_at) != (status, current.outcome, current.resolved_at):
        return [
            f"question {q.id} shows {q.status}/{q.outcome} at {q.resolved_at} but its latest "
            f"resolution {current.id} says {current.outcome} at {current.resolved_at}"
        ]
    return []


def audit_counts(db: Database) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    with db.transaction(write=False) as session:
        for action in session.scalars(select(AuditEntry.action)):
            counts[action] += 1
    return dict(counts)
