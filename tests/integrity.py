"""Builders for the integrity tests: audited keys, a varied history, and raw tampering."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import insert, text
from sqlalchemy.orm import Session

from app.audit import payloads
from app.audit.service import record, record_payload
from app.audit.verify import Report, verify
from app.auth.service import SYSTEM, create_key
from app.db import Database, snapshot
from app.documents.models import Candidate, Document
from app.forecasts.models import Forecast
from app.forecasts.service import latest_row, upsert_latest
from app.questions.models import Question
from tests.conftest import Keys
from tests.helpers import forecast, new_event, new_question, resolve


def audited_keys(database: Database) -> Keys:
    """The suite's usual keys, but created as the CLI does: with their audit entries."""
    with database.transaction() as session:
        made = {}
        for name, scopes in (
            ("admin", "admin"),
            ("writer", "forecasts:write"),
            ("resolver", "outcomes:write"),
            ("both", "forecasts:write,outcomes:write"),
        ):
            key, secret = create_key(session, name, scopes)
            record(session, SYSTEM, "key.create", key)
            made[name] = secret
    return Keys(**made)


def run_verify(database: Database) -> Report:
    with snapshot(database) as session:
        return verify(session)


def tamper(database: Database, sql: str, **params: Any) -> None:
    """Change rows behind the service's back, as someone with database access could."""
    with database.engine.begin() as conn:
        if database.dialect == "postgresql":
            # Superusers can switch off triggers (the append-only guard included) and
            # foreign-key checks; an attacker with that power is who verify is for.
            conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
        conn.execute(text(sql), params)


def scalar(database: Database, sql: str, **params: Any) -> Any:
    with database.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def entry_for(client: TestClient, keys: Keys, entity: str, row_id: int) -> dict[str, Any]:
    """The newest audit entry about one row, read through the API."""
    res = client.get(
        "/v1/audit",
        params={"entity": entity, "entity_id": str(row_id), "sort": "-id", "limit": 1},
        headers=keys.a,
    )
    assert res.status_code == 200, res.text
    item: dict[str, Any] = res.json()["items"][0]
    return item


def batch_of_forecasts(database: Database, question_id: int, forecaster_id: int) -> list[int]:
    """Write three forecasts the way a bulk importer does: Core inserts, one batch entry."""
    made = [datetime(2018, 6, day, tzinfo=UTC) for day in (1, 2, 3)]
    now = datetime.now(UTC)
    with database.transaction() as session:
        ids = []
        for i, when in enumerate(made):
            row = {
                "question_id": question_id,
                "forecaster_id": forecaster_id,
                "probability": 0.1 * (i + 1),
                "made_at": when,
                "recorded_at": now,
                "source": "import",
            }
            ids.append(session.execute(insert(Forecast).returning(Forecast.id), row).scalar_one())
        rows = [session.get_one(Forecast, i) for i in ids]
        question = session.get_one(Question, question_id)
        upsert_latest(session, [latest_row(f, question) for f in rows])
        record_payload(
            session,
            SYSTEM,
            "forecast.import",
            "forecast",
            f"batch:{ids[0]}-{ids[-1]}",
            [payloads.forecast(f) for f in rows],
            refs=ids,
        )
    return ids


def new_document(session: Session, content_hash: str = "c" * 64) -> Document:
    doc = Document(
        title="Kim and Xi",
        url="https://example.org/kim-xi",
        author="A. Analyst",
        published_at=datetime(2019, 2, 1, 8, 30, tzinfo=UTC),
        text="It is likely (70%) that Xi visits Washington before April.",
        content_hash=content_hash,
    )
    session.add(doc)
    session.flush()
    record(session, SYSTEM, "document.create", doc)
    return doc


def new_candidate(document_id: int, **fields: Any) -> Candidate:
    values: dict[str, Any] = {
        "document_id": document_id,
        "quote": "It is likely (70%)",
        "quote_start": 0,
        "quote_end": 18,
        "claim": "Xi visits Washington",
        "probability": 0.7,
        "probability_phrase": "likely",
        "scale": "ICD 203",
        "horizon_source": "text",
        "forecaster": "A. Analyst",
    }
    return Candidate(**{**values, **fields})


def document_with_candidates(database: Database, question_id: int, forecast_id: int) -> None:
    """Documents and candidates have no API yet; write them as their service will."""
    with database.transaction() as session:
        doc = new_document(session)
        accepted = new_candidate(
            doc.id,
            quote="It is likely (70%)",
            quote_start=0,
            quote_end=18,
            resolve_by=date(2019, 3, 31),
            actors=["Xi Jinping", "Donald Trump"],
            quantity={"unit": "visits", "value": 1},
        )
        rejected = new_candidate(doc.id, quote="before April", quote_start=40, quote_end=52)
        session.add_all([accepted, rejected])
        session.flush()
        record(session, SYSTEM, "candidate.create", accepted)
        record(session, SYSTEM, "candidate.create", rejected)
    # Review is a second write: the newest entry is the one the row must match.
    with database.transaction() as session:
        accepted = session.get_one(Candidate, accepted.id)
        accepted.status = "accepted"
        accepted.question_id = question_id
        accepted.forecast_id = forecast_id
        accepted.reviewed_at = datetime.now(UTC)
        record(session, SYSTEM, "candidate.accept", accepted)
        rejected = session.get_one(Candidate, rejected.id)
        rejected.status = "rejected"
        record(session, SYSTEM, "candidate.reject", rejected)


def varied_history(client: TestClient, keys: Keys, database: Database) -> dict[str, Any]:
    """A record with every kind of row and most of the rules that shape scores."""
    res = client.post(
        "/v1/forecasters",
        json={"name": "Stratfor", "kind": "organisation", "aliases": ["Stratfor Worldview"]},
        headers=keys.w,
    )
    assert res.status_code == 201, res.text
    stratfor = res.json()
    res = client.post(
        f"/v1/forecasters/{stratfor['id']}/aliases", json={"alias": "STRATFOR"}, headers=keys.w
    )
    assert res.status_code == 201, res.text

    visit = new_question(client, keys, tags=["china", "usa"], external_id="gjp-1001")
    summit = new_question(
        client, keys, title="Trump meets Kim again by 2019-06-30", resolve_by="2019-06-30"
    )
    annulled = new_question(client, keys, title="Ambiguous question", resolve_by="2019-05-01")
    still_open = new_question(client, keys, title="Open question", resolve_by="2099-01-01")

    first = forecast(client, keys, visit["id"], "Stratfor", 0.3, made_at="2019-02-01T00:00:00Z")
    forecast(
        client,
        keys,
        visit["id"],
        "stratfor worldview",
        0.45,
        made_at="2019-02-20T10:00:00Z",
        publisher="The Economist",
        phrase="a real possibility",
    )
    forecast(client, keys, visit["id"], "Kim watcher", 0.8, made_at="2019-03-01T00:00:00Z")
    # Made after the outcome was known: recorded, but it must stop counting.
    forecast(client, keys, visit["id"], "Kim watcher", 0.99, made_at="2019-03-25T00:00:00Z")
    forecast(client, keys, summit["id"], "Stratfor", 0.6, made_at="2019-03-01T00:00:00Z")
    forecast(client, keys, summit["id"], "Kim watcher", 0.2, made_at="2019-04-01T00:00:00Z")
    forecast(client, keys, annulled["id"], "Stratfor", 0.5, made_at="2019-01-01T00:00:00Z")
    forecast(client, keys, still_open["id"], "Kim watcher", 0.7)

    meeting = new_event(client, keys, occurred_at="2019-03-20T15:00:00Z")
    hanoi = new_event(
        client,
        keys,
        title="Hanoi summit ends early",
        description="No agreement.",
        occurred_at="2019-02-28T06:00:00Z",
        source_url="https://example.org/hanoi",
    )
    resolve(client, keys, visit["id"], "yes", event_ids=[meeting["id"]])
    resolve(client, keys, visit["id"], "no", note="Wrong city.", event_ids=[meeting["id"]])
    resolve(client, keys, summit["id"], "yes", event_ids=[hanoi["id"]])
    resolve(client, keys, annulled["id"], "no")
    resolve(client, keys, annulled["id"], "annulled", note="Criteria were ambiguous.")

    # Backfilled after the outcome, from before it: allowed and flagged.
    backfilled = forecast(
        client, keys, summit["id"], "Late Analyst", 0.35, made_at="2019-01-15T00:00:00Z"
    )
    assert backfilled["backfilled"] is True

    made = client.post("/v1/keys", json={"name": "temp", "scopes": ["admin"]}, headers=keys.a)
    assert made.status_code == 201, made.text
    revoked = client.post(f"/v1/keys/{made.json()['id']}/revoke", headers=keys.a)
    assert revoked.status_code == 200, revoked.text

    batch = batch_of_forecasts(database, still_open["id"], stratfor["id"])
    document_with_candidates(database, visit["id"], first["id"])
    return {
        "questions": [visit["id"], summit["id"], annulled["id"], still_open["id"]],
        "forecast": first["id"],
        "batch": batch,
        "stratfor": stratfor["id"],
    }
