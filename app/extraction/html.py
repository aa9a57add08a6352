"""Reduce a web page to its main text before extraction."""

from __future__ import annotations

import re

_TAGS = re.compile(r"<[^>]+>")
_SCRIPTS = re.compile(r"<(script|style|noscript)\b.*?</\1>", re.IGNORECASE | re.DOTALL)
_BLOCK_END = re.compile(r"</(?:p|div|h[1-6]|li|br|tr|section|article)>|<br\s*/?>", re.IGNORECASE)


def html_to_text(html: str) -> str:
    """Main text of ``html`` (paragraphs separated by blank lines).

    Uses trafilatura, imported here so the rest of the package does not need it; when it
    finds no main content (very short pages), falls back to stripping tags.
    """
    import trafilatura

    text = trafilatura.extract(
        html,
        include_comments=False,
        include_tables=False,
        include_links=False,
        favor_precision=True,
    )
    if not text:
        text = _strip(html)
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    return "\n\n".join(paragraphs)


def _strip(html: str) -> str:
    import html as html_lib

    body = _SCRIPTS.sub(" ", html)
    body = _BLOCK_END.sub("\n", body)
    return html_lib.unescape(_TAGS.sub(" ", body))
