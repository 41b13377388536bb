"""The comparison's figures: ranking bars, score radar and stability strips (data in, go.Figure out)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import plotly.graph_objects as go

from reelreality.style import PALETTE, base_layout, esc

TIE_COLOUR = "#999999"


class RadarSeries(NamedTuple):
    """One approach on the radar: its name, its scores along the axes, its colour."""

    name: str
    values: Sequence[float]
    colour: str


@dataclass(frozen=True)
class Span:
    """A stretch of a stability strip (shares in 0–1) and who is first along it."""

    lo: float
    hi: float
    leader: str  # a name, or the tie label
    colour: str
    hover: str


@dataclass(frozen=True)
class Strip:
    """One criterion's row: its spans from share 0 to 1 and the share the reader's weights give it."""

    label: str
    current: float
    current_hover: str
    spans: Sequence[Span]


def approach_colours(ids: Sequence[str]) -> dict[str, str]:
    """One palette colour per approach, stable across the panel's charts."""
    return {a: PALETTE[i % len(PALETTE)] for i, a in enumerate(ids)}


def _rgba(hex_colour: str, alpha: float) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def ranking_bars(
    labels: Sequence[str],
    values: Sequence[float],
    texts: Sequence[str],
    colours: Sequence[str],
    *,
    axis_title: str,
    top: float = 5,
) -> go.Figure:
    """Weighted scores as horizontal bars in the order given (best first), on a fixed 0–`top` axis."""
    fig = go.Figure(
        go.Bar(
            x=list(values),
            y=[esc(label) for label in labels],
            orientation="h",
            marker_color=list(colours),
            text=[esc(t) for t in texts],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{y}: %{text}<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title=esc(axis_title), range=[0, top * 1.12], tickvals=list(range(0, int(top) + 1)))
    return base_layout(fig, height=110 + 60 * len(labels))


def score_radar(axes: Sequence[str], series: Sequence[RadarSeries], *, top: float = 5) -> go.Figure:
    """One closed polygon per series (scores along `axes`) on a 0–`top` radial axis."""
    fig = go.Figure()
    theta = [esc(a) for a in axes]
    for name, values, colour in series:
        fig.add_trace(
            go.Scatterpolar(
                r=[*values, values[0]],
                theta=[*theta, theta[0]],
                # Trailing en spaces: plotly sizes the legend before the web font loads and would clip the last letters.
                name=esc(name) + "\u2002\u2002",
                mode="lines+markers",
                line=dict(color=colour, width=2.5),
                marker=dict(size=7),
                fill="toself",
                fillcolor=_rgba(colour, 0.12),
                hovertemplate=f"<b>{esc(name)}</b><br>%{{theta}}: %{{r}}<extra></extra>",
            )
        )
    fig.update_layout(
        polar=dict(
            bgcolor="rgba(0,0,0,0)",
            radialaxis=dict(range=[0, top], tickvals=list(range(1, int(top) + 1)), angle=90, tickangle=90),
        ),
        legend=dict(orientation="v", yanchor="top", y=-0.06, xanchor="left", x=0),
    )
    return base_layout(fig, height=580)


def stability_strips(
    rows: Sequence[Strip],
    *,
    axis_title: str,
    current_label: str,
    percent: Callable[[float], str] = lambda share: f"{share * 100:g}%",
    legend: Sequence[tuple[str, str]] = (),
) -> go.Figure:
    """Stability intervals: one row per criterion, the 0–100 % share axis coloured by who comes first.

    percent: a share (0–1) as a tick label. legend: (name, colour) in order; names only in spans follow."""
    fig = go.Figure()
    by_leader: dict[str, dict[str, list]] = {}
    colours: dict[str, str] = dict(legend)
    for row in rows:
        for span in row.spans:
            colours.setdefault(span.leader, span.colour)
            trace = by_leader.setdefault(span.leader, {"y": [], "base": [], "x": [], "hover": []})
            trace["y"].append(esc(row.label))
            trace["base"].append(span.lo * 100)
            trace["x"].append(span.hi * 100 - span.lo * 100)
            trace["hover"].append(esc(span.hover))
    for name, colour in colours.items():
        if name not in by_leader:
            continue
        t = by_leader[name]
        fig.add_trace(
            go.Bar(
                y=t["y"],
                x=t["x"],
                base=t["base"],
                orientation="h",
                name=esc(name),
                marker=dict(color=colour, line=dict(color="white", width=1)),
                hovertext=t["hover"],
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
    fig.add_trace(
        go.Scatter(
            x=[row.current * 100 for row in rows],
            y=[esc(row.label) for row in rows],
            mode="markers",
            name=esc(current_label),
            marker=dict(symbol="line-ns", size=30, line=dict(width=4, color="#000000"), color="#000000"),
            hovertext=[esc(row.current_hover) for row in rows],
            hovertemplate="%{hovertext}<extra></extra>",
        )
    )
    fig.update_layout(barmode="overlay", bargap=0.35, legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0))
    ticks = list(range(0, 101, 20))  # six labels: they fit beside long criterion names, on paper too
    fig.update_xaxes(
        title=esc(axis_title),
        range=[0, 100.5],
        tickvals=ticks,
        ticktext=[esc(percent(v / 100)) for v in ticks],
        showgrid=True,
    )
    fig.update_yaxes(autorange="reversed", categoryorder="array", categoryarray=[esc(row.label) for row in rows])
    return base_layout(fig, height=150 + 52 * len(rows))
