"""Figure builders: data in, go.Figure out. Plotly only, never streamlit."""

from __future__ import annotations

import datetime as dt
import html
import textwrap
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


def _word_lines(text: str, width: int) -> list[str]:
    # Whole words only: labels and hover boxes never cut a word or an escaped entity.
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)


def _wrap(text: str, width: int) -> str:
    lines = _word_lines(text, width) or [""]
    if len(lines) > 3:
        lines = lines[:3]
        lines[-1] += "…"
    return "<br>".join(lines)


# ---- promises
def _lines(text: str, width: int = 60) -> str:
    """Wrap escaped text into <br>-separated lines for a hover label (no truncation)."""
    import textwrap  # local: this panel's block stays self-contained when branches are union-merged

    return "<br>".join(textwrap.wrap(esc(text), width)) or esc(text)


def promise_report_card(rows: pd.DataFrame, *, axis_title: str = "") -> go.Figure:
    """Number of promises at each rating, one bar per rating in the scale's order, zeros included.

    rows: columns label, description, colour, count (see promises.count_frame)."""
    fig = go.Figure(
        go.Bar(
            x=rows["count"].tolist(),
            y=[esc(label) for label in rows["label"]],
            orientation="h",
            marker=dict(color=rows["colour"].tolist(), line=dict(width=1, color="#444444")),
            text=[str(c) for c in rows["count"]],
            textposition="outside",
            cliponaxis=False,
            customdata=[[_lines(d)] for d in rows["description"]],
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

    spans: id, lane, start, end, rating (promises.spans); points: id, lane, kind (promise|evidence), date,
    when, rating, text, sources (promises.points); ratings: (id, label, colour) in the scale's order;
    names: labels for 'promise', 'evidence' and 'setback'; setback: date of the first reported setback."""
    fig = go.Figure()
    lanes = list(dict.fromkeys(points["lane"])) if not points.empty else []
    lane_label = {lane: _wrap(esc(lane), 34) for lane in lanes}
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
                customdata=[[esc(r.when), esc(r.rating), _lines(r.text), esc(r.sources)] for r in rows.itertuples()],
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
    longest = max((len(line) for lane in lanes for line in lane_label[lane].split("<br>")), default=10)
    fig.update_layout(margin=dict(t=50, l=min(320, 20 + 7 * longest)))
    return fig


# ---- lessons
def lessons_wrap(text: str, width: int = 60) -> str:
    """Break a (already escaped) sentence into <br>-separated lines for a hover box; nothing is cut."""
    return "<br>".join(_word_lines(text, width))


def lessons_matrix(
    frame: pd.DataFrame, values: Sequence[tuple[str, str, str]], *, highlight: str | None = None
) -> go.Figure:
    """Case × dimension heat map: one coloured, labelled cell per answer, reasoning on hover.

    frame: one row per cell with columns case, dimension, question, value_id, value, rationale, in
    display order (rows and columns appear in the order met). values: (id, label, colour) in legend
    order. highlight: the case label to set in bold (the reference case).
    """
    cases = list(dict.fromkeys(frame["case"]))
    dims = list(dict.fromkeys(frame["dimension"]))
    code = {vid: i for i, (vid, _, _) in enumerate(values)}
    k = len(values)
    # Discrete colours: each value owns an equal band of the scale, centred on its integer code.
    scale = []
    for i, (_, _, colour) in enumerate(values):
        scale += [[i / k, colour], [(i + 1) / k, colour]]
    cell = {(r.case, r.dimension): r for r in frame.itertuples()}
    z, text, hover = [], [], []
    for case in cases:
        z.append([code[cell[case, d].value_id] for d in dims])
        text.append([esc(cell[case, d].value) for d in dims])
        row = [cell[case, d] for d in dims]
        hover.append([[esc(case), esc(r.question), esc(r.value), lessons_wrap(esc(r.rationale))] for r in row])
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=[esc(d) for d in dims],
            y=[esc(c) for c in cases],
            text=text,
            texttemplate="%{text}",
            textfont=dict(size=13, color="#111111"),
            customdata=hover,
            hovertemplate=(
                "<b>%{customdata[0]}</b><br>%{customdata[1]}<br><b>%{customdata[2]}</b> — %{customdata[3]}<extra></extra>"
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
    for _, label, colour in values:
        fig.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="markers",
                name=esc(label),
                marker=dict(symbol="square", size=14, color=colour, line=dict(width=1, color="#666666")),
                hoverinfo="skip",
            )
        )
    ticks = [f"<b>{esc(c)}</b>" if c == highlight else esc(c) for c in cases]
    fig.update_yaxes(
        autorange="reversed", tickvals=[esc(c) for c in cases], ticktext=ticks, title=None, showgrid=False, automargin=True
    )
    fig.update_xaxes(side="top", title=None, showgrid=False, automargin=True)
    fig.update_layout(legend=dict(orientation="h", yanchor="top", y=-0.02, xanchor="left", x=0), showlegend=True)
    base_layout(fig, height=120 + 40 * max(1, len(cases)))
    # Automargin under-measures the web font by a few pixels and clips the longest label: reserve room.
    left = min(280, 20 + 8 * max((len(c) for c in cases), default=0))
    fig.update_layout(margin=dict(l=left, r=10, t=40, b=40))
    return fig


# ---- obstacles (risk heat map, data-scale bars, quality gap)
# Imported here rather than at the top so this panel's block merges cleanly with the others'.
import math  # noqa: E402
from collections.abc import Callable  # noqa: E402

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
        fig.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="markers",
                name=esc(label),
                legendgroup="bands",
                legendgrouptitle_text="",
                marker=dict(symbol="square", size=14, color=colour, line=dict(width=1, color="#888")),
                hoverinfo="skip",
            )
        )
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


def data_scale_bars(
    rows: pd.DataFrame,
    type_labels: dict[str, str],
    type_colours: dict[str, str],
    *,
    axis_title: str,
    not_disclosed: str,
    number: Callable[[float], str],
    separators: str = ".,",
) -> go.Figure:
    """Hours of video per library or training set, as horizontal bars on a log axis.

    rows: columns id, name, type, low, high, basis, hours_text, hover (plain text), emphasis (bool).
    A bar runs to `low`; when `high` is larger, a faded segment spans low–high. Estimated rows are
    hatched. Rows without hours (undisclosed) get a text label instead of a bar: no guessed value.
    `number` formats tick labels; `separators` is plotly's decimal + thousands pair."""
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
        ticktext=[f"<b>{_wrap(esc(n), 28)}</b>" if n in emphasis else _wrap(esc(n), 28) for n in order],
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
        separators=separators,
        bargap=0.25,
        legend=dict(orientation="h", yanchor="bottom", y=1.01, x=0, traceorder="normal"),
    )
    return base_layout(fig, height=140 + 36 * len(order))


def quality_gap_bars(rows: pd.DataFrame, scale_labels: Sequence[str], *, axis_title: str, seed_mark: str) -> go.Figure:
    """Editorial gap (1–5) per quality dimension, largest on top; seed-only dimensions are hatched.

    rows: columns name, gap, seed_only (bool), hover (plain text)."""
    ordered = rows.sort_values("gap", kind="stable")
    label = lambda r: scale_labels[r.gap - 1] + (f" · {seed_mark}" if r.seed_only else "")  # noqa: E731
    fig = go.Figure(
        go.Bar(
            x=ordered["gap"],
            y=[_wrap(esc(n), 24) for n in ordered["name"]],
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


# ---- legal
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
            t_row.append(esc(short[cell.requirement]))
            c_row.append(
                [
                    esc(slabel),
                    esc(ulabel),
                    esc(label[cell.requirement]),
                    esc(cell.rules or "—"),
                    _wrap_long(esc(cell.rationale), 60),
                ]
            )
        z.append(z_row)
        text.append(t_row)
        custom.append(c_row)
    n = len(levels)
    colorscale = []
    for i, (_, _, _, colour) in enumerate(levels):
        colorscale += [[i / n, colour], [(i + 1) / n, colour]]
    x = [_wrap(esc(ulabel), 16) for _, ulabel in use_cases]
    # Long labels wrap: plotly measures them before the web font loads and would clip the first letters.
    y = [_wrap(esc(slabel), 24) for _, slabel in stakeholders]
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
        fig.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="markers",
                name=esc(lab),
                hoverinfo="skip",
                marker=dict(size=14, symbol="square", color=colour, line=dict(width=1, color="#888888")),
            )
        )
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


def _wrap_long(text: str, width: int) -> str:
    """Like _wrap, without a cap on the number of lines (hover text)."""
    return "<br>".join(_word_lines(text, width))


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
                y=[_wrap(esc(s), 24) for s in rows["short"]],
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
        fig.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="markers",
                name=esc(label),
                legendgroup=kid,
                hoverinfo="skip",
                marker=dict(size=14, color=colour, symbol="circle"),
            )
        )
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
            text=_wrap(esc(label), 30),
            font=dict(size=12),
            align="center",
        )
    if dates:
        start, end = min(dates), max(dates)
        vals, text = month_ticks(start, end, month_names)
        pad = dt.timedelta(days=40)
        fig.update_xaxes(tickvals=vals, ticktext=text, range=[start - pad, end + pad], showgrid=True)
    order = [_wrap(esc(s), 24) for s in rules["short"]]
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


# ---- compare (single custom model vs multi-model platform)
TIE_COLOUR = "#999999"


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


def score_radar(
    axes: Sequence[str], series: Sequence[tuple[str, Sequence[float], str]], *, top: float = 5
) -> go.Figure:
    """One closed polygon per (name, scores along `axes`, colour) on a 0–`top` radial axis."""
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
    rows: Sequence[dict],
    *,
    axis_title: str,
    current_label: str,
    pct_suffix: str = "%",
    legend: Sequence[tuple[str, str]] = (),
) -> go.Figure:
    """Stability intervals: one row per criterion, the 0–100 % share axis coloured by who comes first.

    rows: dicts with `label`, `current` (0–100), `current_hover`, and `segments`, a list of
    (lo, hi, leader name, colour, hover text) with lo/hi in 0–100. legend: (name, colour) in order."""
    fig = go.Figure()
    by_leader: dict[str, dict[str, list]] = {}
    colours: dict[str, str] = dict(legend)
    for row in rows:
        for lo, hi, name, colour, hover in row["segments"]:
            colours.setdefault(name, colour)
            trace = by_leader.setdefault(name, {"y": [], "base": [], "x": [], "hover": []})
            trace["y"].append(esc(row["label"]))
            trace["base"].append(lo)
            trace["x"].append(hi - lo)
            trace["hover"].append(esc(hover))
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
            x=[row["current"] for row in rows],
            y=[esc(row["label"]) for row in rows],
            mode="markers",
            name=esc(current_label),
            marker=dict(symbol="line-ns", size=30, line=dict(width=4, color="#000000"), color="#000000"),
            hovertext=[esc(row["current_hover"]) for row in rows],
            hovertemplate="%{hovertext}<extra></extra>",
        )
    )
    fig.update_layout(barmode="overlay", bargap=0.35, legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0))
    ticks = list(range(0, 101, 10))
    fig.update_xaxes(
        title=esc(axis_title), range=[0, 100.5], tickvals=ticks, ticktext=[f"{v}{pct_suffix}" for v in ticks], showgrid=True
    )
    fig.update_yaxes(autorange="reversed", categoryorder="array", categoryarray=[esc(row["label"]) for row in rows])
    return base_layout(fig, height=150 + 52 * len(rows))
