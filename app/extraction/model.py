"""Result types of the extractor."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

HorizonSource = Literal["stated", "default"]


@dataclass(frozen=True)
class Quantity:
    """A number the claim commits to, e.g. ``2%`` -> value 2.0, unit "%"."""

    value: float
    unit: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "unit": self.unit, "text": self.text}


@dataclass(frozen=True)
class Candidate:
    """One reviewable forecast found in a text.

    ``text[start:end] == quote``; ``probability`` is the chance that ``claim`` as worded
    comes true, read from ``probability_phrase`` on ``scale``.
    """

    quote: str
    start: int
    end: int
    claim: str
    probability: float
    probability_phrase: str
    scale: str
    resolve_by: dt.date | None
    horizon_text: str | None
    horizon_source: HorizonSource
    forecaster: str
    actors: list[str] = field(default_factory=list)
    conditional: str | None = None
    quantity: Quantity | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "claim": self.claim,
            "probability": self.probability,
            "probability_phrase": self.probability_phrase,
            "scale": self.scale,
            "resolve_by": self.resolve_by.isoformat() if self.resolve_by else None,
            "horizon_text": self.horizon_text,
            "horizon_source": self.horizon_source,
            "forecaster": self.forecaster,
            "actors": list(self.actors),
            "conditional": self.conditional,
            "quantity": self.quantity.to_dict() if self.quantity else None,
        }
