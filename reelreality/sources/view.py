"""What the Sources & method page shows: the bibliography, filtered, with its CSV and language names."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from reelreality.content import Content
from reelreality.sources import logic

SOURCE_COLUMNS = ["publisher", "title", "published", "accessed", "read", "language", "tier", "url", "note"]


@dataclass(frozen=True)
class SourcesView:
    """The rows to show (language names in the viewer's language), the same rows with ids for the CSV,
    and the number of sources in all."""

    table: pd.DataFrame
    csv: pd.DataFrame
    total: int


def language_labels(content: Content, lang: str) -> dict[str, str]:
    """Language code -> its name in `lang`, for every language a source is written in, sorted by code."""
    phrases = content.phrases(lang)
    return {code: phrases(f"language.{code}") for code in sorted({s.language for s in content.sources.sources})}


def sources_view(
    content: Content, lang: str, query: str = "", tiers: list[str] | None = None, languages: list[str] | None = None
) -> SourcesView:
    """The bibliography filtered by a free-text query, tiers and languages."""
    tier_labels = {t.id: t.label(lang) for t in content.method.tiers}
    frame = logic.sources_frame(content.sources.sources, tier_labels, lang)
    shown = logic.filter_sources(frame, query=query, tiers=tiers, languages=languages)
    table = shown[SOURCE_COLUMNS].assign(language=shown["language"].map(language_labels(content, lang)))
    return SourcesView(table, shown[["id", *SOURCE_COLUMNS]], len(frame))
