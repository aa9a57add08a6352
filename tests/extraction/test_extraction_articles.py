"""End-to-end quality on hand-labelled articles (in-process, no /work/shared needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.extraction.goldeval import Tally, score_file

FIXTURES = Path(__file__).parent / "fixtures"
SHARED_GOLD = Path("/work/shared/eval/dev")
FLOOR = 0.9


def _score(split: str) -> Tally:
    total = Tally()
    for path in sorted((FIXTURES / "gold").glob("*.gold.json")):
        if json.loads(path.read_text())["split"] == split:
            total.add(score_file(path, FIXTURES))
    return total


def test_own_articles_meet_the_floor() -> None:
    tally = _score("dev")
    assert tally.required >= 50
    for metric, value in tally.rates().items():
        assert value >= FLOOR, (metric, tally.summary(), tally.misses, tally.wrong)


def test_held_out_articles_are_reported(capsys: pytest.CaptureFixture[str]) -> None:
    tally = _score("heldout")
    with capsys.disabled():
        print(f"\nheld-out articles: {tally.summary()}")
    assert tally.required > 0


def test_every_gold_quote_is_in_its_article() -> None:
    for path in (FIXTURES / "gold").glob("*.gold.json"):
        gold = json.loads(path.read_text())
        text = (FIXTURES / gold["document"]).read_text()
        words = len(text.split())
        assert 250 <= words <= 900, (path.name, words)
        for item in gold["forecasts"]:
            assert item["quote"] in text, item["quote"]


@pytest.mark.skipif(not SHARED_GOLD.exists(), reason="shared dev gold not available")
def test_shared_dev_gold() -> None:
    total = Tally()
    for path in sorted(SHARED_GOLD.glob("*.gold.json")):
        total.add(score_file(path, SHARED_GOLD.parent.parent))
    assert total.duplicates == 0
    for metric, value in total.rates().items():
        assert value >= FLOOR, (metric, total.summary())
