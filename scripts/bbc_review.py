"""Sample extractor output on the BBC corpus for manual review, and score the review.

    python scripts/bbc_review.py sample --pool evaluation [--n 100] [--seed 2005] [--out FILE]
    python scripts/bbc_review.py score [FILE ...]

Pools are defined in scripts/bbc_pools.py: tune on "tuning", measure on "evaluation".
A review file holds one entry per sampled candidate: the article path (relative to the
corpus), its pool, quote, claim, forecaster, probability, and the reviewer's verdict with
a one-line note. Verdicts follow the rule in app/extraction/lexicon/README.md ("What counts
as a forecast"): "forecast", "borderline" (defensible either way, e.g. a journalist's
expectation about a scheduled event) or "not". Strict precision = forecast / judged;
lenient precision counts borderline as forecast.

Sampling is stratified: half the candidates from business, half from politics, drawn at
random with a fixed seed from every candidate the current code extracts in that pool.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.extraction import extract  # noqa: E402
from scripts.bbc_pools import CORPUS, SECTIONS, files, pool_of  # noqa: E402

REVIEW = ROOT / "tests" / "extraction" / "fixtures" / "bbc_review.json"
PUBLISHED = dt.date(2005, 1, 1)


def candidates(path: Path) -> list[dict[str, object]]:
    text = path.read_text(encoding="utf-8", errors="replace")
    return [c.to_dict() for c in extract(text, published=PUBLISHED, publisher="BBC")]


def sample(pool: str, n: int, seed: int, out: Path) -> None:
    rng = random.Random(seed)
    entries: list[dict[str, object]] = []
    for section in SECTIONS:
        found: list[tuple[Path, dict[str, object]]] = []
        for path in files(pool, section):
            found.extend((path, c) for c in candidates(path))
        for path, c in rng.sample(found, n // len(SECTIONS)):
            entries.append(
                {
                    "path": str(path.relative_to(CORPUS)),
                    "pool": pool,
                    "quote": c["quote"],
                    "claim": c["claim"],
                    "forecaster": c["forecaster"],
                    "probability": c["probability"],
                    "verdict": None,
                    "note": "",
                }
            )
    out.write_text(json.dumps(entries, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {len(entries)} candidates from the {pool} pool to {out}")


def _wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if not n:
        return 0.0, 1.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def _line(label: str, judged: list[dict[str, object]]) -> str:
    n = len(judged)
    good = sum(e["verdict"] == "forecast" for e in judged)
    border = sum(e["verdict"] == "borderline" for e in judged)
    lo, hi = _wilson(good, n)
    lo2, hi2 = _wilson(good + border, n)
    strict = good / n if n else 0.0
    lenient = (good + border) / n if n else 0.0
    return (
        f"{label}: judged {n}: forecast {good}, borderline {border}, not {n - good - border}; "
        f"precision {strict:.2f} strict (95% CI {lo:.2f}-{hi:.2f}), {lenient:.2f} lenient "
        f"({lo2:.2f}-{hi2:.2f})"
    )


def score(paths: list[Path]) -> None:
    for path in paths:
        entries = json.loads(path.read_text())
        judged = [e for e in entries if e.get("verdict")]
        print(f"{path.name}")
        print("  " + _line("all", judged))
        for pool in ("tuning", "evaluation"):
            part = [e for e in judged if (e.get("pool") or pool_of(str(e["path"]))) == pool]
            if part and len(part) < len(judged):
                print("  " + _line(pool, part))
        if not CORPUS.exists():
            continue
        cache: dict[str, set[str]] = {}
        kept = []
        for e in judged:
            rel = str(e["path"])
            if rel not in cache:
                cache[rel] = {str(c["quote"]) for c in candidates(CORPUS / rel)}
            if e["quote"] in cache[rel]:
                kept.append(e)
        if len(kept) < len(judged):
            print(
                f"  no longer extracted by the current code: {len(judged) - len(kept)}; "
                + _line("still extracted", kept)
            )


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--pool", choices=("tuning", "evaluation"), required=True)
    s.add_argument("--n", type=int, default=100)
    s.add_argument("--seed", type=int, default=2005)
    s.add_argument("--out", type=Path, required=True)
    c = sub.add_parser("score")
    c.add_argument("files", nargs="*", type=Path, default=[REVIEW])
    args = ap.parse_args()
    if args.cmd == "sample":
        sample(args.pool, args.n, args.seed, args.out)
    else:
        score(args.files)
    return 0


if __name__ == "__main__":
    sys.exit(main())
