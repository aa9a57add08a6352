"""Which open questions an outcome event may settle, ranked for a resolver."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.documents.service import question_actors
from app.extraction import rank_questions
from app.outcomes.service import get_event
from app.questions.models import Question


@dataclass(frozen=True)
class Ranked:
    question: Question
    score: float
    reasons: list[str]


def linking_items(session: Session, questions: list[Question]) -> list[dict[str, Any]]:
    """Questions in the shape `rank_questions` reads, with the actors found at extraction."""
    actors = question_actors(session, [q.id for q in questions])
    return [
        {
            "id": q.id,
            "title": q.title,
            "description": f"{q.description} {q.resolution_criteria}",
            "resolve_by": q.resolve_by,
            "tags": q.tag_names,
            "actors": actors.get(q.id, []),
        }
        for q in questions
    ]


def suggest(session: Session, event_id: int, limit: int) -> list[Ranked]:
    event = get_event(session, event_id)
    pool = list(session.scalars(select(Question).where(Question.status == "open")))
    if not pool:
        return []
    items = linking_items(session, pool)
    by_id = {q.id: q for q in pool}
    ranked = rank_questions(
        {"title": event.title, "description": event.description, "occurred_at": event.occurred_at},
        items,
        limit=limit,
    )
    return [Ranked(by_id[int(s.question_id)], s.score, list(s.reasons)) for s in ranked]
