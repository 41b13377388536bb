"""What the overview shows: the story's timeline, filtered by event type, with its caption and table."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from reelreality import text, timeline
from reelreality.content import Content
from reelreality.style import Chart

TABLE_COLUMNS = ["when", "type", "title", "detail", "status", "sources"]


@dataclass(frozen=True)
class TimelineView:
    """The timeline for the chosen event types; `figure` is None when no event is left."""

    figure: go.Figure | None
    caption: str
    table: pd.DataFrame


def timeline_frame(content: Content, lang: str, types: Collection[str] | None = None) -> pd.DataFrame:
    """The overview's events (optionally only some types) as the rows the timeline chart takes."""
    smap = content.source_map
    events = [e for e in content.overview.events if types is None or e.type in types]
    return timeline.events_frame(
        events,
        lang,
        when={e.id: text.format_date(e.date, lang, e.date_precision) for e in events},
        sources={e.id: "; ".join(smap[s].publisher for s in e.sources) for e in events},
    )


def timeline_view(content: Content, lang: str, types: Collection[str] | None = None) -> TimelineView:
    """The overview's timeline for the chosen event types, its caption and the events as a readable table."""
    frame = timeline_frame(content, lang, types)
    if frame.empty:
        return TimelineView(None, "", frame)
    phrases = content.phrases(lang)
    type_labels = {et.id: et.label(lang) for et in content.overview.event_types}
    statuses = content.method.status_labels(lang)
    table = frame.assign(type=frame["type"].map(type_labels), status=frame["status"].map(statuses))[TABLE_COLUMNS]
    table.columns = [phrases(f"overview.col.{c}") for c in TABLE_COLUMNS]
    lanes = [(et.id, et.label(lang), et.colour) for et in content.overview.event_types]
    figure = timeline.timeline(frame, lanes, text.month_names(lang))
    return TimelineView(figure, phrases("overview.timeline_caption", n=len(frame)), table)


def overview_timeline(content: Content, lang: str) -> Chart:
    """Slide figure: the whole timeline and its caption."""
    view = timeline_view(content, lang)
    return Chart(view.figure, view.caption)
