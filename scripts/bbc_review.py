"""Sample extractor output on the BBC corpus for manual review, and score the review.

    python scripts/bbc_review.py sample --pool evaluation [--n 100] [--seed 2005] [--out FILE]
        [--exclude-used] [--outputs SAVED.json --label before] [--label after]
    python scripts/bbc_review.py merge A.json B.json --out C.json [--seed 2027]
    python scripts/bbc_review.py score [FILE ...]

--exclude-used leaves out every evaluation-pool article already used for a measurement
(scripts/bbc_pools.py, used_evaluation_articles). --outputs samples from saved output of
another version of the extractor ({"outputs": {path: [candidate, ...]}}) instead of running
the current code. Entries carry "sampled_from" (the --label); merge unites two samples
(an entry drawn by both keeps both labels) in a shuffled order, so that the union can be
judged once without knowing which version produced a candidate, and score reports precision
per label. Round 3 drew 120 + 120 with --seed 2027 from the old code's saved output
("before") and the current code ("after") into fixtures/eval3/bbc_candidates_judged.json.

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
from scripts.bbc_pools import CORPUS, SECTIONS, files, pool_of, used_evaluation_articles  # noqa: E402

REVIEW = ROOT / "tests" / "extraction" / "fixtures" / "bbc_review.json"
PUBLISHED = dt.date(2005, 1, 1)


def candidates(path: Path) -> list[dict[str, object]]:
    text = path.read_text(encoding="utf-8", errors="replace")
    return [c.to_dict() for c in extract(text, published=PUBLISHED, publisher="BBC")]


def sample(
    pool: str,
    n: int,
    seed: int,
    out: Path,
    exclude_used: bool = False,
    outputs: Path | None = None,
    label: str | None = None,
) -> None:
    rng = random.Random(seed)
    used = used_evaluation_articles(include_fresh=True) if exclude_used else set()
    saved = json.loads(outputs.read_text())["outputs"] if outputs else None
    entries: list[dict[str, object]] = []
    for section in SECTIONS:
        found: list[tuple[Path, dict[str, object]]] = []
        for path in files(pool, section):
            rel = str(path.relative_to(CORPUS))
            if rel in used:
                continue
            cands = saved[rel] if saved is not None else candidates(path)
            found.extend((path, c) for c in cands)
        for path, c in rng.sample(found, n // len(SECTIONS)):
            entry: dict[str, object] = {
                "path": str(path.relative_to(CORPUS)),
                "pool": pool,
                "quote": c["quote"],
                "claim": c["claim"],
                "forecaster": c["forecaster"],
                "probability": c["probability"],
                "verdict": None,
                "note": "",
            }
            if label:
                entry["sampled_from"] = [label]
            entries.append(entry)
    out.write_text(json.dumps(entries, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {len(entries)} candidates from the {pool} pool to {out}")


def merge(a: Path, b: Path, out: Path, seed: int) -> None:
    merged: dict[tuple[str, str], dict[str, object]] = {}
    for path in (a, b):
        for e in json.loads(path.read_text()):
            key = (str(e["path"]), str(e["quote"]))
            if key in merged:
                labels = merged[key].setdefault("sampled_from", [])
                assert isinstance(labels, list)
                labels.extend(x for x in e.get("sampled_from", []) if x not in labels)
            else:
                merged[key] = e
    entries = list(merged.values())
    random.Random(seed).shuffle(entries)
    out.write_text(json.dumps(entries, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {len(entries)} distinct candidates to {out}")


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
        labels = sorted({x for e in judged for x in e.get("sampled_from", [])})
        for label in labels:
            part = [e for e in judged if label in e.get("sampled_from", [])]
            print("  " + _line(f"sampled from {label}", part))
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
    s.add_argument("--exclude-used", action="store_true")
    s.add_argument("--outputs", type=Path)
    s.add_argument("--label")
    m = sub.add_parser("merge")
    m.add_argument("a", type=Path)
    m.add_argument("b", type=Path)
    m.add_argument("--out", type=Path, required=True)
    m.add_argument("--seed", type=int, default=2027)
    c = sub.add_parser("score")
    c.add_argument("files", nargs="*", type=Path, default=[REVIEW])
    args = ap.parse_args()
    if args.cmd == "sample":
        sample(args.pool, args.n, args.seed, args.out, args.exclude_used, args.outputs, args.label)
    elif args.cmd == "merge":
        merge(args.a, args.b, args.out, args.seed)
    else:
        score(args.files)
    return 0


if __name__ == "__main__":
    sys.exit(main())
