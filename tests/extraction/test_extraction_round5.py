"""Round-5 readings: scare quotes, "I'd be surprised if", "face ... this summer", asides,
role appositives, reporting verbs before "it was likely that" / "there was a chance"."""

from __future__ import annotations

import pytest

from .conftest import run


def _only(text: str) -> tuple[str, str, float, str]:
    found = run(text, filter="none")
    assert len(found) == 1, [c.quote for c in found]
    c = found[0]
    return c.claim, c.forecaster, c.probability, c.probability_phrase


def test_scare_quoted_estimate_is_read_through_the_quotes() -> None:
    claim, who, p, phrase = _only(
        'Rachael Maskell, the York Central MP, said the government was "very likely to lose" '
        "the vote."
    )
    assert claim == "The government will lose the vote"
    assert who == "Rachael Maskell"
    assert phrase == "very likely"
    assert 0.8 <= p <= 0.95


def test_better_than_even_chance_sits_above_even() -> None:
    _, who, p, phrase = _only(
        'Ms Hart said there was "a better than even chance" of an agreement by the end of '
        "the month."
    )
    assert who == "Hart"
    assert phrase == "better than even"
    assert 0.5 < p < 0.7


def test_reporting_verb_before_it_was_unlikely_names_the_speaker() -> None:
    claim, who, p, _ = _only(
        "Mr Wild said it was very unlikely that the first trains would run before 2033."
    )
    assert who == "Wild"
    assert claim == "The first trains will run before 2033"
    assert p < 0.2


@pytest.mark.parametrize(
    ("text", "claim", "low", "high"),
    [
        (
            "I'd be surprised if fares didn't go up again next year.",
            "Fares will go up again next year",
            0.8,
            0.95,
        ),
        (
            "I would be very surprised if the bank cut rates in March.",
            "The bank will cut rates in March",
            0.05,
            0.2,
        ),
        (
            "She said she wouldn't be surprised if the pound fell below $1.20.",
            "The pound will fall below $1.20",
            0.4,
            0.6,
        ),
    ],
)
def test_surprise_idiom(text: str, claim: str, low: float, high: float) -> None:
    got, _, p, _ = _only(text)
    assert got == claim
    assert low <= p <= high


def test_was_surprised_is_not_a_forecast() -> None:
    assert run("He was surprised when the shares fell.", filter="none") == []


def test_face_with_a_time_ahead_is_a_forecast() -> None:
    claim, who, p, _ = _only(
        "Millions of households face a hosepipe ban this summer, water companies have warned."
    )
    assert claim == "Millions of households will face a hosepipe ban this summer"
    assert who == "water companies"
    assert p >= 0.7


def test_face_without_a_time_ahead_is_not() -> None:
    assert run("The firm faces questions over its accounts.", filter="none") == []


def test_expect_it_to() -> None:
    found = run(
        "The euro rose on Monday. Analysts at Deutsche Bank expect it to reach $1.20 by the "
        "end of the year.",
        filter="none",
    )
    assert [c.forecaster for c in found] == ["Analysts at Deutsche Bank"]


def test_relative_aside_is_skipped_and_left_out_of_the_claim() -> None:
    claim, _, _, _ = _only(
        "Demand for defibrillators, which shock the heart when a fault is detected, is "
        "expected to increase."
    )
    assert claim == "Demand for defibrillators will increase"


def test_and_inside_an_organisation_name() -> None:
    _, who, _, _ = _only(
        "Hydrologists at the UK Centre for Ecology and Hydrology expect river flows to stay "
        "below normal until September."
    )
    assert who == "UK Centre for Ecology and Hydrology"


def test_will_mean_is_an_effect_not_an_intention() -> None:
    claim, _, _, _ = _only("The merger will mean higher prices for consumers.")
    assert claim == "The merger will mean higher prices for consumers"
