from __future__ import annotations

import plotly.graph_objects as go

from reelreality import text, timeline
from reelreality.compare import charts, sentences, tables
from reelreality.compare.charts import TIE_COLOUR
from reelreality.compare.logic import Matrix
from reelreality.compare.tables import SCORE_COLUMNS
from reelreality.content import Content
from reelreality.legal.view import Block


def compare_blocks(content: Content, lang: str, weights: dict[str, float]) -> tuple[object, dict[str, Block]]:
    """The comparison's panel (Panel: ranking, sensitivity, sentences) and its chart blocks for these weights.

    Blocks: 'radar' and 'timeline' always; 'ranking' and 'sensitivity' only when some weight is positive."""
    ap = content.approaches
    tpl = lambda key: content.ui(key)(lang)  # noqa: E731
    matrix = Matrix.from_content(ap)
    short = {a.id: a.short(lang) for a in ap.approaches}
    crit = {c.id: c.name(lang) for c in ap.criteria}
    colours = charts.approach_colours(matrix.approaches)
    col = {
        k: tpl(f"compare.col.{k}")
        for k in ("rank", "approach", "criterion", "weight", "now", "from", "to", "below", "above")
    }
    panel = tables.build_panel(ap, weights, tpl, lang)
    blocks: dict[str, Block] = {}
    radar = charts.score_radar([c.short(lang) for c in ap.criteria], tables.radar_series(matrix, short, colours))
    grid = tables.score_grid_with_weights(ap, panel.ranking, lang, col)
    blocks["radar"] = (radar, f"{panel.radar_caption} {tpl('compare.radar_note')}", grid, "scores.csv")
    blocks["timeline"] = _firefly_timeline(content, lang)
    if not panel.ranking.ok:
        return panel, blocks
    bars = charts.ranking_bars(
        **tables.ranking_bars_data(panel.ranking, short, colours, lang, tpl("compare.tie")),
        axis_title=tpl("compare.ranking_axis"),
    )
    table = tables.ranking_table(panel.ranking, short, {**col, "score": tpl("compare.col.weighted")})
    blocks["ranking"] = (bars, f"{panel.verdict} {tpl('compare.ranking_note')}", table, "ranking.csv")
    rows = tables.stability_rows(
        panel.sens, short, crit, colours, tpl, lang, tie_label=tpl("compare.tie"), tie_colour=TIE_COLOUR
    )
    strips = charts.stability_strips(
        rows,
        axis_title=tpl("compare.sens_axis"),
        current_label=tpl("compare.sens_now"),
        pct_suffix=sentences.pct_suffix(lang),
        legend=[(short[a], colours[a]) for a in matrix.approaches],
    )
    table = tables.sensitivity_table(panel.sens, short, crit, col, lang)
    blocks["sensitivity"] = (strips, panel.flip, table, "sensitivity.csv")
    return panel, blocks


def compare_scores(content: Content, lang: str) -> object:
    """Every editorial score with its rationale, evidence status and sources, as a DataFrame."""
    cols = {k: content.ui(f"compare.col.{k}")(lang) for k in SCORE_COLUMNS}
    statuses = {s.id: s.label(lang) for s in content.method.statuses}
    return tables.scores_table(
        content.approaches, lang, cols, statuses, {s.id: s.publisher for s in content.sources.sources}
    )


def compare_ranking(content: Content, lang: str) -> tuple[go.Figure, str]:
    """The ranking with the default weights; the caption gives the verdict and where the single model would win."""
    weights = {c.id: c.default_weight for c in content.approaches.criteria}
    panel, blocks = compare_blocks(content, lang, weights)
    return blocks["ranking"][0], f"{panel.verdict} {panel.focus}"


def compare_sensitivity(content: Content, lang: str) -> tuple[go.Figure, str]:
    """Where first place flips as each criterion's share of the default weights goes from 0 to 100%."""
    weights = {c.id: c.default_weight for c in content.approaches.criteria}
    panel, blocks = compare_blocks(content, lang, weights)
    return blocks["sensitivity"][0], f"{panel.focus} {panel.flip}"


def _when(content: Content, event, lang: str) -> str:
    """An event's date as precise as its source: the day, the month, or the stated approximation."""
    if event.when is not None:
        return event.when(lang)
    return text.format_date(event.date, lang, event.date_precision)


def _firefly_timeline(content: Content, lang: str) -> Block:
    ap = content.approaches
    smap = content.source_map
    when = {e.id: _when(content, e, lang) for e in ap.timeline}
    sources = {e.id: "; ".join(smap[s].publisher for s in e.sources) for e in ap.timeline}
    frame = timeline.events_frame(ap.timeline, lang, when=when, sources=sources)
    lanes = {t.id: t.label(lang) for t in ap.timeline_types}
    fig = timeline.timeline(
        frame,
        [(t.id, lanes[t.id], t.colour) for t in ap.timeline_types],
        text.month_names(lang),
    )
    statuses = {s.id: s.label(lang) for s in content.method.statuses}
    cols = {k: content.ui(f"compare.col.{k}")(lang) for k in ("when", "type", "title", "status", "sources")}
    table = tables.timeline_table(frame, lanes, statuses, cols)
    caption = tables.timeline_caption(ap.timeline, when, lanes, lambda key: content.ui(key)(lang))
    return fig, caption, table, "firefly-models.csv"

