"""The report card and the list: counts per rating, the verdict, filters, choices and the line-vs-reality items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

import pandas as pd

from reelreality.core.models import Quote, Statement
from reelreality.core.scale import ScaleFile
from reelreality.promises.model import Promise, PromisesFile
from reelreality.text import Phrases

ALL = "all"
"""The selection value meaning "no single promise selected"."""


def counts(promises: Iterable[Promise], scale: ScaleFile) -> dict[str, int]:
    """Number of promises per rating, in the scale's order, zeros included."""
    result = {s.id: 0 for s in scale.statuses}
    for p in promises:
        result[p.rating] += 1
    return result


def verdict(tally: dict[str, int], phrases: Phrases) -> str:
    """One sentence that reads the report card: how many promises, how many kept, the rest by rating."""
    total = sum(tally.values())
    if total == 0:
        return phrases("promises.verdict.empty")
    kept = tally.get("kept", 0)
    others = sorted(
        ((sid, n) for sid, n in tally.items() if sid != "kept" and n > 0),
        key=lambda item: -item[1],  # stable sort: ties keep the scale's order
    )
    if kept == 0:
        key = "promises.verdict.none_kept"
    elif kept == total:
        key = "promises.verdict.all_kept"
    else:
        key = "promises.verdict.some_kept"
    return phrases(
        key,
        total=phrases.plural("promises.total", total),
        kept=phrases.plural("promises.count.kept", kept),
        breakdown=phrases.join([phrases.plural(f"promises.count.{sid}", n) for sid, n in others]),
    )


def seed_only_note(promises: Sequence[Promise], phrases: Phrases) -> str:
    """A sentence saying how many promises only the source article reports, or '' if none."""
    n = sum(p.status == "seed-only" for p in promises)
    return phrases.plural("promises.seed_note", n) if n else ""


def count_frame(tally: dict[str, int], scale: ScaleFile, lang: str) -> pd.DataFrame:
    """Report-card rows in the scale's order: rating id, label, group, description, colour, count."""
    return pd.DataFrame(
        [
            {
                "rating": s.id,
                "label": s.label(lang),
                "group": s.group,
                "description": s.description(lang),
                "colour": s.colour,
                "count": tally.get(s.id, 0),
            }
            for s in scale.statuses
        ],
        columns=["rating", "label", "group", "description", "colour", "count"],
    )


def latest_date(promises: Iterable[Promise]) -> dt.date | None:
    """The latest dated item: a promise or a history entry."""
    dates = [d for p in promises for d in [p.date, *(h.date for h in p.history)]]
    return max(dates) if dates else None


def report_caption(promises: Sequence[Promise], phrases: Phrases) -> str:
    """The report card's caption: what it counts, as of the latest dated evidence."""
    latest = latest_date(promises)
    return phrases("promises.report_caption", date=phrases.date(latest)) if latest else ""


def claimants(promises: Iterable[Promise]) -> list[str]:
    """The people (or companies) who made promises, in order of first appearance."""
    return list(dict.fromkeys(p.claimant.person for p in promises))


def titles(promises: Sequence[Promise], phrases: Phrases) -> dict[str, str]:
    """Choices for "open one promise": 'all' first, then each promise's id -> title."""
    return {ALL: phrases("promises.all")} | {p.id: p.title(phrases.lang) for p in promises}


def select(
    promises: Sequence[Promise],
    *,
    ratings: Iterable[str] | None = None,
    people: Iterable[str] | None = None,
    selected: str | None = ALL,
) -> list[Promise]:
    """The promises to show: the selected one if its id is known, else those matching the filters.

    An empty or None filter means "no restriction"; an unknown selected id falls back to the list."""
    chosen = next((p for p in promises if p.id == selected), None)
    if chosen is not None:
        return [chosen]
    ratings, people = set(ratings or ()), set(people or ())
    return [p for p in promises if (not ratings or p.rating in ratings) and (not people or p.claimant.person in people)]


def shown_caption(shown: Sequence[Promise], total: int, selected: str | None, phrases: Phrases) -> str:
    """Says how much of the list is shown, or that one promise is open in detail."""
    if selected not in (None, ALL) and len(shown) == 1 and shown[0].id == selected:
        return phrases("promises.one_shown")
    return phrases.plural("promises.shown", len(shown), total=total)


def line_items(pf: PromisesFile, side: str, shared_quotes: Iterable[Quote] = ()) -> list[Quote | Statement]:
    """The quotes and reports on one side of "official line vs reported reality", in content order.

    `shared_quotes`: quotes kept elsewhere (overview.yaml) that the line may cite by id."""
    known: dict[str, Quote | Statement] = {q.id: q for q in shared_quotes}
    known |= {q.id: q for q in pf.quotes} | {r.id: r for r in pf.reports}
    return [known[ref] for ref in getattr(pf.line_vs_reality, side)]
