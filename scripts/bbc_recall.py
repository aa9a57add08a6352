"""Recall (and the other gold metrics) on hand-labelled articles from the BBC evaluation pool.

    python scripts/bbc_recall.py pick [--n 20] [--seed 2005]   # which articles to label
    python scripts/bbc_recall.py score [--verbose]

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
from scripts.bbc_pools import CORPUS, SECTIONS, files  # noqa: E402

GOLD = ROOT / "tests" / "extraction" / "fixtures" / "bbc_gold"
SHARED = CORPUS.parent.parent


def pick(n: int, seed: int) -> list[Path]:
    rng = random.Random(seed)
    chosen: list[Path] = []
    for section in SECTIONS:
        chosen.extend(rng.sample(files("evaluation", section), n // len(SECTIONS)))
    return chosen


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("pick")
    p.add_argument("--n", type=int, default=20)
    p.add_argument("--seed", type=int, default=2005)
    s = sub.add_parser("score")
    s.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    if args.cmd == "pick":
        for path in pick(args.n, args.seed):
            print(path.relative_to(CORPUS))
        return 0
    total = Tally()
    for path in sorted(GOLD.glob("*.gold.json")):
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
        f"TOTAL ({len(list(GOLD.glob('*.gold.json')))} articles, {total.required} required "
        f"forecasts, {total.extracted} extracted): {total.summary()}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
