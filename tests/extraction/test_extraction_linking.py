from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from app.extraction import rank_questions

FIXTURES = Path(__file__).parent / "fixtures" / "linking"
TOP1_FLOOR = 0.8


def test_top1_rate_on_hand_written_set() -> None:
    questions = json.loads((FIXTURES / "questions.json").read_text())
    events = json.loads((FIXTURES / "events.json").read_text())
    assert len(questions) >= 40
    assert len(events) >= 25
    hits = sum(
        rank_questions(e, questions)[0].question_id == e["expected_question"] for e in events
    )
    assert hits / len(events) >= TOP1_FLOOR


@dataclass
class Q:
    id: str
    title: str
    description: str
    resolve_by: dt.date
    tags: list[str] = field(default_factory=list)
    actors: list[str] | None = None


def test_objects_reasons_and_timing() -> None:
    qs = [
        Q(
            "a",
            "Will the ECB cut rates before July 2024?",
            "Deposit rate cut.",
            dt.date(2024, 6, 30),
            ["ecb", "interest rates"],
            ["European Central Bank"],
        ),
        Q(
            "b",
            "Will Japan raise rates in 2025?",
            "Bank of Japan hike.",
            dt.date(2025, 12, 31),
            ["japan"],
        ),
    ]
    event = {
        "title": "ECB lowers deposit rate",
        "description": "The European Central Bank cut its deposit rate on Thursday.",
        "occurred_at": dt.datetime(2024, 6, 6, 12, 0),
    }
    ranked = rank_questions(event, qs, limit=1)
    assert [s.question_id for s in ranked] == ["a"]
    top = ranked[0]
    assert 0 < top.score <= 1
    assert any(r.startswith("shared actors: European Central Bank") for r in top.reasons)
    assert any(r.startswith("shared wording") for r in top.reasons)
    assert any("before resolve-by 2024-06-30" in r for r in top.reasons)
    late = rank_questions({**event, "occurred_at": "2024-08-01"}, qs, limit=1)[0]
    assert late.score < top.score
    assert any("after resolve-by" in r for r in late.reasons)


def test_empty_pool() -> None:
    assert rank_questions({"title": "x", "description": "", "occurred_at": None}, []) == []


def _q(qid: str, title: str, resolve_by: str = "2026-12-31") -> dict[str, object]:
    return {"id": qid, "title": title, "description": "", "resolve_by": resolve_by, "tags": []}


def test_a_met_threshold_ranks_its_question_first() -> None:
    questions = [
        _q("q50k", "Will Bitcoin fall below $50,000 before 2026-12-31?"),
        _q("q60k", "Will Bitcoin trade below $60,000 before 2026-12-31?"),
    ]
    event = {
        "title": "Bitcoin slides to $58,900 as an exchange collapse rattles crypto markets",
        "description": "",
        "occurred_at": "2026-04-14",
    }
    ranked = rank_questions(event, questions)
    assert [s.question_id for s in ranked] == ["q60k", "q50k"]
    assert "the event's $58,900 meets the question's 'below $60,000'" in ranked[0].reasons
    assert any("stays open" in r for r in ranked[1].reasons)


def test_a_missed_threshold_does_not_demote_a_period_question() -> None:
    questions = [
        _q("q2", "Will Tesla report more than 500,000 vehicle deliveries for Q2 2026?"),
        _q("q3", "Will Tesla deliver more than 500,000 vehicles in Q3 2026?"),
    ]
    event = {
        "title": "Tesla April-June deliveries come in at 412,350",
        "description": "",
        "occurred_at": "2026-07-02",
    }
    ranked = rank_questions(event, questions)
    assert ranked[0].question_id == "q2"  # "April-June" is Q2
    assert not any("stays open" in r for r in ranked[0].reasons)


def test_a_figure_of_another_size_is_not_compared() -> None:
    questions = [_q("btc", "Will Nvidia stock trade above $150,000 a share before 2026-12-31?")]
    event = {"title": "Nvidia worth $5tn", "description": "", "occurred_at": "2026-01-05"}
    (only,) = rank_questions(event, questions)
    assert not any("question's" in r for r in only.reasons)
