from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from app.cli import main
from app.config import get_settings
from tests.served import Server


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("FORECAST_DATABASE_URL", url)
    get_settings.cache_clear()
    yield url
    get_settings.cache_clear()


def test_keys_create_list_revoke(cli_env: str) -> None:
    runner = CliRunner()
    res = runner.invoke(
        main, ["keys", "create", "--name", "ci", "--scopes", "forecasts:write,admin"]
    )
    assert res.exit_code == 0, res.output
    secret = res.stdout.strip().splitlines()[0]
    assert secret.startswith("ft_")
    listed = runner.invoke(main, ["keys", "list"])
    assert "ci" in listed.output
    assert secret not in listed.output
    assert runner.invoke(main, ["keys", "revoke", "1"]).exit_code == 0
    assert "revoked" in runner.invoke(main, ["keys", "list"]).output
    bad = runner.invoke(main, ["keys", "create", "--name", "x", "--scopes", "everything"])
    assert bad.exit_code != 0
    assert "unknown scope" in bad.output


def test_migrate(cli_env: str) -> None:
    res = CliRunner().invoke(main, ["migrate"])
    assert res.exit_code == 0, res.output
    assert "head" in res.output


ARTICLE = (
    "Outlook for the peninsula\n\n"
    "Negotiations at a lower level are likely to continue after the summit.\n"
    "Chinese President Xi Jinping may pay a visit to Washington within a month.\n"
)


def test_extract_json_and_table(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    args = ["extract", str(path), "--published", "2019-02-28", "--publisher", "Stratfor"]
    res = CliRunner().invoke(main, [*args, "--format", "json"])
    assert res.exit_code == 0, res.output
    found = json.loads(res.stdout)
    assert {c["forecaster"] for c in found} == {"Stratfor"}
    visit = next(c for c in found if "Washington" in c["quote"])
    assert visit["resolve_by"] == "2019-03-28"
    assert ARTICLE[visit["start"] : visit["end"]] == visit["quote"]
    table = CliRunner().invoke(main, args)
    assert table.exit_code == 0
    assert "likely" in table.output
    bad = CliRunner().invoke(main, [*args, "--scale", "no-such-scale"])
    assert bad.exit_code != 0


@pytest.mark.slow
def test_serve_end_to_end(tmp_path: Path) -> None:
    """The real command: migrates a new SQLite file, serves, accepts a key made by the CLI."""
    env = {**os.environ, "FORECAST_DATABASE_URL": f"sqlite:///{tmp_path / 'served.db'}"}
    exe = [sys.executable, "-m", "app.cli"]
    made = subprocess.run(
        [*exe, "keys", "create", "--name", "e2e", "--scopes", "admin"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    secret = made.stdout.strip()
    server = Server(env["FORECAST_DATABASE_URL"], tmp_path, workers=1).start()
    base = server.base
    try:
        auth = {"Authorization": f"Bearer {secret}"}
        q = httpx.post(
            f"{base}/v1/questions", json={"title": "T", "resolve_by": "2030-01-01"}, headers=auth
        )
        assert q.status_code == 201, q.text
        assert httpx.get(f"{base}/v1/questions").json()["total"] == 1
        article = tmp_path / "article.html"
        article.write_text(
            "<html><body><article>"
            + "".join(f"<p>{line}</p>" for line in ARTICLE.splitlines() if line)
            + "</article></body></html>"
        )
        ingest = subprocess.run(
            [
                *exe,
                "ingest",
                str(article),
                "--url",
                base,
                "--key",
                secret,
                "--publisher",
                "Stratfor",
                "--published",
                "2019-02-28",
            ],
            env=env,
            capture_output=True,
            text=True,
            cwd=tmp_path,
        )
        assert ingest.returncode == 0, ingest.stderr
        assert "stored" in ingest.stdout
        docs = httpx.get(f"{base}/v1/documents").json()
        assert docs["items"][0]["candidate_counts"]["proposed"] == 2
    finally:
        server.stop()
