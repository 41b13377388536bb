from __future__ import annotations

from collections.abc import Collection

import pandas as pd
import plotly.graph_objects as go

from reelreality import text, timeline
from reelreality.content import Content


def timeline_frame(content: Content, lang: str, types: Collection[str] | None = None) -> pd.DataFrame:
    """The overview's events (optionally only some types) as the rows the timeline chart takes."""
    ov = content.overview
    smap = content.source_map
    events = [e for e in ov.events if types is None or e.type in types]
    return timeline.events_frame(
        events,
        lang,
        when={e.id: text.format_date(e.date, lang, e.date_precision) for e in events},
        sources={e.id: "; ".join(smap[s].publisher for s in e.sources) for e in events},
    )


def timeline_figure(content: Content, lang: str, frame: pd.DataFrame) -> go.Figure:
    lanes = [(et.id, et.label(lang), et.colour) for et in content.overview.event_types]
    return timeline.timeline(frame, lanes, text.month_names(lang))


def timeline_view(
    content: Content, lang: str, types: Collection[str] | None = None
) -> tuple[go.Figure | None, str, pd.DataFrame]:
    """The overview's timeline for the chosen event types: figure (None when no event is left),
    caption, and the events as a readable table."""
    frame = timeline_frame(content, lang, types)
    if frame.empty:
        return None, "", frame
    types_ = {et.id: et.label(lang) for et in content.overview.event_types}
    statuses = {s.id: s.label(lang) for s in content.method.statuses}
    cols = ["when", "type", "title", "status", "sources"]
    table = frame.assign(type=frame["type"].map(types_), status=frame["status"].map(statuses))[cols]
    table.columns = [content.ui(f"overview.col.{c}")(lang) for c in cols]
    caption = content.ui("overview.timeline_caption")(lang).format(n=len(frame))
    return timeline_figure(content, lang, frame), caption, table


def overview_timeline(content: Content, lang: str) -> tuple[go.Figure, str]:
    fig, caption, _ = timeline_view(content, lang)
    return fig, caption


# ---- promises

