"""The plotly house style: palette, fonts, layout, escaping and word-wrapping for labels and hover boxes."""

from __future__ import annotations

import html
import textwrap
from dataclasses import dataclass
from typing import Any, NamedTuple

import plotly.graph_objects as go

from reelreality.text import emphasis_html

# Okabe–Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
FONT = "Source Sans Pro, Source Sans 3, Helvetica, Arial, sans-serif"


class Chart(NamedTuple):
    """A figure and the sentence that states its message (what a slide, the deck and the handout show)."""

    figure: go.Figure
    caption: str


@dataclass(frozen=True)
class Block:
    """A chart on a page: the figure, the sentence that states its message, and its data (shown as a
    table, downloaded as a CSV file of that name)."""

    figure: go.Figure
    caption: str
    table: Any
    file_name: str


def esc(text: str) -> str:
    """Plotly renders a subset of HTML in labels; content text must show literally (its *emphasis* in italics)."""
    return emphasis_html(html.escape(str(text), quote=False))


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


def wrap(text: str, width: int = 60, *, max_lines: int | None = None, escape: bool = True) -> str:
    """Break text into `<br>`-separated lines of at most `width` characters for a label or hover box.

    Whole words only (never cuts a word or an escaped entity); past `max_lines` the last line ends
    with '…'. Content text is escaped first unless the caller already did (`escape=False`)."""
    text = esc(text) if escape else str(text)
    lines = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [text]
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] += "…"
    return "<br>".join(lines)


def trace_names(fig: go.Figure) -> list[str]:
    """The name of every trace, in drawing order (the legend a reader sees)."""
    return [trace.name for trace in fig.data]


def legend_key(
    fig: go.Figure, label: str, colour: str, *, symbol: str = "square", outline: str | None = "#888888", **trace: object
) -> None:
    """Add a legend entry with no data (a colour key for a heatmap's cells or a category's marker)."""
    line = dict(width=1, color=outline) if outline else dict(width=0)
    fig.add_trace(
        go.Scatter(
            x=[None],
            y=[None],
            mode="markers",
            name=esc(label),
            hoverinfo="skip",
            marker=dict(size=14, symbol=symbol, color=colour, line=line),
            **trace,
        )
    )
