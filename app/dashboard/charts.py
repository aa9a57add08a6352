"""Plotly figures for the pages, built in Python and drawn in the browser by plotly.js.

Each function returns the figure as a plain dict (data and layout), which a page embeds
in a `<script type="application/json">` block; static/dashboard.js hands it to
`Plotly.newPlot`. Building figures with plotly's own classes validates every property
against plotly.js's schema, so a typo fails here rather than silently in the browser.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime, time
from typing import Any

import plotly.graph_objects as go

from app.scoring import CalibrationBin

from .service import HistoryRow

INK = "#1f2933"
MUTED = "#616e7c"
GRID = "#e4e7eb"
ACCENT = "#1d5fbf"
# Colour-blind safe (Okabe-Ito), for one line per forecaster.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"


def _layout(**extra: Any) -> go.Layout:
    base: dict[str, Any] = {
        "template": None,
        "font": {"family": FONT, "size": 13, "color": INK},
        "paper_bgcolor": "#ffffff",
        "plot_bgcolor": "#ffffff",
        "margin": {"l": 56, "r": 16, "t": 16, "b": 52},
        "hovermode": "closest",
        "showlegend": False,
    }
    base.update(extra)
    return go.Layout(**base)


def _axis(title: str, **extra: Any) -> dict[str, Any]:
    return {
        "title": {"text": title},
        "gridcolor": GRID,
        "zerolinecolor": GRID,
        "linecolor": MUTED,
        "ticks": "outside",
        **extra,
    }


def _plain(figure: go.Figure) -> dict[str, Any]:
    spec: dict[str, Any] = figure.to_plotly_json()
    # An empty template would still be sent as {}; leaving it out keeps plotly.js defaults.
    spec.get("layout", {}).pop("template", None)
    return {"data": spec.get("data", []), "layout": spec.get("layout", {})}


def reliability(bins: Sequence[CalibrationBin]) -> dict[str, Any]:
    """Observed frequency against mean forecast, one point per non-empty bin.

    Marker area grows with the bin's count and the whiskers are the 95% Wilson interval
    of the observed frequency; the dashed diagonal is perfect calibration.
    """
    largest = max((b.n for b in bins), default=1)
    sizes = [10 + 22 * math.sqrt(b.n / largest) for b in bins]
    labels = [
        f"{b.lower:.0%}-{b.upper:.0%}: {b.n} forecasts, mean {b.mean_forecast:.0%}, "
        f"happened {b.observed:.0%} (95% interval {b.ci_low:.0%}-{b.ci_high:.0%})"
        for b in bins
    ]
    figure = go.Figure(
        data=[
            go.Scatter(
                name="perfect calibration",
                x=[0, 1],
                y=[0, 1],
                mode="lines",
                line={"color": MUTED, "dash": "dash", "width": 1},
                hoverinfo="skip",
            ),
            go.Scatter(
                name="bins",
                x=[b.mean_forecast for b in bins],
                y=[b.observed for b in bins],
                mode="markers+text",
                text=[str(b.n) for b in bins],
                textposition="middle right",
                textfont={"color": MUTED, "size": 11},
                hovertext=labels,
                hoverinfo="text",
                marker={
                    "size": sizes,
                    "color": ACCENT,
                    "opacity": 0.85,
                    "line": {"color": "#ffffff", "width": 1},
                },
                error_y={
                    "type": "data",
                    "symmetric": False,
                    "array": [b.ci_high - b.observed for b in bins],
                    "arrayminus": [b.observed - b.ci_low for b in bins],
                    "color": ACCENT,
                    "thickness": 1.2,
                    "width": 3,
                },
            ),
        ],
        layout=_layout(
            # A square plot, so the diagonal is at 45 degrees whatever the page width.
            xaxis=_axis(
                "Forecast probability (bin mean)",
                range=[-0.02, 1.02],
                tickformat=".0%",
                constrain="domain",
            ),
            yaxis=_axis(
                "Observed frequency",
                range=[-0.02, 1.02],
                tickformat=".0%",
                scaleanchor="x",
                scaleratio=1,
                constrain="domain",
            ),
            height=400,
        ),
    )
    return _plain(figure)


def brier_by_quarter(quarters: Sequence[tuple[str, int, float | None, Any, Any]]) -> dict[str, Any]:
    """Bars of the Brier score per quarter (label, n, brier, ci_low, ci_high)."""
    shown = [q for q in quarters if q[2] is not None]
    figure = go.Figure(
        data=[
            go.Bar(
                name="Brier score",
                x=[q[0] for q in shown],
                y=[q[2] for q in shown],
                text=[f"n={q[1]}" for q in shown],
                textposition="outside",
                marker={"color": ACCENT},
                hovertemplate="%{x}: Brier %{y:.3f} (%{text})<extra></extra>",
                error_y={
                    "type": "data",
                    "symmetric": False,
                    "array": [(q[4] - q[2]) if q[4] is not None else 0 for q in shown],
                    "arrayminus": [(q[2] - q[3]) if q[3] is not None else 0 for q in shown],
                    "color": MUTED,
                    "thickness": 1,
                },
            ),
            go.Scatter(
                name="always 50%",
                x=[q[0] for q in shown],
                y=[0.25 for _ in shown],
                mode="lines",
                line={"color": MUTED, "dash": "dot", "width": 1},
                hovertemplate="always guessing 50% scores 0.25<extra></extra>",
            ),
        ],
        layout=_layout(
            xaxis=_axis("Quarter the forecasts were made", type="category"),
            yaxis=_axis("Brier score (0 best, 1 worst)", rangemode="tozero"),
            height=300,
        ),
    )
    return _plain(figure)


def history(
    rows: Sequence[HistoryRow], resolve_by: date, resolved_at: datetime | None, outcome: str | None
) -> dict[str, Any]:
    """Probability over time, one stepped line per forecaster."""
    by_forecaster: dict[str, list[HistoryRow]] = {}
    for row in rows:
        by_forecaster.setdefault(row.forecaster, []).append(row)
    traces = []
    for i, (name, own) in enumerate(by_forecaster.items()):
        colour = PALETTE[i % len(PALETTE)]
        traces.append(
            go.Scatter(
                name=_escape(name),
                x=[r.forecast.made_at.isoformat() for r in own],
                y=[r.forecast.probability for r in own],
                mode="lines+markers",
                line={"shape": "hv", "color": colour, "width": 2},
                marker={"size": 7, "color": colour},
                hovertemplate="%{fullData.name}: %{y:.0%} on %{x|%Y-%m-%d}<extra></extra>",
            )
        )
    deadline = datetime.combine(resolve_by, time()).isoformat()
    shapes = [_vline(deadline, MUTED, "dot")]
    notes = [_note(deadline, "resolve by")]
    if resolved_at is not None:
        stamp = resolved_at.isoformat()
        shapes.append(_vline(stamp, INK, "solid"))
        notes.append(_note(stamp, f"resolved {outcome or ''}".strip()))
    figure = go.Figure(
        data=traces,
        layout=_layout(
            xaxis=_axis("Made at", type="date"),
            yaxis=_axis("Probability of yes", range=[0, 1], tickformat=".0%"),
            shapes=shapes,
            annotations=notes,
            showlegend=True,
            legend={"orientation": "h", "y": -0.25},
            margin={"l": 56, "r": 16, "t": 28, "b": 40},
            height=360,
        ),
    )
    return _plain(figure)


def _vline(x: str, colour: str, dash: str) -> dict[str, Any]:
    return {
        "type": "line",
        "xref": "x",
        "yref": "paper",
        "x0": x,
        "x1": x,
        "y0": 0,
        "y1": 1,
        "line": {"color": colour, "dash": dash, "width": 1},
    }


def _note(x: str, text: str) -> dict[str, Any]:
    return {
        "x": x,
        "xref": "x",
        "y": 1,
        "yref": "paper",
        "yanchor": "bottom",
        "text": text,
        "showarrow": False,
        "font": {"size": 11, "color": MUTED},
    }


def _escape(text: str) -> str:
    # plotly.js reads a few HTML tags in labels (it builds SVG text, never markup), so a
    # name with angle brackets would lose them; entities make it show as typed.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
