"""The pages, CSV downloads and GET /v1/dashboard on the demo data (read only)."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy import select

from app.documents.models import Document
from app.forecasters.models import Forecaster
from app.headers import CSP
from app.questions.models import Question
from tests.dashboard.conftest import Seeded


def ids(seeded: Seeded, model: Any) -> list[int]:
    with seeded.db.transaction(write=False) as session:
        return list(session.scalars(select(model.id).order_by(model.id)))


def forecaster_id(seeded: Seeded, name: str) -> int:
    with seeded.db.transaction(write=False) as session:
        found = session.scalar(select(Forecaster.id).where(Forecaster.name == name))
    assert found is not None
    return found


class Tags(HTMLParser):
    """Collects tags with their attributes, and the text inside <script> elements."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in_script: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = dict(attrs)
            self.scripts.append((self._in_script, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = None

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)


def parse(html: str) -> Tags:
    parser = Tags()
    parser.feed(html)
    return parser


def page_paths(seeded: Seeded) -> list[str]:
    paths = ["/", "/forecasters", "/publishers", "/questions", "/documents", "/queue"]
    paths += [f"/forecasters/{i}" for i in ids(seeded, Forecaster)]
    paths += [f"/questions/{i}" for i in ids(seeded, Question)]
    paths += [f"/documents/{i}" for i in ids(seeded, Document)]
    paths += ["/questions?status=open", "/documents?pending=true", "/?verified_only=true"]
    return paths


def test_every_page_answers_with_html_under_the_csp(seeded: Seeded) -> None:
    for path in [*page_paths(seeded), "/login"]:
        res = seeded.client.get(path)
        assert res.status_code == 200, (path, res.text[:500])
        assert res.headers["content-type"].startswith("text/html")
        assert res.headers["content-security-policy"] == CSP
        assert res.headers["referrer-policy"] == "same-origin"
        tags = parse(res.text)
        for attrs, text in tags.scripts:
            # Under script-src 'self' only files run; JSON blocks carry the chart data.
            assert attrs.get("src") or attrs.get("type") == "application/json", (path, attrs)
            if not attrs.get("src"):
                assert "</" not in text
        for tag, attrs in tags.tags:
            handlers = [a for a in attrs if a.startswith("on")]
            assert not handlers, (path, tag, handlers)
            for name in ("href", "src", "action"):
                assert not (attrs.get(name) or "").startswith(("http:", "https:", "//")) or (
                    tag == "a"
                ), (path, tag, attrs)


def test_unknown_ids_are_404_pages(seeded: Seeded) -> None:
    for path in (
        "/questions/999999",
        "/forecasters/999999",
        "/documents/999999",
        "/questions/0",
        "/questions/not-a-number",
        "/forecasters/999999/calibration.csv",
    ):
        res = seeded.client.get(path)
        assert res.status_code == 404, path
        assert res.headers["content-type"].startswith("text/html"), path
        assert "404" in res.text


def test_bad_filters_are_explained(seeded: Seeded) -> None:
    res = seeded.client.get("/?made_from=yesterday")
    assert res.status_code == 422
    assert "made_from" in res.text
    res = seeded.client.get("/?made_from=2025-01-01&made_to=2024-01-01")
    assert res.status_code == 422
    assert "made_from must be before made_to" in res.text
    assert seeded.client.get("/questions?limit=0").status_code == 422


def test_filters_are_kept_in_links_and_forms(seeded: Seeded) -> None:
    query = "forecaster=Priya+Raman&tag=veska&made_from=2024-01-01&verified_only=true"
    res = seeded.client.get(f"/?{query}")
    assert res.status_code == 200
    tags = parse(res.text)
    links = [a["href"] or "" for t, a in tags.tags if t == "a" and a.get("href")]
    for path in ("/questions", "/queue", "/documents", "/forecasters"):
        kept = [link for link in links if urlsplit(link).path == path]
        assert kept, path
        params = parse_qs(urlsplit(kept[0]).query)
        assert params["forecaster"] == ["Priya Raman"]
        assert params["tag"] == ["veska"]
        assert params["made_from"] == ["2024-01-01"]
        assert params["verified_only"] == ["true"]
    inputs = {a.get("name"): a for t, a in tags.tags if t == "input"}
    assert inputs["forecaster"]["value"] == "Priya Raman"
    assert inputs["tag"]["value"] == "veska"
    assert inputs["made_from"]["value"] == "2024-01-01"
    assert "checked" in inputs["verified_only"]
    assert "Priya Raman" in res.text
    csv_link = next(link for link in links if urlsplit(link).path == "/calibration.csv")
    assert parse_qs(urlsplit(csv_link).query)["tag"] == ["veska"]


def test_overview_figures_match_the_scores_api(seeded: Seeded) -> None:
    for query in ("", "tag=veska", "verified_only=true", "publisher=Meridian+Risk+Review"):
        scores = seeded.client.get(f"/v1/scores?{query}").json()
        page = seeded.client.get(f"/?{query}").text
        n = re.search(r'id="overall-n">(\d+)<', page)
        brier = re.search(r'id="overall-brier">([^<]+)<', page)
        assert n is not None
        assert brier is not None
        assert int(n.group(1)) == scores["n"]
        expected = "\u2013" if scores["brier"] is None else f"{scores['brier']:.3f}"
        assert brier.group(1) == expected


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def same(a: str, b: float | int | None) -> bool:
    if b is None:
        return a == ""
    return float(a) == pytest.approx(float(b), abs=1e-12)


def test_calibration_csv_matches_the_json(seeded: Seeded) -> None:
    for query in ("", "tag=veska", "forecaster=Tomasz+Wolski", "verified_only=true"):
        res = seeded.client.get(f"/calibration.csv?{query}")
        assert res.status_code == 200
        assert res.headers["content-type"].startswith("text/csv")
        assert "attachment" in res.headers["content-disposition"]
        bins = seeded.client.get(f"/v1/scores?{query}").json()["calibration"]
        rows = rows_of(res.text)
        assert len(rows) == len(bins)
        for row, expected in zip(rows, bins, strict=True):
            for name, value in expected.items():
                assert same(row[name], value), (query, name)


def test_leaderboard_csv_matches_the_json(seeded: Seeded) -> None:
    for by in ("forecaster", "publisher"):
        rows = rows_of(seeded.client.get(f"/leaderboard.csv?by={by}").text)
        groups = seeded.client.get(f"/v1/scores?group_by={by}&limit=500").json()["groups"]
        assert len(rows) == groups["total"]
        for row, g in zip(rows, groups["items"], strict=True):
            assert row["label"] == (g["label"] or "")
            for name in ("n", "brier", "brier_ci_low", "log_score", "relative_brier"):
                assert same(row[name], g[name]), (by, name)


def test_forecaster_csvs_match_the_json(seeded: Seeded) -> None:
    who = forecaster_id(seeded, "Meridian Risk Review")
    name = "Meridian+Risk+Review"
    quarters = rows_of(seeded.client.get(f"/forecasters/{who}/quarters.csv").text)
    api = seeded.client.get(f"/v1/scores?forecaster={name}&group_by=quarter").json()
    assert [r["key"] for r in quarters] == [g["key"] for g in api["groups"]["items"]]
    for row, g in zip(quarters, api["groups"]["items"], strict=True):
        assert same(row["brier"], g["brier"])
        assert same(row["n"], g["n"])
    phrases = rows_of(seeded.client.get(f"/forecasters/{who}/phrases.csv").text)
    api = seeded.client.get(f"/v1/scores?forecaster={name}&group_by=phrase").json()
    by_phrase = {g["key"]: g for g in api["groups"]["items"]}
    assert {r["phrase"] for r in phrases} == {k for k in by_phrase if k}
    for row in phrases:
        g = by_phrase[row["phrase"]]
        assert same(row["n"], g["n"])
        assert same(row["observed"], g["base_rate"])
    likely = next(r for r in phrases if r["phrase"] == "likely")
    assert (likely["icd203_low"], likely["icd203_high"]) == ("0.55", "0.8")
    calibration = rows_of(seeded.client.get(f"/forecasters/{who}/calibration.csv").text)
    bins = seeded.client.get(f"/v1/scores?forecaster={name}").json()["calibration"]
    assert [float(r["n"]) for r in calibration] == [b["n"] for b in bins]


def test_phrase_sentences_name_the_icd203_band(seeded: Seeded) -> None:
    who = forecaster_id(seeded, "Meridian Risk Review")
    page = seeded.client.get(f"/forecasters/{who}").text
    assert re.search(
        r"When Meridian Risk Review says \u201clikely\u201d, it happened <strong>\d+%</strong> "
        r"of \d+ times?; ICD 203 says 55%\u201380%",
        page,
    ), page


def test_question_csv_matches_its_history(seeded: Seeded) -> None:
    qid = ids(seeded, Question)[0]
    rows = rows_of(seeded.client.get(f"/questions/{qid}/forecasts.csv").text)
    detail = seeded.client.get(f"/v1/questions/{qid}").json()
    assert [int(r["forecast_id"]) for r in rows] == [f["id"] for f in detail["forecasts"]]
    for row, f in zip(rows, detail["forecasts"], strict=True):
        assert same(row["probability"], f["probability"])
        assert row["counted"] == ("true" if f["current"] else "false")
        assert row["backfilled"] == ("true" if f["backfilled"] else "false")


def test_dashboard_json_equals_the_scores_api(seeded: Seeded) -> None:
    for query in ("", "tag=veska", "verified_only=true", "made_from=2024-04-01&made_to=2025-01-01"):
        board = seeded.client.get(f"/v1/dashboard?{query}")
        assert board.status_code == 200, board.text
        data = board.json()
        scores = seeded.client.get(f"/v1/scores?{query}").json()
        assert data["scores"] == {k: v for k, v in scores.items() if k != "groups"}
        leaders = seeded.client.get(f"/v1/scores?{query}&group_by=forecaster&limit=10").json()
        assert data["forecasters"] == leaders["groups"]["items"]
        assert data["total_forecasters"] == leaders["groups"]["total"]
        publishers = seeded.client.get(f"/v1/scores?{query}&group_by=publisher&limit=10").json()
        assert data["publishers"] == publishers["groups"]["items"]


def test_dashboard_counts_and_backfill_agree_with_the_api(seeded: Seeded) -> None:
    data = seeded.client.get("/v1/dashboard").json()
    questions = seeded.client.get("/v1/questions?limit=500").json()["items"]
    assert data["counts"] == {
        "open": sum(q["status"] == "open" for q in questions),
        "due": sum(q["overdue"] for q in questions),
        "resolved": sum(q["status"] == "resolved" for q in questions),
        "annulled": sum(q["status"] == "annulled" for q in questions),
    }
    assert data["counts"]["due"] == 2
    resolved = {q["id"] for q in questions if q["status"] == "resolved"}
    counted = seeded.client.get("/v1/forecasts?current=true&limit=500").json()["items"]
    scored = [f for f in counted if f["question_id"] in resolved]
    assert data["backfill"]["scored"] == data["scores"]["n"] == len(scored)
    assert data["backfill"]["backfilled"] == sum(f["backfilled"] for f in scored)
    assert 0 < data["backfill"]["backfilled"] < len(scored)
    verified = seeded.client.get("/v1/dashboard?verified_only=true").json()
    assert verified["scores"]["n"] < data["scores"]["n"]


def test_dashboard_is_documented_in_openapi(seeded: Seeded) -> None:
    spec = seeded.client.get("/openapi.json").json()
    operation = spec["paths"]["/v1/dashboard"]["get"]
    names = {p["name"] for p in operation["parameters"]}
    assert {"forecaster", "publisher", "tag", "made_from", "made_to", "verified_only"} <= names
    assert not any(path in spec["paths"] for path in ("/", "/queue", "/login"))


def test_reliability_chart_has_one_point_per_bin(seeded: Seeded) -> None:
    page = seeded.client.get("/").text
    block = re.search(r'<script type="application/json" id="reliability-data">(.*?)</script>', page)
    assert block is not None
    figure = json.loads(block.group(1))
    bins = seeded.client.get("/v1/scores").json()["calibration"]
    points = figure["data"][1]
    assert points["x"] == [b["mean_forecast"] for b in bins]
    assert points["y"] == [b["observed"] for b in bins]
    assert len(bins) >= 5


def test_anonymous_visitors_see_no_action_forms(seeded: Seeded) -> None:
    for path in page_paths(seeded):
        html = seeded.client.get(path).text
        assert 'method="post"' not in html, path
        assert "csrf_token" not in html, path


def test_queue_lists_overdue_questions_oldest_first_with_suggestions(seeded: Seeded) -> None:
    page = seeded.client.get("/queue").text
    titles = re.findall(r'<h2 id="qt-\d+"><a href="/questions/\d+">([^<]+)</a>', page)
    assert titles == [
        "A full blockade of the Veska Strait begins by 2025-03-14",
        "Norvania and the Ostrel Republic sign a multi-year corridor treaty by 2025-06-30",
    ]
    assert "Draft corridor treaty circulated as talks resume in Halvik" in page
    assert "shared wording" in page


def test_document_page_highlights_every_candidate(seeded: Seeded) -> None:
    doc = ids(seeded, Document)[0]
    detail = seeded.client.get(f"/v1/documents/{doc}").json()
    page = seeded.client.get(f"/documents/{doc}").text
    for c in detail["candidates"]:
        assert f'id="q-{c["id"]}"' in page
        assert f'id="candidate-{c["id"]}"' in page
    assert "2 to review" in page


def test_static_files_are_served_locally_with_long_caching(seeded: Seeded) -> None:
    page = seeded.client.get("/").text
    sources = re.findall(r'<script src="([^"]+)"', page) + re.findall(
        r'<link rel="stylesheet" href="([^"]+)"', page
    )
    assert any("plotly" in s for s in sources)
    for src in sources:
        assert src.startswith("/static/")
        res = seeded.client.get(src, headers={"Accept-Encoding": "gzip"})
        assert res.status_code == 200
        assert "immutable" in res.headers["cache-control"]
    plotly = next(s for s in sources if "plotly" in s)
    res = seeded.client.get(plotly, headers={"Accept-Encoding": "gzip"})
    assert res.headers["content-encoding"] == "gzip"
    assert b"plotly.js" in res.content[:200]
    assert seeded.client.get("/static/nothing.js").status_code == 404
