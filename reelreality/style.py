"""The plotly house style: palette, fonts, layout, escaping and word-wrapping for labels and hover boxes."""

from __future__ import annotations

import dataclasses
import html
import re
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

import plotly.graph_objects as go

from reelreality.text import emphasis_html

# Okabe–Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
FONT = "Source Sans Pro, Source Sans 3, Helvetica, Arial, sans-serif"
FONT_SIZE = 14
"""The charts' type size on a page, px."""


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
        font=dict(family=FONT, size=FONT_SIZE),
        colorway=PALETTE,
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        hoverlabel=dict(font_size=14),
    )
    return fig


_TAG = re.compile(r"<(?!br)[^>]*>")


def label_margin(labels: Iterable[str], font_px: float = FONT_SIZE, *, pad: int = 20, cap: int = 320) -> int:
    """The left margin, px, that row labels need at `font_px` (their longest line, `<br>` breaking lines
    and tags such as `<b>` dropped), at a generous 0.57 em a character, at most `cap`.

    Builders reserve it themselves: plotly's automargin measures labels a few px short (the first
    letter of the longest was cut) and can redraw in a loop inside Streamlit's resizing frame."""
    longest = max((len(line) for label in labels for line in _TAG.sub("", str(label)).split("<br>")), default=0)
    return round(min(cap, pad + 0.57 * font_px * longest))


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


class FrozenFigure(go.Figure):
    """A figure built once and shared read-only by every session: its dict form (what st.plotly_chart
    serialises on every run, a deep copy of every property) is computed once.

    Never change one (no update_layout, no property assignment): the kept dict would not follow."""

    def to_dict(self) -> dict:
        kept = self.__dict__.get("_rr_dict")
        if kept is None:
            kept = super().to_dict()
            self.__dict__["_rr_dict"] = kept
        return kept


def frozen(value: Any) -> Any:
    """`value` with every plotly figure inside it (dataclasses, named tuples, tuples, lists, dicts) made
    a FrozenFigure; everything else is returned as it is."""
    if isinstance(value, go.Figure):
        return value if isinstance(value, FrozenFigure) else FrozenFigure(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: frozen(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}
        changed = {k: v for k, v in changes.items() if v is not getattr(value, k)}
        return dataclasses.replace(value, **changed) if changed else value
    if isinstance(value, tuple):
        items = [frozen(v) for v in value]
        if all(a is b for a, b in zip(items, value, strict=True)):
            return value
        return value._make(items) if hasattr(value, "_make") else tuple(items)
    if isinstance(value, list):
        return [frozen(v) for v in value]
    if isinstance(value, dict):
        return {k: frozen(v) for k, v in value.items()}
    return value
