"""Numbers a claim commits to: percentages, money amounts and counted units."""

from __future__ import annotations

import re

from .model import Quantity

# number words and suffixes by what they multiply; the linker reads figures with them too
SCALE = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "bn": 1e9,
    "billion": 1e9,
    "tn": 1e12,
    "trillion": 1e12,
}
_CURRENCY = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY"}
_NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"
_PATTERN = re.compile(
    rf"(?P<cur>[$£€¥])\s?(?P<cv>{_NUMBER})\s?(?P<cs>bn|billion|mn|million|m|tn|trillion|k)?\b"
    rf"|(?P<pv>-?{_NUMBER})\s?(?P<pu>%|per\s?cent\b|percent\b|percentage\s+points?\b"
    rf"|basis\s+points?\b|bps\b)"
    rf"|(?P<nv>{_NUMBER})\s?(?P<ns>bn|billion|mn|million|m|tn|trillion|thousand)?\s+"
    rf"(?P<nu>(?:cubic\s+metres|cubic\s+meters|barrels(?:\s+a\s+day|\s+per\s+day)?|[a-z]+))\b",
    re.IGNORECASE,
)
_NOT_UNITS = frozenset(
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
        "than",
        "from",
        "per",
        "as",
        "with",
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "years",
        "year",
        "months",
        "month",
        "weeks",
        "week",
        "days",
        "day",
        "hours",
        "minutes",
        "times",
        "percent",
        "am",
        "pm",
        "st",
        "nd",
        "rd",
        "th",
        "quarter",
        "quarters",
        "times",
    ]
)
_YEARLIKE = re.compile(r"^(?:19|20)\d{2}$")
# "the 100m title", "the 4x100m quartet": metres of a race, not millions of anything
_RACE_WORDS = frozenset(
    re.findall(
        r"\S+",
        "title final race record gold silver bronze medal hurdles freestyle butterfly backstroke "
        "breaststroke medley relay sprint dash quartet squad team champion heat heats semi-final "
        "event runners runner swimmers",
    )
)


def find_quantity(text: str) -> Quantity | None:
    """The first quantity in ``text``; years, dates and bare counts of time are skipped."""
    for m in _PATTERN.finditer(text):
        if m["cur"]:
            value = _value(m["cv"]) * SCALE.get((m["cs"] or "").lower(), 1.0)
            return Quantity(value, _CURRENCY[m["cur"]], m.group(0).strip())
        if m["pv"]:
            unit = m["pu"].lower()
            if unit.startswith("percentage"):
                unit = "percentage points"
            elif unit in {"%", "percent"} or unit.startswith("per"):
                unit = "%"
            else:
                unit = "basis points"
            return Quantity(_value(m["pv"]), unit, m.group(0).strip())
        raw, noun = m["nv"], m["nu"].lower()
        if _YEARLIKE.match(raw) and not m["ns"]:
            continue
        if noun in _NOT_UNITS and not m["ns"]:
            continue
        if m["ns"] == "m" and noun in _RACE_WORDS:
            continue
        value = _value(raw) * SCALE.get((m["ns"] or "").lower(), 1.0)
        return Quantity(value, re.sub(r"\s+", " ", noun), m.group(0).strip())
    return None


def _value(raw: str) -> float:
    return float(raw.replace(",", ""))
