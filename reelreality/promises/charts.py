"""Promise tracker figures: the report card (promises per rating) and the promise/evidence time axis."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from reelreality.style import base_layout, esc, label_margin, wrap
from reelreality.timeline import month_ticks


def promise_report_card(rows: pd.DataFrame, *, axis_title: str = "") -> go.Figure:
    """Number of promises at each rating, one bar per rating in the scale's order, zeros included.

    rows: columns label, description, colour, count (see logic.count_frame)."""
    fig = go.Figure(
        go.Bar(
            x=rows["count"].tolist(),
            y=[esc(label) for label in rows["label"]],
            orientation="h",
            marker=dict(color=rows["colour"].tolist(), line=dict(width=1, color="#444444")),
            text=[str(c) for c in rows["count"]],
            textposition="outside",
            cliponaxis=False,
            customdata=[[wrap(d)] for d in rows["description"]],
            hovertemplate="<b>%{y}</b>: %{x}<br>%{customdata[0]}<extra></extra>",
        )
    )
    top = int(rows["count"].max()) if len(rows) else 0
    fig.update_yaxes(autorange="reversed", title=None)
    fig.update_xaxes(title=axis_title, range=[0, max(top, 1) * 1.15], dtick=1 if top <= 12 else None, showgrid=True)
    fig.update_layout(showlegend=False)
    return base_layout(fig, height=90 + 40 * len(rows))


def promise_gap(
    spans: pd.DataFrame,
    points: pd.DataFrame,
    ratings: Sequence[tuple[str, str, str]],
    month_names: Sequence[str],
    *,
    names: dict[str, str],
    setback: dt.date | None = None,
) -> go.Figure:
    """Promises and their evidence on one time axis, one lane per promise, coloured by rating over time.

    spans: id, lane, start, end, rating (timeaxis.spans); points: id, lane, kind (promise|evidence), date,
    when, rating, text, sources (timeaxis.points); ratings: (id, label, colour) in the scale's order;
    names: labels for 'promise', 'evidence' and 'setback'; setback: date of the first reported setback."""
    fig = go.Figure()
    lanes = list(dict.fromkeys(points["lane"])) if not points.empty else []
    lane_label = {lane: wrap(lane, 34, max_lines=3) for lane in lanes}
    for rid, label, colour in ratings:
        rows = spans[spans["rating"] == rid]
        if rows.empty:
            continue
        xs, ys = [], []
        for row in rows.itertuples():
            xs += [row.start, row.end, None]
            ys += [lane_label[row.lane], lane_label[row.lane], None]
        fig.add_trace(
            go.Scatter(x=xs, y=ys, mode="lines", name=esc(label), line=dict(color=colour, width=12), hoverinfo="skip")
        )
    styles = {
        "promise": dict(symbol="diamond", size=15, color="#000000", line=dict(width=1.5, color="white")),
        "evidence": dict(symbol="circle", size=11, color="white", line=dict(width=2, color="#000000")),
    }
    for kind, marker in styles.items():
        rows = points[points["kind"] == kind]
        if rows.empty:
            continue
        fig.add_trace(
            go.Scatter(
                x=rows["date"].tolist(),
                y=[lane_label[lane] for lane in rows["lane"]],
                mode="markers",
                name=esc(names[kind]),
                marker=marker,
                customdata=[[esc(r.when), esc(r.rating), wrap(r.text), esc(r.sources)] for r in rows.itertuples()],
                hovertemplate="<b>%{customdata[0]}</b> %{customdata[1]}<br>%{customdata[2]}"
                "<br><i>%{customdata[3]}</i><extra></extra>",
            )
        )
    if setback is not None:
        fig.add_shape(type="line", x0=setback, x1=setback, yref="paper", y0=0, y1=1, line=dict(dash="dot", width=1.5))
        fig.add_annotation(
            x=setback,
            yref="paper",
            y=1,
            yanchor="top",
            xanchor="left",
            xshift=4,
            showarrow=False,
            text=esc(names["setback"]),
            # A light box needs dark text in both themes.
            font=dict(size=12, color="#1b1b1b"),
            bgcolor="rgba(255,255,255,0.8)",
        )
    if not points.empty:
        start = min(points["date"].min(), spans["start"].min() if not spans.empty else points["date"].min())
        end = max(points["date"].max(), spans["end"].max() if not spans.empty else points["date"].max())
        vals, text = month_ticks(start, end, month_names)
        pad = dt.timedelta(days=20)
        fig.update_xaxes(tickvals=vals, ticktext=text, range=[start - pad, end + pad], showgrid=True)
    fig.update_yaxes(categoryorder="array", categoryarray=[lane_label[lane] for lane in reversed(lanes)], title=None)
    fig.update_layout(legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0))
    fig = base_layout(fig, height=150 + 52 * max(1, len(lanes)))
    # Room above the plot for the legend and the setback label, and on the left for the wrapped lane names
    # (a fixed margin: y-axis automargin can make plotly redraw in a loop inside Streamlit's resizing frame).
    fig.update_layout(margin=dict(t=50, l=label_margin(lane_label[lane] for lane in lanes)))
    return fig
