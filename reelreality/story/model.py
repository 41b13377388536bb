"""The overview file (content/overview.yaml): headline, key figures, timeline events, quotes, corrections."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import (
    Field,
)

from reelreality.core.models import (
    EventType,
    NonEmpty,
    Quote,
    Slug,
    Sourced,
    SourceId,
    Statement,
    Strict,
    Text,
)


class Correction(Strict):
    id: Slug
    seed_says: NonEmpty = Field(description="What the seed article says, verbatim.")
    correct: Text
    sources: list[SourceId] = Field(min_length=1)


class KeyFigure(Sourced):
    id: Slug
    value: Text
    label: Text
    detail: Text


class TimelineEvent(Sourced):
    id: Slug
    date: dt.date
    date_precision: Literal["day", "month"] = "day"
    type: Slug
    title: Text
    detail: Text
    highlight: bool = Field(default=False, description="Label this event on the chart itself.")


class OverviewFile(Strict):
    headline: Text
    lede: Statement
    key_figures: list[KeyFigure] = Field(min_length=3, max_length=5)
    event_types: list[EventType] = Field(min_length=1)
    events: list[TimelineEvent] = Field(min_length=1)
    quotes: list[Quote] = Field(default_factory=list)
    corrections: list[Correction] = Field(default_factory=list)
    takeaways: list[Statement] = Field(default_factory=list)
    reporting_cutoff: Statement = Field(
        description="Up to when the reporting was read, and that nothing later was found: the story is not over."
    )
