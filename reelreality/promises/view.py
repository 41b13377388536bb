"""What the promise tracker shows: report card, time axis, their captions and tables."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from reelreality.content import Content
from reelreality.core.scale import ScaleFile
from reelreality.promises import charts, logic
from reelreality.promises.logic import Reader
from reelreality.promises.model import Promise


def promises_report_card(content: Content, lang: str) -> tuple[go.Figure, str]:
    return report_card(content.promises.promises, content.scale, logic.reader_for(content, lang))


def promises_gap(content: Content, lang: str) -> tuple[go.Figure, str]:
    items = content.promises.promises
    return gap_chart(items, items, content.scale, logic.reader_for(content, lang))


def promises_report(content: Content, lang: str) -> tuple[go.Figure, str, str, str, pd.DataFrame]:
    """The tracker's report card: chart, verdict, seed-only note, caption and the promises as a table."""
    items, rd = content.promises.promises, logic.reader_for(content, lang)
    fig, verdict = report_card(items, content.scale, rd)
    return fig, verdict, logic.seed_only_note(items, rd), report_caption(items, rd), logic.promise_frame(items, rd)


def promises_gap_view(content: Content, lang: str, ids: list[str]) -> tuple[go.Figure | None, str, pd.DataFrame]:
    """The promise/evidence time axis for the promises `ids` (in content order), its caption and history table."""
    items, rd = content.promises.promises, logic.reader_for(content, lang)
    shown = [p for p in items if p.id in ids]
    fig, caption = gap_chart(shown, items, content.scale, rd)
    return fig, caption, logic.history_frame(shown, rd)




def report_card(promises: Sequence[Promise], scale: ScaleFile, rd: Reader) -> tuple[go.Figure, str]:
    """The report-card chart (promises per rating) and the verdict sentence that reads it."""
    tally = logic.counts(promises, scale)
    fig = charts.promise_report_card(logic.count_frame(tally, scale, rd.lang), axis_title=rd.phrase("promises.axis"))
    return fig, logic.verdict(tally, rd.phrase, rd.lang)


def report_caption(promises: Sequence[Promise], rd: Reader) -> str:
    latest = logic.latest_date(promises)
    return rd.phrase("promises.report_caption").format(date=rd.fmt(latest, "day")) if latest else ""


def gap_chart(
    shown: Sequence[Promise], everything: Sequence[Promise], scale: ScaleFile, rd: Reader
) -> tuple[go.Figure | None, str]:
    """The time-axis chart for the promises shown, running to the latest dated item of all, and its caption."""
    summary = logic.gap(shown)
    if summary is None:
        return None, ""
    fig = charts.promise_gap(
        logic.spans(shown, logic.latest_date(everything) + logic.AS_OF_PAD, rd.lang),
        logic.points(shown, rd),
        [(s.id, s.label(rd.lang), s.colour) for s in scale.statuses],
        rd.phrase("date.months_short").split(","),
        names={k: rd.phrase(f"promises.gap.{k}") for k in ("promise", "evidence", "setback")},
        setback=summary.setback,
    )
    return fig, logic.gap_caption(summary, rd.phrase, rd.lang, lambda d: rd.fmt(d, "day"))



