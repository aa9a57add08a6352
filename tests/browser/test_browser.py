"""The dashboard in a real browser: pages, charts, escaping, review and resolve end to end.

The tests share one server and run in file order: the read-only ones first, then the
two that write (accept a candidate, resolve a question).
"""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from tests.browser.conftest import Server, Watched

pytestmark = pytest.mark.browser


def api(server: Server, path: str) -> Any:
    res = httpx.get(server.url + path, timeout=30)
    assert res.status_code == 200, res.text
    return res.json()


def test_every_page_loads_cleanly(tab: Watched, server: Server) -> None:
    forecasters = api(server, "/v1/forecasters?limit=500")["items"]
    questions = api(server, "/v1/questions?limit=500&sort=created")["items"]
    documents = api(server, "/v1/documents")["items"]
    publisher = next(f["id"] for f in forecasters if f["name"] == "Meridian Risk Review")
    resolved = next(q["id"] for q in questions if q["status"] == "resolved")
    pages = {
        "overview": "/",
        "overview-filtered": "/?tag=veska&verified_only=true",
        "forecasters": "/forecasters",
        "publishers": "/publishers",
        "forecaster": f"/forecasters/{publisher}",
        "questions": "/questions",
        "question": f"/questions/{resolved}",
        "documents": "/documents",
        "document": f"/documents/{documents[0]['id']}",
        "queue": "/queue",
        "login": "/login",
    }
    for f in forecasters:
        pages.setdefault(f"forecaster-{f['id']}", f"/forecasters/{f['id']}")
    for q in questions:
        pages.setdefault(f"question-{q['id']}", f"/questions/{q['id']}")
    for name, path in pages.items():
        tab.open(path)
        tab.check(path)
        if not re.search(r"-\d+$", name):
            tab.shot(name)
    # Anonymous visitors get no action forms anywhere.
    for path in ("/", f"/documents/{documents[0]['id']}", "/queue", f"/questions/{resolved}"):
        tab.open(path)
        assert tab.page.locator("form[method=post]").count() == 0, path


def test_reliability_diagram_has_one_point_per_bin(tab: Watched, server: Server) -> None:
    for path, query in (
        ("/", ""),
        ("/?tag=veska&verified_only=true", "tag=veska&verified_only=true"),
    ):
        bins = api(server, f"/v1/scores?{query}")["calibration"]
        tab.open(path)
        points = tab.page.locator("#reliability .scatterlayer path.point")
        assert points.count() == len(bins) > 0, path
        rows = tab.page.locator("#calibration-table tbody tr")
        assert rows.count() == len(bins)
        tab.check(path)


def test_a_claim_with_a_script_tag_is_shown_as_text(tab: Watched, server: Server) -> None:
    claim = "<script>window.__pwned = 1</script> Norvania <b>wins</b>"
    headers = {"Authorization": f"Bearer {server.key}"}
    created = httpx.post(
        f"{server.url}/v1/questions",
        json={"title": claim, "resolve_by": "2024-12-31", "tags": ["veska"]},
        headers=headers,
        timeout=30,
    )
    assert created.status_code == 201, created.text
    qid = created.json()["id"]
    forecast = httpx.post(
        f"{server.url}/v1/questions/{qid}/forecasts",
        json={
            "forecaster": "<img src=x onerror=alert(1)>",
            "probability": 0.3,
            "made_at": "2024-06-01",
        },
        headers=headers,
        timeout=30,
    )
    assert forecast.status_code == 201, forecast.text
    tab.open(f"/questions/{qid}")
    assert tab.page.locator("h1#claim").inner_text() == claim
    assert tab.page.evaluate("window.__pwned === undefined")
    assert tab.page.locator("h1#claim b").count() == 0
    assert tab.page.locator("#history-table").get_by_text("<img src=x").count() == 1
    tab.open("/questions?q=Norvania+%3Cb%3Ewins")
    assert tab.page.get_by_text(claim).count() == 1
    assert tab.page.evaluate("window.__pwned === undefined")
    tab.check("escaping")
    tab.shot("escaped-claim")


def sign_in(tab: Watched, server: Server) -> None:
    tab.open("/login")
    tab.page.get_by_label("API key").fill(server.key)
    tab.page.get_by_role("button", name="Sign in").click()
    tab.page.wait_for_url(re.compile(r"notice=signed-in"))
    tab.settle()
    assert "Signed in as" in tab.page.locator("header").inner_text()


def test_review_a_candidate_end_to_end(tab: Watched, server: Server) -> None:
    sign_in(tab, server)
    documents = api(server, "/v1/documents?pending=true")["items"]
    doc = documents[0]["id"]
    tab.open(f"/documents/{doc}")
    tab.shot("document-signed-in")
    card = tab.page.locator("article.candidate.st-proposed").first
    card_id = card.get_attribute("id")
    assert card_id is not None
    card.locator("summary").click()
    claim = "The EU formally offers to mediate the corridor dispute by 2024-12-31"
    card.get_by_label("Claim (becomes the question)").fill(claim)
    card.get_by_label("Probability (%)").fill("61")
    card.get_by_label("Resolve by").fill("2024-12-31")
    card.get_by_role("button", name="Accept").click()
    tab.page.wait_for_url(re.compile(r"notice=accepted"))
    tab.settle()
    notice = tab.page.locator(".notice")
    assert "Accepted: it is now question" in notice.inner_text()
    accepted = tab.page.locator(f"#{card_id}")
    assert "accepted" in (accepted.get_attribute("class") or "")
    tab.check("after accept")
    notice.get_by_role("link", name="Open it").click()
    tab.page.wait_for_load_state("load")
    tab.settle()
    assert tab.page.locator("h1#claim").inner_text() == claim
    table = tab.page.locator("#history-table")
    assert table.locator("tbody tr").count() == 1
    assert "61%" in table.inner_text()
    assert tab.page.locator("#history .scatterlayer path.point").count() == 1
    tab.check("new question")
    tab.shot("accepted-question")


def test_resolve_from_the_queue(tab: Watched, server: Server) -> None:
    sign_in(tab, server)
    tab.open("/queue")
    tab.shot("queue-signed-in")
    item = tab.page.locator("article.queue-item").first
    item_id = item.get_attribute("id")
    assert item_id is not None
    qid = int(item_id.removeprefix("question-"))
    item.get_by_label("No", exact=True).check()
    suggested = item.locator("input[name=event]")
    assert suggested.count() >= 1
    suggested.first.check()
    event_id = int(suggested.first.get_attribute("value") or "0")
    item.get_by_label("Note").fill("Checked the navies' statements: no blockade.")
    item.get_by_role("button", name=f"Resolve question {qid}").click()
    tab.page.wait_for_url(re.compile(r"notice=resolved"))
    tab.settle()
    assert f"Question {qid} is resolved." in tab.page.locator(".notice").inner_text()
    assert tab.page.locator(f"#question-{qid}").count() == 0
    tab.check("after resolve")
    detail = api(server, f"/v1/questions/{qid}")
    assert detail["outcome"] == "no"
    assert [e["id"] for e in detail["resolutions"][-1]["events"]] == [event_id]
    tab.open(f"/questions/{qid}")
    assert "no blockade" in tab.page.locator("#h-res + ol").inner_text()
    tab.check("resolved question")
    tab.shot("resolved-question")
