"""Data-scale arithmetic: a catalog's hours from runtimes and counts, and how many times one library fits in another.

Every estimate is a `Range` (low, high) so the uncertainty travels with the number; shares are
fractions (0–1) here and percentages only on the sliders.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reelreality.obstacles.model import DataScaleControls, ScaleRow

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


def round_sig(x: float, sig: int = 2) -> float:
    """Round to `sig` significant figures (0 stays 0): estimates never show more precision than they have."""
    if x == 0 or not math.isfinite(x):
        return x
    return round(x, sig - 1 - math.floor(math.log10(abs(x))))
