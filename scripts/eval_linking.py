"""Top-1 / top-3 rate of event -> question suggestions on a hand-written linking set.

python scripts/eval_linking.py [--set linking|linking_fresh|linking_fresh2|linking_fresh3]
    [--verbose]

"linking" (30 events x 44 questions) was written alongside the matcher; "linking_fresh"
(round 11) was written by a helper that never saw the matcher's code, to be harder: near-miss
questions on the same actors, events worded unlike their questions, deadlines that separate
otherwise similar questions. "linking_fresh2" (round 15, 30 events x 45 questions) was made the
same way by another helper, after the matcher's last change, and measured once;
"linking_fresh3" (round 17, 30 events x 45 questions) the same again, after the threshold
comparison was added, to measure it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.extraction.linking import rank_questions  # noqa: E402

FIXTURES = ROOT / "tests" / "extraction" / "fixtures"


def evaluate(name: str = "linking", verbose: bool = False) -> tuple[float, float, int]:
    questions = json.loads((FIXTURES / name / "questions.json").read_text())
    events = json.loads((FIXTURES / name / "events.json").read_text())
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
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--set",
        default="linking",
        choices=("linking", "linking_fresh", "linking_fresh2", "linking_fresh3"),
    )
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    one, three, n = evaluate(args.set, args.verbose)
    print(f"{args.set}: {n} events: top-1 {one:.2f}, top-3 {three:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
