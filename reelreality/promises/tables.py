"""The promises and their rating steps as tables (what the page shows under "Show the data" and as CSV)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from reelreality.promises.model import Promise
from reelreality.text import Phrases


@dataclass(frozen=True)
class Labels:
    """Names the tables and hover boxes show for ids: ratings, verification statuses, source publishers."""

    ratings: Mapping[str, str]
    statuses: Mapping[str, str]
    publishers: Mapping[str, str]

    def sources(self, ids: Sequence[str]) -> str:
        """The publishers of the cited sources, in citation order."""
        return "; ".join(self.publishers[i] for i in ids)


def promise_frame(promises: Sequence[Promise], phrases: Phrases, labels: Labels) -> pd.DataFrame:
    """One row per promise: the report card's data."""
    lang = phrases.lang
    return pd.DataFrame(
        [
            {
                "promise": p.title(lang),
                "who": p.claimant.person,
                "date": phrases.date(p.date, p.date_precision),
                "rating": labels.ratings[p.rating],
                "measure": p.measure(lang),
                "verification": labels.statuses[p.status],
                "sources": labels.sources(p.sources),
            }
            for p in promises
        ],
        columns=["promise", "who", "date", "rating", "measure", "verification", "sources"],
    )


def history_frame(promises: Sequence[Promise], phrases: Phrases, labels: Labels) -> pd.DataFrame:
    """Every rating step of every promise, for the table and its CSV."""
    lang = phrases.lang
    return pd.DataFrame(
        [
            {
                "promise": p.title(lang),
                "who": p.claimant.person,
                "date": phrases.date(h.date, h.date_precision),
                "rating": labels.ratings[h.rating],
                "finding": h.finding(lang),
                "rationale": h.rationale(lang),
                "verification": labels.statuses[h.status],
                "sources": labels.sources(h.sources),
            }
            for p in promises
            for h in p.history
        ],
        columns=["promise", "who", "date", "rating", "finding", "rationale", "verification", "sources"],
    )
