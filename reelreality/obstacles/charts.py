"""The register's heat map and the quality-gap bars: editorial 1–5 ratings as figures."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from reelreality.style import base_layout, esc, legend_key, wrap

SEQUENTIAL = ["#FEEDDE", "#FDBE85", "#FD8D3C", "#E6550D", "#A63603"]  # ColorBrewer Oranges, 5 steps


def risk_heatmap(
    points: pd.DataFrame,
    grid: Sequence[Sequence[str]],
    bands: Sequence[tuple[str, str, str]],
    categories: Sequence[tuple[str, str, str, str]],
    likelihood_labels: Sequence[str],
    impact_labels: Sequence[str],
    axis_titles: tuple[str, str],
    *,
    selected: str | None = None,
) -> go.Figure:
    """A 5×5 likelihood × impact grid coloured by band, with one numbered marker per obstacle.

    points: columns id, number, title, category, category_label, likelihood, impact, score,
    band_label, x, y (x/y already offset inside the cell). grid: band id per cell, rows =
    likelihood 1..5, columns = impact 1..5. bands: (id, label, colour) from lowest to highest.
    categories: (id, label, colour, plotly symbol). axis_titles: (impact, likelihood)."""
    index = {bid: i for i, (bid, _, _) in enumerate(bands)}
    labels = {bid: label for bid, label, _ in bands}
    n = len(bands)
    scale = []
    for i, (_, _, colour) in enumerate(bands):
        scale += [[i / n, colour], [(i + 1) / n, colour]]
    cell_text = [
        [
            f"{esc(axis_titles[1])} {lik} ({esc(likelihood_labels[lik - 1])})<br>"
            f"{esc(axis_titles[0])} {imp} ({esc(impact_labels[imp - 1])})<br>"
            f"{lik} × {imp} = {lik * imp} · {esc(labels[grid[lik - 1][imp - 1]])}"
            for imp in range(1, 6)
        ]
        for lik in range(1, 6)
    ]
    fig = go.Figure(
        go.Heatmap(
            z=[[index[b] for b in row] for row in grid],
            x=list(range(1, 6)),
            y=list(range(1, 6)),
            zmin=0,
            zmax=n,
            colorscale=scale,
            showscale=False,
            xgap=3,
            ygap=3,
            text=cell_text,
            hovertemplate="%{text}<extra></extra>",
            name="",
        )
    )
    for _, label, colour in reversed(bands):
        legend_key(fig, label, colour, legendgroup="bands", legendgrouptitle_text="")
    for cid, label, colour, symbol in categories:
        rows = points[points["category"] == cid]
        if rows.empty:
            continue
        fig.add_trace(
            go.Scatter(
                x=rows["x"],
                y=rows["y"],
                mode="markers+text",
                name=esc(label),
                text=[str(v) for v in rows["number"]],
                textfont=dict(color="white", size=13),
                marker=dict(size=30, color=colour, symbol=symbol, line=dict(width=1.5, color="white")),
                customdata=[
                    [esc(r.title), esc(r.category_label), r.likelihood, r.impact, r.score, esc(r.band_label), r.number]
                    for r in rows.itertuples()
                ],
                hovertemplate=(
                    "<b>%{customdata[6]}. %{customdata[0]}</b><br>%{customdata[1]}<br>"
                    f"{esc(axis_titles[1])} %{{customdata[2]}} × {esc(axis_titles[0])} %{{customdata[3]}}"
                    " = %{customdata[4]} · %{customdata[5]}<extra></extra>"
                ),
            )
        )
    chosen = points[points["id"] == selected]
    if not chosen.empty:
        fig.add_trace(
            go.Scatter(
                x=chosen["x"],
                y=chosen["y"],
                mode="markers",
                name="",
                showlegend=False,
                hoverinfo="skip",
                marker=dict(size=46, symbol="circle-open", color="#000000", line=dict(width=3)),
            )
        )
    ticks = list(range(1, 6))
    fig.update_xaxes(
        title=esc(axis_titles[0]),
        tickvals=ticks,
        ticktext=[f"{i}<br>{esc(t)}" for i, t in zip(ticks, impact_labels, strict=True)],
        range=[0.5, 5.5],
        showgrid=False,
        zeroline=False,
        fixedrange=True,
    )
    fig.update_yaxes(
        title=esc(axis_titles[1]),
        tickvals=ticks,
        ticktext=[f"{esc(t)} {i}" for i, t in zip(ticks, likelihood_labels, strict=True)],
        range=[0.5, 5.5],
        showgrid=False,
        zeroline=False,
        fixedrange=True,
    )
    fig.update_layout(legend=dict(orientation="v", yanchor="top", y=1, x=1.02, tracegroupgap=12))
    fig = base_layout(fig, height=600)
    fig.update_layout(margin=dict(l=10, r=10, t=20, b=10))
    return fig


def quality_gap_bars(rows: pd.DataFrame, scale_labels: Sequence[str], *, axis_title: str, seed_mark: str) -> go.Figure:
    """Editorial gap (1–5) per quality dimension, largest on top; seed-only dimensions are hatched.

    rows: columns name, gap, seed_only (bool), hover (plain text)."""
    ordered = rows.sort_values("gap", kind="stable")
    label = lambda r: scale_labels[r.gap - 1] + (f" · {seed_mark}" if r.seed_only else "")  # noqa: E731
    fig = go.Figure(
        go.Bar(
            x=ordered["gap"],
            y=[wrap(n, 24, max_lines=3) for n in ordered["name"]],
            orientation="h",
            marker=dict(
                color=[SEQUENTIAL[g - 1] for g in ordered["gap"]],
                line=dict(width=1, color="#A63603"),
                pattern=dict(
                    shape=["/" if s else "" for s in ordered["seed_only"]],
                    fgcolor="#333333",
                    size=8,
                    solidity=0.25,
                    fillmode="overlay",
                ),
            ),
            text=["\u2002" + esc(label(r)) for r in ordered.itertuples()],  # en space: off the axis line
            textposition="inside",
            insidetextanchor="start",
            textfont=dict(color="black"),
            customdata=[[esc(h)] for h in ordered["hover"]],
            hovertemplate="%{customdata[0]}<extra></extra>",
        )
    )
    ticks = list(range(1, 6))
    fig.update_xaxes(
        range=[0, 5.2],
        tickvals=ticks,
        ticktext=[f"{i}<br>{esc(t)}" for i, t in zip(ticks, scale_labels, strict=True)],
        title=esc(axis_title),
        showgrid=True,
        gridcolor="rgba(128,128,128,0.3)",
        fixedrange=True,
    )
    fig.update_yaxes(title=None, fixedrange=True, automargin=True)
    fig.update_layout(showlegend=False)
    return base_layout(fig, height=120 + 52 * len(ordered))
