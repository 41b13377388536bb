"""Figure builders: data in, go.Figure out. Plotly only, never streamlit."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

# Okabe–Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
FONT = "Source Sans Pro, Source Sans 3, Helvetica, Arial, sans-serif"


def esc(text: str) -> str:
    """Plotly renders a subset of HTML in labels; content text must show literally."""
    return html.escape(str(text), quote=False)


def base_layout(fig: go.Figure, *, height: int = 380) -> go.Figure:
    """The house style: transparent background (works on light and dark), readable type."""
    fig.update_layout(
        height=height,
        margin=dict(l=10, r=10, t=30, b=10),
        font=dict(family=FONT, size=14),
        colorway=PALETTE,
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        hoverlabel=dict(font_size=14),
    )
    return fig


def month_ticks(start: dt.date, end: dt.date, month_names: Sequence[str], step: int = 3) -> tuple[list, list]:
    """Tick positions every `step` months with month names in the viewer's language."""
    vals, text = [], []
    year, month = start.year, ((start.month - 1) // step) * step + 1
    while dt.date(year, month, 1) <= end:
        d = dt.date(year, month, 1)
        if d >= dt.date(start.year, start.month, 1):
            vals.append(d)
            text.append(f"{month_names[month - 1]}<br>{year}" if month == 1 or not text else month_names[month - 1])
        month += step
        if month > 12:
            month -= 12
            year += 1
    return vals, text


def timeline(events: pd.DataFrame, lanes: Sequence[tuple[str, str, str]], month_names: Sequence[str]) -> go.Figure:
    """Events as dots on one time axis, one lane per event type.

    events: columns date, type, title, when (formatted date), sources (text), highlight (bool).
    lanes: (type id, label, colour) in display order, top to bottom.
    """
    fig = go.Figure()
    labels = {tid: label for tid, label, _ in lanes}
    for tid, label, colour in lanes:
        rows = events[events["type"] == tid]
        if rows.empty:
            continue
        fig.add_trace(
            go.Scatter(
                x=rows["date"],
                y=[label] * len(rows),
                mode="markers",
                name=label,
                marker=dict(size=16, color=colour, line=dict(width=1.5, color="white"), symbol="circle"),
                customdata=[[esc(a), esc(b), esc(c)] for a, b, c in zip(rows["when"], rows["title"], rows["sources"], strict=True)],
                hovertemplate="<b>%{customdata[1]}</b><br>%{customdata[0]}<br><i>%{customdata[2]}</i><extra></extra>",
            )
        )
    span = (events["date"].max() - events["date"].min()).days or 1 if not events.empty else 1
    for i, (_, row) in enumerate(events[events["highlight"]].iterrows()):
        share = (row["date"] - events["date"].min()).days / span
        fig.add_annotation(
            xanchor="right" if share > 0.8 else "left" if share < 0.2 else "center",
            x=row["date"],
            y=labels[row["type"]],
            text=_wrap(esc(row["title"]), 28),
            showarrow=True,
            arrowhead=0,
            ax=0,
            ay=-46 if i % 2 == 0 else 46,
            # The label box is always light, so its text is always dark: the theme's font colour
            # would be light-on-light in the dark theme.
            font=dict(size=12, color="#1F1F1F"),
            bgcolor="rgba(255,255,255,0.85)",
            bordercolor="#888",
            borderwidth=1,
        )
    if not events.empty:
        start, end = events["date"].min(), events["date"].max()
        vals, text = month_ticks(start, end, month_names)
        pad = dt.timedelta(days=25)
        fig.update_xaxes(tickvals=vals, ticktext=text, range=[start - pad, end + pad], showgrid=True)
    order = [label for _, label, _ in lanes if label in set(fig_lane_labels(fig))]
    fig.update_yaxes(categoryorder="array", categoryarray=list(reversed(order)), title=None)
    fig.update_layout(showlegend=False)
    return base_layout(fig, height=140 + 70 * max(1, len(order)))


def fig_lane_labels(fig: go.Figure) -> list[str]:
    return [trace.name for trace in fig.data]


def _wrap(text: str, width: int) -> str:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    if len(lines) > 3:
        lines = lines[:3]
        lines[-1] += "…"
    return "<br>".join(lines)


def counts_bar(labels: Sequence[str], values: Sequence[int], colours: Sequence[str], *, title: str = "") -> go.Figure:
    """Horizontal bars of counts, in the order given, each with its own colour."""
    fig = go.Figure(
        go.Bar(
            x=list(values),
            y=[esc(label) for label in labels],
            orientation="h",
            marker_color=list(colours),
            text=list(values),
            textposition="outside",
            hovertemplate="%{y}: %{x}<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title=title, rangemode="tozero")
    return base_layout(fig, height=90 + 42 * len(labels))
