from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.extraction import ScaleError, load_scale
from app.extraction.scales import BUILTIN


@pytest.mark.parametrize("name", BUILTIN)
def test_builtin_scales_load_with_modal_section(name: str) -> None:
    scale = load_scale(name)
    assert scale.name == name
    for phrase in ("will", "may", "might", "could", "likely", "unlikely", "almost certain"):
        entry = scale.find(phrase)
        assert entry is not None, phrase
        assert 0.0 <= entry.low <= entry.p <= entry.high <= 1.0
    assert scale.find("will").section == "modal"  # type: ignore[union-attr]


def test_icd203_rows() -> None:
    icd = load_scale("icd203")
    assert icd.read("likely") is not None
    likely = icd.read("likely")
    assert likely is not None
    assert (likely.low, likely.high) == (0.55, 0.8)
    certain = icd.read("almost certain")
    assert certain is not None
    assert certain.p >= 0.95
    remote = icd.read("almost no chance")
    assert remote is not None
    assert remote.p <= 0.05


def test_negation_flips_and_modifiers_shift() -> None:
    icd = load_scale("icd203")
    likely = icd.read("likely")
    not_likely = icd.read("likely", negated=True)
    assert likely is not None
    assert not_likely is not None
    assert not_likely.p == pytest.approx(1 - likely.p)
    assert not_likely.phrase == "not likely"
    very = icd.read("likely", ("very",))
    assert very is not None
    assert very.p == pytest.approx(0.875)
    extremely = icd.read("likely", ("extremely",))
    assert extremely is not None
    assert extremely.p > likely.p
    highly_unlikely = icd.read("unlikely", ("highly",))
    assert highly_unlikely is not None
    assert highly_unlikely.p < 0.2
    open_question = icd.read("certain", negated=True)
    assert open_question is not None
    assert open_question.p == pytest.approx(0.5)


def test_scales_differ() -> None:
    assert load_scale("phia").read("unlikely").p != load_scale("icd203").read("unlikely").p  # type: ignore[union-attr]
    assert load_scale("mauboussin2018").read("likely").p == pytest.approx(0.7)  # type: ignore[union-attr]


def test_user_file_extends_builtin(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    path.write_text(
        json.dumps({"name": "mine", "phrases": {"likely": {"band": [0.6, 0.9], "p": 0.75}}})
    )
    scale = load_scale(str(path))
    assert scale.name == "mine"
    assert scale.read("likely").p == 0.75  # type: ignore[union-attr]
    assert scale.read("will") is not None  # inherited from icd203


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "not valid JSON"),
        ("[]", "top level"),
        ('{"phrases": {}}', "'name'"),
        ('{"name": "x"}', "missing 'phrases'"),
        ('{"name": "x", "phrases": {"likely": {"band": [0.9, 0.1]}}}', "low <= high"),
        ('{"name": "x", "phrases": {"likely": {"band": [0.1]}}}', "two numbers"),
        ('{"name": "x", "phrases": {"likely": {"band": [0.1, 0.2], "p": 0.5}}}', "inside its band"),
        ('{"name": "x", "phrases": {"likely": 0.7}}', "must be an object"),
        ('{"name": "x", "extends": "nope", "phrases": {}}', "extends"),
        ('{"name": "x", "phrases": {}, "modifiers": {"very": 5}}', "modifiers"),
    ],
)
def test_bad_user_files_raise_scale_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(ScaleError, match=message):
        load_scale(str(path))


def test_unknown_name_and_missing_file() -> None:
    with pytest.raises(ScaleError, match="unknown scale"):
        load_scale("kent1964")
    with pytest.raises(ScaleError, match="cannot read"):
        load_scale("/nonexistent/scale.json")
