from __future__ import annotations

import datetime as dt

import pytest

from app.extraction.horizon import find_horizons, pick

from .conftest import one, run

PUB = dt.date(2019, 2, 28)  # a Thursday


def due(text: str, pub: dt.date, word: str, field: str = "claim") -> list[dt.date | None]:
    """The resolve-by dates of the forecasts in ``text`` whose claim (or quote) has
    ``word``, every proposal kept."""
    found = run(text, published=pub, filter="none")
    return [c.resolve_by for c in found if word in getattr(c, field)]


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


# Round 4: phrases that used to be missed or mis-dated (PUB is Thursday 2019-02-28).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the end of March", "mid-June": the month word decides, not the lowercase lead
        ("rates will fall below 3% by the end of March", dt.date(2019, 3, 31)),
        ("prices will rise before the end of June", dt.date(2019, 6, 30)),
        ("by mid-June", dt.date(2019, 6, 15)),
        ("before June", dt.date(2019, 5, 31)),
        ("before the rainy season begins in June", dt.date(2019, 5, 31)),
        # the new year
        ("sterling will stay in a narrow range until the new year", dt.date(2019, 12, 31)),
        ("growth will stall in the new year", dt.date(2020, 3, 31)),
        # seasons with a year, or with an adjective instead of a determiner
        ("an election is likely in the autumn of 2019", dt.date(2019, 11, 30)),
        ("summer 2020 will be hot", dt.date(2020, 8, 31)),
        ("a 60% chance of a warmer than average summer", dt.date(2019, 8, 31)),
        ("by the summer", dt.date(2019, 8, 31)),
        ("next spring", dt.date(2019, 5, 31)),  # the next one not yet begun
        # spans
        ("rents will rise for at least another two years", dt.date(2021, 2, 28)),
        ("for a further three years", dt.date(2022, 2, 28)),
        ("within the next two years", dt.date(2021, 2, 28)),
        ("in the coming quarter", dt.date(2019, 6, 30)),
        ("by early next year", dt.date(2020, 4, 30)),
        ("late next year", dt.date(2020, 12, 31)),
        ("later in the year", dt.date(2019, 12, 31)),
        ("this side of Christmas", dt.date(2019, 12, 25)),
        ("in the run-up to Christmas", dt.date(2019, 12, 25)),
        # UK financial years (April to March), seasons and ranges written with two years
        ("in the 2019-20 financial year", dt.date(2020, 3, 31)),
        ("in 2019/20", dt.date(2020, 3, 31)),
        ("in the financial year 2020-21", dt.date(2021, 3, 31)),
        ("this financial year", dt.date(2019, 3, 31)),
        ("in the next financial year", dt.date(2020, 3, 31)),
        ("by the end of the financial year", dt.date(2019, 3, 31)),
        ("not ready until the 2020-21 season", dt.date(2020, 7, 31)),  # when it opens
        ("between 2019-2022", dt.date(2022, 12, 31)),
        ("in March 2020", dt.date(2020, 3, 31)),
    ],
)
def test_round4_phrases(text: str, expected: dt.date) -> None:
    assert when(text) == expected


def test_season_after_an_adjective() -> None:
    assert when("a cold winter would push prices up", dt.date(2019, 5, 1)) == dt.date(2020, 2, 29)
    assert when("a cold snap this winter", dt.date(2019, 5, 1)) == dt.date(2020, 2, 29)
    assert when("prices fall sharply", dt.date(2019, 5, 1)) is None


def test_financial_year_after_april() -> None:
    assert when("this financial year", dt.date(2019, 5, 1)) == dt.date(2020, 3, 31)
    assert when("the next financial year", dt.date(2019, 5, 1)) == dt.date(2021, 3, 31)


def test_run_up_to_an_undated_event_keeps_the_words() -> None:
    found = find_horizons("costs will rise in the run-up to the election", PUB)
    assert [h.date for h in found] == [None]
    assert "run-up to the election" in found[0].text


def test_iso_dates_are_not_financial_years() -> None:
    assert when("the filing dated 2019-06-30 says") != dt.date(2020, 3, 31)


ROUNDS_16_TO_18_HORIZONS = [
    # "late Friday" is a day; a weekday followed by its date is that date
    ("landfall late Friday", dt.date(2025, 9, 3), dt.date(2025, 9, 5)),
    ("the fight on Saturday December 13", dt.date(2025, 11, 10), dt.date(2025, 12, 13)),
    ("the vote on Tuesday, 17 March", dt.date(2026, 1, 10), dt.date(2026, 3, 17)),
    # "before" a financial year or a season is the day before it starts
    ("before the 2027-28 financial year", dt.date(2025, 6, 16), dt.date(2027, 3, 31)),
    ("in the 2027-28 financial year", dt.date(2025, 6, 16), dt.date(2028, 3, 31)),
    ("before the 2026-27 season", dt.date(2025, 6, 16), dt.date(2026, 7, 31)),
    ("in the coming academic year", dt.date(2026, 3, 16), dt.date(2027, 7, 31)),
    ("in the early part of next year", dt.date(2025, 5, 13), dt.date(2026, 4, 30)),
    ("by the middle of next year", dt.date(2025, 5, 13), dt.date(2026, 6, 30)),
    ("by the middle of next month", dt.date(2025, 5, 13), dt.date(2025, 6, 15)),
    ("is widely expected next May", dt.date(2005, 1, 1), dt.date(2005, 5, 31)),
    ("in the next fortnight", dt.date(2025, 11, 21), dt.date(2025, 12, 5)),
    ("will fall by this time next year", dt.date(2025, 11, 9), dt.date(2026, 11, 9)),
    ("before Black Friday", dt.date(2025, 11, 9), dt.date(2025, 11, 28)),
    ("by Black Friday", dt.date(2026, 1, 9), dt.date(2026, 11, 27)),
    ("over the Christmas quarter", dt.date(2025, 11, 9), dt.date(2025, 12, 31)),
]


def test_claims_about_how_a_bout_ends_are_dated_by_the_bout() -> None:
    text = (
        "Ashby will defend his title against Novotny in Glasgow on Saturday December 13. "
        "Kemp said the stoppage will come in the middle rounds."
    )
    found = run(text, published=dt.date(2025, 11, 10), filter="none")
    assert [(c.claim, c.resolve_by) for c in found if "stoppage" in c.claim] == [
        ("The stoppage will come in the middle rounds", dt.date(2025, 12, 13))
    ]


def test_a_date_after_a_speech_verb_is_not_an_event_date() -> None:
    text = (
        "There will be no day-night Test in this series, the ECB confirmed in March. "
        "England will win the series."
    )
    found = run(text, published=dt.date(2026, 6, 15), filter="none")
    assert all(c.resolve_by != dt.date(2027, 3, 31) for c in found)


def test_a_meeting_dated_by_meets() -> None:
    text = (
        "The Monetary Policy Committee meets on Wednesday 25 February, and we expect it to cut "
        "the policy rate by 25 basis points."
    )
    c = one(text, published=dt.date(2026, 2, 9), filter="none")
    assert c.resolve_by == dt.date(2026, 2, 25)


ROUND25_HORIZONS = [
    # a two-day meeting ends on its second day
    ("at the meeting on July 7-8", dt.date(2026, 6, 23), dt.date(2026, 7, 8)),
    ("until at least Tuesday", dt.date(2025, 8, 14), dt.date(2025, 8, 19)),
    ("for the rest of the week", dt.date(2025, 8, 14), dt.date(2025, 8, 17)),
    ("by the middle of the month", dt.date(2026, 3, 3), dt.date(2026, 3, 15)),
    ("Friday's report will show", dt.date(2026, 2, 3), dt.date(2026, 2, 6)),
    ("Bluewing's summer load factor", dt.date(2026, 5, 6), dt.date(2026, 8, 31)),
]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a month just past, a record looked back on: no deadline
        ("operations cancelled during the January flu surge are rebooked", dt.date(2026, 3, 3)),
        ("employers added 45,000 jobs in January", dt.date(2026, 2, 3)),
        ("after the wettest December in the county for 50 years", dt.date(2026, 1, 14)),
        ("the middle of the month", dt.date(2026, 3, 20)),
    ],
)
def test_times_that_are_not_deadlines(text: str, published: dt.date) -> None:
    assert find_horizons(text, published) == []


def test_a_results_preview_dates_the_quarter_just_ended_by_its_results_day() -> None:
    text = (
        "Maison Aurelle will report full-year results on Tuesday, February 10. Analysts expect "
        "fourth-quarter organic sales to decline by 2.5%."
    )
    found = run(text, published=dt.date(2026, 1, 22), filter="none")
    assert [c.resolve_by for c in found if "fourth-quarter" in c.claim.lower()] == [
        dt.date(2026, 2, 10)
    ]


def test_a_summit_preview_dates_its_undated_forecasts_by_the_summit() -> None:
    text = (
        "Allies head to Ankara under strain\n\n"
        "The mood among diplomats preparing for this year's summit in Ankara is subdued. "
        "Diplomats preparing for the meeting in the Turkish capital on July 7-8 expect a short "
        "final communiqué. Ukraine's president is likely to attend in person."
    )
    found = run(text, published=dt.date(2026, 6, 23), filter="none")
    assert [c.resolve_by for c in found] == [dt.date(2026, 7, 8)] * 2


def test_a_contest_named_by_its_start_ends_with_its_final_round() -> None:
    text = (
        "Six Nations preview: France start as favourites\n\n"
        "The Six Nations begins on Thursday night in Paris. Ireland are likely to win the "
        "title. Round one runs from 5 to 7 February, with the final round on 14 March."
    )
    found = run(text, published=dt.date(2026, 2, 3), filter="none")
    assert [(c.claim, c.resolve_by) for c in found] == [
        ("Ireland will win the title", dt.date(2026, 3, 14))
    ]


def test_a_named_trophy_dates_the_contest() -> None:
    text = (
        "The World Darts Championship begins on Thursday. The model gives Reece a 31% chance "
        "of lifting the Sid Waddell Trophy on 3 January. Tully believes van Aalst will win it."
    )
    found = run(text, published=dt.date(2025, 12, 10), filter="none")
    assert {c.resolve_by for c in found} == {dt.date(2026, 1, 3)}


ROUND26_HORIZONS = [
    (
        "is likely to peak in the second half of March",
        dt.date(2026, 3, 2),
        dt.date(2026, 3, 31),
    ),
    ("will peak in the first half of April", dt.date(2026, 3, 2), dt.date(2026, 4, 15)),
    (
        "I'd be surprised if Thursday's numbers disappoint",
        dt.date(2025, 10, 20),
        dt.date(2025, 10, 23),
    ),
]


def test_a_match_preview_lead_dates_its_undated_forecasts() -> None:
    text = (
        "Kingsmoor can end Harbourside's perfect start\n\n"
        "Harbourside United travel to Kingsmoor City on Sunday knowing that victory would open "
        "up a seven-point gap. Kingsmoor expect a crowd of around 41,000."
    )
    assert due(text, dt.date(2025, 10, 17), "crowd") == [dt.date(2025, 10, 19)]


def test_a_court_ruling_dates_the_claims_about_it() -> None:
    text = (
        "The opposition filed a challenge with the Constitutional Court, which has said it will "
        "rule by 28 November. The court will very likely confirm the result when it rules."
    )
    assert due(text, dt.date(2025, 11, 18), "confirm") == [dt.date(2025, 11, 28)]


ROUND27_HORIZONS = [
    (
        "Black Friday online sales will probably fall short",
        dt.date(2025, 11, 10),
        dt.date(2025, 11, 28),
    ),
    (
        "expects total Christmas spending to reach £89.4bn",
        dt.date(2025, 11, 10),
        dt.date(2025, 12, 25),
    ),
]


def test_a_launch_is_dated_by_its_first_window_and_its_review_by_the_next_review() -> None:
    launch = (
        "Tessera probe set for launch next week\n\n"
        "The probe is scheduled to lift off from Kourou on Tuesday 24 March. Few expect the "
        "mission to need its backup launch window in May. We don't think we will need to swap "
        "the valve again."
    )
    assert due(launch, dt.date(2026, 3, 16), "valve") == [dt.date(2026, 3, 24)]
    review = (
        "Montaria: Northbridge review preview\n\n"
        "Northbridge is scheduled to publish its review of Montaria on Friday 14 November. "
        "Its next review is due on 20 March. A downgrade is very unlikely."
    )
    assert due(review, dt.date(2025, 11, 3), "downgrade") == [dt.date(2025, 11, 14)]


ROUND28_HORIZONS = [
    # "this summer" written in November is the southern summer
    (
        "a remote chance of La Nina developing this summer",
        dt.date(2025, 11, 20),
        dt.date(2026, 2, 28),
    ),
    ("this summer", dt.date(2026, 1, 10), dt.date(2026, 8, 31)),
    (
        "tracking suggests it will dominate the holiday weekend",
        dt.date(2026, 7, 2),
        dt.date(2026, 7, 5),
    ),
]


def test_a_data_preview_is_dated_by_its_next_report_not_a_past_one() -> None:
    text = (
        "February payrolls preview\n\n"
        "We expect Friday's employment report to show that payrolls rose by 95,000. "
        "We forecast the unemployment rate to tick up to 4.4%."
    )
    assert due(text, dt.date(2026, 3, 4), "unemployment") == [dt.date(2026, 3, 6)]
    past = (
        "Blair backs the pre-Budget report\n\n"
        "Tony Blair said Thursday's report reinforced stability. Growth is likely to slow."
    )
    found = run(past, published=dt.date(2005, 1, 1), filter="none")
    assert [c.horizon_source for c in found if "slow" in c.claim] == ["default"]


def test_a_question_headline_and_the_paragraph_after_it_are_the_lead() -> None:
    vote = (
        "Harwick votes: who will be the next mayor?\n\n"
        "Election explainer | Harwick Courier | Monday 20 April 2026\n\n"
        "On Thursday 7 May, voters in Harwick will elect a mayor in the first full election "
        "since the boundary review.\n\n"
        "The mayoral race is a toss-up between Shah and Dobbs."
    )
    assert due(vote, dt.date(2026, 4, 20), "race") == [dt.date(2026, 5, 7)]
    fight = (
        "Okafor v Brandt: can the champion survive the biggest night of his career?\n\n"
        "Fight preview | Northern Sports Post | Thursday 12 March 2026\n\n"
        "Daniel Okafor defends his titles against Viktor Brandt in Cardiff on Saturday 21 "
        "March.\n\n"
        "Honestly, it's a toss-up."
    )
    assert due(fight, dt.date(2026, 3, 12), "toss-up", field="quote") == [dt.date(2026, 3, 21)]


ROUND31_HORIZONS = [
    # a year naming bonds says which, not when
    (
        "a restructuring of the 2031 and 2034 bonds over the next two years",
        dt.date(2026, 2, 10),
        dt.date(2028, 2, 10),
    ),
    # a season with no other word is a sports season; "next season" is the one after
    ("the first manager sacked this season", dt.date(2025, 10, 19), dt.date(2026, 5, 31)),
    (
        "to stay on until at least the end of next season",
        dt.date(2025, 10, 19),
        dt.date(2027, 5, 31),
    ),
]


def test_a_season_is_what_the_article_is_about() -> None:
    hurricanes = (
        "Forecasters expect a busy hurricane year. Hurricanes have grown stronger. "
        "The agency expects 14 to 20 named storms this season."
    )
    assert due(hurricanes, dt.date(2026, 5, 21), "storms") == [dt.date(2026, 11, 30)]
    cyclones = "Farmers are worried. The agency expects four tropical cyclones to form this season."
    assert due(cyclones, dt.date(2025, 11, 20), "cyclones") == [dt.date(2026, 4, 30)]
    crop = (
        "Cocoa growers are waiting for rain. The harvest is late. Ghana's output may recover "
        "to 650,000 tonnes next season."
    )
    assert due(crop, dt.date(2026, 1, 19), "output") == [dt.date(2027, 9, 30)]


def test_a_lead_vote_tomorrow_a_vote_held_at_a_meeting_and_an_opening_date() -> None:
    vote = (
        "Election eve: final polls point to hung parliament\n\n"
        "Voters go to the polls tomorrow with the final surveys showing the parties neck "
        "and neck.\n\n"
        "Almost every forecaster now predicts that neither will win a majority."
    )
    assert due(vote, dt.date(2026, 4, 22), "majority") == [dt.date(2026, 4, 23)]
    meeting = (
        "Shareholders are due to vote on the scheme at a court meeting on 9 December. "
        "Analysts expect a higher offer before the vote."
    )
    assert due(meeting, dt.date(2025, 11, 18), "offer") == [dt.date(2025, 12, 9)]
    opening = "We forecast USD/TVL at 58 by end-June. By the end of the year we see the pair at 64."
    found = run(opening, published=dt.date(2026, 2, 10), filter="none")
    assert [c.resolve_by for c in found] == [dt.date(2026, 6, 30), dt.date(2026, 12, 31)]
    said = "In January the institute said growth was likely to slow."
    found = run(said, published=dt.date(2005, 1, 1), filter="none")
    assert [c.horizon_source for c in found] == ["default"]


ROUND32_HORIZONS = [
    (
        "wage growth could stay above 4% well into next year",
        dt.date(2025, 11, 20),
        dt.date(2026, 6, 30),
    ),
    ("He is evens to win Saturday's opening time trial", dt.date(2026, 5, 7), dt.date(2026, 5, 9)),
]


def test_a_month_is_the_day_its_event_is_held_and_a_place_dates_what_happens_there() -> None:
    minutes = (
        "A majority of the board said another cut was likely at the December meeting, which "
        "concludes on 11 December."
    )
    found = run(minutes, published=dt.date(2025, 11, 20), filter="none")
    assert [c.resolve_by for c in found] == [dt.date(2025, 12, 11)]
    giro = (
        "The Giro starts on Saturday with a time trial, and it finishes in Rome on Sunday 31 "
        "May. Fewer than 130 of the 184 starters are expected to reach Rome."
    )
    assert due(giro, dt.date(2026, 5, 7), "Rome") == [dt.date(2026, 5, 31)]


def test_the_summer_recess_is_late_july_unless_the_article_dates_it() -> None:
    undated = "Ministers will almost certainly accept it before the summer recess."
    found = run(undated, published=dt.date(2026, 1, 15), filter="none")
    assert [c.resolve_by for c in found] == [dt.date(2026, 7, 22)]
    dated = (
        "The summer recess begins on 26 June. The reform will not return to the Assembly "
        "before the summer recess."
    )
    assert due(dated, dt.date(2026, 2, 19), "reform") == [dt.date(2026, 6, 26)]


ROUND33_HORIZONS = [
    # "next January" written in January is a year on; "next March" is the coming one
    ("another above-inflation rise next January", dt.date(2026, 1, 22), dt.date(2027, 1, 31)),
    ("another above-inflation rise next March", dt.date(2026, 1, 22), dt.date(2026, 3, 31)),
]


def test_a_monsoon_season_ends_in_september() -> None:
    text = (
        "The monsoon is late. Monsoon rains feed half the farms. We see a one-in-three chance "
        "of severe flooding in the Brahmaputra basin this season."
    )
    assert due(text, dt.date(2026, 5, 19), "flooding") == [dt.date(2026, 9, 30)]


def test_a_crop_year_and_next_months_meeting() -> None:
    wheat = (
        "The wheat harvest is late and grain prices are falling. The forum expects world "
        "wheat production to reach 808 million tonnes in 2025-26."
    )
    assert due(wheat, dt.date(2025, 7, 14), "production") == [dt.date(2026, 6, 30)]
    cocoa = (
        "Cocoa growers are waiting for rain. The harvest is late. The council expects a "
        "surplus of 150,000 tonnes in the 2025/26 season."
    )
    assert due(cocoa, dt.date(2026, 1, 19), "surplus") == [dt.date(2026, 9, 30)]
    fares = (
        "The transport committee meets on 12 February. A councillor said the rise would "
        "almost certainly be approved at next month's meeting."
    )
    assert due(fares, dt.date(2026, 1, 22), "rise") == [dt.date(2026, 2, 12)]


ROUND34_HORIZONS = [
    # England's bank holidays, and New Year without "the"
    (
        "when the final finishes on the May bank holiday Monday",
        dt.date(2026, 4, 16),
        dt.date(2026, 5, 4),
    ),
    ("by the August bank holiday", dt.date(2026, 4, 16), dt.date(2026, 8, 31)),
    (
        "if we get to New Year without a dozen trusts declaring one",
        dt.date(2025, 11, 20),
        dt.date(2025, 12, 31),
    ),
    # the period the claim ends: "to end the quarter at 4.35%"
    (
        "the 10-year gilt yield to end the quarter at 4.35%",
        dt.date(2026, 5, 22),
        dt.date(2026, 6, 30),
    ),
    ("shares are set to end the year higher", dt.date(2026, 5, 22), dt.date(2026, 12, 31)),
]


def test_a_scenario_date_does_not_move_the_event() -> None:
    text = (
        "The parliament will hold the final vote on the bill on 19 February. Alternative "
        "(30%): The vote is postponed into March. Unions will almost certainly strike before "
        "the vote."
    )
    assert due(text, dt.date(2026, 1, 27), "strike") == [dt.date(2026, 2, 19)]


def test_the_vote_a_lead_dates_is_the_one_its_forecasts_are_due_at() -> None:
    text = (
        "Ashcombe by-election: Reform the clear favourites\n\n"
        "Instead, voters go to the polls next Thursday.\n\n"
        "She expects turnout to come in below 40%. Marsh predicts that Reform will top the "
        "national vote share in next May's local elections."
    )
    pub = dt.date(2025, 11, 13)
    assert due(text, pub, "urnout") == [dt.date(2025, 11, 20)]
    assert due(text, pub, "local elections") == [dt.date(2026, 5, 31)]


def test_until_after_an_event_is_due_at_the_event() -> None:
    text = (
        "Voters go to the polls on 14 June. Investment decisions will probably be deferred "
        "until after the vote. Taxes will rise after the vote."
    )
    pub = dt.date(2026, 4, 9)
    assert due(text, pub, "deferred") == [dt.date(2026, 6, 14)]
    assert due(text, pub, "Taxes") != [dt.date(2026, 6, 14)]


def test_a_past_aside_does_not_date_the_forecast() -> None:
    text = (
        "Sweden's Erik Lindqvist, who cleared 6.05m indoors in March, is 2/1 to break the "
        "championship record in the pole vault."
    )
    assert due(text, dt.date(2026, 8, 7), "record") != [dt.date(2027, 3, 31)]


def test_an_article_s_fiscal_year_dates_its_fiscal_years() -> None:
    text = (
        "The fund's fiscal year ends on 30 June. For FY2027, we expect a lower return of 5.5%. "
        "Assets are on course to pass $410bn by the end of the fiscal year. The ministry is "
        "likely to withdraw about $12bn in the 2026-27 budget."
    )
    pub = dt.date(2026, 4, 8)
    assert due(text, pub, "5.5%") == [dt.date(2027, 6, 30)]
    assert due(text, pub, "$410bn") == [dt.date(2026, 6, 30)]
    assert due(text, pub, "$12bn") == [dt.date(2027, 6, 30)]
    # with no fiscal year stated, a UK financial year ends in March
    assert due("Sales will rise in the 2026-27 financial year.", pub, "Sales") == [
        dt.date(2027, 3, 31)
    ]


def test_a_prize_is_decided_when_it_is_announced() -> None:
    text = (
        "The bookmakers have The Glass Ferry at 5/2 to win when the prize is announced at the "
        "Guildhall on 27 October. Callum Duffy's Wren is 7/1."
    )
    assert due(text, dt.date(2026, 9, 18), "Wren") == [dt.date(2026, 10, 27)]


def test_part_of_something_else_than_a_year_is_no_date() -> None:
    assert find_horizons("in the second half of the fight", dt.date(2025, 12, 1)) == []
    found = pick(find_horizons("in the second half of the year", dt.date(2025, 6, 1)))
    assert found is not None
    assert found.date == dt.date(2025, 12, 31)


def test_an_auction_dates_a_sale_preview() -> None:
    text = (
        "The cellar goes under the hammer at Ashby & Vane in London on Thursday 4 June.\n\n"
        "The star lot is expected to fetch £40,000."
    )
    assert due(text, dt.date(2026, 5, 20), "star lot") == [dt.date(2026, 6, 4)]


def test_the_same_period_is_the_last_forecast_s() -> None:
    text = (
        "The share of over-65s is projected to rise to 27% by 2040, while the working-age "
        "population will shrink by about 310,000 over the same period."
    )
    assert due(text, dt.date(2025, 6, 18), "working-age") == [dt.date(2040, 12, 31)]


def test_before_a_quarter_already_under_way_is_next_year_s() -> None:
    found = pick(find_horizons("before the fourth quarter", dt.date(2025, 11, 14)))
    assert found is not None
    assert found.date == dt.date(2026, 9, 30)


def test_a_named_final_on_a_day_dates_the_preview() -> None:
    text = (
        "Hallam Hawks go into Saturday's Northern Super League Grand Final at Kirkstall Park "
        "as clear favourites.\n\nHeavy rain is likely to arrive in the second half."
    )
    pub = dt.date(2025, 10, 9)
    assert due(text, pub, "rain") == [dt.date(2025, 10, 11)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("by the first week of April", dt.date(2026, 4, 7)),
        ("in the last week of May", dt.date(2026, 5, 31)),
        ("in the second and third weeks of June", dt.date(2026, 6, 21)),
        ("by the first week of January", dt.date(2027, 1, 7)),
    ],
)
def test_weeks_of_a_month(text: str, expected: dt.date) -> None:
    found = pick(find_horizons(text, dt.date(2026, 3, 20)))
    assert found is not None
    assert found.date == expected


def test_a_clause_opening_with_its_date_after_and() -> None:
    text = "Its share has been drifting down, and by 2027 I expect the share to slip to 17%."
    assert due(text, dt.date(2025, 7, 16), "17%") == [dt.date(2027, 12, 31)]


def test_the_year_ending_a_date_is_the_full_year() -> None:
    text = "full-year pre-tax profit of between £182m and £188m for the year ending 31 January"
    found = pick(find_horizons(text, dt.date(2026, 1, 8)))
    assert found is not None
    assert found.date == dt.date(2026, 1, 31)


def test_a_past_tense_day_does_not_date_the_event() -> None:
    text = (
        "On Saturday afternoon they meet in the women's final.\n\n"
        "Her shoulder was heavily strapped during Thursday's semi-final. Brennan is set to "
        "break into the top 20 regardless of the result."
    )
    assert due(text, dt.date(2026, 6, 5), "top 20") == [dt.date(2026, 6, 6)]


def test_covering_the_next_month_is_a_month_from_publication() -> None:
    found = pick(find_horizons("covering the next month", dt.date(2025, 11, 14)))
    assert found is not None
    assert found.date == dt.date(2025, 12, 14)


# every (text, published, due) horizon above
@pytest.mark.parametrize(
    ("text", "published", "due"),
    [
        *ROUNDS_16_TO_18_HORIZONS,
        *ROUND25_HORIZONS,
        *ROUND26_HORIZONS,
        *ROUND27_HORIZONS,
        *ROUND28_HORIZONS,
        *ROUND31_HORIZONS,
        *ROUND32_HORIZONS,
        *ROUND33_HORIZONS,
        *ROUND34_HORIZONS,
    ],
)
def test_horizons(text: str, published: dt.date, due: dt.date) -> None:
    found = pick(find_horizons(text, published))
    assert found is not None
    assert found.date == due


STORM = (
    "Storm Maelis: amber wind warning as 90 mph gusts are forecast\n\n"
    "Storm Maelis will bring damaging winds and heavy rain to the peninsula from early "
    "Thursday, the agency said on Wednesday.\n\n"
    "Gusts could reach 90 mph on the headlands around Skellan Point.\n\n"
    "Friday: winds will ease to 40-50 mph gusts by the afternoon, but showers will merge into "
    "longer spells of rain.\n\n"
    "The agency does not expect further warnings for Saturday at this stage. It put the chance "
    "of another named storm before 1 February at one in four."
)


def test_a_storm_warning_dates_its_undated_forecasts_by_the_storm() -> None:
    pub = dt.date(2026, 1, 21)  # a Wednesday
    assert due(STORM, pub, "damaging winds") == [dt.date(2026, 1, 22)]  # "from early Thursday"
    # the first date the article gives its storm, not a later storm's
    assert due(STORM, pub, "90 mph") == [dt.date(2026, 1, 22)]
    assert due(STORM, pub, "merge") == [dt.date(2026, 1, 23)]  # the "Friday:" paragraph
    assert due(STORM, pub, "warnings") == [dt.date(2026, 1, 24)]  # "for Saturday"


def test_a_plan_that_goes_before_a_committee_is_decided_that_day() -> None:
    text = (
        "Plans for the town's first new secondary school will go before the county's planning "
        "committee on 19 March, with officers recommending approval.\n\n"
        "The residents' association predicted that the committee would defer the decision."
    )
    assert due(text, dt.date(2026, 2, 3), "defer") == [dt.date(2026, 3, 19)]


def test_a_results_year_sets_the_fiscal_year() -> None:
    text = (
        "The brewer now expects adjusted pre-tax profit of between £58m and £62m for the year to "
        "27 September.\n\nNet debt is expected to peak at around £410m in the next financial "
        "year."
    )
    assert due(text, dt.date(2025, 7, 22), "Net debt") == [dt.date(2026, 9, 30)]
    # a rate over the past year sets nothing: "the next financial year" is April to March
    text = "Prices rose 3% in the year to March. Net debt will peak in the next financial year."
    assert due(text, dt.date(2025, 7, 22), "Net debt") == [dt.date(2027, 3, 31)]


ROUND52_HORIZONS = [
    ("the storm arrives from early Thursday", dt.date(2026, 1, 21), dt.date(2026, 1, 22)),
    ("no further warnings for Saturday", dt.date(2026, 1, 21), dt.date(2026, 1, 24)),
    ("any funding this year or next", dt.date(2025, 11, 10), dt.date(2026, 12, 31)),
    ("will not rise this month or next", dt.date(2025, 11, 10), dt.date(2025, 12, 31)),
    ("this winter or next", dt.date(2025, 11, 10), dt.date(2027, 2, 28)),
    # a record's span is not a deadline
    (
        "will fall by 3.5% in 2025, the fourth annual decline in five years",
        dt.date(2025, 7, 22),
        dt.date(2025, 12, 31),
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), ROUND52_HORIZONS)
def test_round52_horizons(text: str, published: dt.date, expected: dt.date) -> None:
    assert when(text, published) == expected


def test_a_live_blogs_result_at_2pm_is_today() -> None:
    text = (
        "Leadership result: Marsh tipped to beat Teague as members' ballot closes - live\n\n"
        "Good morning and welcome to our coverage of the final day of the leadership contest. "
        "The result will be announced at 2pm at the Corn Exchange.\n\n"
        "Canvass's director told us Marsh was more likely than not to win.\n\n"
        "She expects the party's poll rating to rise by two to four points in the month after "
        "the result."
    )
    pub = dt.date(2026, 9, 26)
    assert due(text, pub, "win") == [pub]
    assert due(text, pub, "poll rating") == [dt.date(2026, 10, 26)]  # a month after it


def test_a_time_with_its_day_is_not_today() -> None:
    text = (
        "Aurelle reports full-year results on 10 February.\n\nThe firm will hold a conference "
        "call at 6pm Paris time on results day. The board is unlikely to cut the dividend."
    )
    assert due(text, dt.date(2026, 1, 22), "dividend") != [dt.date(2026, 1, 22)]


def test_a_chart_announced_on_a_day_dates_the_race_for_it() -> None:
    text = (
        "Christmas number one 2025: can anyone stop the Lantern Boys?\n\n"
        "Marlowe Bet make the Lantern Boys 1-3 favourites to be Christmas number one, with Ada "
        "Quill at 4-1.\n\nThe Official Charts Company will announce the Christmas number one at "
        "5.45pm on Friday 19 December."
    )
    assert due(text, dt.date(2025, 12, 12), "Ada Quill") == [dt.date(2025, 12, 19)]


ROUND53_HORIZONS = [
    ("the rain will clear by early afternoon", dt.date(2026, 9, 26), dt.date(2026, 9, 26)),
    ("the result will be announced at 2pm", dt.date(2026, 9, 26), dt.date(2026, 9, 26)),
    # a change that starts later is due when it starts
    ("the fee will be set at £180 from April 2027", dt.date(2026, 5, 17), dt.date(2027, 4, 1)),
    ("the best display in this part of the world for two years", dt.date(2026, 3, 16), None),
]


@pytest.mark.parametrize(("text", "published", "expected"), ROUND53_HORIZONS)
def test_round53_horizons(text: str, published: dt.date, expected: dt.date | None) -> None:
    assert when(text, published) == expected


def test_relegation_is_decided_when_the_season_ends() -> None:
    text = (
        "Sack race: Brennan odds-on to be first out\n\n"
        "Kingsmere are 3-1 outsiders for the derby on Sunday.\n\n"
        "Ashdown are 2-5 with CrownBet to be relegated."
    )
    assert due(text, dt.date(2025, 12, 1), "relegated") == [dt.date(2026, 5, 31)]
    assert due(text, dt.date(2025, 12, 1), "derby") == [dt.date(2025, 12, 7)]
    # "goes down to the last lap" is a close race, not relegation
    text = "Title decider preview\n\nI think this goes down to the last lap on Sunday."
    assert due(text, dt.date(2025, 11, 26), "last lap") == [dt.date(2025, 11, 30)]


ROUND54_HORIZONS = [
    (
        "swarms are likely to form during the second half of the month",
        dt.date(2026, 2, 16),
        dt.date(2026, 2, 28),
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), ROUND54_HORIZONS)
def test_round54_horizons(text: str, published: dt.date, expected: dt.date) -> None:
    assert when(text, published) == expected


def test_a_transfer_deadline_day_is_due_when_the_window_shuts() -> None:
    text = (
        "Transfer deadline day live: Ferreira closes in on Harbour City move\n\n"
        "The winter transfer window shuts at 11pm tonight.\n\n"
        "Our reporter says Harbour City are very likely to complete the deal before the deadline. "
        "Further departures from Wrexford are unlikely."
    )
    pub = dt.date(2026, 2, 2)
    assert due(text, pub, "complete") == [pub]
    assert due(text, pub, "departures") == [pub]  # the day the lead is about


ROUND55_HORIZONS = [
    (
        "Ferreira will score ten goals between now and May",
        dt.date(2026, 2, 2),
        dt.date(2026, 5, 31),
    ),
    (
        "the appeal will take at least a year to resolve",
        dt.date(2025, 10, 15),
        dt.date(2026, 10, 15),
    ),
    ("Dunmore will probably end the night empty-handed", dt.date(2026, 2, 2), dt.date(2026, 2, 2)),
]


@pytest.mark.parametrize(("text", "published", "expected"), ROUND55_HORIZONS)
def test_round55_horizons(text: str, published: dt.date, expected: dt.date) -> None:
    assert when(text, published) == expected


def test_a_day_that_opens_its_sentence_dates_the_event_there() -> None:
    text = (
        "On Friday 6 November, Gareth Pennock brings his bill back to the Commons for its second "
        "reading.\n\nPennock's bill will probably pass its second reading by a comfortable margin."
    )
    assert due(text, dt.date(2026, 10, 25), "pass") == [dt.date(2026, 11, 6)]
    # a stage gone by dates nothing: "It passed its second reading in November"
    text = (
        "It passed its second reading in November.\n\nWhips expect a majority of at least 120 "
        "at third reading."
    )
    assert due(text, dt.date(2026, 3, 4), "majority") != [dt.date(2026, 11, 30)]


def test_an_election_by_choosing_is_a_vote() -> None:
    text = (
        "The member states will choose a new director-general in Vienna on Thursday 14 May.\n\n"
        "Haddar is unlikely to withdraw before the vote."
    )
    assert due(text, dt.date(2026, 4, 13), "withdraw") == [dt.date(2026, 5, 14)]


ROUND56_HORIZONS = [
    (
        "the bloom was likely to persist for at least another two weeks",
        dt.date(2026, 7, 22),
        dt.date(2026, 8, 5),
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), ROUND56_HORIZONS)
def test_round56_horizons(text: str, published: dt.date, expected: dt.date) -> None:
    assert when(text, published) == expected


def test_an_eclipse_preview_is_due_on_the_day_of_totality() -> None:
    text = (
        "Eclipse chasers face a cloud lottery as totality nears\n\n"
        "Totality on Wednesday 12 August sweeps across northern Spain in the early evening.\n\n"
        "The crowds will be enormous. The next eclipse follows in January 2028."
    )
    assert due(text, dt.date(2026, 8, 4), "crowds") == [dt.date(2026, 8, 12)]


def test_a_best_of_seven_series_ends_with_its_last_possible_game() -> None:
    text = (
        "Hawks odds-on to retain crown\n\n"
        "The Hawks are 4-9 favourites to win the finals. The best-of-seven series tips off on "
        "Sunday.\n\nA seventh game, if needed, would be played on Sunday 14 June."
    )
    assert due(text, dt.date(2026, 5, 29), "finals") == [dt.date(2026, 6, 14)]


def test_a_comeback_aside_does_not_date_a_price() -> None:
    text = (
        "Callister favourite for the Senior\n\n"
        "Josh Maybury, back after breaking his wrist at the Ulster round in August, is 8-1 with "
        "Harlow Bet to win the Senior on Friday."
    )
    assert due(text, dt.date(2025, 6, 1), "Maybury") == [dt.date(2025, 6, 6)]


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # settled once 2028 begins: it has not reopened before then, or it has
        (
            "the line will not reopen until 2028 at the earliest",
            dt.date(2026, 3, 9),
            dt.date(2027, 12, 31),
        ),
        ("she is unlikely to stay in post beyond Easter", dt.date(2026, 3, 9), dt.date(2026, 4, 5)),
        # the winter is the cause, gone by; the summer is the forecast's
        (
            "prices are likely to rise this summer after an unusually cold winter",
            dt.date(2026, 3, 1),
            dt.date(2026, 8, 31),
        ),
        ("it will be the best-attended show in a decade", dt.date(2026, 3, 1), None),
    ],
)
def test_round60_horizons(text: str, pub: dt.date, expected: dt.date | None) -> None:
    assert when(text, pub) == expected


def test_a_report_published_on_a_day_dates_what_it_will_say() -> None:
    text = (
        "The review into the flooding will be published on Thursday. The review is expected to "
        "criticise the water board."
    )
    assert due(text, dt.date(2026, 3, 9), "criticise") == [dt.date(2026, 3, 12)]


def test_a_season_of_visitors_ends_with_the_tourist_season() -> None:
    text = "The ferry firm expects to carry a record 40,000 visitors this season, up from 35,000."
    assert due(text, dt.date(2026, 4, 14), "visitors") == [dt.date(2026, 9, 30)]


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # "slip to 2029 or later" comes true unless it is done by the end of 2028
        (
            "it will almost certainly slip to 2029 or later",
            dt.date(2026, 4, 22),
            dt.date(2028, 12, 31),
        ),
        # the year names the budget; the claim's date is January
        (
            "the 2027 budget, due to be presented in January, will include a levy",
            dt.date(2026, 11, 18),
            dt.date(2027, 1, 31),
        ),
        (
            "Returns in calendar 2026 are likely to be weak",
            dt.date(2026, 1, 5),
            dt.date(2026, 12, 31),
        ),
    ],
)
def test_round61_horizons(text: str, pub: dt.date, expected: dt.date | None) -> None:
    assert when(text, pub) == expected


def test_a_judgment_listed_for_a_time_is_due_that_day() -> None:
    text = (
        "Judgment is listed for 3.15pm. Most lawyers expect the judgment to favour the claimants."
    )
    assert due(text, dt.date(2026, 2, 11), "favour") == [dt.date(2026, 2, 11)]


def test_the_day_of_the_writers_own_plan_dates_no_event() -> None:
    text = (
        "The judgment runs to 312 pages and we will have full analysis on our website tomorrow "
        "morning. Lawyers expect the judgment to favour the claimants."
    )
    # no day is given for the judgment: the default horizon, not tomorrow
    assert due(text, dt.date(2026, 2, 11), "favour") == [dt.date(2027, 2, 11)]


def test_an_event_dated_in_the_lead_is_not_redated_by_another_acts_day() -> None:
    text = (
        "Saturday night's Greyhound Derby final at Towcester is wide open. The winner will be "
        "made favourite for the Irish Derby when the bookmakers publish their lists on Monday. "
        "I think Kilcarra Flash will win the final."
    )
    assert due(text, dt.date(2025, 6, 27), "Kilcarra") == [dt.date(2025, 6, 28)]


def test_most_of_the_year_is_this_year() -> None:
    assert when("the pair is likely to trade in a range for most of the year") == dt.date(
        2019, 12, 31
    )


def test_a_previewed_semi_final_dates_its_forecasts_and_the_grand_final_its_own() -> None:
    text = (
        "The Hawks will face the Comets in Saturday's Super League semi-final. The winners go to "
        "the grand final in Birmingham on 9 May. Coach Ruth Doyle expects the Comets to win. The "
        "league predicts the grand final will sell out."
    )
    assert due(text, dt.date(2026, 4, 20), "Comets") == [dt.date(2026, 4, 25), dt.date(2026, 5, 9)]
    assert due(text, dt.date(2026, 4, 20), "sell out") == [dt.date(2026, 5, 9)]


def test_a_series_starting_on_a_day_is_decided_later() -> None:
    text = (
        "The Mariners and the Foxes meet in the conference semi-finals starting on Saturday. The "
        "series could go to seven games on Sunday 3 May. I think the Mariners will win the series."
    )
    assert due(text, dt.date(2026, 4, 17), "Mariners will") == [dt.date(2026, 5, 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("rates will look like a distant memory in the early 2030s", dt.date(2033, 12, 31)),
        ("demand will double by the mid-2030s", dt.date(2036, 12, 31)),
        ("floods will come twice as often by the 2050s", dt.date(2059, 12, 31)),
        # people, not a date
        ("by the time today's 50-year-olds retire, rates will be lower", None),
    ],
)
def test_round63_horizons(text: str, expected: dt.date | None) -> None:
    assert when(text, dt.date(2026, 1, 24)) == expected


def test_a_race_dated_only_by_its_start_dates_a_previews_forecasts() -> None:
    text = (
        "The Sarnford 24 Hours starts at 3pm on Saturday, and the market is lopsided. Veyron "
        "will probably win."
    )
    assert due(text, dt.date(2026, 6, 10), "Veyron") == [dt.date(2026, 6, 13)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change made over the winter, not the forecast's deadline
        ("the record will not fall because of the limits introduced over the winter", None),
        ("it will be completed over the winter", dt.date(2027, 2, 28)),
    ],
)
def test_round64_horizons(text: str, expected: dt.date | None) -> None:
    assert when(text, dt.date(2026, 6, 10)) == expected


def test_a_year_naming_a_dated_poll_in_a_subheading_is_not_its_date() -> None:
    text = (
        "Robin odds-on as the vote enters its final week\n\nThe result is announced on Monday 17 "
        "November.\n\nBetKestrel's latest prices to win the 2025 poll:\n\nThe wren will not win "
        "this, she said."
    )
    assert due(text, dt.date(2025, 11, 10), "wren") == [dt.date(2025, 11, 17)]


def test_an_outlooks_title_dates_its_undated_calls() -> None:
    text = (
        "Spring frost outlook: March to May 2026\n\nIssued 26 February 2026\n\nWe do not expect "
        "a repeat of the frost of 9-10 May 2024."
    )
    assert due(text, dt.date(2026, 2, 26), "repeat") == [dt.date(2026, 5, 31)]


def test_by_that_date_is_the_date_just_given() -> None:
    text = (
        "We judge it unlikely that the controls will be relaxed by mid-2026. We put the odds of "
        "a formal agreement by that date at roughly one in ten."
    )
    assert due(text, dt.date(2025, 7, 22), "formal agreement") == [dt.date(2026, 6, 30)]


def test_the_middle_of_a_month_is_its_15th() -> None:
    assert when("sold out by the middle of November", dt.date(2025, 10, 28)) == dt.date(
        2025, 11, 15
    )


def test_a_gas_winter_runs_to_march_and_a_ski_winter_to_april() -> None:
    gas = (
        "Gas storage is 91% full and LNG cargoes keep coming, so we expect storage to end the "
        "winter at around 38%. Heating demand and MWh prices will fall."
    )
    assert due(gas, dt.date(2025, 10, 1), "Storage") == [dt.date(2026, 3, 31)]
    ski = (
        "Lift passes are dearer and the slopes are busy. Skiers are booking early. I expect "
        "snowfall this winter to be close to the average."
    )
    assert due(ski, dt.date(2025, 10, 28), "Snowfall") == [dt.date(2026, 4, 30)]


def test_a_may_cut_is_the_month() -> None:
    assert when("traders now see a 70% chance of a May cut", dt.date(2026, 3, 18)) == dt.date(
        2026, 5, 31
    )


def test_a_semi_final_already_won_does_not_date_the_final() -> None:
    text = (
        "Declan Rourke and Pieter van Aalst meet in the World Darts Championship final at the "
        "Carrick Palace on Saturday night. Rourke beat Stefan Lindqvist 6-2 in Thursday's "
        "semi-final. Rourke will probably win."
    )
    assert due(text, dt.date(2026, 1, 2), "Rourke will") == [dt.date(2026, 1, 3)]


def test_a_product_events_week_is_its_day() -> None:
    text = (
        "Orrin is going foldable\n\nOrrin sent out invitations for its autumn product event, to "
        "be held on 9 September at its headquarters. Orrin will not show its smart glasses next "
        "week."
    )
    assert due(text, dt.date(2025, 9, 2), "glasses") == [dt.date(2025, 9, 9)]


def test_an_election_nights_calls_are_due_when_the_results_are_declared() -> None:
    text = (
        "Estmark election live: Social Alliance heading for first place\n\nKey points\n- Exit "
        "poll puts the Social Alliance on 31.4%\n- The electoral commission will publish "
        "certified final results on Tuesday\n\nThe Alliance is almost certain to finish as the "
        "largest party."
    )
    assert due(text, dt.date(2026, 3, 15), "largest party") == [dt.date(2026, 3, 17)]


def test_the_end_of_the_week_written_at_a_weekend_is_the_coming_weeks() -> None:
    assert when("by the end of the week", dt.date(2026, 3, 15)) == dt.date(2026, 3, 22)
    assert when("by the end of the week", dt.date(2026, 3, 12)) == dt.date(2026, 3, 15)


def test_the_final_three_months_of_the_year_end_with_it() -> None:
    assert when("in the final three months of the year", dt.date(2025, 9, 2)) == dt.date(
        2025, 12, 31
    )


def test_a_test_series_ends_with_its_last_test() -> None:
    text = (
        "The squad flies out on Tuesday for three Tests, starting in Galle on 4 March, then "
        "Colombo on 12 March and Kandy on 20 March. Sri Lanka will probably win the series."
    )
    assert due(text, dt.date(2026, 2, 22), "series") == [dt.date(2026, 3, 24)]


def test_a_shows_next_series_launch_is_not_the_final() -> None:
    text = (
        "Priya Dhanoa heads into tomorrow night's Starlight Ballroom final as favourite. The "
        "next series launches in September. Dhanoa will win."
    )
    assert due(text, dt.date(2025, 12, 12), "Dhanoa will") == [dt.date(2025, 12, 13)]


def test_a_court_ruling_previewed_dates_the_briefs_calls() -> None:
    text = (
        "Korvana: court ruling looms as standoff enters third week\n\nThe court is expected to "
        "deliver its ruling between 1 and 5 December. We see a 10% probability that it orders "
        "reruns in the disputed precincts. Organisers expect more than 100,000 people at "
        "Sunday's rally."
    )
    assert due(text, dt.date(2025, 11, 21), "reruns") == [dt.date(2025, 12, 5)]
    assert due(text, dt.date(2025, 11, 21), "people") == [dt.date(2025, 11, 23)]


def test_before_a_season_means_by_its_equinox_or_solstice() -> None:
    pub = dt.date(2025, 11, 20)
    assert when("it will not rule before the autumn", pub) == dt.date(2026, 9, 22)
    assert when("neither is likely to turn around before the spring", pub) == dt.date(2026, 3, 20)
    assert when("not before the summer", pub) == dt.date(2026, 6, 21)
    assert when("not before the winter", pub) == dt.date(2025, 11, 30)
    assert when("before the summer is out", pub) == dt.date(2026, 8, 31)


def test_all_summer_and_across_the_year_run_to_their_ends() -> None:
    pub = dt.date(2026, 4, 20)
    assert when("the labour market is going to stay tight all summer", pub) == dt.date(2026, 8, 31)
    assert when("around 1.4 million passengers across the year", pub) == dt.date(2026, 12, 31)
    assert when("busy all year round", pub) == dt.date(2026, 12, 31)
    assert when("having lost only three playoff games all spring", pub) is None


def test_a_marketing_year_ends_where_the_article_says() -> None:
    text = (
        "Wheat prices are expected to average 205 ardes per tonne in the 2026-27 marketing "
        "year. The marketing year runs from July to June."
    )
    assert due(text, dt.date(2026, 6, 15), "205") == [dt.date(2027, 6, 30)]


def test_last_months_figure_on_the_day_it_is_published() -> None:
    text = (
        "Economists expect employers to have added 18,000 jobs in February. The statistics "
        "office publishes the figures at 09:00."
    )
    assert due(text, dt.date(2026, 3, 6), "18,000") == [dt.date(2026, 3, 6)]
    later = "Economists expect employers to have added 18,000 jobs in February."
    assert due(later, dt.date(2026, 3, 6), "18,000") != [dt.date(2026, 3, 6)]


def test_not_until_a_period_is_settled_when_it_begins() -> None:
    pub = dt.date(2025, 10, 6)
    assert when("the bottleneck will not ease until 2027", pub) == dt.date(2026, 12, 31)
    assert when("it won't reopen until the spring", pub) == dt.date(2026, 3, 20)
    assert when("it will stay shut until March", pub) == dt.date(2026, 3, 31)
    assert when("unlikely to launch before mid-2026", pub) == dt.date(2026, 6, 30)


def test_the_holiday_season() -> None:
    pub = dt.date(2025, 10, 6)
    assert when("cut its fee before the holiday season", pub) == dt.date(2025, 11, 30)
    assert when("sales over the holiday season", pub) == dt.date(2025, 12, 31)


def test_a_first_year_counts_from_the_day_it_goes_on_sale() -> None:
    text = (
        "The phone will go on sale in 30 markets on 17 October. We forecast shipments of 14.5 "
        "million units in the first 12 months after launch."
    )
    assert due(text, dt.date(2025, 10, 6), "14.5") == [dt.date(2026, 10, 17)]
    alone = "We forecast shipments of 14.5 million units in its first year."
    assert due(alone, dt.date(2025, 10, 6), "14.5") == [dt.date(2026, 10, 6)]


def test_a_relegation_is_settled_on_the_day_the_season_ends() -> None:
    text = (
        "There are eight rounds left. The season ends on Sunday 17 May. At the bottom, "
        "Pellham Town are odds-on at 1/3 to be relegated."
    )
    assert due(text, dt.date(2026, 3, 10), "relegated") == [dt.date(2026, 5, 17)]


def test_a_price_held_at_the_start_of_the_month_is_the_past() -> None:
    text = (
        "The season ends on Sunday 17 May. Ashbury are 4/6 favourites to win the title, "
        "having been evens at the start of March."
    )
    assert due(text, dt.date(2026, 3, 10), "Ashbury") == [dt.date(2026, 5, 17)]


def test_a_numbered_round_of_a_timetable_dates_what_is_said_of_it() -> None:
    text = (
        "2. Indicative timetable\n- Round 3: 23-27 February 2026, Wellmouth. Round 3 is "
        "expected to close the services chapter.\n- Round 4: 20-24 April 2026, Port Anselm.\n\n"
        "The Partnership will not agree to a higher threshold before Round 4."
    )
    pub = dt.date(2026, 2, 9)
    assert due(text, pub, "services") == [dt.date(2026, 2, 27)]
    assert due(text, pub, "threshold") == [dt.date(2026, 4, 20)]


def test_may_after_into_or_delayed_to_is_the_month() -> None:
    pub = dt.date(2026, 2, 9)
    assert when("the risk that Round 4 slips into May", pub) == dt.date(2026, 5, 31)
    assert when("the vote was delayed to May", pub) == dt.date(2026, 5, 31)
    assert when("he said it may", pub) is None


def test_a_result_announced_days_after_the_ballot_closes() -> None:
    text = (
        "When the ballot closes on 12 December and the result is announced three days later, "
        "Fiona Marwick will be the party's next leader."
    )
    assert due(text, dt.date(2025, 11, 20), "Marwick") == [dt.date(2025, 12, 15)]


def test_a_companys_results_day_in_a_results_week_preview() -> None:
    text = (
        "Four retailers report this week: Brightwell Stores (full-year results, Tuesday 10 "
        "March) and Kestrel Home (full-year results, Wednesday 11 March).\n\nWe expect "
        "Brightwell to report full-year profit of £412m. Brightwell will almost certainly "
        "confirm the buyback it flagged in October. Kestrel is likely to cut its dividend."
    )
    pub = dt.date(2026, 3, 9)
    assert due(text, pub, "£412m") == [dt.date(2026, 3, 10)]
    assert due(text, pub, "buyback") == [dt.date(2026, 3, 10)]
    assert due(text, pub, "dividend") == [dt.date(2026, 3, 11)]


def test_a_winter_outlooks_title_years() -> None:
    text = (
        "Winter 2025 to 2026: flu and winter pressures outlook\n\nFlu and vaccination rates "
        "matter. COVID-19 admissions are unlikely to reach last winter's peak."
    )
    assert due(text, dt.date(2025, 11, 20), "COVID") == [dt.date(2026, 3, 31)]


def test_a_date_next_year_and_delayed_until() -> None:
    pub = dt.date(2026, 2, 4)
    assert when("a mayoral election on 6 May next year", pub) == dt.date(2027, 5, 6)
    assert when("it will be delayed until at least 2029", pub) == dt.date(2028, 12, 31)
    text = (
        "There's a mayoral election on 6 May next year. The bookmakers have you at 6/4 to be "
        "re-elected."
    )
    assert due(text, pub, "re-elected") == [dt.date(2027, 5, 6)]


def test_a_test_series_named_before_its_dates() -> None:
    text = (
        "Series preview: can Sri Lanka win a Test series in England?\n\nThree Tests, five "
        "weeks. The series starts at Lord's on Thursday 4 June, moves to Headingley on 18 June "
        "and finishes at the Oval on 2 July.\n\nThe bookmakers have England at 4/9 to win "
        "the series."
    )
    assert due(text, dt.date(2026, 6, 1), "series") == [dt.date(2026, 7, 6)]


def test_an_explainers_question_frames_its_answer() -> None:
    text = (
        "Why your console won't be cheaper\n\nExplainer | Pixel & Plug | 18 November 2025\n\n"
        "Black Friday is ten days away.\n\nWhat will be the hottest console this Christmas?"
        "\n\nMost analysts think it will be the Kairo Play 2."
    )
    assert due(text, dt.date(2025, 11, 18), "Kairo") == [dt.date(2025, 12, 25)]


def test_a_day_of_the_week_after_a_past_verb_is_gone() -> None:
    pub = dt.date(2025, 10, 14)
    assert when("the federation estimated on Monday that the harvest fell", pub) is None
    assert when("He told reporters on Monday that", pub) is None
    assert when("they agreed to meet on Monday", pub) == dt.date(2025, 10, 20)
    assert when("the result will be announced on Monday", pub) == dt.date(2025, 10, 20)


def test_full_year_results_reported_on_a_day() -> None:
    text = (
        "We expect Nordhavn to raise its dividend when it reports full-year results on 26 February."
    )
    assert due(text, dt.date(2026, 1, 10), "dividend") == [dt.date(2026, 2, 26)]


def test_the_ruling_party_is_no_court_ruling() -> None:
    text = (
        "The 15 March municipal elections are the main flashpoint. We assess that the ruling "
        "National Unity Party will lose control of Port Alesse city council."
    )
    assert due(text, dt.date(2026, 2, 9), "lose control") == [dt.date(2026, 3, 15)]


def test_a_festivals_day_headings_and_its_end() -> None:
    text = (
        "Festival preview\n\nThe Paddock Post | Friday 6 March 2026\n\nThe festival runs from "
        "Tuesday 10 March to Friday 13 March.\n\nTuesday: the Champion Hurdle\nMorning Ferry "
        "is odds-on at 4/6 for the Champion Hurdle.\n\nFriday: the Gold Cup\nSilver Lantern is "
        "the 2/1 favourite.\n\nCiaran Doyle is 11/10 to be leading rider at the festival."
    )
    pub = dt.date(2026, 3, 6)
    assert due(text, pub, "Morning Ferry") == [dt.date(2026, 3, 10)]
    assert due(text, pub, "Silver Lantern") == [dt.date(2026, 3, 13)]
    assert due(text, pub, "leading rider") == [dt.date(2026, 3, 13)]


def test_a_span_of_months() -> None:
    pub = dt.date(2026, 2, 20)
    assert when("a 60% chance that March-May rainfall will be below normal", pub) == dt.date(
        2026, 5, 31
    )
    assert when("rain in the December-February period", pub) == dt.date(2026, 2, 28)


def test_an_oil_reports_year_quarters_and_next_report() -> None:
    text = (
        "Oil Market Report - March 2026\n\nNorthbridge Energy Agency | Published 12 March 2026"
        "\n\nFor 2026 as a whole, we forecast that global oil demand will grow by 880 kb/d. "
        "Inventories are very likely to build through the second and third quarters. The next "
        "Oil Market Report will be published on 14 April."
    )
    pub = dt.date(2026, 3, 12)
    assert due(text, pub, "880") == [dt.date(2026, 12, 31)]
    assert due(text, pub, "Inventories") == [dt.date(2026, 9, 30)]


def test_unlikely_until_is_settled_when_the_period_begins() -> None:
    pub = dt.date(2026, 3, 1)
    assert when("Egg prices are unlikely to fall until the autumn", pub) == dt.date(2026, 9, 22)
    assert when("the strike mandate runs until 15 January", pub) == dt.date(2027, 1, 15)


def test_a_fortnight_of_a_month_and_a_year_after_easter() -> None:
    pub = dt.date(2025, 11, 5)
    assert when("likely to peak in the first fortnight of January", pub) == dt.date(2026, 1, 14)
    assert when("unlikely to fall before Easter 2027", pub) == dt.date(2027, 3, 28)
