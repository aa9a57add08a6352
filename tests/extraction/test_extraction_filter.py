"""The learned precision filter, its features, and the cues added with it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.extraction import extract
from app.extraction.features import FEATURE_VERSION, featurize, speaker_types
from app.extraction.filter import MODEL_PATH, filter_from_dict, load_filter
from app.extraction.rules import propose

from .conftest import PUB, one, run

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(
    ("sentence", "claim", "low", "high"),
    [
        (
            "There is a one-in-three chance that the bank cuts its dividend again.",
            "The bank will cut its dividend again",
            0.33,
            0.34,
        ),
        (
            "Traders see only a one-in-five chance of another cut at that meeting.",
            "Another cut at that meeting will happen",
            0.2,
            0.2,
        ),
        (
            "We put the probability of a recession in the next year at 35%.",
            "A recession in the next year will happen",
            0.35,
            0.35,
        ),
        (
            "The bookmaker offers odds that imply a 55% chance of a Green victory.",
            "A Green victory will happen",
            0.55,
            0.55,
        ),
        ("The most likely outcome is a narrow Labour majority.", None, 0.55, 0.8),
        ("A cut in February is the most likely outcome.", None, 0.55, 0.8),
        ("Odds are that the bank will raise rates.", "The bank will raise rates", 0.55, 0.8),
        ("A strike is on the cards.", "A strike will happen", 0.55, 0.8),
        (
            "Our central case envisages prices rising to $8,800 by the end of 2024.",
            "Prices will rise to $8,800 by the end of 2024",
            0.55,
            0.8,
        ),
        (
            "Unemployment is probably going to rise above 5%.",
            "Unemployment will rise above 5%",
            0.55,
            0.8,
        ),
        ("Labour has a good chance of winning the seat.", "Labour will win the seat", 0.55, 0.8),
    ],
)
def test_noun_carried_and_other_new_cues(
    sentence: str, claim: str | None, low: float, high: float
) -> None:
    c = one(sentence, filter="none")
    if claim is not None:
        assert c.claim == claim
    assert low - 1e-3 <= c.probability <= high + 1e-3


@pytest.mark.parametrize(
    "sentence",
    [
        "Gazprom had been expected to win the December auction.",
        "BA had previously forecast a 2% to 3% rise in full-year revenue.",
        "The margin was less than the 47.3% forecast by analysts.",
        "Slower spending is likely to have convinced the committee to wait.",
        "A report on the 20 biggest projects says costs have risen by £1.7bn.",
        "There is a chance of rain.",
    ],
)
def test_past_expectations_and_nouns_are_not_proposed(sentence: str) -> None:
    assert run(sentence, filter="none") == []


def test_filter_modes() -> None:
    text = (
        "Analysts expect profits to fall next year. The Tories would cut taxes, the party said. "
        "The firm said it would close 30 stores."
    )
    every = run(text, filter="none")
    model = run(text)
    rules = run(text, filter="rules")
    assert {c.quote for c in model} <= {c.quote for c in every}
    assert {c.quote for c in rules} <= {c.quote for c in every}
    assert "Analysts expect profits to fall next year" in {c.quote for c in model}
    assert run(text, threshold=0.0) == every
    assert run(text, threshold=1.01) == []
    with pytest.raises(ValueError, match="unknown filter"):
        run(text, filter="maybe")


def test_flagged_proposals_carry_the_rules_reason() -> None:
    found = propose("The Tories would cut taxes.", published=PUB, publisher="BBC")
    assert [ev.flags for _, ev in found] == [("bare_would",)]
    assert (
        propose("The Tories would cut taxes.", published=PUB, publisher="BBC", flagged=False) == []
    )


def test_scores_are_probabilities_and_deterministic() -> None:
    model = load_filter()
    found = propose(
        (FIXTURES / "articles" / "a02_uk_retail.txt").read_text(),
        published=dt.date(2023, 1, 1),
        publisher="X",
    )
    assert found
    for _, ev in found:
        p = model.score(ev)
        assert 0.0 <= p <= 1.0
        assert p == model.score(ev)
        assert featurize(ev) == featurize(ev)


def test_model_file_is_small_versioned_package_data() -> None:
    assert MODEL_PATH.stat().st_size < 1_000_000
    data = json.loads(MODEL_PATH.read_text())
    assert data["feature_version"] == FEATURE_VERSION
    assert 0.0 < data["threshold"] < 1.0
    assert load_filter().threshold == data["threshold"]
    with pytest.raises(ValueError, match="retrain"):
        filter_from_dict({**data, "feature_version": FEATURE_VERSION + 1})


def test_speaker_types() -> None:
    assert speaker_types("", "") == ["publisher"]
    assert "analyst" in speaker_types("Jane Roe", "jane roe, an economist at ing")
    assert "official" in speaker_types("Ed Law", "health secretary ed law")
    assert speaker_types("Jane Roe", "jane roe") == ["person"]


def test_training_judgements_come_from_the_tuning_pool_only() -> None:
    doc = json.loads((FIXTURES / "train" / "bbc_tuning_judged.json").read_text())
    last = {"business": 250, "politics": 200}
    assert len(doc["judgements"]) >= 600
    for j in doc["judgements"]:
        section, name = j["path"].split("/")
        assert int(name.removesuffix(".txt")) <= last[section], j["path"]
        assert j["verdict"] in {"forecast", "borderline", "not"}
        assert j["note"]


def test_default_path_is_pure_python() -> None:
    import sys

    before = set(sys.modules)
    extract("Prices are likely to rise.", published=PUB, publisher="X")
    assert not {m for m in set(sys.modules) - before if m.split(".")[0] in {"sklearn", "numpy"}}


def test_cli_filter_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.extraction.cli import main

    article = tmp_path / "a.txt"
    article.write_text("Analysts expect prices to rise. The firm said it would close 30 stores.\n")
    base = [str(article), "--published", "2019-02-28", "--publisher", "X", "--format", "json"]
    counts = []
    for extra in ([], ["--filter", "none"], ["--filter", "rules"], ["--threshold", "1.01"]):
        assert main([*base, *extra]) == 0
        counts.append(len(json.loads(capsys.readouterr().out)))
    assert counts[1] >= counts[0] >= counts[3] == 0
    assert counts[1] >= counts[2]


def test_round3_evaluation_sets_are_fresh() -> None:
    """The round-3 measurement uses evaluation-pool articles never used before and never
    used for training; the new own articles are a separate split."""
    last = {"business": 250, "politics": 200}

    def evaluation(rel: str) -> bool:
        section, name = rel.split("/")
        return int(name.removesuffix(".txt")) > last[section]

    used = {str(e["path"]) for e in json.loads((FIXTURES / "bbc_eval.json").read_text())}
    used |= {str(e["path"]) for e in json.loads((FIXTURES / "bbc_review.json").read_text())}
    used |= {
        json.loads(p.read_text())["document"].removeprefix("corpus/bbc/")
        for p in (FIXTURES / "bbc_gold").glob("*.gold.json")
    }
    seen = (FIXTURES / "eval3" / "seen_during_development.txt").read_text().split()
    used |= {s for s in seen if s.endswith(".txt")}
    fresh_gold = {
        json.loads(p.read_text())["document"].removeprefix("corpus/bbc/")
        for p in (FIXTURES / "eval3" / "bbc_gold").glob("*.gold.json")
    }
    judged = json.loads((FIXTURES / "eval3" / "bbc_candidates_judged.json").read_text())
    sampled = {str(e["path"]) for e in judged}
    assert len(fresh_gold) == 20
    assert len(judged) >= 120
    assert all(evaluation(p) for p in fresh_gold | sampled)
    assert not (fresh_gold | sampled) & used
    assert not fresh_gold & sampled
    for label in ("before", "after"):
        assert sum(label in e["sampled_from"] for e in judged) >= 120
    splits = {
        p.name.split("_")[0]: json.loads(p.read_text())["split"]
        for p in (FIXTURES / "gold").glob("*.json")
    }
    assert [k for k, v in sorted(splits.items()) if v == "final"] == [
        f"h{i}" for i in range(10, 17)
    ]
