"""Score saved extractor output against gold files (no extractor is run).

    python scripts/score_saved.py OUTPUTS.json GOLD.json [GOLD.json ...] [--verbose]

OUTPUTS.json holds {"outputs": {document: [candidate, ...]}} with documents named as in the
gold files ("articles/h10_....txt", "corpus/bbc/business/302.txt"). Used for the "before"
column of the round-3 measurement (tests/extraction/fixtures/eval3/before_outputs.json).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.extraction.goldeval import Tally, score_items  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("outputs", type=Path)
    ap.add_argument("gold", nargs="+", type=Path)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    outputs = json.loads(args.outputs.read_text(encoding="utf-8"))["outputs"]
    total = Tally()
    for path in args.gold:
        gold = json.loads(path.read_text(encoding="utf-8"))
        t = score_items(gold, outputs[gold["document"]])
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
        f"TOTAL ({len(args.gold)} files, {total.required} required, {total.extracted} "
        f"extracted): {total.summary()}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
