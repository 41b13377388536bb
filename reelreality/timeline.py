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
    highlights = events[events["highlight"]].sort_values("date")
    labels_text = [wrap(title, 28, max_lines=3) for title in highlights["title"]]
    shares = [(d - events["date"].min()).days / span for d in highlights["date"]]
    shown = [tid for tid, _, _ in lanes if (events["type"] == tid).any()]
    levels = label_levels(
        shares,
        [label_width(t) for t in labels_text],
        [shown.index(tid) * LANE_PX for tid in highlights["type"]],
        [t.count("<br>") + 1 for t in labels_text],
    )
    for (_, row), label, share, level in zip(highlights.iterrows(), labels_text, shares, levels, strict=True):
        fig.add_annotation(
            xanchor=anchor(share),
            x=row["date"],
            y=labels[row["type"]],
            text=label,
            showarrow=True,
            arrowhead=0,
            ax=0,
            ay=LEVEL_OFFSETS[level],
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
    extra = 60 if any(abs(LEVEL_OFFSETS[level]) > 50 for level in levels) else 0
    fig = base_layout(fig, height=140 + 70 * max(1, len(order)) + 2 * extra)
    if extra:  # labels on the outer levels sit above the top lane and below the bottom one
        fig.update_layout(margin=dict(t=30 + extra, b=10 + extra))
    return fig


# Vertical offsets (px) of a highlight's label from its dot: above, below, then further above and below.
LEVEL_OFFSETS = (-46, 46, -112, 112)
# The narrowest plot a timeline is drawn in (a phone, a printed A4 page's column), in px, and the
# width of one character of a 12 px label: a label's width as a share of the time axis.
PLOT_WIDTH_PX = 560
CHAR_PX = 7.0
LINE_PX = 15.0  # one line of a 12 px label
LANE_PX = 70.0  # the height each lane adds to the chart


def anchor(share: float) -> str:
    """Which side of its label a highlight's line meets: labels near the edges grow inwards."""
    return "right" if share > 0.8 else "left" if share < 0.2 else "center"


def label_width(label: str) -> float:
    """A label's estimated width as a share of the time axis (its longest line, plus the box's padding)."""
    longest = max((len(line) for line in label.split("<br>")), default=0)
    return (longest * CHAR_PX + 12) / PLOT_WIDTH_PX


def label_levels(
    shares: Sequence[float], widths: Sequence[float], lanes: Sequence[float] | None = None, lines: Sequence[int] = ()
) -> list[int]:
    """For highlights in date order at `shares` of the axis, on lanes at `lanes` px from the top, with
    labels of `lines` lines: the first level (an index of LEVEL_OFFSETS) where the label's box crosses
    no label already placed; the last level when every level is taken."""
    lanes = lanes or [0.0] * len(shares)
    lines = lines or [1] * len(shares)
    placed: list[tuple[float, float, float, float]] = []
    levels = []
    for share, width, lane, count in zip(shares, widths, lanes, lines, strict=True):
        side = anchor(share)
        left = share - width if side == "right" else share if side == "left" else share - width / 2
        half = (count * LINE_PX + 8) / 2

        boxes = [(left, left + width, lane + offset - half, lane + offset + half) for offset in LEVEL_OFFSETS]
        level = next(
            (i for i, box in enumerate(boxes) if not any(_crosses(box, other) for other in placed)),
            len(LEVEL_OFFSETS) - 1,
        )
        placed.append(boxes[level])
        levels.append(level)
    return levels


def _crosses(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    """Whether two label boxes (left, right as shares of the axis; top, bottom in px) overlap."""
    return a[0] < b[1] and b[0] < a[1] and a[2] < b[3] and b[2] < a[3]
