from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from reelreality.content import Content
from reelreality.obstacles import charts, datascale, risks
from reelreality.obstacles.datascale import Controls, Range

SCALE_TYPES = ["this-catalog", "this-usable", "studio-catalog", "public-dataset", "raw-pool", "filtered", "undisclosed"]
SCALE_COLOURS = {
    "this-catalog": "#D55E00",
    "this-usable": "#CC79A7",
    "studio-catalog": "#E69F00",
    "public-dataset": "#56B4E9",
    "raw-pool": "#0072B2",
    "filtered": "#009E73",
}


def _ui(content: Content, lang: str, key: str, **fmt) -> str:
    text = content.ui(key)(lang)
    return text.format(**fmt) if fmt else text


def obstacles_register(
    content: Content, lang: str, categories: list[str] | None = None, selected: str | None = None
) -> tuple[pd.DataFrame, go.Figure, str]:
    """The register (ranked, filtered to `categories`), its heat map and the map's caption."""
    ob = content.obstacles
    frame = risks.register_frame(ob, lang)
    if categories is not None:
        frame = frame[frame["category"].isin(categories)]
    fig = charts.risk_heatmap(
        frame,
        risks.band_grid(ob.bands),
        [(b.id, b.label(lang), b.colour) for b in ob.bands],
        [(c.id, c.label(lang), c.colour, c.symbol) for c in ob.categories],
        [t(lang) for t in ob.likelihood_scale],
        [t(lang) for t in ob.impact_scale],
        (_ui(content, lang, "obstacles.axis.impact"), _ui(content, lang, "obstacles.axis.likelihood")),
        selected=selected,
    )
    caption = risks.heatmap_caption(
        frame,
        ob.bands,
        lang,
        _ui(content, lang, "obstacles.heatmap_caption"),
        _ui(content, lang, "obstacles.band_count"),
        _ui(content, lang, "obstacles.no_category"),
    )
    return frame, fig, caption


def obstacles_register_table(
    content: Content, lang: str, frame: pd.DataFrame, status_labels: dict[str, str] | None = None
) -> pd.DataFrame:
    """The register as a readable table, for the expander and the CSV."""
    status_labels = status_labels or _status_labels(content, lang)
    cols = ["number", "title", "category_label", "likelihood", "impact", "score", "band_label", "status"]
    names = ["number", "title", "category", "likelihood", "impact", "score", "band", "status"]
    table = frame[cols].assign(status=frame["status"].map(status_labels))
    return table.set_axis([_ui(content, lang, f"obstacles.col.{n}") for n in names], axis=1)


def obstacles_register_view(
    content: Content, lang: str, categories: list[str] | None = None, selected: str | None = None
) -> tuple[pd.DataFrame, go.Figure, str, pd.DataFrame]:
    """The register tab's chart block: the filtered register, its heat map, caption and readable table."""
    frame, fig, caption = obstacles_register(content, lang, categories, selected)
    return frame, fig, caption, obstacles_register_table(content, lang, frame)


@dataclass(frozen=True)
class ScaleView:
    frame: pd.DataFrame
    table: pd.DataFrame
    figure: go.Figure
    caption: str
    catalog_label: str
    catalog: str
    usable_label: str
    usable: str
    check: str
    sentences: list[str]
    undisclosed: str


def obstacles_scale(
    content: Content, lang: str, controls: Controls | None = None, status_labels: dict[str, str] | None = None
) -> ScaleView:
    """Everything the data-scale tab shows, computed from content and the slider values."""
    ds = content.datascale
    c = controls or Controls.defaults(ds.controls)
    names = {s.id: s.publisher for s in content.sources.sources}
    frame = datascale.scale_frame(ds, c, lang, names, _ui(content, lang, "obstacles.ds.usable_row"))
    types = {k: _ui(content, lang, f"obstacles.type.{k}") for k in SCALE_TYPES}
    basis = {
        "stated": _ui(content, lang, "obstacles.basis.stated"),
        "estimated": _ui(content, lang, "obstacles.basis.estimated"),
        "": "",
    }

    def hours_text(row) -> str:
        if pd.isna(row.low):
            return _ui(content, lang, "obstacles.ds.not_disclosed")
        sig = None if row.basis == "stated" else 2
        return _ui(
            content,
            lang,
            "obstacles.ds.hours",
            value=datascale.format_range(Range(row.low, row.high), lang, sig=sig, at_least=row.at_least),
        )

    frame["hours_text"] = [hours_text(r) for r in frame.itertuples()]
    frame["hover"] = [
        f"{r.name} — {types[r.type]}\n{r.hours_text} ({basis[r.basis]})\n{r.what}"
        + (f"\n{r.assumption}" if r.assumption else "")
        for r in frame.itertuples()
    ]
    frame["emphasis"] = frame["type"].isin(["this-catalog", "this-usable"])
    fig = charts.data_scale_bars(
        frame.assign(hover=frame["hover"].str.replace("\n", " · ")),
        {k: v for k, v in types.items() if k != "undisclosed"},
        SCALE_COLOURS,
        axis_title=_ui(content, lang, "obstacles.ds.axis"),
        not_disclosed=_ui(content, lang, "obstacles.ds.not_disclosed"),
        number=lambda v: datascale.format_number(v, lang, sig=None),
        separators=".," if lang == "en" else ",\u202f",
    )
    whole, usable = datascale.catalog_hours(ds.catalog.titles, c), datascale.usable_hours(ds.catalog.titles, c)
    top = datascale.largest(frame, ["raw-pool"])
    caption = _ui(
        content,
        lang,
        "obstacles.ds.chart_caption",
        catalog=datascale.format_range(whole, lang),
        top=top["short"],
        ratio=datascale.format_ratio(Range(top["ratio_low"], top["ratio_high"]), lang),
    )
    cal = next(r for r in ds.rows if r.id == ds.calibration)
    episode = datascale.implied_episode_minutes(
        cal.hours.high, cal.counts.films, cal.counts.episodes, c.feature_minutes
    )
    check = _ui(
        content,
        lang,
        "obstacles.ds.check",
        name=cal.short,
        hours=datascale.format_number(cal.hours.high, lang, sig=None),
        films=datascale.format_number(cal.counts.films, lang, sig=None),
        episodes=datascale.format_number(cal.counts.episodes, lang, sig=None),
        feat=datascale.format_range(c.feature_minutes, lang, sig=None),
        ep=datascale.format_range(episode, lang),
    )
    templates = {
        k: _ui(content, lang, f"obstacles.cmp.{k}")
        for k in ["studio-catalog", "public-dataset", "raw-pool", "filtered"]
    }
    status_labels = status_labels or _status_labels(content, lang)
    table = pd.DataFrame(
        {
            _ui(content, lang, "obstacles.ds.col.name"): frame["name"],
            _ui(content, lang, "obstacles.ds.col.type"): frame["type"].map(types),
            _ui(content, lang, "obstacles.ds.col.hours"): frame["hours_text"],
            _ui(content, lang, "obstacles.ds.col.low"): frame["low"].round().astype("Int64"),
            _ui(content, lang, "obstacles.ds.col.high"): frame["high"].round().astype("Int64"),
            _ui(content, lang, "obstacles.ds.col.basis"): frame["basis"].map(basis),
            _ui(content, lang, "obstacles.ds.col.ratio"): [
                ""
                if pd.isna(r.ratio_low) or r.type.startswith("this-")
                else datascale.format_ratio(Range(r.ratio_low, r.ratio_high), lang)
                for r in frame.itertuples()
            ],
            _ui(content, lang, "obstacles.ds.col.what"): frame["what"],
            _ui(content, lang, "obstacles.ds.col.assumption"): frame["assumption"],
            _ui(content, lang, "obstacles.ds.col.status"): frame["status"].map(lambda s: status_labels.get(s, s)),
            _ui(content, lang, "obstacles.ds.col.sources"): frame["sources"],
        }
    )
    return ScaleView(
        frame=frame,
        table=table,
        figure=fig,
        caption=caption,
        catalog_label=_ui(
            content,
            lang,
            "obstacles.ds.catalog_metric",
            name=ds.catalog.name(lang),
            titles=datascale.format_number(ds.catalog.titles, lang, sig=None),
        ),
        catalog=_ui(content, lang, "obstacles.ds.hours", value=datascale.format_range(whole, lang)),
        usable_label=_ui(
            content,
            lang,
            "obstacles.ds.usable_metric",
            share=datascale.format_range(Range(c.usable_share.low * 100, c.usable_share.high * 100), lang, sig=None)
            + ("\u202f%" if lang == "fr" else "%"),
        ),
        usable=_ui(content, lang, "obstacles.ds.hours", value=datascale.format_range(usable, lang)),
        check=check,
        sentences=datascale.comparisons(frame, lang, templates),
        undisclosed=_ui(content, lang, "obstacles.ds.undisclosed", names=", ".join(datascale.undisclosed(frame))),
    )


def obstacles_quality(
    content: Content, lang: str, status_labels: dict[str, str] | None = None
) -> tuple[pd.DataFrame, go.Figure, str]:
    """The quality matrix as a table, its gap chart and the chart's caption."""
    ob = content.obstacles
    scale = [t(lang) for t in ob.quality_gap_scale]
    status_labels = status_labels or _status_labels(content, lang)
    frame = pd.DataFrame(
        [
            {
                "name": q.name(lang),
                "gap": q.gap,
                "gap_label": scale[q.gap - 1],
                "seed_only": q.status == "seed-only",
                "needs": q.needs(lang),
                "delivered": q.delivered(lang),
                "status": status_labels.get(q.status, q.status),
            }
            for q in ob.quality
        ]
    )
    frame["hover"] = [f"{r.name}: {r.gap}/5 · {r.gap_label} · {r.status}" for r in frame.itertuples()]
    fig = charts.quality_gap_bars(
        frame,
        scale,
        axis_title=_ui(content, lang, "obstacles.q.axis"),
        seed_mark=_ui(content, lang, "obstacles.q.seed_mark"),
    )
    wide = frame[frame["gap"] >= 4]
    caption = _ui(
        content,
        lang,
        "obstacles.q.caption",
        wide=len(wide),
        n=len(frame),
        names=", ".join(wide["name"]),
        seed=", ".join(frame.loc[frame["seed_only"], "name"]),
    )
    table = frame[["name", "needs", "delivered", "gap", "gap_label", "status"]].assign(
        gap=[f"{g}/5 · {label}" for g, label in zip(frame["gap"], frame["gap_label"], strict=True)]
    )[["name", "needs", "delivered", "gap", "status"]]
    table.columns = [
        _ui(content, lang, f"obstacles.q.col.{c}") for c in ["name", "needs", "delivered", "gap", "status"]
    ]
    return table, fig, caption


def _status_labels(content: Content, lang: str) -> dict[str, str]:
    return {s.id: s.label(lang) for s in content.method.statuses}


def obstacles_heatmap(content: Content, lang: str) -> tuple[go.Figure, str]:
    _, fig, caption = obstacles_register(content, lang)
    return fig, caption


def obstacles_datascale(content: Content, lang: str) -> tuple[go.Figure, str]:
    view = obstacles_scale(content, lang, status_labels=_status_labels(content, lang))
    return view.figure, view.caption


# ---- legal

