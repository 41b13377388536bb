"""The data-scale chart: hours of video per library or training set, on a log axis."""

from __future__ import annotations

import math
from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go

from reelreality.style import base_layout, esc, wrap


def data_scale_bars(
    rows: pd.DataFrame,
    type_labels: dict[str, str],
    type_colours: dict[str, str],
    *,
    axis_title: str,
    not_disclosed: str,
    number: Callable[[float], str],
) -> go.Figure:
    """Hours of video per library or training set, as horizontal bars on a log axis.

    rows: columns id, name, type, low, high, basis, hours_text, hover (plain text), emphasis (bool).
    A bar runs to `low`; when `high` is larger, a faded segment spans low–high. Estimated rows are
    hatched. Rows without hours (undisclosed) get a text label instead of a bar: no guessed value.
    `number` formats the tick labels (every number on the chart is text, so no plotly number format)."""
    known = rows[rows["low"].notna()].sort_values(["high", "low"])
    unknown = rows[rows["low"].isna()]
    order = list(unknown["name"]) + list(known["name"])  # bottom to top
    fig = go.Figure()
    for kind, label in type_labels.items():
        part = known[known["type"] == kind]
        if part.empty:
            continue
        common = dict(y=[esc(n) for n in part["name"]], orientation="h", legendgroup=kind)
        fig.add_trace(
            go.Bar(
                x=part["low"],
                name=esc(label),
                marker=dict(
                    color=type_colours[kind],
                    line=dict(width=0),
                    pattern=dict(
                        shape=["/" if b == "estimated" else "" for b in part["basis"]],
                        fgcolor="white",
                        size=6,
                        solidity=0.3,
                        fillmode="overlay",
                    ),
                ),
                customdata=[[esc(h)] for h in part["hover"]],
                hovertemplate="%{customdata[0]}<extra></extra>",
                **common,
            )
        )
        spread = part[part["high"] > part["low"]]
        if not spread.empty:
            fig.add_trace(
                go.Bar(
                    x=spread["high"] - spread["low"],
                    base=spread["low"],
                    y=[esc(n) for n in spread["name"]],
                    orientation="h",
                    legendgroup=kind,
                    showlegend=False,
                    opacity=0.45,
                    name=esc(label),
                    marker=dict(
                        color=type_colours[kind],
                        pattern=dict(shape="/", fgcolor="white", size=6, solidity=0.3, fillmode="overlay"),
                    ),
                    customdata=[[esc(h)] for h in spread["hover"]],
                    hovertemplate="%{customdata[0]}<extra></extra>",
                )
            )
    lo = math.floor(math.log10(max(known["low"].min(), 1))) if not known.empty else 3
    hi = math.ceil(math.log10(known["high"].max() * 1.5)) + 1 if not known.empty else 8
    fig.add_trace(
        go.Scatter(
            x=known["high"],
            y=[esc(n) for n in known["name"]],
            mode="text",
            text=[esc(f"  {t}") for t in known["hours_text"]],
            textposition="middle right",
            showlegend=False,
            hoverinfo="skip",
            textfont=dict(size=12),
        )
    )
    if not unknown.empty:
        fig.add_trace(
            go.Scatter(
                x=[10**lo * 1.15] * len(unknown),
                y=[esc(n) for n in unknown["name"]],
                mode="text",
                text=[f"<i>{esc(not_disclosed)}</i>"] * len(unknown),
                textposition="middle right",
                name=esc(type_labels.get("undisclosed", not_disclosed)),
                showlegend=False,
                customdata=[[esc(h)] for h in unknown["hover"]],
                hovertemplate="%{customdata[0]}<extra></extra>",
            )
        )
    emphasis = set(rows.loc[rows["emphasis"], "name"])
    fig.update_yaxes(
        categoryorder="array",
        categoryarray=[esc(n) for n in order],
        tickvals=[esc(n) for n in order],
        ticktext=[f"<b>{wrap(n, 28, max_lines=3)}</b>" if n in emphasis else wrap(n, 28, max_lines=3) for n in order],
        title=None,
        automargin=True,
    )
    tickvals = [10**k for k in range(lo, hi + 1)]
    fig.update_xaxes(
        type="log",
        range=[lo, hi],
        title=esc(axis_title),
        tickvals=tickvals,
        ticktext=[number(v) for v in tickvals],
        showgrid=True,
        gridcolor="rgba(128,128,128,0.3)",
    )
    fig.update_layout(
        barmode="overlay",
        bargap=0.25,
        legend=dict(orientation="h", yanchor="bottom", y=1.01, x=0, traceorder="normal"),
    )
    # 40 px a row: a label wrapped on two lines (French ones often are) clears its neighbours, on paper too.
    return base_layout(fig, height=140 + 40 * len(order))
