"""Time the rule-based extractor over the BBC corpus on one core.

python scripts/bench_extraction.py [CORPUS_DIR]   (default /work/shared/corpus/bbc)
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.extraction import extract  # noqa: E402


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/shared/corpus/bbc")
    files = sorted(corpus.rglob("*.txt"))
    if not files:
        print(f"no .txt files under {corpus}")
        return 1
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    size = sum(len(t.encode("utf-8")) for t in texts)
    published = dt.date(2005, 1, 1)
    extract(texts[0], published=published, publisher="BBC")  # load the scale once
    began = time.perf_counter()
    found = sum(len(extract(t, published=published, publisher="BBC")) for t in texts)
    took = time.perf_counter() - began
    print(
        f"{len(texts)} articles, {size / 1e6:.2f} MB in {took:.2f} s: "
        f"{len(texts) / took:.0f} articles/s, {size / 1e6 / took:.2f} MB/s, {found} candidates"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
