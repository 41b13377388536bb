"""The readable tables behind the obstacles charts (shown in the "table" expanders and downloaded as CSV)."""

from __future__ import annotations

import pandas as pd

from reelreality.obstacles.datascale import Range
from reelreality.obstacles.scaleframe import ratio_text
from reelreality.text import Phrases


def register_table(frame: pd.DataFrame, phrases: Phrases, statuses: dict[str, str]) -> pd.DataFrame:
    """The ranked register (risks.register_frame) with the columns a reader needs, named in their language."""
    cols = ["number", "title", "category_label", "likelihood", "impact", "score", "band_label", "status"]
    names = ["number", "title", "category", "likelihood", "impact", "score", "band", "status"]
    table = frame[cols].assign(status=frame["status"].map(statuses))
    return table.set_axis([phrases(f"obstacles.col.{n}") for n in names], axis=1)


def quality_table(frame: pd.DataFrame, phrases: Phrases) -> pd.DataFrame:
    """The quality matrix: need, delivery and the editorial gap ('4/5 · Wide') per dimension."""
    columns = ["name", "needs", "delivered", "gap", "status"]
    gaps = [f"{g}/5 · {label}" for g, label in zip(frame["gap"], frame["gap_label"], strict=True)]
    return frame.assign(gap=gaps)[columns].set_axis([phrases(f"obstacles.q.col.{c}") for c in columns], axis=1)


def scale_table(
    frame: pd.DataFrame, phrases: Phrases, types: dict[str, str], basis: dict[str, str], statuses: dict[str, str]
) -> pd.DataFrame:
    """Every bar of the data-scale chart with its hours, basis, ratio to this catalog, what it counts and sources.

    frame: scaleframe.scale_frame plus `hours_text`; types and basis: their labels."""
    col = lambda name: phrases(f"obstacles.ds.col.{name}")  # noqa: E731
    return pd.DataFrame(
        {
            col("name"): frame["name"],
            col("type"): frame["type"].map(types),
            col("hours"): frame["hours_text"],
            col("low"): frame["low"].round().astype("Int64"),
            col("high"): frame["high"].round().astype("Int64"),
            col("basis"): frame["basis"].map(basis),
            col("ratio"): [
                ""
                if pd.isna(r.ratio_low) or r.type.startswith("this-")
                else ratio_text(Range(r.ratio_low, r.ratio_high), phrases)
                for r in frame.itertuples()
            ],
            col("what"): frame["what"],
            col("assumption"): frame["assumption"],
            col("status"): frame["status"].map(lambda s: statuses.get(s, s)),
            col("sources"): frame["sources"],
        }
    )
