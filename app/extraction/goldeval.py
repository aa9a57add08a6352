# ruff: noqa: RUF001  (typographic quotes and dashes are matched on purpose)
"""Score the extractor in-process against gold files (same conventions as the shared
scorer: quotes match by containment or word overlap; probability, horizon and forecaster
are checked on the first candidate matching each required forecast)."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .rules import extract

_QUOTE_MAP = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "—": " ", "–": " "})


def split_round(split: str) -> int:
    """The round a gold split was written for: "final17" -> 17, "final4-seen" -> 4; the
    first sets ("dev", "heldout", "final") -> 0."""
    digits = re.search(r"\d+", split)
    return int(digits.group(0)) if digits else 0


def gold_splits(gold_dir: Path) -> list[str]:
    """Every split the gold files in ``gold_dir`` name, oldest round first."""
    names = {json.loads(p.read_text(encoding="utf-8"))["split"] for p in gold_dir.glob("*.json")}
    return sorted(names, key=lambda s: (split_round(s), s))


def normalise(text: str) -> str:
    text = re.sub(r"[^a-z0-9' ]+", " ", text.translate(_QUOTE_MAP).lower())
    return " ".join(text.split())


def same_forecast(gold: str, found: str) -> bool:
    g, f = normalise(gold), normalise(found)
    if not g or not f:
        return False
    if g in f or (f in g and len(f.split()) >= 5):
        return True
    gw, fw = set(g.split()), set(f.split())
    common = len(gw & fw)
    return common / len(gw) >= 0.6 and common / len(fw) >= 0.3


@dataclass
class Tally:
    extracted: int = 0
    matched: int = 0
    required: int = 0
    found: int = 0
    duplicates: int = 0
    prob_ok: int = 0
    prob_n: int = 0
    hz_ok: int = 0
    hz_n: int = 0
    who_ok: int = 0
    who_n: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in (
            "extracted",
            "matched",
            "required",
            "found",
            "duplicates",
            "prob_ok",
            "prob_n",
            "hz_ok",
            "hz_n",
            "who_ok",
            "who_n",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses
        self.extras += other.extras
        self.wrong += other.wrong

    def rates(self) -> dict[str, float]:
        def r(a: int, b: int) -> float:
            return a / b if b else 1.0

        return {
            "recall": r(self.found, self.required),
            "precision": r(self.matched, self.extracted),
            "probability": r(self.prob_ok, self.prob_n),
            "horizon": r(self.hz_ok, self.hz_n),
            "forecaster": r(self.who_ok, self.who_n),
        }

    def summary(self) -> str:
        rates = " ".join(f"{k}={v:.2f}" for k, v in self.rates().items())
        return f"{rates} duplicates={self.duplicates}"


def score_items(gold: dict[str, Any], items: list[dict[str, Any]]) -> Tally:
    golds = gold["forecasts"]
    hits: dict[int, list[dict[str, Any]]] = {}
    t = Tally(extracted=len(items))
    for item in items:
        idx = [i for i, g in enumerate(golds) if same_forecast(g["quote"], str(item["quote"]))]
        for i in idx:
            hits.setdefault(i, []).append(item)
        if idx:
            t.matched += 1
        else:
            t.extras.append(str(item["quote"]))
    for i, g in enumerate(golds):
        if not g.get("required"):
            continue
        t.required += 1
        if i not in hits:
            t.misses.append(g["quote"])
            continue
        t.found += 1
        item = hits[i][0]
        if "p_min" in g:
            t.prob_n += 1
            p = item.get("probability")
            ok = isinstance(p, (int, float)) and g["p_min"] - 1e-9 <= p <= g["p_max"] + 1e-9
            t.prob_ok += ok
            if not ok:
                t.wrong.append(f"probability {p} not in [{g['p_min']}, {g['p_max']}]: {g['quote']}")
        if g.get("resolve_by"):
            t.hz_n += 1
            want = dt.date.fromisoformat(g["resolve_by"])
            got = item.get("resolve_by")
            ok = bool(got) and abs((dt.date.fromisoformat(str(got)[:10]) - want).days) <= g.get(
                "tolerance_days", 0
            )
            t.hz_ok += ok
            if not ok:
                t.wrong.append(f"horizon {got} vs {want}: {g['quote']}")
        if g.get("forecaster"):
            t.who_n += 1
            names = g["forecaster"] if isinstance(g["forecaster"], list) else [g["forecaster"]]
            ok = any(normalise(n) in normalise(str(item.get("forecaster") or "")) for n in names)
            t.who_ok += ok
            if not ok:
                t.wrong.append(f"forecaster {item.get('forecaster')!r} vs {names}: {g['quote']}")
    t.duplicates = sum(len(v) - 1 for v in hits.values())
    return t


def score_file(path: Path, root: Path) -> Tally:
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (root / gold["document"]).read_text(encoding="utf-8")
    found = extract(
        text,
        published=dt.date.fromisoformat(gold["published"]),
        publisher=gold.get("publisher", ""),
    )
    return score_items(gold, [c.to_dict() for c in found])
