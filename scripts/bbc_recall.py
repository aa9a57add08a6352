"""Recall (and the other gold metrics) on hand-labelled articles from the BBC evaluation pool.

    python scripts/bbc_recall.py pick [--n 20] [--seed 2005] [--fresh]   # which to label
    python scripts/bbc_recall.py score [--verbose] [--gold DIR]

--fresh leaves out every evaluation-pool article already used (scripts/bbc_pools.py,
used_evaluation_articles): round 3 drew its fresh set with --fresh --seed 2026 and keeps its
gold in tests/extraction/fixtures/eval3/bbc_gold/. --fresh-all-rounds also leaves out the
later rounds' fresh sets (fixtures/eval*/): round 4 drew with --fresh-all-rounds --seed 2028
into tests/extraction/fixtures/eval4/bbc_gold/.

The articles are drawn at random (fixed seed, half business, half politics) from the
evaluation pool (scripts/bbc_pools.py). Their gold files live in
tests/extraction/fixtures/bbc_gold/ and were written by reading the article only, before
the extractor's output on it was looked at. Documents are referenced relative to the
shared folder (corpus/bbc/...), as the shared scorer expects, with a conventional
publication date of 2005-01-01 (the corpus carries no dates).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.extraction.goldeval import Tally, score_file  # noqa: E402
from scripts.bbc_pools import (  # noqa: E402
    CORPUS,
    SECTIONS,
    files,
    used_evaluation_articles,
    with_duplicates,
)

GOLD = ROOT / "tests" / "extraction" / "fixtures" / "bbc_gold"
SHARED = CORPUS.parent.parent


def pick(n: int, seed: int, fresh: bool = False, all_rounds: bool = False) -> list[Path]:
    rng = random.Random(seed)
    used = used_evaluation_articles(include_fresh=all_rounds) if fresh or all_rounds else set()
    if used:
        used = with_duplicates(used)
    chosen: list[Path] = []
    for section in SECTIONS:
        pool = [p for p in files("evaluation", section) if f"{section}/{p.name}" not in used]
        want = n // len(SECTIONS)
        if len(pool) < want:
            # the evaluation pool is nearly used up (round 9 left 10 politics articles)
            print(f"only {len(pool)} unused {section} articles left", file=sys.stderr)
        chosen.extend(rng.sample(pool, min(want, len(pool))))
    return chosen


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("pick")
    p.add_argument("--n", type=int, default=20)
    p.add_argument("--seed", type=int, default=2005)
    p.add_argument("--fresh", action="store_true")
    p.add_argument("--fresh-all-rounds", action="store_true")
    s = sub.add_parser("score")
    s.add_argument("--verbose", action="store_true")
    s.add_argument("--gold", type=Path, default=GOLD)
    args = ap.parse_args()
    if args.cmd == "pick":
        for path in pick(args.n, args.seed, args.fresh, args.fresh_all_rounds):
            print(path.relative_to(CORPUS))
        return 0
    total = Tally()
    for path in sorted(args.gold.glob("*.gold.json")):
        t = score_file(path, SHARED)
        print(f"{path.name}: {t.summary()} required={t.required} extracted={t.extracted}")
        if args.verbose:
            for q in t.misses:
                print(f"   missed: {q}")
            for q in t.extras:
                print(f"   extra: {q}")
            for w in t.wrong:
                print(f"   wrong {w}")
        total.add(t)
    print(
        f"TOTAL ({len(list(args.gold.glob('*.gold.json')))} articles, {total.required} required "
        f"forecasts, {total.extracted} extracted): {total.summary()}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
