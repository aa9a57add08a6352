# ruff: noqa: RUF001  (typographic quotes are normalised on purpose)
"""Optional backend: ask an OpenAI-compatible chat endpoint for the forecasts in a text.

Never used unless the caller asks for it (``extract(..., backend="llm", llm=LLMConfig(...))``
or ``extract_llm``); nothing here runs on import and no key is read from anywhere but the
caller's config. The model only proposes quotes, claims, phrases and forecasters; we keep
the parts that can be checked:

* every quote must occur in the text; offsets are computed here, and quotes that cannot be
  found (after folding typographic quotes and whitespace) are dropped and counted;
* the probability comes from the returned estimative phrase read on the same scale as the
  rule backend, never from a number the model makes up; unreadable phrases are dropped
  and counted;
* horizons, actors and quantities are computed by the same code as the rule backend.

Network failures, timeouts, HTTP errors and answers that are not the JSON asked for raise
``LLMError`` with a message that says which.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any

import httpx

from . import lexicon_words as lw
from .actors import NameIndex, actors_in
from .horizon import find_horizons, pick
from .model import Candidate
from .quantity import find_quantity
from .scales import Reading, Scale, load_scale

SYSTEM_PROMPT = """You extract forecasts from news and analysis articles.
A forecast is a claim about the future that someone commits to with some likelihood, stated
by the publisher or attributed to a speaker ("analysts expect", "X said ... would",
"according to X"). Do NOT return: reports of the past, present-tense facts, "it remains to be
seen", questions, pledges and intentions (a speaker's or an organisation's own plans, including
a company or government announcing what it will do), schedules stated as fact, descriptions
of what a law or plan provides, hypothetical "would", boilerplate (captions, copyright,
navigation, editor's notes). Return each forecast once.

Answer with one JSON object and nothing else:
{"forecasts": [{"quote": "...", "claim": "...", "probability_phrase": "...",
  "forecaster": "...", "horizon": "..."}]}
- quote: copied exactly, character for character, from the article (one clause or sentence).
- claim: the forecast restated as "X will ..."; if the text says "X is unlikely to happen"
  the claim is "X will happen" (the phrase carries the low likelihood); keep explicit
  negations such as "there will not be X".
- probability_phrase: the estimative words exactly as written ("will", "is likely to",
  "could", "almost certainly", "expects", "a 55% chance").
- forecaster: the person or organisation who makes the forecast; the publisher when the
  article itself says it.
- horizon: the words that say by when ("by the end of 2025", "within weeks"), or "".
"""

_FENCE = re.compile(r"^\s*```(?:json)?\s*|\s*```\s*$", re.IGNORECASE)
_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "—": "-", "–": "-"})
_FILLER = lw._words("is are was were be been being am it that there to a an the of 's 're")
_NEGATORS = frozenset({"not", "n't", "never", "no"})
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)")
_VERB_FORMS = {
    "forecasts": "expect",
    "forecast": "expect",
    "predicts": "expect",
    "predicted": "expect",
    "predict": "expect",
    "projects": "expect",
    "projected": "expect",
    "sees": "expect",
    "poised": "set to",
    "set": "set to",
    "tipped": "set to",
}
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|n't|\d+(?:\.\d+)?%?")


class LLMError(RuntimeError):
    """The endpoint could not be reached in time or did not answer as asked."""


@dataclass(frozen=True)
class LLMConfig:
    """Where and how to ask. ``base_url`` is the API root, e.g. ``http://127.0.0.1:8080/v1``."""

    base_url: str
    model: str
    api_key: str | None = None
    timeout: float = 60.0
    max_chars: int = 60_000
    temperature: float = 0.0
    json_mode: bool = True  # send response_format=json_object; some servers refuse it


@dataclass
class LLMResult:
    candidates: list[Candidate]
    unfound_quotes: int = 0  # quotes the model returned that are not in the text
    unreadable: int = 0  # items without a quote or with a phrase no scale row matches
    raw: list[dict[str, Any]] = field(default_factory=list)


def extract_llm(
    text: str,
    *,
    published: dt.date,
    publisher: str,
    config: LLMConfig,
    scale: str | Scale = "icd203",
    default_horizon_days: int = 365,
    client: httpx.Client | None = None,
) -> LLMResult:
    """Forecast candidates proposed by the model and checked against ``text``."""
    scale_obj = load_scale(scale)
    items = _ask(text, published, publisher, config, client)
    result = LLMResult(candidates=[], raw=items)
    names = NameIndex(text)
    seen: set[tuple[int, int]] = set()
    for item in items:
        quote = item.get("quote")
        phrase = item.get("probability_phrase")
        if not isinstance(quote, str) or not quote.strip() or not isinstance(phrase, str):
            result.unreadable += 1
            continue
        span = locate(text, quote)
        if span is None:
            result.unfound_quotes += 1
            continue
        reading = read_phrase(phrase, scale_obj)
        if reading is None:
            result.unreadable += 1
            continue
        if span in seen:
            continue
        seen.add(span)
        start, end = span
        found = text[start:end]
        given = item.get("claim")
        claim = (given if isinstance(given, str) and given.strip() else found).strip()
        horizon_words = item.get("horizon") if isinstance(item.get("horizon"), str) else ""
        hz = pick(find_horizons(f"{found} {horizon_words}", published))
        horizon_text: str | None
        if hz is not None and hz.date is not None:
            resolve_by, horizon_text, source = hz.date, hz.text, "stated"
        else:
            resolve_by = published + dt.timedelta(days=default_horizon_days)
            horizon_text, source = (hz.text if hz else None), "default"
        who = item.get("forecaster")
        forecaster = who.strip() if isinstance(who, str) and who.strip() else publisher
        result.candidates.append(
            Candidate(
                quote=found,
                start=start,
                end=end,
                claim=claim,
                probability=reading.p,
                probability_phrase=reading.phrase,
                scale=scale_obj.name,
                resolve_by=resolve_by,
                horizon_text=horizon_text,
                horizon_source=source,  # type: ignore[arg-type]
                forecaster=forecaster,
                actors=actors_in(claim, names),
                quantity=find_quantity(claim),
            )
        )
    result.candidates.sort(key=lambda c: c.start)
    return result


def _ask(
    text: str,
    published: dt.date,
    publisher: str,
    config: LLMConfig,
    client: httpx.Client | None,
) -> list[dict[str, Any]]:
    body: dict[str, Any] = {
        "model": config.model,
        "temperature": config.temperature,
        "messages": [
            {"role": "system", "content": SYSTEM_PROMPT},
            {
                "role": "user",
                "content": f"Publisher: {publisher}\nPublished: {published.isoformat()}\n\n"
                f"Article:\n{text[: config.max_chars]}",
            },
        ],
    }
    if config.json_mode:
        body["response_format"] = {"type": "json_object"}
    headers = {"Authorization": f"Bearer {config.api_key}"} if config.api_key else {}
    url = config.base_url.rstrip("/") + "/chat/completions"
    own = client is None
    http = client or httpx.Client(timeout=config.timeout)
    try:
        response = http.post(url, json=body, headers=headers, timeout=config.timeout)
    except httpx.TimeoutException as exc:
        raise LLMError(f"no answer from {url} within {config.timeout:g} s") from exc
    except httpx.HTTPError as exc:
        raise LLMError(f"could not reach {url}: {exc}") from exc
    finally:
        if own:
            http.close()
    if response.status_code != 200:
        raise LLMError(f"{url} answered HTTP {response.status_code}: {response.text[:200]}")
    try:
        content = response.json()["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise LLMError("the answer is not a chat completion") from exc
    return parse_answer(content)


def parse_answer(content: Any) -> list[dict[str, Any]]:
    """The list of forecast objects in a model's answer, or LLMError."""
    if not isinstance(content, str):
        raise LLMError("the completion has no text content")
    try:
        data = json.loads(_FENCE.sub("", content))
    except ValueError as exc:
        raise LLMError(f"the model did not answer with JSON: {content[:120]!r}") from exc
    items = data.get("forecasts") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise LLMError('the JSON answer has no "forecasts" list')
    return [i for i in items if isinstance(i, dict)]


def locate(text: str, quote: str) -> tuple[int, int] | None:
    """Offsets of ``quote`` in ``text``: exact, else with quotes, dashes and spaces folded."""
    quote = quote.strip()
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    folded_text, index = _fold_with_index(text)
    folded_quote, _ = _fold_with_index(quote)
    folded_quote = folded_quote.strip().rstrip(".")
    if len(folded_quote) < 12:
        return None  # too short to place safely
    at = folded_text.find(folded_quote)
    if at < 0:
        return None
    return index[at], index[at + len(folded_quote) - 1] + 1


def _fold_with_index(text: str) -> tuple[str, list[int]]:
    """Lower case, typographic marks folded, whitespace runs collapsed; with the offset in
    ``text`` of every character kept."""
    out: list[str] = []
    index: list[int] = []
    space = False
    for i, ch in enumerate(text.translate(_FOLD).lower()):
        if ch.isspace():
            if not space and out:
                out.append(" ")
                index.append(i)
            space = True
            continue
        space = False
        out.append(ch)
        index.append(i)
    return "".join(out), index


def read_phrase(phrase: str, scale: Scale) -> Reading | None:
    """Read an estimative phrase as written ("is very unlikely to", "won't", "a 40% chance")
    on ``scale``: numbers are taken at face value, words go through the scale's rows."""
    low = phrase.translate(_FOLD).lower().strip()
    pct = _PERCENT.search(low)
    if pct:
        p = min(0.99, max(0.01, float(pct.group(1)) / 100))
        return Reading(p, p, p, f"{pct.group(1)}%")
    words = _WORD.findall(low.replace("won't", "will n't").replace("cannot", "can n't"))
    negated = False
    kept: list[str] = []
    for w in words:
        if w in _NEGATORS and not (w == "no" and "chance" in words):
            negated = not negated
        elif w not in _FILLER:
            kept.append(w)
    if not kept:
        return None
    kept = [lw.HEDGES.get(w, _VERB_FORMS.get(w, w)) for w in kept]
    if all(w in lw.MODALS or w == "going" for w in kept):
        # "won't", "will not": the claim keeps its "not" (README, negation convention)
        negated = False
        kept = ["going to" if w == "going" else w for w in kept]
    whole = " ".join(kept)
    if scale.find(whole) is not None:
        return scale.read(whole, negated=negated)
    mods = tuple(w for w in kept[:-1] if w in scale.modifiers)
    rest = [w for w in kept if w not in mods]
    for size in range(len(rest), 0, -1):
        for i in range(len(rest) - size + 1):
            core = " ".join(rest[i : i + size])
            reading = scale.read(core, mods, negated=negated) if scale.find(core) else None
            if reading is not None:
                return reading
    return None
