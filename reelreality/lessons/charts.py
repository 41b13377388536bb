"""The other-sectors heat map: every case on every shared question, one coloured cell per answer."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from reelreality.lessons.tables import ValueStyle
from reelreality.style import base_layout, esc, label_margin, legend_key, wrap


def lessons_matrix(frame: pd.DataFrame, values: Sequence[ValueStyle], *, highlight: str | None = None) -> go.Figure:
    """Case × dimension heat map: one coloured, labelled cell per answer, reasoning on hover.

    frame: one row per cell with columns case, dimension, question, value_id, value, rationale, in
    display order (rows and columns appear in the order met). values: every answer, in legend order.
    highlight: the case label to set in bold (the reference case).
    """
    cases = list(dict.fromkeys(frame["case"]))
    dims = list(dict.fromkeys(frame["dimension"]))
    code = {v.id: i for i, v in enumerate(values)}
    k = len(values)
    # Discrete colours: each value owns an equal band of the scale, centred on its integer code.
    scale = []
    for i, v in enumerate(values):
        scale += [[i / k, v.colour], [(i + 1) / k, v.colour]]
    cell = {(r.case, r.dimension): r for r in frame.itertuples()}
    z, text, hover = [], [], []
    for case in cases:
        z.append([code[cell[case, d].value_id] for d in dims])
        text.append([esc(cell[case, d].value) for d in dims])
        row = [cell[case, d] for d in dims]
        hover.append([[esc(case), esc(r.question), esc(r.value), wrap(r.rationale)] for r in row])
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=[wrap(d, 10) for d in dims],  # two short lines: a column label stays within its column on paper
            y=[esc(c) for c in cases],
            text=text,
            texttemplate="%{text}",
            textfont=dict(size=13, color="#111111"),
            customdata=hover,
            hovertemplate=(
                "<b>%{customdata[0]}</b><br>%{customdata[1]}<br>"
                "<b>%{customdata[2]}</b> — %{customdata[3]}<extra></extra>"
            ),
            colorscale=scale,
            zmin=-0.5,
            zmax=k - 0.5,
            showscale=False,
            xgap=3,
            ygap=3,
        )
    )
    # A legend entry per answer (the heat map itself has none), drawn as coloured squares.
    for v in values:
        legend_key(fig, v.label, v.colour, outline="#666666")
    ticks = [f"<b>{esc(c)}</b>" if c == highlight else esc(c) for c in cases]
    fig.update_yaxes(
        autorange="reversed",
        tickvals=[esc(c) for c in cases],
        ticktext=ticks,
        title=None,
        showgrid=False,
        automargin=True,
    )
    fig.update_xaxes(side="top", title=None, showgrid=False, automargin=True)
    fig.update_layout(legend=dict(orientation="h", yanchor="top", y=-0.02, xanchor="left", x=0), showlegend=True)
    base_layout(fig, height=120 + 40 * max(1, len(cases)))
    fig.update_layout(margin=dict(l=label_margin(cases, cap=280), r=10, t=40, b=40))
    return fig
