"""The table behind the data-scale chart (one row per bar) and its numbers in words."""

from __future__ import annotations

import math
from collections.abc import Iterable

import pandas as pd

from reelreality.obstacles.datascale import (
    Controls,
    Range,
    catalog_hours,
    implied_episode_minutes,
    ratio,
    round_sig,
    row_hours,
    usable_hours,
)
from reelreality.obstacles.model import DataScaleFile
from reelreality.text import Phrases

THIS_CATALOG, THIS_USABLE = "this-catalog", "this-usable"
COLUMNS = [
    "id",
    "name",
    "short",
    "type",
    "low",
    "high",
    "at_least",
    "basis",
    "status",
    "what",
    "assumption",
    "versus",
    "ratio_low",
    "ratio_high",
    "sources",
    "highlight",
]


def scale_frame(data: DataScaleFile, c: Controls, phrases: Phrases, source_names: dict[str, str]) -> pd.DataFrame:
    """One row per bar: this catalog (and its usable part), then every content row with its hours.

    The usable part is shown only below 100%. `versus` says what a row is compared with: filtered
    training sets with the usable part (both are after curation), everything else with the whole
    catalog. Undisclosed rows keep empty hours."""
    lang = phrases.lang
    cat = data.catalog
    whole, usable = catalog_hours(cat.titles, c), usable_hours(cat.titles, c)
    names = lambda ids: "; ".join(source_names[i] for i in ids)  # noqa: E731
    rows = [
        {
            "id": cat.id,
            "name": cat.name(lang),
            "short": cat.name(lang),
            "type": THIS_CATALOG,
            "low": whole.low,
            "high": whole.high,
            "at_least": True,
            "basis": "estimated",
            "status": cat.status,
            "what": cat.what(lang),
            "assumption": "",
            "versus": "",
            "ratio_low": 1.0,
            "ratio_high": 1.0,
            "sources": names(cat.sources),
            "highlight": False,
        }
    ]
    if c.usable_share.low < 1:
        label = phrases("obstacles.ds.usable_row", name=cat.name(lang))
        rows.append(
            {
                **rows[0],
                "id": f"{cat.id}-usable",
                "name": label,
                "short": label,
                "type": THIS_USABLE,
                "low": usable.low,
                "high": usable.high,
            }
        )
    for row in data.rows:
        hours = row_hours(row, c)
        versus = "usable" if row.type == "filtered" else "catalog"
        times = ratio(hours, usable if versus == "usable" else whole) if hours else None
        rows.append(
            {
                "id": row.id,
                "name": row.name(lang),
                "short": row.short,
                "type": row.type,
                "low": hours.low if hours else math.nan,
                "high": hours.high if hours else math.nan,
                "at_least": row.at_least,
                "basis": row.basis or "",
                "status": row.status,
                "what": row.what(lang),
                "assumption": row.assumption(lang) if row.assumption else "",
                "versus": versus if hours else "",
                "ratio_low": times.low if times else math.nan,
                "ratio_high": times.high if times else math.nan,
                "sources": names(row.sources),
                "highlight": row.highlight,
            }
        )
    return pd.DataFrame(rows, columns=COLUMNS)


# ---------------------------------------------------------------- numbers in words


def number_text(x: float, phrases: Phrases, sig: int | None = 2) -> str:
    """A number in the reader's language: 7,300 / 7 300; 1.9 million / 1,9 million.

    `sig` significant figures for estimates; None keeps a stated figure as it is (to the unit)."""
    x = round_sig(x, sig) if sig else x
    if abs(x) >= 1e6:
        value = round_sig(x / 1e6, sig) if sig else round(x / 1e6, 3)
        # The word agrees with the value by CLDR's rule: '1,9 million' but '2 millions' in French.
        return phrases.plural("obstacles.ds.million", value, value=phrases.number(value))
    if abs(x) >= 10 or x == int(x):
        return phrases.number(round(x), 0)
    return phrases.number(x)


def range_text(r: Range, phrases: Phrases, *, sig: int | None = 2, at_least: bool = False) -> str:
    """'7,300–37,000' (or one number when both ends round alike); '+' marks a lower bound."""
    low, high = number_text(r.low, phrases, sig), number_text(r.high, phrases, sig)
    text = low if low == high else f"{low}–{high}"
    return text + ("+" if at_least and low == high else "")


def ratio_text(r: Range, phrases: Phrases) -> str:
    """'≈ 950–4,800×' (ranges), '≈ 4×' (when both ends round alike)."""
    return f"≈ {range_text(r, phrases)}×"


def percent_text(share: Range, phrases: Phrases) -> str:
    """A share (fractions) as a percentage: '40%', or '20%–50%' for a range."""
    low, high = phrases.percent(share.low), phrases.percent(share.high)
    return low if low == high else f"{low}–{high}"


def comparisons(frame: pd.DataFrame, phrases: Phrases) -> list[str]:
    """A sentence for each highlighted row: '{name}'s raw pool is ≈ N× this catalog'."""
    return [
        phrases(
            f"obstacles.cmp.{row.type}", name=row.short, ratio=ratio_text(Range(row.ratio_low, row.ratio_high), phrases)
        )
        for row in frame[frame["highlight"] & frame["ratio_low"].notna()].itertuples()
    ]


def calibration_check(data: DataScaleFile, c: Controls, phrases: Phrases) -> str:
    """The runtimes checked against a library that states hours, films and episodes (datascale.yaml `calibration`)."""
    cal = next(r for r in data.rows if r.id == data.calibration)
    episode = implied_episode_minutes(cal.hours.high, cal.counts.films, cal.counts.episodes, c.feature_minutes)
    return phrases(
        "obstacles.ds.check",
        name=cal.short,
        hours=number_text(cal.hours.high, phrases, sig=None),
        films=number_text(cal.counts.films, phrases, sig=None),
        episodes=number_text(cal.counts.episodes, phrases, sig=None),
        feat=range_text(c.feature_minutes, phrases, sig=None),
        ep=range_text(episode, phrases),
    )


def undisclosed(frame: pd.DataFrame) -> list[str]:
    """Names of the models whose training data size is not disclosed."""
    return list(frame.loc[frame["type"] == "undisclosed", "name"])


def largest(frame: pd.DataFrame, types: Iterable[str]) -> pd.Series:
    """The row with the most hours among the given types."""
    subset = frame[frame["type"].isin(list(types))]
    return subset.loc[subset["high"].idxmax()]
