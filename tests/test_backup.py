"""Export and restore: a restored database must serve exactly what the original served."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from fastapi.testclient import TestClient

from app.backup import service as backup
from app.cli import main
from app.config import Settings
from app.db import Database
from app.main import create_app
from app.migrate import migrated_session, wipe_postgres
from tests.conftest import Keys
from tests.integrity import audited_keys, run_verify, scalar, tamper, varied_history

TABLES = (
    "api_keys",
    "audit_log",
    "forecasters",
    "forecaster_names",
    "questions",
    "question_tags",
    "forecasts",
    "latest_forecasts",
    "events",
    "resolutions",
    "resolution_events",
    "documents",
    "candidates",
)


@pytest.fixture
def keys(database: Database) -> Keys:
    return audited_keys(database)


def _cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def _observe(client: TestClient, keys: Keys, question_ids: list[int]) -> dict[str, Any]:
    """Everything a reader can see, scores first."""
    seen: dict[str, Any] = {}
    reads = [
        "/v1/scores",
        "/v1/scores?forecaster=Stratfor",
        "/v1/scores?forecaster=Kim%20watcher",
        "/v1/scores?forecaster=Late%20Analyst",
        "/v1/scores?tag=china",
        *(f"/v1/questions/{qid}" for qid in question_ids),
        "/v1/questions?limit=500",
        "/v1/forecasts?limit=500",
        "/v1/forecasters?limit=500",
        "/v1/events?limit=500",
        "/v1/keys?limit=500",
        "/v1/audit?limit=500",
    ]
    for path in reads:
        res = client.get(path, headers=keys.a)
        assert res.status_code == 200, (path, res.text)
        seen[path] = res.json()
    return seen


def _served(url: str, keys: Keys, question_ids: list[int]) -> dict[str, Any]:
    db = Database(url)
    try:
        with TestClient(create_app(Settings(database_url=url), db)) as client:
            return _observe(client, keys, question_ids)
    finally:
        db.dispose()


def _empty_target(database: Database, tmp_path: Path, name: str) -> str:
    """A database that holds nothing: a new SQLite file, or the wiped PostgreSQL one."""
    if database.dialect == "sqlite":
        return f"sqlite:///{tmp_path / name}"
    database.dispose()
    wipe_postgres(database.url)
    return database.url


def _restore_and_compare(
    export: Path, target: str, keys: Keys, history: dict[str, Any], before: dict[str, Any]
) -> None:
    restored = _cli("restore", str(export), "--database-url", target)
    assert restored.exit_code == 0, restored.output
    after = _served(target, keys, history["questions"])
    assert after.keys() == before.keys()
    for path, seen in before.items():
        if path.startswith("/v1/scores"):
            # Means are summed by each database engine, possibly in another order.
            assert after[path]["n"] == seen["n"], path
            for field in ("brier", "log_score"):
                assert after[path][field] == pytest.approx(seen[field], rel=1e-12), path
        else:
            assert after[path] == seen, path
    verified = _cli("audit", "verify", "--database-url", target)
    assert verified.exit_code == 0, verified.output


def test_round_trip(client: TestClient, keys: Keys, database: Database, tmp_path: Path) -> None:
    history = varied_history(client, keys, database)
    before = _observe(client, keys, history["questions"])
    assert before["/v1/scores"]["n"] == 3
    head = _cli("audit", "head", "--database-url", database.url).output.split()[:2]
    export = tmp_path / "export.json"
    done = _cli("export", str(export), "--database-url", database.url)
    assert done.exit_code == 0, done.output
    assert not Path(f"{export}.partial").exists()

    text = export.read_text(encoding="utf-8")
    for secret in (keys.admin, keys.writer, keys.resolver, keys.both):
        assert secret not in text
    assert '"latest_forecasts"' not in text
    document = json.loads(text)
    assert backup.is_export(document)
    assert document["format"] == "forecast-tracker-export"
    assert document["version"] == 1
    assert document["audit_head"] == {"id": int(head[0]), "hash": head[1]}

    if database.dialect == "postgresql":
        # The other direction of the cross-backend trip: PostgreSQL into SQLite.
        _restore_and_compare(export, f"sqlite:///{tmp_path / 'copy.db'}", keys, history, before)
    target = _empty_target(database, tmp_path, "restored.db")
    _restore_and_compare(export, target, keys, history, before)
    assert _cli("audit", "head", "--database-url", target).output.split()[:2] == head

    # Ids carry on after the restored ones, and new writes chain onto the restored head.
    restored = Database(target)
    try:
        with TestClient(create_app(Settings(database_url=target), restored)) as after:
            res = after.post(
                "/v1/questions",
                json={"title": "After the restore", "resolve_by": "2030-01-01"},
                headers=keys.w,
            )
            assert res.status_code == 201, res.text
            assert res.json()["id"] == max(history["questions"]) + 1
            newest = after.get("/v1/audit", params={"sort": "-id", "limit": 1}, headers=keys.a)
            assert newest.json()["items"][0]["prev_hash"] == head[1]
        assert run_verify(restored).ok
    finally:
        restored.dispose()


def test_sqlite_export_restores_into_postgresql(
    sqlite_template: Path, postgres_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "source.db"
    shutil.copy(sqlite_template, path)
    source = Database(f"sqlite:///{path}")
    keys = audited_keys(source)
    try:
        with TestClient(create_app(Settings(database_url=source.url), source)) as client:
            history = varied_history(client, keys, source)
            before = _observe(client, keys, history["questions"])
        export = tmp_path / "export.json"
        assert _cli("export", str(export), "--database-url", source.url).exit_code == 0
    finally:
        source.dispose()
    wipe_postgres(postgres_url)
    _restore_and_compare(export, postgres_url, keys, history, before)


def test_restore_from_a_parsed_document(
    client: TestClient, keys: Keys, database: Database, tmp_path: Path
) -> None:
    """The route the bulk `import` command takes once it has recognised an export."""
    history = varied_history(client, keys, database)
    before = _observe(client, keys, history["questions"])
    export = tmp_path / "export.json"
    assert _cli("export", str(export), "--database-url", database.url).exit_code == 0
    document = json.loads(export.read_text(encoding="utf-8"))
    target = f"sqlite:///{tmp_path / 'parsed.db'}"
    with migrated_session(target) as session:
        summary = backup.restore(session, document)
    assert summary.counts["forecasts"] == len(before["/v1/forecasts?limit=500"]["items"])
    assert _served(target, keys, history["questions"]) == before
    assert not backup.is_export({"questions": [], "forecasts": []})
    assert not backup.is_export([document])


def test_reading_survives_tiny_chunks(
    client: TestClient,
    keys: Keys,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    history = varied_history(client, keys, database)
    before = _observe(client, keys, history["questions"])
    export = tmp_path / "export.json"
    assert _cli("export", str(export), "--database-url", database.url).exit_code == 0
    # Every value and number now straddles reads: the refill logic is all that is tested.
    monkeypatch.setattr(backup._Stream, "CHUNK", 3)
    target = f"sqlite:///{tmp_path / 'tiny.db'}"
    assert _cli("restore", str(export), "--database-url", target).exit_code == 0
    assert _served(target, keys, history["questions"]) == before


def _counts(url: str) -> dict[str, int]:
    db = Database(url)
    try:
        return {t: scalar(db, f"SELECT count(*) FROM {t}") for t in TABLES}
    finally:
        db.dispose()


def test_restore_refuses_a_database_with_rows(
    client: TestClient, keys: Keys, database: Database, tmp_path: Path
) -> None:
    varied_history(client, keys, database)
    export = tmp_path / "export.json"
    assert _cli("export", str(export), "--database-url", database.url).exit_code == 0
    before = _counts(database.url)
    res = _cli("restore", str(export), "--database-url", database.url)
    assert res.exit_code == 1
    assert "needs an empty database" in res.output
    assert "questions" in res.output
    assert _counts(database.url) == before


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda text: text[: int(len(text) * 0.7)], "not a valid export"),
        (
            lambda text: text.replace('"counts":{"api_keys":5', '"counts":{"api_keys":6'),
            "api_keys: 6 announced, 5 found",
        ),
        (lambda text: text.replace('"format":"forecast-tracker-export"', '"format":"x"'), "not a"),
        (lambda text: text.replace('"version":1', '"version":2'), "version 2"),
        (lambda text: text.replace('"tables":{', '"tables":{"nope":[{"id":1}],'), "'nope'"),
        (lambda text: text.replace('"question_id":1,', '"question_id":77,', 1), "schema's rules"),
        (lambda text: '{"questions": []}', "not a forecast-tracker export"),
    ],
)
def test_a_damaged_export_restores_nothing(
    client: TestClient,
    keys: Keys,
    database: Database,
    tmp_path: Path,
    damage: Any,
    message: str,
) -> None:
    varied_history(client, keys, database)
    export = tmp_path / "export.json"
    assert _cli("export", str(export), "--database-url", database.url).exit_code == 0
    export.write_text(damage(export.read_text(encoding="utf-8")), encoding="utf-8")
    target = _empty_target(database, tmp_path, "target.db")
    res = _cli("restore", str(export), "--database-url", target)
    assert res.exit_code == 1, res.output
    assert "nothing was restored" in res.output
    assert message in res.output
    assert set(_counts(target).values()) == {0}


def test_export_is_a_faithful_copy_of_a_tampered_record(
    client: TestClient, keys: Keys, database: Database, tmp_path: Path
) -> None:
    """Restore keeps what it is given; verify then finds the same tampering in the copy."""
    history = varied_history(client, keys, database)
    tamper(database, "UPDATE forecasts SET probability = 0.99 WHERE id = :i", i=history["forecast"])
    export = tmp_path / "export.json"
    assert _cli("export", "-", "--database-url", database.url).exit_code == 0
    out = _cli("export", str(export), "--database-url", database.url)
    assert out.exit_code == 0, out.output
    target = f"sqlite:///{tmp_path / 'copy.db'}"
    assert _cli("restore", str(export), "--database-url", target).exit_code == 0
    res = _cli("audit", "verify", "--database-url", target)
    assert res.exit_code == 1
    assert f"forecast {history['forecast']}: the stored row digests" in res.output


def test_import_command_restores_an_export(
    client: TestClient, keys: Keys, database: Database, tmp_path: Path
) -> None:
    history = varied_history(client, keys, database)
    export = tmp_path / "export.json"
    assert _cli("export", str(export), "--database-url", database.url).exit_code == 0
    target = f"sqlite:///{tmp_path / 'via-import.db'}"
    done = _cli("import", str(export), "--database-url", target)
    assert done.exit_code == 0, done.output
    assert "restored" in done.output
    restored = Database(target)
    try:
        with TestClient(create_app(Settings(database_url=target), restored)) as after:
            for qid in history["questions"]:
                assert (
                    after.get(f"/v1/questions/{qid}").json()
                    == client.get(f"/v1/questions/{qid}").json()
                )
        assert run_verify(restored).ok
    finally:
        restored.dispose()
    # An import file without a server to send it to is a usage error, not a restore.
    plain = tmp_path / "items.json"
    plain.write_text('{"questions": []}')
    refused = _cli("import", str(plain))
    assert refused.exit_code == 2
    assert "--url" in refused.output
