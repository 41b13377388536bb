"""The bibliography as a table, and the reader's filters over it."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from reelreality.core.models import Source


def sources_frame(sources: Iterable[Source], tier_labels: dict[str, str], lang: str) -> pd.DataFrame:
    """The bibliography as a DataFrame, one row per source."""
    rows = [
        {
            "id": s.id,
            "publisher": s.publisher,
            "title": s.shown_title(lang),
            "published": pd.NaT if s.published == "unknown" else pd.Timestamp(s.published),
            "accessed": pd.Timestamp(s.accessed),
            "read": s.read,
            "language": s.language,
            "tier": tier_labels[s.tier],
            "tier_id": s.tier,
            "url": s.url or "",
            "note": s.note(lang) if s.note else "",
        }
        for s in sources
    ]
    return pd.DataFrame(rows)


def filter_sources(
    frame: pd.DataFrame,
    *,
    query: str = "",
    tiers: Iterable[str] | None = None,
    languages: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Rows matching a free-text query (publisher, title, note, id) and the chosen tiers and languages."""
    mask = pd.Series(True, index=frame.index)
    if tiers is not None:
        mask &= frame["tier_id"].isin(list(tiers))
    if languages is not None:
        mask &= frame["language"].isin(list(languages))
    query = query.strip().lower()
    if query:
        haystack = (frame["publisher"] + " " + frame["title"] + " " + frame["note"] + " " + frame["id"]).str.lower()
        for word in query.split():
            mask &= haystack.str.contains(word, regex=False)
    return frame[mask]
