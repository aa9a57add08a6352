"""Signing in, CSRF and scope checks, and the review and resolve forms (they write)."""

from __future__ import annotations

import re
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select, text

from app.auth.service import create_key, revoke_key
from app.dashboard.models import WebSession
from app.db import Database
from app.documents.models import Candidate
from app.questions.models import Question
from tests.conftest import count
from tests.dashboard.conftest import ORIGIN, csrf_of, sign_in


def proposed(database: Database) -> Candidate:
    with database.transaction(write=False) as session:
        found = session.scalars(
            select(Candidate).where(Candidate.status == "proposed").order_by(Candidate.id)
        ).first()
    assert found is not None
    return found


def overdue(database: Database) -> int:
    with database.transaction(write=False) as session:
        found = session.scalar(
            select(Question.id)
            .where(Question.status == "open")
            .order_by(Question.resolve_by, Question.id)
        )
    assert found is not None
    return found


def new_key(database: Database, scopes: str) -> str:
    with database.transaction() as session:
        return create_key(session, f"key {scopes}", scopes)[1]


def writes(database: Database) -> dict[str, int]:
    tables = ("questions", "forecasts", "resolutions", "audit_log")
    counts = {t: count(database, t) for t in tables}
    with database.engine.connect() as conn:
        counts["reviewed"] = int(
            conn.execute(
                text("SELECT count(*) FROM candidates WHERE status != 'proposed'")
            ).scalar_one()
        )
    return counts


def accept_form(token: str | None, **fields: Any) -> dict[str, Any]:
    form: dict[str, Any] = {"claim": "", "probability": "", "forecaster": "", **fields}
    if token is not None:
        form["csrf_token"] = token
    return form


def test_signing_in_sets_a_strict_cookie_and_shows_forms(
    client: TestClient, database: Database, demo: str
) -> None:
    res = client.post("/login", data={"key": "ft_bad_key"}, headers=ORIGIN)
    assert res.status_code == 401
    assert "unknown, malformed or revoked" in res.text
    assert count(database, "web_sessions") == 0

    res = client.post(
        "/login", data={"key": demo, "next": "/queue"}, headers=ORIGIN, follow_redirects=False
    )
    assert res.status_code == 303
    assert res.headers["location"].startswith("/queue")
    cookie = res.headers["set-cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=strict" in cookie or "SameSite=Strict" in cookie
    assert "Secure" not in cookie  # plain http in tests; https sets it
    assert demo not in cookie  # the cookie is a session token, never the key
    with database.transaction(write=False) as session:
        row = session.scalars(select(WebSession)).one()
    assert row.token_hash not in cookie

    queue = client.get("/queue")
    assert "Signed in as" in queue.text
    assert 'action="/questions/' in queue.text
    assert queue.headers["cache-control"] == "private, no-store"


def test_open_redirects_are_refused(client: TestClient, demo: str) -> None:
    for target in ("https://evil.example/", "//evil.example/", "/\\evil"):
        res = client.post(
            "/login", data={"key": demo, "next": target}, headers=ORIGIN, follow_redirects=False
        )
        assert res.headers["location"].startswith("/?"), target


def test_https_sets_the_secure_flag(app: Any, demo: str) -> None:
    with TestClient(app, base_url="https://testserver") as secure:
        res = secure.post(
            "/login",
            data={"key": demo},
            headers={"Origin": "https://testserver"},
            follow_redirects=False,
        )
    assert res.status_code == 303
    assert "Secure" in res.headers["set-cookie"]


def test_logout_ends_the_session_everywhere(
    client: TestClient, database: Database, demo: str
) -> None:
    sign_in(client, demo)
    token = csrf_of(client)
    assert count(database, "web_sessions") == 1
    res = client.post("/logout", data={"csrf_token": token}, headers=ORIGIN)
    assert res.status_code == 200
    assert "You are signed out." in res.text
    assert count(database, "web_sessions") == 0
    assert "Signed in as" not in client.get("/").text


def test_revoking_the_key_ends_its_sessions_at_once(
    client: TestClient, database: Database, demo: str
) -> None:
    sign_in(client, demo)
    token = csrf_of(client)
    candidate = proposed(database)
    with database.transaction() as session:
        key_id = session.scalars(select(WebSession.key_id)).one()
        revoke_key(session, key_id)
    assert "Signed in as" not in client.get("/").text
    before = writes(database)
    res = client.post(f"/candidates/{candidate.id}/accept", data=accept_form(token), headers=ORIGIN)
    assert res.status_code == 403
    assert writes(database) == before


def test_anonymous_posts_are_refused_and_write_nothing(
    client: TestClient, database: Database, demo: str
) -> None:
    candidate = proposed(database)
    before = writes(database)
    for path, form in (
        (f"/candidates/{candidate.id}/accept", accept_form("x")),
        (f"/candidates/{candidate.id}/reject", {"csrf_token": "x", "note": "no"}),
        (f"/questions/{overdue(database)}/resolve", {"csrf_token": "x", "outcome": "yes"}),
    ):
        res = client.post(path, data=form, headers=ORIGIN)
        assert res.status_code == 403, path
        assert res.headers["content-type"].startswith("text/html")
    assert writes(database) == before


def test_csrf_failures_are_refused_and_write_nothing(
    client: TestClient, database: Database, demo: str
) -> None:
    sign_in(client, demo)
    token = csrf_of(client)
    candidate = proposed(database)
    question = overdue(database)
    before = writes(database)
    cases: list[tuple[str, dict[str, Any], dict[str, str]]] = [
        (f"/candidates/{candidate.id}/accept", accept_form(None), ORIGIN),
        (f"/candidates/{candidate.id}/accept", accept_form("wrong"), ORIGIN),
        (
            f"/candidates/{candidate.id}/accept",
            accept_form(token),
            {"Origin": "https://evil.example"},
        ),
        (f"/candidates/{candidate.id}/accept", accept_form(token), {}),
        (
            f"/candidates/{candidate.id}/accept",
            accept_form(token),
            {"Referer": "https://evil.example/documents/1"},
        ),
        (f"/candidates/{candidate.id}/reject", {"note": "x"}, ORIGIN),
        (f"/questions/{question}/resolve", {"outcome": "yes", "csrf_token": "nope"}, ORIGIN),
        (
            f"/questions/{question}/resolve",
            {"outcome": "yes", "csrf_token": token},
            {"Origin": "null"},
        ),
    ]
    for path, form, headers in cases:
        res = client.post(path, data=form, headers=headers)
        assert res.status_code == 403, (path, headers, res.text[:300])
    # A form sent as JSON is not a form: refused before any check could be skipped.
    res = client.post(f"/questions/{question}/resolve", json={"outcome": "yes"}, headers=ORIGIN)
    assert res.status_code == 400
    assert client.post("/logout", data={"x": "1"}, headers=ORIGIN).status_code == 403
    assert writes(database) == before


def test_a_referer_from_this_site_is_enough(
    client: TestClient, database: Database, demo: str
) -> None:
    sign_in(client, demo)
    token = csrf_of(client)
    question = overdue(database)
    res = client.post(
        f"/questions/{question}/resolve",
        data={"csrf_token": token, "outcome": "no"},
        headers={"Referer": "http://testserver/queue"},
    )
    assert res.status_code == 200
    assert client.get(f"/v1/questions/{question}").json()["outcome"] == "no"


def test_keys_without_the_scope_see_no_forms_and_cannot_post(
    client: TestClient, database: Database, demo: str
) -> None:
    candidate = proposed(database)
    question = overdue(database)
    sign_in(client, new_key(database, "outcomes:write"))
    token = csrf_of(client, "/queue")
    page = client.get(f"/documents/{candidate.document_id}").text
    assert "Signed in as" in page
    assert "/accept" not in page
    assert "/reject" not in page
    assert "needs the forecasts:write scope" in page
    before = writes(database)
    res = client.post(f"/candidates/{candidate.id}/accept", data=accept_form(token), headers=ORIGIN)
    assert res.status_code == 403
    assert writes(database) == before

    client.cookies.clear()
    sign_in(client, new_key(database, "forecasts:write"))
    token = csrf_of(client)
    assert "/resolve" not in client.get("/queue").text
    assert "/resolve" not in client.get(f"/questions/{question}").text
    res = client.post(
        f"/questions/{question}/resolve",
        data={"csrf_token": token, "outcome": "yes"},
        headers=ORIGIN,
    )
    assert res.status_code == 403
    assert writes(database) == before


def test_accepting_with_edits_creates_the_question_and_forecast(
    client: TestClient, database: Database, demo: str
) -> None:
    sign_in(client, demo)
    candidate = proposed(database)
    token = csrf_of(client, f"/documents/{candidate.document_id}")
    res = client.post(
        f"/candidates/{candidate.id}/accept",
        data={
            "csrf_token": token,
            "claim": "The EU mediates between Norvania and the Ostrel Republic by 2024-12-31",
            "probability": "62.5",
            "resolve_by": "2024-12-31",
            "forecaster": candidate.forecaster,
            "tags": "veska, eu",
            "criteria": "Yes if the EU chairs a round of corridor talks.",
        },
        headers=ORIGIN,
        follow_redirects=False,
    )
    assert res.status_code == 303, res.text
    location = res.headers["location"]
    qid = int(re.search(r"question=(\d+)", location).group(1))  # type: ignore[union-attr]
    page = client.get(location)
    assert f"it is now question {qid}" in page.text
    question = client.get(f"/v1/questions/{qid}").json()
    assert question["title"].startswith("The EU mediates")
    assert question["resolve_by"] == "2024-12-31"
    assert question["tags"] == ["eu", "veska"]
    assert question["resolution_criteria"].startswith("Yes if the EU chairs")
    [forecast] = question["forecasts"]
    assert forecast["probability"] == 0.625
    assert forecast["forecaster"]["name"] == candidate.forecaster
    assert forecast["document_id"] == candidate.document_id
    detail = client.get(f"/v1/documents/{candidate.document_id}").json()
    reviewed = next(c for c in detail["candidates"] if c["id"] == candidate.id)
    assert reviewed["status"] == "accepted"
    assert reviewed["review_note"] == "accepted with edits to claim, probability, resolve_by"
    shown = client.get(f"/questions/{qid}").text
    assert "The EU mediates" in shown
    assert "62.5%" not in shown
    assert "62%" in shown


def test_unchanged_fields_are_not_recorded_as_edits(
    client: TestClient, database: Database, demo: str
) -> None:
    sign_in(client, demo)
    candidate = proposed(database)
    page = client.get(f"/documents/{candidate.document_id}").text
    token = csrf_of(client, f"/documents/{candidate.document_id}")
    shown = re.search(
        rf'action="/candidates/{candidate.id}/accept".*?name="probability"[^>]*value="([^"]+)"',
        page,
        re.S,
    )
    assert shown is not None
    form = {
        "csrf_token": token,
        "claim": candidate.claim,
        "probability": shown.group(1),
        "resolve_by": candidate.resolve_by.isoformat() if candidate.resolve_by else "",
        "forecaster": candidate.forecaster,
    }
    res = client.post(f"/candidates/{candidate.id}/accept", data=form, headers=ORIGIN)
    assert res.status_code == 200
    detail = client.get(f"/v1/documents/{candidate.document_id}").json()
    reviewed = next(c for c in detail["candidates"] if c["id"] == candidate.id)
    assert reviewed["status"] == "accepted"
    assert reviewed["review_note"] == ""


def test_a_bad_edit_shows_the_form_again_and_writes_nothing(
    client: TestClient, database: Database, demo: str
) -> None:
    sign_in(client, demo)
    candidate = proposed(database)
    token = csrf_of(client)
    before = writes(database)
    res = client.post(
        f"/candidates/{candidate.id}/accept",
        data={"csrf_token": token, "claim": "Edited claim", "probability": "140"},
        headers=ORIGIN,
    )
    assert res.status_code == 422
    assert "Not saved" in res.text
    assert "Edited claim" in res.text  # what the reviewer typed is kept
    assert writes(database) == before
    for bad in ({"resolve_by": "tomorrow"}, {"probability": "nan"}, {"probability": "abc"}):
        res = client.post(
            f"/candidates/{candidate.id}/accept",
            data={"csrf_token": token, **bad},
            headers=ORIGIN,
        )
        assert res.status_code == 422, bad
    assert writes(database) == before


def test_rejecting_a_candidate(client: TestClient, database: Database, demo: str) -> None:
    sign_in(client, demo)
    candidate = proposed(database)
    token = csrf_of(client)
    res = client.post(
        f"/candidates/{candidate.id}/reject",
        data={"csrf_token": token, "note": "Too vague to check."},
        headers=ORIGIN,
    )
    assert res.status_code == 200
    assert "The candidate was rejected." in res.text
    res = client.post(
        f"/candidates/{candidate.id}/reject",
        data={"csrf_token": token, "note": "again"},
        headers=ORIGIN,
    )
    assert res.status_code == 409
    assert "already rejected" in res.text


def test_resolving_from_the_queue(client: TestClient, database: Database, demo: str) -> None:
    sign_in(client, demo)
    queue = client.get("/queue?tag=veska").text
    question = overdue(database)
    event = re.search(
        rf'action="/questions/{question}/resolve".*?name="event" value="(\d+)"', queue, re.S
    )
    assert event is not None
    token = csrf_of(client, "/queue")
    res = client.post(
        f"/questions/{question}/resolve",
        data={
            "csrf_token": token,
            "outcome": "no",
            "event": event.group(1),
            "note": "The navies talked; the strait stayed open.",
            "next": "/queue?tag=veska",
        },
        headers=ORIGIN,
        follow_redirects=False,
    )
    assert res.status_code == 303
    assert res.headers["location"] == f"/queue?tag=veska&notice=resolved&question={question}"
    follow = client.get(res.headers["location"])
    assert f"Question {question} is resolved." in follow.text
    assert f'id="question-{question}"' not in follow.text
    detail = client.get(f"/v1/questions/{question}").json()
    assert detail["outcome"] == "no"
    [resolution] = detail["resolutions"]
    assert [e["id"] for e in resolution["events"]] == [int(event.group(1))]
    assert resolution["resolver"] == "demo admin"


def test_resolving_with_a_bad_event_id_writes_nothing(
    client: TestClient, database: Database, demo: str
) -> None:
    sign_in(client, demo)
    token = csrf_of(client)
    question = overdue(database)
    before = writes(database)
    for form in (
        {"outcome": "yes", "other_events": "999999"},
        {"outcome": "maybe"},
        {"outcome": "yes", "other_events": "abc"},
    ):
        res = client.post(
            f"/questions/{question}/resolve", data={"csrf_token": token, **form}, headers=ORIGIN
        )
        assert res.status_code == 422, form
        assert res.headers["content-type"].startswith("text/html")
    assert writes(database) == before


def test_user_text_is_escaped_everywhere(client: TestClient, database: Database, demo: str) -> None:
    from tests.conftest import Keys

    headers = Keys.header(demo)
    evil = "<script>alert('x')</script> & <b>bold</b>"
    res = client.post(
        "/v1/questions",
        json={"title": evil, "resolve_by": "2024-05-01", "resolution_criteria": evil},
        headers=headers,
    )
    qid = res.json()["id"]
    res = client.post(
        f"/v1/questions/{qid}/forecasts",
        json={
            "forecaster": "</script><script>alert(1)</script>",
            "probability": 0.4,
            "made_at": "2024-04-01",
        },
        headers=headers,
    )
    assert res.status_code == 201
    for path in (f"/questions/{qid}", "/questions", "/queue", "/"):
        page = client.get(path).text
        assert "<script>alert" not in page, path
        assert "<b>bold</b>" not in page, path
    page = client.get(f"/questions/{qid}").text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in page
    # The chart's JSON block cannot be closed early by a name.
    block = re.search(r'id="history-data">(.*?)</script>', page, re.S)
    assert block is not None
    assert "<" not in block.group(1)


def test_reads_can_require_a_key(database: Database, demo: str) -> None:
    from app.config import Settings
    from app.main import create_app

    app = create_app(Settings(database_url=database.url, require_auth_for_reads=True), database)
    with TestClient(app) as private:
        res = private.get("/queue?tag=veska", follow_redirects=False)
        assert res.status_code == 303
        assert res.headers["location"] == "/login?next=%2Fqueue%3Ftag%3Dveska"
        assert private.get("/login").status_code == 200
        assert private.get("/v1/dashboard").status_code == 401
        res = private.post(
            "/login",
            data={"key": demo, "next": "/queue?tag=veska"},
            headers=ORIGIN,
            follow_redirects=False,
        )
        assert res.headers["location"] == "/queue?tag=veska&notice=signed-in"
        assert private.get("/queue").status_code == 200


def test_reviewing_an_unknown_candidate_is_a_404(
    client: TestClient, database: Database, demo: str
) -> None:
    sign_in(client, demo)
    token = csrf_of(client)
    before = writes(database)
    for action in ("accept", "reject"):
        res = client.post(f"/candidates/999999/{action}", data=accept_form(token), headers=ORIGIN)
        assert res.status_code == 404, action
    assert writes(database) == before
