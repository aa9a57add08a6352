"""Migration 0002_scores fills the copied scoring columns of existing counted forecasts."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text

from app.migrate import upgrade


def test_existing_counted_forecasts_get_outcome_time_and_phrase(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    upgrade(url, "0001")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO forecasters (id, name, kind, created_at) "
                "VALUES (1, 'A', 'unknown', '2019-01-01 00:00:00.000000')"
            )
        )
        for qid, status, outcome, resolved in (
            (1, "resolved", "yes", "'2019-03-01 00:00:00.000000'"),
            (2, "resolved", "no", "'2019-03-02 00:00:00.000000'"),
            (3, "annulled", "annulled", "'2019-03-03 00:00:00.000000'"),
            (4, "open", None, "NULL"),
        ):
            conn.execute(
                text(
                    "INSERT INTO questions (id, title, description, resolution_criteria, "
                    "resolve_by, status, outcome, resolved_at, created_at) VALUES "
                    f"({qid}, 'Q', '', '', '2019-03-28', :status, :outcome, {resolved}, "
                    "'2019-01-01 00:00:00.000000')"
                ),
                {"status": status, "outcome": outcome},
            )
            conn.execute(
                text(
                    "INSERT INTO forecasts (id, question_id, forecaster_id, probability, "
                    "made_at, recorded_at, phrase, source) VALUES "
                    f"({qid}, {qid}, 1, 0.7, '2019-01-02 00:00:00.000000', "
                    "'2019-01-02 00:00:00.000000', 'likely', 'api')"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO latest_forecasts (question_id, forecaster_id, forecast_id, "
                    "probability, made_at, recorded_at) VALUES "
                    f"({qid}, 1, {qid}, 0.7, '2019-01-02 00:00:00.000000', "
                    "'2019-01-02 00:00:00.000000')"
                )
            )
    upgrade(url)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT question_id, outcome, resolved_at, phrase FROM latest_forecasts "
                "ORDER BY question_id"
            )
        ).all()
    engine.dispose()
    assert [(q, y, phrase) for q, y, _, phrase in rows] == [
        (1, 1, "likely"),
        (2, 0, "likely"),
        (3, None, "likely"),
        (4, None, "likely"),
    ]
    assert rows[0][2].startswith("2019-03-01")
    assert rows[3][2] is None
