"""Command line: ``python -m app.extraction FILE --published DATE --publisher NAME``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from .html import html_to_text
from .rules import extract
from .scales import ScaleError, load_scale
from .table import render_table


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m app.extraction",
        description="Extract forecast candidates from an article (text or HTML).",
    )
    parser.add_argument("file", help="article file (.txt, .html/.htm) or - for stdin")
    parser.add_argument(
        "--published",
        required=True,
        type=dt.date.fromisoformat,
        help="publication date, YYYY-MM-DD",
    )
    parser.add_argument("--publisher", required=True, help="who published the article")
    parser.add_argument("--format", choices=("json", "table"), default="table")
    parser.add_argument(
        "--scale",
        default="icd203",
        help="icd203, phia, mauboussin2018 or a path to a JSON scale file",
    )
    parser.add_argument("--default-horizon-days", type=int, default=365)
    return parser


def read_article(name: str) -> str:
    if name == "-":
        raw = sys.stdin.read()
        return html_to_text(raw) if raw.lstrip().startswith("<") else raw
    path = Path(name)
    raw = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in {".html", ".htm"}:
        return html_to_text(raw)
    return raw


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        scale = load_scale(args.scale)
        text = read_article(args.file)
    except (ScaleError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    found = extract(
        text,
        published=args.published,
        publisher=args.publisher,
        scale=scale,
        default_horizon_days=args.default_horizon_days,
    )
    if args.format == "json":
        json.dump([c.to_dict() for c in found], sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print(render_table(found))
    return 0
