"""Suggest which open questions a news event may resolve.

Scores each question against the event by shared actors, shared wording (TF-IDF cosine
over the question pool, light stemming) and tag words, then discounts questions whose
resolve-by date had already passed when the event happened.
"""

from __future__ import annotations

import datetime as dt
import math
import operator
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .actors import actors_in, canonical
from .quantity import SCALE

_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "and",
        "or",
        "but",
        "as",
        "with",
        "from",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "will",
        "would",
        "could",
        "may",
        "might",
        "should",
        "can",
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
        "not",
        "no",
        "yes",
        "if",
        "than",
        "then",
        "there",
        "their",
        "they",
        "he",
        "she",
        "his",
        "her",
        "we",
        "our",
        "you",
        "your",
        "i",
        "me",
        "my",
        "about",
        "after",
        "before",
        "over",
        "under",
        "into",
        "out",
        "up",
        "down",
        "off",
        "more",
        "most",
        "less",
        "least",
        "very",
        "just",
        "also",
        "only",
        "any",
        "all",
        "some",
        "such",
        "each",
        "per",
        "vs",
        "via",
        "new",
        "said",
        "says",
        "say",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "day",
        "days",
        "time",
        "first",
        "last",
        "next",
        "one",
        "two",
        "three",
        "which",
        "who",
        "what",
        "when",
        "where",
        "why",
        "how",
        "whether",
        "resolves",
        "resolve",
        "question",
        "announces",
        "announced",
        "reported",
        "reports",
        "report",
        "official",
        "officially",
    ]
)
_WEIGHTS = {"text": 0.5, "actors": 0.35, "tags": 0.15}
_LATE_FACTOR = 0.55
_THRESHOLD_BONUS = 0.12
_MISSED_FACTOR = 0.85
_EVER = re.compile(r"\b(?:before|by|any|ever|at\s+any\s+point)\b", re.IGNORECASE)
_PERIOD = re.compile(
    r"\b(?:q[1-4]|quarter|for\s+(?:the\s+)?(?:month|year|fiscal)|in\s+(?:january|february|march"
    r"|april|may|june|july|august|september|october|november|december)\b)",
    re.IGNORECASE,
)

# "below $60,000", "above $6 trillion", "more than 500,000", "at least 40%"
_NUMBER = (
    r"(?P<cur>[$£€])?\s?(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)\s?"
    r"(?P<scale>k|m|mn|bn|tn|thousand|million|billion|trillion)?\b\s?(?P<pct>%|per\s?cent)?"
)
_THRESHOLD = re.compile(
    r"\b(?P<dir>below|under|less\s+than|fewer\s+than|beneath|above|over|more\s+than|higher\s+than"
    r"|exceed|exceeds|at\s+least|at\s+or\s+above|at\s+or\s+below|no\s+more\s+than)\s+" + _NUMBER,
    re.IGNORECASE,
)
_ANY_NUMBER = re.compile(_NUMBER, re.IGNORECASE)
# calendar quarters written several ways count as one word: "April-June" is "q2"
_QUARTERS = [
    (re.compile(r"\b(?:q1|first[\s-]quarter|january[\s-]+(?:to[\s-]+)?march)\b", re.I), " q1 "),
    (re.compile(r"\b(?:q2|second[\s-]quarter|april[\s-]+(?:to[\s-]+)?june)\b", re.I), " q2 "),
    (re.compile(r"\b(?:q3|third[\s-]quarter|july[\s-]+(?:to[\s-]+)?september)\b", re.I), " q3 "),
    (
        re.compile(r"\b(?:q4|fourth[\s-]quarter|october[\s-]+(?:to[\s-]+)?december)\b", re.I),
        " q4 ",
    ),
]


def _value(m: re.Match[str]) -> tuple[float, str]:
    """A number and its kind ("%", "money" or "count"), scaled: "$6.2tn" -> 6.2e12."""
    value = float(m["num"].replace(",", "")) * SCALE.get((m["scale"] or "").lower(), 1.0)
    kind = "%" if m["pct"] else "money" if m["cur"] else "count"
    return value, kind


# how each threshold word compares the event's figure with the question's limit
_COMPARE: dict[str, Callable[[float, float], bool]] = {
    **dict.fromkeys(
        ("above", "over", "more than", "higher than", "exceed", "exceeds"), operator.gt
    ),
    **dict.fromkeys(("at least", "at or above"), operator.ge),
    **dict.fromkeys(("below", "under", "less than", "fewer than", "beneath"), operator.lt),
    **dict.fromkeys(("at or below", "no more than"), operator.le),
}


def _is_year(value: float, kind: str) -> bool:
    return kind == "count" and 1900 <= value <= 2100  # "before 2027" is a date


def _threshold_met(question: str, event: str) -> tuple[bool, str] | None:
    """Whether the event's figure meets the question's threshold, and why ("the event's
    $58,900 meets the question's 'below $60,000'"); None when no figure of the event is
    comparable (same kind, within a factor of three)."""
    figures = [(_value(m), m.group(0).strip()) for m in _ANY_NUMBER.finditer(event)]
    figures = [f for f in figures if not _is_year(*f[0])]
    missed: tuple[bool, str] | None = None
    for t in _THRESHOLD.finditer(question):
        (limit, kind), words = _value(t), " ".join(t.group(0).split())
        if _is_year(limit, kind):
            continue
        compare = _COMPARE[" ".join(t["dir"].lower().split())]
        for (value, vkind), text in figures:
            if vkind != kind or not limit / 3 <= value <= limit * 3:
                continue  # another quantity: "$5tn" says nothing of "above $150,000"
            if compare(value, limit):
                return True, f"the event's {text} meets the question's '{words}'"
            missed = missed or (False, f"the event's {text} does not meet the question's '{words}'")
    return missed


def _with_quarters(text: str) -> str:
    for pattern, word in _QUARTERS:
        text = pattern.sub(word, text)
    return text


@dataclass(frozen=True)
class Suggestion:
    question_id: str
    score: float
    reasons: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {"question_id": self.question_id, "score": self.score, "reasons": list(self.reasons)}


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _stem(word: str) -> str:
    for suffix in ("ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            return base + ("y" if suffix in {"ies", "ied"} else "")
    return word


def _terms(text: str) -> list[str]:
    text = _with_quarters(text)
    return [_stem(w) for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 1]


def _as_date(value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _actor_set(names: Iterable[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name in names:
        canon = canonical(name) or name
        out[canon.lower()] = canon
    return out


def rank_questions(event: Any, questions: Sequence[Any], limit: int = 10) -> list[Suggestion]:
    """Questions most likely to be resolved by ``event``, best first.

    ``event`` has title, description and occurred_at; each question has id, title,
    description, resolve_by, tags and optionally actors (mappings or objects).
    """
    if not questions:
        return []
    ev_title = str(_get(event, "title", "") or "")
    ev_text = f"{ev_title} {_get(event, 'description', '') or ''}"
    occurred = _as_date(_get(event, "occurred_at"))
    docs: list[list[str]] = []
    for q in questions:
        tags = " ".join(str(t) for t in (_get(q, "tags") or []))
        docs.append(_terms(f"{_get(q, 'title', '')} {_get(q, 'description', '')} {tags}"))
    ev_terms = _terms(ev_text) + _terms(ev_title)  # the headline counts twice
    df: Counter[str] = Counter()
    for d in docs:
        df.update(set(d))
    n_docs = len(docs) + 1

    def idf(term: str) -> float:
        return math.log((n_docs + 1) / (df.get(term, 0) + 1)) + 1.0

    def vector(terms: list[str]) -> dict[str, float]:
        counts = Counter(terms)
        return {t: (1 + math.log(c)) * idf(t) for t, c in counts.items()}

    ev_vec = vector(ev_terms)
    ev_norm = math.sqrt(sum(v * v for v in ev_vec.values())) or 1.0
    ev_actors = _actor_set(actors_in(ev_text))
    ev_words = set(ev_terms)
    results: list[Suggestion] = []
    for q, terms in zip(questions, docs, strict=True):
        q_vec = vector(terms)
        q_norm = math.sqrt(sum(v * v for v in q_vec.values())) or 1.0
        shared_terms = [t for t in q_vec if t in ev_vec]
        cosine = sum(ev_vec[t] * q_vec[t] for t in shared_terms) / (ev_norm * q_norm)
        q_text = f"{_get(q, 'title', '')} {_get(q, 'description', '')}"
        q_actors = _actor_set([*(_get(q, "actors") or []), *actors_in(q_text)])
        shared_actors = [q_actors[k] for k in q_actors if k in ev_actors]
        actor_score = len(shared_actors) / max(1, min(len(q_actors), 3)) if q_actors else 0.0
        q_tags = [str(t) for t in (_get(q, "tags") or [])]
        tag_hits = [t for t in q_tags if set(_terms(t)) and set(_terms(t)) <= ev_words]
        tag_score = len(tag_hits) / len(q_tags) if q_tags else 0.0
        score = (
            _WEIGHTS["text"] * min(1.0, cosine * 1.6)
            + _WEIGHTS["actors"] * min(1.0, actor_score)
            + _WEIGHTS["tags"] * tag_score
        )
        reasons: list[str] = []
        if shared_actors:
            reasons.append("shared actors: " + ", ".join(shared_actors))
        if shared_terms:
            top = sorted(shared_terms, key=lambda t: -ev_vec[t] * q_vec[t])[:5]
            reasons.append("shared wording: " + ", ".join(top))
        if tag_hits:
            reasons.append("matching tags: " + ", ".join(tag_hits))
        met = _threshold_met(q_text, ev_text) if shared_actors else None
        if met and met[0]:
            score += _THRESHOLD_BONUS
            reasons.append(met[1])
        elif met and _EVER.search(q_text) and not _PERIOD.search(q_text):
            # "above $7 trillion before 2026-12-31": a figure short of it leaves the question
            # open; a period question ("for Q2 2026") is settled either way
            score *= _MISSED_FACTOR
            reasons.append(met[1] + ", so it stays open")
        resolve_by = _as_date(_get(q, "resolve_by"))
        if occurred and resolve_by:
            if occurred <= resolve_by:
                reasons.append(f"event on {occurred} falls before resolve-by {resolve_by}")
            else:
                score *= _LATE_FACTOR
                reasons.append(f"event on {occurred} falls after resolve-by {resolve_by}")
        results.append(Suggestion(str(_get(q, "id")), round(min(1.0, score), 4), reasons))
    results.sort(key=lambda s: -s.score)
    return results[:limit]
