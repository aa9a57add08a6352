"""Readings added in rounds 5-7: scare quotes, "I'd be surprised if", "face ... this
summer", asides, role appositives, bookmakers' prices, reporting verbs before "it was likely
that" / "there was a chance", company descriptions, time frames and horizons."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import PUB, one, run


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
        ("We think it unlikely that she will finish first.", "She will finish first", 0.2, 0.45),
        (
            "The odds of a cut at the March meeting have fallen to around 20%.",
            "A cut at the March meeting will happen",
            0.2,
            0.2,
        ),
        (
            "I'd be surprised if there are still 54 primary schools in Halbury in five years' "
            "time.",
            "There will be still 54 primary schools in Halbury in five years' time",
            0.05,
            0.2,
        ),
        (
            "Varenne Aviation now expects to deliver between 38 and 42 aircraft this year.",
            "Varenne Aviation now will deliver between 38 and 42 aircraft this year",
            0.55,
            0.8,
        ),
        (
            "Inflation should ease later this year.",
            "Inflation will ease later this year",
            0.55,
            0.8,
        ),
    ],
)
def test_claim_and_probability_band(text: str, claim: str, low: float, high: float) -> None:
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


@pytest.mark.parametrize(
    ("text", "claim", "phrase"),
    [
        (
            "Analysts said further unrest is a real possibility ahead of the elections.",
            "Further unrest will happen ahead of the elections",
            "real possibility",
        ),
        (
            "A rate cut in June is a near certainty.",
            "A rate cut in June will happen",
            "almost certain",
        ),
        (
            "He said there was an outside chance of a hung council.",
            "A hung council will happen",
            "slim chance",
        ),
        (
            "The Met Office said there was an increased chance of a hotter summer.",
            "A hotter summer will happen",
            "real possibility",
        ),
        (
            "There is a good chance the government misses its target by September.",
            "The government will miss its target by September",
            "good chance",
        ),
        (
            '"It\'s a near certainty that the hyperscalers trim their spending next year," '
            "he said.",
            "The hyperscalers trim their spending next year",
            "almost certain",
        ),
        (
            "I think there's a good chance we see a second vaccine report results next year.",
            "We will see a second vaccine report results next year",
            "good chance",
        ),
        (
            "Ms Hale said she did not believe the strike would have a lasting effect on trade.",
            "The strike will have a lasting effect on trade",
            "not believe",
        ),
        (
            "A further sovereign downgrade over the next quarter is more likely than not.",
            "A further sovereign downgrade over the next quarter will happen",
            "better than even",
        ),
        (
            "Harrowgate is odds-on to come back with a counterbid within weeks.",
            "Harrowgate will come back with a counterbid within weeks",
            "likely",
        ),
        (
            "Markets are pricing in a quarter-point cut in Bank Rate by the spring.",
            "There will be a quarter-point cut in Bank Rate by the spring",
            "likely",
        ),
        (
            "The model gives Reform a one in three chance of coming first.",
            "Reform will come first",
            "33% chance",
        ),
        (
            'Mr Deakin said: "I don\'t expect the lenders to change their minds."',
            "The lenders will change their minds",
            "not expect",
        ),
        (
            'Analysts said it was now "more likely than not" that Hartwell would run out of cash.',
            "Hartwell will run out of cash",
            "better than even",
        ),
        (
            "A snap election is therefore unlikely before the autumn.",
            "A snap election will happen before the autumn",
            "unlikely",
        ),
        (
            "Inflation, at 7.9%, should fall below 5% by December.",
            "Inflation, at 7.9%, will fall below 5% by December",
            "probably",
        ),
        (
            "There is a good chance Skyreach alone sells ten million copies.",
            "Skyreach alone will sell ten million copies",
            "good chance",
        ),
    ],
)
def test_claim_and_phrase(text: str, claim: str, phrase: str) -> None:
    got, _, _, got_phrase = _only(text)
    assert got == claim
    assert got_phrase == phrase


def test_dont_think_that_will_reads_that_as_the_subject() -> None:
    claim, _, p, _ = _only('"We don\'t think that will change before the summer," she said.')
    assert claim == "That will change before the summer"
    assert p < 0.5


def test_unless_after_a_predicative_estimate() -> None:
    _, _, p, phrase = _only("A sharp fall below $7,000 is very unlikely unless demand collapses.")
    assert phrase == "very unlikely"
    assert p < 0.2


def test_change_from_a_set_date_is_flagged_as_a_schedule() -> None:
    from app.extraction.rules import propose

    found = propose(
        "Rail fares in England will rise by up to 4.6% from 2 March.",
        published=PUB,
        publisher="BBC News",
    )
    assert [ev.flags for _, ev in found] == [("schedule",)]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Governor Andrew Bailey spoke on Thursday. He told reporters that the economy "
            "would be weak in the first half of the year.",
            "Andrew Bailey",
        ),
        (
            "Priya Shah of Aldgate Securities was more positive. She said the slowdown was "
            "temporary and that sales would recover within two years.",
            "Priya Shah",
        ),
        (
            "Shares in software firm Calderwood fell 14% after it warned that sales growth "
            "would slow sharply in the coming year.",
            "Calderwood",
        ),
        (
            "The Economic Commission for Latin America and the Caribbean (ECLAC) forecasts "
            "growth of 4% for next year.",
            "The Economic Commission for Latin America and the Caribbean",
        ),
    ],
)
def test_round5_speakers(text: str, who: str) -> None:
    found = run(text, filter="none")
    assert [c.forecaster for c in found] == [who]


def test_quote_after_a_role_titled_name_belongs_to_that_person() -> None:
    found = run(
        "The letter's organiser, Bristol North MP Helen Carrow, said the rebellion was likely "
        'to grow. "Colleagues are hearing about this every weekend," she told the BBC. "I '
        'think the Treasury will have to give ground before the Budget."',
        filter="none",
    )
    assert [c.forecaster for c in found] == ["Helen Carrow", "Helen Carrow"]


def test_a_weak_modal_under_think_keeps_its_own_value() -> None:
    _, _, p, phrase = _only("Ms Lund said she thought France might overtake Sweden.")
    assert phrase == "might"
    assert 0.3 <= p <= 0.5


def test_but_warned_that_starts_a_new_forecast() -> None:
    found = run(
        'Marcus Eade said Sweden were "very likely" to finish in the top three but warned '
        "that the jury vote could still swing against them.",
        filter="none",
    )
    assert [c.probability_phrase for c in found] == ["very likely", "could"]


def test_long_appositive_after_an_opening_name() -> None:
    found = run(
        "Songscore, an online model that combines betting odds, streaming figures and past "
        "voting patterns, gives Sweden a 31% chance of victory.",
        filter="none",
    )
    assert [(c.forecaster, c.probability) for c in found] == [("Songscore", 0.31)]


def test_the_most_likely_outcome_names_the_speaker() -> None:
    claim, who, _, _ = _only(
        "Tom Haddad, a senior fellow at the Centre for Public Finance, said the most likely "
        "outcome was a compromise of about 3.5%."
    )
    assert who == "Tom Haddad"
    assert claim == "There will be a compromise of about 3.5%"


def test_closing_quote_after_a_comma_ends_the_claim() -> None:
    found = run(
        '"Jobs are temporary, so we may see higher joblessness in February," Julio Hegedus, '
        "chief economist at a consultancy in Rio, told Reuters news agency.",
        filter="none",
    )
    assert [c.forecaster for c in found] == ["Julio Hegedus"]
    assert found[0].quote == "we may see higher joblessness in February"


def test_opening_time_frame_carries_through_its_paragraph() -> None:
    found = run(
        "Over the next six months, we expect the insurgency to stay in rural districts. It "
        "will almost certainly not be defeated.\n\nThe government will probably win.",
        filter="none",
        published=PUB,
    )
    dates = [str(c.resolve_by) for c in found]
    assert dates[:2] == ["2019-08-28", "2019-08-28"]
    assert found[2].horizon_source == "default"


def test_time_of_a_statement_is_not_a_frame() -> None:
    found = run("On Monday, the minister said prices would rise.", filter="none")
    assert [c.horizon_source for c in found] == ["default"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "We have cut our forecast for growth this year to 0.9%, from 1.1% in January.",
            "2019-12-31",
        ),
        ("Mr Khatami predicted economic growth of 7.1% in 2019-20.", "2020-03-31"),
    ],
)
def test_horizon_readings(text: str, day: str) -> None:
    found = run(text, filter="none")
    assert [str(c.resolve_by) for c in found] == [day]


def test_worst_for_a_decade_is_not_a_deadline() -> None:
    found = run("It could turn out to be the worst flu season for a decade.", filter="none")
    assert [c.horizon_source for c in found] == ["default"]


@pytest.mark.parametrize(
    ("text", "claim", "who", "p"),
    [
        (
            "The Hollow Lanterns are 80/1 with bookmakers to win.",
            "The Hollow Lanterns will win",
            "bookmakers",
            1 / 81,
        ),
        (
            "Labour are 1/5 with William Hill to win the election.",
            "Labour will win the election",
            "William Hill",
            5 / 6,
        ),
        (
            "The song is now priced at 2/1 with most bookmakers.",
            "The song will win",
            "bookmakers",
            1 / 3,
        ),
        (
            "Sweden are the bookmakers' favourites to win the contest.",
            "Sweden will win the contest",
            "bookmakers",
            0.4,
        ),
    ],
)
def test_betting_prices_are_the_bookmakers_forecasts(
    text: str, claim: str, who: str, p: float
) -> None:
    got, got_who, got_p, _ = _only(text)
    assert (got, got_who) == (claim, who)
    assert got_p == pytest.approx(p, abs=0.001)


def test_fractions_are_not_odds() -> None:
    assert run("Sales were 5/6 of the total.", filter="none") == []


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Shares in software firm Calderwood fell. HM Revenue and Customs is investigating "
            "its accounts. The company said it did not expect the inquiry to result in a "
            "payment.",
            "Calderwood",
        ),
        (
            "Shares in Harwood & Lane fell after the homeware and clothing retailer warned "
            "that trading would remain difficult.",
            "Harwood & Lane",
        ),
        (
            "Hospitals are preparing for a busy winter, with health officials warning that "
            "flu cases are likely to peak before Christmas.",
            "health officials",
        ),
        (
            "City are fourth, and bookmakers give them a roughly even chance of promotion.",
            "bookmakers",
        ),
    ],
)
def test_company_descriptions_and_participle_speakers(text: str, who: str) -> None:
    assert [c.forecaster for c in run(text, filter="none")] == [who]


def test_put_the_odds_of_x_at() -> None:
    _, who, p, _ = _only(
        "I'd put the odds of most City firms returning to five days a week before 2030 at "
        "about one in four."
    )
    assert who == "Stratfor"  # the writer: "I'd" is the publisher's own voice
    assert p == pytest.approx(0.25)


@pytest.mark.parametrize(
    "text",
    [
        "The government should cut taxes.",
        "Firms should remain cautious.",
        "We should return to growth.",
        "The company expects to open 20 stores next year.",
    ],
)
def test_advice_and_plans_are_not_read_as_forecasts(text: str) -> None:
    assert run(text, filter="none") == []


def test_end_the_year_is_a_horizon() -> None:
    found = run("He expects the yield to end the year around 4.4%.", filter="none")
    assert [str(c.resolve_by) for c in found] == ["2019-12-31"]


def test_odds_in_an_aside_after_chance() -> None:
    _, _, p, _ = _only("There is a small chance, perhaps one in ten, that Aguirre wins the race.")
    assert p == pytest.approx(0.1)


def test_would_have_won_is_still_counterfactual() -> None:
    assert run("He said Labour would have won the seat.", filter="none") == []


def test_past_expectation_without_reported_speech_is_not_read() -> None:
    assert run("Analysts were expecting a rise.", filter="none") == []


def test_backshifted_expecting_names_the_speaker() -> None:
    found = run(
        'GM said it was expecting "reduced financial losses" in Europe in 2020.', filter="none"
    )
    assert [c.forecaster for c in found] == ["GM"]


def test_free_relative_in_the_subject_is_not_the_speaker() -> None:
    found = run(
        "Analysts at the Funding Monitor predict that the gap between what is needed and what "
        "donors have pledged will widen to $3bn next year.",
        filter="none",
    )
    assert [c.forecaster for c in found] == ["Funding Monitor"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Analysts expect the dispute to be settled before Easter.", "2019-04-21"),
        ("They see the Selic ending the year at 12.5%.", "2019-12-31"),
        ("Analysts expect full-year revenue of about $8.9bn.", "2019-12-31"),
        ("Demand will stay ahead of supply through the first half of next year.", "2020-06-30"),
    ],
)
def test_round7_horizons(text: str, day: str) -> None:
    assert [str(c.resolve_by) for c in run(text, filter="none")] == [day]


def test_listed_prices_are_one_forecast_each() -> None:
    found = run(
        "Plaid are 4/6 favourites with most firms to win the most seats, with Reform at 6/4 "
        "and Labour at 8/1.",
        filter="none",
    )
    assert [(c.claim, round(c.probability, 3)) for c in found] == [
        ("Plaid will win the most seats", 0.6),
        ("Reform will win", 0.4),
        ("Labour will win", 0.111),
    ]
    assert {c.forecaster for c in found} == {"bookmakers"}


def test_coordinated_forecasts_with_their_own_values_are_split() -> None:
    found = run(
        "Whitfield predicts that the final price will settle between 1,650p and 1,750p, and "
        "that Crestline could walk away if the bidding goes above 1,800p.",
        filter="none",
    )
    # "predicts that X will": the forecast verb sets the value, as "expects" does
    assert [c.probability_phrase for c in found] == ["expect", "could"]
    assert found[0].quote == "the final price will settle between 1,650p and 1,750p"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Markets are pricing in a quarter-point cut by the spring.", "Markets"),
        ("Officials in Cardiff Bay expect coalition talks to drag on.", "officials in Cardiff Bay"),
        (
            "Two competition lawyers said the CMA might demand the sale of the unit.",
            "Two competition lawyers",
        ),
    ],
)
def test_round8_speakers(text: str, who: str) -> None:
    assert [c.forecaster for c in run(text, filter="none")] == [who]


def test_past_state_inside_a_relative_clause_does_not_block_the_forecast() -> None:
    found = run(
        "Ms Marchand said heatwaves of this intensity, which used to strike once every 50 "
        "years, would probably occur every three to five years by 2050.",
        filter="none",
    )
    assert [str(c.resolve_by) for c in found] == ["2050-12-31"]


@pytest.mark.parametrize(
    "text",
    [
        "The runway extension had originally been expected to open in 2027.",
        "For the country, walking out now would be a mistake.",
    ],
)
def test_past_expectations_and_judgements_stay_out(text: str) -> None:
    assert run(text, filter="none") == []


def test_imperative_dont_expect_is_not_a_forecast() -> None:
    assert run("Don't expect miracles.", filter="none") == []


def test_the_agency_stands_for_the_body_named_before() -> None:
    found = run(
        "The National Oceanic and Atmospheric Administration published its outlook on "
        "Thursday. The agency expects 14 to 20 named storms this season.",
        filter="none",
    )
    assert [c.forecaster for c in found] == ["The National Oceanic and Atmospheric Administration"]


def test_not_last_the_year_resolves_at_its_end() -> None:
    found = run("The government will not last the year, analysts said.", filter="none")
    assert [str(c.resolve_by) for c in found] == ["2019-12-31"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Prices will probably be 5% higher this Christmas.", "2019-12-25"),
        ("We think 10,000 jobs will go before the summer is out.", "2019-08-31"),
        ("It expects one cut this year, fewer than it had assumed in January.", "2019-12-31"),
        (
            "Most universities are likely to be in deficit by the end of this academic year.",
            "2019-07-31",
        ),
    ],
)
def test_round10_horizons(text: str, day: str) -> None:
    assert [str(c.resolve_by) for c in run(text, filter="none")] == [day]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Grocery inflation will peak at about 6.5% in November, the group's director, "
            "Clodagh Bracken, said on Tuesday.",
            "Clodagh Bracken",
        ),
        (
            '"Costs should keep drifting lower," Chief Financial Officer Dana Whitlock said. '
            "She said charge-offs were likely to fall in the second half.",
            "Dana Whitlock",
        ),
        (
            "The bank opens an office in New York in June. Morgan Stanley analyst Priya Rao "
            "raised her price target and said she expects the shares to reach $148.",
            "Priya Rao",
        ),
    ],
)
def test_round11_speakers(text: str, who: str) -> None:
    assert [c.forecaster for c in run(text, filter="none")] == [who]


def test_though_clause_stays_in_the_speakers_report() -> None:
    found = run(
        "Ann Bell said charge-offs were likely to fall in the second half, though a few "
        "office loans might still sour before year-end.",
        filter="none",
    )
    assert [c.forecaster for c in found] == ["Ann Bell", "Ann Bell"]


def test_but_clause_after_a_report_is_the_publishers() -> None:
    found = run(
        "Turkish Petroleum has said first gas could flow in 2023, but full production is very "
        "unlikely to arrive before 2026.",
        filter="none",
    )
    assert [c.forecaster for c in found] == ["Turkish Petroleum", "Stratfor"]


TOUR = (
    "The Tour starts in Barcelona on Saturday. Three weeks later, the race finishes on the "
    "Champs-Elysees on 26 July.\n\nI think Aalto will win it. Velometrics gives Brenner a 38% "
    "chance of overall victory. Dawes expects the race to be decided on the final climb."
)


def test_event_dated_elsewhere_dates_the_forecasts_about_it() -> None:
    found = run(TOUR, published=dt.date(2026, 7, 2), filter="none")
    assert [str(c.resolve_by) for c in found] == ["2026-07-26"] * 3
    assert {c.horizon_text for c in found} == {"race finishes on the Champs-Elysees on 26 July"}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the start of a multi-day event does not date it; its end does
        (
            "The walkout will begin on Monday 16 February and end on Thursday 19 February. "
            "Supermarket shelves could run short during the stoppage, hauliers warned.",
            "2026-02-19",
        ),
        ("Polling day is 7 May. Turnout could fall below 40%.", "2026-05-07"),
        ("The government is expected to win Saturday's vote.", "2026-02-14"),
        # a date that belongs to a speech, and a forecast about after the event, stay undated
        ("The election strategist said on Saturday that turnout could fall.", "2027-02-10"),
        (
            "The election is on 7 May. Taxes will rise after the election, analysts say.",
            "2027-02-10",
        ),
    ],
)
def test_event_dates_and_what_they_do_not_date(text: str, day: str) -> None:
    found = run(text, published=dt.date(2026, 2, 10), filter="none")
    assert found
    assert str(found[-1].resolve_by) == day


def test_a_past_weekday_price_is_not_a_deadline() -> None:
    found = run(
        "The firm will pay $76 a share, 6% more than Wednesday's closing price.",
        published=dt.date(2026, 2, 10),
        filter="none",
    )
    assert [str(c.resolve_by) for c in found] == ["2027-02-10"]


@pytest.mark.parametrize(
    "text",
    [
        "Mr Vane said on Saturday that turnout could fall.",
        "Mr Vane warned last week that turnout could fall.",
    ],
)
def test_time_of_speech_before_that_is_not_part_of_the_claim(text: str) -> None:
    found = run(text, filter="none")
    assert [(c.claim, c.forecaster) for c in found] == [("Turnout will fall", "Vane")]


@pytest.mark.parametrize(
    ("text", "claim", "who", "phrase"),
    [
        (
            '"I would be surprised if the line paid its way within a decade," said Fiona Lachlan.',
            "The line will pay its way within a decade",
            "Fiona Lachlan",
            "very unlikely",
        ),
        (
            "The union said job losses were now almost certain.",
            "Job losses will happen",
            "the union",
            "almost certain",
        ),
        (
            "NOAA published its outlook. A below-normal season, it said, was very unlikely.",
            "A below-normal season will happen",
            "NOAA",
            "very unlikely",
        ),
        (
            "Several traders said they expected the mid-crop, harvested from April, to be the "
            "largest in four years.",
            "The mid-crop, harvested from April, will be the largest in four years",
            "Several traders",
            "expect",
        ),
        (
            "He said the C9 should account for about a third of revenue by the end of the year.",
            "The C9 will account for about a third of revenue by the end of the year",
            "He",
            "probably",
        ),
        ("Our bet is that she will not.", "She will not", "Stratfor", "probably"),
        (
            "The Colombian sprinter Tomas Ruiz is the odds-on favourite for the green jersey.",
            "The Colombian sprinter Tomas Ruiz will win the green jersey",
            "Stratfor",
            "likely",
        ),
    ],
)
def test_round12_readings(text: str, claim: str, who: str, phrase: str) -> None:
    got, forecaster, _, got_phrase = _only(text)
    assert (got, forecaster, got_phrase) == (claim, who, phrase)


def test_favourite_with_a_price_reads_the_price() -> None:
    _, who, p, _ = _only("He is the 6/4 favourite with most bookmakers to win the jersey.")
    assert who == "bookmakers"
    assert p == pytest.approx(0.4)


@pytest.mark.parametrize(
    "text",
    [
        "We are almost certain.",
        "Mr Forsyth is a fine writer and should keep his fiction where it belongs.",
        "And, needless to say, there will be plenty of analysis.",
    ],
)
def test_states_of_mind_advice_and_set_phrases_stay_out(text: str) -> None:
    assert run(text, filter="none") == []


@pytest.mark.parametrize(
    ("text", "claim", "who", "p"),
    [
        (
            "We judge it likely (60-70%) that the transfer will be completed by June.",
            "The transfer will be completed by June",
            "Stratfor",
            0.65,
        ),
        ("The chance of a cut in March is 30%.", "A cut in March will happen", "Stratfor", 0.3),
        (
            "The odds of a deal stood at about one in four, traders said.",
            "A deal will happen",
            "traders",
            0.25,
        ),
        (
            "The Met Office is forecasting heavy showers on Saturday afternoon.",
            "There will be heavy showers on Saturday afternoon",
            "The Met Office",
            0.7,
        ),
        (
            "The city's budget office projects a $410m deficit next year.",
            "There will be a $410m deficit next year",
            "the city's budget office",
            0.7,
        ),
        (
            "Some investors worry that Corvane may have to write down its stake.",
            "Corvane will have to write down its stake",
            "Some investors",
            0.5,
        ),
        ("We assess that the tax will go ahead.", "The tax will go ahead", "Stratfor", 0.7),
    ],
)
def test_round12_more_readings(text: str, claim: str, who: str, p: float) -> None:
    got, forecaster, prob, _ = _only(text)
    assert (got, forecaster) == (claim, who)
    assert prob == pytest.approx(p, abs=0.01)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Dr Hannah Reece was less optimistic. A tear takes six weeks to heal, she said, and "
            "she would be surprised if Okafor lasted more than an hour.",
            "Hannah Reece",
        ),
        (
            "Can Berisha cope? His coach, Sam Ridley, has no doubts: the teenager was unlikely "
            "to be overawed, he said.",
            "Sam Ridley",
        ),
        ("Most analysts were cautious. On average, those analysts expect a 4% rise.", "analysts"),
    ],
)
def test_round12_speakers(text: str, who: str) -> None:
    assert [c.forecaster for c in run(text, filter="none")] == [who]


def test_condition_after_an_aside_is_kept_whole() -> None:
    found = run(
        "Some are worried it could be scuppered if, as ministers have suggested, exams stay.",
        filter="none",
    )
    assert [c.conditional for c in found] == ["exams stay"]


def test_lead_gives_the_day_of_the_event_it_names() -> None:
    text = (
        "Corbridge favourites for Cup final\n\n"
        "Corbridge Rovers walk out at Westmoor Park on Saturday 24 May as favourites to win "
        "the National Cup.\n\nThe model gives Rovers a 56 per cent chance of winning the cup."
    )
    found = run(text, published=dt.date(2025, 5, 22), filter="none")
    assert str(found[-1].resolve_by) == "2025-05-24"


def test_past_month_and_speech_day_do_not_date_events() -> None:
    text = (
        "Rovers won the semi-final at the end of April. Talks over a new deal stalled in March."
        "\n\nRovers will probably win the final. A new deal is likely."
    )
    found = run(text, published=dt.date(2025, 5, 22), filter="none")
    assert [str(c.resolve_by) for c in found] == ["2026-05-22", "2026-05-22"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The firm Pitchline gives Rovers a 56 per cent chance of winning the cup and puts "
            "the odds of the final going to extra time at about one in four.",
            "Pitchline",
        ),
        (
            "The Met Office said rain was likely, and it put the chance that this summer will "
            "be the driest on record at 40 per cent.",
            "The Met Office",
        ),
        (
            "Dr Hannah Reece has treated several Premier League players. She would be surprised "
            "if Okafor lasted an hour.",
            "Hannah Reece",
        ),
    ],
)
def test_round12_estimate_owners(text: str, who: str) -> None:
    assert run(text, filter="none")[-1].forecaster == who


def test_fortnight_is_fourteen_days() -> None:
    found = run("Two more firms are expected to impose bans within a fortnight.", filter="none")
    assert [str(c.resolve_by) for c in found] == ["2019-03-14"]


@pytest.mark.parametrize(
    ("text", "claim", "who", "p"),
    [
        (
            "I wouldn't expect fixed rates to come down by more than a quarter point.",
            "Fixed rates will come down by more than a quarter point",
            "Stratfor",
            0.3,
        ),
        ("I would expect prices to rise.", "Prices will rise", "Stratfor", 0.7),
        (
            "My own view is that Bank Rate will not fall below 3.5% this year.",
            "Bank Rate will not fall below 3.5% this year",
            "Stratfor",
            0.7,
        ),
        (
            "Halvergate's own forecast is for average house prices to rise by 2.5% over 2026.",
            "Average house prices will rise by 2.5% over 2026",
            "Halvergate",
            0.7,
        ),
        (
            "Officials are preparing a summit that diplomats say could settle the dispute.",
            "A summit will settle the dispute",
            "diplomats",
            0.35,
        ),
        ("Many farmers fear that prices will fall.", "Prices will fall", "Many farmers", 0.5),
        (
            "The Centre for Infection Modelling published its outlook. Its modellers put the "
            "chance of the peak exceeding 6,000 at about 15 per cent.",
            "The peak will exceed 6,000",
            "Centre for Infection Modelling",
            0.15,
        ),
    ],
)
def test_round13_readings(text: str, claim: str, who: str, p: float) -> None:
    found = run(text, filter="none")
    assert [(c.claim, c.forecaster) for c in found][-1:] == [(claim, who)]
    assert found[-1].probability == pytest.approx(p, abs=0.01)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Stannard has until 5pm on 24 November to make a firm offer. Analysts expect "
            "Stannard to raise its offer before the deadline.",
            "2025-11-24",
        ),
        (
            "Leaders meet in Selm on 13 May for a summit on the border. Most analysts expect "
            "a partial agreement rather than a full treaty.",
            "2025-05-13",
        ),
        (
            "She said the bill was unlikely to receive Royal Assent before the summer recess, "
            "which begins on 21 July.",
            "2025-07-21",
        ),
    ],
)
def test_round13_event_dates(text: str, day: str) -> None:
    found = run(text, published=dt.date(2025, 3, 1), filter="none")
    assert str(found[-1].resolve_by) == day


def test_its_shares_do_not_make_its_a_firm() -> None:
    text = (
        "Northwind Airways warned on fuel. Its shares fell 8%. Its shares are down 20% this "
        "year.\n\nBut the company said pre-tax profit for 2025 was likely to be between £300m "
        "and £340m."
    )
    assert [c.forecaster for c in run(text, filter="none")][-1] == "Northwind Airways"


def test_before_the_year_is_out_is_the_year_end() -> None:
    found = run("A large vaccine maker is likely to bid before the year is out.", filter="none")
    assert [str(c.resolve_by) for c in found] == ["2019-12-31"]


@pytest.mark.parametrize(
    ("text", "claim", "who", "p"),
    [
        (
            "Ruth Okafor covers the company. She forecasts peak annual sales of $2.4bn by 2032.",
            "There will be peak annual sales of $2.4bn by 2032",
            "Ruth Okafor",
            0.7,
        ),
        (
            "Most public health experts expect any recommendation from that panel to cover only "
            "people aged 75 and over.",
            "Any recommendation from that panel will cover only people aged 75 and over",
            "Most public health experts",
            0.7,
        ),
        (
            "Nordvik Bank published three scenarios. It puts the probability of a straight "
            "rollover at 65%.",
            "A straight rollover will happen",
            "Nordvik Bank",
            0.65,
        ),
        (
            "Nordvik Bank published scenarios. It gives a 20% chance to a fresh cut.",
            "A fresh cut will happen",
            "Nordvik Bank",
            0.2,
        ),
        (
            "Carrow Risk published its odds. It sees a 30% probability that all three "
            "mandates fail.",
            "All three mandates fail",
            "Carrow Risk",
            0.3,
        ),
    ],
)
def test_round14_readings(text: str, claim: str, who: str, p: float) -> None:
    found = run(text, filter="none")
    assert [(c.claim, c.forecaster) for c in found][-1:] == [(claim, who)]
    assert found[-1].probability == pytest.approx(p, abs=0.01)


@pytest.mark.parametrize(
    ("text", "claim", "who", "p"),
    [
        (
            "Base case (55%): the index gains about 3% over 2026.",
            "The index gains about 3% over 2026",
            "Stratfor",
            0.55,
        ),
        ("Kelham survive in only 26% of the simulations.", "Kelham will survive", "Stratfor", 0.26),
        (
            "Economists polled by Reuters expect inflation to ease to 2.9% in April.",
            "Inflation will ease to 2.9% in April",
            "economists polled by Reuters",
            0.7,
        ),
        (
            "Money markets are pricing a roughly 70% chance that the Bank will cut rates in June.",
            "The Bank will cut rates in June",
            "Money markets",
            0.7,
        ),
    ],
)
def test_round15_readings(text: str, claim: str, who: str, p: float) -> None:
    found = run(text, filter="none")
    assert [(c.claim, c.forecaster) for c in found] == [(claim, who)]
    assert found[0].probability == pytest.approx(p, abs=0.01)


def test_a_participle_before_a_share_of_simulations_is_not_read() -> None:
    assert run("The model has Harbourside going down in 48% of its simulations.") == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("I think Athletic nick it on penalties.", "Athletic will nick it on penalties"),
        ("I think Mikael wins it.", "Mikael will win it"),
        (
            "We reckon they lose three of their last four.",
            "They will lose three of their last four",
        ),
    ],
)
def test_pundits_present_tense_call(text: str, claim: str) -> None:
    assert [c.claim for c in run(text, filter="none")] == [claim]


def test_think_with_a_present_state_is_not_a_call() -> None:
    assert run("I think Labour has a problem.", filter="none") == []


# ---------------------------------------------------------------- round 16 (freeze 16)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The Valdorian Institute for Economic Research (VIER) published its outlook on "
            "Monday. Even without the tariff, the institute now forecasts that the economy will "
            "grow by 1.1 per cent this year.",
            "Valdorian Institute for Economic Research",
        ),
        (
            "The Joint Committee on Human Rights reported in July. The committee believed the "
            "new laws might be incompatible with the Human Rights Act.",
            "Joint Committee on Human Rights",
        ),
        (
            "The United Nations Economic Commission for Europe (UNECE) published its survey. "
            "Growth is likely to slow next year, the organisation said in its report.",
            "United Nations Economic Commission for Europe",
        ),
    ],
)
def test_the_body_a_definite_description_stands_for(text: str, who: str) -> None:
    found = run(text, filter="none")
    assert [c.forecaster for c in found] == [who]


def test_a_definite_description_with_no_named_body_is_kept() -> None:
    found = run("The agency expects growth to slow next year.", filter="none")
    assert [c.forecaster for c in found] == ["the agency"]


def test_a_speech_tag_with_a_time_or_place_after_the_verb() -> None:
    text = (
        "Delphine is forecast to strengthen over the Gulf, and could reach Category 4 on "
        "Thursday night, the center said in its 11am advisory."
    )
    assert [c.forecaster for c in run(text, filter="none")] == ["the center"]


def test_first_person_odds_in_a_quote_belong_to_the_speaker() -> None:
    text = (
        "Dr Lena Ostrowski, a hurricane researcher, said the track was well established. "
        '"I\'d put the odds of a Category 4 landfall at about one in five," she said.'
    )
    c = one(text, filter="none")
    assert c.forecaster == "Lena Ostrowski"
    assert c.probability == pytest.approx(0.2)


def test_a_favourite_with_most_firms_and_an_offered_price() -> None:
    text = (
        "Ashby is a 1/3 favourite with most firms, while Paddock Bet is offering 5/2 on "
        "Novotny winning by knockout and 12/1 on a draw."
    )
    found = run(text, filter="none")
    assert [(c.claim, c.forecaster) for c in found] == [
        ("Ashby will win", "bookmakers"),
        ("Novotny will win by knockout", "Paddock Bet"),
    ]
    assert found[0].probability == pytest.approx(0.75)
    assert found[1].probability == pytest.approx(2 / 7, abs=1e-3)
    assert found[0].quote == "Ashby is a 1/3 favourite with most firms"


def test_a_favourite_without_a_price_or_a_bookmaker_is_not_a_price() -> None:
    assert run("Mills is a firm favourite with fans, while others are not.") == []


# ---------------------------------------------------------------- round 17 (freeze 17)


@pytest.mark.parametrize(
    ("text", "claim", "p"),
    [
        ("England might well win in Paris.", "England will win in Paris", 0.4),
        (
            "Bookmakers have England at 4/9 to win the series.",
            "England will win the series",
            9 / 13,
        ),
        (
            "Gusts of up to 45mph are likely on Wednesday afternoon.",
            "Gusts of up to 45mph will happen on Wednesday afternoon",
            0.675,
        ),
        (
            "I would be surprised if anyone moves in before 2028.",
            "Anyone will move in before 2028",
            0.1,
        ),
        ("I'd be surprised if rates rise this year.", "Rates will rise this year", 0.1),
        (
            "A decision from the agency's scientific committee is expected in the first half of "
            "2026.",
            "A decision from the agency's scientific committee will come in the first half of 2026",
            0.7,
        ),
        ("The election is expected on 5 May.", "The election will be held on 5 May", 0.7),
        (
            "Its model puts England's chance of winning the series at 71%.",
            "England will win the series",
            0.71,
        ),
        (
            "The odds of the Fed cutting rates in March are 40%.",
            "The Fed will cut rates in March",
            0.4,
        ),
        ("Tern Capital gives approval an 80% chance.", "Approval will happen", 0.8),
        (
            "Unions put the chance of at least one strike day before Christmas at around 70%.",
            "At least one strike day before Christmas will happen",
            0.7,
        ),
        (
            "We do not expect a direct military confrontation with the kingdom.",
            "There will be a direct military confrontation with the kingdom",
            0.3,
        ),
        ("Those libraries won't reopen.", "Those libraries will not reopen", 0.85),
        (
            "There is next to no chance that a blast furnace is relit.",
            "A blast furnace will be relit",
            0.03,
        ),
    ],
)
def test_round17_readings(text: str, claim: str, p: float) -> None:
    c = one(text, filter="none")
    assert c.claim == claim
    assert c.probability == pytest.approx(p, abs=0.08)


@pytest.mark.parametrize(
    "text",
    [
        "The restart had originally been expected in 2023.",
        "A deal had been widely expected before the summer.",
        "Those found guilty will face fines.",
    ],
)
def test_round17_non_readings(text: str) -> None:
    assert run(text, filter="none") == []


def test_a_chance_list_ends_each_claim() -> None:
    text = (
        "WicketMetrics, the cricket analytics firm, gives England a 58% chance of winning the "
        "first Test and Sri Lanka 17%, with the draw at 25%. Its model puts England's chance "
        "of winning the series at 71%."
    )
    found = run(text, filter="none")
    # "and Sri Lanka 17%" is a forecast of its own, the same firm's (round 41)
    assert [(c.claim, c.forecaster) for c in found] == [
        ("England will win the first Test", "WicketMetrics"),
        ("Sri Lanka will win", "WicketMetrics"),
        ("England will win the series", "WicketMetrics"),
    ]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Competition lawyers were less sanguine. Two said the CMA might demand the sale of "
            "the unit.",
            "Competition lawyers",
        ),
        (
            "Hundreds of care homes could close within the next year, a leading think tank has "
            "warned.",
            "leading think tank",
        ),
        (
            "Borrowing costs will stay high next year, the credit rating agency Moody's said.",
            "Moody's",
        ),
    ],
)
def test_round17_forecasters(text: str, who: str) -> None:
    assert [c.forecaster for c in run(text, filter="none")] == [who]


# ---------------------------------------------------------------- round 18 (freeze 18)


ROUND18_READINGS = [
    (
        "Copper Lantern is the 7/1 favourite with most bookmakers after his win at "
        "Fairyhouse in February.",
        "Copper Lantern will win",
        "bookmakers",
        0.125,
    ),
    ("Harbour Bell is a 9/1 shot.", "Harbour Bell will win", "bookmakers", 0.1),
    (
        "The data service RaceIQ, which simulates the race 100,000 times, gives Harbour Bell "
        "a 12 per cent chance of winning. It rates Copper Lantern's chance at just 9 per cent.",
        "Copper Lantern will win",
        "RaceIQ",
        0.09,
    ),
    (
        "Analysts at the investment bank Ridley & Crane forecast proceeds of about £1.1bn.",
        "There will be proceeds of about £1.1bn",
        "Ridley & Crane",
        0.7,
    ),
    (
        "Economists surveyed by Reuters forecast headline inflation to end the year at 11.5%.",
        "Headline inflation will end the year at 11.5%",
        "economists surveyed by Reuters",
        0.7,
    ),
]


def test_a_question_heading_is_not_a_speaker() -> None:
    text = (
        "The Communications and Spectrum Authority (CSA) is auctioning 120MHz of spectrum.\n\n"
        "Who is taking part?\n\n"
        "The authority expects the auction to raise between £1.2bn and £1.6bn."
    )
    found = run(text, filter="none")
    assert [c.forecaster for c in found] == ["Communications and Spectrum Authority"]


# ---------------------------------------------------------------- round 19 (freeze 19)


ROUND19_READINGS = [
    (
        "Erik Lindqvist arrives as the 9/2 favourite with Paddock Bet after two wins in his "
        "last five starts.",
        "Erik Lindqvist will win",
        "Paddock Bet",  # the firm named ("X Bet"), since freeze 56
        0.18,
    ),
    (
        # each name and its price is a forecast of its own (round 44): the second one
        "Jamie Okafor is 8/1 and Haruto Sakamoto 12/1.",
        "Haruto Sakamoto will win",
        "bookmakers",
        0.0769,
    ),
    ("Paddock Bet makes a playoff 5/1.", "There will be a playoff", "Paddock Bet", 0.17),
    (
        "The GolfMetrics model gives Lindqvist a 14 per cent chance of victory and Okafor "
        "10 per cent.",
        "Lindqvist will win",
        "The GolfMetrics model",
        0.14,
    ),
    (
        'Former champion Aidan Mulcair was blunt. "He probably misses the weekend," he said.',
        "He will miss the weekend",
        "Aidan Mulcair",
        0.675,
    ),
    (
        "The agency expects that number to peak at 4,500 next year.",
        "That number will peak at 4,500 next year",
        "the agency",
        0.7,
    ),
    (
        "She expected workers at the Quebrada Honda mine, whose own contract expires on "
        "April 15, to stage solidarity stoppages in the coming weeks.",
        "Workers at the Quebrada Honda mine, whose own contract expires on April 15, will "
        "stage solidarity stoppages in the coming weeks",
        "She",
        0.7,
    ),
    (
        "Nordchip's 28-nanometre line in Dresden should enter production next quarter.",
        "Nordchip's 28-nanometre line in Dresden will enter production next quarter",
        "Stratfor",
        0.675,
    ),
    (
        "Your morning coffee will cost more this winter than it did last winter.",
        "Your morning coffee will cost more this winter than it did last winter",
        "Stratfor",
        0.85,
    ),
    (
        "Most pundits expect him to climb to world No 1 next season.",
        "He will climb to world No 1 next season",
        "Most pundits",
        0.7,
    ),
    (
        "The TIIE swaps market is pricing about a 65% chance of that move, up from 50% a "
        "fortnight ago.",
        "That move will happen",
        "The TIIE swaps market",
        0.65,
    ),
    (
        "Paddock Bet is offering 150/1 on an amateur lifting the trophy.",
        "An amateur will lift the trophy",
        "Paddock Bet",
        0.0066,
    ),
]


def test_a_chance_quote_holds_who_gives_it() -> None:
    found = run("The TIIE swaps market is pricing about a 65% chance of that move.", filter="none")
    assert found[0].quote == "The TIIE swaps market is pricing about a 65% chance of that move"


def test_an_earlier_body_with_the_head_word_is_the_one_meant() -> None:
    text = (
        "Here is what is driving prices. The Coffee Market Research Institute, a Hamburg-based "
        "research body, expects a surplus of 6 million bags. The institute forecasts that "
        "arabica will average $3.10 a pound in 2026."
    )
    found = run(text, filter="none")
    assert found[-1].forecaster == "Coffee Market Research Institute"


def test_a_basis_after_a_comma_does_not_date_the_forecast() -> None:
    text = (
        "Our analysis: uncollected waste will top 3,000 tonnes by Friday, based on the "
        "council's figure and the backlog since collections stopped on January 12."
    )
    found = run(text, filter="none", published=dt.date(2026, 1, 20))
    assert found[0].quote == "uncollected waste will top 3,000 tonnes by Friday"
    assert str(found[0].resolve_by) == "2026-01-23"


ROUND19_MORE_READINGS = [
    (
        "We put a one-in-four chance on USD/MXN trading above 20.00 before July.",
        "USD/MXN will trade above 20.00 before July",
        "Stratfor",
        0.25,
    ),
    (
        "The central bank's own projections show headline inflation converging to its 3% "
        "target in the third quarter of 2027.",
        "Headline inflation will converge to its 3% target in the third quarter of 2027",
        "the central bank's own projections",
        0.7,
    ),
    (
        'Rosa Quintanilla spoke at the gate. "This will not be over in a week," she said.',
        "This will not be over in a week",
        "Rosa Quintanilla",
        0.85,
    ),
    (
        "Julián Errázuriz, the mediator, told Radio Norte that there was roughly an even "
        "chance of a deal before March 27.",
        "A deal before March 27 will happen",
        "Julián Errázuriz",
        0.5,
    ),
    (
        "The two countries appear to be on track to correct their deficits by 2021, the "
        "Commission said.",
        "The two countries will correct their deficits by 2021",
        "the Commission",
        0.8,
    ),
]


def test_may_wish_to_is_advice() -> None:
    assert run("Investors with peso exposure may wish to hedge through options.") == []


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("trading", "trade"),
        ("lifting", "lift"),
        ("betting", "bet"),
        ("selling", "sell"),
        ("adding", "add"),
        ("opening", "open"),
        ("converging", "converge"),
        ("fixing", "fix"),
    ],
)
def test_ing_lemma(word: str, lemma: str) -> None:
    from app.extraction.rules import _ing_lemma

    assert _ing_lemma(word) == lemma


def test_a_bare_price_is_due_when_the_event_is() -> None:
    text = (
        "The championship at Carrick Bay ends on Sunday 21 June.\n\n"
        "Erik Lindqvist is the 9/2 favourite. Behind him, Jamie Okafor is 8/1."
    )
    found = run(text, filter="none", published=dt.date(2026, 6, 16))
    assert [str(c.resolve_by) for c in found] == ["2026-06-21", "2026-06-21"]


# ---------------------------------------------------------------- round 20 (freeze 20)


ROUND20_READINGS = [
    (
        "The CueStats model, which simulates the draw 100,000 times, gives Reid a 19% "
        "chance of lifting the trophy. It also rates the chance of a first-time winner at "
        "41%, the highest figure it has produced since 2019.",
        "A first-time winner will happen",
        "The CueStats model",
        0.41,
    ),
    (
        "Futures markets currently price roughly a 20% chance of a quarter-point cut in March.",
        "A quarter-point cut in March will happen",
        "Futures markets",
        0.2,
    ),
    (
        'Dennis Harrower predicts a close final. "I would be amazed if either of them loses '
        'before the semi-finals," he said.',
        "Either of them will lose before the semi-finals",
        "Dennis Harrower",
        0.125,
    ),
    (
        "Television pundit Dennis Harrower predicts a Reid-Yan final.",
        "There will be a Reid-Yan final",
        "Dennis Harrower",
        0.7,
    ),
    (
        "BetRiver makes a 147 during the championship a 1/3 shot.",
        "There will be a 147 during the championship",
        "BetRiver",
        0.75,
    ),
    (
        "A second package of sanctions is roughly as likely as not by the end of March.",
        "A second package of sanctions will happen by the end of March",
        "Stratfor",
        0.5,
    ),
    (
        "Whitcombe does not, however, expect the jobless rate to rise above 5% this year.",
        "The jobless rate will rise above 5% this year",
        "Whitcombe",
        0.3,
    ),
    (
        "Manufacturing and construction remain weak, and neither is likely to turn around "
        "before the spring.",
        "Either will turn around before the spring",
        "Stratfor",
        0.325,
    ),
    (
        "The institute forecasts that arabica will average $3.10 a pound in 2026.",
        "Arabica will average $3.10 a pound in 2026",
        "the institute",
        0.7,
    ),
    (
        "Council officials privately concede that the bid is unlikely to be approved in full.",
        "The bid will be approved in full",
        "Council officials",
        0.325,
    ),
]


def test_going_to_a_place_is_not_a_forecast() -> None:
    assert run("The audit found that the money was going to the richest households.") == []


def test_a_price_quote_ends_before_why_the_price_is_short() -> None:
    found = run("Erik Lindqvist arrives as the 9/2 favourite with Paddock Bet after two wins.")
    assert found[0].quote == "Erik Lindqvist arrives as the 9/2 favourite with Paddock Bet"


def test_a_preview_dates_undated_forecasts_by_its_event() -> None:
    text = (
        "Reid the man to beat as the Crucible braces for an open championship\n\n"
        "The World Snooker Championship begins at the Crucible on Saturday morning.\n\n"
        "The final is played over four sessions on Sunday 3 and Monday 4 May. Yan is unlikely "
        "to break the Crucible curse."
    )
    found = run(text, filter="none", published=dt.date(2026, 4, 17))
    assert [(c.claim, str(c.resolve_by)) for c in found] == [
        ("Yan will break the Crucible curse", "2026-05-04")
    ]


# ---------------------------------------------------------------- round 21 (freeze 21)


ROUND21_READINGS = [
    (
        "The consensus is for 4.1 million net additions, down from 5 million.",
        "There will be 4.1 million net additions",
        "the consensus",
        0.7,
    ),
    (
        "A revenue beat is very likely: Lumora has topped consensus in 11 of 12 quarters.",
        "A revenue beat will happen",
        "Stratfor",
        0.875,
    ),
    (
        "RaceMetric gives Vermeulen a 41% chance of victory. The model has Holm on 19%.",
        "Holm will win",
        "RaceMetric",
        0.19,
    ),
    (
        "Spain's agriculture ministry published its first estimate last week, forecasting "
        "production of 1.37 million tonnes.",
        "There will be production of 1.37 million tonnes",
        "Spain's agriculture ministry",
        0.7,
    ),
    (
        "Ruth McAllister said levels on the Tay and the Spey are expected to peak on "
        "Saturday, and that the Tay at Perth could come within half a metre of its record.",
        "The Tay at Perth will come within half a metre of its record",
        "Ruth McAllister",
        0.35,
    ),
]


def test_a_put_value_after_an_aside_stays_in_the_quote() -> None:
    found = run(
        "Dispatch Box Research puts the probability of royal assent before the summer recess, "
        "which begins on 21 July, at 55%.",
        filter="none",
    )
    assert found[0].quote.endswith("at 55%")
    assert found[0].probability == pytest.approx(0.55)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Gusts will probably peak at 90mph this afternoon.", "2026-01-15"),
        ("The number could double by this evening.", "2026-01-15"),
        ("The company expects most customers to be reconnected within 48 hours.", "2026-01-17"),
        ("The disruption will almost certainly spill into Friday morning's commute.", "2026-01-16"),
        ("The line is unlikely to reopen before the weekend.", "2026-01-18"),
    ],
)
def test_live_report_horizons(text: str, day: str) -> None:
    found = run(text, filter="none", published=dt.date(2026, 1, 15))
    assert str(found[0].resolve_by) == day


def test_results_after_the_market_closes_date_a_preview() -> None:
    text = (
        "Lumora earnings preview: ad tier in focus\n\n"
        "Lumora Media reports second-quarter results after the market closes on Thursday.\n\n"
        "A revenue beat is very likely."
    )
    found = run(text, filter="none", published=dt.date(2025, 7, 14))
    assert [str(c.resolve_by) for c in found] == ["2025-07-17"]


def test_a_month_a_company_ended_does_not_date_the_forecast() -> None:
    found = run(
        "Lumora, which ended March with 287 million members, will not reach 300 million by the "
        "end of the year.",
        filter="none",
        published=dt.date(2025, 7, 14),
    )
    assert str(found[0].resolve_by) == "2025-12-31"


# ---------------------------------------------------------------- round 22 (freeze 22)


ROUND22_READINGS = [
    (
        "Our match model makes France favourites for the title with a 38% chance.",
        "France will win the title",
        "Stratfor",
        0.38,
    ),
    (
        "The model makes France favourites with a 38% chance. Ireland are next on 29%.",
        "Ireland will win",
        "Stratfor",
        0.29,
    ),
    (
        "Castlebet has France at 6/5 to win the championship.",
        "France will win the championship",
        "Castlebet",
        0.4545,
    ),
    (
        "Castlebet has France at 6/5 to win the championship, with Ireland at 9/4.",
        "Ireland will win",
        "bookmakers",
        0.3077,
    ),
    (
        "Castlebet make Wales 4/6 to finish bottom.",
        "Wales will finish bottom",
        "Castlebet",
        0.6,
    ),
    (
        "Eastgate International Airport expects to handle 9.4 million passengers between "
        "June and August.",
        "Eastgate International Airport will handle 9.4 million passengers between June and August",
        "Eastgate International Airport",
        0.7,
    ),
]


# ---------------------------------------------------------------- round 23 (freeze 23)


ROUND23_READINGS = [
    ("Kingsbridge Bet has Reece at 9/4.", "Reece will win", "Kingsbridge Bet", 0.3077),
    ("Oddsline makes Wrona a 14/1 shot.", "Wrona will win", "Oddsline", 0.0667),
    (
        "New projects in Salta and Catamarca may add 60,000 tonnes of capacity in 2026.",
        "New projects in Salta and Catamarca will add 60,000 tonnes of capacity in 2026",
        "Stratfor",
        0.4,
    ),
    (
        "Economists at Harbourline estimate the increase will add about 0.2 percentage "
        "points to inflation next year.",
        "The increase will add about 0.2 percentage points to inflation next year",
        "Economists at Harbourline",
        0.7,
    ),
    (
        "A sustained recovery should arrive only in the second half of 2026.",
        "A sustained recovery will arrive only in the second half of 2026",
        "Stratfor",
        0.675,
    ),
]


def test_an_opening_match_does_not_end_a_contest() -> None:
    from app.extraction.horizon import event_dates

    events = event_dates(
        [
            "The World Darts Championship begins at Alexandra Palace on Thursday.",
            "Reece plays his opening match on 20 December.",
        ],
        dt.date(2025, 12, 10),
    )
    assert "contest" not in events  # only the final ends a contest
    events = event_dates(
        [
            "The World Snooker Championship begins at the Crucible on Saturday.",
            "The final is played on Monday 4 May.",
        ],
        dt.date(2026, 4, 17),
    )
    assert str(events["contest"].date) == "2026-05-04"


def test_a_published_poll_is_not_the_vote() -> None:
    text = (
        "Vendel expected to survive Thursday's no-confidence vote\n\n"
        "A poll published on Sunday showed support falling. The government will probably "
        "survive."
    )
    found = run(text, filter="none", published=dt.date(2026, 2, 17))
    assert [str(c.resolve_by) for c in found if "survive" in c.claim] == ["2026-02-19"]


# ---------------------------------------------------------------- round 24 (freeze 24)


ROUND24_READINGS = [
    (
        "Ethiopia's Tesfaye Alemu, the defending champion, is next at 3/1.",
        "Ethiopia's Tesfaye Alemu will win",
        "bookmakers",
        0.25,
    ),
    (
        "Ruth Chepkemoi is available at evens after winning in Tokyo last month.",
        "Ruth Chepkemoi will win",
        "bookmakers",
        0.5,
    ),
    (
        "Finance Minister Lucía Arriaga told reporters on Monday that the economy will "
        "still grow 2.8% this year.",
        "The economy will still grow 2.8% this year",
        "Lucía Arriaga",
        0.85,
    ),
    (
        "The defences along Quay Street, raised by 60cm in 2019, should hold.",
        "The defences along Quay Street will hold",
        "Stratfor",
        0.675,
    ),
    (
        "The Fed's decision should come within 90 days.",
        "The Fed's decision will come within 90 days",
        "Stratfor",
        0.675,
    ),
    (
        "The firm Peregrine Risk estimates claims from the valley will total £30m.",
        "Claims from the valley will total £30m",
        "Peregrine Risk",
        0.7,
    ),
    (
        "Alfa Romeo engines will no longer be made in Arese, Fiat Powertrain said.",
        "Alfa Romeo engines will no longer be made in Arese",
        "Fiat Powertrain",
        0.85,
    ),
]


def test_should_come_from_is_a_rule() -> None:
    assert run("Current government expenditure should come from tax revenues.") == []


def test_sundays_marathon_dates_a_preview() -> None:
    text = (
        "Kiprono the man to beat\n\n"
        "Daniel Kiprono arrives in Brightwater for Sunday's marathon as the fastest man in the "
        "field.\n\n"
        "The women's course record will almost certainly survive."
    )
    found = run(text, filter="none", published=dt.date(2026, 4, 23))
    assert [str(c.resolve_by) for c in found if "record" in c.claim] == ["2026-04-26"]


ROUND25_READINGS = [
    # a crowd's doubt is the low band for the claim
    (
        "But few in Port Selim believe the government will lift the ban before the vote.",
        "The government will lift the ban before the vote",
        "Port Selim",
        0.3,
    ),
    ("Among diplomats, few expect Madrid to budge.", "Madrid will budge", "diplomats", 0.3),
    ("Few expect the talks to succeed.", "The talks will succeed", "Stratfor", 0.3),
    # an event or a document is previewed, not a speaker
    (
        "The summit is not expected to set any new spending target, one senior European "
        "diplomat said.",
        "The summit will set any new spending target",
        "one senior European diplomat",
        0.3,
    ),
    (
        "Officials said the text on accession is expected to repeat last year's wording.",
        "The text on accession will repeat last year's wording",
        "Officials",
        0.7,
    ),
    # present passives after "chance that" look ahead
    (
        "Qureshi puts the probability that the 2028 target is formally dropped before the "
        "next general election at 70%.",
        "The 2028 target will be formally dropped before the next general election",
        "Qureshi",
        0.7,
    ),
    # a tip on a contest, and what was so before, expected again
    (
        "Our verdict: Vento Azzurro should edge it, with Halcyon second.",
        "Vento Azzurro will edge it, with Halcyon second",
        "Stratfor",
        0.675,
    ),
    (
        "The American division should again be the bright spot.",
        "The American division will again be the bright spot",
        "Stratfor",
        0.675,
    ),
    # prices: "6/4 favourites with" a named bookmaker, hyphenated odds, "can be backed at"
    ("Halcyon are 6/4 favourites with Carrick Bet.", "Halcyon will win", "Carrick Bet", 0.4),
    ("Vento Azzurro are priced at 2-1.", "Vento Azzurro will win", "bookmakers", 0.3333),
    (
        "The American entry, Team Kestrel, can be backed at 9/2.",
        "Team Kestrel will win",
        "bookmakers",
        0.1818,
    ),
    # an expectation that ends the sentence
    (
        "Ministry officials said an extension of the ban to basmati, which accounts for a "
        "third of export earnings, is not expected.",
        "An extension of the ban to basmati will happen",
        "Ministry officials",
        0.3,
    ),
    (
        "A decision is not expected before March.",
        "A decision will come before March",
        "Stratfor",
        0.3,
    ),
    # an object with a long relative aside, or two asides, before "to"
    (
        "The firm expects hybrid systems, which pair a small heat pump with an existing boiler, "
        "to take a growing share.",
        "Hybrid systems, which pair a small heat pump with an existing boiler, will take a "
        "growing share",
        "the firm",
        0.7,
    ),
    (
        "The agency does not expect a severe flood warning, the highest level, meaning danger "
        "to life, to be issued this week.",
        "A severe flood warning, the highest level, meaning danger to life, will be issued "
        "this week",
        "the agency",
        0.3,
    ),
    # "each" before "will" is a pronoun, not "political will"
    (
        "Reyes predicts that eight bank mergers worth more than $2bn each will be announced.",
        "Eight bank mergers worth more than $2bn each will be announced",
        "Reyes",
        0.7,
    ),
    (
        "The Heat Pump Installers Federation said sales rose. The federation forecasts 118,000 "
        "installations for the full year.",
        "There will be 118,000 installations for the full year",
        "Heat Pump Installers Federation",
        0.7,
    ),
]


ROUND26_READINGS = [
    # a scenario list with any label, its probability in brackets
    (
        "Negotiated settlement (20%): the government agrees to early parliamentary elections.",
        "The government agrees to early parliamentary elections",
        "Stratfor",
        0.2,
    ),
    # a chance noun after the copula
    (
        "A larger 50 basis point move is a remote chance.",
        "A larger 50 basis point move will happen",
        "Stratfor",
        0.03,
    ),
    (
        "Lindqvist says a June cut is no better than a toss-up.",
        "A June cut will happen",
        "Lindqvist",
        0.5,
    ),
    # what a doubt is about: "can", or a present tense that looks ahead
    (
        "We doubt the company can hold gross margins above 60%.",
        "The company will hold gross margins above 60%",
        "Stratfor",
        0.25,
    ),
    (
        "I doubt he goes beyond the second round.",
        "He will go beyond the second round",
        "Stratfor",
        0.25,
    ),
    # a chance given to a name is its chance to win
    (
        "I give the American roughly a one-in-four chance.",
        "The American will win",
        "Stratfor",
        0.25,
    ),
    (
        "It would be a surprise if the company did not beat the consensus again.",
        "The company will beat the consensus again",
        "Stratfor",
        0.875,
    ),
    (
        "Sweden's Tomas Eklund, the second seed, is 6/1.",
        "Sweden's Tomas Eklund will win",
        "bookmakers",
        0.1429,
    ),
    ("He should win comfortably.", "He will win comfortably", "Stratfor", 0.675),
    (
        '"Demand from chemical plants isn\'t coming back this winter," said Erik Solberg.',
        "Demand from chemical plants will not come back this winter",
        "Erik Solberg",
        0.85,
    ),
    # a speaker in a concessive clause speaks for that clause only
    (
        "The bill is almost certain to pass, although several backbenchers have said privately "
        "that they are uneasy.",
        "The bill will pass",
        "Stratfor",
        0.97,
    ),
]


ROUND27_READINGS = [
    # a model's or a bookmaker's price on a named side or a noun
    (
        "It makes Kingsmoor 47% favourites for the match.",
        "Kingsmoor will win the match",
        "Stratfor",
        0.47,
    ),
    (
        "Bookmakers make the bill 1/5 to pass its second reading.",
        "The bill will pass its second reading",
        "Bookmakers",
        0.8333,
    ),
    (
        "Bookmakers have made manager Colin Pryce 4/6 to be the first manager sacked.",
        "Manager Colin Pryce will be the first manager sacked",
        "bookmakers",
        0.6,
    ),
    (
        "The model rates their chances of staying up at 1-in-5.",
        "They will stay up",
        "Stratfor",
        0.2,
    ),
    (
        "Mira Solberg spoke to the union. Solberg is less optimistic: she puts the odds of the "
        "strike going ahead at 2-1 against.",
        "The strike will go ahead",
        "Mira Solberg",
        0.3333,
    ),
    ("She puts the odds of a deal at 3-1 on.", "A deal will happen", "She", 0.75),
    # a question's outcome at even odds
    (
        "Whether transactions beat last year's total is a toss-up, according to the forum's "
        "chief economist, Gail Sutherland.",
        "Transactions beat last year's total",
        "Gail Sutherland",
        0.5,
    ),
    (
        "It is even odds whether the president attends in person.",
        "The president attends in person",
        "Stratfor",
        0.5,
    ),
    (
        "The consensus forecast is for a full-year dividend of 12 cents a share.",
        "There will be a full-year dividend of 12 cents a share",
        "the consensus",
        0.7,
    ),
    (
        "\"I'd be surprised if Thursday's numbers disappoint,\" Ferreira said.",
        "Thursday's numbers will disappoint",
        "Ferreira",
        0.125,
    ),
    (
        "Elsewhere, Millbridge Athletic should have too much for Port Carrow on Saturday.",
        "Millbridge Athletic will have too much for Port Carrow on Saturday",
        "Stratfor",
        0.675,
    ),
    (
        "Aurelia Airways reports results on Thursday. Analysts polled by the company expect "
        "pre-tax profit of 412m euros.",
        "There will be pre-tax profit of 412m euros",
        "analysts polled by the company",
        0.7,
    ),
]


ROUND28_READINGS = [
    (
        "His closest challenger, Lucas Moreau of Scuderia Valente, is 5/2.",
        "His closest challenger, Lucas Moreau of Scuderia Valente, will win",
        "bookmakers",
        0.2857,
    ),
    (
        "Noah Fenwick is 11-4 for pole position on Saturday.",
        "Noah Fenwick will win pole position on Saturday",
        "bookmakers",
        0.2667,
    ),
    # "1-3 on" and "3-1 on" are the same odds-on price
    (
        "The bookmakers make Kestrel 1-3 on to win the constructors' title.",
        "Kestrel will win the constructors' title",
        "bookmakers",
        0.75,
    ),
    (
        'Boateng put the chance of finding ice at "a coin flip, maybe a little worse".',
        "Finding ice will happen",
        "Boateng",
        0.5,
    ),
    (
        "Industry insiders reckon it is odds-on that drivers at the two depots join the action.",
        "Drivers at the two depots join the action",
        "Industry insiders",
        0.675,
    ),
    (
        "It's about evens whether the regulator raises the farmgate price.",
        "The regulator raises the farmgate price",
        "Stratfor",
        0.5,
    ),
    (
        "There's every chance of a safety car at some point.",
        "A safety car at some point will happen",
        "Stratfor",
        0.875,
    ),
    (
        "The tyre supplier expects the medium compound to last at least 30 laps.",
        "The medium compound will last at least 30 laps",
        "the tyre supplier",
        0.7,
    ),
    (
        "Turnout is likely to clear the legal 50% threshold, according to the union's regional "
        "organiser, Dave Pryce.",
        "Turnout will clear the legal 50% threshold",
        "Dave Pryce",
        0.675,
    ),
]


ROUND29_READINGS = [
    # an analysts' stated number in brackets wins over the word
    (
        "A deliberate exchange of fire between the two navies is unlikely (10-20%) before June.",
        "A deliberate exchange of fire between the two navies will happen before June",
        "Stratfor",
        0.15,
    ),
    (
        "We judge it more likely than not that both states will expand their fleets.",
        "Both states will expand their fleets",
        "Stratfor",
        0.58,
    ),
    (
        "We judge the chance of such talks starting before the end of February to be roughly even.",
        "Such talks will start before the end of February",
        "Stratfor",
        0.5,
    ),
    (
        "I doubt a single shovel goes into the ground before 2028.",
        "A single shovel will go into the ground before 2028",
        "Stratfor",
        0.25,
    ),
    (
        "Meridian is publicly forecasting a three-day opening of $120 million.",
        "There will be a three-day opening of $120 million",
        "Meridian",
        0.7,
    ),
    (
        "Bookmakers have the Mariners as 8/13 favourites to win the series.",
        "The Mariners will win the series",
        "Bookmakers",
        0.619,
    ),
    (
        "One local bookmaker is taking bets, quoting approval at 1/3 and refusal at 9/4.",
        "Refusal will happen",
        "bookmakers",
        0.3077,
    ),
    (
        "Analysts think the film will pass $1 billion, though few expect it to get there "
        "before August.",
        "It will get there before August",
        "Stratfor",
        0.3,
    ),
]


ROUND30_READINGS = [
    # prices listed after "is", and a shot
    (
        "The champion is the 4/6 favourite, while Brandt is 11-10 and the draw is a 20-1 shot.",
        "The draw will win",
        "bookmakers",
        0.0476,
    ),
    # "that" left out after "it was unlikely"
    (
        "She said it was unlikely the scheme would be finished before 2028.",
        "The scheme will be finished before 2028",
        "She",
        0.325,
    ),
]


ROUND31_READINGS = [
    # "in the past week" dates a fall, it does not make the forecast after it a past ability
    (
        "Prices have fallen by about 30% in the past week, and resellers said prices were "
        "likely to fall further.",
        "Prices will fall further",
        "resellers",
        0.675,
    ),
    # a quotation opening after the verb
    (
        'Huw Prosser said the weekend was "on course to be the biggest in the city\'s history".',
        "The weekend will be the biggest in the city's history",
        "Huw Prosser",
        0.8,
    ),
    # prices: who has them, what is available, what a bookmaker makes odds-on, a stake
    # on an outcome, an outcome priced beside another price
    (
        "Most firms have Kingsmoor at 4/6 to lift the trophy, with Harbourside available at 6/5.",
        "Harbourside will win",
        "bookmakers",
        0.4545,
    ),
    (
        "Most firms have Kingsmoor at 4/6 to lift the trophy.",
        "Kingsmoor will lift the trophy",
        "bookmakers",
        0.6,
    ),
    (
        "Local bookmakers make the Nationals odds-on to hold on.",
        "The Nationals will hold on",
        "bookmakers",
        0.675,
    ),
    (
        "For punters looking for value, Sky Bet offers 11-4 on Kingsmoor winning by between "
        "one and seven points.",
        "Kingsmoor will win by between one and seven points",
        "Sky Bet",
        0.2667,
    ),
    (
        "The Social Democrats are 8/13 to win the most seats, and a hung parliament is 1/6.",
        "A hung parliament will happen",
        "bookmakers",
        0.857,
    ),
    # chances assigned, implied with a present tense, rated in words, given after a dash
    (
        "We assign a 65% probability to Tavaria formally requesting one by the end of June.",
        "Tavaria will formally request one by the end of June",
        "Stratfor",
        0.65,
    ),
    (
        "Option prices imply roughly a 70% probability that Brackwell is eventually sold.",
        "Brackwell will be eventually sold",
        "Option prices",
        0.7,
    ),
    (
        'Oliver Grant rated Norvik\'s chances of winning at "better than even".',
        "Norvik will win",
        "Oliver Grant",
        0.58,
    ),
    (
        'Dr Elena Russo said the probability of a larger quake was "low but not negligible" \u2013 '
        "around 2% over the next month.",
        "A larger quake will happen",
        "Elena Russo",
        0.02,
    ),
    (
        "We think a default on that bond is unlikely \u2013 our base case puts the chance at "
        "1-in-5.",
        "A default on that bond will happen",
        "Stratfor",
        0.2,
    ),
    # a coin flip is not a bookmaker's price
    (
        'Fenwick said Reddy was "probably 50-50" to start.',
        "Reddy will start",
        "Fenwick",
        0.5,
    ),
    # a chance added after a forecast is its own, the same forecaster's
    (
        "The Met Office expects temperatures of around 24C at kick-off, with a 30% chance of "
        "thunderstorms later in the evening.",
        "Thunderstorms later in the evening will happen",
        "The Met Office",
        0.3,
    ),
    # who told an audience, and "I" in a quotation
    (
        "Deborah Kaur told a scrutiny meeting last week that it was unlikely the scheme would "
        "be finished before 2028.",
        "The scheme will be finished before 2028",
        "Deborah Kaur",
        0.325,
    ),
    (
        '"Castellan will come back. I\'d expect something north of 300p before the vote," '
        "said Ruth Adebayo.",
        "There will be something north of 300p before the vote",
        "Ruth Adebayo",
        0.7,
    ),
    # a modeller in apposition, giving "the ..." a chance
    (
        "Election analyst Farid Qureshi, whose model correctly called the last two elections, "
        "gives the Social Democrats a 58% chance of winning the most seats.",
        "The Social Democrats will win the most seats",
        "Farid Qureshi",
        0.58,
    ),
]


ROUND32_READINGS = [
    # a long shot, after a modal and after an aside
    (
        "A stage win for the little Marche-based squad would be a long shot.",
        "A stage win for the little Marche-based squad will happen",
        "Stratfor",
        0.125,
    ),
    (
        "The government's pledge of 6,500 extra teachers by 2029 is, frankly, a long shot.",
        "The government's pledge of 6,500 extra teachers by 2029 will happen",
        "Stratfor",
        0.125,
    ),
    # "a 3-1 shot" after a name in apposition; a favourite arriving somewhere, priced "at"
    (
        "His closest challenger, the Italian Luca Benetti, is a 3-1 shot.",
        "His closest challenger, the Italian Luca Benetti, will win",
        "bookmakers",
        0.25,
    ),
    (
        "Tomas Vingaard arrives in Sicily as the odds-on favourite at 4/6 with most bookmakers.",
        "Tomas Vingaard will win",
        "bookmakers",
        0.6,
    ),
    # "unless" makes a call of what reads like a schedule
    (
        "The bank will cut in December unless something goes badly wrong.",
        "The bank will cut in December",
        "Stratfor",
        0.85,
    ),
    # a number in an aside, and a chance assigned to a scenario, both in the present tense
    (
        "The most probable outcome, at around 60%, is that Mwangura wins in the first round.",
        "Mwangura will win in the first round",
        "Stratfor",
        0.6,
    ),
    (
        "We assign a 25% probability to a scenario where the president resigns.",
        "The president will resign",
        "Stratfor",
        0.25,
    ),
    # how many hold the view is part of who holds it
    (
        "Most observers expect the appeal to succeed.",
        "The appeal will succeed",
        "Most observers",
        0.7,
    ),
    # a forecaster named after the forecast, before a relative clause
    (
        "Build costs are likely to rise a further 4% next year, the Northshire Builders' "
        "Federation forecasts, which could make smaller schemes unviable.",
        "Build costs will rise a further 4% next year",
        "the Northshire Builders' Federation",
        0.675,
    ),
    # a subject shared with a first verb that is not a saying one; a month's noun is no verb
    (
        "Money markets moved quickly after the release and now price an 80% probability of "
        "a December cut.",
        "A December cut will happen",
        "Money markets",
        0.8,
    ),
    (
        "The bank's staff projected growth of 1.1% in 2026, down from 1.6% in the September "
        "forecast, and said unemployment was poised to peak at 4.6% in the spring.",
        "Unemployment will peak at 4.6% in the spring",
        "the bank's staff",
        0.8,
    ),
]


ROUND33_READINGS = [
    # a runner's price in apposition, in words, before a relative clause
    (
        "The main threat is Ballyfane Lad, a 7-1 chance who has been laid off since Christmas.",
        "Ballyfane Lad will win",
        "bookmakers",
        0.125,
    ),
    (
        "Then there is the mare Miss Marigold, who is available at ten-to-one.",
        "Miss Marigold will win",
        "bookmakers",
        0.0909,
    ),
    (
        "Tommy's Promise is a 100-1 shot whose trainer admits he needs luck.",
        "Tommy's Promise will win",
        "bookmakers",
        0.0099,
    ),
    # a price on a clause
    (
        "StarlingBet makes it odds-on at 4/6 that fewer than 20 horses complete the course.",
        "Fewer than 20 horses complete the course",
        "StarlingBet",
        0.6,
    ),
    (
        "The same firm offers evens that the winner is aged ten or older.",
        "The winner will be aged ten or older",
        "bookmakers",
        0.5,
    ),
    # a bracketed number after "it is likely" and after a chance noun
    (
        "We assess that it is likely (55-70%) that the defence ministry will select Aurelion.",
        "The defence ministry will select Aurelion",
        "Stratfor",
        0.625,
    ),
    (
        "There is also a remote chance (below 10%) that the programme is cancelled outright.",
        "The programme will be cancelled outright",
        "Stratfor",
        0.05,
    ),
    # "consider X unlikely"; a runner as a long shot; a body's own forecast; a forecast
    # made last week
    (
        "Most analysts consider a quota unlikely this season.",
        "There will be a quota this season",
        "Most analysts",
        0.325,
    ),
    ("Benetti is a long shot.", "Benetti will win", "Stratfor", 0.125),
    (
        "The national weather service gives a 60% chance of above-average rainfall.",
        "Above-average rainfall will happen",
        "the national weather service",
        0.6,
    ),
    (
        "The International Grains Forum last week projected world wheat production at a "
        "record 808 million tonnes.",
        "There will be world wheat production at a record 808 million tonnes",
        "International Grains Forum",
        0.7,
    ),
]


ROUND34_READINGS = [
    # more written prices: made favourite at, odds-on at, next in the betting, a described
    # runner who is available at, a price on a clause held or offered
    (
        "The bookmakers have made Lin Haoran favourite at 3/1.",
        "Lin Haoran will win",
        "bookmakers",
        0.25,
    ),
    (
        "He is odds-on at 4/6 to reach the semi-finals.",
        "He will reach the semi-finals",
        "bookmakers",
        0.6,
    ),
    (
        "Defending champion Callum Reid is next in the betting at 9-2.",
        "Defending champion Callum Reid will win",
        "bookmakers",
        0.1818,
    ),
    (
        "The outsider is Tom Hadley, a 19-year-old qualifier from Doncaster who is available "
        "at 100-1.",
        "Tom Hadley will win",
        "bookmakers",
        0.0099,
    ),
    (
        "Betfair has it at evens that a maximum break will be made during the tournament.",
        "A maximum break will be made during the tournament",
        "Betfair",
        0.5,
    ),
    (
        "Elsewhere, bookmakers offer 11/10 that this year's champion will be a first-time winner.",
        "This year's champion will be a first-time winner",
        "bookmakers",
        0.4762,
    ),
    # tipped by others
    (
        "Ellery is tipped by several pundits to make at least the quarter-finals.",
        "Ellery will make at least the quarter-finals",
        "Stratfor",
        0.675,
    ),
    # a named central case or best guess, whose it is
    (
        "Autometrics' central case is that Chinese manufacturers will reach a 12% share.",
        "Chinese manufacturers will reach a 12% share",
        "Autometrics",
        0.675,
    ),
    (
        "Our central case is that the bank holds rates.",
        "The bank will hold rates",
        "Stratfor",
        0.675,
    ),
    # the chance that X is put in words and then in a number; a scenario in the present
    (
        "In our view the chance that it strikes down the reform is remote, at around 10%.",
        "It will strike down the reform",
        "Stratfor",
        0.1,
    ),
    (
        "Alternative (30%): The vote is postponed into March while talks go on.",
        "The vote is postponed into March while talks go on",
        "Stratfor",
        0.3,
    ),
]


ROUND35_READINGS = [
    # odds-on at a price with no verb; a long shot priced for a prize; a listed outcome
    (
        "For the opening Test, the hosts are odds-on at 4/6.",
        "The hosts will win",
        "bookmakers",
        0.6,
    ),
    (
        "Their captain, Sipho Daniels, is a 100-1 long shot for top run-scorer.",
        "Their captain, Sipho Daniels, will win top run-scorer",
        "bookmakers",
        0.0099,
    ),
    (
        "New Zealand are 8/11 favourites, with South Africa at 2/1 and the drawn series at 5-1.",
        "The drawn series will happen",
        "bookmakers",
        0.1667,
    ),
    # a safe bet; the chance of something "being signed"
    (
        "A sell-out crowd for the first day in Christchurch is a safe bet.",
        "A sell-out crowd for the first day in Christchurch will happen",
        "Stratfor",
        0.875,
    ),
    (
        "I would put the chance of a multi-year sharing deal being signed by next spring at "
        "no better than one in four.",
        "A multi-year sharing deal will be signed by next spring",
        "Stratfor",
        0.25,
    ),
    # a scenario labelled first, its chance last
    (
        "Alternative: talks stall into 2027 (probability 35%).",
        "Talks stall into 2027",
        "Stratfor",
        0.35,
    ),
    (
        "Low-probability, high-impact: talks collapse (probability 10%).",
        "Talks collapse",
        "Stratfor",
        0.1,
    ),
]


ROUND36_READINGS = [
    (
        "The defending champion, Gerwyn van Duin, is a best-priced 4-1.",
        "The defending champion, Gerwyn van Duin, will win",
        "bookmakers",
        0.2,
    ),
    # "while" after a likelihood word opens a condition, not a new clause
    (
        "A sharp correction is highly unlikely while unemployment is near record lows.",
        "A sharp correction will happen while unemployment is near record lows",
        "Stratfor",
        0.125,
    ),
    # "put it at no more than even that X"; "In X's view, Y"
    (
        "I would put it at no more than even that those trains enter service next year.",
        "Those trains enter service next year",
        "Stratfor",
        0.325,
    ),
    (
        "In Lind's view, the sell-off will reverse within weeks.",
        "The sell-off will reverse within weeks",
        "Lind",
        0.85,
    ),
    # a scenario labelled with a dash, its chance closing the sentence
    (
        "Base case - gradual tightening (60%). Controls expand.",
        "Gradual tightening",
        "Stratfor",
        0.6,
    ),
]


ROUND37_READINGS = [
    (
        "Jae-won Park, the Korean who finished runner-up here last year, is a 20-to-1 shot.",
        "Jae-won Park will win",
        "bookmakers",
        0.0476,
    ),
    (
        "Finn Daly, the amateur champion from Cork, is a 250/1 long shot in the same market.",
        "Finn Daly will win",
        "bookmakers",
        0.004,
    ),
    (
        "The same model makes a first-time major winner a 45% chance.",
        "There will be a first-time major winner",
        "Stratfor",
        0.45,
    ),
    (
        "It's a safe bet that Britain passes one million installed heat pumps by 2028.",
        "Britain will pass one million installed heat pumps by 2028",
        "Stratfor",
        0.875,
    ),
    (
        "Downside case (30%): rains are late or weak, and rationing continues into 2027.",
        "Rains are late or weak",
        "Stratfor",
        0.3,
    ),
    (
        "We assess it unlikely (20-35%) that protests spread into nationwide unrest.",
        "Protests spread into nationwide unrest",
        "Stratfor",
        0.275,
    ),
    (
        "We see no more than even odds that the tunnel is operating by 2030.",
        "The tunnel is operating by 2030",
        "Stratfor",
        0.325,
    ),
    (
        "I would put the odds of the 2035 phase-out date for new gas boilers surviving to the "
        "next election at no better than one in three.",
        "The 2035 phase-out date for new gas boilers will survive to the next election",
        "Stratfor",
        0.3333,
    ),
]


ROUND38_READINGS = [
    (
        "His main rival is Tesfaye Alemu, the defending champion, who is next best at 5-2.",
        "Tesfaye Alemu will win",
        "bookmakers",
        0.2857,
    ),
    (
        "Joshua Okello, a former world medallist, is trading at 6.0 on one betting exchange.",
        "Joshua Okello will win",
        "bookmakers",
        0.1667,
    ),
    (
        "Bookmakers offer 9-to-2 against the men's course record of 2:04:51 falling.",
        "The men's course record of 2:04:51 will fall",
        "Bookmakers",
        0.1818,
    ),
    ("Gebre is 7/4 second favourite.", "Gebre will win", "bookmakers", 0.3636),
    (
        "Our downside scenario (25%) is a weak and erratic season.",
        "There will be a weak and erratic season",
        "Stratfor",
        0.25,
    ),
    (
        "Our base case, to which we assign a 60% probability, is a broadly normal monsoon.",
        "There will be a broadly normal monsoon",
        "Stratfor",
        0.6,
    ),
]


ROUND39_READINGS = [
    (
        "Italy's Matteo Sarti is the 2/1 favourite for Friday's 100m freestyle final.",
        "Italy's Matteo Sarti will win Friday's 100m freestyle final",
        "bookmakers",
        0.3333,
    ),
    (
        "Sarti is the 2/1 favourite, with France's Hugo Delmas close behind at 5/2.",
        "France's Hugo Delmas will win",
        "bookmakers",
        0.2857,
    ),
    (
        "My guess is that the council will quietly scale the project back within 18 months.",
        "The council will quietly scale the project back within 18 months",
        "Stratfor",
        0.675,
    ),
    (
        "Lena Hartwig runs research at Meridian. Her central case is for March futures to trade "
        "between $10.20 and $10.60.",
        "March futures will trade between $10.20 and $10.60",
        "Lena Hartwig",
        0.675,
    ),
    (
        "Professor Alan Greaves is more cautious. In his view, a split decision is a realistic "
        "possibility.",
        "A split decision will happen",
        "Professor Alan Greaves",
        0.45,
    ),
]


ROUND40_READINGS = [
    (
        "They are poised for a record crop of more than 20 million bottles.",
        "They will see a record crop of more than 20 million bottles",
        "Stratfor",
        0.8,
    ),
    (
        "France's harvest is projected at 39.5 million hectolitres by the agriculture ministry.",
        "France's harvest will be 39.5 million hectolitres",
        "Stratfor",
        0.7,
    ),
    ("Growth is forecast at 1.5% this year.", "Growth will be 1.5% this year", "Stratfor", 0.7),
]

ROUND41_READINGS = [
    # a report verb that is a noun here: "leading hope" opens an apposition
    (
        "Britain's leading hope, Kwame Adeyemi-Lowe, is 3/1 with Fairline Bet to win gold, a "
        "price his coach regards as an insult.",
        "Kwame Adeyemi-Lowe will win gold",
        "Fairline Bet",
        0.25,
    ),
    (
        "For British decathlete Owen Price, a medal would be a long shot at 25/1.",
        "A medal will happen",
        "bookmakers",
        0.038,
    ),
    (
        "Britain's women's 4x100m quartet are in line for a medal on the final night.",
        "Britain's women's 4x100m quartet will win a medal on the final night",
        "Stratfor",
        0.675,
    ),
    ("She is in line to succeed him as chair.", "She will succeed him as chair", "Stratfor", 0.675),
    (
        "Sam Okafor is less sure. He reckons the Conservatives will finish fourth, and in his "
        "view the Greens are on course to save their deposit.",
        "The Greens will save their deposit",
        "Sam Okafor",
        0.8,
    ),
    (
        "Sam Okafor is less sure. A recount, Okafor told reporters, was a realistic possibility.",
        "A recount will happen",
        "Sam Okafor",
        0.45,
    ),
    (
        "Professor Helen Marsh said Reform would probably win. Her model suggests Labour's vote "
        "share is set to fall by more than 20 points.",
        "Labour's vote share will fall by more than 20 points",
        "Professor Helen Marsh",
        0.8,
    ),
    (
        "The returning officer expects the result to be declared at around 3am on Friday.",
        "The result will be declared at around 3am on Friday",
        "the returning officer",
        0.7,
    ),
    (
        "The recycling charity ClearCycle is more optimistic. It predicts that the recycling "
        "rate will top 50% by 2027.",
        "The recycling rate will top 50% by 2027",
        "the recycling charity ClearCycle",
        0.7,
    ),
    (
        "Road Freight UK warned that the shortage of lorry drivers, including bin lorry crews, "
        "could worsen over the winter.",
        "The shortage of lorry drivers will worsen over the winter",
        "Road Freight UK",
        0.35,
    ),
    (
        "We judge it likely, at around 70%, that the statute is approved.",
        "The statute is approved",
        "Stratfor",
        0.7,
    ),
    # a scenario's label and chance as a sentence, its story in the next
    (
        "Managed Yes (40%). The statute passes by a clear margin and talks on implementation "
        "begin.",
        "The statute passes by a clear margin and talks on implementation begin",
        "Stratfor",
        0.4,
    ),
    (
        "Reform are 4/9 favourites with Castleway Bet, with the Liberal Democrats at 7/2 and "
        "Labour out at 12/1.",
        "Labour will win",
        "Castleway Bet",
        0.0769,
    ),
]

ROUND42_READINGS = [
    (
        "Fairbrother & Lowe, the London firm that has made a book on the prize since 2011, has "
        "Tessa Vane's The Glass Ferry at 5/2 to win.",
        "Tessa Vane's The Glass Ferry will win",
        "bookmakers",
        0.2857,
    ),
    (
        "Next in the betting is Nadia Okafor's The Salt Orchard at 7-2, followed by Pieter "
        "Janssen's A House Without Clocks at 4-1.",
        "Pieter Janssen's A House Without Clocks will win",
        "bookmakers",
        0.2,
    ),
    (
        "Callum Duffy's Wren is 7-1, and Hollis Grant's Surveyors, the only book on the list "
        "from a first-time novelist, is the 10-1 outsider.",
        "Hollis Grant's Surveyors will win",
        "bookmakers",
        0.0909,
    ),
    ("It is 4/6 that the winner is a woman.", "The winner is a woman", "bookmakers", 0.6),
    (
        "It is 4/6 that the winner is a woman, and evens that the novel runs to 400 pages.",
        "The novel runs to 400 pages",
        "bookmakers",
        0.5,
    ),
    (
        "Local bookmaker Hollis & Co has made Aurora Nine the 6/4 favourite for the trophy.",
        "Aurora Nine will win the trophy",
        "Hollis & Co",
        0.4,
    ),
    (
        "For the final, Holt is backing Aurora Nine to lift the trophy with a 3-2 win.",
        "Aurora Nine will lift the trophy with a 3-2 win",
        "Holt",
        0.675,
    ),
    (
        "StatForge gives Aurora Nine a 41% chance of winning the title, Tidebreak 29% and "
        "Northstar 12%.",
        "Northstar will win",
        "StatForge",
        0.12,
    ),
    (
        "Our base case (probability 60%) is a return of 5.5% for the fiscal year.",
        "There will be a return of 5.5% for the fiscal year",
        "Stratfor",
        0.6,
    ),
    (
        "In our bear case (25%), a global recession pushes the return to minus 3%.",
        "A global recession pushes the return to minus 3%",
        "Stratfor",
        0.25,
    ),
    (
        "The observatory published its scenario table:\n\n- A small explosive eruption from "
        "the summit crater: 35%\n",
        "A small explosive eruption from the summit crater",
        "Stratfor",
        0.35,
    ),
    # a nickname inside a name; a place after "in" is nobody's name
    (
        'We asked Marcus "Ledger" Holt for his picks. Holt spoke to reporters in Puerto Alto. '
        '"Northstar will take a map off them," he said.',
        "Northstar will take a map off them",
        "Marcus Holt",
        0.85,
    ),
]

ROUND43_READINGS = [
    (
        "Pemberton & Gale make the Oxmoor men 4/6 favourites, with Castlebridge at 6/5.",
        "Castlebridge will win",
        "bookmakers",
        0.4545,
    ),
    (
        "Pemberton & Gale make the Oxmoor men 4/6 favourites.",
        "The Oxmoor men will win",
        "bookmakers",
        0.6,
    ),
    ("Fairlight make him 1/10.", "He will win", "Fairlight", 0.9091),
    ('"I\'d put it at 60-40 to the Light Blues," he said.', "The Light Blues will win", "he", 0.6),
    (
        "She said the men's race was probably Oxmoor's to lose.",
        "The men's race will be won by Oxmoor",
        "She",
        0.675,
    ),
    (
        "The bookmakers at Fairlight Bet have it at 1/4, which is about as short as it gets.",
        "It will win",
        "Fairlight Bet",
        0.8,
    ),
    (
        "Ines Morrow is the favourite for Northbound at 4/6.",
        "Ines Morrow will win for Northbound",
        "bookmakers",
        0.6,
    ),
    (
        "Ines Morrow is the favourite, but my money is on Kenji Arata for The Salt Orchard.",
        "Kenji Arata will win for The Salt Orchard",
        "Stratfor",
        0.675,
    ),
    (
        "Clara Voss (The Salt Orchard) and Amaka Bright (Tidewater) are both 5/6 with Fairlight.",
        "Clara Voss (The Salt Orchard) and Amaka Bright (Tidewater) will win",
        "Fairlight",  # the firm named after the price (freeze 67)
        0.5455,
    ),
    (
        "Rosa Lind is a near-certainty for supporting actress.",
        "Rosa Lind will win supporting actress",
        "Stratfor",
        0.97,
    ),
    ("I'd put his chances at no better than one in three.", "He will win", "Stratfor", 0.3333),
    (
        "Its only real rival is Northbound, priced at 3/1, the road-trip drama that swept the "
        "awards.",
        "Northbound will win",
        "bookmakers",
        0.25,
    ),
    (
        "Sahlberg's central projection has the centre-right Civic Alliance winning 68 seats, "
        "up from 54.",
        "The centre-right Civic Alliance will win 68 seats",
        "Sahlberg",
        0.7,
    ),
    (
        "In only 3% of the model's simulations does any single party reach 91 seats.",
        "Any single party will reach 91 seats",
        "Stratfor",
        0.03,
    ),
    (
        "The model gives a coalition of the Civic Alliance and the Agrarian Centre a 24% chance "
        "of reaching 91 seats.",
        "A coalition of the Civic Alliance and the Agrarian Centre will reach 91 seats",
        "Stratfor",
        0.24,
    ),
    (
        "Sahlberg sets out three scenarios: a minority government (45%), a grand coalition of "
        "the Civic Alliance and the Social Democrats (30%) and a repeat election (25%).",
        "There will be a repeat election",
        "Sahlberg",
        0.25,
    ),
    (
        "Analysts at Stanmore expect revenue growth of 24% in 2026 and 20% in 2027.",
        "The revenue growth will be 20% in 2027",
        "Analysts at Stanmore",
        0.7,
    ),
    (
        "Priya Natarajan forecasts a shortfall of about 1.8 million pens in the first quarter "
        "of 2026, narrowing to 600,000 in the second quarter.",
        "The shortfall will narrow to 600,000 in the second quarter",
        "Priya Natarajan",
        0.7,
    ),
    (
        "The federation forecasts 118,000 installations for the full year and 150,000 in 2026.",
        "There will be 150,000 installations in 2026",
        "the federation",
        0.7,
    ),
]

ROUND44_READINGS = [
    (
        '"We judge that the market will turn by next spring," said their head of research, '
        "Anjali Rao.",
        "The market will turn by next spring",
        "Anjali Rao",
        0.7,
    ),
    (
        "She puts the overall chance of the union securing recognition at about 60%.",
        "The union will secure recognition",
        "She",
        0.6,
    ),
    (
        "She put the chance that Andavia's population is smaller in 2040 than it is today at "
        "about 70%.",
        "Andavia's population is smaller in 2040 than it is today",
        "She",
        0.7,
    ),
    (
        "Heliora predicts that claims will come in below last winter's record.",
        "Claims will come in below last winter's record",
        "Heliora",
        0.7,
    ),
    # each dated act of a projection is a forecast of its own
    (
        "The population is projected to grow by about 0.3% in 2026, peak at roughly 10.05 "
        "million in 2033 and then edge down to 9.93 million by 2040.",
        "The population will edge down to 9.93 million by 2040",
        "Stratfor",
        0.7,
    ),
    (
        "This year's seasonal outlook from MeteoAlpina offers cautious hope. Its winter "
        "bulletin, published on Monday, forecasts that snowfall will be above average.",
        "Snowfall will be above average",
        "MeteoAlpina",
        0.7,
    ),
    (
        "MeteoAlpina, the Innsbruck-based forecasting service, met on Monday. The service gives "
        "only a 35% chance that valley resorts will see more snow than average.",
        "Valley resorts will see more snow than average",
        "MeteoAlpina",
        0.35,
    ),
    (
        "The ASO published new population projections. The share of residents aged 65 and over "
        "is projected to rise to 27% by 2040.",
        "The share of residents aged 65 and over will rise to 27% by 2040",
        "ASO",
        0.7,
    ),
]

ROUND45_READINGS = [
    (
        "Marlow & Finch make Hallam 4/6 to lift the trophy, with Wakeley 5/4.",
        "Wakeley will win",
        "bookmakers",
        0.4444,
    ),
    (
        "The firm is offering 7-1 against the Hawks winning by more than 20 points.",
        "The Hawks will win by more than 20 points",
        "The firm",
        0.125,
    ),
    (
        "For 2026, Thornbury expects to complete between 10,800 and 11,200 homes.",
        "Thornbury will complete between 10,800 and 11,200 homes",
        "Thornbury",
        0.7,
    ),
    (
        "Sarah Quenby at broker Hartfield Reid was sceptical. She cut her 2026 pre-tax profit "
        "forecast by 5% to £402m.",
        "The 2026 pre-tax profit will be £402m",
        "Sarah Quenby",
        0.7,
    ),
    (
        "Sarah Quenby was sceptical. Her own margin estimate is 11.5%.",
        "The margin will be 11.5%",
        "Sarah Quenby",
        0.7,
    ),
    (
        "Most economists judge that a rate cut in February is roughly a toss-up.",
        "A rate cut in February will happen",
        "Most economists",
        0.5,
    ),
    (
        "I'd bet that the average easy-access rate dips below 3.5% before the end of this year.",
        "The average easy-access rate will dip below 3.5% before the end of this year",
        "Stratfor",
        0.675,
    ),
    (
        "Don't be surprised if they have all gone within a fortnight.",
        "They will have all gone within a fortnight",
        "Stratfor",
        0.5,
    ),
]

ROUND46_READINGS = [
    (
        "Fenwick & Lowe's spokesman predicted the race would be \"the biggest betting heat of "
        'the year".',
        "The race will be the biggest betting heat of the year",
        "Fenwick & Lowe's spokesman",
        0.7,
    ),
    (
        "We forecast that TSR20 will average 168 cents in the fourth quarter of 2025, before "
        "rising to 175 cents in the first quarter of 2026 and 182 cents in the second quarter.",
        "TSR20 will be 182 cents in the second quarter",
        "Stratfor",
        0.85,
    ),
    (
        "Our full-year 2026 average forecast rises to 177 cents.",
        "The full-year 2026 average will be 177 cents",
        "Stratfor",
        0.7,
    ),
    (
        "Northern Tide, trained in Yorkshire by Alice Fenby, is the each-way value at 7-1.",
        "Northern Tide will win",
        "bookmakers",
        0.125,
    ),
]

ROUND47_READINGS = [
    (
        "Of 18 economists surveyed by the Ledgerline last week, 12 expect a quarter-point cut "
        "on Thursday.",
        "There will be a quarter-point cut on Thursday",
        "economists surveyed by the Ledgerline",
        0.7,
    ),
    (
        "The chance of a permanent settlement this year is, in my judgement, no better than one "
        "in ten.",
        "A permanent settlement this year will happen",
        "Stratfor",
        0.1,
    ),
    (
        "Lars Enge is in the majority. Enge assigns probabilities to three outcomes: a quarter-"
        "point cut (65%), a hold (30%) and a half-point cut (5%).",
        "There will be a half-point cut",
        "Lars Enge",
        0.05,
    ),
    ("Whether they get to 76 is now a toss-up.", "They get to 76", "Stratfor", 0.5),
    (
        "It is a toss-up whether Thursday's decision is even unanimous.",
        "Thursday's decision is even unanimous",
        "Stratfor",
        0.5,
    ),
    (
        "A draw after 90 minutes is 5/2, and a penalty shootout 9/2.",
        "A penalty shootout will happen",
        "bookmakers",
        0.1818,
    ),
]

ROUND48_READINGS = [
    (
        "Sheridan Bet offers 7-1 on any player winning all five of his matches.",
        "Any player will win all five of his matches",
        "Sheridan Bet",
        0.125,
    ),
    ("For Game 1, I lean towards the Owls.", "The Owls will win", "Stratfor", 0.58),
    (
        "My model gives the Owls a 64% chance of winning the series.",
        "The Owls will win the series",
        "Stratfor",
        0.64,
    ),
    (
        "The regional agency (ARPC) was set up on Wednesday, the agency said. The agency "
        "projects that between 9,000 and 14,000 hectares will burn this season.",
        "Between 9,000 and 14,000 hectares will burn this season",
        "the agency",
        0.7,
    ),
]

ROUND49_READINGS = [
    (
        "Aaltonen predicts a three-set win for the Italian.",
        "There will be a three-set win for the Italian",
        "Aaltonen",
        0.7,
    ),
    (
        "The odds favour a modest fall in London prices in real terms this year.",
        "There will be a modest fall in London prices in real terms this year",
        "Stratfor",
        0.675,
    ),
    (
        "I would not bet on a return to double-digit price growth before the end of the decade.",
        "There will be a return to double-digit price growth before the end of the decade",
        "Stratfor",
        0.325,
    ),
    (
        "I'd bet that rates fall below 3% this year.",
        "Rates will fall below 3% this year",
        "Stratfor",
        0.675,
    ),
    (
        "Corbett & Lyle make Marchetti the 4/6 favourite to lift the trophy, with Brennan on offer "
        "at 11/8.",
        "Brennan will win",
        "bookmakers",
        0.4211,
    ),
]

ROUND50_READINGS = [
    (
        "The Fund published scenarios:\n\n- Deal signed, coalition collapses and an early "
        "election is called: 25%\n",
        "Deal signed, coalition collapses and an early election is called",
        "Stratfor",
        0.25,
    ),
    (
        'She added: "I think this goes down to the last lap."',
        "This will go down to the last lap",
        "She",
        0.65,
    ),
    (
        "The IMF's own projections are gloomier: growth of 0.8% in 2026.",
        "There will be growth of 0.8% in 2026",
        "IMF",
        0.7,
    ),
    (
        "The IMF's own projections are gloomier: growth of 0.8% in 2026, with inflation peaking "
        "at 24% in the third quarter.",
        "Inflation will peak at 24% in the third quarter",
        "IMF",
        0.7,
    ),
]

ROUND51_READINGS = [
    (
        "Scenarios:\n\n- Continued harassment at the current tempo of one to two attacks a "
        "month: 55%.\n",
        "Continued harassment at the current tempo of one to two attacks a month",
        "Stratfor",
        0.55,
    ),
    (
        "My hunch is that the council will quietly scale the project back.",
        "The council will quietly scale the project back",
        "Stratfor",
        0.675,
    ),
    (
        "What will be in it? Don't expect the car tariff to disappear entirely.",
        "The car tariff will disappear entirely",
        "Stratfor",
        0.3,
    ),
]


ROUND52_READINGS = [
    (
        "Its chief forecaster said gusts of 70-80 mph were expected along exposed western coasts "
        "on Thursday morning.",
        "Gusts of 70-80 mph will come along exposed western coasts on Thursday morning",
        "Its chief forecaster",
        0.7,
    ),
    (
        "Rainfall of 40-60 mm is expected widely, with up to 80 mm over the hills.",
        "Rainfall of 40-60 mm will come widely, with up to 80 mm over the hills",
        "Stratfor",
        0.7,
    ),
    (
        "I'd be astonished if the payments company Vellum Pay, which published its intention to "
        "float on Monday, did not list in London by the end of June.",
        "The payments company Vellum Pay, which published its intention to float on Monday, will "
        "list in London by the end of June",
        "Stratfor",
        0.875,
    ),
    (
        "The smart money says Vellum will price at the top of its indicative range.",
        "Vellum will price at the top of its indicative range",
        "the smart money",
        0.85,
    ),
    (
        "We judge a declaration of a state of emergency very unlikely.",
        "There will be a declaration of a state of emergency",
        "Stratfor",
        0.125,
    ),
    (
        "Her closest challenger is Sweden's Hanna Sjöberg, who is 7-1 with Harlow & Finch.",
        "Sweden's Hanna Sjöberg will win",
        "Harlow & Finch",  # the firm named after the price (freeze 67)
        0.125,
    ),
    (
        "The reforms were sensible, but they will not by themselves stop the drift of tech "
        "companies to Nasdaq.",
        "They will not by themselves stop the drift of tech companies to Nasdaq",
        "Stratfor",
        0.85,
    ),
    (
        "The Met Office long-range outlook points to a warmer than average August.",
        "There will be a warmer than average August",
        "Met Office",
        0.675,
    ),
    (
        "Westgrid said the company's model suggested total repair costs of between £9m and £14m.",
        "There will be total repair costs of between £9m and £14m",
        "the company",
        0.675,
    ),
    (
        "International reaction will be muted but critical.",
        "International reaction will be muted but critical",
        "Stratfor",
        0.85,
    ),
]


def test_a_score_with_play_going_on_is_not_a_price() -> None:
    assert run("They are 2-1 with Rovers pressing.", filter="none") == []
    assert run("The Wolves are 2-1 with Carrick Bet to win.", filter="none")[0].probability == (
        pytest.approx(1 / 3, abs=0.01)
    )


def test_a_report_or_poll_that_points_to_the_present_is_not_a_forecast() -> None:
    for text in (
        "The report suggests 69% of UK firms are now using broadband.",
        "Every opinion poll points to an overwhelming anti-Europe feeling in this country.",
    ):
        assert run(text, filter="none") == []


def test_a_model_that_suggests_a_clause_is_read_as_speech() -> None:
    found = run("Her model suggests that Labour will win 40 seats.", filter="none")
    assert [c.claim for c in found] == ["Labour will win 40 seats"]


ROUND53_READINGS = [
    (
        "Marlowe Bet make the Lantern Boys 1-3 favourites to be Christmas number one.",
        "The Lantern Boys will be Christmas number one",
        "Marlowe Bet",
        0.75,
    ),
    (
        "The Fennimores' Holly on the Hill, which has charted every December since 1994, is "
        "12-1, and the theme is a 20-1 shot.",
        "The theme will win",
        "bookmakers",
        1 / 21,
    ),
    (
        "Rival firm Penfold's go evens that the Christmas number one will be a charity record.",
        "The Christmas number one will be a charity record",
        "Penfold's",  # the firm named (freeze 72)
        0.5,
    ),
    (
        "Penfold's also offer 5-2 that Kettle On reaches number one before the end of January.",
        "Kettle On will reach number one before the end of January",
        "Penfold's",  # the firm named (freeze 72)
        2 / 7,
    ),
    (
        "It is odds-on, at 4-6, that more than ten Christmas songs will be in the top 40.",
        "More than ten Christmas songs will be in the top 40",
        "bookmakers",
        0.6,
    ),
    (
        "On the Torrent Exchange, Marsh is trading at 2-7, while bookmaker Whitlock's has Teague "
        "at 5-2.",
        "Teague will win",
        "Whitlock's",
        2 / 7,
    ),
    (
        "NSWC forecasters give a 65% chance of a G3, or strong, geomagnetic storm on Wednesday, "
        "and a 20% chance of G4, or severe, conditions.",
        "G4, or severe, conditions will happen",
        "NSWC forecasters",
        0.2,
    ),
    (
        "The Northern Space Weather Centre (NSWC) in Aberdeen said the cloud was expected to "
        "reach Earth on Wednesday.",
        "The cloud will reach Earth on Wednesday",
        "The Northern Space Weather Centre",
        0.7,
    ),
    (
        "The Caledon Weather Service expects clear skies across the north-east on Wednesday "
        "evening.",
        "There will be clear skies across the north-east on Wednesday evening",
        "Caledon Weather Service",
        0.7,
    ),
    (
        "Broker Ashgrove Tennant said in its pre-renewal report, published on Thursday, that "
        "rates would fall by between 12% and 18% at 1 January.",
        "Rates will fall by between 12% and 18% at 1 January",
        "Ashgrove Tennant",
        0.85,
    ),
    (
        "The NBS's own projections, which this newspaper has seen, show licence-fee income "
        "falling by £300m a year by 2030.",
        "Licence-fee income will fall by £300m a year by 2030",
        "The NBS's own projections",
        0.7,
    ),
]


def test_the_first_of_two_chances_is_its_own() -> None:
    found = run(
        "NSWC forecasters give a 65% chance of a G3, or strong, geomagnetic storm on Wednesday, "
        "and a 20% chance of G4, or severe, conditions.",
        filter="none",
    )
    claims = [c.claim for c in found]
    assert claims[0] == "A G3, or strong, geomagnetic storm on Wednesday will happen"


def test_the_price_on_the_exchange_is_the_exchanges() -> None:
    found = run(
        "On the Torrent Exchange, Marsh is trading at 2-7, while bookmaker Whitlock's has Teague "
        "at 5-2.",
        filter="none",
    )
    assert [c.forecaster for c in found] == ["Torrent Exchange", "Whitlock's"]


def test_a_body_named_after_its_trade_is_not_she() -> None:
    found = run(
        "Issuance reached a record, according to the data provider Cedar Bond Monitor, Mireille "
        "Sands said. She added that the softening would very likely continue.",
        filter="none",
    )
    assert found[-1].forecaster == "Mireille Sands"


ROUND54_READINGS = [
    (
        "Ashdown Rovers' Declan Brennan is now 4-6 with Fairlane Bet to be the next top-flight "
        "manager to leave his post.",
        "Ashdown Rovers' Declan Brennan will be the next top-flight manager to leave his post",
        "Fairlane Bet",
        0.6,
    ),
    (
        "He was 5-1 a month ago. Rivals CrownBet make him 8-13.",
        "He will win",
        "Rivals CrownBet",
        13 / 21,
    ),
    (
        "Kingsmere are 3-1 outsiders for the derby with Fairlane.",
        "Kingsmere will win the derby with Fairlane",
        "bookmakers",
        0.25,
    ),
    (
        "The desk puts the chance of a strong (G3) geomagnetic storm at 60%, and the chance of a "
        "severe (G4) storm at 25%.",
        "A severe (G4) storm will happen",
        "the desk",
        0.25,
    ),
    (
        "Guides contacted by the Dispatch expect this spring's total summits from both sides to "
        "be between 700 and 800.",
        "This spring's total summits from both sides will be between 700 and 800",
        "Guides",
        0.7,
    ),
    (
        "I'd give it 70% that we get at least three good days in that window.",
        "We will get at least three good days in that window",
        "Stratfor",
        0.7,
    ),
    (
        "The Milk Levy Board's own forecast, published last week, puts GB milk production at "
        "12.9 billion litres in 2025-26.",
        "GB milk production will be 12.9 billion litres in 2025-26",
        "The Milk Levy Board",
        0.7,
    ),
    (
        "Forecasters at Tern Weather expect a mild, wet winter.",
        "There will be a mild, wet winter",
        "Tern Weather",
        0.7,
    ),
]

SACK_RACE = (
    "Sack race: Brennan odds-on to be first out\n\n"
    "Betting | The Touchline Post | Monday 1 December 2025\n\n"
    "Who else is in trouble?\n"
    "Behind Brennan in Fairlane's next-manager-out market:\n"
    "- Paulo Serrat (Kingsmere): 7-2\n"
    "- Gavin Ruddock (Castleford Town): 6-1\n"
    "- Bar: 12-1 and bigger\n\n"
    "Final score:\n"
    "- Kingsmere: 2-1\n"
)


def test_the_rows_of_a_price_list_are_prices_of_their_own() -> None:
    found = run(SACK_RACE, filter="none")
    assert [(c.quote, round(c.probability, 3)) for c in found] == [
        ("Paulo Serrat (Kingsmere): 7-2", 0.222),
        ("Gavin Ruddock (Castleford Town): 6-1", 0.143),
    ]  # not the "Bar" row, nor a score under a heading that names no market


INTERVIEW = (
    "We will deliver the ferries on time\n\n"
    "The Interview | North Sea Business Journal | Monday 9 March 2026\n\n"
    "Morag Kinnell took over Inverkeld Shipbuilders eighteen months ago. She talked to us at the "
    "yard's offices.\n\n"
    "When will it carry passengers?\n"
    "Trials run for about six weeks.\n\n"
    "What about costs? Steel was a big problem for you.\n"
    "Plate steel has come down about 12% from its peak. I think prices will stay roughly flat "
    "this year.\n\n"
    "Where will new orders come from?\n"
    "Offshore wind. Orders for small ferries are likely to pick up over the next 12-18 months.\n\n"
    "The defence ministry is expected to announce the winner before the summer recess."
)


def test_an_interviews_answers_are_the_interviewees() -> None:
    found = run(INTERVIEW, filter="none")
    who = {c.claim: c.forecaster for c in found}
    assert who["Prices will stay roughly flat this year"] == "Morag Kinnell"
    assert (
        who["Orders for small ferries will pick up over the next 12-18 months"] == "Morag Kinnell"
    )
    # an explainer's subheadings that ask are not an interview
    explainer = INTERVIEW.replace("The Interview", "Analysis").replace(
        "She talked to us", "She sat"
    )
    assert {c.forecaster for c in run(explainer, filter="none")} == {"Stratfor"}


def test_a_noun_after_its_determiner_is_no_reporting_verb() -> None:
    found = run(
        "Locust numbers will remain low, and no significant developments are expected in the "
        "south during the forecast period.",
        filter="none",
    )
    assert found[0].forecaster == "Stratfor"


ROUND55_READINGS = [
    (
        "Our chief football reporter Nadia Okafor says City will sign him. Dunmore have had a bid "
        "rejected. Okafor is less optimistic: she thinks Dunmore will probably end the night "
        "empty-handed.",
        "Dunmore will end the night empty-handed",
        "Nadia Okafor",
        0.675,
    ),
    (
        'Former Harbour City captain Lee Varga, on TouchlineTV, is already excited: "Ferreira '
        'will score ten goals between now and May, no question."',
        "Ferreira will score ten goals between now and May, no question",
        "Lee Varga",
        0.85,
    ),
    (
        "Analysts at consultancy Fenwick Energy expect average wholesale power prices to rise to "
        "between EUR 78 and EUR 85 per megawatt-hour next year.",
        "Average wholesale power prices will rise to between EUR 78 and EUR 85 per megawatt-hour "
        "next year",
        "Fenwick Energy",
        0.7,
    ),
    (
        "Its central scenario has demand rising to 8.5 GW in 2030.",
        "Demand will rise to 8.5 GW in 2030",
        "Stratfor",
        0.7,
    ),
    (
        "The observatory gives a 65% chance that July will set a new monthly record.",
        "July will set a new monthly record",
        "the observatory",
        0.65,
    ),
]


def test_a_price_list_with_dashes_is_its_bookmakers() -> None:
    text = (
        "Deadline day live\n\n"
        "Here are Kingsbet's prices on where the midfielder will be playing when the window "
        "closes:\n\n"
        "Stays at Castlegate - 4/9\n"
        "Dunmore Athletic - 3/1\n"
    )
    found = run(text, filter="none")
    assert [(c.quote, c.forecaster, round(c.probability, 3)) for c in found] == [
        ("Stays at Castlegate - 4/9", "Kingsbet", 0.692),
        ("Dunmore Athletic - 3/1", "Kingsbet", 0.25),
    ]


def test_a_name_inside_speech_or_before_a_group_is_not_she() -> None:
    text = (
        'Dr Celeste Ambrose said the season was bad. "There is an 80% chance that Pelican Bay '
        'and Long Strand see flooding," Ambrose said. Beaches on the west are unlikely to see '
        "landings, she said. Figures show Premier Division clubs have spent £162m. She thinks "
        "prices will rise."
    )
    assert {c.forecaster for c in run(text, filter="none")} == {"Celeste Ambrose"}


def test_an_interview_that_prompts_without_asking() -> None:
    text = (
        "Interview | Carovia Financial Review | Thursday 12 March 2026\n\n"
        "We spoke to deputy governor Helena Marsk in her office.\n\n"
        "Inflation has almost halved in a year. Is the job done?\n"
        "Not yet. Headline inflation will return to our 2% target in the first quarter of 2027.\n\n"
        "Markets are pricing a cut in April. Are they right?\n"
        "They may be.\n\n"
        "The labour market has been softening.\n"
        "Yes. We expect unemployment to peak at around 5.4% this summer."
    )
    found = run(text, filter="none")
    assert {c.forecaster for c in found} == {"Helena Marsk"}


ROUND56_READINGS = [
    (
        "Elsewhere in Kestrel Bet's outright market, Switzerland are 6-1 and Italy 10-1.",
        "Italy will win",
        "Kestrel Bet",
        1 / 11,
    ),
    (
        "Canada, skipped by Mathieu Dubreuil, are next in the market at 3-1.",
        "Canada will win",
        "bookmakers",
        0.25,
    ),
    (
        "Kingsbridge Bet has Reece at 9/4, while Oddsline makes Wrona a 14/1 shot.",
        "Wrona will win",
        "Oddsline",
        1 / 15,
    ),
    (
        "She expects the evening's sell-through rate, the share of lots that find a buyer, to "
        "come in at around 80%.",
        "The evening's sell-through rate, the share of lots that find a buyer, will come in at "
        "around 80%",
        "She",
        0.7,
    ),
    (
        "Professor Anil Rao said in an interview that the bloom season will lengthen by between "
        "three and five weeks by 2040.",
        "The bloom season will lengthen by between three and five weeks by 2040",
        "Professor Anil Rao",
        0.85,
    ),
    (
        "Is the new coaster ready? It will open on 21 March. I'm 90% confident of that.",
        "It will open on 21 March",
        "Stratfor",
        0.9,
    ),
]


def test_a_score_listed_after_a_score_is_not_a_price() -> None:
    assert run("They led 2-1 and Rovers 3-0.", filter="none") == []


ROUND57_READINGS = [
    (
        "The Halloway Hawks are 4-9 favourites with bookmaker Fenwick Bet to win the finals, "
        "with the Pell Harbour Titans 7-4 to claim the club's first championship.",
        "The Pell Harbour Titans will claim the club's first championship",
        "Fenwick Bet",
        4 / 11,
    ),
]


def test_a_reports_listed_judgments_are_its_makers() -> None:
    text = (
        "Threats to rise, agency warns\n\n"
        "Ransomware gangs will almost certainly step up attacks over the next 12 months, the "
        "National Cyber Resilience Centre said on Wednesday in its annual threat assessment.\n\n"
        "The report sets out a series of judgments about the year ahead. Among them:\n\n"
        "- State-linked groups are likely to attempt to interfere in the May 2026 elections.\n"
        "- Quantum computers are highly unlikely to appear before 2030.\n"
    )
    found = run(text, filter="none")
    assert [c.forecaster for c in found][1:] == ["National Cyber Resilience Centre"] * 2
    # the writer's own list stays the writer's
    ours = text.replace("The report sets out", "Our note sets out")
    assert [c.forecaster for c in run(ours, filter="none")][1:] == ["Stratfor"] * 2


ROUND58_READINGS = [
    (
        "Fenwick offer 1-5 on a Wolves win, and a 3-0 sweep is priced at evens.",
        "A 3-0 sweep will happen",
        "bookmakers",
        0.5,
    ),
    (
        '"The Wolves will probably win it, but I\'d put them nearer 55% than 60%," she said.',
        "The Wolves will win it",
        "she",
        0.55,
    ),
    (
        "We therefore judge a negotiated settlement before the election to be unlikely; we put "
        "the probability at about 20%.",
        "There will be a negotiated settlement before the election",
        "Stratfor",
        0.2,
    ),
    (
        '"But I honestly don\'t expect to see a car in that tunnel before 2028."',
        "There will be a car in that tunnel before 2028",
        "Stratfor",
        0.3,
    ),
]

ESPORTS = (
    "Wolves odds-on for Masters title\n\n"
    "Northgale Wolves are odds-on favourites with bookmaker Fenwick Bet at 4-6 to lift the "
    "trophy. Team Kessel are 3-1, Orbit Nine 5-1 and Sable Crown, the surprise package of the "
    "group stage, are 12-1.\n\n"
    "Fenwick offer 1-5 on a Wolves win in the first semi-final.\n\n"
    "The other semi is much tighter, with Kessel 10-11 to reach the final and Orbit Nine 11-10."
)


def test_an_article_about_prices_reads_bare_hyphenated_prices() -> None:
    found = [(c.claim, round(c.probability, 3)) for c in run(ESPORTS, filter="none")]
    for reading in (
        ("Team Kessel will win", 0.25),
        ("Orbit Nine will win", round(1 / 6, 3)),
        ("Wolves will win in the first semi-final", round(5 / 6, 3)),
        ("Kessel will reach the final", round(11 / 21, 3)),
        ("Orbit Nine will win", round(10 / 21, 3)),
    ):
        assert reading in found
    # a score in a sentence of a news story stays a score
    assert run("Team Kessel are 3-1, and the crowd is on its feet.", filter="none") == []


def test_a_chance_put_in_direct_speech_is_the_speakers() -> None:
    found = run(
        'Dame Fiona Aske was cautious. "I would put the chance of opening by the end of 2027 at '
        'about 70%," she said.',
        filter="none",
    )
    assert [(c.forecaster, c.probability) for c in found] == [("Dame Fiona Aske", 0.7)]


ROUND59_READINGS = [
    (
        "Harlow Bet make him 4-6 to win the race again.",
        "He will win the race again",
        "Harlow Bet",
        0.6,
    ),
    (
        "Harlow Bet's odds make Callister the 4-6 favourite. Josh Maybury, back after breaking his "
        "wrist at the Ulster round in August, is 8-1, and the rest of the field are bigger.",
        "Josh Maybury will win",
        "bookmakers",
        1 / 9,
    ),
    (
        "In the first Supersport race, Dafydd Pryce is 3-1 joint favourite with Maybury.",
        "Dafydd Pryce will win",
        "bookmakers",
        0.25,
    ),
    (
        "Blood Supply England issued an alert. The service forecasts that, at current collection "
        "rates, O negative stocks will fall below one day's supply by the end of next week.",
        "O negative stocks will fall below one day's supply by the end of next week",
        "the service",
        0.7,
    ),
    (
        '"My guess is stocks of O negative will be back above three days by December," said '
        "Professor Alan Whitcombe.",
        "Stocks of O negative will be back above three days by December",
        "Professor Alan Whitcombe",
        0.675,
    ),
]


ROUND60_READINGS = [
    (
        "Castle Bet's winning-margin market reads:\n\nLeinster by 1-5 points: 11/4\n"
        "Leinster by 6-10 points: 7/2",
        "Leinster will win by 6-10 points",
        "Castle Bet",
        2 / 9,
    ),
    (
        "Harlow Bet makes Leeds 4/6 favourites, with Hull 5/2 and the draw, which would take "
        "the tie to a replay, priced at 11/2.",
        "The draw will happen",
        "Harlow Bet",
        2 / 13,
    ),
    (
        "Rival firm QuickOdds has Leeds striker Tom Varley as the 3/1 favourite to score first.",
        "Leeds striker Tom Varley will score first",
        "QuickOdds",
        0.25,
    ),
    (
        "QuickOdds has Tom Varley as the 3/1 favourite to score first, with Hull winger Sam Obi "
        "next at 5/1.",
        "Hull winger Sam Obi will win",
        "bookmakers",
        1 / 6,
    ),
    (
        "SkyOdds also makes under 38.5 total points a 10/11 shot.",
        "There will be under 38.5 total points",
        "SkyOdds",
        11 / 21,
    ),
    (
        "Home Secretary Alan Price is out at 16/1.",
        "Home Secretary Alan Price will win",
        "bookmakers",
        1 / 17,
    ),
    (
        "Our prediction: a snap election in the spring.",
        "There will be a snap election in the spring",
        "Stratfor",
        0.85,
    ),
    ("I'd put our chances at about one in four.", "We will succeed", "Stratfor", 0.25),
    (
        "A crowd of around 50,000 is expected, with tickets sold out.",
        "A crowd of around 50,000 will happen, with tickets sold out",
        "Stratfor",
        0.7,
    ),
    (
        "Jean-Luc Moreau, a strategist at Banque Lenoir, said rates will probably fall. He added "
        "that the euro might weaken.",
        "The euro will weaken",
        "Jean-Luc Moreau",
        0.4,
    ),
    (
        "Advance sales suggest the festival is likely to sell out.",
        "The festival will sell out",
        "Stratfor",
        0.675,
    ),
]


ROUND61_READINGS = [
    # since freeze 63 the second firm's price is a candidate of its own, and the last one
    (
        "Rex Hollow is a 7/2 shot with Brightbet and 3-1 with Oakbet.",
        "Rex Hollow will win",
        "Oakbet",  # the firm of the price read (freeze 67)
        0.25,
    ),
    (
        "Champion Hurdle, latest prices (Brightbet)\n\n- Rex Hollow (Ireland) 7/2\n"
        "- Tamsin Gale (France) 9-2",
        "Tamsin Gale (France) will win",
        "Brightbet",
        2 / 11,
    ),
    (
        'Priya Shah put the odds of a settlement before trial at "about 70-30".',
        "A settlement before trial will happen",
        "Priya Shah",
        0.7,
    ),
    ('He told us a strike was "probably inevitable now".', "A strike will happen now", "He", 0.675),
    (
        "I would put the chance of a rate cut in June at better than evens.",
        "A rate cut in June will happen",
        "Stratfor",
        0.58,
    ),
    (
        "Expect queues at the border all weekend.",
        "There will be queues at the border all weekend",
        "Stratfor",
        0.7,
    ),
    (
        "The council will, in all likelihood, raise parking charges.",
        "The council will raise parking charges",
        "Stratfor",
        0.875,
    ),
    (
        "Gusts are most likely between midnight and dawn.",
        "Gusts will happen between midnight and dawn",
        "Stratfor",
        0.805,
    ),
    (
        "The first flowering of the bluebell (Hyacinthoides non-scripta) is expected in late "
        "April.",
        "The first flowering of the bluebell (Hyacinthoides non-scripta) will come in late April",
        "Stratfor",
        0.7,
    ),
    (
        "Tessport expects volumes to rise. Its own network plan projects a 4% rise in traffic "
        "this year.",
        "There will be a 4% rise in traffic this year",
        "Tessport",
        0.7,
    ),
    (
        "And the council will probably raise parking charges.",
        "The council will raise parking charges",
        "Stratfor",
        0.675,
    ),
]


ROUND62_READINGS = [
    (
        "Rory Vance heads the market at 9-4 with Coral after his win at Ayr.",
        "Rory Vance will win",
        "Coral",
        4 / 13,
    ),
    (
        "Kingsbet have him odds-on at 8/11 to reach the final.",
        "He will reach the final",
        "Kingsbet",
        11 / 19,
    ),
    (
        "Sky Bet offer 5/4 about her finishing in the first three.",
        "She will finish in the first three",
        "Sky Bet",
        4 / 9,
    ),
    ("Tom Hale is a 12/1 chance with Ladbrokes.", "Tom Hale will win", "Ladbrokes", 1 / 13),
    (
        "My each-way bet is Copper Kettle at 10/1 with Betfred.",
        "Copper Kettle will win",
        "Betfred",
        1 / 11,
    ),
    (
        "Coral offer 4/6 on Leeds winning and 5/2 on the Rovers.",
        "The Rovers will win",
        "Coral",
        2 / 7,
    ),
    (
        "He has won twice here, and he should at least make the final.",
        "He will at least make the final",
        "Stratfor",
        0.675,
    ),
    ("A rate rise should follow in June.", "A rate rise will follow in June", "Stratfor", 0.675),
    (
        "Our projection, built with a constituency model, gives the Greens 12 seats.",
        "The Greens will win 12 seats",
        "Stratfor",
        0.7,
    ),
    (
        "A deal before Easter is almost out of the question.",
        "A deal before Easter will happen",
        "Stratfor",
        0.125,
    ),
    ("A deal is out of the question.", "A deal will happen", "Stratfor", 0.03),
    ("A 50/1 winner is not out of the question.", "A 50/1 winner will happen", "Stratfor", 0.4),
    (
        "The Harbour Traders Association, which represents shops, cafes and bars, said footfall "
        "would probably fall.",
        "Footfall will fall",
        "The Harbour Traders Association",
        0.675,
    ),
    (
        "I think this will be a wetter summer than last year.",
        "This will be a wetter summer than last year",
        "Stratfor",
        0.65,
    ),
    (
        "In ten years I'd expect the range to keep spreading north.",
        "The range will keep spreading north",
        "Stratfor",
        0.7,
    ),
    (
        "There's a real chance of a frost this week, perhaps 40%.",
        "A frost this week will happen",
        "Stratfor",
        0.4,
    ),
    (
        "My own estimate is that sales will rise by 5% this year.",
        "Sales will rise by 5% this year",
        "Stratfor",
        0.7,
    ),
    (
        "Ana Reyes said rates could fall. Tom Hale warned of a slowdown. Reyes is more upbeat. "
        "She expects growth to pick up.",
        "Growth will pick up",
        "Ana Reyes",
        0.7,
    ),
    (
        "Weir forecasts revenue of £425 million in the year to September 2026.",
        "There will be revenue of £425 million in the year to September 2026",
        "Weir",
        0.7,
    ),
]


ROUND63_READINGS = [
    (
        "Interview | The Shore Chronicle\n\nThe town's mayor, Aoife Brannigan, wants a levy. She "
        "spoke to Ciaran Healy.\n\nQ: Are they wrong?\nA: They are wrong.\n\nQ: Will it work?\n"
        "A: It will.\n\nQ: And the passengers?\nA: I expect the total number of cruise "
        "passengers to fall by about a fifth next year.",
        "The total number of cruise passengers will fall by about a fifth next year",
        "Aoife Brannigan",
        0.7,
    ),
    (
        "The harbour board's own forecast is that income will drop by around £700,000.",
        "Income will drop by around £700,000",
        "the harbour board",
        0.7,
    ),
    (
        "The chamber of commerce thinks up to 60 seasonal jobs could go.",
        "Up to 60 seasonal jobs will go",
        "the chamber of commerce",
        0.35,
    ),
    (
        "Tourism economists at the University of the Western Shore estimate the cap will cost "
        "the economy £2m a year.",
        "The cap will cost the economy £2m a year",
        "University of the Western Shore",
        0.7,
    ),
    (
        "Bellmore Bet cut Hollis to 4/6 on Thursday night, from 6/4 a week ago.",
        "Hollis will win",
        "Bellmore Bet",
        0.6,
    ),
    ("Hollis has been cut to 4/6 by Bellmore Bet.", "Hollis will win", "Bellmore Bet", 0.6),
    (
        "Callum Dwyer is 5/2 with Bellmore and 7-4 with Quayside.",
        "Callum Dwyer will win",
        "Quayside",  # the firm of the price read (freeze 67)
        4 / 11,
    ),
    (
        "I'd put Priya's real chance at about 60%, not the 75% some think.",
        "Priya will win",
        "Stratfor",
        0.6,
    ),
    (
        "Government borrowing is high and likely to stay high.",
        "Government borrowing will stay high",
        "Stratfor",
        0.675,
    ),
]


ROUND64_READINGS = [
    (
        "Outright winner (Castlebet)\nNo. 7 Veyron Apex 4/6\nNo. 2 Kessler Motorsport 7-2",
        "No. 2 Kessler Motorsport will win",
        "Castlebet",
        2 / 9,
    ),
    (
        "Specials (Halford & Crane)\nWinning margin under one minute 9/4\nRace to finish behind "
        "the safety car 5/1",
        "Race to finish behind the safety car will happen",
        "Halford & Crane",
        1 / 6,
    ),
    ("BetNorth make them a 3.50 chance in decimal odds.", "They will win", "BetNorth", 1 / 3.5),
    (
        "09:12 Of 20 economists surveyed by the Ledger, 14 expect a cut today.",
        "There will be a cut today",
        "economists surveyed by the Ledger",
        0.7,
    ),
    (
        '12:15 First reaction from Elin Saar at Kronmark Bank: "This is the start of a cycle. We '
        'think they will cut again in February."',
        "They will cut again in February",
        "Elin Saar",
        0.65,
    ),
    (
        "The key numbers from the bank's new quarterly projections:\n- GDP growth of 1.2% this "
        "year\n- Unemployment peaking at 6.1% next spring",
        "Unemployment will peak at 6.1% next spring",
        "the bank",
        0.7,
    ),
]


ROUND65_READINGS = [
    (
        "Hartley Bet makes the robin a 1/3 shot to top the vote. Stanwell's is slightly more "
        "generous at 2/5, while BetKestrel offers 4/11.",
        "The robin will top the vote",
        "BetKestrel",
        11 / 15,
    ),
    (
        "Stanwell's, which quotes decimal prices on its app, has the curlew at 15.0 after a "
        "campaign by wader groups.",
        "The curlew will win",
        "Stanwell's",
        1 / 15,
    ),
    (
        "Stanwell's is 8/13 that the winner takes more than 30% of the vote.",
        "The winner will take more than 30% of the vote",
        "Stanwell's",
        13 / 21,
    ),
    (
        "Hartley Bet has turnout at evens to pass 300,000 votes.",
        "Turnout will pass 300,000 votes",
        "Hartley Bet",
        0.5,
    ),
    (
        "Key forecasts\n- LME tin to average $34,500/t in 2026 (range $30,000-$39,000).",
        "LME tin will average $34,500/t in 2026 (range $30,000-$39,000)",
        "Stratfor",
        0.7,
    ),
    (
        "Output from Myanmar's Wa State should recover to 60% of normal by the end of September.",
        "Output from Myanmar's Wa State will recover to 60% of normal by the end of September",
        "Stratfor",
        0.675,
    ),
    (
        "We put a 30% probability on a retest of the $40,000 level before the end of June.",
        "A retest of the $40,000 level before the end of June will happen",
        "Stratfor",
        0.3,
    ),
    (
        "If the mine shuts again, prices could spike above $45,000 within weeks. We assign that "
        "scenario a probability of about one in six.",
        "Prices will spike above $45,000 within weeks",
        "Stratfor",
        1 / 6,
    ),
    (
        "I put the odds at roughly 60% that ministers announce a postponement.",
        "Ministers announce a postponement",
        "Stratfor",
        0.6,
    ),
    (
        "We think the odds now favour a colder second half of March.",
        "There will be a colder second half of March",
        "Stratfor",
        0.675,
    ),
    (
        'Professor Daniel Okoro said the ruling would make buyers cautious. "Expect at least two '
        'more of them to be called in before the end of the year."',
        "At least two more of them will be called in before the end of the year",
        "Professor Daniel Okoro",
        0.7,
    ),
    (
        "Joanne Pryce, director of PetOwners Voice, welcomed the ruling but warned that it would "
        "not by itself bring down bills.",
        "It will not by itself bring down bills",
        "Joanne Pryce",
        0.85,
    ),
    ("I'd guess it will be £24 by Christmas.", "It will be £24 by Christmas", "Stratfor", 0.65),
    (
        "The fishermen reckon they'll be good again this year.",
        "They will be good again this year",
        "the fishermen",
        0.65,
    ),
    ("It'll sell out, it always does.", "It will sell out, it always does", "Stratfor", 0.85),
]


ROUND66_READINGS = [
    (
        "Harbour Bet make Carrow a 4/6 shot to win on Saturday, and Kingsley Odds go slightly "
        "shorter at 8/13.",
        "Carrow will win on Saturday",
        "Kingsley Odds",
        13 / 21,
    ),
    (
        "Jodie Anansi is a 6/1 chance with Harbour Bet, while Tariq & The Lowlights are 12/1 "
        "across the board.",
        "Tariq & The Lowlights will win",
        "bookmakers",
        1 / 13,
    ),
    (
        "The mover of the week has been The Vellum Brothers, the Glasgow glam-rock trio, who "
        "were cut from 6/1 to 5/2 with BetMarlow after a clip went viral.",
        "The Vellum Brothers will win",
        "BetMarlow",
        2 / 7,
    ),
    (
        "Harbour Bet is offering a price of 3.50 on Anansi finishing in the top two.",
        "Anansi will finish in the top two",
        "Harbour Bet",
        1 / 3.5,
    ),
    (
        "Near term: we see the March contract at $5,400/t by end-March.",
        "The March contract will be at $5,400/t by end-March",
        "Stratfor",
        0.7,
    ),
    (
        "London: our target for ICE London cocoa is £4,100/t by 30 June.",
        "ICE London cocoa will be £4,100/t by 30 June",
        "Stratfor",
        0.7,
    ),
    (
        "Our price target for the shares is 450p by June.",
        "The shares will be 450p by June",
        "Stratfor",
        0.7,
    ),
    (
        "My forecast is for growth of around 2.5% this year.",
        "There will be growth of around 2.5% this year",
        "Stratfor",
        0.7,
    ),
    (
        "Dr Ana Whitlow is gloomy. Her forecast is for a rise of 3% next year.",
        "There will be a rise of 3% next year",
        "Ana Whitlow",
        0.7,
    ),
    ("Nor do I expect a crash.", "There will be a crash", "Stratfor", 0.3),
]


ROUND67_READINGS = [
    (
        "New Zealander Jonah Tamatea is priced at 12/1 by StarLine, and Marcus Ellery is a 20/1 "
        "shot with Fenwick Bet.",
        "Marcus Ellery will win",
        "Fenwick Bet",
        1 / 21,
    ),
    (
        "Jonah Tamatea is priced at 12/1 by StarLine.",
        "Jonah Tamatea will win",
        "StarLine",
        1 / 13,
    ),
    (
        "StarLine is odds-on at 4/6 for the winning score to be higher than eight under par.",
        "The winning score will be higher than eight under par",
        "StarLine",
        0.6,
    ),
    (
        "Fenwick Bet offers 8/11 about a hole-in-one during the championship.",
        "A hole-in-one during the championship will happen",
        "Fenwick Bet",
        11 / 19,
    ),
    (
        "A play-off is a 7/1 chance with Harrowgate Sports.",
        "A play-off will happen",
        "Harrowgate Sports",
        0.125,
    ),
    (
        "Lowmoor Kestrel is evens to take the Hound Group with Betmarsh.",
        "Lowmoor Kestrel will take the Hound Group with Betmarsh",
        "Betmarsh",
        0.5,
    ),
    (
        "The OFO forecasts borrowing of £118bn in 2026-27, falling to £74bn by 2030-31.",
        "The borrowing will fall to £74bn by 2030-31",
        "The OFO",
        0.7,
    ),
    (
        "The Office for Fiscal Oversight (OFO), the official watchdog, publishes its forecasts "
        "today. The watchdog expects unemployment to peak at 5.3% later this year.",
        "Unemployment will peak at 5.3% later this year",
        "Office for Fiscal Oversight",
        0.7,
    ),
    (
        "I'm confident that this will be our busiest summer on record.",
        "This will be our busiest summer on record",
        "Stratfor",
        0.85,
    ),
    (
        "Brevna should see its strongest summer yet for cruise calls.",
        "Brevna will see its strongest summer yet for cruise calls",
        "Stratfor",
        0.675,
    ),
]


ROUND68_READINGS = [
    (
        "The governing Labour and Farmers' Union (LFU) have drifted to 3/1 from 2/1 a "
        "fortnight ago.",
        "Labour and Farmers' Union will win",
        "bookmakers",
        0.25,
    ),
    (
        "QuayBet make turnout above 70.5% the 8/11 favourite.",
        "Turnout will be above 70.5%",
        "QuayBet",
        11 / 19,
    ),
    (
        "QuayBet go 9/4 for the Alliance to win between 150 and 159 seats.",
        "The Alliance will win between 150 and 159 seats",
        "QuayBet",
        4 / 13,
    ),
    (
        "Halloran make a hung parliament the 4/7 favourite, with an outright Civic Alliance "
        "majority available at 6/4.",
        "An outright Civic Alliance majority will happen",
        "bookmakers",
        0.4,
    ),
    (
        "Whiting might see a small cut, perhaps 3%.",
        "Whiting will see a small cut, perhaps 3%",
        "Stratfor",
        0.4,
    ),
    (
        "My guess is they'll land on something closer to a 4 or 5% cut.",
        "They'll land on something closer to a 4 or 5% cut",
        "Stratfor",
        0.675,
    ),
    (
        "On current trends, the stock probably gets back there in 2028.",
        "The stock will get back there in 2028",
        "Stratfor",
        0.675,
    ),
]


ROUND69_READINGS = [
    (
        "Castlegate Bet make Morning Vesper the 5/2 favourite after her eight-length win at "
        "Ravensmoor. Redpost Bookmakers are slightly braver at 11/4.",
        "Morning Vesper will win",
        "Redpost Bookmakers",
        4 / 15,
    ),
    (
        "Redpost's spokesman, Tom Askew, said the firm expects Brass Lantern to be a non-runner.",
        "Brass Lantern will be a non-runner",
        "Redpost",
        0.7,
    ),
    (
        "The NHC expects:\n- 15 to 19 named storms (winds of 39 mph or higher), compared with an "
        "average of 14;",
        "There will be 15 to 19 named storms (winds of 39 mph or higher)",
        "The NHC",
        0.7,
    ),
]


ROUND70_READINGS = [
    (
        "BetNorth have Marchbanks at 1.50 to finish bottom of the judges' leaderboard.",
        "Marchbanks will finish bottom of the judges' leaderboard",
        "BetNorth",
        1 / 1.5,
    ),
    (
        "Maya Lindholm, Shore Street's head of retail, goes further: she expects the chain to be "
        "trading from fewer than 100 stores by 2028.",
        "The chain will be trading from fewer than 100 stores by 2028",
        "Maya Lindholm",
        0.7,
    ),
]


ROUND71_READINGS = [
    (
        "Redfern Bet makes Marsh, the Civic Alliance candidate, a 4/6 favourite, in from 6/4 a "
        "fortnight ago.",
        "Marsh will win",
        "Redfern Bet",
        0.6,
    ),
    (
        "Solway Sports offers just 1/8 that a second count will be needed.",
        "A second count will be needed",
        "Solway Sports",
        8 / 9,
    ),
    (
        "December: Colder than average is the most likely outcome, with a 40% probability, "
        "against a climatological chance of 33%.",
        "Colder than average will happen",
        "Stratfor",
        0.4,
    ),
]


ROUND72_READINGS = [
    (
        "Raiders centre Lachlan Fonoti is 8/1 with Brightline Bet, although whether his "
        "hamstring holds up for 80 minutes remains to be seen.",
        "Raiders centre Lachlan Fonoti will win",
        "Brightline Bet",
        1 / 9,
    ),
    (
        "Wolves full-back Joel Brannigan is 3.50 to win the man-of-the-match award.",
        "Wolves full-back Joel Brannigan will win the man-of-the-match award",
        "bookmakers",
        1 / 3.5,
    ),
    (
        "I'm in no doubt that rough sleeping will rise again this winter.",
        "Rough sleeping will rise again this winter",
        "Stratfor",
        0.75,
    ),
    (
        "We expect that to pass 140,000 by March.",
        "That will pass 140,000 by March",
        "Stratfor",
        0.7,
    ),
    (
        "The consensus among the economists we survey is that GDP growth will slow to 1.2% "
        "this year.",
        "GDP growth will slow to 1.2% this year",
        "the economists we survey",
        0.7,
    ),
]


ROUND74_READINGS = [
    (
        "They're unlikely to cut rates in June.",
        "They will cut rates in June",
        "Stratfor",
        0.325,
    ),
    (
        "We're on course for around 1.4 million passengers across the year.",
        "We will see around 1.4 million passengers across the year",
        "Stratfor",
        0.8,
    ),
    (
        "I think there is a better-than-even chance that the number falls below 40,000 by "
        "December.",
        "The number will fall below 40,000 by December",
        "Stratfor",
        0.58,
    ),
    (
        "In our view, today's numbers make an April cut unlikely.",
        "There will be an April cut",
        "Stratfor",
        0.325,
    ),
    (
        "The weak pound makes a rate rise very likely.",
        "There will be a rate rise",
        "Stratfor",
        0.875,
    ),
    (
        "StakeHouse offer 3.50 on Hendriks winning three or more stages.",
        "Hendriks will win three or more stages",
        "StakeHouse",
        1 / 3.5,
    ),
    (
        "Bookmakers price Saba at 11/8 to win the race.",
        "Saba will win the race",
        "bookmakers",
        8 / 19,
    ),
]


ROUND75_READINGS = [
    (
        "We expect the Monetary Policy Board of the Central Bank of Ostland (CBO) to lower the "
        "policy rate by 25 basis points.",
        "The Monetary Policy Board of the Central Bank of Ostland (CBO) will lower the policy "
        "rate by 25 basis points",
        "Stratfor",
        0.7,
    ),
    (
        "Will it sell? Almost certainly. The Nova 9 will outsell the Nova 8.",
        "The Nova 9 will outsell the Nova 8",
        "Stratfor",
        0.97,
    ),
]


ROUND76_READINGS = [
    (
        "We think copper hits $11,000 before the end of March.",
        "Copper will hit $11,000 before the end of March",
        "Stratfor",
        0.65,
    ),
    (
        "We would not be surprised to see a new all-time high in the second quarter.",
        "There will be a new all-time high in the second quarter",
        "Stratfor",
        0.5,
    ),
    (
        "I'd put the odds of copper finishing the quarter below $10,000 at about 3/1 against.",
        "Copper finishing the quarter below $10,000 will happen",
        "Stratfor",
        0.25,
    ),
    (
        "Pembury Securities, which covers Dashline's shares, is less sure: its analysts put the "
        "odds of a Dashline win at 4/1.",
        "A Dashline win will happen",
        "Pembury Securities",
        0.2,
    ),
    (
        "I'd say there is an 80% chance the couriers win.",
        "The couriers will win",
        "Stratfor",
        0.8,
    ),
    (
        "The union predicts that at least 30 similar claims against other platforms will be "
        "filed by the end of the year.",
        "At least 30 similar claims against other platforms will be filed by the end of the year",
        "the union",
        0.7,
    ),
    (
        "The IMF cut its forecast for global growth this year to 2.8% from 3.1%.",
        "Global growth this year will be 2.8%",
        "The IMF",
        0.7,
    ),
    (
        "Britain's airports are heading for their busiest summer on record.",
        "Britain's airports will see their busiest summer on record",
        "Stratfor",
        0.8,
    ),
    (
        "- Signature: expected in November 2026.",
        "Signature will be in November 2026",
        "Stratfor",
        0.7,
    ),
]


def test_readings_pick_the_right_person_and_body() -> None:
    text = (
        "Ines Rautio, director of Northgate Research, said Calderra First's support was soft. "
        'But she was firm about its floor. "They will not win fewer than ten seats," she said.'
    )
    assert run(text, filter="none")[-1].forecaster == "Ines Rautio"
    text = (
        "Professor Helen Marchetti of Kingsreach University said the court would rule soon. "
        "Ravi Sandhu disagreed.\n\nWill Dashline leave the UK if it loses?\nMarchetti thinks "
        'not. "Dashline will not leave the UK market whatever happens," she said.'
    )
    assert run(text, filter="none")[-1].forecaster == "Professor Helen Marchetti"
    text = (
        "Skyvale Airways expects record traffic. EuroSkies Network Manager forecasts that "
        "delays will reach 2.5 minutes per flight this summer. It warned that one flight in "
        "four is likely to depart late in July."
    )
    assert run(text, filter="none")[-1].forecaster == "EuroSkies Network Manager"
    text = (
        '"Prices will rise," said Rhiannon Aske of Fenwick Brothers. Her team raised its '
        "forecast for the 2026 average price to $10,800 a tonne."
    )
    assert run(text, filter="none")[-1].forecaster == "Rhiannon Aske"


def test_with_a_body_expecting_is_that_bodys_forecast() -> None:
    found = run(
        "With the central bank expecting inflation to fall to 2.6% by next autumn, that would "
        "still be a real-terms rise.",
        filter="none",
    )
    assert (found[0].claim, found[0].forecaster) == (
        "Inflation will fall to 2.6% by next autumn",
        "the central bank",
    )


def test_a_briefings_paragraph_number_is_not_part_of_the_claim() -> None:
    found = run("5.2 Officials put the risk that Round 4 slips into May at one in four.")
    assert found[-1].claim.startswith("Round 4 will slip")
    assert found[-1].forecaster == "Officials"


ROUND77_READINGS = [
    (
        "Bookmakers have installed defending champion Tomas Lindgren as the 7/1 favourite.",
        "Defending champion Tomas Lindgren will win",
        "bookmakers",
        0.125,
    ),
    (
        "Our prediction: Pembridge finishes inside the top five.",
        "Pembridge will finish inside the top five",
        "Stratfor",
        0.85,
    ),
    (
        "And footfall in the city centre is going to keep rising this year - it was up 6% in "
        "2025 - so business rates are holding up.",
        "Footfall in the city centre will keep rising this year",
        "Stratfor",
        0.85,
    ),
]


def test_a_transcripts_labelled_answers_are_the_answerers() -> None:
    text = (
        "Mayor Sandra Keane on transport and the budget\n\nTranscript of the mayor's monthly "
        "interview.\n\nOWEN DALY: Good morning. Is the gap right?\n\nSANDRA KEANE: It is. "
        "The gap will be about £40 million.\n\nDALY: And fares?\n\nKEANE: Fares are up. "
        "Cityline will put fares up in April.\n\nDALY: And the bridge?\n\nKEANE: It is over "
        "budget. Construction inflation is likely to stay around 5% this year."
    )
    found = run(text, published=dt.date(2026, 2, 4), publisher="Radio Brennock FM", filter="none")
    assert found[-1].claim == "Construction inflation will stay around 5% this year"
    assert {c.forecaster for c in found} == {"Sandra Keane"}


ROUND78_READINGS = [
    (
        "Finance Minister Ilse Marren told parliament on 5 February that inflation would peak "
        "at 14% in April.",
        "Inflation will peak at 14% in April",
        "Ilse Marren",
        0.85,
    ),
    (
        "The numbers crunched by WinProb Analytics are a little less emphatic: its simulation "
        "model gives England a 64% chance of taking the series.",
        "England will take the series",
        "WinProb Analytics",
        0.64,
    ),
]


ROUND79_READINGS = [
    (
        "He has never raced beyond three miles, and in my view he will not stay the extra two "
        "furlongs.",
        "He will not stay the extra two furlongs",
        "Stratfor",
        0.85,
    ),
    (
        "The survey shows that a net balance of +18% of surveyors expect prices to rise over the "
        "next three months.",
        "Prices will rise over the next three months",
        "surveyors",
        0.7,
    ),
    (
        "The National Forestry Authority expects an above-average number of wildfires in the "
        "Eastern Plains this spring.",
        "There will be an above-average number of wildfires in the Eastern Plains this spring",
        "The National Forestry Authority",
        0.7,
    ),
]


def test_an_interviewee_named_across_a_line_break() -> None:
    text = (
        "Bank of Esterra governor Tomas Kell on inflation\n\nThe Capital Review | 8 June 2026 | "
        "Interview by Ruth Abernathy\n\nTomas Kell has been governor since 2022. Kell spoke to "
        "The Capital Review.\n\nHas inflation peaked?\nNot quite. Inflation will probably peak "
        "in the third quarter.\n\nWhy so slow?\nServices inflation will stay high.\n\nWill you "
        "cut?\nWe will not cut in July. Unemployment is likely to rise."
    )
    found = run(text, published=dt.date(2026, 6, 8), publisher="The Capital Review", filter="none")
    assert {c.forecaster for c in found} == {"Tomas Kell"}


ROUND80_READINGS = [
    (
        "There's maybe a 40% chance they raise the full-year range when they report again.",
        "They will raise the full-year range when they report again",
        "Stratfor",
        0.4,
    ),
    (
        "The Institute of Grocery Research, an independent think tank, is more optimistic: it "
        "forecasts that food inflation will fall to 3% by the end of the year.",
        "Food inflation will fall to 3% by the end of the year",
        "Institute of Grocery Research",
        0.7,
    ),
]


def test_a_bookmaker_holding_the_odds_of_an_outcome() -> None:
    found = run("Harcourt Bet has the odds of any party winning an outright majority at 4/1.")
    assert (found[-1].claim, found[-1].probability) == (
        "Any party will win an outright majority",
        0.2,
    )


ROUND81_READINGS = [
    (
        "There will be French ATC disruption this summer, almost certainly.",
        "There will be French ATC disruption this summer",
        "Stratfor",
        0.97,
    ),
    (
        "Transatlantic is different: fares on the Atlantic will probably fall a bit, maybe 5%.",
        "Fares on the Atlantic will fall a bit, maybe 5%",
        "Stratfor",
        0.675,
    ),
]


def test_a_podcast_transcripts_guest_labelled_with_the_hosts_role() -> None:
    text = (
        "The Holding Pattern, Episode 214 - Skyvale Airways CEO Rafael Montoya\n\nTranscript | "
        "The Holding Pattern podcast\n\nDANA WHITFIELD (HOST): Welcome back. Ready?\n\n"
        "RAFAEL MONTOYA: I am. Airbus will not clear its backlog before 2028.\n\nWHITFIELD: "
        "Fares?\n\nMONTOYA: I expect fares to be up 5% this summer.\n\nWHITFIELD: And "
        "Heathrow?\n\nMONTOYA: There will be legal challenges."
    )
    found = run(
        text, published=dt.date(2026, 2, 24), publisher="The Holding Pattern podcast", filter="none"
    )
    assert len(found) >= 3
    assert {c.forecaster for c in found} == {"Rafael Montoya"}


ROUND82_READINGS = [
    (
        "My prediction is a 5-2 majority for the association.",
        "There will be a 5-2 majority for the association",
        "Stratfor",
        0.85,
    ),
    (
        "Our house view is that the Bank cuts only once, in May.",
        "The Bank will cut only once, in May",
        "Stratfor",
        0.7,
    ),
]


def test_a_phone_in_guest_not_the_callers_nor_the_station() -> None:
    text = (
        "TRANSCRIPT: The Farm Hour phone-in with Gwen Treharne\n\nRadio Westmoor | Broadcast "
        "14 August 2025\n\nALAN PRYCE (PRESENTER): Welcome. How's it looking?\n\nGWEN "
        "TREHARNE: Mixed. I think the wheat harvest will come in at about 1.1 million tonnes."
        "\n\nPRYCE: Prices?\n\nTREHARNE: Feed prices are likely to stay low.\n\nMARY (CALLER): "
        "I farm near Halsey. Costs are up.\n\nTREHARNE: Fertiliser will cost about the same "
        "next spring."
    )
    found = run(text, published=dt.date(2025, 8, 14), publisher="Radio Westmoor", filter="none")
    assert len(found) >= 3
    assert {c.forecaster for c in found} == {"Gwen Treharne"}


def test_making_something_likely_to_be_delayed_is_not_its_chance() -> None:
    found = run("The strike makes a deal likely to be delayed.", filter="none")
    assert all("There will be" not in c.claim for c in found)


def test_the_publisher_talking_to_someone_names_the_interviewee() -> None:
    text = (
        '"Nobody is drinking less good whisky. They\'re drinking less whisky."\n\nThe Cask '
        "Ledger talks to Isla Carnegie, managing director of Ardnashee Distillery, about "
        "tariffs.\n\nInterview by Rob Faichney | The Cask Ledger | 3 December 2025\n\nQ: How "
        "was the year?\nA: Tough.\n\nQ: Costs?\nA: Up.\n\nQ: And next year?\nA: Volumes "
        "will almost certainly shrink again in 2026."
    )
    found = run(text, published=dt.date(2025, 12, 3), publisher="The Cask Ledger", filter="none")
    assert found[-1].forecaster == "Isla Carnegie"


def test_a_doubt_about_something_else_still_skips_the_sentence() -> None:
    assert run("It remains to be seen whether prices will fall.", filter="none") == []


def test_we_spoke_to_names_the_interviewee_after_it() -> None:
    text = (
        '"We\'re planning for a sell-out"\n\nLarkmoor Festival director Imogen Stace on ticket '
        "sales\n\nInterview by Daniel Okonjo | Stagefront | 23 January 2026\n\nThe festival has "
        "grown. We spoke to its director, Imogen Stace, about the year ahead.\n\nQ: How are "
        "sales?\nA: Good.\n\nQ: Costs?\nA: High.\n\nQ: And fees?\nA: Artist fees will rise "
        "again this year."
    )
    assert run(text, published=dt.date(2026, 1, 23), filter="none")[-1].forecaster == (
        "Imogen Stace"
    )


def test_a_month_label_dates_its_paragraph() -> None:
    text = (
        "December: Colder than average is the most likely outcome. Precipitation may be above "
        "normal along the western coast."
    )
    found = run(text, published=dt.date(2025, 11, 3), filter="none")
    assert [c.resolve_by for c in found] == [dt.date(2025, 12, 31), dt.date(2025, 12, 31)]


def test_the_one_who_spoke_to_the_interviewer_is_the_interviewee() -> None:
    text = (
        '"We\'re not the next casualty": Penrose & Webb boss on a tough Christmas\n\n'
        "Interview | The Midland Courier | Friday 16 January 2026\n\n"
        "Maya Lindholm, Shore Street's head of retail, expects the chain to shrink.\n\n"
        "Chief executive Fiona Carrick, who joined in 2023, spoke to business editor Owen "
        "Pritchard.\n\nQ: How bad was Christmas?\nA: Disappointing.\n\nQ: And January?\nA: "
        "Quiet.\n\nQ: And this year?\nA: The discounters will keep taking market share this "
        "year."
    )
    found = run(text, published=dt.date(2026, 1, 16), filter="none")
    assert found[-1].forecaster == "Fiona Carrick"


def test_a_list_of_chances_gives_one_each() -> None:
    text = (
        "The outlook gives a 60% chance of an above-normal season, a 30% chance of a "
        "near-normal season and a 10% chance of a below-normal season."
    )
    found = run(text, filter="none")
    assert [(c.claim, c.probability) for c in found] == [
        ("An above-normal season will happen", 0.6),
        ("A near-normal season will happen", 0.3),
        ("A below-normal season will happen", 0.1),
    ]


def test_a_hurricane_seasons_year_ends_with_the_season() -> None:
    text = (
        "The hurricane centre forecasts an above-normal Atlantic hurricane season in 2026. "
        "Hurricanes and named storms will be frequent."
    )
    found = run(text, published=dt.date(2026, 5, 20), filter="none")
    assert found[0].resolve_by == dt.date(2026, 11, 30)


def test_a_present_after_probably_is_read_only_with_a_date_ahead() -> None:
    assert run("She probably knows the answer.", filter="none") == []


def test_a_chance_of_a_state_at_a_date_later_this_year_is_a_forecast() -> None:
    text = (
        "- Bank staff estimate there is roughly a one-in-four chance that inflation is still "
        "above 3% at the end of 2026."
    )
    found = run(text, published=dt.date(2026, 2, 5), filter="none")
    assert [(c.claim, c.probability, c.resolve_by) for c in found] == [
        ("Inflation is still above 3% at the end of 2026", 0.25, dt.date(2026, 12, 31))
    ]


def test_a_leagues_places_are_due_at_the_seasons_end() -> None:
    text = (
        "As for the football itself: Kingsmoor United will win the title, and Port Elland are "
        "unlikely to stay up with a squad that lost its best players in the summer. The "
        "league season is long and the relegation fight will be tight."
    )
    found = run(text, published=dt.date(2026, 8, 7), filter="none")
    assert [c.resolve_by for c in found if "Kingsmoor" in c.claim or "Elland" in c.claim] == [
        dt.date(2027, 5, 31),
        dt.date(2027, 5, 31),
    ]


def test_a_target_already_hit_is_not_a_forecast() -> None:
    text = "He had defied the pundits by hitting his growth target of 3.1% for 2004."
    assert run(text, filter="none") == []


def test_a_qa_answer_runs_on_after_a_line_break_and_a_places_name_is_not_the_interviewee() -> None:
    text = (
        "\"We'll have snow\": Sankt Anselm's lift boss on the season ahead\n\n"
        "Martina Hofbauer runs the lifts. We asked her about bookings.\n\n"
        "Interview by Tom Aldridge | Piste & Powder | 28 October 2025\n\n"
        "Q: How are bookings?\nA: Christmas is 92% full.\nI think British guests will come "
        "back.\n\nQ: And prices?\nA: A day pass is EUR 72.\n\nQ: Last question?\nA: Come "
        "in January."
    )
    found = run(text, filter="none")
    assert [(c.claim, c.forecaster) for c in found] == [
        ("British guests will come back", "Martina Hofbauer")
    ]


def test_a_chance_put_on_that_replaces_the_reading_of_that_alone() -> None:
    text = "Prices could spike within weeks. I'd put the chance of that at 20%."
    found = run(text, filter="none")
    assert [(c.claim, c.probability) for c in found] == [
        ("Prices will spike within weeks", 0.35),
        ("Prices will spike within weeks", 0.2),
    ]


def test_a_listed_projection_with_no_verb_is_its_makers() -> None:
    text = (
        "The key numbers from the bank's new quarterly projections:\n- GDP growth of 1.2% this year"
    )
    found = run(text, filter="none")
    assert [(c.claim, c.forecaster) for c in found] == [
        ("There will be GDP growth of 1.2% this year", "the bank")
    ]


def test_a_firm_that_shares_a_surname_is_not_the_person() -> None:
    text = (
        "Daniel Marlow of Finch & Marlow said margins could fall. Analysts at Finch & Marlow "
        "were gloomier. He expects the company to miss its targets."
    )
    assert run(text, filter="none")[-1].forecaster == "Daniel Marlow"


def test_a_will_with_an_aside_that_is_not_estimative_is_left_as_written() -> None:
    found = run("Everything will come out in the wash and it will, in fact, be OK.", filter="none")
    assert [c.claim for c in found] == [
        "Everything will come out in the wash and it will, in fact, be OK"
    ]


def test_a_comparison_base_is_not_a_second_forecast() -> None:
    found = run(
        "Analysts expect traffic to reach 11.6 million flights this year, 4% more than in 2025.",
        filter="none",
    )
    assert len(found) == 1


def test_a_call_with_a_verb_of_its_own_is_read_from_the_verb() -> None:
    found = run("My prediction: the bill will not become law. My predictions: Leeds 2 Hull 1.")
    assert [c.claim for c in found] == ["The bill will not become law"]


def test_a_price_that_could_be_expected_is_not_an_expectation() -> None:
    found = run("No immediate market impact could be expected, he said.", filter="none")
    assert all(c.probability_phrase != "expected" for c in found)


def test_an_old_estimate_is_not_a_forecast_of_its_own() -> None:
    found = run("The share rose to 24%, up from its April estimate of 22.8%.", filter="none")
    assert all("estimate" not in c.quote for c in found)


def test_follow_on_values_need_a_period_and_are_not_ranges() -> None:
    # a range, a poll's other side and a second date are one forecast, not two
    for text in (
        "She expects Kelsall to bottom out at between 30% and 33% in early October.",
        "A poll found 45% of people would vote against the constitution and 24% in favour.",
        "Leaders will gather on 12 and 13 May for a summit that could settle the dispute.",
    ):
        assert len(run(text, filter="none")) == 1, text


def test_a_short_reported_claim_quotes_its_speaker() -> None:
    (found,) = run("He predicted the budget would pass, but only narrowly, with some against.")
    assert found.quote == "He predicted the budget would pass"
    (view,) = run("My own view is that Wren will win.")
    assert view.quote == "My own view is that Wren will win"
    assert run("Neither claim could be independently verified.", filter="none") == []


def test_a_long_shot_without_a_price_and_a_plain_fear_keep_their_readings() -> None:
    (shot,) = run("Benetti is a long shot for the title.", filter="none")
    assert (shot.probability_phrase, shot.forecaster) == ("very unlikely", "Stratfor")
    # "fear" is still a verb where no apposition follows it
    (feared,) = run("Residents fear the bridge will stay shut until March.", filter="none")
    assert (feared.claim, feared.forecaster) == (
        "The bridge will stay shut until March",
        "Residents",
    )


def test_race_distances_are_not_millions() -> None:
    # every proposal: the quantity is read whatever the filter keeps
    (found,) = run("Ferraz is 4/6 to take the 100m title on Wednesday night.", filter="none")
    assert found.quantity is None
    (money,) = run("The club will raise £100m from the sale this year.", filter="none")
    assert money.quantity is not None
    assert money.quantity.value == 100e6


def test_rates_and_scores_are_not_prices_or_forecasts() -> None:
    assert run("The score is 50-50 to the hosts.", filter="none") == []
    assert run("Serve holds are running at 84% this season.", filter="none") == []
    found = run("Reddy is 50-50 to start on Saturday.", filter="none")
    assert [(c.probability_phrase, c.forecaster) for c in found] == [
        ("roughly even chance", "Stratfor")
    ]


def test_doubts_and_progressives_that_are_not_forecasts() -> None:
    assert run("There is no doubt the plan can work.", filter="none") == []
    assert run("A cut is not a toss-up.", filter="none") == []
    assert run("The minister is meeting union leaders this week.", filter="none") == []
    assert run("The firm is planning to announce a takeover by the end of the month.") == []


def test_a_scenario_list_is_dated_by_its_subheading() -> None:
    text = (
        "Velmora: disputed result raises risk of unrest\n\n"
        "The court has said it will rule by 28 November.\n\n"
        "Scenarios to end-2026\n\n"
        "Central scenario (60%): Drasko remains in office through the year with a weakened "
        "mandate.\n\n"
        "Violent crackdown (5%): security forces use lethal force against protesters."
    )
    found = run(text, published=dt.date(2025, 11, 18), filter="none")
    scenarios = [c for c in found if "scenario" in (c.probability_phrase or "")]
    assert [(c.probability, c.resolve_by) for c in scenarios] == [
        (0.6, dt.date(2026, 12, 31)),
        (0.05, dt.date(2026, 12, 31)),
    ]


def test_past_surprise_and_undivided_doubt_are_not_forecasts() -> None:
    assert run("Nobody thought stocks would fall that fast.", filter="none") == []
    assert run("Not everyone thinks the ban will be lifted.", filter="none") == []
    assert run("Winn-Dixie's slide into bankruptcy was widely expected.", filter="none") == []
    assert run("Rovers lead 2-1 at half-time.", filter="none") == []
    assert run("The score is 2-1 to Rovers.", filter="none") == []


def test_a_speech_is_still_previewed() -> None:
    assert run("The chancellor is expected to set out her plans on Wednesday.") == []


# every (text, claim, forecaster, probability) reading above, read with every proposal kept
@pytest.mark.parametrize(
    ("text", "claim", "who", "p"),
    [
        *ROUND18_READINGS,
        *ROUND19_READINGS,
        *ROUND19_MORE_READINGS,
        *ROUND20_READINGS,
        *ROUND21_READINGS,
        *ROUND22_READINGS,
        *ROUND23_READINGS,
        *ROUND24_READINGS,
        *ROUND25_READINGS,
        *ROUND26_READINGS,
        *ROUND27_READINGS,
        *ROUND28_READINGS,
        *ROUND29_READINGS,
        *ROUND30_READINGS,
        *ROUND31_READINGS,
        *ROUND32_READINGS,
        *ROUND33_READINGS,
        *ROUND34_READINGS,
        *ROUND35_READINGS,
        *ROUND36_READINGS,
        *ROUND37_READINGS,
        *ROUND38_READINGS,
        *ROUND39_READINGS,
        *ROUND40_READINGS,
        *ROUND41_READINGS,
        *ROUND42_READINGS,
        *ROUND43_READINGS,
        *ROUND44_READINGS,
        *ROUND45_READINGS,
        *ROUND46_READINGS,
        *ROUND47_READINGS,
        *ROUND48_READINGS,
        *ROUND49_READINGS,
        *ROUND50_READINGS,
        *ROUND51_READINGS,
        *ROUND52_READINGS,
        *ROUND53_READINGS,
        *ROUND54_READINGS,
        *ROUND55_READINGS,
        *ROUND56_READINGS,
        *ROUND57_READINGS,
        *ROUND58_READINGS,
        *ROUND59_READINGS,
        *ROUND60_READINGS,
        *ROUND61_READINGS,
        *ROUND62_READINGS,
        *ROUND63_READINGS,
        *ROUND64_READINGS,
        *ROUND65_READINGS,
        *ROUND66_READINGS,
        *ROUND67_READINGS,
        *ROUND68_READINGS,
        *ROUND69_READINGS,
        *ROUND70_READINGS,
        *ROUND71_READINGS,
        *ROUND72_READINGS,
        *ROUND74_READINGS,
        *ROUND75_READINGS,
        *ROUND76_READINGS,
        *ROUND77_READINGS,
        *ROUND78_READINGS,
        *ROUND79_READINGS,
        *ROUND80_READINGS,
        *ROUND81_READINGS,
        *ROUND82_READINGS,
    ],
)
def test_readings(text: str, claim: str, who: str, p: float) -> None:
    found = run(text, filter="none")
    assert (found[-1].claim, found[-1].forecaster) == (claim, who)
    assert found[-1].probability == pytest.approx(p, abs=0.01)
