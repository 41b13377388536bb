from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from reelreality.story.model import TimelineEvent


def events_frame(events: Iterable[TimelineEvent], lang: str, when: dict[str, str], sources: dict[str, str]) -> pd.DataFrame:
    """Timeline events as rows: date, type, title, formatted date, source names, highlight."""
    return pd.DataFrame(
        [
            {
                "id": e.id,
                "date": e.date,
                "type": e.type,
                "title": e.title(lang),
                "detail": e.detail(lang),
                "when": when[e.id],
                "sources": sources[e.id],
                "status": e.status,
                "highlight": e.highlight,
            }
            for e in events
        ],
        columns=["id", "date", "type", "title", "detail", "when", "sources", "status", "highlight"],
    )

