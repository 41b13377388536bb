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


@register("lessons.matrix")
def lessons_matrix(content: Content, lang: str) -> tuple[go.Figure, str]:
    """Every case on every question: the pattern at a glance."""
    from reelreality import lessons

    cases = lessons.ordered_cases(content.cases)
    frame = lessons.matrix_frame(content, cases, lang)
    reference = lessons.case_by_id(content.cases, content.cases.reference_case).company
    fig = charts.lessons_matrix(frame, lessons.value_styles(content.cases, lang), highlight=reference)
    return fig, lessons.matrix_caption(content, cases, lang)
