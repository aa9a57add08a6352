"""The audit chain through the API, and `audit verify` against tampering with raw SQL."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.audit import payloads
from app.audit.service import record, record_payload
from app.auth.service import SYSTEM
from app.cli import main
from app.db import Database
from app.documents.models import Candidate
from tests.conftest import Keys
from tests.helpers import assert_problem, forecast, new_question, resolve
from tests.integrity import (
    audited_keys,
    batch_of_forecasts,
    entry_for,
    new_candidate,
    new_document,
    run_verify,
    scalar,
    tamper,
    varied_history,
)


@pytest.fixture
def keys(database: Database) -> Keys:
    return audited_keys(database)


@pytest.fixture
def history(client: TestClient, keys: Keys, database: Database) -> dict[str, Any]:
    return varied_history(client, keys, database)


def _entries(client: TestClient, keys: Keys, **params: Any) -> dict[str, Any]:
    res = client.get("/v1/audit", params=params, headers=keys.a)
    assert res.status_code == 200, res.text
    page: dict[str, Any] = res.json()
    return page


def test_audit_log_pages_through_the_chain(client: TestClient, keys: Keys) -> None:
    q = new_question(client, keys)
    forecast(client, keys, q["id"], "A", 0.4, made_at="2019-01-01T00:00:00Z")
    page = _entries(client, keys)
    assert set(page) == {"items", "total", "limit", "offset"}
    # Four keys, the question, the forecaster, its name, the forecast.
    assert page["total"] == 8
    items = page["items"]
    assert [e["id"] for e in items] == sorted(e["id"] for e in items)
    assert items[0]["prev_hash"] == "0" * 64
    assert all(b["prev_hash"] == a["hash"] for a, b in pairwise(items))
    assert [e["action"] for e in items[4:]] == [
        "question.create",
        "forecaster.create",
        "forecaster_name.create",
        "forecast.create",
    ]
    newest = _entries(client, keys, sort="-id", limit=1)["items"][0]
    assert newest == items[-1]
    assert _entries(client, keys, after_id=items[5]["id"])["items"] == items[6:]
    assert _entries(client, keys, offset=2, limit=3)["items"] == items[2:5]
    writer_id = items[1]["entity_id"]
    by_writer = _entries(client, keys, key_id=writer_id)["items"]
    assert [e["entity"] for e in by_writer] == [
        "question",
        "forecaster",
        "forecaster_name",
        "forecast",
    ]
    assert _entries(client, keys, action="question.create")["total"] == 1
    assert _entries(client, keys, entity="api_key")["total"] == 4


def test_audit_log_finds_batch_entries_by_row_id(
    client: TestClient, keys: Keys, database: Database
) -> None:
    q = new_question(client, keys, resolve_by="2099-01-01")
    forecast(client, keys, q["id"], "A", 0.4, made_at="2019-01-01T00:00:00Z")
    ids = batch_of_forecasts(database, q["id"], 1)
    entry = entry_for(client, keys, "forecast", ids[1])
    assert entry["refs"] == ids
    assert entry["action"] == "forecast.import"
    assert _entries(client, keys, entity="forecast", entity_id=str(ids[2]))["total"] == 1
    assert _entries(client, keys, entity="forecast", entity_id="999")["total"] == 0
    assert _entries(client, keys, entity_id="not-a-number")["total"] == 0
    assert _entries(client, keys, entity_id="²")["total"] == 0
    singles = _entries(client, keys, entity="forecast")["items"]
    assert [e["refs"] for e in singles] == [None, ids]


def test_audit_log_is_admin_only_and_shows_no_secrets(
    client: TestClient, keys: Keys, database: Database
) -> None:
    assert_problem(client.get("/v1/audit"), 401)
    assert_problem(client.get("/v1/audit", headers=keys.w), 403, "admin")
    body = client.get("/v1/audit", headers=keys.a, params={"limit": 500}).text
    hashes = [scalar(database, "SELECT key_hash FROM api_keys WHERE id = :i", i=i) for i in (1, 2)]
    for secret in (keys.admin, keys.writer, keys.resolver, keys.both, *hashes):
        assert secret not in body
    assert_problem(client.get("/v1/audit", headers=keys.a, params={"sort": "hash"}), 422, "sort")
    assert_problem(client.get("/v1/audit", headers=keys.a, params={"after_id": -1}), 422)


def test_a_clean_record_verifies(history: dict[str, Any], database: Database) -> None:
    report = run_verify(database)
    assert report.problems == []
    assert report.ok
    assert report.head is not None
    assert report.entries == scalar(database, "SELECT count(*) FROM audit_log")
    tables = {
        "forecast": "forecasts",
        "question": "questions",
        "resolution": "resolutions",
        "event": "events",
        "forecaster": "forecasters",
        "forecaster_name": "forecaster_names",
        "document": "documents",
        "candidate": "candidates",
        "api_key": "api_keys",
    }
    for entity, table in tables.items():
        assert report.rows[entity] == scalar(database, f"SELECT count(*) FROM {table}"), entity
    assert report.rows["candidate"] == 2
    assert report.questions == 4
    assert report.counted == scalar(database, "SELECT count(*) FROM latest_forecasts")
    assert report.unverifiable == {}


def test_an_edited_probability_is_named(
    client: TestClient, keys: Keys, history: dict[str, Any], database: Database
) -> None:
    fid = history["forecast"]
    tamper(database, "UPDATE forecasts SET probability = 0.9 WHERE id = :i", i=fid)
    report = run_verify(database)
    assert not report.ok
    first = report.problems[0]
    assert (first.check, first.entity, first.row_id) == ("record", "forecast", str(fid))
    assert first.entry_id == entry_for(client, keys, "forecast", fid)["id"]
    assert first.action == "forecast.create"
    assert '"probability":0.9' in first.message


def test_an_edited_row_of_a_batch_names_the_batch_entry(
    client: TestClient, keys: Keys, history: dict[str, Any], database: Database
) -> None:
    ids = history["batch"]
    tamper(database, "UPDATE forecasts SET made_at = made_at WHERE id = :i", i=ids[0])
    assert run_verify(database).ok
    tamper(database, "UPDATE forecasts SET phrase = 'surely' WHERE id = :i", i=ids[1])
    report = run_verify(database)
    (problem,) = report.problems
    assert problem.entry_id == entry_for(client, keys, "forecast", ids[1])["id"]
    assert problem.action == "forecast.import"
    assert f"({ids[0]} … {ids[2]})" in problem.message


def test_deleting_an_audit_entry_breaks_the_chain_there(
    history: dict[str, Any], database: Database
) -> None:
    victim = scalar(database, "SELECT min(id) FROM audit_log WHERE entity = 'resolution'")
    tamper(database, "DELETE FROM audit_log WHERE id = :i", i=victim)
    report = run_verify(database)
    first = report.problems[0]
    assert first.check == "chain"
    assert first.entry_id == victim + 1
    assert f"id {victim} is absent" in first.message
    # The resolution it vouched for is now unaudited.
    assert any(p.check == "unaudited" and p.entity == "resolution" for p in report.problems)


def test_editing_an_audit_entry_breaks_the_chain_there(
    history: dict[str, Any], database: Database
) -> None:
    victim = scalar(database, "SELECT max(id) FROM audit_log WHERE entity = 'forecast'")
    tamper(database, "UPDATE audit_log SET key_id = 99 WHERE id = :i", i=victim)
    first = run_verify(database).problems[0]
    assert (first.check, first.entry_id) == ("chain", victim)
    assert "edited" in first.message


def test_rehashing_an_edited_entry_still_breaks_the_next_link(
    history: dict[str, Any], database: Database
) -> None:
    victim = scalar(database, "SELECT min(id) FROM audit_log WHERE entity = 'forecast'")
    tamper(database, "UPDATE audit_log SET hash = :h WHERE id = :i", h="f" * 64, i=victim)
    problems = run_verify(database).problems
    assert [(p.check, p.entry_id) for p in problems[:2]] == [
        ("chain", victim),
        ("chain", victim + 1),
    ]


def test_a_forecast_inserted_with_sql_is_unaudited(
    client: TestClient, keys: Keys, database: Database
) -> None:
    q = new_question(client, keys, resolve_by="2099-01-01")
    forecast(client, keys, q["id"], "A", 0.4, made_at="2019-01-01T00:00:00Z")
    tamper(
        database,
        "INSERT INTO forecasts (question_id, forecaster_id, probability, made_at, recorded_at,"
        " source) VALUES (:q, 1, 0.95, :t, :t, 'api')",
        q=q["id"],
        t="2019-01-02 00:00:00",
    )
    fid = scalar(database, "SELECT max(id) FROM forecasts")
    report = run_verify(database)
    assert (report.problems[0].check, report.problems[0].row_id) == ("unaudited", str(fid))
    assert report.problems[0].entity == "forecast"
    # It is not counted either, although rebuilding would count it.
    assert report.problems[1].check == "latest_forecasts"


def test_an_outcome_changed_without_a_resolution_is_caught(
    client: TestClient, keys: Keys, database: Database
) -> None:
    q = new_question(client, keys)
    resolve(client, keys, q["id"], "yes")
    tamper(database, "UPDATE questions SET outcome = 'no' WHERE id = :i", i=q["id"])
    (problem,) = run_verify(database).problems
    assert (problem.check, problem.entity, problem.row_id) == ("question", "question", str(q["id"]))
    assert "outcome is 'no' but its latest resolution" in problem.message
    other = new_question(client, keys, title="Never resolved")
    tamper(
        database,
        "UPDATE questions SET status = 'resolved', outcome = 'yes' WHERE id = :i",
        i=other["id"],
    )
    assert sum(p.check == "question" for p in run_verify(database).problems) == 2


def test_a_tampered_counted_forecast_is_caught(history: dict[str, Any], database: Database) -> None:
    counted = scalar(database, "SELECT min(forecast_id) FROM latest_forecasts")
    was = scalar(database, "SELECT probability FROM forecasts WHERE id = :i", i=counted)
    sql = "UPDATE latest_forecasts SET probability = 1 WHERE forecast_id = :f"
    tamper(database, sql, f=counted)
    (problem,) = run_verify(database).problems
    assert problem.check == "latest_forecasts"
    assert f"probability 1.0 (rebuilt: {was})" in problem.message


def test_a_deleted_forecast_and_a_revived_key_are_caught(
    history: dict[str, Any], database: Database
) -> None:
    fid = history["batch"][2]
    tamper(database, "DELETE FROM latest_forecasts WHERE forecast_id = :i", i=fid)
    tamper(database, "DELETE FROM forecasts WHERE id = :i", i=fid)
    tamper(database, "UPDATE api_keys SET revoked_at = NULL")
    problems = run_verify(database).problems
    found = {(p.check, p.entity, p.row_id) for p in problems}
    assert ("record", "forecast", str(fid)) in found
    revived = scalar(database, "SELECT max(id) FROM api_keys")
    assert ("record", "api_key", str(revived)) in found
    deleted = next(p for p in problems if p.entity == "forecast")
    assert "no longer exists" in deleted.message


def test_verify_and_head_commands(
    client: TestClient, keys: Keys, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = new_question(client, keys)
    f = forecast(client, keys, q["id"], "A", 0.4, made_at="2019-01-01T00:00:00Z")
    runner = CliRunner()
    url = database.url
    clean = runner.invoke(main, ["audit", "verify", "--database-url", url])
    assert clean.exit_code == 0, clean.output
    assert "OK: the record matches the audit chain" in clean.output
    assert "forecast 1, question 1" in clean.output
    head = runner.invoke(main, ["audit", "head", "--database-url", url])
    assert head.exit_code == 0, head.output
    newest = _entries(client, keys, sort="-id", limit=1)["items"][0]
    assert head.output.split()[:2] == [str(newest["id"]), newest["hash"]]

    tamper(database, "UPDATE forecasts SET probability = 0.41 WHERE id = :i", i=f["id"])
    broken = runner.invoke(main, ["audit", "verify", "--database-url", url])
    assert broken.exit_code == 1, broken.output
    assert "FAILED" in broken.output
    assert f"entry {newest['id']} (forecast.create), forecast {f['id']}:" in broken.output


def test_commands_refuse_a_database_that_is_not_migrated(tmp_path: Any) -> None:
    res = CliRunner().invoke(
        main, ["audit", "verify", "--database-url", f"sqlite:///{tmp_path / 'new.db'}"]
    )
    assert res.exit_code == 1
    assert "forecast-tracker migrate" in res.output


def test_postgresql_refuses_rewrites_of_the_record(
    history: dict[str, Any], database: Database
) -> None:
    if database.dialect != "postgresql":
        pytest.skip("the append-only triggers exist on PostgreSQL only")
    for sql in (
        "UPDATE forecasts SET probability = 0.5",
        "DELETE FROM resolution_events",
        "DELETE FROM resolutions",
        "UPDATE audit_log SET key_id = NULL",
        "DELETE FROM audit_log",
    ):
        with pytest.raises(DBAPIError, match="append-only"), database.engine.begin() as conn:
            conn.execute(text(sql))
    assert run_verify(database).ok


def test_a_batch_reaudited_in_part_is_not_checkable_rather_than_broken(
    database: Database, keys: Keys
) -> None:
    with database.transaction() as session:
        doc = new_document(session)
        found = [new_candidate(doc.id, quote_start=i) for i in range(3)]
        session.add_all(found)
        session.flush()
        ids = [c.id for c in found]
        record_payload(
            session,
            SYSTEM,
            "candidate.import",
            "candidate",
            "batch",
            [payloads.candidate(c) for c in found],
            refs=ids,
        )
    assert run_verify(database).ok
    with database.transaction() as session:
        reviewed = session.get_one(Candidate, ids[0])
        reviewed.status = "rejected"
        record(session, SYSTEM, "candidate.reject", reviewed)
    report = run_verify(database)
    assert report.ok
    assert report.unverifiable == {"candidate": 2}
    assert report.rows["candidate"] == 3
    # The re-audited row is still checked against its own, newer entry.
    tamper(database, "UPDATE candidates SET status = 'accepted' WHERE id = :i", i=ids[0])
    (problem,) = run_verify(database).problems
    assert (problem.entity, problem.row_id, problem.action) == (
        "candidate",
        str(ids[0]),
        "candidate.reject",
    )
