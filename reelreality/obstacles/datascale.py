"""Data-scale explorer: a catalog's hours from runtimes, and how it compares with video training sets.

Pure functions, no streamlit. Every estimate is a `Range` (low, high) so the uncertainty travels
with the number; shares are fractions (0–1) here and percentages only on the sliders.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from reelreality.obstacles.model import DataScaleControls, DataScaleFile, ScaleRow

MINUTES_PER_HOUR = 60


@dataclass(frozen=True)
class Range:
    low: float
    high: float

    def __post_init__(self) -> None:
        if self.low > self.high:
            raise ValueError(f"range inverted: {self.low} > {self.high}")

    @classmethod
    def of(cls, value: float | Sequence[float]) -> Range:
        """A range from a slider value: one number, or a (low, high) pair."""
        values = [value] if isinstance(value, int | float) else list(value)
        if len(values) not in (1, 2):
            raise ValueError(f"expected one or two values, got {values}")
        return cls(float(values[0]), float(values[-1]))

    def times(self, other: Range) -> Range:
        """Product of two non-negative ranges."""
        return Range(self.low * other.low, self.high * other.high)


@dataclass(frozen=True)
class Controls:
    """The explorer's assumptions: runtimes in minutes, shares as fractions."""

    feature_minutes: Range
    episode_minutes: Range
    episode_share: Range
    usable_share: Range

    @classmethod
    def from_sliders(cls, feature, episode, episode_pct, usable_pct) -> Controls:
        """Build controls from slider values (shares in percent)."""
        share, usable = Range.of(episode_pct), Range.of(usable_pct)
        return cls(
            Range.of(feature),
            Range.of(episode),
            Range(share.low / 100, share.high / 100),
            Range(usable.low / 100, usable.high / 100),
        )

    @classmethod
    def defaults(cls, controls: DataScaleControls) -> Controls:
        """The controls at the defaults written in content/datascale.yaml."""
        return cls.from_sliders(
            controls.feature_minutes.default,
            controls.episode_minutes.default,
            controls.episode_share.default,
            controls.usable_share.default,
        )


def catalog_hours(titles: int, c: Controls) -> Range:
    """Hours of a catalog counted in titles, before rights and curation.

    Each title is a feature (share 1 - s) or an episode (share s). The mean runtime is linear in s,
    so its extremes sit at the ends of the share range: take the smallest and the largest."""
    shares = (c.episode_share.low, c.episode_share.high)
    low = min((1 - s) * c.feature_minutes.low + s * c.episode_minutes.low for s in shares)
    high = max((1 - s) * c.feature_minutes.high + s * c.episode_minutes.high for s in shares)
    return Range(titles * low / MINUTES_PER_HOUR, titles * high / MINUTES_PER_HOUR)


def usable_hours(titles: int, c: Controls) -> Range:
    """Hours left for training once rights and curation have taken their share."""
    return catalog_hours(titles, c).times(c.usable_share)


def counts_hours(films: int, episodes: int, c: Controls) -> Range:
    """Hours of a library that states its films and episodes separately."""
    f, e = c.feature_minutes, c.episode_minutes
    return Range(
        (films * f.low + episodes * e.low) / MINUTES_PER_HOUR,
        (films * f.high + episodes * e.high) / MINUTES_PER_HOUR,
    )


def row_hours(row: ScaleRow, c: Controls) -> Range | None:
    """A row's hours: as stated or estimated in content, or from its counts; None if undisclosed."""
    if row.hours is not None:
        return Range(row.hours.low, row.hours.high)
    if row.counts is not None:
        return counts_hours(row.counts.films, row.counts.episodes, c)
    return None


def ratio(numerator: Range, denominator: Range) -> Range:
    """How many times `denominator` fits in `numerator`, as a range (widest reading)."""
    return Range(numerator.low / denominator.high, numerator.high / denominator.low)


def implied_episode_minutes(hours: float, films: int, episodes: int, feature_minutes: Range) -> Range:
    """Mean episode length implied by a library that states hours, films and episodes.

    Longer films leave fewer hours for the episodes, hence high film runtime -> low episode runtime."""
    left_low = hours - films * feature_minutes.high / MINUTES_PER_HOUR
    left_high = hours - films * feature_minutes.low / MINUTES_PER_HOUR
    return Range(left_low * MINUTES_PER_HOUR / episodes, left_high * MINUTES_PER_HOUR / episodes)


# ---------------------------------------------------------------- the table behind the chart

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


def scale_frame(
    data: DataScaleFile,
    c: Controls,
    lang: str,
    source_names: dict[str, str],
    usable_name: str = "{name}: usable part",
) -> pd.DataFrame:
    """One row per bar: this catalog (and its usable part), then every content row with its hours.

    `usable_name` labels the usable part ({name} = the catalog's name); it is shown only below 100%.
    `versus` says what a row is compared with: filtered training sets with the usable part (both are
    after curation), everything else with the whole catalog. Undisclosed rows keep empty hours."""
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
        label = usable_name.format(name=cat.name(lang))
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

_SEP = {"en": (",", "."), "fr": ("\u202f", ",")}  # thousands, decimal: French uses a narrow no-break space


def round_sig(x: float, sig: int = 2) -> float:
    """Round to `sig` significant figures (0 stays 0)."""
    if x == 0 or not math.isfinite(x):
        return x
    return round(x, sig - 1 - math.floor(math.log10(abs(x))))


def format_number(x: float, lang: str, sig: int | None = 2) -> str:
    """A number in the reader's language: 7,300 / 7 300; 1.9 million / 1,9 million.

    `sig` significant figures for estimates; None keeps a stated figure as it is (to the unit)."""
    thousands, decimal = _SEP[lang]
    x = round_sig(x, sig) if sig else x
    if abs(x) >= 1e6:
        value = round_sig(x / 1e6, sig) if sig else round(x / 1e6, 3)
        text = f"{value:g}".replace(".", decimal)
        word = "millions" if lang == "fr" and value >= 2 else "million"
        return f"{text} {word}"
    if abs(x) >= 10 or x == int(x):
        return f"{int(round(x)):,}".replace(",", thousands)
    return f"{x:g}".replace(".", decimal)


def format_range(r: Range, lang: str, *, sig: int | None = 2, at_least: bool = False) -> str:
    """'7,300–37,000' (or one number when both ends round alike); '+' marks a lower bound."""
    low, high = format_number(r.low, lang, sig), format_number(r.high, lang, sig)
    text = low if low == high else f"{low}–{high}"
    return text + ("+" if at_least and low == high else "")


def format_ratio(r: Range, lang: str) -> str:
    """'≈ 950–4,800×' (ranges), '≈ 4×' (when both ends round alike)."""
    return f"≈ {format_range(r, lang)}×"


def comparisons(frame: pd.DataFrame, lang: str, templates: dict[str, str]) -> list[str]:
    """A sentence for each highlighted row: '{name}: raw pool ≈ N× this catalog'.

    `templates` maps a row type to a format string with {name} and {ratio}."""
    out = []
    for row in frame[frame["highlight"] & frame["ratio_low"].notna()].itertuples():
        text = format_ratio(Range(row.ratio_low, row.ratio_high), lang)
        out.append(templates[row.type].format(name=row.short, ratio=text))
    return out


def undisclosed(frame: pd.DataFrame) -> list[str]:
    """Names of the models whose training data size is not disclosed."""
    return list(frame.loc[frame["type"] == "undisclosed", "name"])


def largest(frame: pd.DataFrame, types: Iterable[str]) -> pd.Series:
    """The row with the most hours among the given types."""
    subset = frame[frame["type"].isin(list(types))]
    return subset.loc[subset["high"].idxmax()]
