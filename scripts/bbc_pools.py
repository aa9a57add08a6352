"""The tuning / evaluation split of the BBC corpus (/work/shared/corpus/bbc).

Rules may be read and tuned on the tuning pool freely. The evaluation pool is only sampled
for the final measurement (scripts/bbc_review.py sample --pool evaluation, and the hand-
labelled recall articles in tests/extraction/fixtures/bbc_gold/); nobody reads its
extractor output while changing rules. The split is by file number so that it is stable
and needs no list:

    tuning:     business/001-250, politics/001-200
    evaluation: business/251-510, politics/201-417
"""

from __future__ import annotations

import json
from pathlib import Path

CORPUS = Path("/work/shared/corpus/bbc")
FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "extraction" / "fixtures"
TUNING_LAST = {"business": 250, "politics": 200}
SECTIONS = tuple(TUNING_LAST)


def pool_of(rel: str | Path) -> str:
    """ "tuning" or "evaluation" for a path relative to the corpus, e.g. business/014.txt."""
    path = Path(rel)
    section = path.parent.name
    if section not in TUNING_LAST:
        raise ValueError(f"not a business/politics corpus path: {rel}")
    return "tuning" if int(path.stem) <= TUNING_LAST[section] else "evaluation"


def files(pool: str, section: str | None = None) -> list[Path]:
    out: list[Path] = []
    for sec in (section,) if section else SECTIONS:
        out.extend(
            p for p in sorted((CORPUS / sec).glob("*.txt")) if pool_of(f"{sec}/{p.name}") == pool
        )
    return out


def used_evaluation_articles(include_fresh: bool = False) -> set[str]:
    """Evaluation-pool articles already used for a measurement (or glimpsed during
    development): fresh samples must leave them out. With ``include_fresh`` the fresh
    sets of round 3 on (fixtures/eval*/) count as used too."""
    used: set[str] = set()
    for name in ("bbc_eval.json", "bbc_review.json"):
        used.update(str(e["path"]) for e in json.loads((FIXTURES / name).read_text()))
    for gold in (FIXTURES / "bbc_gold").glob("*.gold.json"):
        used.add(json.loads(gold.read_text())["document"].removeprefix("corpus/bbc/"))
    seen = FIXTURES / "eval3" / "seen_during_development.txt"
    used.update(
        line.strip() for line in seen.read_text().splitlines() if line.strip() and line[0] != "#"
    )
    if include_fresh:
        for gold in FIXTURES.glob("eval*/bbc_gold/*.gold.json"):
            used.add(json.loads(gold.read_text())["document"].removeprefix("corpus/bbc/"))
        for judged in FIXTURES.glob("eval*/bbc_candidates_judged.json"):
            used.update(str(e["path"]) for e in json.loads(judged.read_text()))
    return {u for u in used if pool_of(u) == "evaluation"}


def _opening(path: Path) -> str:
    """The first 25 words after the headline, case and spacing folded: the corpus holds some
    articles twice, whole or cut short (politics/321 = politics/217)."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    body = " ".join(lines[1:]).lower().split()
    return " ".join(body[:25])


def with_duplicates(used: set[str]) -> set[str]:
    """``used`` plus every corpus article that opens like one of them or like a tuning-pool
    article (trained on), so that a fresh sample holds no article seen in another file."""
    keys: dict[str, set[str]] = {}
    for sec in SECTIONS:
        for path in sorted((CORPUS / sec).glob("*.txt")):
            keys.setdefault(_opening(path), set()).add(f"{sec}/{path.name}")
    out = set(used)
    for group in keys.values():
        if len(group) > 1 and (group & used or any(pool_of(g) == "tuning" for g in group)):
            out |= group
    return out
