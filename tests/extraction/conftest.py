from __future__ import annotations

import datetime as dt

import pytest

from app.extraction import Candidate, extract

PUB = dt.date(2019, 2, 28)


def run(text: str, **kw: object) -> list[Candidate]:
    kw.setdefault("published", PUB)
    kw.setdefault("publisher", "Stratfor")
    return extract(text, **kw)  # type: ignore[arg-type]


def one(text: str, **kw: object) -> Candidate:
    found = run(text, **kw)
    assert len(found) == 1, [c.quote for c in found]
    return found[0]


@pytest.fixture
def pub() -> dt.date:
    return PUB
