from __future__ import annotations

import datetime as dt

import pytest

from app.extraction.horizon import find_horizons, pick

PUB = dt.date(2019, 2, 28)  # a Thursday


def when(text: str, pub: dt.date = PUB) -> dt.date | None:
    h = pick(find_horizons(text, pub))
    return h.date if h else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("within a month", dt.date(2019, 3, 28)),
        ("within the next month", dt.date(2019, 3, 28)),
        ("in the coming days and weeks", dt.date(2019, 3, 28)),
        ("in the coming days", dt.date(2019, 3, 7)),
        ("in the coming weeks", dt.date(2019, 4, 11)),
        ("in the coming months", dt.date(2019, 8, 28)),
        ("throughout the year", dt.date(2019, 12, 31)),
        ("this year", dt.date(2019, 12, 31)),
        ("later this year", dt.date(2019, 12, 31)),
        ("next year", dt.date(2020, 12, 31)),
        ("by the end of 2021", dt.date(2021, 12, 31)),
        ("by the end of the year", dt.date(2019, 12, 31)),
        ("over the next 12-18 months", dt.date(2020, 8, 28)),
        ("within three years", dt.date(2022, 2, 28)),
        ("next quarter", dt.date(2019, 6, 30)),
        ("this quarter", dt.date(2019, 3, 31)),
        ("in the third quarter", dt.date(2019, 9, 30)),
        ("the second half of 2020", dt.date(2020, 12, 31)),
        ("before the second half of 2020", dt.date(2020, 6, 30)),
        ("next week", dt.date(2019, 3, 10)),
        ("next month", dt.date(2019, 3, 31)),
        ("by March", dt.date(2019, 3, 31)),
        ("by January", dt.date(2020, 1, 31)),
        ("by March 2021", dt.date(2021, 3, 31)),
        ("on December 7", dt.date(2019, 12, 7)),
        ("until March 2", dt.date(2019, 3, 2)),
        ("in 2021", dt.date(2021, 12, 31)),
        ("before 2026", dt.date(2025, 12, 31)),
        ("by mid-2020", dt.date(2020, 6, 30)),
        ("until at least the summer", dt.date(2019, 8, 31)),
        ("before midyear", dt.date(2019, 6, 30)),
        ("on Friday", dt.date(2019, 3, 1)),
        ("by Christmas", dt.date(2019, 12, 25)),
    ],
)
def test_families(text: str, expected: dt.date) -> None:
    assert when(f"Growth will slow {text}.") == expected


def test_undated_event_has_no_date_but_keeps_words() -> None:
    found = find_horizons("The party will split before the election.", PUB)
    assert found
    assert found[0].date is None
    assert "before the election" in found[0].text


def test_past_years_and_levels_are_ignored() -> None:
    assert when("a return to the standoff of 2017") is None
    assert when("rates will not return to November levels") is None
    assert when("prices may fall sharply") is None  # "may" the modal, "fall" the verb


def test_compound_claims_resolve_at_the_latest_date() -> None:
    assert when("growth of 0.6% this year and 0.9% in 2020") == dt.date(2020, 12, 31)
