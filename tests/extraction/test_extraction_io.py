"""HTML reduction and the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from app.extraction import html_to_text, render_table
from app.extraction.cli import main

from .conftest import run

PAGE = """<html><head><title>t</title><script>var x = "will";</script></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | Subscribe</nav>
<article><h1>Oil outlook</h1>
<p>Brent crude fell 9% last week after producers raised output again this spring.</p>
<p>Analysts at Clearwater Energy expect Brent to average $68 a barrel in the second quarter,
well below the level that most producers need to balance their budgets this year.</p>
<p>New sanctions may remove up to 500,000 barrels a day from the market by the summer,
according to traders in London who follow the tanker data closely.</p>
</article>
<footer>Copyright 2025 Harbourline. All rights reserved.</footer></body></html>"""


def test_html_to_text_keeps_main_text_only() -> None:
    text = html_to_text(PAGE)
    assert "Brent to average $68" in text
    assert "var x" not in text
    assert "Subscribe" not in text
    found = run(text)
    assert any("average $68" in c.quote for c in found)


def test_html_to_text_falls_back_on_tiny_pages() -> None:
    assert "Talks will continue." in html_to_text("<p>Talks will continue.</p>")


def test_cli_json(tmp_path: Path, capsys: object) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Talks are likely to continue within a month.\n")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "app.extraction",
            str(article),
            "--published",
            "2019-02-28",
            "--publisher",
            "Stratfor",
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    items = json.loads(proc.stdout)
    assert items[0]["probability_phrase"] == "likely"
    assert items[0]["resolve_by"] == "2019-03-28"
    assert items[0]["forecaster"] == "Stratfor"


def test_cli_html_table_and_scale(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_text(PAGE)
    assert (
        main(
            [
                str(page),
                "--published",
                "2025-04-08",
                "--publisher",
                "H",
                "--scale",
                "phia",
                "--format",
                "table",
            ]
        )
        == 0
    )


def test_cli_bad_scale(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Talks will continue.")
    bad = tmp_path / "s.json"
    bad.write_text("{")
    assert (
        main([str(article), "--published", "2019-02-28", "--publisher", "S", "--scale", str(bad)])
        == 2
    )


def test_render_table() -> None:
    out = render_table(run("If talks fail, Brent will probably rise 5% by March."))
    assert "p=0.68" in out
    assert "if: talks fail" in out
    assert "quantity: 5 %" in out
    assert render_table([]) == "No forecasts found."
