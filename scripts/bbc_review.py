"""Sample extractor output on the BBC corpus for manual review, and score the review.

    python scripts/bbc_review.py sample [--n 80] [--seed 7] [--out FILE]
    python scripts/bbc_review.py score [FILE]

The review file (default tests/extraction/fixtures/bbc_review.json) holds one entry per
sampled candidate with the article path (relative to the corpus), quote, claim, and the
reviewer's verdict: "forecast", "borderline" (a third party's announced plan or schedule
stated as fact) or "not". Precision = forecast / judged; the lenient figure counts
borderline as forecast.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.extraction import extract  # noqa: E402

CORPUS = Path("/work/shared/corpus/bbc")
REVIEW = ROOT / "tests" / "extraction" / "fixtures" / "bbc_review.json"
PUBLISHED = dt.date(2005, 1, 1)


def _candidates(path: Path) -> list[dict[str, object]]:
    text = path.read_text(encoding="utf-8", errors="replace")
    return [c.to_dict() for c in extract(text, published=PUBLISHED, publisher="BBC")]


def sample(n: int, seed: int, out: Path) -> None:
    rng = random.Random(seed)
    entries: list[dict[str, object]] = []
    for section in ("business", "politics"):
        pool: list[tuple[Path, dict[str, object]]] = []
        for path in sorted((CORPUS / section).glob("*.txt")):
            pool.extend((path, c) for c in _candidates(path))
        for path, c in rng.sample(pool, n // 2):
            entries.append(
                {
                    "path": str(path.relative_to(CORPUS)),
                    "quote": c["quote"],
                    "claim": c["claim"],
                    "forecaster": c["forecaster"],
                    "probability": c["probability"],
                    "verdict": None,
                    "note": "",
                }
            )
    out.write_text(json.dumps(entries, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {len(entries)} candidates to {out}")


def score(path: Path) -> None:
    entries = json.loads(path.read_text())
    judged = [e for e in entries if e.get("verdict")]
    counts = {v: sum(e["verdict"] == v for e in judged) for v in ("forecast", "borderline", "not")}
    stale = 0
    kept: list[dict[str, str]] = []
    if CORPUS.exists():
        cache: dict[str, set[str]] = {}
        for e in judged:
            if e["path"] not in cache:
                cache[e["path"]] = {str(c["quote"]) for c in _candidates(CORPUS / e["path"])}
            if e["quote"] in cache[e["path"]]:
                kept.append(e)
            else:
                stale += 1
    n = len(judged)
    strict = counts["forecast"] / n if n else 0.0
    lenient = (counts["forecast"] + counts["borderline"]) / n if n else 0.0
    print(
        f"judged {n}: forecast {counts['forecast']}, borderline {counts['borderline']}, "
        f"not {counts['not']}; precision {strict:.2f} (strict), {lenient:.2f} (borderline "
        f"counted as forecast); no longer extracted by current code: {stale}"
    )
    if stale and kept:
        good = sum(e["verdict"] == "forecast" for e in kept)
        ok = sum(e["verdict"] != "not" for e in kept)
        print(
            f"  on the {len(kept)} still extracted (optimistic: rules were fixed on this "
            f"sample): precision {good / len(kept):.2f} strict, {ok / len(kept):.2f} lenient"
        )


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--n", type=int, default=80)
    s.add_argument("--seed", type=int, default=7)
    s.add_argument("--out", type=Path, default=REVIEW)
    c = sub.add_parser("score")
    c.add_argument("file", nargs="?", type=Path, default=REVIEW)
    args = ap.parse_args()
    if args.cmd == "sample":
        sample(args.n, args.seed, args.out)
    else:
        score(args.file)
    return 0


if __name__ == "__main__":
    sys.exit(main())
