"""What the data-scale tab shows: the catalog's hours on the reader's assumptions, the bars, and the comparisons."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from reelreality.content import Content
from reelreality.obstacles import datascale, scalechart, scaleframe, tables
from reelreality.obstacles.datascale import Controls, Range
from reelreality.obstacles.scaleframe import number_text, percent_text, range_text, ratio_text
from reelreality.style import Chart
from reelreality.text import Phrases

SCALE_TYPES = ["this-catalog", "this-usable", "studio-catalog", "public-dataset", "raw-pool", "filtered", "undisclosed"]
SCALE_COLOURS = {
    "this-catalog": "#D55E00",
    "this-usable": "#CC79A7",
    "studio-catalog": "#E69F00",
    "public-dataset": "#56B4E9",
    "raw-pool": "#0072B2",
    "filtered": "#009E73",
}


@dataclass(frozen=True, eq=False)
class ScaleView:
    """Everything the data-scale tab shows, on one set of assumptions."""

    frame: pd.DataFrame
    table: pd.DataFrame
    figure: go.Figure
    caption: str
    catalog_label: str
    catalog: str
    usable_label: str
    usable: str
    check: str
    sentences: tuple[str, ...]
    undisclosed: str

    @property
    def chart(self) -> Chart:
        return Chart(self.figure, self.caption)


def obstacles_scale(content: Content, lang: str, controls: Controls | None = None) -> ScaleView:
    """The data-scale tab computed from content and the slider values (None: the defaults in datascale.yaml)."""
    ds, phrases = content.datascale, content.phrases(lang)
    c = controls or Controls.defaults(ds.controls)
    publishers = {s.id: s.publisher for s in content.sources.sources}
    frame = scaleframe.scale_frame(ds, c, phrases, publishers)
    types = {k: phrases(f"obstacles.type.{k}") for k in SCALE_TYPES}
    basis = {"stated": phrases("obstacles.basis.stated"), "estimated": phrases("obstacles.basis.estimated"), "": ""}
    frame["hours_text"] = [_hours_text(r, phrases) for r in frame.itertuples()]
    frame["hover"] = [
        f"{r.name} — {types[r.type]}\n{r.hours_text} ({basis[r.basis]})\n{r.what}"
        + (f"\n{r.assumption}" if r.assumption else "")
        for r in frame.itertuples()
    ]
    frame["emphasis"] = frame["type"].isin([scaleframe.THIS_CATALOG, scaleframe.THIS_USABLE])
    figure = scalechart.data_scale_bars(
        frame.assign(hover=frame["hover"].str.replace("\n", " · ")),
        {k: v for k, v in types.items() if k != "undisclosed"},
        SCALE_COLOURS,
        axis_title=phrases("obstacles.ds.axis"),
        not_disclosed=phrases("obstacles.ds.not_disclosed"),
        number=lambda v: number_text(v, phrases, sig=None),
    )
    titles = ds.catalog.titles
    whole, usable = datascale.catalog_hours(titles, c), datascale.usable_hours(titles, c)
    top = scaleframe.largest(frame, ["raw-pool"])
    caption = phrases(
        "obstacles.ds.chart_caption",
        catalog=range_text(whole, phrases),
        top=top["short"],
        ratio=ratio_text(Range(top["ratio_low"], top["ratio_high"]), phrases),
    )
    return ScaleView(
        frame=frame,
        table=tables.scale_table(frame, phrases, types, basis, content.method.status_labels(lang)),
        figure=figure,
        caption=caption,
        catalog_label=phrases(
            "obstacles.ds.catalog_metric", name=ds.catalog.name(lang), titles=number_text(titles, phrases, sig=None)
        ),
        catalog=phrases("obstacles.ds.hours", value=range_text(whole, phrases)),
        usable_label=phrases("obstacles.ds.usable_metric", share=percent_text(c.usable_share, phrases)),
        usable=phrases("obstacles.ds.hours", value=range_text(usable, phrases)),
        check=scaleframe.calibration_check(ds, c, phrases),
        sentences=tuple(scaleframe.comparisons(frame, phrases)),
        undisclosed=phrases("obstacles.ds.undisclosed", names=phrases.join(scaleframe.undisclosed(frame))),
    )


def _hours_text(row, phrases: Phrases) -> str:
    """A bar's hours as its label says them: stated figures to the unit, estimates to two significant figures."""
    if pd.isna(row.low):
        return phrases("obstacles.ds.not_disclosed")
    sig = None if row.basis == "stated" else 2
    return phrases(
        "obstacles.ds.hours", value=range_text(Range(row.low, row.high), phrases, sig=sig, at_least=row.at_least)
    )
