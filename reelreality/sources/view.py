from __future__ import annotations

import pandas as pd

from reelreality.content import Content
from reelreality.sources import logic

SOURCE_COLUMNS = ["publisher", "title", "published", "accessed", "language", "tier", "url", "note"]


def sources_view(
    content: Content, lang: str, query: str = "", tiers: list[str] | None = None, languages: list[str] | None = None
) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """The bibliography filtered by a free-text query, tiers and languages: the rows to show (language
    names in `lang`), the same rows with their ids for the CSV, and the number of sources in all."""
    tier_labels = {t.id: t.label(lang) for t in content.method.tiers}
    frame = logic.sources_frame(content.sources.sources, tier_labels, lang)
    shown = logic.filter_sources(frame, query=query, tiers=tiers, languages=languages)
    names = {code: content.ui(f"language.{code}")(lang) for code in frame["language"].unique()}
    table = shown[SOURCE_COLUMNS].assign(language=shown["language"].map(names))
    return table, shown[["id", *SOURCE_COLUMNS]], len(frame)



