"""Annotated field types shared by the request schemas."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, ConfigDict, Field, StringConstraints

# Request bodies refuse unknown fields so that a typo is an error, not a silent no-op.
STRICT = ConfigDict(extra="forbid", str_strip_whitespace=True)

TAG_RE = re.compile(r"^[a-z0-9][a-z0-9 _.:/-]{0,63}$")


def _as_utc(value: Any) -> Any:
    # A bare date means midnight UTC; a time without zone is read as UTC.
    if isinstance(value, date) and not isinstance(value, datetime):
        return datetime.combine(value, time(), UTC)
    if isinstance(value, str) and len(value) == 10:
        try:
            return datetime.combine(date.fromisoformat(value), time(), UTC)
        except ValueError:
            return value
    return value


def _aware(value: datetime) -> datetime:
    try:
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    except OverflowError:
        # 0001-01-01T00:00+01:00 has no UTC equivalent; a 422, not a crash.
        raise ValueError("the time is out of range once converted to UTC") from None


def _no_nul(value: str) -> str:
    # PostgreSQL cannot store NUL in text; refuse it on every backend alike.
    if "\x00" in value:
        raise ValueError("text may not contain NUL characters")
    return value


Timestamp = Annotated[datetime, BeforeValidator(_as_utc), AfterValidator(_aware)]

Probability = Annotated[
    float, Field(ge=0.0, le=1.0, allow_inf_nan=False, description="Probability of 'yes', 0-1.")
]


def _tag(value: str) -> str:
    tag = " ".join(value.casefold().split())
    if not TAG_RE.match(tag):
        raise ValueError(
            "tags are 1-64 characters of letters, digits, space and _ . : / -, "
            "starting with a letter or digit"
        )
    return tag


Tag = Annotated[str, AfterValidator(_tag)]
Name = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=200),
    AfterValidator(_no_nul),
]
Title = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=500),
    AfterValidator(_no_nul),
]
LongText = Annotated[str, StringConstraints(max_length=20_000), AfterValidator(_no_nul)]
ShortText = Annotated[str, StringConstraints(max_length=200), AfterValidator(_no_nul)]
Url = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=2000, pattern=r"^https?://[^\s]+$"),
]

MAX_ID = 2**63 - 1
# Ids out of the database's integer range are a 422, not a driver overflow.
Id = Annotated[int, Field(ge=1, le=MAX_ID)]
