"""The filters every dashboard page shares, read from and written back to the URL.

They use the names and meaning of `GET /v1/scores` (forecaster, publisher, tag,
made_from, made_to, verified_only), so a dashboard URL and an API call can be
swapped for one another. Empty form fields mean "no filter".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import datetime, time
from typing import Any
from urllib.parse import urlencode

from pydantic import TypeAdapter, ValidationError

from app.errors import Invalid
from app.scores.service import ScoreQuery
from app.types import Name, Tag, Timestamp

NAMES = ("forecaster", "publisher", "tag", "made_from", "made_to", "verified_only")

_name = TypeAdapter(Name)
_tag = TypeAdapter(Tag)
_time = TypeAdapter(Timestamp)
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"", "0", "false", "no", "off"}


@dataclass(frozen=True)
class Filters:
    forecaster: str | None = None
    publisher: str | None = None
    tag: str | None = None
    made_from: datetime | None = None
    made_to: datetime | None = None
    verified_only: bool = False

    @classmethod
    def parse(cls, params: Mapping[str, str]) -> Filters:
        """Read the filters from query parameters; a bad value is an `Invalid` error."""
        values: dict[str, Any] = {}
        for field, adapter in (("forecaster", _name), ("publisher", _name), ("tag", _tag)):
            raw = (params.get(field) or "").strip()
            if raw:
                values[field] = _check(adapter, raw, field)
        for field in ("made_from", "made_to"):
            raw = (params.get(field) or "").strip()
            if raw:
                values[field] = _check(_time, raw, field)
        flag = (params.get("verified_only") or "").strip().lower()
        if flag not in _TRUE | _FALSE:
            raise Invalid("verified_only must be true or false")
        values["verified_only"] = flag in _TRUE
        filters = cls(**values)
        if filters.made_from and filters.made_to and filters.made_from >= filters.made_to:
            raise Invalid("made_from must be before made_to")
        return filters

    def without(self, *names: str) -> Filters:
        blank: dict[str, Any] = {n: False if n == "verified_only" else None for n in names}
        return replace(self, **blank)

    def with_(self, **changes: Any) -> Filters:
        return replace(self, **changes)

    def pairs(self) -> list[tuple[str, str]]:
        """The active filters as query parameters, in a fixed order."""
        out: list[tuple[str, str]] = []
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None or value is False:
                continue
            out.append((f.name, _text(value)))
        return out

    def form_value(self, name: str) -> str:
        """What the filter form shows for one field ('' when unset)."""
        value = getattr(self, name)
        if value is None or value is False:
            return ""
        return _text(value)

    @property
    def active(self) -> bool:
        return bool(self.pairs())

    def describe(self) -> str:
        """A short human summary, for page subtitles and CSV comments."""
        parts = []
        if self.forecaster:
            parts.append(f"forecaster {self.forecaster}")
        if self.publisher:
            parts.append(f"publisher {self.publisher}")
        if self.tag:
            parts.append(f"tag {self.tag}")
        if self.made_from:
            parts.append(f"made on or after {self.form_value('made_from')}")
        if self.made_to:
            parts.append(f"made before {self.form_value('made_to')}")
        if self.verified_only:
            parts.append("recorded before the outcome was known")
        return ", ".join(parts) if parts else "all forecasts"

    def score_query(self, **changes: Any) -> ScoreQuery:
        query = ScoreQuery(
            forecaster=self.forecaster,
            tag=self.tag,
            publisher=self.publisher,
            made_from=self.made_from,
            made_to=self.made_to,
            verified_only=self.verified_only,
        )
        return replace(query, **changes)


def _check(adapter: TypeAdapter[Any], raw: str, field: str) -> Any:
    try:
        return adapter.validate_python(raw)
    except ValidationError as exc:
        reason = exc.errors()[0].get("msg", "invalid value")
        raise Invalid(f"{field}: {reason}") from None


def _text(value: Any) -> str:
    if value is True:
        return "true"
    if isinstance(value, datetime):
        if value.time() == time():
            return value.date().isoformat()
        return value.isoformat()
    return str(value)


def href(path: str, filters: Filters | None = None, **extra: Any) -> str:
    """`path` with the filters and any extra parameters (None and '' are left out)."""
    pairs: list[tuple[str, str]] = list(filters.pairs()) if filters else []
    for key, value in extra.items():
        if value is None or value == "" or value is False:
            continue
        pairs.extend((key, _text(v)) for v in _many(value))
    return f"{path}?{urlencode(pairs)}" if pairs else path


def _many(value: Any) -> Iterable[Any]:
    return value if isinstance(value, list | tuple) else (value,)
