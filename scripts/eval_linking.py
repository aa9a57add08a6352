"""Top-1 / top-3 rate of event -> question suggestions on the hand-written linking set.

python scripts/eval_linking.py [--verbose]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.extraction.linking import rank_questions  # noqa: E402

FIXTURES = ROOT / "tests" / "extraction" / "fixtures" / "linking"


def evaluate(verbose: bool = False) -> tuple[float, float, int]:
    questions = json.loads((FIXTURES / "questions.json").read_text())
    events = json.loads((FIXTURES / "events.json").read_text())
    top1 = top3 = 0
    for event in events:
        ranked = rank_questions(event, questions, limit=3)
        ids = [s.question_id for s in ranked]
        top1 += bool(ids) and ids[0] == event["expected_question"]
        top3 += event["expected_question"] in ids
        if verbose and ids[:1] != [event["expected_question"]]:
            print(
                f"{event['id']} wanted {event['expected_question']}, got {ids}: "
                f"{ranked[0].reasons if ranked else ''}"
            )
    return top1 / len(events), top3 / len(events), len(events)


def main() -> int:
    one, three, n = evaluate("--verbose" in sys.argv)
    print(f"{n} events: top-1 {one:.2f}, top-3 {three:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
