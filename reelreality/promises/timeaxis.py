"""The time axis: when promises were made, when setbacks were reported, each promise's rating over time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from reelreality.promises.logic import latest_date
from reelreality.promises.model import Promise
from reelreality.promises.tables import Labels
from reelreality.text import Phrases

SETBACKS = ("stalled", "broken")
"""Ratings that count as a reported setback on the time axis."""

AS_OF_PAD = dt.timedelta(days=30)
"""How far the last stretch of each bar runs past the latest dated item, so a rating set that day shows."""


@dataclass(frozen=True)
class Gap:
    """What the time axis shows: when promises started, when the first setback was reported, the latest item."""

    n_promises: int
    n_evidence: int
    first: dt.date
    latest: dt.date
    setback: dt.date | None
    months: int | None


def months_between(start: dt.date, end: dt.date) -> int:
    """Whole calendar months from start to end (18 Sep 2024 → 23 Sep 2025 is 12)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - 1 if end.day < start.day else months


def gap(promises: Sequence[Promise]) -> Gap | None:
    """Summary of the gap between the first promise and the first reported setback, or None if no promise."""
    if not promises:
        return None
    first = min(p.date for p in promises)
    setbacks = [h.date for p in promises for h in p.history if h.rating in SETBACKS]
    setback = min(setbacks) if setbacks else None
    return Gap(
        n_promises=len(promises),
        n_evidence=sum(len(p.history) for p in promises),
        first=first,
        latest=latest_date(promises),
        setback=setback,
        months=months_between(first, setback) if setback else None,
    )


def gap_caption(summary: Gap | None, phrases: Phrases) -> str:
    """The time-axis caption, computed from the data."""
    if summary is None:
        return ""
    fill = {
        "promises": phrases.plural("promises.total_plain", summary.n_promises),
        "evidence": phrases.plural("promises.n_evidence", summary.n_evidence),
        "first": phrases.date(summary.first),
        "latest": phrases.date(summary.latest),
    }
    if summary.setback is None:
        return phrases("promises.gap_caption_no_setback", **fill)
    months = phrases.plural("promises.months", summary.months)
    return phrases("promises.gap_caption", setback=phrases.date(summary.setback), months=months, **fill)


def spans(promises: Sequence[Promise], end: dt.date, lang: str) -> pd.DataFrame:
    """One row per stretch of time a promise spent at one rating: from the promise (or an entry) to the next.

    Before its first history entry a promise is shown as not yet rated; the last stretch runs to `end`."""
    rows = []
    for p in promises:
        steps = [(p.date, "not-yet-rated")] + [(h.date, h.rating) for h in p.history]
        for (start, rating), nxt in zip(steps, [*steps[1:], (end, None)], strict=True):
            if nxt[0] > start or (nxt[1] is None and start == end):
                rows.append(
                    {"id": p.id, "lane": p.title(lang), "start": start, "end": max(nxt[0], start), "rating": rating}
                )
    return pd.DataFrame(rows, columns=["id", "lane", "start", "end", "rating"])


def points(promises: Sequence[Promise], phrases: Phrases, labels: Labels) -> pd.DataFrame:
    """One row per dated item on the time axis: the promise itself, then each piece of evidence."""
    lang = phrases.lang
    rows = []
    for p in promises:
        wording = p.wording.original if p.wording.original_language == lang else p.wording.translation
        rows.append(
            {
                "id": p.id,
                "lane": p.title(lang),
                "kind": "promise",
                "date": p.date,
                "when": phrases.date(p.date, p.date_precision),
                "rating": "",
                "text": wording,
                "sources": labels.sources(p.sources),
            }
        )
        rows += [
            {
                "id": p.id,
                "lane": p.title(lang),
                "kind": "evidence",
                "date": h.date,
                "when": phrases.date(h.date, h.date_precision),
                "rating": labels.ratings[h.rating],
                "text": h.finding(lang),
                "sources": labels.sources(h.sources),
            }
            for h in p.history
        ]
    return pd.DataFrame(rows, columns=["id", "lane", "kind", "date", "when", "rating", "text", "sources"])
