from __future__ import annotations

import json
from typing import Any

from fastapi.testclient import TestClient

from app.config import Settings
from app.db import Database
from app.main import create_app
from tests.conftest import Keys, count
from tests.extraction.test_extraction_llm import ARTICLE as LLM_TEXT
from tests.extraction.test_extraction_llm import GOOD, _completion, _Stub, stub  # noqa: F401
from tests.helpers import assert_problem, new_event

ARTICLE = """Tensions ease on the peninsula

Seoul, 4 March 2019. Negotiations at a lower level are likely to continue after the summit.
In the wake of the breakdown, China and South Korea will move quickly to put talks back on track.
Chinese President Xi Jinping may pay a visit to Washington within a month.
Trump canceled his June 2018 summit in Singapore over North Korean stubbornness.
It remains to be seen how state media will portray the result.

Copyright 2019 Example Analysis Ltd. All rights reserved.
"""


def store(client: TestClient, keys: Keys, **fields: Any) -> dict[str, Any]:
    body = {
        "title": "After Hanoi",
        "publisher": "Example Analysis",
        "published_at": "2019-03-04T09:00:00Z",
        "text": ARTICLE,
        **fields,
    }
    res = client.post("/v1/documents", json=body, headers=keys.w)
    assert res.status_code in (200, 201), res.text
    data: dict[str, Any] = res.json()
    return data


def test_extract_stores_nothing(client: TestClient, database: Database) -> None:
    res = client.post(
        "/v1/extract",
        json={"text": ARTICLE, "published": "2019-03-04", "publisher": "Example Analysis"},
    )
    assert res.status_code == 200, res.text
    found = res.json()["candidates"]
    quotes = " | ".join(c["quote"] for c in found)
    assert "likely to continue" in quotes
    assert "Xi Jinping may pay a visit to Washington within a month" in quotes
    assert "remains to be seen" not in quotes
    assert "Copyright" not in quotes
    visit = next(c for c in found if "Washington" in c["quote"])
    assert visit["resolve_by"] == "2019-04-04"
    assert visit["horizon_source"] == "stated"
    assert 0.2 <= visit["probability"] <= 0.6
    text = res.json()["text"]
    assert all(text[c["start"] : c["end"]] == c["quote"] for c in found)
    assert count(database, "documents") == 0


def test_extract_rejects_bad_input(client: TestClient) -> None:
    base = {"published": "2019-03-04", "publisher": "X"}
    assert_problem(client.post("/v1/extract", json=base), 422, "text or html")
    both = {**base, "text": "a", "html": "<p>a</p>"}
    assert_problem(client.post("/v1/extract", json=both), 422, "text or html")
    assert_problem(client.post("/v1/extract", json={**base, "text": "  "}), 422, "empty")
    assert_problem(
        client.post("/v1/extract", json={**base, "text": ARTICLE, "scale": "nonsense"}), 422
    )


def test_extract_html_is_reduced_to_its_text(client: TestClient) -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in ARTICLE.splitlines() if line.strip())
    html = (
        "<html><head><title>After Hanoi</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>After Hanoi</h1>{paragraphs}</article></body></html>"
    )
    res = client.post(
        "/v1/extract", json={"html": html, "published": "2019-03-04", "publisher": "X"}
    )
    assert res.status_code == 200, res.text
    assert "Home" not in res.json()["text"]
    assert any("likely to continue" in c["quote"] for c in res.json()["candidates"])


def test_store_document_once(client: TestClient, keys: Keys, database: Database) -> None:
    doc = store(client, keys)
    assert doc["publisher"] == "Example Analysis"
    assert doc["candidate_counts"]["proposed"] == len(doc["candidates"]) >= 3
    assert all(c["status"] == "proposed" and c["id"] for c in doc["candidates"])
    again = client.post(
        "/v1/documents",
        json={
            "publisher": "Someone Else",
            "published_at": "2019-03-05T00:00:00Z",
            "text": ARTICLE + "\n\n",
        },
        headers=keys.w,
    )
    assert again.status_code == 200
    assert again.json()["id"] == doc["id"]
    assert count(database, "documents") == 1
    assert client.get(f"/v1/documents/{doc['id']}").json()["text"] == ARTICLE
    listed = client.get("/v1/documents", params={"pending": "true"}).json()
    assert listed["total"] == 1
    by_publisher = client.get("/v1/documents", params={"publisher": "example analysis"}).json()
    assert by_publisher["items"][0]["id"] == doc["id"]


def test_store_document_needs_scope_and_valid_input(
    client: TestClient, keys: Keys, database: Database
) -> None:
    body = {"publisher": "X", "published_at": "2019-03-04", "text": ARTICLE}
    assert_problem(client.post("/v1/documents", json=body), 401)
    assert_problem(client.post("/v1/documents", json=body, headers=keys.r), 403)
    future = {**body, "published_at": "2999-01-01"}
    assert_problem(client.post("/v1/documents", json=future, headers=keys.w), 422, "future")
    assert count(database, "documents") == 0
    assert_problem(client.get("/v1/documents/5"), 404)


def test_accept_creates_question_and_forecast(client: TestClient, keys: Keys) -> None:
    doc = store(client, keys)
    visit = next(c for c in doc["candidates"] if "Washington" in c["quote"])
    res = client.post(
        f"/v1/candidates/{visit['id']}/accept", json={"tags": ["china"]}, headers=keys.w
    )
    assert res.status_code == 200, res.text
    accepted = res.json()
    assert accepted["candidate"]["status"] == "accepted"
    question = client.get(f"/v1/questions/{accepted['question']['id']}").json()
    assert question["title"] == visit["claim"]
    assert question["resolve_by"] == "2019-04-04"
    assert question["tags"] == ["china"]
    assert visit["quote"] in question["description"]
    [forecast] = question["forecasts"]
    assert forecast["id"] == accepted["forecast_id"]
    assert forecast["probability"] == visit["probability"]
    assert forecast["made_at"].startswith("2019-03-04T09:00:00")
    assert forecast["document_id"] == doc["id"]
    assert forecast["phrase"] == visit["probability_phrase"]
    assert forecast["publisher"]["name"] == "Example Analysis"
    assert forecast["source"] == "document"
    again = client.post(f"/v1/candidates/{visit['id']}/accept", json={}, headers=keys.w)
    assert_problem(again, 409, "already accepted")


def test_accept_with_edits_and_into_an_existing_question(client: TestClient, keys: Keys) -> None:
    doc = store(client, keys)
    first, second = doc["candidates"][0], doc["candidates"][1]
    res = client.post(
        f"/v1/candidates/{first['id']}/accept",
        json={
            "claim": "Lower-level talks continue through June 2019",
            "probability": 0.8,
            "resolve_by": "2019-06-30",
            "forecaster": "Ms Analyst",
        },
        headers=keys.w,
    )
    assert res.status_code == 200, res.text
    qid = res.json()["question"]["id"]
    assert res.json()["question"]["title"] == "Lower-level talks continue through June 2019"
    joined = client.post(
        f"/v1/candidates/{second['id']}/accept", json={"question_id": qid}, headers=keys.w
    )
    assert joined.status_code == 200, joined.text
    detail = client.get(f"/v1/questions/{qid}").json()
    assert {f["forecaster"]["name"] for f in detail["forecasts"]} == {
        "Ms Analyst",
        second["forecaster"],
    }
    assert {f["probability"] for f in detail["forecasts"]} >= {0.8}


def test_reject(client: TestClient, keys: Keys, database: Database) -> None:
    doc = store(client, keys)
    cid = doc["candidates"][0]["id"]
    res = client.post(f"/v1/candidates/{cid}/reject", json={"note": "a pledge"}, headers=keys.w)
    assert res.status_code == 200
    assert res.json()["status"] == "rejected"
    assert res.json()["review_note"] == "a pledge"
    assert_problem(client.post(f"/v1/candidates/{cid}/accept", json={}, headers=keys.w), 409)
    assert_problem(client.post("/v1/candidates/999/reject", json={}, headers=keys.w), 404)
    assert count(database, "questions") == 0


def test_event_suggestions_rank_the_right_question(client: TestClient, keys: Keys) -> None:
    doc = store(client, keys)
    ids = {}
    for c in doc["candidates"]:
        res = client.post(f"/v1/candidates/{c['id']}/accept", json={}, headers=keys.w)
        ids[c["quote"]] = res.json()["question"]["id"]
    visit_q = next(qid for quote, qid in ids.items() if "Washington" in quote)
    event = new_event(
        client,
        keys,
        title="Xi Jinping arrives in Washington for talks with Trump",
        description="The Chinese president began a state visit to the United States.",
        occurred_at="2019-03-25T12:00:00Z",
    )
    res = client.get(f"/v1/events/{event['id']}/suggestions")
    assert res.status_code == 200, res.text
    ranked = res.json()
    assert ranked[0]["question_id"] == visit_q
    assert ranked[0]["reasons"]
    assert ranked == sorted(ranked, key=lambda s: -s["score"])
    assert_problem(client.get("/v1/events/999/suggestions"), 404)


def test_extract_with_the_configured_llm_backend(
    database: Database,
    stub: tuple[str, type[_Stub]],  # noqa: F811  (the fixture imported above)
) -> None:
    url, replies = stub
    settings = Settings(database_url=database.url, llm_base_url=url, llm_model="local-model")
    body = {"text": LLM_TEXT, "published": "2022-03-10", "publisher": "BBC", "backend": "llm"}
    with TestClient(create_app(settings, database)) as client:
        replies.replies.append((200, _completion(json.dumps(GOOD)), 0.0))
        res = client.post("/v1/extract", json=body)
        assert res.status_code == 200, res.text
        found = res.json()["candidates"]
        # Quotes the model made up, or gave without a quote, are dropped.
        assert {c["forecaster"] for c in found} >= {"Hollis Grant", "Sarah Okafor"}
        assert all(LLM_TEXT[c["start"] : c["end"]] == c["quote"] for c in found)
        assert replies.requests[-1]["body"]["model"] == "local-model"
        replies.replies.append((500, {"error": "overloaded"}, 0.0))
        assert_problem(client.post("/v1/extract", json=body), 502, "LLM endpoint")
    unconfigured = Settings(database_url=database.url)
    with TestClient(create_app(unconfigured, database)) as client:
        assert_problem(client.post("/v1/extract", json=body), 422, "no LLM endpoint")
