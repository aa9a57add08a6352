from __future__ import annotations

import datetime as dt
import json

import pytest

from .conftest import PUB, one, run


def test_offsets_and_quote_are_verbatim() -> None:
    text = "Intro line here.\n\nIn the wake of the breakdown, China will move quickly to act."
    c = one(text, filter="none")  # the offsets, whatever the learned filter makes of it
    assert text[c.start : c.end] == c.quote
    assert c.claim == "China will move quickly to act"
    assert c.forecaster == "Stratfor"
    assert c.probability_phrase == "will"
    assert c.scale == "icd203"


@pytest.mark.parametrize(
    ("sentence", "phrase", "low", "high"),
    [
        ("Talks are likely to continue.", "likely", 0.55, 0.8),
        ("Talks are very likely to continue.", "very likely", 0.8, 0.95),
        ("Talks will almost certainly continue.", "almost certain", 0.95, 0.99),
        ("Talks will probably continue.", "probably", 0.55, 0.8),
        ("Xi may visit Washington.", "may", 0.3, 0.5),
        ("Xi might visit Washington.", "might", 0.3, 0.5),
        ("Xi could visit Washington.", "could", 0.2, 0.5),
        ("Talks will continue.", "will", 0.7, 0.99),
        ("The vote is expected to be close.", "expected", 0.55, 0.85),
        ("Profits are set to rise.", "set to", 0.7, 0.95),
        ("Talks are unlikely to resume.", "unlikely", 0.2, 0.45),
        ("Talks are highly unlikely to resume.", "highly unlikely", 0.05, 0.2),
        (
            "There is a roughly even chance that the bank raises rates.",
            "roughly even chance",
            0.45,
            0.55,
        ),
        ("There is little chance that the vote will be postponed.", "little chance", 0.05, 0.2),
        ("There is a 30% chance that the bank raises rates.", "30% chance", 0.3, 0.3),
        ("It is highly unlikely that the council will cut rates.", "highly unlikely", 0.05, 0.2),
        ("A cut before June is very unlikely.", "very unlikely", 0.05, 0.2),
    ],
)
def test_probability_phrases(sentence: str, phrase: str, low: float, high: float) -> None:
    c = one(sentence, filter="rules")  # the reading, whatever the learned filter scores
    assert c.probability_phrase == phrase
    assert low <= c.probability <= high


def test_unlikely_gives_positive_claim_with_low_probability() -> None:
    c = one("Moscow is unlikely to offer deep discounts.")
    assert c.claim == "Moscow will offer deep discounts"
    assert c.probability < 0.5
    c = one("Moscow is not likely to offer deep discounts.")
    assert c.claim == "Moscow will offer deep discounts"
    assert c.probability_phrase == "not likely"
    assert c.probability < 0.5


def test_will_not_keeps_negation_with_high_probability() -> None:
    # the reading, not the learned filter, is under test: a lone sentence has no context
    c = one("There will not be a swing back to the standoff of 2017.", filter="none")
    assert c.claim.startswith("There will not be a swing back")
    assert c.probability >= 0.7
    c = one("Beijing won't retaliate.", filter="none")
    assert c.claim == "Beijing will not retaliate"
    assert c.probability >= 0.7


def test_modal_rewritten_as_will() -> None:
    c = one("Chinese President Xi Jinping may pay a visit to Washington within a month.")
    assert c.claim == "Chinese President Xi Jinping will pay a visit to Washington within a month"
    assert c.resolve_by == dt.date(2019, 3, 28)
    assert c.horizon_source == "stated"
    assert c.horizon_text == "within a month"


def test_default_horizon() -> None:
    c = one("Talks will continue.", default_horizon_days=30, filter="rules")
    assert c.horizon_source == "default"
    assert c.horizon_text is None
    assert c.resolve_by == PUB + dt.timedelta(days=30)
    c = one("The party will split before the election.", filter="rules")
    assert c.horizon_source == "default"
    assert c.horizon_text == "before the election"


@pytest.mark.parametrize(
    ("text", "forecaster"),
    [
        ("Deloitte is forecasting that sales will grow by 2% this year.", "Deloitte"),
        ("The IMF expects growth to recover to 4.4% in 2025.", "The IMF"),
        ("Analysts expect profits to fall.", "Analysts"),
        (
            "U.S. President Donald Trump met Kim. Trump said the countries would bridge the gap.",
            "Donald Trump",
        ),
        (
            "According to the consultancy Caspian Field Partners, production will rise by 4%.",
            "Caspian Field Partners",
        ),
        ("Ms Liu predicted that Chinese firms would produce 7nm chips within two years.", "Liu"),
        (
            "Washington has clearly emphasized that Pyongyang will continue to suspend tests.",
            "Washington",
        ),
        ('"Growth will slow sharply," said Bank of England governor Mervyn King.', "Mervyn King"),
        ("Rates will stay high, analysts say.", "analysts"),
        ("We expect growth to slow.", "Stratfor"),
        ("The abrupt ending suggests that there will not be a swing back.", "Stratfor"),
    ],
)
def test_attribution(text: str, forecaster: str) -> None:
    c = run(text, filter="none")[-1]  # attribution, not the learned filter, is under test
    assert c.forecaster == forecaster


def test_short_names_resolve_to_full_names() -> None:
    text = (
        "The centre's director, Samuel Tetteh, spoke on Monday. Mr Tetteh said the race "
        "would almost certainly go to a runoff."
    )
    c = run(text)[-1]
    assert c.forecaster == "Samuel Tetteh"
    assert c.probability >= 0.95


def test_conditional() -> None:
    c = one("If output falls short, Baku will probably trim deliveries to Italy.")
    assert c.conditional == "output falls short"
    assert c.claim == "Baku will trim deliveries to Italy"
    # the learned filter scores this bare "would" near its threshold (0.26 against 0.27 since
    # freeze 27); the condition is read by the rules either way
    c = one(
        "Further strikes would follow if the attacks continued, officials said.", filter="rules"
    )
    assert c.conditional == "the attacks continued"
    assert "if the attacks continued" in c.quote


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Retail sales will grow by 1.5% in 2005.", 1.5, "%"),
        ("The rules could cost members $10bn in annual sales.", 10e9, "USD"),
        ("Shale output will reach 13.6 million barrels a day.", 13.6e6, "barrels a day"),
        ("The disruption could add 0.5 percentage points to inflation.", 0.5, "percentage points"),
    ],
)
def test_quantities(text: str, value: float, unit: str) -> None:
    q = one(text, filter="none").quantity  # the parse, whatever the learned filter keeps
    assert q is not None
    assert q.value == pytest.approx(value)
    assert q.unit == unit


def test_no_quantity_for_years() -> None:
    assert one("Prices will rise in 2021.").quantity is None


def test_actors() -> None:
    c = one(
        "China and South Korea will move quickly to put the U.S.-North Korea relationship "
        "back on track.",
        filter="none",  # the actors are under test; a lone sentence gives the filter no context
    )
    assert {"China", "South Korea", "United States", "North Korea"} <= set(c.actors)


@pytest.mark.parametrize(
    "text",
    [
        "The summit ended without a deal on Thursday.",  # past report
        "Inflation is 5% and unemployment remains low.",  # present fact
        "It remains to be seen how state media will portray the summit.",
        "It is not clear how governments will square their budgets.",
        "Will the opposition unite behind one candidate?",
        '"We will lobby MPs to reform business rates," he added.',
        "The company said it would close 30 stores and cut 600 jobs.",
        "The alliance said it will lobby the Treasury to freeze beer duty.",
        'Mr Smith has promised that a new government "will create one million jobs".',
        "The talks in Hanoi might have fizzled.",
        "Trump said it would be inappropriate for the United States to sign a deal.",
        "Pyongyang asked for relief before it would dismantle the site.",
        "Exercises set to begin March 4 were discussed.",
        "He will try to sign up new customers.",
        "Whether that money will be well spent is another question.",
        "Not everyone thinks the controls will bite.",
    ],
)
def test_not_forecasts(text: str) -> None:
    assert run(text) == []


def test_boilerplate_is_skipped() -> None:
    text = "\n\n".join(
        [
            "Feb 28, 2019 | 16:54 GMT",
            "6 mins read",
            "Why Talks Will Not Die",
            "A leader will speak at a summit in Hanoi on Feb. 28, 2019.",
            "(SAUL LOEB/AFP/Getty Images)",
            "Editor's Note: This assessment will provide context on developments over the next "
            "quarter.",
            "Talks will continue.",
            "Copyright © Stratfor Enterprises, LLC. All rights reserved.",
            "Stratfor Worldview",
            "To empower members, we will help them navigate a changing world.",
        ]
    )
    assert [c.claim for c in run(text, filter="rules")] == ["Talks will continue"]


def test_repeated_pull_quote_is_extracted_once() -> None:
    line = "Neither candidate is going to clear the threshold in the first round."
    text = f"{line}\n\nSomething else happened.\n\n{line}"
    found = run(text)
    assert len(found) == 1
    assert found[0].start == 0


def test_coordinated_complements_are_one_candidate() -> None:
    c = one(
        "We also forecast that neither side would scuttle the outreach, but that swings "
        "would occur throughout the year."
    )
    assert c.claim == (
        "Neither side will scuttle the outreach, but swings will occur throughout the year"
    )
    assert c.resolve_by == dt.date(2019, 12, 31)


def test_hedge_verbs_set_probability() -> None:
    c = one("\"I don't think we'll see a recession,\" he said.")
    assert c.probability < 0.5
    assert c.probability_phrase == "not think"
    c = one("Nvidia said it did not expect the rules to have a meaningful impact.")
    assert c.claim == "The rules will have a meaningful impact"
    assert c.probability < 0.5


def test_other_scales() -> None:
    assert one("Talks are unlikely to resume.", scale="phia").probability == pytest.approx(0.3)
    assert one("Talks are likely to resume.", scale="mauboussin2018").scale == "mauboussin2018"


def test_to_dict_is_json_safe() -> None:
    c = one("Retail sales will grow by 1.5% in 2005 if wages rise.", published=dt.date(2005, 1, 1))
    d = json.loads(json.dumps(c.to_dict()))
    assert d["resolve_by"] == "2005-12-31"
    assert d["quantity"] == {"value": 1.5, "unit": "%", "text": "1.5%"}
    assert set(d) == {
        "quote",
        "start",
        "end",
        "claim",
        "probability",
        "probability_phrase",
        "scale",
        "resolve_by",
        "horizon_text",
        "horizon_source",
        "forecaster",
        "actors",
        "conditional",
        "quantity",
    }


@pytest.mark.parametrize(
    "text",
    [
        "The firm will open two plants next year, it said.",
        "The White House will announce its budget on Monday.",
        "The first cards will be issued in 2008.",
        "The new bill will create new criminal offences.",
        "Under the plan, councils will keep half of the savings.",
        "Firms that break the new law will face fines of up to 10% of turnover.",
        "It would be a fatal mistake to cut rates now, he said.",
        "Previously, passengers could claim up to 300 euros.",
        "The minister is expected to say that the reforms are working.",
        "Mr Tsuda, who joined last year, will become chairman in June.",
        "You will need an engineer to check the wiring.",
    ],
)
def test_plans_schedules_rules_and_judgements_are_not_forecasts(text: str) -> None:
    # The hand-written rules' judgement. On the default path some of these reasons are only
    # flags the learned filter weighs (see test_extraction_filter.py), so a clear plan can
    # occasionally get through there: "The firm will open two plants next year, it said."
    assert run(text, publisher="BBC", filter="rules") == []


def test_the_learned_filter_drops_most_plain_plans() -> None:
    texts = [
        "The firm will open two plants next year, it said.",
        "The White House will announce its budget on Monday.",
        "The first cards will be issued in 2008.",
        "The new bill will create new criminal offences.",
        "Under the plan, councils will keep half of the savings.",
        "Firms that break the new law will face fines of up to 10% of turnover.",
        "It would be a fatal mistake to cut rates now, he said.",
        "Previously, passengers could claim up to 300 euros.",
        "The minister is expected to say that the reforms are working.",
        "Mr Tsuda, who joined last year, will become chairman in June.",
        "You will need an engineer to check the wiring.",
    ]
    kept = [t for t in texts if run(t, publisher="BBC")]
    # the bound is what the shipped model may let through, not a tuning target: freeze 37's
    # retrain (threshold 0.19) kept two of these and the bound was two for that freeze;
    # freeze 38's keeps none
    assert len(kept) <= 1, kept


def test_third_party_expectation_about_a_plan_is_a_forecast() -> None:
    c = one("Analysts expect the firm to open two more plants next year.", publisher="BBC")
    assert c.forecaster == "Analysts"


def test_an_assessment_predicting_an_actors_moves_is_kept() -> None:
    text = (
        "We expect talks to stall. A deal is unlikely before the summer, and sanctions will "
        "probably stay in place. North Korea will now move quickly to consult with China."
    )
    quotes = [c.quote for c in run(text)]
    assert "North Korea will now move quickly to consult with China" in quotes


def test_sentence_initial_capital_is_not_an_actor() -> None:
    c = one("Progress and negotiations at a lower level are likely to continue.")
    assert c.actors == []
