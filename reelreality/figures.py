"""Named key figures for slides, the offline deck and the handout: name -> builder(content, lang).

Each panel registers the one or two charts that carry its message. A builder is a pure function of
content and language that returns (figure, caption); it never imports streamlit.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from reelreality import charts, datascale, fmt, legal, lessons, risks, scoring, tables
from reelreality import promises as pr
from reelreality.content import Content
from reelreality.datascale import Range

Builder = Callable[[Content, str], tuple[go.Figure, str]]
FIGURES: dict[str, Builder] = {}


def register(name: str) -> Callable[[Builder], Builder]:
    def wrap(fn: Builder) -> Builder:
        FIGURES[name] = fn
        return fn

    return wrap


SOURCE_COLUMNS = ["publisher", "title", "published", "accessed", "language", "tier", "url", "note"]


def sources_view(
    content: Content, lang: str, query: str = "", tiers: list[str] | None = None, languages: list[str] | None = None
) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """The bibliography filtered by a free-text query, tiers and languages: the rows to show (language
    names in `lang`), the same rows with their ids for the CSV, and the number of sources in all."""
    tier_labels = {t.id: t.label(lang) for t in content.method.tiers}
    frame = tables.sources_frame(content.sources.sources, tier_labels, lang)
    shown = tables.filter_sources(frame, query=query, tiers=tiers, languages=languages)
    names = {code: content.ui(f"language.{code}")(lang) for code in frame["language"].unique()}
    table = shown[SOURCE_COLUMNS].assign(language=shown["language"].map(names))
    return table, shown[["id", *SOURCE_COLUMNS]], len(frame)


def timeline_frame(content: Content, lang: str, types: Collection[str] | None = None) -> pd.DataFrame:
    """The overview's events (optionally only some types) as the rows the timeline chart takes."""
    ov = content.overview
    smap = content.source_map
    months = content.ui("date.months")(lang).split(",")
    events = [e for e in ov.events if types is None or e.type in types]
    return tables.events_frame(
        events,
        lang,
        when={e.id: fmt.format_date(e.date, lang, months, e.date_precision) for e in events},
        sources={e.id: "; ".join(smap[s].publisher for s in e.sources) for e in events},
    )


def timeline_figure(content: Content, lang: str, frame: pd.DataFrame) -> go.Figure:
    lanes = [(et.id, et.label(lang), et.colour) for et in content.overview.event_types]
    return charts.timeline(frame, lanes, content.ui("date.months_short")(lang).split(","))


def timeline_view(
    content: Content, lang: str, types: Collection[str] | None = None
) -> tuple[go.Figure | None, str, pd.DataFrame]:
    """The overview's timeline for the chosen event types: figure (None when no event is left),
    caption, and the events as a readable table."""
    frame = timeline_frame(content, lang, types)
    if frame.empty:
        return None, "", frame
    types_ = {et.id: et.label(lang) for et in content.overview.event_types}
    statuses = {s.id: s.label(lang) for s in content.method.statuses}
    cols = ["when", "type", "title", "status", "sources"]
    table = frame.assign(type=frame["type"].map(types_), status=frame["status"].map(statuses))[cols]
    table.columns = [content.ui(f"overview.col.{c}")(lang) for c in cols]
    caption = content.ui("overview.timeline_caption")(lang).format(n=len(frame))
    return timeline_figure(content, lang, frame), caption, table


@register("overview.timeline")
def overview_timeline(content: Content, lang: str) -> tuple[go.Figure, str]:
    fig, caption, _ = timeline_view(content, lang)
    return fig, caption


# ---- promises
@register("promises.report_card")
def promises_report_card(content: Content, lang: str) -> tuple[go.Figure, str]:
    return pr.report_card(content.promises.promises, content.scale, pr.reader_for(content, lang))


@register("promises.gap")
def promises_gap(content: Content, lang: str) -> tuple[go.Figure, str]:
    items = content.promises.promises
    return pr.gap_chart(items, items, content.scale, pr.reader_for(content, lang))


def promises_report(content: Content, lang: str) -> tuple[go.Figure, str, str, str, pd.DataFrame]:
    """The tracker's report card: chart, verdict, seed-only note, caption and the promises as a table."""
    items, rd = content.promises.promises, pr.reader_for(content, lang)
    fig, verdict = pr.report_card(items, content.scale, rd)
    return fig, verdict, pr.seed_only_note(items, rd), pr.report_caption(items, rd), pr.promise_frame(items, rd)


def promises_gap_view(content: Content, lang: str, ids: list[str]) -> tuple[go.Figure | None, str, pd.DataFrame]:
    """The promise/evidence time axis for the promises `ids` (in content order), its caption and history table."""
    items, rd = content.promises.promises, pr.reader_for(content, lang)
    shown = [p for p in items if p.id in ids]
    fig, caption = pr.gap_chart(shown, items, content.scale, rd)
    return fig, caption, pr.history_frame(shown, rd)


@register("lessons.matrix")
def lessons_matrix(content: Content, lang: str) -> tuple[go.Figure, str]:
    """Every case on every question: the pattern at a glance."""
    cases = lessons.ordered_cases(content.cases)
    frame = lessons.matrix_frame(content, cases, lang)
    reference = lessons.case_by_id(content.cases, content.cases.reference_case).company
    fig = charts.lessons_matrix(frame, lessons.value_styles(content.cases, lang), highlight=reference)
    return fig, lessons.matrix_caption(content, cases, lang)


def lessons_blocks(
    content: Content, lang: str, sectors: list[str]
) -> dict[str, tuple[go.Figure, str, pd.DataFrame, str]]:
    """The other-sectors chart for the cases of `sectors` (none when no case is left): the case ×
    question matrix with its caption, table and CSV name."""
    cases = lessons.cases_in(content.cases, sectors)
    if not cases:
        return {}
    reference = lessons.case_by_id(content.cases, content.cases.reference_case).company
    matrix = charts.lessons_matrix(
        lessons.matrix_frame(content, cases, lang), lessons.value_styles(content.cases, lang), highlight=reference
    )
    statuses = _status_labels(content, lang)
    table = lessons.matrix_table(content, cases, lang, lambda s: statuses[s])
    return {"matrix": (matrix, lessons.matrix_caption(content, cases, lang), table, "other-sectors.csv")}


# ---- obstacles (risk register, data scale, quality gap)
# The page and the slides share these builders, so a slide always matches the page at its defaults.

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
    content: Content, lang: str, controls: datascale.Controls | None = None, status_labels: dict[str, str] | None = None
) -> ScaleView:
    """Everything the data-scale tab shows, computed from content and the slider values."""
    ds = content.datascale
    c = controls or datascale.Controls.defaults(ds.controls)
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


@register("obstacles.heatmap")
def obstacles_heatmap(content: Content, lang: str) -> tuple[go.Figure, str]:
    _, fig, caption = obstacles_register(content, lang)
    return fig, caption


@register("obstacles.datascale")
def obstacles_datascale(content: Content, lang: str) -> tuple[go.Figure, str]:
    view = obstacles_scale(content, lang, status_labels=_status_labels(content, lang))
    return view.figure, view.caption


# ---- legal
def _legal_levels(content: Content, lang: str) -> list[tuple[str, str, str, str]]:
    return [(d.id, d.label(lang), d.short(lang), d.colour) for d in content.legal.requirements]


@register("legal.matrix")
def legal_matrix_figure(content: Content, lang: str) -> tuple[go.Figure, str]:
    lg = content.legal
    fig = charts.legal_matrix(
        legal.matrix_frame(content, lang),
        [(s.id, s.label(lang)) for s in lg.stakeholders],
        [(u.id, u.short(lang)) for u in lg.use_cases],
        _legal_levels(content, lang),
        rules_label=content.ui("legal.hover.rules")(lang),
    )
    return fig, legal.matrix_caption(content, lang)


@register("legal.timeline")
def legal_timeline_figure(content: Content, lang: str) -> tuple[go.Figure, str]:
    fig = charts.legal_timeline(
        legal.timeline_frame(content, lang),
        [(k.id, k.label(lang), k.colour) for k in content.legal.rule_kinds],
        legal.milestones(content, lang),
        content.ui("date.months_short")(lang).split(","),
    )
    return fig, legal.timeline_caption(content, lang)


def legal_blocks(content: Content, lang: str, use_id: str) -> dict[str, Block]:
    """The legal tab's two chart blocks for one use case: the matrix (that use case highlighted) and
    the rules and lawsuits timeline (rules that apply to it marked), each with caption and table."""
    lg = content.legal
    ui = lambda key: content.ui(key)(lang)  # noqa: E731
    frame = legal.matrix_frame(content, lang)
    matrix = charts.legal_matrix(
        frame,
        [(s.id, s.label(lang)) for s in lg.stakeholders],
        [(u.id, u.short(lang)) for u in lg.use_cases],
        _legal_levels(content, lang),
        highlight=use_id,
        rules_label=ui("legal.hover.rules"),
    )
    names = ["use_case", "stakeholder", "requirement", "rules", "rationale"]
    cols = ["use_case_label", "stakeholder_label", "requirement_label", "rules", "rationale"]
    matrix_table = frame[cols].set_axis([ui(f"legal.col.{n}") for n in names], axis=1)

    rows = legal.timeline_frame(content, lang, use_id)
    timeline = charts.legal_timeline(
        rows,
        [(k.id, k.label(lang), k.colour) for k in lg.rule_kinds],
        legal.milestones(content, lang),
        ui("date.months_short").split(","),
    )
    shown = rows.assign(
        applies=rows["applies"].map({True: ui("legal.yes"), False: ui("legal.no")}),
        status=rows["status"].map(_status_labels(content, lang)),
    )
    names = ["when", "title", "kind", "jurisdiction", "applies", "status", "sources"]
    cols = ["when", "title", "kind_label", "jurisdiction", "applies", "status", "sources"]
    timeline_table = shown[cols].set_axis([ui(f"legal.col.{n}") for n in names], axis=1)
    return {
        "matrix": (matrix, legal.matrix_caption(content, lang), matrix_table, "legal-matrix.csv"),
        "timeline": (timeline, legal.timeline_caption(content, lang, use_id), timeline_table, "legal-timeline.csv"),
    }


# ---- compare (single custom model vs multi-model platform)
# A block is (figure, caption stating its message, data table, CSV file name): ui.figure_block(*block, key=...).
Block = tuple[go.Figure, str, object, str]


def compare_blocks(content: Content, lang: str, weights: dict[str, float]) -> tuple[object, dict[str, Block]]:
    """The comparison's panel (scoring.Panel: ranking, sensitivity, sentences) and its chart blocks for these weights.

    Blocks: 'radar' and 'timeline' always; 'ranking' and 'sensitivity' only when some weight is positive."""
    ap = content.approaches
    tpl = lambda key: content.ui(key)(lang)  # noqa: E731
    matrix = scoring.Matrix.from_content(ap)
    short = {a.id: a.short(lang) for a in ap.approaches}
    crit = {c.id: c.name(lang) for c in ap.criteria}
    colours = charts.approach_colours(matrix.approaches)
    col = {
        k: tpl(f"compare.col.{k}")
        for k in ("rank", "approach", "criterion", "weight", "now", "from", "to", "below", "above")
    }
    panel = scoring.build_panel(ap, weights, tpl, lang)
    blocks: dict[str, Block] = {}
    radar = charts.score_radar([c.short(lang) for c in ap.criteria], scoring.radar_series(matrix, short, colours))
    grid = scoring.score_grid_with_weights(ap, panel.ranking, lang, col)
    blocks["radar"] = (radar, f"{panel.radar_caption} {tpl('compare.radar_note')}", grid, "scores.csv")
    blocks["timeline"] = _firefly_timeline(content, lang)
    if not panel.ranking.ok:
        return panel, blocks
    bars = charts.ranking_bars(
        **scoring.ranking_bars_data(panel.ranking, short, colours, lang, tpl("compare.tie")),
        axis_title=tpl("compare.ranking_axis"),
    )
    table = scoring.ranking_table(panel.ranking, short, {**col, "score": tpl("compare.col.weighted")})
    blocks["ranking"] = (bars, f"{panel.verdict} {tpl('compare.ranking_note')}", table, "ranking.csv")
    rows = scoring.stability_rows(
        panel.sens, short, crit, colours, tpl, lang, tie_label=tpl("compare.tie"), tie_colour=charts.TIE_COLOUR
    )
    strips = charts.stability_strips(
        rows,
        axis_title=tpl("compare.sens_axis"),
        current_label=tpl("compare.sens_now"),
        pct_suffix=scoring.pct_suffix(lang),
        legend=[(short[a], colours[a]) for a in matrix.approaches],
    )
    table = scoring.sensitivity_table(panel.sens, short, crit, col, lang)
    blocks["sensitivity"] = (strips, panel.flip, table, "sensitivity.csv")
    return panel, blocks


def compare_scores(content: Content, lang: str) -> object:
    """Every editorial score with its rationale, evidence status and sources, as a DataFrame."""
    cols = {k: content.ui(f"compare.col.{k}")(lang) for k in scoring.SCORE_COLUMNS}
    statuses = {s.id: s.label(lang) for s in content.method.statuses}
    return scoring.scores_table(
        content.approaches, lang, cols, statuses, {s.id: s.publisher for s in content.sources.sources}
    )


@register("compare.ranking")
def compare_ranking(content: Content, lang: str) -> tuple[go.Figure, str]:
    """The ranking with the default weights; the caption gives the verdict and where the single model would win."""
    weights = {c.id: c.default_weight for c in content.approaches.criteria}
    panel, blocks = compare_blocks(content, lang, weights)
    return blocks["ranking"][0], f"{panel.verdict} {panel.focus}"


@register("compare.sensitivity")
def compare_sensitivity(content: Content, lang: str) -> tuple[go.Figure, str]:
    """Where first place flips as each criterion's share of the default weights goes from 0 to 100%."""
    weights = {c.id: c.default_weight for c in content.approaches.criteria}
    panel, blocks = compare_blocks(content, lang, weights)
    return blocks["sensitivity"][0], f"{panel.focus} {panel.flip}"


def _when(content: Content, event, lang: str) -> str:
    """An event's date as precise as its source: the day, the month, or the stated approximation."""
    if event.when is not None:
        return event.when(lang)
    months = content.ui("date.months")(lang).split(",")
    return fmt.format_date(event.date, lang, months, event.date_precision)


def _firefly_timeline(content: Content, lang: str) -> Block:
    ap = content.approaches
    smap = content.source_map
    when = {e.id: _when(content, e, lang) for e in ap.timeline}
    sources = {e.id: "; ".join(smap[s].publisher for s in e.sources) for e in ap.timeline}
    frame = tables.events_frame(ap.timeline, lang, when=when, sources=sources)
    lanes = {t.id: t.label(lang) for t in ap.timeline_types}
    fig = charts.timeline(
        frame,
        [(t.id, lanes[t.id], t.colour) for t in ap.timeline_types],
        content.ui("date.months_short")(lang).split(","),
    )
    statuses = {s.id: s.label(lang) for s in content.method.statuses}
    cols = {k: content.ui(f"compare.col.{k}")(lang) for k in ("when", "type", "title", "status", "sources")}
    table = scoring.timeline_table(frame, lanes, statuses, cols)
    caption = scoring.timeline_caption(ap.timeline, when, lanes, lambda key: content.ui(key)(lang))
    return fig, caption, table, "firefly-models.csv"
