"""Named key figures for slides, the offline deck and the handout: name -> builder(content, lang).

Each panel registers the one or two charts that carry its message. A builder is a pure function of
content and language that returns (figure, caption); it never imports streamlit.
"""

from __future__ import annotations

from collections.abc import Callable

import plotly.graph_objects as go

from reelreality import charts, tables
from reelreality.content import Content

Builder = Callable[[Content, str], tuple[go.Figure, str]]
FIGURES: dict[str, Builder] = {}


def register(name: str) -> Callable[[Builder], Builder]:
    def wrap(fn: Builder) -> Builder:
        FIGURES[name] = fn
        return fn

    return wrap


def _date(content: Content, value, lang: str) -> str:
    months = content.ui("date.months")(lang).split(",")
    return f"{value.day} {months[value.month - 1]} {value.year}"


@register("overview.timeline")
def overview_timeline(content: Content, lang: str) -> tuple[go.Figure, str]:
    ov = content.overview
    smap = content.source_map
    frame = tables.events_frame(
        ov.events,
        lang,
        when={e.id: _date(content, e.date, lang) for e in ov.events},
        sources={e.id: "; ".join(smap[s].publisher for s in e.sources) for e in ov.events},
    )
    lanes = [(et.id, et.label(lang), et.colour) for et in ov.event_types]
    fig = charts.timeline(frame, lanes, content.ui("date.months_short")(lang).split(","))
    return fig, content.ui("overview.timeline_caption")(lang).format(n=len(frame))


# ---- legal
def _legal_levels(content: Content, lang: str) -> list[tuple[str, str, str, str]]:
    return [(d.id, d.label(lang), d.short(lang), d.colour) for d in content.legal.requirements]


@register("legal.matrix")
def legal_matrix_figure(content: Content, lang: str) -> tuple[go.Figure, str]:
    from reelreality import legal

    lg = content.legal
    fig = charts.legal_matrix(
        legal.matrix_frame(content, lang),
        [(s.id, s.label(lang)) for s in lg.stakeholders],
        [(u.id, u.short(lang)) for u in lg.use_cases],
        _legal_levels(content, lang),
        rules_label=content.ui("legal.hover.rules")(lang),
    )
    return fig, legal.matrix_caption(content, lang)


@register("legal.timeline")
def legal_timeline_figure(content: Content, lang: str) -> tuple[go.Figure, str]:
    from reelreality import legal

    fig = charts.legal_timeline(
        legal.timeline_frame(content, lang),
        [(k.id, k.label(lang), k.colour) for k in content.legal.rule_kinds],
        legal.milestones(content, lang),
        content.ui("date.months_short")(lang).split(","),
    )
    return fig, legal.timeline_caption(content, lang)
