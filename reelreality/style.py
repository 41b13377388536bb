from __future__ import annotations

import html
import textwrap

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



