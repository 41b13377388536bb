"""Dated events on one time axis, one lane per kind: the overview's story and Firefly's model timeline.

Shared by the panels that draw a timeline; month ticks come in the viewer's language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Protocol

import pandas as pd
import plotly.graph_objects as go

from reelreality.style import base_layout, esc, trace_names, wrap


class Event(Protocol):
    """What a timeline needs of a record: id, date, kind, title, detail, status, highlight."""

    id: str
    date: dt.date
    type: str
    status: str


def events_frame(events: Iterable[Event], lang: str, when: dict[str, str], sources: dict[str, str]) -> pd.DataFrame:
    """Timeline events as rows: date, type, title, formatted date, source names, highlight."""
    return pd.DataFrame(
        [
            {
                "id": e.id,
                "date": e.date,
                "type": e.type,
                "title": e.title(lang),
                "detail": e.detail(lang),
                "when": when[e.id],
                "sources": sources[e.id],
                "status": e.status,
                "highlight": getattr(e, "highlight", False),
            }
            for e in events
        ],
        columns=["id", "date", "type", "title", "detail", "when", "sources", "status", "highlight"],
    )


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
                customdata=[
                    [esc(a), esc(b), esc(c), wrap(d, 60)]
                    for a, b, c, d in zip(rows["when"], rows["title"], rows["sources"], rows["detail"], strict=True)
                ],
                hovertemplate="<b>%{customdata[1]}</b><br>%{customdata[0]}<br>%{customdata[3]}"
                "<br><i>%{customdata[2]}</i><extra></extra>",
            )
        )
    span = (events["date"].max() - events["date"].min()).days or 1 if not events.empty else 1
    for i, (_, row) in enumerate(events[events["highlight"]].iterrows()):
        share = (row["date"] - events["date"].min()).days / span
        fig.add_annotation(
            xanchor="right" if share > 0.8 else "left" if share < 0.2 else "center",
            x=row["date"],
            y=labels[row["type"]],
            text=wrap(row["title"], 28, max_lines=3),
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
    order = [label for _, label, _ in lanes if label in set(trace_names(fig))]
    fig.update_yaxes(categoryorder="array", categoryarray=list(reversed(order)), title=None)
    fig.update_layout(showlegend=False)
    return base_layout(fig, height=140 + 70 * max(1, len(order)))
