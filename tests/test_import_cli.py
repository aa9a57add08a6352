from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

from app.cli import main
from app.config import get_settings
from app.imports.cli import batches
from app.imports.forecastbench import convert
from app.imports.schemas import ImportRequest
from tests.served import Server

FIXTURE = Path(__file__).parent / "fixtures" / "forecastbench"
# CI lays shared/ beside the clone; FORECASTBENCH_DIR points elsewhere if needed.
REAL = Path(
    os.environ.get(
        "FORECASTBENCH_DIR",
        Path(__file__).resolve().parents[2] / "shared" / "data" / "forecastbench-2024-07-21",
    )
)


@pytest.fixture
def cli_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("FORECAST_DATABASE_URL", url)
    get_settings.cache_clear()
    yield url
    get_settings.cache_clear()


def test_forecastbench_conversion() -> None:
    items = list(convert(FIXTURE))
    ImportRequest.model_validate({"questions": items})  # the service accepts every item
    first, second, market, still_open = items
    assert first["external_id"] == "forecastbench:acled:aaa:2024-07-28"
    assert first["title"] == (
        "Will there be more fatalities in Niue for the 30 days before 2024-07-28 "
        "than before 2024-07-21?"
    )
    assert "second paragraph" in first["description"]
    assert first["tags"] == ["acled", "dataset"]
    assert first["resolve_by"] == "2024-07-28"
    assert first["resolution"]["outcome"] == "no"
    assert first["resolution"]["resolved_at"] == "2024-07-28T00:00:00Z"
    assert {f["made_at"] for f in first["forecasts"]} == {"2024-07-21T00:00:00Z"}
    assert [f["probability"] for f in first["forecasts"]] == [0.1, 0.3, 0.05]
    assert second["resolution"]["outcome"] == "yes"
    # Market questions have no resolution date in the files: the resolution set's date.
    assert market["tags"] == ["manifold", "market"]
    assert market["resolution"]["resolved_at"] == "2025-09-05T00:00:00Z"
    assert still_open["resolution"] is None
    assert len(still_open["forecasts"]) == 1


def test_import_forecastbench_into_the_local_database(cli_db: str) -> None:
    runner = CliRunner()
    res = runner.invoke(main, ["import-forecastbench", str(FIXTURE)])
    assert res.exit_code == 0, res.output
    assert "questions: 4 created" in res.output
    assert "forecasts: 8 created" in res.output
    lines = {line[:40].strip(): line.split() for line in res.output.splitlines()}
    assert lines["median consensus, all"][-4:-3] == ["3"]
    assert float(lines["median consensus, all"][-3]) == pytest.approx(0.14 / 3, abs=1e-4)
    assert float(lines["median consensus, dataset"][-3]) == pytest.approx(0.05, abs=1e-4)
    assert float(lines["median consensus, market"][-3]) == pytest.approx(0.04, abs=1e-4)
    assert float(lines["individual forecasts, all"][-3]) == pytest.approx(0.4025 / 7, abs=1e-4)

    again = runner.invoke(main, ["import-forecastbench", str(FIXTURE)])
    assert again.exit_code == 0, again.output
    assert "questions: 0 created, 4 already there" in again.output
    assert "forecasts: 0 created, 8 skipped" in again.output


def test_import_forecastbench_can_write_the_file(tmp_path: Path) -> None:
    out = tmp_path / "fb.json"
    res = CliRunner().invoke(main, ["import-forecastbench", str(FIXTURE), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert len(json.loads(out.read_text())["questions"]) == 4


def test_batches_keep_whole_questions_and_cap_forecasts() -> None:
    items: list[dict[str, Any]] = [
        {"forecasts": [{}] * 30_000},
        {"forecasts": [{}] * 30_000},
        {"forecasts": []},
    ]
    assert [(start, len(chunk)) for start, chunk in batches(items, 10)] == [(0, 1), (1, 2)]
    assert [(start, len(chunk)) for start, chunk in batches(items[2:] * 5, 2)] == [
        (0, 2),
        (2, 2),
        (4, 1),
    ]


@pytest.mark.skipif(not REAL.is_dir(), reason="the ForecastBench data set is not beside the repo")
def test_the_real_forecastbench_set_converts() -> None:
    items = list(convert(REAL))
    ImportRequest.model_validate({"questions": items})
    assert len(items) == 597
    forecasters = {f["forecaster"] for i in items for f in i["forecasts"]}
    assert len(forecasters) == 40
    assert sum(len(i["forecasts"]) for i in items) == 5023
    assert {t for i in items for t in i["tags"]} >= {"market", "dataset", "acled", "manifold"}
    assert sum(1 for i in items if i["resolution"]) == 575


@pytest.mark.slow
def test_import_file_to_a_running_server(tmp_path: Path) -> None:
    """The real commands: a served SQLite database, an admin key, a file sent twice."""
    env = {**os.environ, "FORECAST_DATABASE_URL": f"sqlite:///{tmp_path / 'served.db'}"}
    exe = [sys.executable, "-m", "app.cli"]

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*exe, *args], env=env, capture_output=True, text=True, cwd=tmp_path, timeout=120
        )

    key = run("keys", "create", "--name", "importer", "--scopes", "admin").stdout.strip()
    file = tmp_path / "fb.json"
    assert run("import-forecastbench", str(FIXTURE), "--out", str(file)).returncode == 0
    server = Server(env["FORECAST_DATABASE_URL"], tmp_path, workers=1).start()
    url = server.base
    try:
        first = run("import", str(file), "--url", url, "--key", key, "--batch", "3")
        assert first.returncode == 0, first.stderr
        assert "questions: 4 created" in first.stdout
        again = run("import", str(file), "--url", url, "--key", key)
        assert "forecasts: 0 created, 8 skipped" in again.stdout
        assert httpx.get(f"{url}/v1/scores").json()["n"] == 7

        bad = json.loads(file.read_text())
        bad["questions"][2]["forecasts"][0]["probability"] = 2
        file.write_text(json.dumps(bad))
        refused = run("import", str(file), "--url", url, "--key", key, "--batch", "2")
        assert refused.returncode != 0
        assert "questions 2-3 of the file" in refused.stderr
        assert "probability" in refused.stderr
        wrong_key = run("import", str(file), "--url", url, "--key", "ft_x_y")
        assert "401" in wrong_key.stderr
    finally:
        server.stop()
