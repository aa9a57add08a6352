"""Command line: ``python -m app.extraction FILE --published DATE --publisher NAME``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .html import html_to_text
from .llm import LLMConfig, LLMError
from .rules import extract
from .scales import ScaleError, load_scale
from .table import render_table


def build_parser(prog: str = "python -m app.extraction") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
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
    parser.add_argument(
        "--backend",
        choices=("rules", "llm"),
        default="rules",
        help="rules (default, offline) or llm (an OpenAI-compatible chat endpoint)",
    )
    parser.add_argument("--llm-base-url", help="API root, e.g. http://127.0.0.1:8080/v1")
    parser.add_argument("--llm-model", help="model name to ask for")
    parser.add_argument(
        "--llm-api-key-env",
        default="FORECAST_LLM_API_KEY",
        help="environment variable holding the API key (default FORECAST_LLM_API_KEY)",
    )
    parser.add_argument("--llm-timeout", type=float, default=60.0)
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


def main(argv: Sequence[str] | None = None, prog: str = "python -m app.extraction") -> int:
    args = build_parser(prog).parse_args(argv)
    try:
        scale = load_scale(args.scale)
        text = read_article(args.file)
    except (ScaleError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    config = None
    if args.backend == "llm":
        if not args.llm_base_url or not args.llm_model:
            print("error: --backend llm needs --llm-base-url and --llm-model", file=sys.stderr)
            return 2
        config = LLMConfig(
            base_url=args.llm_base_url,
            model=args.llm_model,
            api_key=os.environ.get(args.llm_api_key_env) or None,
            timeout=args.llm_timeout,
        )
    try:
        found = extract(
            text,
            published=args.published,
            publisher=args.publisher,
            scale=scale,
            default_horizon_days=args.default_horizon_days,
            backend=args.backend,
            llm=config,
        )
    except LLMError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    if args.format == "json":
        json.dump([c.to_dict() for c in found], sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print(render_table(found))
    return 0
