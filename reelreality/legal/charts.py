"""The legal explorer's figures: the stakeholder × use case heat matrix and the rules and lawsuits timeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from reelreality.style import PALETTE, base_layout, esc, legend_key, wrap
from reelreality.timeline import month_ticks


def legal_matrix(
    cells: pd.DataFrame,
    stakeholders: Sequence[tuple[str, str]],
    use_cases: Sequence[tuple[str, str]],
    levels: Sequence[tuple[str, str, str, str]],
    *,
    highlight: str | None = None,
    rules_label: str = "Rules",
) -> go.Figure:
    """Heat matrix stakeholder (rows) × use case (columns), one discrete colour per requirement.

    cells: columns use_case, stakeholder, requirement, rules (text), rationale (text).
    stakeholders, use_cases: (id, label) in display order. levels: (id, label, short, colour) in
    legend order. highlight: a use case id whose column gets a frame.
    """
    level_index = {lid: i for i, (lid, _, _, _) in enumerate(levels)}
    short = {lid: s for lid, _, s, _ in levels}
    label = {lid: lab for lid, lab, _, _ in levels}
    by_cell = {(r.stakeholder, r.use_case): r for r in cells.itertuples()}
    z, text, custom = [], [], []
    for sid, slabel in stakeholders:
        z_row, t_row, c_row = [], [], []
        for uid, ulabel in use_cases:
            cell = by_cell.get((sid, uid))
            if cell is None:
                z_row.append(None)
                t_row.append("")
                c_row.append(["", "", "", "", ""])
                continue
            z_row.append(level_index[cell.requirement])
            t_row.append(wrap(short[cell.requirement], 12))  # two short lines fit a cell on paper
            c_row.append(
                [
                    esc(slabel),
                    esc(ulabel),
                    esc(label[cell.requirement]),
                    esc(cell.rules or "—"),
                    wrap(cell.rationale, 60),
                ]
            )
        z.append(z_row)
        text.append(t_row)
        custom.append(c_row)
    n = len(levels)
    colorscale = []
    for i, (_, _, _, colour) in enumerate(levels):
        colorscale += [[i / n, colour], [(i + 1) / n, colour]]
    x = [wrap(ulabel, 12, max_lines=4) for _, ulabel in use_cases]  # narrow columns on paper
    # Long labels wrap: plotly measures them before the web font loads and would clip the first letters.
    y = [wrap(slabel, 24, max_lines=3) for _, slabel in stakeholders]
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=x,
            y=y,
            text=text,
            texttemplate="%{text}",
            textfont=dict(size=13, color="#111111"),
            customdata=custom,
            hovertemplate=(
                "<b>%{customdata[0]}</b> · %{customdata[1]}<br><b>%{customdata[2]}</b><br>"
                + esc(rules_label)
                + ": %{customdata[3]}<br>%{customdata[4]}<extra></extra>"
            ),
            colorscale=colorscale,
            zmin=-0.5,
            zmax=n - 0.5,
            showscale=False,
            xgap=3,
            ygap=3,
        )
    )
    for _, lab, _, colour in levels:
        legend_key(fig, lab, colour)
    ids = [uid for uid, _ in use_cases]
    if highlight in ids:
        col = ids.index(highlight)
        fig.add_shape(
            type="rect",
            xref="x",
            yref="y",
            x0=col - 0.5,
            x1=col + 0.5,
            y0=-0.5,
            y1=len(stakeholders) - 0.5,
            line=dict(width=3, color=PALETTE[0]),
            fillcolor="rgba(0,0,0,0)",
        )
    fig.update_yaxes(autorange="reversed", showgrid=False, automargin=True)
    fig.update_xaxes(side="top", showgrid=False, automargin=True)
    fig.update_layout(
        legend=dict(
            orientation="h", yanchor="top", y=-0.02, xanchor="left", x=0, entrywidth=170, entrywidthmode="pixels"
        )
    )
    fig = base_layout(fig, height=150 + 46 * len(stakeholders))
    fig.update_layout(margin=dict(l=20, r=10, t=70, b=40))
    return fig


def legal_timeline(
    rules: pd.DataFrame,
    kinds: Sequence[tuple[str, str, str]],
    milestones: Sequence[tuple[dt.date, str]],
    month_names: Sequence[str],
) -> go.Figure:
    """One row per rule on a time axis, coloured by kind; filled dots apply to the chosen use, hollow ones do not.

    rules: columns date, short, title, when, kind, jurisdiction, sources, applies (bool), oldest first.
    kinds: (id, label, colour). milestones: (date, label) drawn as dashed vertical lines.
    """
    fig = go.Figure()
    for kid, label, colour in kinds:
        rows = rules[rules["kind"] == kid]
        if rows.empty:
            continue
        applies = rows["applies"].tolist()
        fig.add_trace(
            go.Scatter(
                x=rows["date"],
                y=[wrap(s, 24, max_lines=3) for s in rows["short"]],
                mode="markers",
                name=esc(label),
                legendgroup=kid,
                showlegend=False,
                marker=dict(
                    size=16,
                    color=colour,
                    symbol=["circle" if a else "circle-open" for a in applies],
                    line=dict(width=2.5, color=colour),
                    opacity=[1.0 if a else 0.7 for a in applies],
                ),
                customdata=[
                    [esc(t), esc(w), esc(j), esc(s)]
                    for t, w, j, s in zip(
                        rows["title"], rows["when"], rows["jurisdiction"], rows["sources"], strict=True
                    )
                ],
                hovertemplate=(
                    "<b>%{customdata[0]}</b><br>%{customdata[1]} · %{customdata[2]}<br>"
                    "<i>%{customdata[3]}</i><extra></extra>"
                ),
            )
        )
        # The legend shows each kind as a filled dot, whatever the first rule of that kind looks like.
        legend_key(fig, label, colour, symbol="circle", outline=None, legendgroup=kid)
    dates = list(rules["date"]) + [d for d, _ in milestones] if not rules.empty else []
    span = (max(dates) - min(dates)).days or 1 if dates else 1
    for when, label in milestones:
        share = (when - min(dates)).days / span if dates else 0.5
        fig.add_shape(
            type="line",
            xref="x",
            yref="paper",
            x0=when,
            x1=when,
            y0=0,
            y1=1,
            line=dict(color="#777777", width=1.5, dash="dash"),
        )
        fig.add_annotation(
            x=when,
            y=1,
            xref="x",
            yref="paper",
            yanchor="bottom",
            showarrow=False,
            xanchor="right" if share > 0.85 else "left" if share < 0.15 else "center",
            text=wrap(label, 30, max_lines=3),
            font=dict(size=12),
            align="center",
        )
    if dates:
        start, end = min(dates), max(dates)
        vals, text = month_ticks(start, end, month_names)
        pad = dt.timedelta(days=40)
        fig.update_xaxes(tickvals=vals, ticktext=text, range=[start - pad, end + pad], showgrid=True)
    order = [wrap(s, 24, max_lines=3) for s in rules["short"]]
    fig.update_yaxes(categoryorder="array", categoryarray=list(reversed(order)), title=None, automargin=True)
    # Fixed entry widths: plotly sizes the legend before the web font loads and would clip the last label.
    fig.update_layout(
        legend=dict(
            orientation="h", yanchor="top", y=-0.12, xanchor="left", x=0, entrywidth=170, entrywidthmode="pixels"
        )
    )
    fig = base_layout(fig, height=170 + 38 * max(1, len(rules)))
    fig.update_layout(margin=dict(l=20, r=20, t=70, b=10))
    return fig
