"""What the promise tracker shows: report card, filters and list, time axis, official line vs reported reality."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from reelreality.content import Content
from reelreality.core.models import Quote, Statement
from reelreality.core.scale import ScaleFile
from reelreality.promises import charts, logic, tables, timeaxis
from reelreality.promises.model import Promise
from reelreality.promises.tables import Labels
from reelreality.style import Chart
from reelreality.text import Phrases


@dataclass(frozen=True)
class Report:
    """The report card: chart, the verdict that reads it, the seed-only note, its caption and data."""

    figure: go.Figure
    verdict: str
    seed_note: str
    caption: str
    table: pd.DataFrame


@dataclass(frozen=True)
class GapView:
    """The promise/evidence time axis (None when no promise is shown) and the rating history as a table."""

    chart: Chart | None
    table: pd.DataFrame


@dataclass(frozen=True)
class Choices:
    """What the list's filters offer: rating id -> label, who promised, promise id -> title ('all' first)."""

    ratings: dict[str, str]
    people: list[str]
    titles: dict[str, str]
    former: dict[str, str]  # a title a promise had before a correction -> its id, so older links still open it


@dataclass(frozen=True)
class Filters:
    """What the reader chose: ratings and people (empty means all), and one promise's id or 'all'."""

    ratings: Sequence[str] = ()
    people: Sequence[str] = ()
    picked: str = logic.ALL


@dataclass(frozen=True)
class Listing:
    """The promises the filters leave, the sentence that says so, and whether one promise is open in detail."""

    promises: list[Promise]
    caption: str
    detail: bool

    @property
    def ids(self) -> list[str]:
        """The shown promises' ids (what the time axis is built for)."""
        return [p.id for p in self.promises]


@dataclass(frozen=True)
class LineColumn:
    """One side of the line: its heading and its quotes or reports, in content order."""

    heading: str
    items: list[Quote | Statement]


@dataclass(frozen=True)
class LineView:
    """Official line vs reported reality: the intro and one column per side."""

    intro: str
    columns: list[LineColumn]


def labels_for(content: Content, lang: str) -> Labels:
    """Rating, verification-status and publisher names in `lang`."""
    return Labels(
        ratings={s.id: s.label(lang) for s in content.scale.statuses},
        statuses=content.method.status_labels(lang),
        publishers={s.id: s.publisher for s in content.sources.sources},
    )


def report_card(promises: Sequence[Promise], scale: ScaleFile, phrases: Phrases) -> Chart:
    """The report-card chart (promises per rating) and the verdict sentence that reads it."""
    tally = logic.counts(promises, scale)
    rows = logic.count_frame(tally, scale, phrases.lang)
    return Chart(charts.promise_report_card(rows, axis_title=phrases("promises.axis")), logic.verdict(tally, phrases))


def gap_chart(
    shown: Sequence[Promise], everything: Sequence[Promise], scale: ScaleFile, phrases: Phrases, labels: Labels
) -> Chart | None:
    """The time axis for the promises shown, running to the latest dated item of all, and its caption."""
    summary = timeaxis.gap(shown)
    if summary is None:
        return None
    fig = charts.promise_gap(
        timeaxis.spans(shown, logic.latest_date(everything) + timeaxis.AS_OF_PAD, phrases.lang),
        timeaxis.points(shown, phrases, labels),
        [(s.id, s.label(phrases.lang), s.colour) for s in scale.statuses],
        phrases.months(),
        names={k: phrases(f"promises.gap.{k}") for k in ("promise", "evidence", "setback")},
        setback=summary.setback,
    )
    return Chart(fig, timeaxis.gap_caption(summary, phrases))


def promises_report_card(content: Content, lang: str) -> Chart:
    """Slide figure: the report card, captioned by its verdict."""
    return report_card(content.promises.promises, content.scale, content.phrases(lang))


def promises_gap(content: Content, lang: str) -> Chart:
    """Slide figure: every promise and its evidence on one time axis."""
    items = content.promises.promises
    chart = gap_chart(items, items, content.scale, content.phrases(lang), labels_for(content, lang))
    assert chart is not None, "promises.yaml lists at least one promise"
    return chart


def promises_report(content: Content, lang: str) -> Report:
    """The tracker's report card: chart, verdict, seed-only note, caption and the promises as a table."""
    items, phrases = content.promises.promises, content.phrases(lang)
    figure, verdict = report_card(items, content.scale, phrases)
    return Report(
        figure=figure,
        verdict=verdict,
        seed_note=logic.seed_only_note(items, phrases),
        caption=logic.report_caption(items, phrases),
        table=tables.promise_frame(items, phrases, labels_for(content, lang)),
    )


def promises_gap_view(content: Content, lang: str, ids: Sequence[str]) -> GapView:
    """The promise/evidence time axis for the promises `ids` (in content order) and their rating history."""
    items, phrases, labels = content.promises.promises, content.phrases(lang), labels_for(content, lang)
    shown = [p for p in items if p.id in ids]
    return GapView(
        chart=gap_chart(shown, items, content.scale, phrases, labels),
        table=tables.history_frame(shown, phrases, labels),
    )


def choices(content: Content, lang: str) -> Choices:
    """The options of the list's filters and of "open one promise"."""
    items = content.promises.promises
    return Choices(
        ratings=labels_for(content, lang).ratings,
        people=logic.claimants(items),
        titles=logic.titles(items, content.phrases(lang)),
        former={old(lang): p.id for p in items for old in p.former_titles},
    )


def promise_list(content: Content, lang: str, filters: Filters) -> Listing:
    """The promises to show for the reader's filters, and the caption that says how many."""
    items = content.promises.promises
    shown = logic.select(items, ratings=filters.ratings, people=filters.people, selected=filters.picked)
    return Listing(
        promises=shown,
        caption=logic.shown_caption(shown, len(items), filters.picked, content.phrases(lang)),
        detail=filters.picked != logic.ALL,
    )


def line_vs_reality(content: Content, lang: str) -> LineView:
    """Company statements beside field reports, with the quotes they cite resolved."""
    pf, phrases = content.promises, content.phrases(lang)
    return LineView(
        intro=pf.line_vs_reality.intro(lang),
        columns=[
            LineColumn(phrases(f"promises.{side}"), logic.line_items(pf, side, content.overview.quotes))
            for side in ("official", "reported")
        ],
    )
