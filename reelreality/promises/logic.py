from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from reelreality.content import Content
from reelreality.core.models import Quote, Statement
from reelreality.core.scale import ScaleFile
from reelreality.promises.model import Promise, PromisesFile
from reelreality.story.model import OverviewFile

ALL = "all"
"""The selection value meaning "no single promise selected"."""

SETBACKS = ("stalled", "broken")
"""Ratings that count as a reported setback on the time axis."""

AS_OF_PAD = dt.timedelta(days=30)
"""How far the last stretch of each bar runs past the latest dated item, so a rating set that day shows."""

Phrase = Callable[[str], str]
"""Looks up a UI template by key in the viewer's language (e.g. `lambda k: content.ui(k)(lang)`)."""


def plural(template: str, n: int, lang: str, **fill: object) -> str:
    """Pick the singular or plural half of "one|many" and fill {n}. French uses the singular for 0 and 1."""
    one, _, many = template.partition("|")
    many = many or one
    singular = n < 2 if lang == "fr" else n == 1
    return (one if singular else many).format(n=n, **fill)


def join(parts: Sequence[str], and_word: str) -> str:
    """'a', 'a and b', 'a, b and c' with the language's word for "and"."""
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} {and_word.strip()} {parts[-1]}"


def counts(promises: Iterable[Promise], scale: ScaleFile) -> dict[str, int]:
    """Number of promises per rating, in the scale's order, zeros included."""
    result = {s.id: 0 for s in scale.statuses}
    for p in promises:
        result[p.rating] += 1
    return result


def verdict(tally: dict[str, int], phrase: Phrase, lang: str) -> str:
    """One sentence that reads the report card: how many promises, how many kept, the rest by rating."""
    total = sum(tally.values())
    if total == 0:
        return phrase("promises.verdict.empty")
    kept = tally.get("kept", 0)
    others = sorted(
        ((sid, n) for sid, n in tally.items() if sid != "kept" and n > 0),
        key=lambda item: -item[1],  # stable sort: ties keep the scale's order
    )
    breakdown = join([plural(phrase(f"promises.count.{sid}"), n, lang) for sid, n in others], phrase("promises.and"))
    fill = {
        "total": plural(phrase("promises.total"), total, lang),
        "kept": plural(phrase("promises.count.kept"), kept, lang),
        "breakdown": breakdown,
    }
    if kept == 0:
        key = "promises.verdict.none_kept"
    elif kept == total:
        key = "promises.verdict.all_kept"
    else:
        key = "promises.verdict.some_kept"
    return phrase(key).format(**fill)


def seed_only_note(promises: Sequence[Promise], rd: Reader) -> str:
    """A sentence saying how many promises only the source article reports, or '' if none."""
    n = sum(p.status == "seed-only" for p in promises)
    return plural(rd.phrase("promises.seed_note"), n, rd.lang) if n else ""


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


def claimants(promises: Iterable[Promise]) -> list[str]:
    """The people (or companies) who made promises, in order of first appearance."""
    return list(dict.fromkeys(p.claimant.person for p in promises))


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


def latest_date(promises: Iterable[Promise]) -> dt.date | None:
    """The latest dated item: a promise or a history entry."""
    dates = [d for p in promises for d in [p.date, *(h.date for h in p.history)]]
    return max(dates) if dates else None


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


def gap_caption(summary: Gap | None, phrase: Phrase, lang: str, fmt: Callable[[dt.date], str]) -> str:
    """The time-axis caption, computed from the data."""
    if summary is None:
        return ""
    fill = {
        "promises": plural(phrase("promises.total_plain"), summary.n_promises, lang),
        "evidence": plural(phrase("promises.n_evidence"), summary.n_evidence, lang),
        "first": fmt(summary.first),
        "latest": fmt(summary.latest),
    }
    if summary.setback is None:
        return phrase("promises.gap_caption_no_setback").format(**fill)
    fill |= {"setback": fmt(summary.setback), "months": plural(phrase("promises.months"), summary.months, lang)}
    return phrase("promises.gap_caption").format(**fill)


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


@dataclass(frozen=True)
class Reader:
    """What the text-producing builders need to speak the viewer's language."""

    lang: str
    phrase: Phrase
    fmt: Callable[[dt.date, str], str]
    source_names: Callable[[Sequence[str]], str]
    ratings: dict[str, str]
    statuses: dict[str, str]


def reader_for(content: Content, lang: str) -> Reader:
    """A Reader from validated content: UI strings, month names, source publishers, rating labels."""
    smap = content.source_map
    return Reader(
        lang=lang,
        phrase=lambda key: content.ui(key)(lang),
        fmt=date_formatter(content.ui("date.months")(lang).split(","), lang),
        source_names=lambda ids: "; ".join(smap[i].publisher for i in ids),
        ratings={s.id: s.label(lang) for s in content.scale.statuses},
        statuses={s.id: s.label(lang) for s in content.method.statuses},
    )


def points(promises: Sequence[Promise], rd: Reader) -> pd.DataFrame:
    """One row per dated item on the time axis: the promise itself, then each piece of evidence."""
    rows = []
    for p in promises:
        wording = p.wording.original if p.wording.original_language == rd.lang else p.wording.translation
        rows.append(
            {
                "id": p.id,
                "lane": p.title(rd.lang),
                "kind": "promise",
                "date": p.date,
                "when": rd.fmt(p.date, p.date_precision),
                "rating": "",
                "text": wording,
                "sources": rd.source_names(p.sources),
            }
        )
        rows += [
            {
                "id": p.id,
                "lane": p.title(rd.lang),
                "kind": "evidence",
                "date": h.date,
                "when": rd.fmt(h.date, h.date_precision),
                "rating": rd.ratings[h.rating],
                "text": h.finding(rd.lang),
                "sources": rd.source_names(h.sources),
            }
            for h in p.history
        ]
    return pd.DataFrame(rows, columns=["id", "lane", "kind", "date", "when", "rating", "text", "sources"])


def history_frame(promises: Sequence[Promise], rd: Reader) -> pd.DataFrame:
    """Every rating step of every promise, for the table and its CSV."""
    return pd.DataFrame(
        [
            {
                "promise": p.title(rd.lang),
                "who": p.claimant.person,
                "date": rd.fmt(h.date, h.date_precision),
                "rating": rd.ratings[h.rating],
                "finding": h.finding(rd.lang),
                "rationale": h.rationale(rd.lang),
                "verification": rd.statuses[h.status],
                "sources": rd.source_names(h.sources),
            }
            for p in promises
            for h in p.history
        ],
        columns=["promise", "who", "date", "rating", "finding", "rationale", "verification", "sources"],
    )


def promise_frame(promises: Sequence[Promise], rd: Reader) -> pd.DataFrame:
    """One row per promise: the report card's data."""
    return pd.DataFrame(
        [
            {
                "promise": p.title(rd.lang),
                "who": p.claimant.person,
                "date": rd.fmt(p.date, p.date_precision),
                "rating": rd.ratings[p.rating],
                "measure": p.measure(rd.lang),
                "verification": rd.statuses[p.status],
                "sources": rd.source_names(p.sources),
            }
            for p in promises
        ],
        columns=["promise", "who", "date", "rating", "measure", "verification", "sources"],
    )


def titles(promises: Sequence[Promise], rd: Reader) -> dict[str, str]:
    """Choices for "open one promise": 'all' first, then each promise's id -> title."""
    return {ALL: rd.phrase("promises.all")} | {p.id: p.title(rd.lang) for p in promises}


def shown_caption(shown: Sequence[Promise], total: int, selected: str | None, rd: Reader) -> str:
    """Says how much of the list is shown, or that one promise is open in detail."""
    if selected not in (None, ALL) and len(shown) == 1 and shown[0].id == selected:
        return rd.phrase("promises.one_shown")
    return plural(rd.phrase("promises.shown"), len(shown), rd.lang, total=total)



def line_items(content_overview: OverviewFile, pf: PromisesFile, side: str) -> list[Quote | Statement]:
    """The quotes and reports on one side of "official line vs reported reality", in content order."""
    known: dict[str, Quote | Statement] = {q.id: q for q in content_overview.quotes}
    known |= {q.id: q for q in pf.quotes} | {r.id: r for r in pf.reports}
    return [known[ref] for ref in getattr(pf.line_vs_reality, side)]


def date_formatter(months: Sequence[str], lang: str) -> Callable[[dt.date, str], str]:
    """Format dates like the app (e.g. '1er juin 2025', '4 June 2025', 'September 2024') without streamlit."""

    def fmt(value: dt.date, precision: str = "day") -> str:
        month = months[value.month - 1].strip()
        if precision == "month":
            return f"{month} {value.year}"
        day = "1er" if lang == "fr" and value.day == 1 else str(value.day)
        return f"{day} {month} {value.year}"

    return fmt

