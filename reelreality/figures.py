"""Named key figures for slides, the offline deck and the handout: name -> builder(content, lang).

Each panel registers the one or two charts that carry its message. A builder is a pure function of
content and language that returns (figure, caption); it never imports streamlit.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

import pandas as pd
import plotly.graph_objects as go

from reelreality import charts, fmt, tables
from reelreality.content import Content

Builder = Callable[[Content, str], tuple[go.Figure, str]]
FIGURES: dict[str, Builder] = {}


def register(name: str) -> Callable[[Builder], Builder]:
    def wrap(fn: Builder) -> Builder:
        FIGURES[name] = fn
        return fn

    return wrap


def timeline_frame(content: Content, lang: str, types: Collection[str] | None = None) -> pd.DataFrame:
    """The overview's events (optionally only some types) as the rows the timeline chart takes."""
    ov = content.overview
    smap = content.source_map
    months = content.ui("date.months")(lang).split(",")
    events = [e for e in ov.events if types is None or e.type in types]
    return tables.events_frame(
        events,
        lang,
        when={e.id: fmt.format_date(e.date, lang, months, e.date_precision) for e in events},
        sources={e.id: "; ".join(smap[s].publisher for s in e.sources) for e in events},
    )


def timeline_figure(content: Content, lang: str, frame: pd.DataFrame) -> go.Figure:
    lanes = [(et.id, et.label(lang), et.colour) for et in content.overview.event_types]
    return charts.timeline(frame, lanes, content.ui("date.months_short")(lang).split(","))


@register("overview.timeline")
def overview_timeline(content: Content, lang: str) -> tuple[go.Figure, str]:
    frame = timeline_frame(content, lang)
    return timeline_figure(content, lang, frame), content.ui("overview.timeline_caption")(lang).format(n=len(frame))



# ---- promises
@register("promises.report_card")
def promises_report_card(content: Content, lang: str) -> tuple[go.Figure, str]:
    from reelreality import promises as pr  # local: keeps this block self-contained for union merges

    return pr.report_card(content.promises.promises, content.scale, pr.reader_for(content, lang))


@register("promises.gap")
def promises_gap(content: Content, lang: str) -> tuple[go.Figure, str]:
    from reelreality import promises as pr

    items = content.promises.promises
    return pr.gap_chart(items, items, content.scale, pr.reader_for(content, lang))


@register("lessons.matrix")
def lessons_matrix(content: Content, lang: str) -> tuple[go.Figure, str]:
    """Every case on every question: the pattern at a glance."""
    from reelreality import lessons

    cases = lessons.ordered_cases(content.cases)
    frame = lessons.matrix_frame(content, cases, lang)
    reference = lessons.case_by_id(content.cases, content.cases.reference_case).company
    fig = charts.lessons_matrix(frame, lessons.value_styles(content.cases, lang), highlight=reference)
    return fig, lessons.matrix_caption(content, cases, lang)
