"""Round 4: who a forecast is attributed to, and the cues added for news register.

Attribution is checked on every proposal (``filter="none"``), so these tests are about the
rules, not the learned filter's verdict."""

from __future__ import annotations

import pytest

from app.extraction import Candidate

from .conftest import run


def who(text: str, quote_part: str) -> str:
    found = [c for c in run(text, filter="none", publisher="Daily") if quote_part in c.quote]
    assert found, [c.quote for c in run(text, filter="none", publisher="Daily")]
    return found[0].forecaster


def cand(text: str, quote_part: str) -> Candidate:
    found = [c for c in run(text, filter="none", publisher="Daily") if quote_part in c.quote]
    assert found, [c.quote for c in run(text, filter="none", publisher="Daily")]
    return found[0]


@pytest.mark.parametrize(
    ("text", "part", "expected"),
    [
        # a conjunction before a name does not hide the person from "he" / "she"
        (
            "Priya Natarajan said margins would improve. But Tom Ashby, retail analyst at "
            "Fenwick Research, was more cautious. He said the price war was likely to intensify.",
            "price war",
            "Tom Ashby",
        ),
        # titles before a name are not the name
        (
            "Transport Secretary Mark Halloran dismissed the pledge. He predicted that the party "
            "would drop the idea before polling day.",
            "drop the idea",
            "Mark Halloran",
        ),
        (
            "Polling expert Professor Sir John Curtice was cautious. He said turnout would "
            "probably be low.",
            "turnout",
            "John Curtice",
        ),
        # the employer after "a partner at the Berlin firm" is not the person
        (
            '"Regulators are slow," said Katrin Vogel, a partner at the Berlin firm Vogel Lind. '
            "She thinks the first large penalty will fall on a social media company.",
            "first large penalty",
            "Katrin Vogel",
        ),
        # a pronoun in reported speech is the speaker earlier in the same sentence
        (
            "Ian Brown spoke earlier. Investec chief economist Philip Shaw said he did not expect "
            "the figures to have any effect on interest rates.",
            "interest rates",
            "Philip Shaw",
        ),
        (
            "Michael Howard spoke first. BNP leader Nick Griffin told the Independent he expected "
            "some BNP voters to switch to the Tories.",
            "switch to the Tories",
            "Nick Griffin",
        ),
        (
            "Jamie Kerr at broker Finlay Shaw expects earnings to fall by 4% in 2019, and he said "
            "the dividend is unlikely to grow this year.",
            "dividend",
            "Jamie Kerr",
        ),
        # "it" / "they" / "one" across sentences: the last subject that can be one
        (
            "Christian Aid has called on firms not to cut and run. It added that many sacked "
            "workers could end up in far worse jobs.",
            "far worse jobs",
            "Christian Aid",
        ),
        (
            "Ms Marsh expects rates to end 2025 at 3.75%. Her colleagues in the rates team are "
            "less sure. They think the Bank will cut only three more times this year.",
            "three more times",
            "rates team",
        ),
        (
            'Diplomats involved in the talks told us they expect little progress: "Neither side '
            'thinks it is losing, so neither side will compromise," one said.',
            "neither side will compromise",
            "Diplomats",
        ),
        (
            "The International Air Transport Association (IATA) has forecast that airlines will "
            "lose $5bn this year, although it said the losses would narrow in 2006.",
            "losses would narrow",
            "International Air Transport Association",
        ),
        # an appositive that describes the name does not replace it
        (
            "Caledon Breweries, the maker of Highland Gold lager, said profits would be flat "
            "this year.",
            "flat",
            "Caledon Breweries",
        ),
        (
            "Sarah Okafor, an analyst at Deverill Research, said the shortage was likely to ease.",
            "shortage",
            "Sarah Okafor",
        ),
        (
            "The King's Fund, a health think tank, estimates that waiting lists will peak at "
            "about 7.9 million next spring.",
            "waiting lists",
            "King's Fund",
        ),
        # a speaker with an appositive after a quote
        (
            '"The losers will be the most vulnerable workers," Andrew Pendleton, Christian '
            "Aid's head of trade policy, said.",
            "losers",
            "Andrew Pendleton",
        ),
        # the body that made the outlook or model
        (
            "The Met Office said May had started drier, and its long-range outlook gives a 60% "
            "chance of a warmer than average summer.",
            "60% chance",
            "Met Office",
        ),
        (
            "Data firm Opta's model gives them a 31% chance of going up automatically.",
            "31% chance",
            "Opta",
        ),
        ("Bookmakers give Labour a 70% chance of winning the seat.", "70% chance", "Bookmakers"),
    ],
)
def test_forecaster(text: str, part: str, expected: str) -> None:
    assert expected in who(text, part)


def test_dummy_it_stays_with_the_publisher() -> None:
    text = "Acme said sales fell. It is expected that prices will rise next year."
    assert who(text, "prices will rise") == "Daily"


def test_it_without_an_organisation_before_stays_with_the_publisher() -> None:
    assert who("It said prices would rise next year.", "prices would rise") == "Daily"


def test_a_clause_before_a_forecast_noun_is_not_a_speaker() -> None:
    text = "Profits came in below an earlier forecast of £450m. It said costs would rise."
    assert who(text, "costs would rise") == "Daily"


@pytest.mark.parametrize(
    ("text", "part", "speaker", "low", "high"),
    [
        # "there is a good chance X will" without "that"
        (
            "There is a good chance the government will miss its target.",
            "government will miss",
            "Daily",
            0.55,
            0.8,
        ),
        (
            "There was a real risk the talks would collapse.",
            "talks would collapse",
            "Daily",
            0.4,
            0.6,
        ),
        # "on course for" + noun phrase
        (
            "Qantas is on course this year for an even greater profit.",
            "greater profit",
            "Daily",
            0.7,
            0.95,
        ),
        # a forecast carried by a noun, with its owner
        ("The IMF has a forecast of 2% growth for 2006.", "2% growth", "IMF", 0.55, 0.85),
        (
            "The Treasury stuck to its forecast of 2.5% growth in 2005.",
            "2.5% growth",
            "Treasury",
            0.55,
            0.85,
        ),
        (
            "The CBI forecast of 2.5% growth for 2005 was unchanged.",
            "2.5% growth",
            "CBI",
            0.55,
            0.85,
        ),
    ],
)
def test_news_cues(text: str, part: str, speaker: str, low: float, high: float) -> None:
    c = cand(text, part)
    assert speaker in c.forecaster
    assert low <= c.probability <= high


def test_forecast_noun_cue_horizon_and_claim() -> None:
    c = cand("The IMF has a forecast of 2% growth for 2020.", "2% growth")
    assert str(c.resolve_by) == "2020-12-31"
    assert "2% growth" in c.claim


@pytest.mark.parametrize(
    "text",
    [
        "Profits came in below an earlier forecast of £450m.",  # an old forecast
        "The forecast of the weather was wrong.",  # no number
        "There is a chance to win the cup.",  # no clause after the chance
        "The plane was on course for Paris when it crashed.",  # past, and no estimate
    ],
)
def test_news_cues_do_not_fire(text: str) -> None:
    found = run(text, publisher="Daily")
    assert not found, [c.quote for c in found]
