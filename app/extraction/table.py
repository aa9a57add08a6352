"""Plain-text table of candidates for terminals and review."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from .model import Candidate


def render_table(candidates: Sequence[Candidate], *, width: int = 100) -> str:
    """One block per candidate: claim, probability with its words, horizon, forecaster."""
    if not candidates:
        return "No forecasts found."
    lines: list[str] = []
    rule = "-" * width
    for n, c in enumerate(candidates, 1):
        lines.append(rule)
        head = f"{n:>3}. "
        lines.extend(
            textwrap.wrap(c.claim, width, initial_indent=head, subsequent_indent=" " * len(head))
        )
        horizon = c.resolve_by.isoformat() if c.resolve_by else "-"
        where = f'"{c.horizon_text}"' if c.horizon_text else c.horizon_source
        detail = [
            f"p={c.probability:.2f} ({c.probability_phrase}, {c.scale})",
            f"by {horizon} [{where}]",
            f"forecaster: {c.forecaster}",
        ]
        lines.append(" " * len(head) + " | ".join(detail))
        extras = []
        if c.conditional:
            extras.append(f"if: {c.conditional}")
        if c.quantity:
            extras.append(f"quantity: {c.quantity.value:g} {c.quantity.unit}")
        if c.actors:
            extras.append("actors: " + ", ".join(c.actors))
        if extras:
            lines.extend(
                textwrap.wrap(
                    " | ".join(extras),
                    width,
                    initial_indent=" " * len(head),
                    subsequent_indent=" " * len(head),
                )
            )
        lines.extend(
            textwrap.wrap(
                f"quote [{c.start}:{c.end}]: {c.quote}",
                width,
                initial_indent=" " * len(head),
                subsequent_indent=" " * (len(head) + 2),
            )
        )
    lines.append(rule)
    lines.append(f"{len(candidates)} candidate(s)")
    return "\n".join(lines)
