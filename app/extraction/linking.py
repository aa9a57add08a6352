"""Suggest which open questions a news event may resolve.

Scores each question against the event by shared actors, shared wording (TF-IDF cosine
over the question pool, light stemming) and tag words, then discounts questions whose
resolve-by date had already passed when the event happened.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .actors import actors_in, canonical

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
