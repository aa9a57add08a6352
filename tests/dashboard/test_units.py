"""Pieces of the dashboard that need no server: filters, text segments, CSV cells, the demo."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any, cast

import pytest
from click.testing import CliRunner

from app.cli import main
from app.dashboard import tables
from app.dashboard.demo import load
from app.dashboard.filters import Filters, href
from app.dashboard.security import safe_next
from app.dashboard.service import Segment, segments
from app.db import Database
from app.errors import Invalid
from tests.conftest import count


def test_filters_read_blank_fields_as_unset_and_round_trip() -> None:
    params = {
        "forecaster": " Priya  Raman ",
        "publisher": "",
        "tag": "Veska",
        "made_from": "2024-01-01",
        "made_to": "",
        "verified_only": "true",
    }
    filters = Filters.parse(params)
    assert filters.forecaster == "Priya  Raman"
    assert filters.publisher is None
    assert filters.tag == "veska"
    assert filters.made_from == datetime(2024, 1, 1, tzinfo=UTC)
    assert filters.verified_only
    link = href("/queue", filters, offset=25)
    assert link == (
        "/queue?forecaster=Priya++Raman&tag=veska&made_from=2024-01-01&verified_only=true&offset=25"
    )
    again = Filters.parse(dict(p.split("=") for p in link.split("?")[1].split("&")))
    assert again.tag == filters.tag
    assert again.made_from == filters.made_from
    assert Filters.parse({}) == Filters()
    assert href("/", Filters()) == "/"


@pytest.mark.parametrize(
    "params",
    [
        {"made_from": "soon"},
        {"tag": "!bad"},
        {"verified_only": "perhaps"},
        {"made_from": "2024-02-01", "made_to": "2024-01-01"},
        {"forecaster": "x" * 201},
    ],
)
def test_bad_filters_are_invalid(params: dict[str, str]) -> None:
    with pytest.raises(Invalid):
        Filters.parse(params)


def candidate(cid: int, start: int, end: int) -> Any:
    return SimpleNamespace(id=cid, quote_start=start, quote_end=end)


def test_segments_cover_the_text_and_merge_overlaps() -> None:
    text = "Alpha beta gamma delta epsilon."
    parts = segments(
        text,
        cast(
            Any,
            [candidate(1, 6, 16), candidate(2, 11, 22), candidate(3, 23, 30), candidate(4, 5, 99)],
        ),
    )
    assert "".join(p.text for p in parts) == text
    assert parts == [
        Segment("Alpha "),
        Segment("beta gamma delta", (1, 2)),
        Segment(" "),
        Segment("epsilon", (3,)),
        Segment("."),
    ]
    assert segments("", []) == []


def test_csv_cells_keep_full_precision_and_defuse_formulas() -> None:
    text = tables.render(["a", "b", "c", "d"], [["=HYPERLINK(1)", -0.1234567890123, None, True]])
    assert text.splitlines()[1] == "'=HYPERLINK(1),-0.1234567890123,,true"


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/queue?tag=x", "/queue?tag=x"),
        ("https://evil.example/", "/"),
        ("//evil.example", "/"),
        ("/\\evil.example", "/"),
        ("javascript:alert(1)", "/"),
        ("", "/"),
    ],
)
def test_only_local_paths_are_followed(target: str, expected: str) -> None:
    assert safe_next(target) == expected


def test_demo_loads_once(database: Database) -> None:
    with database.transaction() as session:
        first = load(session)
    assert first.created
    assert first.key is not None
    assert re.fullmatch(r"ft_[0-9a-f]{12}_\S+", first.key)
    tables_counted = ("questions", "forecasts", "events", "resolutions", "documents", "api_keys")
    before = {t: count(database, t) for t in tables_counted}
    with database.transaction() as session:
        second = load(session)
    assert not second.created
    assert second.key is None
    assert second.key_id == first.key_id
    assert {t: count(database, t) for t in tables_counted} == before
    assert before["documents"] == 1
    assert before["resolutions"] == 16


def test_demo_command_prints_the_key_once(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    if database.dialect != "sqlite":
        pytest.skip("the command runs on the configured database; one backend is enough")
    from app.config import get_settings

    monkeypatch.setenv("FORECAST_DATABASE_URL", database.url)
    get_settings.cache_clear()
    try:
        runner = CliRunner()
        first = runner.invoke(main, ["demo"])
        second = runner.invoke(main, ["demo"])
    finally:
        get_settings.cache_clear()
    assert first.exit_code == 0, first.output
    assert "Loaded the demo" in first.output
    assert "2 overdue" in first.output
    assert re.search(r"^\s+ft_[0-9a-f]{12}_\S+$", first.output, re.M)
    assert second.exit_code == 0, second.output
    assert "already loaded" in second.output
    assert "ft_" not in second.output.replace("forecast-tracker", "")
